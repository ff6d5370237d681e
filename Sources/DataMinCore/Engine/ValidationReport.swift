/// Everything one run found: per-file counts and the violations kept for the report.
///
/// Counts are always complete. The list of violations may be cut at a limit
/// (`--max-violations`); ``truncated`` then says so.
public struct ValidationReport: Sendable {
    public var asOf: CalendarDate
    public var files: [FileReport] = []
    /// True when violations were left out of `files[].violations` because of the limit.
    public var truncated = false
    /// How many violations were left out.
    public var omitted = 0
    /// How many violations of each check were left out, over every file (SPEC §11.3: a
    /// capped list says per check what it does not list).
    public var omittedByCheck: [CheckID: Int] {
        files.reduce(into: [:]) { total, file in total.merge(file.omittedByCheck, uniquingKeysWith: +) }
    }
    /// Wall-clock duration of the run.
    public var seconds: Double = 0
    /// Error and warning counts per check, over every violation (kept or not).
    public var countsByCheck: [CheckID: Int] = [:]
    /// Inputs that could not be read or validated (SPEC §10); the run exits 2.
    public var failures: [RunFailure] = []
    /// What was checked against what, and when (SPEC §11.3): the run's provenance.
    public var provenance = Provenance()
    /// What `--baseline` held back; nil without one.
    public var baseline: BaselineUse?

    /// What a baseline did in a run (`--baseline`).
    public struct BaselineUse: Sendable, Equatable {
        /// The baseline file as given.
        public var path: String
        /// Findings the baseline held, so not reported or counted.
        public var matched: Int
        /// Baseline entries no finding matched: fixed, or changed beyond recognition.
        public var stale: Int

        package init(path: String, matched: Int, stale: Int) {
            self.path = path
            self.matched = matched
            self.stale = stale
        }
    }

    /// The evidence a report carries about its own run (SPEC §11.3).
    public struct Provenance: Sendable {
        /// datamin's version.
        public var version = DataMinVersion.current
        /// Each policy the run checked against: its name, path as given, and the SHA-256 of its bytes.
        public var policies: [(name: String, path: String, sha256: String)] = []
        /// When the run started, in seconds since 1970 (UTC); nil when not known.
        public var startedAt: Int?

        public init() {}

        /// The UTC day of `seconds` since 1970, `YYYY-MM-DD`.
        public static func day(ofSeconds seconds: Int) -> String { "\(Timestamp(seconds: seconds).date)" }

        /// ``startedAt`` as ISO 8601 in UTC (`2026-12-06T07:04:00Z`).
        public var startedAtText: String? {
            startedAt.map { seconds in
                let time = Timestamp(seconds: seconds)
                let second = ((seconds % 86_400) + 86_400) % 86_400
                func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
                return "\(time.date)T\(two(second / 3_600)):\(two(second / 60 % 60)):\(two(second % 60))Z"
            }
        }
    }

    public init(asOf: CalendarDate) {
        self.asOf = asOf
    }

    public var records: Int { files.reduce(0) { $0 + $1.records } }
    public var rejected: Int { files.reduce(0) { $0 + $1.rejected } }
    public var errors: Int { files.reduce(0) { $0 + $1.errors } }
    public var warnings: Int { files.reduce(0) { $0 + $1.warnings } }
    /// True when every input was validated and no error-level violation was found.
    public var isValid: Bool { errors == 0 && failures.isEmpty }
    /// How many violations were found in all, shown or not.
    public var violationCount: Int { errors + warnings }

    /// This report followed by `other`, a report of further inputs (checked against another
    /// policy): files and failures in order, counts added.
    package func merged(with other: ValidationReport) -> ValidationReport {
        var merged = self
        merged.files += other.files
        merged.failures += other.failures
        merged.truncated = truncated || other.truncated
        merged.omitted += other.omitted
        merged.countsByCheck.merge(other.countsByCheck, uniquingKeysWith: +)
        merged.provenance.policies += other.provenance.policies
        return merged
    }
}

/// A violation with the index (0-based) of the report's file it belongs to, as reporters
/// read them.
public struct ReportedViolation: Sendable {
    public var file: Int
    /// Its place among the violations shown for its file, 1-based.
    public var number: Int
    public var violation: Violation
    /// What the run's violation spool numbered the violation's repeating texts; nil when it
    /// was not read from a spool.
    package var textNumbers: TextNumbers?

    public init(file: Int, number: Int, violation: Violation) {
        self.file = file
        self.number = number
        self.violation = violation
    }
}

/// The numbers a run gave a violation's article, message, field and purpose: two violations
/// of one run with the same number in a place have the same text there, so a reporter can
/// key what it renders from them by the numbers instead of hashing the texts. -1 stands for
/// no text; ``unnumbered`` for a text the run did not number, which matches nothing, so
/// texts with it are keyed by themselves.
package struct TextNumbers: Equatable, Sendable {
    package static let unnumbered: Int32 = -2

    package var article: Int32
    package var message: Int32
    package var field: Int32
    package var purpose: Int32

    package init(article: Int32, message: Int32, field: Int32, purpose: Int32) {
        self.article = article
        self.message = message
        self.field = field
        self.purpose = purpose
    }
}

extension ValidationReport {
    /// The violations kept in ``files``, in order, for reporters.
    public var keptViolations: [ReportedViolation] {
        files.enumerated().flatMap { index, file in
            file.violations.enumerated().map { ReportedViolation(file: index, number: $0.offset + 1, violation: $0.element) }
        }
    }
}

