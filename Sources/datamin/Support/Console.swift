@_spi(Readers) import DataMinCore
import DataMinRun
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Standard output and error. Output is buffered: validation can print millions of lines.
enum Console {
    /// Where standard output and error go: the process's own, or files a test reads back.
    nonisolated(unsafe) static var outputDescriptor: Int32 = STDOUT_FILENO
    nonisolated(unsafe) static var errorDescriptor: Int32 = STDERR_FILENO
    /// The environment commands read (`CI`, `GITHUB_STEP_SUMMARY`); a test gives its own.
    nonisolated(unsafe) static var environment = ProcessInfo.processInfo.environment

    nonisolated(unsafe) private static var buffer: [UInt8] = []
    /// The `errno` of the first failed write to standard output (a closed pipe, a full
    /// disk); 0 while every write succeeded. Later output is dropped.
    nonisolated(unsafe) private(set) static var outputError: Int32 = 0

    /// Appends `line` and a line break to standard output.
    ///
    /// - Throws: ``Diagnostic`` once standard output cannot be written.
    static func out(_ line: String) throws(Diagnostic) {
        buffer.append(contentsOf: line.utf8)
        buffer.append(UInt8(ascii: "\n"))
        if buffer.count > 1 << 16 { flush() }
        try checkOutput()
    }

    /// Writes text to standard output as is (a rendered document).
    static func write(_ text: String) {
        append(text)
        flush()
    }

    /// Appends text to standard output, written out in large pieces (a report as it is made).
    static func append(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count > 1 << 16 { flush() }
    }

    static func flush() {
        defer { buffer.removeAll(keepingCapacity: true) }
        guard outputError == 0 else { return }
        outputError = SystemIO.write(outputDescriptor, buffer)
    }

    /// Throws when a write to standard output failed: the report is incomplete.
    static func checkOutput() throws(Diagnostic) {
        guard outputError != 0 else { return }
        throw Diagnostic(
            .outputUnwritable, file: "<standard output>", message: "cannot write the report: \(String(cString: strerror(outputError)))")
    }

    /// Writes `line` to standard error at once (after any pending output), control
    /// characters escaped line by line so a path or a policy string cannot rewrite the terminal.
    static func error(_ line: String) {
        flush()
        // A failure is ignored: there is nowhere left to say anything.
        let safe = line.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalText.escaped(String($0)) }
        _ = SystemIO.write(errorDescriptor, Array((safe.joined(separator: "\n") + "\n").utf8))
    }

    /// Points output at `output` and `error` with `environment`, and forgets what an earlier
    /// run buffered or failed on: one command line run in-process, as the tests do.
    static func redirect(output: Int32, error: Int32, environment: [String: String]) {
        outputDescriptor = output
        errorDescriptor = error
        self.environment = environment
        buffer.removeAll()
        outputError = 0
    }

    /// The process's standard output and error for a run, with `progress` on standard error.
    static func streams(progress: Progress) -> RunStreams {
        RunStreams(
            write: append, error: error, flush: flush, checkOutput: checkOutput, progress: progress.update, clearProgress: progress.clear)
    }

    /// True when standard error is a terminal and not a CI log.
    static var showsProgress: Bool {
        isatty(errorDescriptor) == 1 && environment["CI"] == nil
    }
}
