import ArgumentParser
@_spi(Readers) import DataMinCore
import DataMinIO
import DataMinPipeline
import DataMinPostgres
import DataMinReporters
import DataMinSQL
import FoundationEssentials
import Glibc

/// `datamin validate`: checks CSV, JSON and JSON Lines files against a policy.
struct Validate: StatusCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
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

    @Option(name: .customLong("max-violations"), help: "Show at most N violations (0: all). Counts stay complete.")
    var maxViolations: Int = 0

    @Flag(name: .customLong("show-values"), help: "Include the offending values in the report. They are personal data.")
    var showValues = false

    @Option(
        help:
            "Check a PostgreSQL table in the server instead of files: a postgresql:// URL or libpq 'key=value' string (a build with --traits PostgreSQL)."
    )
    var database: String?

    @Option(help: "With --database: the table or view to check, 'table' or 'schema.table'.")
    var table: String?

    @Option(help: "With --database: the column that names a row in reports, usually the primary key.")
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
        } else if table != nil || key != nil {
            throw ValidationError("--table and --key go with --database")
        }
        let requests = try reportRequests()
        if requests.filter({ $0.path == nil }).count > 1 {
            throw ValidationError("only one report can go to standard output; give the others a path, as in --report sarif:datamin.sarif")
        }
        if let jobs, !(1...Limits.maxJobs).contains(jobs) { throw ValidationError("--jobs must be from 1 to \(Limits.maxJobs)") }
        try Self.checkDates(asOf: asOf, dueWithin: dueWithin)
        if let delimiter, Self.delimiterByte(delimiter) == nil { throw ValidationError("--delimiter must be ',', ';' or 'tab'") }
        if redactFreeText, stripOut == nil { throw ValidationError("--redact-free-text changes the minimised copy; add --strip-out FILE") }
    }

    /// Refuses an `--as-of` that is not a date and a `--due-within` that is not a duration.
    static func checkDates(asOf: String?, dueWithin: String?) throws {
        if let asOf, CalendarDate(iso: asOf) == nil { throw ValidationError("--as-of '\(asOf)' is not a date; write YYYY-MM-DD") }
        if let dueWithin, ISODuration(dueWithin) == nil {
            throw ValidationError("--due-within '\(dueWithin)' is not an ISO 8601 duration; write it like P30D or P3M")
        }
    }

    /// The policy at `policyPath` compiled for a run, with its suppression list: a list the
    /// policy names but that cannot be read fails the run, so erased subjects cannot slip through.
    static func loadValidator(policyPath: String, asOf: String?, showValues: Bool, dueWithin: String?) throws -> Validator {
        let loaded = try Policy(contentsOf: URL(fileURLWithPath: policyPath))
        var suppression: SuppressionList?
        if let path = loaded.suppressionFile {
            do throws(Diagnostic) { suppression = try SuppressionList(contentsOf: path) } catch { throw PolicyError(diagnostics: [error]) }
        }
        return Validator(
            policy: loaded, asOf: asOf.flatMap(CalendarDate.init(iso:)) ?? .today(), showValues: showValues,
            dueWithin: dueWithin.flatMap(ISODuration.init), suppression: suppression)
    }

    /// Refuses a `--purpose` the policy does not define (exit 2).
    static func checkPurpose(_ purpose: String?, of validator: Validator) throws {
        guard let purpose, !validator.definesPurposes(purpose) else { return }
        let policy = validator.policy
        throw UsageFailure(
            message:
                "unknown purpose '\(purpose)' for --purpose; policy '\(policy.name)' defines: \(policy.purposes.map(\.name).joined(separator: ", "))"
        )
    }

    func execute() throws -> ExitStatus {
        let started = Date()
        // First: from here on a closed pipe or a signal cannot leave temporary files behind.
        TemporaryFiles.removeOnInterrupt()
        let cwd = FileManager.default.currentDirectoryPath
        // The config is only read when it has something to add: it is not trusted more than needed.
        let config =
            policy != nil && !files.isEmpty && !onlyConfigured
            ? nil
            : try ProjectConfig.find(from: cwd).map { path throws(PolicyError) in try ProjectConfig(path: path) }
        let policyPath = try resolvePolicy(config: config, cwd: cwd)
        let validator = try Validate.loadValidator(policyPath: policyPath, asOf: asOf, showValues: showValues, dueWithin: dueWithin)
        try Validate.checkPurpose(purpose, of: validator)
        if let database {
            return try validate(database: database, validator: validator, started: started, cwd: cwd)
        }
        let inputs = try resolveInputs(config: config, cwd: cwd, validator: validator)
        if inputs.isEmpty {
            Console.error("datamin: none of the files is named by an 'inputs:' entry of .datamin.yml; nothing to validate")
            return .clean
        }
        if (stripOut != nil || rejectsOut != nil) && inputs.count != 1 {
            throw UsageFailure(message: "--strip-out and --rejects-out take exactly one input file; got \(inputs.count)")
        }
        try checkOutputPaths(inputs: inputs.map(\.path), policy: policyPath, config: config?.path)
        if showValues, ProcessInfo.processInfo.environment["CI"] != nil {
            Console.error("datamin: warning: --show-values prints personal data into this CI log")
        }

        let outputs = try ReportOutputs(requests: try reportRequests(), mode: OutputFile.mode(forInputs: inputs.map(\.path)))
        let progress = Progress(enabled: Console.showsProgress)
        var run = ImportRun(
            validator: validator, limit: maxViolations, workers: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
            keepViolations: false,
            onViolation: outputs.record,
            onProgress: progress.update,
            onHint: { hint in
                progress.clear()
                Console.error("datamin: hint: \(hint)")
            })
        var failed = false
        for input in inputs {
            do {
                try run.validate(
                    path: input.path,
                    options: ImportRun.FileOptions(
                        purpose: purpose ?? input.purpose, format: inputFormat, delimiter: delimiter.flatMap(Self.delimiterByte),
                        stripOut: stripOut, rejectsOut: rejectsOut, encoding: input.encoding, redactsFreeText: redactFreeText))
            } catch {
                progress.clear()
                Console.error(error.description)
                run.recordFailure(path: input.path, error)
                failed = true
                // Nobody reads the report any more: stop instead of checking the other files.
                if Console.outputError != 0 { break }
            }
        }
        progress.clear()
        let report = run.finish(seconds: Date().timeIntervalSince(started))
        let context = ReportContext(
            repositoryRoot: ProjectConfig.repositoryRoot(of: cwd).map { $0.hasSuffix("/") ? $0 : $0 + "/" },
            workingDirectory: cwd, showsValues: showValues)
        return outputs.finish(report, context: context, failed: failed)
    }

    /// Checks a table inside a PostgreSQL server: the query of `datamin sql` runs there and
    /// its rows become the report, each violation located by the row's key.
    private func validate(database: String, validator: Validator, started: Date, cwd: String) throws -> ExitStatus {
        guard let table, let key else { return .failure }
        let outputs = try ReportOutputs(requests: try reportRequests(), mode: 0o600)
        var builder = ReportBuilder(asOf: validator.asOf, limit: maxViolations)
        builder.startFile(path: table, format: "postgres")
        let target = SQLTarget(table: table, key: key, purpose: purpose)
        if let problem = target.problem(for: .postgres) { throw UsageFailure(message: problem) }
        let run = PostgresTableRun(validator: validator, target: target)
        var failed = false
        do {
            let counts = try run.run(database: database) { violation throws(Diagnostic) in
                if builder.add(violation, keep: false) { try outputs.record(violation, path: table, file: 0) }
            }
            builder.countRecords(counts.records, rejected: counts.rejected)
        } catch {
            Console.error(error.description)
            builder.addFailure(path: table, error)
            failed = true
        }
        let report = builder.finish(seconds: Date().timeIntervalSince(started))
        return outputs.finish(
            report, context: ReportContext(repositoryRoot: nil, workingDirectory: cwd, showsValues: false), failed: failed)
    }

    /// Where a run's reports go, the same for files and for a database table: each requested
    /// format with its file (standard output when nil), text lines written as violations
    /// arrive, and the other formats written at the end from violations spooled to disk, so
    /// memory does not grow with the number of findings.
    private struct ReportOutputs {
        let requests: [ReportRequest]
        let destinations: [OutputFile?]
        let spool: ViolationSpool?
        private let textDestinations: [Int]

        init(requests: [ReportRequest], mode: mode_t) throws {
            self.requests = requests
            destinations = try requests.map { request throws(Diagnostic) in
                try request.path.map { path throws(Diagnostic) in try OutputFile(path: path, mode: mode) }
            }
            textDestinations = requests.indices.filter { requests[$0].format == .text }
            spool = requests.contains(where: \.format.readsViolations) ? try ViolationSpool() : nil
        }

        /// Keeps one violation of input `file` (found in `path`) for the reports.
        func record(_ violation: Violation, path: String, file: Int) throws(Diagnostic) {
            spool?.append(violation, file: file)
            guard !textDestinations.isEmpty else { return }
            let line = TextReporter.line(for: violation, path: path)
            for index in textDestinations {
                if let destination = destinations[index] { destination.write(line + "\n") } else { try Console.out(line) }
            }
        }

        /// Writes the finished reports and the summary line, and decides the exit status:
        /// a report that could not be written in full is a failed run (exit 2), never a pass.
        func finish(_ report: ValidationReport, context: ReportContext, failed: Bool) -> ExitStatus {
            // Findings that could not be kept must not vanish from the reports without a word.
            var writeFailure: Diagnostic?
            do { try spool?.checkWritten() } catch { writeFailure = error }
            // A text report in a file says itself what standard error said: what was cut, what failed.
            for index in textDestinations {
                guard let destination = destinations[index] else { continue }
                for line in TextReporter.trailer(report) { destination.write(line + "\n") }
            }
            for (request, destination) in zip(requests, destinations) where request.format != .text && Console.outputError == 0 {
                let write: (String) -> Void = destination.map { file in { file.write($0) } } ?? { Console.append($0) }
                if let spool {
                    request.format.reporter.write(report, violations: spool.violations(), context: context, to: write)
                } else {
                    request.format.reporter.write(report, violations: [], context: context, to: write)
                }
            }
            Console.flush()
            for destination in destinations.compactMap({ $0 }) {
                do { try destination.commit() } catch { writeFailure = writeFailure ?? error }
            }
            if destinations.contains(where: { $0 == nil }) {
                do { try Console.checkOutput() } catch { writeFailure = writeFailure ?? error }
            }
            if requests.contains(where: { $0.format == .github }),
                let summaryPath = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"],
                !summaryPath.isEmpty
            {
                let summary =
                    spool.map { GitHubReporter().jobSummary(report, violations: $0.violations()) }
                    ?? GitHubReporter().jobSummary(report, violations: [])
                do { try Validate.append(summary, to: summaryPath) } catch { writeFailure = writeFailure ?? error }
            }
            Console.error(TextReporter.summary(report))
            if let writeFailure {
                Console.error(writeFailure.description)
                return .failure
            }
            if failed { return .failure }
            return report.isValid ? .clean : .violations
        }
    }

    /// One report of the run: its format and file (standard output when nil).
    private struct ReportRequest {
        var format: ReportFormat
        var path: String?
    }

    /// The reports asked for: each `--report`, and `--format`/`--output` (text on standard
    /// output when nothing is asked).
    private func reportRequests() throws -> [ReportRequest] {
        var requests: [ReportRequest] = try reports.map { text in
            let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard let format = ReportFormat(rawValue: parts[0]) else {
                throw ValidationError(
                    "--report '\(text)': unknown format '\(parts[0])'; use one of \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")), optionally with :PATH"
                )
            }
            if parts.count == 2, parts[1].isEmpty { throw ValidationError("--report '\(text)': the path after ':' is empty") }
            return ReportRequest(format: format, path: parts.count == 2 ? parts[1] : nil)
        }
        if requests.isEmpty || format != nil || output != nil {
            requests.append(ReportRequest(format: format ?? .text, path: output))
        }
        return requests
    }

    /// Appends `text` to the file at `path` (GitHub's job summary), creating it if needed.
    private static func append(_ text: String, to path: String) throws(Diagnostic) {
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw Diagnostic(.outputUnwritable, file: path, message: "cannot write the job summary: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        let failure = SystemIO.write(descriptor, Array(text.utf8))
        guard failure == 0 else {
            throw Diagnostic(.outputUnwritable, file: path, message: "cannot write the job summary: \(SystemIO.describe(failure))")
        }
    }

    /// Refuses an output that would replace a file this run reads (an input, the policy, the
    /// config) or another output of this run: either would lose data without a word.
    private func checkOutputPaths(inputs: [String], policy: String, config: String?) throws {
        let reportPaths = reports.compactMap { text in
            text.firstIndex(of: ":").map { ("--report", Optional(String(text[text.index(after: $0)...]))) }
        }
        let outputs = ([("--output", output)] + reportPaths + [("--strip-out", stripOut), ("--rejects-out", rejectsOut)])
            .compactMap { option, path in path.map { (option: option, path: $0) } }
        var read: [(what: String, path: String)] = inputs.filter { $0 != "-" }.map { ("input", $0) }
        read.append(("policy", policy))
        if let config { read.append(("project config", config)) }
        for (index, output) in outputs.enumerated() {
            for file in read where FileIdentity.same(output.path, file.path) {
                throw UsageFailure(
                    message: "\(output.option) '\(output.path)' is the \(file.what) '\(file.path)' this run reads; choose another path")
            }
            for other in outputs[..<index] where FileIdentity.same(output.path, other.path) && !Self.isCharacterDevice(output.path) {
                throw UsageFailure(
                    message: "\(other.option) and \(output.option) name the same file '\(output.path)'; give each its own path")
            }
        }
    }

    /// True for `/dev/null` and its kind, which several outputs may share.
    private static func isCharacterDevice(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR
    }

    private func resolvePolicy(config: ProjectConfig?, cwd: String) throws -> String {
        if let policy { return policy }
        if let config, let policy = config.policy {
            return ProjectConfig.relativePath(of: URL(fileURLWithPath: config.directory).appendingPathComponent(policy).path, to: cwd)
        }
        throw UsageFailure(message: "no policy: pass --policy FILE or add a .datamin.yml with 'policy: <file>'")
    }

    /// One file to validate, with what its config entry says about it.
    private struct Input {
        var path: String
        var purpose: String?
        var encoding: InputEncoding?
    }

    /// The files to validate with the purpose and encoding their config entry gives them.
    private func resolveInputs(config: ProjectConfig?, cwd: String, validator: Validator) throws -> [Input] {
        var encodings: [String: InputEncoding] = [:]
        if let config {
            var diagnostics: [Diagnostic] = []
            for input in config.inputs {
                if let purpose = input.purpose, !validator.definesPurposes(purpose) {
                    diagnostics.append(
                        config.diagnostic(
                            "unknown purpose '\(purpose)'; policy '\(validator.policy.name)' defines: \(validator.policy.purposes.map(\.name).joined(separator: ", "))",
                            at: input.mark))
                }
                if let name = input.encoding {
                    if let encoding = InputEncoding(rawValue: name.lowercased()) {
                        encodings[input.pattern] = encoding
                    } else {
                        let guess = Suggestion.closest(to: name, among: InputEncoding.allCases.map(\.rawValue)).map {
                            "; did you mean '\($0)'?"
                        }
                        diagnostics.append(
                            config.diagnostic(
                                "unknown encoding '\(name)'\(guess ?? "; use one of: " + InputEncoding.allCases.map(\.rawValue).joined(separator: ", "))",
                                at: input.encodingMark ?? input.mark))
                    }
                }
            }
            if !diagnostics.isEmpty { throw PolicyError(diagnostics: diagnostics) }
        }
        func resolved(_ path: String, _ input: ProjectConfig.Input?) -> Input {
            Input(path: path, purpose: input?.purpose, encoding: encoding ?? input.flatMap { encodings[$0.pattern] })
        }
        if !files.isEmpty {
            if onlyConfigured {
                guard let config, !config.inputs.isEmpty else {
                    throw UsageFailure(message: "--only-configured needs a .datamin.yml with 'inputs:' naming the files to validate")
                }
                return files.compactMap { file in config.input(matching: file).map { resolved(file, $0) } }
            }
            return files.map { file in resolved(file, file == "-" ? nil : config?.input(matching: file)) }
        }
        guard let config, !config.inputs.isEmpty else {
            throw UsageFailure(message: "no input files: pass FILE… or list 'inputs:' in .datamin.yml")
        }
        let matches = config.expandInputs()
        guard !matches.isEmpty else {
            throw UsageFailure(message: "no file matches the 'inputs:' globs of \(ProjectConfig.relativePath(of: config.path, to: cwd))")
        }
        return matches.map { resolved(ProjectConfig.relativePath(of: $0.path, to: cwd), $0.input) }
    }

    static func delimiterByte(_ text: String) -> UInt8? {
        switch text {
        case ",": UInt8(ascii: ",")
        case ";": UInt8(ascii: ";")
        case "tab", "\\t", "\t": UInt8(ascii: "\t")
        default: nil
        }
    }
}

extension ReportFormat: ExpressibleByArgument {}
extension InputFormat: ExpressibleByArgument {}
extension InputEncoding: ExpressibleByArgument {}
