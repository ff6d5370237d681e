import DataMinTestSupport
import Foundation
import Testing

/// The progress line, run under `script` so that standard error is a terminal.
@Suite(.serialized) struct ProgressLineTests {
    private func underTerminal(ci: Bool) throws -> String {
        let command = "\(dataminExecutable.path) validate fixtures/leads-clean.csv --policy policies/sales-contacts.yaml --purpose sales"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = (ci ? ["CI=true"] : ["-u", "CI"]) + ["script", "-qec", command, "/dev/null"]
        process.currentDirectoryURL = repositoryRoot
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func progressShowsOnATerminalAndIsErasedAfterwards() throws {
        let screen = try underTerminal(ci: false)
        #expect(screen.hasPrefix("\rdatamin: 0.0 MB of 0.0 MB read, 2 records, "))
        #expect(screen.contains("records/s\r\u{1B}[Kdatamin: 1 file, 2 records, 0 rejected"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func progressStaysOutOfCILogs() throws {
        let screen = try underTerminal(ci: true)
        #expect(!screen.contains("records/s"))
        #expect(screen.hasPrefix("datamin: 1 file, 2 records, 0 rejected"))
    }
}
