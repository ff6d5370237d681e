import DataMinTestSupport
import Foundation

@testable import datamin

/// What one run of the `datamin` executable produced.
struct CLIResult {
    var status: Int32
    var stdout: String
    var stderr: String

    var stdoutLines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
    var stderrLines: [String] { stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
}

/// The `datamin` executable that `swift test` built beside the test bundle.
let dataminExecutable: URL = {
    let candidates = [
        Bundle.main.bundleURL.appendingPathComponent("datamin"),
        Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("datamin"),
        repositoryRoot.appendingPathComponent(".build/debug/datamin"),
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
}()

/// Runs `datamin` with `arguments` in `directory` (the repository root by default):
/// in-process through the command line's own entry point, or as a process when the run
/// reads standard input.
func datamin(
    _ arguments: [String], in directory: URL = repositoryRoot, stdin: String? = nil,
    environment: [String: String] = [:]
) throws -> CLIResult {
    if stdin == nil, !arguments.contains("-") {
        return try runInProcess(arguments, in: directory, environment: environment)
    }
    return try spawn(arguments, in: directory, stdin: stdin, environment: environment)
}

/// One command line at a time runs in-process: it changes the working directory and points
/// the console at files, both of which the whole process shares.
private let inProcess = NSLock()

/// Runs `arguments` through `DataMin.run(arguments:)` in `directory`, standard output and
/// error captured in files, the environment without `CI` as a spawned run sees it.
private func runInProcess(_ arguments: [String], in directory: URL, environment: [String: String]) throws -> CLIResult {
    let outURL = FileManager.default.temporaryDirectory.appendingPathComponent("datamin-out-\(UUID().uuidString)")
    let errURL = FileManager.default.temporaryDirectory.appendingPathComponent("datamin-err-\(UUID().uuidString)")
    defer {
        try? FileManager.default.removeItem(at: outURL)
        try? FileManager.default.removeItem(at: errURL)
    }
    let out = open(outURL.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    let err = open(errURL.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    var env = ProcessInfo.processInfo.environment
    env["CI"] = nil
    for (key, value) in environment { env[key] = value }
    inProcess.lock()
    let previous = FileManager.default.currentDirectoryPath
    guard FileManager.default.changeCurrentDirectoryPath(directory.path) else {
        inProcess.unlock()
        throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: directory.path])
    }
    Console.redirect(output: out, error: err, environment: env)
    let status = DataMin.run(arguments: arguments)
    Console.redirect(output: STDOUT_FILENO, error: STDERR_FILENO, environment: ProcessInfo.processInfo.environment)
    _ = FileManager.default.changeCurrentDirectoryPath(previous)
    inProcess.unlock()
    close(out)
    close(err)
    return CLIResult(
        status: status.rawValue, stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
        stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
}

/// Runs the built executable as a process, for runs that read standard input.
func spawn(_ arguments: [String], in directory: URL = repositoryRoot, stdin: String? = nil, environment: [String: String] = [:])
    throws -> CLIResult
{
    let process = Process()
    process.executableURL = dataminExecutable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var env = ProcessInfo.processInfo.environment
    env["CI"] = nil
    for (key, value) in environment { env[key] = value }
    process.environment = env
    // Standard error goes to a file, so reading standard output to its end cannot deadlock.
    let errorURL = FileManager.default.temporaryDirectory.appendingPathComponent("datamin-stderr-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: errorURL) }
    let out = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = try FileHandle(forWritingTo: errorURL)
    process.standardInput = input
    // A child that exits before reading its input (a usage error) must not kill the tests.
    signal(SIGPIPE, SIG_IGN)
    try process.run()
    if let stdin { try? input.fileHandleForWriting.write(contentsOf: Data(stdin.utf8)) }
    try? input.fileHandleForWriting.close()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let errData = try Data(contentsOf: errorURL)
    return CLIResult(
        status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
        stderr: String(decoding: errData, as: UTF8.self))
}

/// A small policy for end-to-end tests.
let testPolicy = """
    version: 1
    name: e2e
    subject: email
    record:
      purpose: purpose
    fields:
      id: { type: string, personal: false }
      email: { type: email }
      name: { type: string }
      phone: { type: phone }
      notes: { type: text }
      purpose: { type: string, personal: false }
      source: { type: enum, values: [web_form, trade_show], personal: false }
      collected_at: { type: date }
    purposes:
      sales:
        lawful_basis: [contract]
        required: [id, email]
        optional: [name, phone, notes]
        retention: { period: P2Y, from: collected_at }
      newsletter:
        lawful_basis: [contract]
        required: [id, email]
        retention: { period: P1Y, from: collected_at }

    """

/// One run of `datamin` with the time it took and the most memory it held.
struct MeasuredRun {
    var result: CLIResult
    /// Wall-clock seconds from start to exit.
    var seconds: Double
    /// The child's peak resident memory in MiB, from `/usr/bin/time`; nil where it is not
    /// installed (`.ci/run` installs it), and memory is then not asserted.
    var peakMiB: Double?

    /// True when the peak is below `limit` MiB, or was not measured.
    func peakBelow(_ limit: Double) -> Bool { peakMiB.map { $0 < limit } ?? true }
}

/// Runs `datamin` like ``datamin(_:in:stdin:environment:)`` and measures that one process.
///
/// The peak memory comes from `/usr/bin/time`, which forks: a process started straight
/// from the test runner (vfork, as posix_spawn does) inherits the runner's peak in its own
/// `ru_maxrss`, which would measure the tests, not datamin.
func measuredDatamin(_ arguments: [String], in directory: URL) throws -> MeasuredRun {
    let timeURL = FileManager.default.temporaryDirectory.appendingPathComponent("datamin-time-\(UUID().uuidString)")
    let outURL = FileManager.default.temporaryDirectory.appendingPathComponent("datamin-out-\(UUID().uuidString)")
    let errURL = FileManager.default.temporaryDirectory.appendingPathComponent("datamin-err-\(UUID().uuidString)")
    defer {
        try? FileManager.default.removeItem(at: outURL)
        try? FileManager.default.removeItem(at: timeURL)
        try? FileManager.default.removeItem(at: errURL)
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outURL.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errURL.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    // The shell changes folder and then becomes datamin (exec), so the pid waited for is datamin's.
    let timer = FileManager.default.isExecutableFile(atPath: "/usr/bin/time") ? ["/usr/bin/time", "-f", "%M", "-o", timeURL.path] : []
    let command = timer + ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory.path, dataminExecutable.path] + arguments
    let argv = command.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    let environment = ProcessInfo.processInfo.environment.filter { $0.key != "CI" }.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for pointer in environment { free(pointer) } }
    let started = Date()
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, command[0], &actions, nil, argv, environment)
    guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let seconds = Date().timeIntervalSince(started)
    let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    let result = CLIResult(
        status: exitStatus, stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
        stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    let peakKiB = (try? String(contentsOf: timeURL, encoding: .utf8))?.split(separator: "\n").last.flatMap { Double($0) }
    return MeasuredRun(result: result, seconds: seconds, peakMiB: peakKiB.map { $0 / 1024 })
}

/// Writes `count` copies of `line` to `url` in large blocks, for inputs of many megabytes.
func writeRepeated(_ line: String, count: Int, to url: URL, header: String = "") throws {
    _ = FileManager.default.createFile(atPath: url.path, contents: Data(header.utf8))
    let handle = try FileHandle(forWritingTo: url)
    defer { try? handle.close() }
    try handle.seekToEnd()
    let block = Data(String(repeating: line, count: max(1, min(count, (4 << 20) / max(1, line.utf8.count)))).utf8)
    let perBlock = max(1, min(count, (4 << 20) / max(1, line.utf8.count)))
    var written = 0
    while written + perBlock <= count {
        try handle.write(contentsOf: block)
        written += perBlock
    }
    if written < count { try handle.write(contentsOf: Data(String(repeating: line, count: count - written).utf8)) }
}