/// An input that could not be read or validated, as reports list it (SPEC §10).
public struct RunFailure: Sendable, Equatable {
    /// The input's path as the user named it.
    public var path: String
    /// The kind of failure, stable for programs (``Diagnostic/Code``).
    public var code: Diagnostic.Code
    /// What went wrong and how to fix it; never holds data from the input.
    public var message: String

    public init(path: String, code: Diagnostic.Code, message: String) {
        self.path = path
        self.code = code
        self.message = message
    }
}

/// What one input file produced.
public struct FileReport: Sendable {
    /// The path as the user named it (`-` for standard input).
    public var path: String
    public var format: String
    /// The bytes read from the input; nil for a database table.
    public var bytes: Int?
    /// The SHA-256 of the input's bytes as stored, in lowercase hex, when a report shows it.
    public var sha256: String?
    public var records = 0
    public var rejected = 0
    public var errors = 0
    public var warnings = 0
    /// How many violations were shown (within `--max-violations`), and how many of them are errors.
    public var shown = 0
    public var shownErrors = 0
    /// How many violations of each check `--max-violations` left out of the list.
    public var omittedByCheck: [CheckID: Int] = [:]
    /// The violations kept for the report, in input order.
    public var violations: [Violation] = []

    public init(path: String, format: String) {
        self.path = path
        self.format = format
    }
}

/// Builds a ``ValidationReport`` as violations stream in, keeping at most `limit` errors,
/// and warnings only while fewer than `limit` violations are kept: a warning kept early
/// never leaves a later error out (SPEC §11.3, errors first under every cap), and a
/// report streamed in file order never has to take back what it showed.
package struct ReportBuilder: Sendable {
    /// The report so far, its counts per check included.
    package var report: ValidationReport {
        var report = counted
        for (position, count) in checkCounts.enumerated() where count > 0 {
            report.countsByCheck[CheckID.allCases[position], default: 0] += count
        }
        for (file, counts) in omittedChecks.enumerated() {
            for (position, count) in counts.enumerated() where count > 0 {
                report.files[file].omittedByCheck[CheckID.allCases[position]] = count
            }
        }
        return report
    }
    /// The file being reported (the last started).
    package var currentFile: FileReport { counted.files[counted.files.count - 1] }
    /// How many files were started.
    package var fileCount: Int { counted.files.count }
    /// The report but for its counts per check, which are in ``checkCounts``.
    private var counted: ValidationReport
    /// Violations per check, by ``CheckID/position``: updating a dictionary cost more than the
    /// rest of counting a violation.
    private var checkCounts = [Int](repeating: 0, count: CheckID.allCases.count)
    /// Violations left out per file, and in it per check, by ``CheckID/position``.
    private var omittedChecks: [[Int]] = []
    /// The most errors kept, and the number of violations after which no warning is kept;
    /// 0 keeps all.
    package let limit: Int
    private var kept = 0
    private var keptErrors = 0

    /// - Parameters:
    ///   - shownBefore: violations already shown by an earlier part of the report, which
    ///     count toward `limit`.
    ///   - shownErrorsBefore: how many of them were errors.
    package init(asOf: CalendarDate, limit: Int, shownBefore: Int = 0, shownErrorsBefore: Int = 0) {
        counted = ValidationReport(asOf: asOf)
        self.limit = limit
        kept = shownBefore
        keptErrors = shownErrorsBefore
    }

    package mutating func startFile(path: String, format: String) {
        counted.files.append(FileReport(path: path, format: format))
        omittedChecks.append([Int](repeating: 0, count: CheckID.allCases.count))
    }

    /// Counts `violation` in the current file; returns true when it is kept (and so should be shown).
    @discardableResult
    package mutating func add(_ violation: borrowing Violation, keep: Bool = true) -> Bool {
        let file = counted.files.count - 1
        if violation.severity == .error { counted.files[file].errors += 1 } else { counted.files[file].warnings += 1 }
        checkCounts[violation.check.position] += 1
        let isError = violation.severity == .error
        guard limit == 0 || (isError ? keptErrors < limit : kept < limit) else {
            counted.truncated = true
            counted.omitted += 1
            omittedChecks[file][violation.check.position] += 1
            return false
        }
        kept += 1
        if isError { keptErrors += 1 }
        counted.files[file].shown += 1
        if violation.severity == .error { counted.files[file].shownErrors += 1 }
        // Borrowed, and copied only here: a run that spools its findings keeps none.
        if keep { counted.files[file].violations.append(copy violation) }
        return true
    }

    /// Records how many bytes the current file held, and their SHA-256 when it was computed.
    package mutating func setBytes(_ bytes: Int, sha256: String? = nil) {
        counted.files[counted.files.count - 1].bytes = bytes
        counted.files[counted.files.count - 1].sha256 = sha256
    }

    /// Records that the file at `path` could not be read or validated.
    package mutating func addFailure(path: String, _ diagnostic: Diagnostic) {
        counted.failures.append(RunFailure(path: path, code: diagnostic.code, message: diagnostic.message))
    }

    /// Counts one record of the current file.
    package mutating func countRecord(rejected: Bool) {
        counted.files[counted.files.count - 1].records += 1
        if rejected { counted.files[counted.files.count - 1].rejected += 1 }
    }

    /// Counts `records` records of the current file at once, `rejected` of them rejected.
    package mutating func countRecords(_ records: Int, rejected: Int) {
        counted.files[counted.files.count - 1].records += records
        counted.files[counted.files.count - 1].rejected += rejected
    }

    package mutating func finish(seconds: Double) -> ValidationReport {
        counted.seconds = seconds
        return report
    }
}
