import DataMinCore
import DataMinIO
import DataMinPipeline
import DataMinPostgres
import DataMinReporters
import DataMinSQL
import FoundationEssentials

/// What a finished run found and how it ended; the command line turns it into an exit code.
package struct RunOutcome: Sendable {
    /// How the run ended.
    package enum Verdict: Sendable, Equatable {
        /// No error-level finding, every input read and every report written.
        case clean
        /// Error-level findings.
        case violations
        /// An input could not be read or a report could not be written in full.
        case failed
    }

    package var report: ValidationReport
    package var verdict: Verdict
}

/// One `validate` run from a request to its reports: the policy and inputs resolved, the
/// output files checked, the records read and checked (from files or a database table),
/// and every report written through one sink.
package enum ValidationRun {
    /// Runs `request`, writing reports and messages to `streams` and the files it names.
    ///
    /// - Throws: ``UsageFailure`` or ``PolicyError`` when the run cannot start (no policy,
    ///   an unknown purpose, an output that would replace an input); what goes wrong once
    ///   it runs is in the outcome.
    package static func run(_ request: RunRequest, streams: RunStreams) throws -> RunOutcome {
        let started = Date()
        _ = try RunRequest.sourceDateEpoch(in: request.environment)
        let resolver = try InputResolver(request: request)
        if case .table(let database, let table, let key) = request.source {
            if request.baselinePath != nil || request.writeBaselinePath != nil {
                throw UsageFailure(message: "--baseline and --write-baseline work on files, not with --database")
            }
            let policyPath = try resolver.policyPath()
            let validator = try load(policyPath, request)
            try ValidatorLoader.checkPurpose(request.purpose, of: validator)
            try OutputPlan.check(
                request, inputs: [], policies: [policyPath], suppressionLists: validator.policy.suppressionFile.map { [$0] } ?? [],
                config: resolver.config?.path)
            return try runTable(
                request, database: database, target: SQLTarget(table: table, key: key, purpose: request.purpose), validator: validator,
                policyPath: policyPath, streams: streams, started: started)
        }
        let inputs = try resolver.inputs()
        if inputs.isEmpty {
            // A hook that skipped every file must not hide a broken policy: check the one the run would use, if any.
            if let path = try? resolver.policyPath() { try ValidatorLoader.checkPurpose(request.purpose, of: try load(path, request)) }
            streams.error("datamin: none of the files is named by an 'inputs:' entry of .datamin.yml; nothing to validate")
            return RunOutcome(report: ValidationReport(asOf: request.asOf ?? .today()), verdict: .clean)
        }
        for warning in resolver.entriesWithoutFiles(among: inputs) { streams.error(warning) }
        // Each policy is loaded once, however many inputs name it.
        var validators: [String: Validator] = [:]
        for path in inputs.map(\.policy) where validators[path] == nil {
            let validator = try load(path, request)
            try ValidatorLoader.checkPurpose(request.purpose, of: validator)
            validators[path] = validator
        }
        try resolver.checkEntries(of: inputs, validators: validators)
        if (request.stripOut != nil || request.rejectsOut != nil) && inputs.count != 1 {
            throw UsageFailure(message: "--strip-out and --rejects-out take exactly one input file; got \(inputs.count)")
        }
        let policies = Array(Set(inputs.map(\.policy))).sorted()
        try OutputPlan.check(
            request, inputs: inputs.map(\.path), policies: policies,
            suppressionLists: policies.compactMap { validators[$0]?.policy.suppressionFile }, config: resolver.config?.path)
        if request.showValues, request.environment["CI"] != nil {
            streams.error("datamin: warning: --show-values prints personal data into this CI log")
        }

        let baseline = try baselineGate(request)
        let sink = try ReportSink(
            requests: request.effectiveReports, mode: OutputFile.mode(forInputs: inputs.map(\.path)), streams: streams,
            folds: request.foldsRepeats)
        // The inputs of one policy share a run, so duplicate-subject looks across all of them;
        // policies are taken in the order they are first named, each one's files in order.
        var groups: [(policy: String, inputs: [InputResolver.Input])] = []
        for input in inputs {
            let policy = Self.policyKey(input.policy)
            if let index = groups.firstIndex(where: { Self.policyKey($0.policy) == policy }) {
                groups[index].inputs.append(input)
            } else {
                groups.append((input.policy, [input]))
            }
        }
        var report: ValidationReport?
        var failed = false
        for group in groups {
            let part = validate(
                group.inputs, validator: validators[group.policy]!, request: request, sink: sink, baseline: baseline,
                offset: report?.files.count ?? 0, shownBefore: report?.files.reduce(0) { $0 + $1.shown } ?? 0,
                shownErrorsBefore: report?.files.reduce(0) { $0 + $1.shownErrors } ?? 0, streams: streams,
                failed: &failed)
            report = report.map { $0.merged(with: part) } ?? part
            if failed, (try? streams.checkOutput()) == nil { break }
        }
        streams.clearProgress()
        var finished = report ?? ValidationReport(asOf: request.asOf ?? .today())
        finished.seconds = Date().timeIntervalSince(started)
        finished.provenance.policies = groups.compactMap { group in
            validators[group.policy].map { ($0.policy.name, group.policy, $0.policy.sha256 ?? "") }
        }
        if let baseline, let path = request.baselinePath {
            finished.baseline = .init(path: path, matched: baseline.accepted?.matched ?? 0, stale: baseline.stale)
        }
        if failed, let path = request.writeBaselinePath {
            streams.error(
                "datamin: --write-baseline '\(path)' not written: an input could not be checked, so its findings would be missing")
        } else if let baseline, let path = request.writeBaselinePath, let recorded = baseline.recorded {
            do throws(Diagnostic) {
                // Readable by whoever may read the inputs, no more: the hashes stand for their records.
                let file = try OutputFile(path: path, mode: OutputFile.mode(forInputs: inputs.map(\.path)))
                file.write(recorded.rendered())
                try file.commit()
            } catch {
                streams.error(error.description)
                failed = true
            }
        }
        let context = ReportContext(
            repositoryRoot: ProjectConfig.repositoryRoot(of: request.workingDirectory).map { $0.hasSuffix("/") ? $0 : $0 + "/" },
            workingDirectory: request.workingDirectory, showsValues: request.showValues, foldsRepeats: request.foldsRepeats)
        return finish(finished, sink: sink, context: context, failed: failed, request: request, streams: streams)
    }

    /// One spelling of a policy's path (`p.yaml`, `./p.yaml`), so it is loaded and run once.
    private static func policyKey(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.path }

    private static func load(_ policyPath: String, _ request: RunRequest) throws -> Validator {
        if let loaded = request.loadedValidators[policyPath] { return loaded }
        return try ValidatorLoader.load(
            policyPath: policyPath, asOf: request.asOf, showValues: request.showValues, dueWithin: request.dueWithin,
            severities: request.severities, keySalt: request.keySalt)
    }

    /// The gate of `--baseline` and `--write-baseline`, the accepted baseline read whole
    /// (so `--write-baseline` may replace it); nil without either. A baseline written over
    /// an existing one keeps its salt, so unchanged entries keep their bytes.
    ///
    /// - Throws: ``PolicyError`` when the baseline cannot be read or is not one datamin
    ///   wrote, ``UsageFailure`` for `--write-baseline` with `--show-values`.
    private static func baselineGate(_ request: RunRequest) throws -> BaselineGate? {
        guard request.baselinePath != nil || request.writeBaselinePath != nil else { return nil }
        if request.writeBaselinePath != nil, request.showValues {
            // With values shown, a field name that looks like data is kept as it is: it would reach the file.
            throw UsageFailure(message: "--write-baseline does not go with --show-values: a baseline never holds values")
        }
        let secret = request.keySalt ?? []
        var accepted: Baseline?
        if let path = request.baselinePath {
            do throws(Diagnostic) {
                accepted = try Baseline(contentsOf: path, secret: secret)
            } catch {
                throw PolicyError(diagnostics: [error])
            }
        }
        let replaced = request.writeBaselinePath.flatMap { try? Baseline(contentsOf: $0, secret: secret) }
        return BaselineGate(
            accepted: accepted, records: request.writeBaselinePath != nil, salt: replaced?.salt, secret: secret,
            root: ProjectConfig.repositoryRoot(of: request.workingDirectory), workingDirectory: request.workingDirectory)
    }

    /// Checks `inputs`, which share `validator`, in one ``ImportRun``; violations reach the
    /// sink numbered after the `offset` files already reported, and `--max-violations`
    /// counts the `shownBefore` violations already shown.
    private static func validate(
        _ inputs: [InputResolver.Input], validator: Validator, request: RunRequest, sink: ReportSink, baseline: BaselineGate?,
        offset: Int, shownBefore: Int, shownErrorsBefore: Int, streams: RunStreams, failed: inout Bool
    ) -> ValidationReport {
        var run = ImportRun(
            validator: validator, limit: request.maxViolations, shownBefore: shownBefore, shownErrorsBefore: shownErrorsBefore,
            workers: request.jobs ?? ProcessInfo.processInfo.activeProcessorCount,
            keepViolations: false,
            onViolation: { violation, path, file throws(Diagnostic) in try sink.record(violation, path: path, file: file + offset) },
            onProgress: streams.progress,
            onHint: { hint in
                streams.clearProgress()
                streams.error("datamin: hint: \(hint)")
            })
        run.baseline = baseline
        if let advice = request.encodingAdvice { run.encodingAdvice = advice }
        var validator = validator
        validator.digestsRecords = baseline != nil
        // Each file with its own record key, all of them in one run (one subject tracker).
        var keyed: [String: Validator] = [:]
        for input in inputs {
            if let key = input.key {
                if keyed[key] == nil { keyed[key] = validator.keyed(by: key) }
                run.validator = keyed[key]!
            } else {
                run.validator = validator
            }
            do {
                var options = ImportRun.FileOptions(
                    purpose: request.purpose ?? input.purpose, format: input.format, delimiter: input.delimiter,
                    stripOut: request.stripOut, rejectsOut: request.rejectsOut, encoding: input.encoding,
                    redactsFreeText: request.redactsFreeText)
                options.hashesInput = request.hashesInputs
                try run.validate(path: input.path, options: options)
                baseline?.finished(path: input.path)
            } catch {
                streams.clearProgress()
                streams.error(error.description)
                run.recordFailure(path: input.path, error)
                failed = true
                // Nobody reads the report any more: stop instead of checking the other files.
                if (try? streams.checkOutput()) == nil { break }
            }
        }
        return run.finish(seconds: 0)
    }

    /// Checks a table inside a PostgreSQL server: the query of `datamin sql` runs there and
    /// its rows become the report, each violation located by the row's key.
    private static func runTable(
        _ request: RunRequest, database: String, target: SQLTarget, validator: Validator, policyPath: String, streams: RunStreams,
        started: Date
    ) throws -> RunOutcome {
        if let problem = target.problem(for: .postgres) { throw UsageFailure(message: problem) }
        let sink = try ReportSink(requests: request.effectiveReports, mode: 0o600, streams: streams, folds: request.foldsRepeats)
        var builder = ReportBuilder(asOf: validator.asOf, limit: request.maxViolations)
        builder.startFile(path: target.table, format: "postgres")
        var failed = false
        do {
            let counts = try PostgresTableRun(validator: validator, target: target).run(database: database) {
                violation throws(Diagnostic) in
                if builder.add(violation, keep: false) { try sink.record(violation, path: target.table, file: 0) }
            }
            builder.countRecords(counts.records, rejected: counts.rejected)
        } catch {
            streams.error(error.description)
            builder.addFailure(path: target.table, error)
            failed = true
        }
        var report = builder.finish(seconds: Date().timeIntervalSince(started))
        report.provenance.policies = [(validator.policy.name, policyPath, validator.policy.sha256 ?? "")]
        let context = ReportContext(
            repositoryRoot: nil, workingDirectory: request.workingDirectory, showsValues: false, foldsRepeats: request.foldsRepeats)
        return finish(report, sink: sink, context: context, failed: failed, request: request, streams: streams)
    }

    /// Writes the reports and the summary line and decides how the run ended.
    private static func finish(
        _ report: ValidationReport, sink: ReportSink, context: ReportContext, failed: Bool, request: RunRequest, streams: RunStreams
    ) -> RunOutcome {
        var report = report
        // With SOURCE_DATE_EPOCH the run's time comes from it, so two runs give the same bytes.
        if let epoch = try? RunRequest.sourceDateEpoch(in: request.environment) {
            report.provenance.startedAt = epoch
            report.seconds = 0
        } else {
            report.provenance.startedAt = Int((Date().timeIntervalSince1970 - report.seconds).rounded(.down))
        }
        let writeFailure = sink.finish(report, context: context, environment: request.environment)
        streams.error(TextReporter.summary(report))
        if let writeFailure { streams.error(writeFailure.description) }
        let verdict: RunOutcome.Verdict
        if writeFailure != nil || failed || !report.failures.isEmpty {
            verdict = .failed
        } else {
            switch request.failLevel {
            case .error: verdict = report.errors > 0 ? .violations : .clean
            case .warning: verdict = report.errors + report.warnings > 0 ? .violations : .clean
            case .never: verdict = .clean
            }
        }
        return RunOutcome(report: report, verdict: verdict)
    }
}
