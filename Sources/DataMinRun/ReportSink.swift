import DataMinCore
import DataMinIO
import DataMinReporters

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a run's reports go, the same for files and for a database table: each requested
/// format with its file (standard output when nil). A streaming reporter (text) writes
/// each violation as it arrives; the others are written at the end from violations
/// spooled to disk, so memory does not grow with the number of findings; a reporter with a
/// side output (GitHub's job summary) writes it where the environment says.
///
/// Streamed lines are folded (SPEC §11.1): a (file, check, field) that repeats is listed ten
/// times, then one note says how many more there are, and when it hit every record of the
/// file, that it is one cause. The other formats list every finding.
package final class ReportSink {
    private let requests: [ReportRequest]
    private let reporters: [any Reporter]
    private let destinations: [OutputFile?]
    private let spool: ViolationSpool?
    private let streams: RunStreams
    /// The requests whose reporter streams, with it.
    private let streaming: [(index: Int, reporter: any StreamingReporter)]
    /// Folds repeated causes in streamed lines; nil lists every one (`--all`).
    private var folding: RepeatFolding?

    /// Opens every report file (each written to a temporary file until ``finish``).
    ///
    /// - Parameter mode: the permission bits of the report files.
    package init(requests: [ReportRequest], mode: mode_t, streams: RunStreams, folds: Bool = true) throws(Diagnostic) {
        self.requests = requests
        folding = folds ? RepeatFolding() : nil
        self.streams = streams
        reporters = requests.map(\.format.reporter)
        destinations = try requests.map { request throws(Diagnostic) in
            try request.path.map { path throws(Diagnostic) in try OutputFile(path: path, mode: mode) }
        }
        streaming = reporters.enumerated().compactMap { index, reporter in
            (reporter as? any StreamingReporter).map { (index, $0) }
        }
        spool = requests.contains(where: \.format.readsViolations) ? try ViolationSpool() : nil
    }

    /// Keeps one violation of input `file` (found in `path`) for the reports.
    package func record(_ violation: Violation, path: String, file: Int) throws(Diagnostic) {
        spool?.append(violation, file: file)
        guard !streaming.isEmpty else { return }
        if folding?.lists(violation, file: file, path: path) == false { return }
        for (index, reporter) in streaming {
            let line = reporter.line(for: violation, path: path) + "\n"
            if let destination = destinations[index] {
                destination.write(line)
            } else {
                streams.write(line)
                try streams.checkOutput()
            }
        }
    }

    /// Writes the finished reports and side outputs and says whether all of them were
    /// written in full: a report cut short is a failed run, never a pass.
    ///
    /// - Returns: the first write failure, or nil.
    package func finish(_ report: ValidationReport, context: ReportContext, environment: [String: String]) -> Diagnostic? {
        // Findings that could not be kept must not vanish from the reports without a word.
        var writeFailure: Diagnostic?
        do { try spool?.checkWritten() } catch { writeFailure = error }
        let notes = folding?.notes(report) ?? []
        for (index, reporter) in streaming {
            if let destination = destinations[index] {
                for line in notes { destination.write(line + "\n") }
                // A streamed report in a file says itself what standard error said: what was cut, what failed.
                for line in reporter.trailer(report) { destination.write(line + "\n") }
            } else {
                for line in notes { streams.write(line + "\n") }
            }
        }
        var outputFailed = false
        do { try streams.checkOutput() } catch { outputFailed = true }
        for (index, reporter) in reporters.enumerated() where !(reporter is any StreamingReporter) && !outputFailed {
            let write: (String) -> Void = destinations[index].map { file in { file.write($0) } } ?? streams.write
            render(reporter, report, context: context, to: write)
        }
        streams.flush()
        for destination in destinations.compactMap({ $0 }) {
            do { try destination.commit() } catch { writeFailure = writeFailure ?? error }
        }
        if destinations.contains(where: { $0 == nil }) {
            do { try streams.checkOutput() } catch { writeFailure = writeFailure ?? error }
        }
        for case let reporter as any SideOutputReporter in reporters {
            guard let path = reporter.sideOutputPath(environment: environment) else { continue }
            var text = ""
            if let spool {
                reporter.writeSideOutput(report, violations: spool.violations()) { text += $0 }
            } else {
                reporter.writeSideOutput(report, violations: []) { text += $0 }
            }
            do { try OutputFile.append(text, to: path, what: "the job summary") } catch { writeFailure = writeFailure ?? error }
        }
        return writeFailure
    }

    private func render(_ reporter: any Reporter, _ report: ValidationReport, context: ReportContext, to output: (String) -> Void) {
        if let spool {
            reporter.write(report, violations: spool.violations(), context: context, to: output)
        } else {
            reporter.write(report, violations: [], context: context, to: output)
        }
    }
}
