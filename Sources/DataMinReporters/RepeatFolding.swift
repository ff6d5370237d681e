import DataMinCore

/// Folds findings that repeat one cause (SPEC §11.1), for the formats people read line by
/// line (text and GitHub annotations): a (file, check, field) is listed ten times, then one
/// note says how many more there are and, when it hit every record of its file, that it is
/// one cause to fix once. `--all` turns folding off.
package struct RepeatFolding {
    /// Findings of one cause listed before it is folded.
    package static let linesPerCause = 10

    /// Findings per cause, and the causes in the order they first occurred.
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

    package init() {}

    /// Counts `violation`, found in input `file` at `path`; true when it is listed, false
    /// when its cause was listed ``linesPerCause`` times already.
    package mutating func lists(_ violation: Violation, file: Int, path: String) -> Bool {
        let cause = Cause(file: file, check: violation.check, field: violation.field)
        // One lookup: the tally is counted in place.
        let seen = causes[cause, default: Tally()].count(on: violation.location.record)
        if seen == 0 { causeOrder.append((cause, path)) }
        return seen < Self.linesPerCause
    }

    /// How many findings were counted but not listed.
    package var foldedCount: Int {
        causes.values.reduce(0) { $0 + max(0, $1.findings - Self.linesPerCause) }
    }

    /// One note per folded cause, and one more where a cause hit every record of its input:
    /// a missing column or one wrong format for a whole column is one fix. Paths and field
    /// names are escaped for a terminal.
    package func notes(_ report: ValidationReport) -> [String] {
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
}
