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
    /// True to fold repeated causes in streamed lines; false lists every one (`--all`).
    private let folds: Bool
    /// Streamed findings per cause, and the causes in the order they first occurred.
    private var causes: [Cause: Tally] = [:]
    private var causeOrder: [(cause: Cause, path: String)] = []

    /// What folding counts: one check on one field of one input.
    private struct Cause: Hashable {
        var file: Int
        var check: CheckID
        var field: String?
    }

    /// How often a cause was found, and on how many records (a check can fire twice on one).
    private struct Tally {
        var findings = 0
        var records = 0
        var lastRecord: Int?

        /// Counts a finding on `record` (its number, 1-based); returns the findings before it.
        mutating func count(on record: Int?) -> Int {
            // Findings of a record arrive together: a new record number is a new record.
            if let record, record != lastRecord {
                lastRecord = record
                records += 1
            }
            findings += 1
            return findings - 1
        }
    }

    /// Lines of a cause listed before it is folded.
    package static let linesPerCause = 10

    /// Opens every report file (each written to a temporary file until ``finish``).
    ///
    /// - Parameter mode: the permission bits of the report files.
    package init(requests: [ReportRequest], mode: mode_t, streams: RunStreams, folds: Bool = true) throws(Diagnostic) {
        self.requests = requests
        self.folds = folds
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
        if folds {
            let cause = Cause(file: file, check: violation.check, field: violation.field)
            // One lookup: the tally is counted in place.
            let seen = causes[cause, default: Tally()].count(on: violation.location.record)
            if seen == 0 { causeOrder.append((cause, path)) }
            if seen >= Self.linesPerCause { return }
        }
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
        let notes = foldNotes(report)
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

    /// One note per folded cause (SPEC §11.1), and one more where a cause hit every record
    /// of its input: a missing column or one wrong format for a whole column is one fix.
    private func foldNotes(_ report: ValidationReport) -> [String] {
        var notes: [String] = []
        for (cause, path) in causeOrder {
            let tally = causes[cause] ?? Tally()
            let count = tally.findings
            guard count > Self.linesPerCause else { continue }
            let field = cause.field.map { " on field '\(TerminalText.escaped($0))'" } ?? ""
            notes.append(
                TerminalText.escaped(path)
                    + ": note: \(count - Self.linesPerCause) more [\(cause.check.rawValue)] findings\(field) not listed (--all lists them)")
            let records = cause.file < report.files.count ? report.files[cause.file].records : 0
            // Said only when every finding was seen: --max-violations would hide the rest.
            if !report.truncated, records > 0, tally.records == records {
                notes.append(
                    TerminalText.escaped(path)
                        + ": note: all \(records) records have [\(cause.check.rawValue)]\(field): one cause for the whole file, "
                        + "such as a missing column or one format for the whole column; fix it once")
            }
        }
        return notes
    }

    private func render(_ reporter: any Reporter, _ report: ValidationReport, context: ReportContext, to output: (String) -> Void) {
        if let spool {
            reporter.write(report, violations: spool.violations(), context: context, to: output)
        } else {
            reporter.write(report, violations: [], context: context, to: output)
        }
    }
}
