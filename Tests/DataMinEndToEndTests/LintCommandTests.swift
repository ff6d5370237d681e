import DataMinTestSupport
import Foundation
import Testing

@Suite(.serialized) struct LintCommandTests {
    @Test func shippedPoliciesLintClean() throws {
        let result = try datamin(["lint", "policies/sales-contacts.yaml", "policies/newsletters.yaml", "policies/call-log.yaml"])
        #expect(result.status == 0)
        #expect(result.stdout == "")
        #expect(result.stderr == "policies/sales-contacts.yaml: ok\npolicies/newsletters.yaml: ok\npolicies/call-log.yaml: ok\n")
    }

    @Test func aTypoExitsTwoNamingFileLineColumnAndTheFix() throws {
        let folder = try scratchFolder(["policies/crm.yaml": testPolicy.replacingOccurrences(of: "P2Y", with: "P2Yr")])
        let result = try datamin(["lint"], in: folder)
        #expect(result.status == 2)
        #expect(
            result.stdout == """
                policies/crm.yaml:20:26: error: 'P2Yr' is not an ISO 8601 duration; write it like P2Y, P6M, P30D, P2W, P1Y6M or PT72H
                    retention: { period: P2Yr, from: collected_at }
                                         ^

                """)
        #expect(result.stderr == "policies/crm.yaml: 1 error\n")
    }

    /// A byte-order mark before a first comment line: still a policy, its lines shown.
    @Test func aPolicyWithAByteOrderMarkAndACommentIsLintedAsYAML() throws {
        let policy = "\u{FEFF}# CRM imports\n" + testPolicy.replacingOccurrences(of: "P2Y", with: "P2Yr")
        let result = try datamin(["lint", "crm.yaml"], in: try scratchFolder(["crm.yaml": policy]))
        #expect(result.status == 2)
        #expect(
            result.stdout == """
                crm.yaml:21:26: error: 'P2Yr' is not an ISO 8601 duration; write it like P2Y, P6M, P30D, P2W, P1Y6M or PT72H
                    retention: { period: P2Yr, from: collected_at }
                                         ^

                """)
    }

    @Test func withNoArgumentsLintsThePolicyInTheProjectConfig() throws {
        // The config is found above the current folder, up to the repository root.
        let folder = try scratchFolder([
            ".datamin.yml": "policy: rules/p.yaml\n", "rules/p.yaml": testPolicy, "sub/x.txt": "", ".git/HEAD": "",
        ])
        let result = try datamin(["lint"], in: folder.appendingPathComponent("sub"))
        #expect(result.status == 0)
        #expect(result.stderr.hasSuffix("/rules/p.yaml: ok\n"))
    }

    @Test func checksListsEveryCheckWithSeverityAndArticle() throws {
        let result = try datamin(["checks"])
        #expect(result.status == 0)
        #expect(result.stdoutLines.count == 26)
        #expect(result.stdoutLines.first?.hasPrefix("malformed-record ") == true)
        #expect(
            result.stdoutLines.contains { $0.hasPrefix("duplicate-subject ") && $0.contains(" warning ") && $0.contains("Art. 5(1)(d)") })
    }

    @Test func jsonOutputListsEachPolicysProblemsForOtherTools() throws {
        let folder = try scratchFolder([
            "good.yaml": testPolicy,
            "bad.yaml": "version: 1\nname: x\nfields:\n  a: {type: strin}\npurposes: {}\n",
        ])
        let result = try datamin(["lint", "--format", "json", "good.yaml", "bad.yaml"], in: folder)
        #expect(result.status == 2)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(report["valid"] as? Bool == false)
        let policies = try #require(report["policies"] as? [[String: Any]])
        #expect(policies.map { $0["path"] as? String } == ["good.yaml", "bad.yaml"])
        #expect(policies[0]["name"] as? String == "e2e" && policies[0]["valid"] as? Bool == true)
        #expect((policies[0]["sha256"] as? String)?.count == 64)
        let diagnostics = try #require(policies[1]["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 2)
        #expect(diagnostics[0]["line"] as? Int == 4 && diagnostics[0]["column"] as? Int == 13)
        #expect(diagnostics[0]["message"] as? String == "unknown type 'strin' in field 'a'; did you mean 'string'?")
        #expect(diagnostics[0]["severity"] as? String == "error" && diagnostics[0]["code"] as? String == "policy-invalid")
        #expect(policies[1]["name"] is NSNull)
    }

    @Test func helpAndVersionExitZero() throws {
        // SPEC §11.6: MAJOR.MINOR.PATCH from VERSION, plus +N.gCOMMIT between releases.
        let version = try datamin(["--version"]).stdout
        let release = try String(contentsOf: repositoryRoot.appendingPathComponent("VERSION"), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(version == release + "\n" || version.hasPrefix(release + "+"))
        #expect(version.wholeMatch(of: /[0-9]+\.[0-9]+\.[0-9]+(\+[0-9]+\.g[0-9a-f]{7,})?\n/) != nil)
        #expect(try datamin(["validate", "--help"]).status == 0)
    }
}
