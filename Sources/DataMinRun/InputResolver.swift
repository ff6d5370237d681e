import DataMinCore
import DataMinIO
import FoundationEssentials

/// Decides what a run reads: the policy and the inputs, from the request's own paths or
/// from `.datamin.yml`, each input with what its config entry says about it.
package struct InputResolver {
    /// One file to validate.
    package struct Input: Sendable, Equatable {
        package var path: String
        package var purpose: String?
        package var encoding: InputEncoding?
    }

    let request: RunRequest
    /// The project config, read only when it has something to add: it is not trusted more
    /// than needed.
    package let config: ProjectConfig?

    /// Finds and reads `.datamin.yml` when the request leaves the policy or the inputs to it.
    ///
    /// - Throws: ``PolicyError`` when the config is invalid.
    package init(request: RunRequest) throws(PolicyError) {
        self.request = request
        let namesEverything: Bool
        switch request.source {
        case .files(let files): namesEverything = request.policyPath != nil && !files.isEmpty && !request.onlyConfigured
        case .table: namesEverything = request.policyPath != nil
        }
        config =
            namesEverything
            ? nil : try ProjectConfig.find(from: request.workingDirectory).map { path throws(PolicyError) in try ProjectConfig(path: path) }
    }

    /// The policy: the request's, else the config's.
    package func policyPath() throws(UsageFailure) -> String {
        if let path = request.policyPath ?? config?.policyPath(relativeTo: request.workingDirectory) { return path }
        throw UsageFailure(message: "no policy: pass --policy FILE or add a .datamin.yml with 'policy: <file>'")
    }

    /// The files to validate, with the purpose and encoding their config entry gives them.
    ///
    /// - Throws: ``PolicyError`` for a config entry naming a purpose the policy lacks or an
    ///   unknown encoding; ``UsageFailure`` when there is nothing to validate.
    package func inputs(for validator: Validator) throws -> [Input] {
        guard case .files(let files) = request.source else { return [] }
        let encodings = try configEncodings(validator: validator)
        func resolved(_ path: String, _ input: ProjectConfig.Input?) -> Input {
            Input(path: path, purpose: input?.purpose, encoding: request.encoding ?? input.flatMap { encodings[$0.pattern] })
        }
        if !files.isEmpty {
            if request.onlyConfigured {
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
            throw UsageFailure(
                message:
                    "no file matches the 'inputs:' globs of \(ProjectConfig.relativePath(of: config.path, to: request.workingDirectory))")
        }
        return matches.map { resolved(ProjectConfig.relativePath(of: $0.path, to: request.workingDirectory), $0.input) }
    }

    /// Each config entry's encoding by its glob, after checking every entry's purpose and
    /// encoding (all problems at once, with their positions).
    private func configEncodings(validator: Validator) throws(PolicyError) -> [String: InputEncoding] {
        guard let config else { return [:] }
        var encodings: [String: InputEncoding] = [:]
        var diagnostics: [Diagnostic] = []
        for input in config.inputs {
            if let purpose = input.purpose, !validator.definesPurposes(purpose) {
                diagnostics.append(
                    config.diagnostic(
                        "unknown purpose '\(purpose)'; policy '\(validator.policy.name)' defines: \(validator.policy.purposes.map(\.name).joined(separator: ", "))",
                        at: input.mark))
            }
            guard let name = input.encoding else { continue }
            if let encoding = InputEncoding(rawValue: name.lowercased()) {
                encodings[input.pattern] = encoding
            } else {
                let guess = Suggestion.closest(to: name, among: InputEncoding.allCases.map(\.rawValue)).map { "; did you mean '\($0)'?" }
                diagnostics.append(
                    config.diagnostic(
                        "unknown encoding '\(name)'\(guess ?? "; use one of: " + InputEncoding.allCases.map(\.rawValue).joined(separator: ", "))",
                        at: input.encodingMark ?? input.mark))
            }
        }
        if !diagnostics.isEmpty { throw PolicyError(diagnostics: diagnostics) }
        return encodings
    }
}
