import ArgumentParser
import DataMinCore
import DataMinIO
import DataMinReporters
import DataMinRun
import FoundationEssentials

/// `datamin lint`: checks policies and reports every problem with file:line:column.
struct Lint: StatusCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check policies; exit 2 on any error (warnings alone exit 0).",
        discussion:
            "With no POLICY, lints the policies named in .datamin.yml (at the top and on its inputs), or every .yaml/.yml file in policies/."
    )

    /// How lint reports what it found.
    enum Format: String, CaseArgument {
        /// Compiler-style lines with the offending line and a caret.
        case text
        /// One JSON document for other tools (`LintReport`).
        case json
    }

    @Argument(help: "Policy files to check.")
    var policies: [String] = []

    @Option(help: "Output format: text (default) or json.")
    var format: Format = .text

    func execute() throws -> ExitStatus {
        let paths = try policies.isEmpty ? Self.defaultPolicies() : policies
        if format == .json {
            let entries = paths.map { path in
                do throws(PolicyError) {
                    let policy = try Policy(contentsOf: URL(fileURLWithPath: path))
                    return LintReport.Entry(path: path, policy: policy, diagnostics: policy.warnings)
                } catch {
                    return LintReport.Entry(path: path, policy: nil, diagnostics: error.diagnostics)
                }
            }
            Console.write(LintReport.json(entries))
            try Console.checkOutput()
            return entries.allSatisfy { $0.policy != nil } ? .clean : .failure
        }
        var failed = 0
        for path in paths {
            let policy: Policy
            do {
                policy = try Policy(contentsOf: URL(fileURLWithPath: path))
            } catch {
                failed += 1
                try Console.out(error.description)
                Console.flush()
                Console.error("\(path): \(error.diagnostics.count) error\(error.diagnostics.count == 1 ? "" : "s")")
                continue
            }
            for warning in policy.warnings { try Console.out(warning.description) }
            Console.flush()
            let count = policy.warnings.count
            Console.error("\(path): ok" + (count == 0 ? "" : ", \(count) warning\(count == 1 ? "" : "s")"))
        }
        try Console.checkOutput()
        return failed == 0 ? .clean : .failure
    }

    /// The policy of `.datamin.yml`, else every policy in `policies/`.
    static func defaultPolicies() throws -> [String] {
        let cwd = FileManager.default.currentDirectoryPath
        if let configPath = ProjectConfig.find(from: cwd) {
            let config = try ProjectConfig(path: configPath, shownAs: ProjectConfig.relativePath(of: configPath, to: cwd))
            // The top-level policy and every input entry's own, each once.
            let policies = config.policyPaths.map { ProjectConfig.relativePath(of: $0, to: cwd) }
            if !policies.isEmpty { return policies }
        }
        let files = (try? FileManager.default.contentsOfDirectory(atPath: "policies")) ?? []
        let policies = files.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { "policies/\($0)" }
        guard !policies.isEmpty else {
            throw UsageFailure(message: "no policy to lint: pass POLICY, name one in .datamin.yml, or put policies in policies/")
        }
        return policies
    }
}
