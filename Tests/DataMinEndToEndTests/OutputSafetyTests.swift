import DataMinTestSupport
import Foundation
import Testing

/// Outputs are written in full or not at all, never replace what they should not, keep the
/// input's privacy, and a run whose report or output could not be written exits 2.
@Suite(.serialized) struct OutputSafetyTests {
    private let header = "id,email,purpose,collected_at,phone\n"

    /// A folder with the policy and `rows` rows, each with an invalid phone number.
    private func folderWithRows(_ rows: Int) throws -> URL {
        let folder = try scratchFolder(["policy.yaml": testPolicy])
        try writeRepeated(
            "1,a@example.com,sales,2026-01-01,0612\n", count: rows, to: folder.appendingPathComponent("in.csv"), header: header)
        return folder
    }

    private func hiddenTemporaryFiles(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".datamin-") }
    }

    /// Starts `datamin` on a pipe and returns the process, its stdin and its stdout.
    private func startOnPipe(_ arguments: [String], in folder: URL) throws -> (Process, FileHandle, FileHandle) {
        let process = Process()
        process.executableURL = dataminExecutable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        // Writing to a child that already exited must fail the test, not kill the test runner.
        signal(SIGPIPE, SIG_IGN)
        try process.run()
        return (process, input.fileHandleForWriting, output.fileHandleForReading)
    }

    @Test func aClosedPipeOnStandardOutputIsExitTwoAndLeavesNoTemporaryFile() throws {
        let folder = try folderWithRows(100_000)
        // Like `datamin … | head -c 100` in a shell: SIGPIPE has its default action (the test
        // runner ignores it, and an ignored signal would be inherited).
        var pipeEnds: [Int32] = [0, 0]
        #expect(pipe(&pipeEnds) == 0)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
        posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
        let arguments = [
            "/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", folder.path, dataminExecutable.path,
            "validate", "in.csv", "--policy", "policy.yaml", "--as-of", "2026-11-29", "--strip-out", "s.csv", "--all",
        ]
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        #expect(posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, environ) == 0)
        close(pipeEnds[1])
        var first = [UInt8](repeating: 0, count: 100)
        #expect(read(pipeEnds[0], &first, 100) > 0)
        close(pipeEnds[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        #expect(status & 0x7F == 0, "killed by signal \(status & 0x7F)")
        #expect((status >> 8) & 0xFF == 2)
        #expect(try hiddenTemporaryFiles(in: folder) == [])
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("s.csv").path))
    }

    @Test(arguments: [SIGUSR1, SIGALRM, SIGTERM, SIGHUP])
    func aSignalThatEndsTheRunRemovesItsTemporaryFiles(signalNumber: Int32) throws {
        let folder = try scratchFolder(["policy.yaml": testPolicy])
        let (process, input, _) = try startOnPipe(
            ["validate", "-", "--input-format", "jsonl", "--policy", "policy.yaml", "--strip-out", "out.jsonl"], in: folder)
        try input.write(
            contentsOf: Data("{\"id\":\"1\",\"email\":\"a@example.com\",\"purpose\":\"sales\",\"collected_at\":\"2026-01-01\"}\n".utf8))
        // Wait until the run has created its temporary file.
        for _ in 0..<200 where try hiddenTemporaryFiles(in: folder).isEmpty { usleep(10_000) }
        #expect(try hiddenTemporaryFiles(in: folder).count == 1)
        kill(process.processIdentifier, signalNumber)
        process.waitUntilExit()
        #expect(process.terminationStatus == 128 + signalNumber)
        #expect(try hiddenTemporaryFiles(in: folder) == [])
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.jsonl").path))
    }

    @Test func aReportToAFullDiskIsExitTwo() throws {
        let folder = try folderWithRows(3)
        for format in ["text", "json"] {
            let process = Process()
            process.executableURL = dataminExecutable
            process.arguments = ["validate", "in.csv", "--policy", "policy.yaml", "--format", format]
            process.currentDirectoryURL = folder
            process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 2, "\(format)")
            #expect(stderr.contains("<standard output>: error: cannot write the report: No space left on device"), "\(format)")
        }
    }

    /// A full device of the test's own (`mknod` needs root), so no system device is at risk.
    @Test(.enabled(if: getuid() == 0))
    func aReportFileOnAFullDiskIsExitTwo() throws {
        let folder = try folderWithRows(3)
        #expect(mknod(folder.appendingPathComponent("full").path, S_IFCHR | 0o666, dev_t(1 << 8 | 7)) == 0)  // makedev(1, 7): /dev/full
        let result = try datamin(["validate", "in.csv", "--policy", "policy.yaml", "--format", "json", "--output", "full"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("full: error: cannot write output: No space left on device"))
    }

    @Test func aPipeIsWrittenToNotReplaced() throws {
        let folder = try folderWithRows(2)
        // The run's own standard output, a pipe, by a path in /proc: the system's /dev/stdout
        // is never put at risk by a test. A process of its own, so fd 1 is that pipe.
        let result = try spawn(
            [
                "validate", "in.csv", "--policy", "policy.yaml", "--as-of", "2026-11-29", "--format", "summary",
                "--output", "report.txt", "--rejects-out", "/proc/self/fd/1",
            ], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout == header + "1,a@example.com,sales,2026-01-01,0612\n1,a@example.com,sales,2026-01-01,0612\n")
    }

    /// A null device of the test's own (`mknod` needs root; CI runs as root): as root, the
    /// rename of old builds turned `/dev/null` into a regular file of personal data.
    @Test(.enabled(if: getuid() == 0))
    func aDeviceStaysADevice() throws {
        let folder = try folderWithRows(2)
        let device = folder.appendingPathComponent("null").path
        #expect(mknod(device, S_IFCHR | 0o666, dev_t(1 << 8 | 3)) == 0)  // makedev(1, 3), the null device, as glibc encodes it
        let result = try datamin(["validate", "in.csv", "--policy", "policy.yaml", "--rejects-out", "null"], in: folder)
        #expect(result.status == 1)
        var info = stat()
        #expect(stat(device, &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR)
        #expect(try hiddenTemporaryFiles(in: folder) == [])
    }

    @Test func aFIFOReceivesTheMinimisedCopy() throws {
        let folder = try scratchFolder(["policy.yaml": testPolicy, "in.csv": header + "1,a@example.com,sales,2026-01-01,+31201234567\n"])
        let fifo = folder.appendingPathComponent("out.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        nonisolated(unsafe) var received = Data()
        let reader = Thread {
            if let handle = FileHandle(forReadingAtPath: fifo) { received = handle.readDataToEndOfFile() }
        }
        reader.start()
        let result = try datamin(
            ["validate", "in.csv", "--policy", "policy.yaml", "--as-of", "2026-11-29", "--strip-out", "out.fifo"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        for _ in 0..<200 where received.isEmpty { usleep(10_000) }
        #expect(
            String(decoding: received, as: UTF8.self)
                == "id,email,purpose,collected_at,phone\n1,a@example.com,sales,2026-01-01,+31201234567\n")
    }

    @Test(arguments: [(0o600 as mode_t, 0o600 as mode_t), (0o640, 0o640), (0o644, 0o644)])
    func outputsTakeTheInputsPermissionsAtMost(input: mode_t, expected: mode_t) throws {
        let folder = try folderWithRows(1)
        chmod(folder.appendingPathComponent("in.csv").path, input)
        _ = try datamin(
            ["validate", "in.csv", "--policy", "policy.yaml", "--rejects-out", "r.csv", "--format", "json", "--output", "report.json"],
            in: folder)
        for output in ["r.csv", "report.json"] {
            var info = stat()
            #expect(stat(folder.appendingPathComponent(output).path, &info) == 0)
            #expect(info.st_mode & 0o777 == expected & ~0o022, "\(output)")
        }
    }

    @Test func standardInputGivesOwnerOnlyOutputs() throws {
        let folder = try scratchFolder(["policy.yaml": testPolicy])
        _ = try datamin(
            ["validate", "-", "--input-format", "csv", "--policy", "policy.yaml", "--strip-out", "s.csv"], in: folder,
            stdin: header + "1,a@example.com,sales,2026-01-01,+31201234567\n")
        var info = stat()
        #expect(stat(folder.appendingPathComponent("s.csv").path, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
    }

    @Test(arguments: [
        (
            ["--strip-out", "o.csv", "--rejects-out", "./o.csv"],
            "datamin: error: --strip-out and --rejects-out name the same file './o.csv'; give each its own path\n"
        ),
        (
            ["--output", "r.txt", "--strip-out", "sub/../r.txt"],
            "datamin: error: --output and --strip-out name the same file 'sub/../r.txt'; give each its own path\n"
        ),
        (
            ["--output", "policy.yaml"],
            "datamin: error: --output 'policy.yaml' is the policy 'policy.yaml' this run reads; choose another path\n"
        ),
        (
            ["--rejects-out", "./in.csv"],
            "datamin: error: --rejects-out './in.csv' is the input 'in.csv' this run reads; choose another path\n"
        ),
    ])
    func outputsThatWouldLoseDataAreRefused(options: [String], message: String) throws {
        let folder = try folderWithRows(1)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        let policyBefore = try Data(contentsOf: folder.appendingPathComponent("policy.yaml"))
        let result = try datamin(["validate", "in.csv", "--policy", "policy.yaml"] + options, in: folder)
        #expect(result.status == 2)
        #expect(result.stderr == message)
        #expect(try Data(contentsOf: folder.appendingPathComponent("policy.yaml")) == policyBefore)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["in.csv", "policy.yaml", "sub"])
    }
}
