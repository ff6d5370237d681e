import DataMinCore
import DataMinIO
import FoundationEssentials

/// Decides what a run reads: the inputs and each one's policy, purpose and format, from
/// the request's own paths and options or from `.datamin.yml` (SPEC §11.2). The command
/// line's options go over a config entry's.
package struct InputResolver {
    /// One file to validate and how to read it.
    package struct Input: Sendable, Equatable {
        package var path: String
        /// The policy file, as seen from the working directory.
        package var policy: String
        package var purpose: String?
        package var format: InputFormat?
        package var delimiter: UInt8?
        package var encoding: InputEncoding?
        /// The field that names its records in reports; nil takes the policy's `key:`, else its `subject:`.
        package var key: String?
        /// The config entry that named it, for a problem found once its policy is loaded.
        package var entry: Int?
    }

    let request: RunRequest
    /// The project config, read only when it has something to add: it is not trusted more
    /// than needed.
    package let config: ProjectConfig?

    /// Reads `--config`, or finds `.datamin.yml`, when the request leaves the policy or the
    /// inputs to it.
    ///
    /// - Throws: ``PolicyError`` when the config is invalid or `--config` cannot be read.
    package init(request: RunRequest) throws(PolicyError) {
        self.request = request
        if let path = request.configPath {
            config = try ProjectConfig(path: path)
            return
        }
        let namesEverything: Bool
        switch request.source {
        case .files(let files): namesEverything = request.policyPath != nil && !files.isEmpty && !request.onlyConfigured
        case .table: namesEverything = request.policyPath != nil
        }
        config =
            namesEverything
            ? nil
            : try ProjectConfig.find(from: request.workingDirectory).map { path throws(PolicyError) in
                try ProjectConfig(path: path, shownAs: ProjectConfig.relativePath(of: path, to: request.workingDirectory))
            }
    }

    /// The policy of a run over a table, or of inputs no config entry names: the request's,
    /// else the config's.
    package func policyPath() throws(UsageFailure) -> String {
        if let path = request.policyPath ?? config?.policyPath(relativeTo: request.workingDirectory) { return path }
        throw UsageFailure(message: "no policy: pass --policy FILE or add a .datamin.yml with 'policy: <file>'")
    }

    /// The files to validate, each with its policy and how to read it.
    ///
    /// - Throws: ``UsageFailure`` when there is nothing to validate or an input has no policy.
    package func inputs() throws -> [Input] {
        guard case .files(let files) = request.source else { return [] }
        func resolved(_ path: String, _ index: Int?) throws -> Input {
            let entry = index.flatMap { config?.inputs[$0] }
            let entryPolicy = entry?.policy.flatMap { policy in
                config.map {
                    ProjectConfig.relativePath(
                        of: URL(fileURLWithPath: $0.directory).appendingPathComponent(policy).path, to: request.workingDirectory)
                }
            }
            guard let policy = request.policyPath ?? entryPolicy ?? config?.policyPath(relativeTo: request.workingDirectory) else {
                guard config != nil else {
                    throw UsageFailure(message: "no policy: pass --policy FILE or add a .datamin.yml with 'policy: <file>'")
                }
                throw UsageFailure(
                    message:
                        "no policy for '\(path)': pass --policy FILE, or give .datamin.yml a 'policy:' (at the top or on the input's entry)"
                )
            }
            return Input(
                path: path, policy: policy, purpose: entry?.purpose, format: request.inputFormat ?? entry?.format,
                delimiter: request.delimiter ?? entry?.delimiter, encoding: request.encoding ?? entry?.encoding,
                key: request.key ?? entry?.key, entry: index)
        }
        if !files.isEmpty {
            if request.onlyConfigured {
                guard let config, !config.inputs.isEmpty else {
                    throw UsageFailure(message: "--only-configured needs a .datamin.yml with 'inputs:' naming the files to validate")
                }
                return try files.compactMap { file in try config.entry(matching: file).map { try resolved(file, $0) } }
            }
            return try files.map { file in try resolved(file, file == "-" ? nil : config?.entry(matching: file)) }
        }
        guard let config, !config.inputs.isEmpty else {
            throw UsageFailure(message: "no input files: pass FILE… or list 'inputs:' in .datamin.yml")
        }
        let matches = config.expandInputs()
        guard !matches.isEmpty else {
            throw UsageFailure(message: "no file matches the 'inputs:' globs of \(config.shownPath)")
        }
        return try matches.map { try resolved(ProjectConfig.relativePath(of: $0.path, to: request.workingDirectory), $0.entry) }
    }

    /// A warning for each `inputs:` entry of `.datamin.yml` that gave no file to a run the
    /// config lists the files of: a mistyped glob would otherwise leave its files unchecked
    /// while the other entries' files pass.
    package func entriesWithoutFiles(among inputs: [Input]) -> [String] {
        guard case .files(let files) = request.source, files.isEmpty, let config else { return [] }
        let used = Set(inputs.compactMap(\.entry))
        let paths = inputs.map { ProjectConfig.relativePath(of: $0.path, to: config.directory) }
        return config.inputs.indices.filter { !used.contains($0) }.map { index in
            let entry = config.inputs[index]
            let head =
                "datamin: warning: \(config.shownPath):\(entry.mark.line):\(entry.mark.column): the 'inputs' entry '\(entry.pattern)'"
            if let taken = paths.indices.first(where: { ProjectConfig.glob(entry.pattern, matches: paths[$0]) }),
                let earlier = inputs[taken].entry
            {
                return "\(head) names no file of its own: the entry at line \(config.inputs[earlier].mark.line) matches them first, "
                    + "and the first entry that matches a file decides how it is read"
            }
            let folders = entry.pattern.split(separator: "/").dropLast()
            if folders.contains(where: { ($0.hasPrefix(".") && $0 != ".") || $0 == "node_modules" }) {
                return "\(head) matches no file: hidden folders and node_modules are not searched; name such files on the command line"
            }
            return "\(head) matches no file; check the glob (it is relative to the config's folder)"
        }
    }

    /// Refuses a config entry whose purpose or key its policy does not define (all at once,
    /// each at its line and column), and a `--key` the policy does not declare; the command
    /// line's `--purpose` is checked on its own.
    package func checkEntries(of inputs: [Input], validators: [String: Validator]) throws {
        if let key = request.key {
            for validator in Set(inputs.map(\.policy)).sorted().compactMap({ validators[$0] })
            where validator.policy.field(named: key) == nil {
                let guess = Suggestion.closest(to: key, among: validator.policy.fields.map(\.name)).map { "did you mean '\($0)'? " } ?? ""
                throw UsageFailure(
                    message:
                        "--key '\(key)' is not a field of policy '\(validator.policy.name)'; \(guess)a key must be declared under 'fields:'"
                )
            }
        }
        guard let config else { return }
        var diagnostics: [Diagnostic] = []
        var checked = Set<Int>()
        for input in inputs {
            guard let index = input.entry, checked.insert(index).inserted, let validator = validators[input.policy] else { continue }
            let entry = config.inputs[index]
            if request.purpose == nil, let purpose = input.purpose, !validator.definesPurposes(purpose) {
                let names = validator.policy.purposes.map(\.name)
                let guess = Suggestion.closestName(to: purpose, among: names).map { "; did you mean '\($0)'?" } ?? ""
                diagnostics.append(
                    config.diagnostic(
                        "unknown purpose '\(purpose)'\(guess); policy '\(validator.policy.name)' defines: \(names.joined(separator: ", "))",
                        at: entry.purposeMark ?? entry.mark))
            }
            if request.key == nil, let key = entry.key, validator.policy.field(named: key) == nil {
                let guess =
                    Suggestion.closest(to: key, among: validator.policy.fields.map(\.name)).map { "; did you mean '\($0)'?" }
                    ?? "; a key must be declared under 'fields:'"
                diagnostics.append(
                    config.diagnostic(
                        "'key' names '\(key)', which policy '\(validator.policy.name)' does not declare\(guess)",
                        at: entry.keyMark ?? entry.mark))
            }
        }
        if !diagnostics.isEmpty { throw PolicyError(diagnostics: diagnostics) }
    }
}
