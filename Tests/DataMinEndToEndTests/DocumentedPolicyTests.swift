import DataMinTestSupport
import Foundation
import Testing

/// Docs that run (SPEC §11.1, issue #26): every policy the README and docs/ present as a
/// whole (a YAML block with `version:`) lints clean, so a newcomer who copies one starts
/// from a policy that works.
@Suite(.serialized) struct DocumentedPolicyTests {
    /// The YAML blocks of `file` that are whole policies.
    static func policies(in file: String) throws -> [String] {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent(file), encoding: .utf8)
        return text.components(separatedBy: "```yaml\n").dropFirst().compactMap { block in
            let body = block.components(separatedBy: "```")[0]
            return body.split(separator: "\n").contains { $0.hasPrefix("version:") } ? body : nil
        }
    }

    @Test(arguments: ["README.md", "docs/policy-format.md", "docs/sql.md", "docs/free-text.md"])
    func everyWholePolicyInTheDocsLints(_ file: String) throws {
        for (index, policy) in try Self.policies(in: file).enumerated() {
            let folder = try scratchFolder(["policy.yaml": policy])
            let result = try datamin(["lint", "policy.yaml"], in: folder)
            #expect(result.status == 0, "\(file), policy \(index + 1): \(result.stdout)")
        }
    }

    @Test func theReadmeShowsAtLeastOneWholePolicy() throws {
        #expect(try !Self.policies(in: "README.md").isEmpty)
    }
}
