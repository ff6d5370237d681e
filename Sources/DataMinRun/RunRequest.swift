import DataMinCore
import DataMinIO
import DataMinReporters

/// Everything one `validate` run needs, decided before anything is read: where the records
/// come from, the policy, the options that change findings, and where the reports and
/// copies go. The command line builds one; so does any other front end.
package struct RunRequest: Sendable {
    /// Where the records come from.
    package enum Source: Sendable, Equatable {
        /// Files as given (`-` is standard input); empty takes the inputs of `.datamin.yml`.
        case files([String])
        /// A table checked inside a PostgreSQL server (`--database`).
        case table(database: String, table: String, key: String)
    }

    package var source: Source = .files([])
    /// The policy file; nil takes the one `.datamin.yml` names.
    package var policyPath: String?
    /// The project config (`--config`); nil looks for `.datamin.yml` from the working directory up.
    package var configPath: String?
    /// Purpose(s) for records without a purpose field, `;`-separated.
    package var purpose: String?
    /// The day retention and consent are judged on; nil is today (UTC).
    package var asOf: CalendarDate?
    /// Turns on `retention-due` for retention ending within this duration.
    package var dueWithin: ISODuration?
    package var showValues = false
    /// The reports to write; empty writes text to standard output.
    package var reports: [ReportRequest] = []
    /// The minimised copy of the one input.
    package var stripOut: String?
    /// The rejected records of the one input, unchanged.
    package var rejectsOut: String?
    package var redactsFreeText = false
    /// The most violations listed (0: all); counts stay complete.
    package var maxViolations = 0
    package var inputFormat: InputFormat?
    package var delimiter: UInt8?
    package var encoding: InputEncoding?
    /// How an `encoding-error` says to name the encoding it guessed; nil: `--encoding`.
    package var encodingAdvice: (@Sendable (InputEncoding) -> String)?
    /// Threads that check records; nil uses every core.
    package var jobs: Int?
    /// Validate only the files an `inputs:` entry of `.datamin.yml` names (the pre-commit hook).
    package var onlyConfigured = false
    /// Severities set on the command line (`--severity CHECK=…`), over the policy's `checks:`.
    package var severities: [CheckID: CheckSetting] = [:]
    /// Fold a cause that repeats in text output after ten lines; false lists every finding (`--all`).
    package var foldsRepeats = true
    /// The least severe finding that fails the run (exit 1).
    package var failLevel: FailLevel = .error
    /// Findings accepted for now (`--baseline`): they are neither reported nor counted.
    package var baselinePath: String?
    /// Where to write every finding of the run as a baseline (`--write-baseline`).
    package var writeBaselinePath: String?
    /// The field that names a record in reports (`--key`), over the config's and the policy's.
    package var key: String?
    /// The folder the `.datamin.yml` lookup starts from and paths in reports are relative
    /// to, absolute. Relative paths are opened from the process's current folder, so this is
    /// that folder (the command line's; a test that runs a request elsewhere gives absolute paths).
    package var workingDirectory: String
    /// The variables the run reads: `CI` (no progress line, a warning for `--show-values`),
    /// `GITHUB_STEP_SUMMARY` (the job summary), `SOURCE_DATE_EPOCH` (the run's time) and
    /// `DATAMIN_KEY_SALT` (the salt of record-key pseudonyms).
    package var environment: [String: String] = [:]
    /// Policies already compiled, by the path the run names them with (a service's loaded
    /// policies): the run uses them instead of reading the file again.
    package var loadedValidators: [String: Validator] = [:]

    /// The run's time from `SOURCE_DATE_EPOCH`, in seconds since 1970 UTC; nil when unset.
    ///
    /// - Throws: ``UsageFailure`` when it is set but is not a whole number of seconds up to
    ///   the end of year 9999: a malformed value quietly ignored would make a build that was
    ///   meant to be reproducible depend on the clock again.
    package static func sourceDateEpoch(in environment: [String: String]) throws(UsageFailure) -> Int? {
        guard let text = environment["SOURCE_DATE_EPOCH"] else { return nil }
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }), let seconds = Int(text),
            seconds <= 253_402_300_799
        else {
            throw UsageFailure(
                message: "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC (at most 253402300799); "
                    + "fix or unset it")
        }
        return seconds
    }

    package init(workingDirectory: String) {
        self.workingDirectory = workingDirectory
    }

    /// The salt of record-key pseudonyms (`DATAMIN_KEY_SALT`); nil when unset or empty.
    package var keySalt: [UInt8]? {
        environment["DATAMIN_KEY_SALT"].flatMap { $0.isEmpty ? nil : Array($0.utf8) }
    }

    /// True when a report carries the inputs' SHA-256 (SPEC §11.3): every format but the
    /// line-per-finding ones, whose runs (a pre-commit hook, a quick look) need not pay for it.
    package var hashesInputs: Bool {
        effectiveReports.contains { ![.text, .github, .summary].contains($0.format) }
    }

    /// The reports actually written: text on standard output when none is asked for.
    package var effectiveReports: [ReportRequest] {
        reports.isEmpty ? [ReportRequest(format: .text, path: nil)] : reports
    }
}

/// The least severe finding that fails a run (`--fail-level`): a gate can start lenient and
/// tighten as a team cleans its data.
package enum FailLevel: String, Sendable, CaseIterable {
    /// Errors fail the run (exit 1); warnings do not.
    case error
    /// Errors and warnings fail the run.
    case warning
    /// No finding fails the run; only an input or report that cannot be read or written does (exit 2).
    case never
}

/// One report of a run: its format and file (standard output when nil).
package struct ReportRequest: Sendable, Equatable {
    package var format: ReportFormat
    package var path: String?
    /// The option that asked for it, for messages: `--report` or `--output`.
    package var option: String

    package init(format: ReportFormat, path: String?, option: String = "--report") {
        self.format = format
        self.path = path
        self.option = option
    }

    /// Reads `--report`'s `FORMAT` or `FORMAT:PATH`.
    ///
    /// - Throws: ``UsageFailure`` naming the unknown format or the empty path.
    package init(parsing text: String) throws(UsageFailure) {
        let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard let format = ReportFormat(rawValue: parts[0]) else {
            throw UsageFailure(
                message:
                    "--report '\(text)': unknown format '\(parts[0])'; use one of \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")), optionally with :PATH"
            )
        }
        if parts.count == 2, parts[1].isEmpty { throw UsageFailure(message: "--report '\(text)': the path after ':' is empty") }
        self.init(format: format, path: parts.count == 2 ? parts[1] : nil)
    }
}

/// A problem with how the run was asked for (an unknown `--purpose`, no inputs): exit 2,
/// worded for the command line.
package struct UsageFailure: Error, Sendable, Equatable {
    package var message: String

    package init(message: String) {
        self.message = message
    }
}
