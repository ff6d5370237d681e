import ArgumentParser
import DataMinCore
import DataMinIO
import DataMinReporters
import DataMinRun
import FoundationEssentials

/// `datamin validate`: checks CSV, JSON and JSON Lines files against a policy.
struct Validate: StatusCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "validate",
            abstract: "Validate data files against a policy.",
            discussion: """
                With no FILE, validates every input configured in .datamin.yml. '-' reads standard input.
                Exit codes: 0 no error-level violation, 1 violations found, 2 could not validate.

                .datamin.yml is looked up from the current folder up to the repository root (the nearest \
                folder with .git), and not read at all when both --policy and FILEs are given. \
                \(ProjectConfig.describeLookup(from: FileManager.default.currentDirectoryPath))
                """
        )
    }

    @Argument(help: "Files to validate (.csv, .tsv, .json, .jsonl, .ndjson); '-' for standard input.")
    var files: [String] = []

    @Option(help: "The policy file (default: the one named in .datamin.yml).")
    var policy: String?

    @Option(help: "The project config to use instead of looking for .datamin.yml.")
    var config: String?

    @Option(help: "Purpose(s) for records without a purpose field; several separated by ';'.")
    var purpose: String?

    @Option(help: "Report format (default: text).")
    var format: ReportFormat?

    @Option(help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(
        name: .customLong("report"),
        help: ArgumentHelp(
            "A report as FORMAT (standard output) or FORMAT:PATH, FORMAT as for --format; repeat for several from one run, e.g. --report text --report sarif:datamin.sarif.",
            valueName: "format[:path]"))
    var reports: [String] = []

    @Option(name: .customLong("as-of"), help: "Judge retention and consent as of this date (YYYY-MM-DD; default today, UTC).")
    var asOf: String?

    @Option(name: .customLong("strip-out"), help: "Write the admitted records, minimised, to this file.")
    var stripOut: String?

    @Flag(
        name: .customLong("redact-free-text"),
        help: "In the --strip-out copy, replace what the free-text checks find in text fields with [kind].")
    var redactFreeText = false

    @Option(name: .customLong("rejects-out"), help: "Write the rejected records, unchanged, to this file.")
    var rejectsOut: String?

    @Option(
        name: .customLong("max-violations"),
        help: "List at most N errors, and warnings only while fewer than N violations are listed (0: all). Counts stay complete.")
    var maxViolations: Int = 0

    @Flag(name: .customLong("show-values"), help: "Include the offending values in the report. They are personal data.")
    var showValues = false

    @Option(
        help:
            "Check a PostgreSQL table in the server instead of files: a postgresql:// URL or libpq 'key=value' string (a build with --traits PostgreSQL)."
    )
    var database: String?

    @Option(help: "With --database: the table or view to check, 'table', 'schema.table' or 'catalog.schema.table'.")
    var table: String?

    @Option(
        help:
            "The field that names a record in reports (default: the policy's 'key:', else its 'subject:'); with --database, the column, usually the primary key."
    )
    var key: String?

    @Option(name: .customLong("input-format"), help: "Input format when the extension does not tell.")
    var inputFormat: InputFormat?

    @Option(help: "CSV delimiter: ',', ';' or 'tab' (default: detected from the header).")
    var delimiter: String?

    @Option(help: "Threads that check records (default: every core). The report does not depend on it.")
    var jobs: Int?

    @Option(help: "The inputs' encoding (default utf-8); legacy files are decoded, outputs are UTF-8.")
    var encoding: InputEncoding?

    @Flag(
        name: .customLong("only-configured"),
        help: "Validate only the FILEs an 'inputs:' entry of .datamin.yml names and skip the rest (what the pre-commit hook passes).")
    var onlyConfigured = false

    @Flag(
        name: .customLong("all"),
        help:
            "List every finding in text output and GitHub annotations; by default a check that repeats on one field of a file is listed 10 times, then counted."
    )
    var all = false

    @Option(
        name: .customLong("fail-level"),
        help: "The least severe finding that fails the run with exit 1: error (default), warning, or never (report only).")
    var failLevel: FailLevel = .error

    @Option(
        name: .customLong("severity"),
        help: ArgumentHelp(
            "Set a check's severity over the policy's 'checks:', e.g. --severity duplicate-subject=off; repeatable.",
            valueName: "check=error|warning|off"))
    var severities: [String] = []

    @Option(help: "Report only findings not in this baseline; exit 0 when none are new.")
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: "Write every finding of this run to a baseline file (no values, no line numbers).")
    var writeBaseline: String?

    @Option(
        name: .customLong("due-within"),
        help: "Warn (retention-due) about records whose retention ends within this ISO 8601 duration, e.g. P30D.")
    var dueWithin: String?

    func validate() throws {
        guard maxViolations >= 0 else { throw ValidationError("--max-violations must be 0 or more") }
        if database != nil {
            guard table != nil, key != nil else { throw ValidationError("--database needs --table and --key") }
            guard files.isEmpty, stripOut == nil, rejectsOut == nil, inputFormat == nil, delimiter == nil, encoding == nil else {
                throw ValidationError(
                    "--database checks a table in the server; it takes no FILE, --strip-out, --rejects-out, --input-format, --delimiter or --encoding"
                )
            }
        } else if table != nil {
            throw ValidationError("--table goes with --database")
        }
        let requests = try reportRequests()
        if requests.filter({ $0.path == nil }).count > 1 {
            throw ValidationError("only one report can go to standard output; give the others a path, as in --report sarif:datamin.sarif")
        }
        if let jobs, !(1...Limits.maxJobs).contains(jobs) { throw ValidationError("--jobs must be from 1 to \(Limits.maxJobs)") }
        try Self.checkDates(asOf: asOf, dueWithin: dueWithin)
        if let delimiter, InputFormat.delimiterByte(delimiter) == nil { throw ValidationError("--delimiter must be ',', ';' or 'tab'") }
        if redactFreeText, stripOut == nil { throw ValidationError("--redact-free-text changes the minimised copy; add --strip-out FILE") }
        _ = try Self.severitySettings(severities)
    }

    /// `--severity CHECK=LEVEL` settings, each check id checked with a did-you-mean.
    static func severitySettings(_ texts: [String]) throws -> [CheckID: CheckSetting] {
        var settings: [CheckID: CheckSetting] = [:]
        for text in texts {
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let setting = CheckSetting(rawValue: parts[1]) else {
                throw ValidationError("--severity '\(text)': write CHECK=error, CHECK=warning or CHECK=off")
            }
            guard let check = CheckID(rawValue: parts[0]) else {
                let guess = Suggestion.closest(to: parts[0], among: CheckID.allCases.map(\.rawValue)).map { "; did you mean '\($0)'?" }
                throw ValidationError("--severity '\(text)': unknown check '\(parts[0])'\(guess ?? "; 'datamin checks' lists them")")
            }
            settings[check] = setting
        }
        return settings
    }

    /// Refuses an `--as-of` that is not a date and a `--due-within` that is not a duration.
    static func checkDates(asOf: String?, dueWithin: String?) throws {
        if let asOf, CalendarDate(iso: asOf) == nil { throw ValidationError("--as-of '\(asOf)' is not a date; write YYYY-MM-DD") }
        if let dueWithin, ISODuration(dueWithin) == nil {
            throw ValidationError("--due-within '\(dueWithin)' is not an ISO 8601 duration; write it like P30D or P3M")
        }
    }

    func execute() throws -> ExitStatus {
        let progress = Progress(enabled: Console.showsProgress)
        // First: from here on a closed pipe or a signal cannot leave temporary files behind.
        // The command line's choice for its process; a service handles its signals itself.
        TemporaryFiles.removeOnInterrupt()
        let outcome = try ValidationRun.run(request(), streams: Console.streams(progress: progress))
        return ExitStatus(outcome.verdict)
    }

    /// The run these options ask for.
    func request() throws -> RunRequest {
        var request = RunRequest(workingDirectory: FileManager.default.currentDirectoryPath)
        if let database, let table, let key {
            request.source = .table(database: database, table: table, key: key)
        } else {
            request.source = .files(files)
        }
        request.policyPath = policy
        request.configPath = config
        request.purpose = purpose
        request.asOf = asOf.flatMap(CalendarDate.init(iso:))
        request.dueWithin = dueWithin.flatMap(ISODuration.init)
        request.showValues = showValues
        request.reports = try reportRequests()
        request.stripOut = stripOut
        request.rejectsOut = rejectsOut
        request.redactsFreeText = redactFreeText
        request.maxViolations = maxViolations
        request.inputFormat = inputFormat
        request.delimiter = delimiter.flatMap(InputFormat.delimiterByte)
        request.encoding = encoding
        request.jobs = jobs
        request.onlyConfigured = onlyConfigured
        request.severities = try Self.severitySettings(severities)
        request.failLevel = failLevel
        request.foldsRepeats = !all
        request.baselinePath = baseline
        request.writeBaselinePath = writeBaseline
        if database == nil { request.key = key }
        request.environment = Console.environment
        return request
    }

    /// The reports asked for: each `--report`, and `--format`/`--output` (text on standard
    /// output when nothing is asked).
    private func reportRequests() throws -> [ReportRequest] {
        // A malformed --report is a usage error of the argument parser, with the usage line.
        var requests = try reports.map { text in
            do throws(UsageFailure) { return try ReportRequest(parsing: text) } catch { throw ValidationError(error.message) }
        }
        if requests.isEmpty || format != nil || output != nil {
            requests.append(ReportRequest(format: format ?? .text, path: output, option: "--output"))
        }
        return requests
    }
}

extension ReportFormat: CaseArgument {}
extension FailLevel: CaseArgument {}
extension InputFormat: CaseArgument {}
extension InputEncoding: CaseArgument {}
