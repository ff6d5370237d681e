import ArgumentParser
import DataMinCore
import DataMinIO
import DataMinReporters
import Foundation

/// `datamin validate`: checks CSV, JSON and JSON Lines files against a policy.
struct Validate: StatusCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate data files against a policy.",
        discussion: """
            With no FILE, validates every input configured in .datamin.yml. '-' reads standard input.
            Exit codes: 0 no error-level violation, 1 violations found, 2 could not validate.
            """
    )

    @Argument(help: "Files to validate (.csv, .tsv, .json, .jsonl, .ndjson); '-' for standard input.")
    var files: [String] = []

    @Option(help: "The policy file (default: the one named in .datamin.yml).")
    var policy: String?

    @Option(help: "Purpose(s) for records without a purpose field; several separated by ';'.")
    var purpose: String?

    @Option(help: "Report format.")
    var format: ReportFormat = .text

    @Option(help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(name: .customLong("as-of"), help: "Judge retention and consent as of this date (YYYY-MM-DD; default today, UTC).")
    var asOf: String?

    @Option(name: .customLong("strip-out"), help: "Write the admitted records, minimised, to this file.")
    var stripOut: String?

    @Option(name: .customLong("rejects-out"), help: "Write the rejected records, unchanged, to this file.")
    var rejectsOut: String?

    @Option(name: .customLong("max-violations"), help: "Show at most N violations (0: all). Counts stay complete.")
    var maxViolations: Int = 0

    @Flag(name: .customLong("show-values"), help: "Include the offending values in the report. They are personal data.")
    var showValues = false

    @Option(name: .customLong("input-format"), help: "Input format when the extension does not tell.")
    var inputFormat: InputFormat?

    @Option(help: "CSV delimiter: ',', ';' or 'tab' (default: detected from the header).")
    var delimiter: String?

    @Option(help: "Threads that check records (default: every core). The report does not depend on it.")
    var jobs: Int?

    func validate() throws {
        guard maxViolations >= 0 else { throw ValidationError("--max-violations must be 0 or more") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
        if let asOf, CalendarDate(iso: asOf) == nil { throw ValidationError("--as-of '\(asOf)' is not a date; write YYYY-MM-DD") }
        if let delimiter, Self.delimiterByte(delimiter) == nil { throw ValidationError("--delimiter must be ',', ';' or 'tab'") }
    }

    func execute() throws -> ExitStatus {
        let started = Date()
        let cwd = FileManager.default.currentDirectoryPath
        let config = try ProjectConfig.find(from: cwd).map { path throws(PolicyError) in try ProjectConfig(path: path) }
        let policyPath = try resolvePolicy(config: config, cwd: cwd)
        let loaded = try Policy(contentsOf: URL(fileURLWithPath: policyPath))
        let validator = Validator(policy: loaded, asOf: asOf.flatMap(CalendarDate.init(iso:)) ?? .today(), showValues: showValues)

        if let purpose, !validator.definesPurposes(purpose) {
            throw UsageFailure(message: "unknown purpose '\(purpose)' for --purpose; policy '\(loaded.name)' defines: \(loaded.purposes.map(\.name).joined(separator: ", "))")
        }
        let inputs = try resolveInputs(config: config, cwd: cwd, validator: validator)
        if (stripOut != nil || rejectsOut != nil) && inputs.count != 1 {
            throw UsageFailure(message: "--strip-out and --rejects-out take exactly one input file; got \(inputs.count)")
        }
        if showValues, ProcessInfo.processInfo.environment["CI"] != nil {
            Console.error("datamin: warning: --show-values prints personal data into this CI log")
        }

        let streamText = format == .text
        let reportFile = try output.map { path throws(Diagnostic) in try OutputFile(path: path, inputs: inputs.map(\.path)) }
        let progress = Progress(enabled: Console.showsProgress)
        TemporaryFiles.removeOnInterrupt()
        var run = ImportRun(
            validator: validator, limit: maxViolations, workers: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
            keepViolations: format.keepsViolations,
            onViolation: { violation, path in
                guard streamText else { return }
                let line = TextReporter.line(for: violation, path: path)
                if let reportFile { reportFile.write(line + "\n") } else { Console.out(line) }
            },
            onProgress: progress.update)
        var failed = false
        for input in inputs {
            do {
                try run.validate(path: input.path, options: ImportRun.FileOptions(
                    purpose: purpose ?? input.purpose, format: inputFormat, delimiter: delimiter.flatMap(Self.delimiterByte),
                    stripOut: stripOut, rejectsOut: rejectsOut))
            } catch {
                progress.clear()
                Console.error(error.description)
                failed = true
            }
        }
        progress.clear()
        let report = run.finish(seconds: Date().timeIntervalSince(started))
        if !streamText {
            let text = format.reporter.render(report)
            if let reportFile { reportFile.write(text) } else { Console.write(text) }
        }
        Console.flush()
        if let reportFile {
            if failed { reportFile.discard() } else { try reportFile.commit() }
        }
        Console.error(TextReporter.summary(report))
        if failed { return .failure }
        return report.isValid ? .clean : .violations
    }

    private func resolvePolicy(config: ProjectConfig?, cwd: String) throws -> String {
        if let policy { return policy }
        if let config, let policy = config.policy {
            return ProjectConfig.relativePath(of: URL(fileURLWithPath: config.directory).appendingPathComponent(policy).path, to: cwd)
        }
        throw UsageFailure(message: "no policy: pass --policy FILE or add a .datamin.yml with 'policy: <file>'")
    }

    /// The files to validate with the purpose their config entry gives them.
    private func resolveInputs(config: ProjectConfig?, cwd: String, validator: Validator) throws -> [(path: String, purpose: String?)] {
        if let config {
            for input in config.inputs {
                if let purpose = input.purpose, !validator.definesPurposes(purpose) {
                    throw PolicyError(diagnostics: [config.diagnostic(
                        "unknown purpose '\(purpose)'; policy '\(validator.policy.name)' defines: \(validator.policy.purposes.map(\.name).joined(separator: ", "))", at: input)])
                }
            }
        }
        if !files.isEmpty {
            return files.map { file in (file, file == "-" ? nil : config?.input(matching: file)?.purpose) }
        }
        guard let config, !config.inputs.isEmpty else {
            throw UsageFailure(message: "no input files: pass FILE… or list 'inputs:' in .datamin.yml")
        }
        let matches = config.expandInputs()
        guard !matches.isEmpty else {
            throw UsageFailure(message: "no file matches the 'inputs:' globs of \(ProjectConfig.relativePath(of: config.path, to: cwd))")
        }
        return matches.map { (ProjectConfig.relativePath(of: $0.path, to: cwd), $0.input.purpose) }
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
