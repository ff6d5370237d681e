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

    @Test func helpAndVersionExitZero() throws {
        #expect(try datamin(["--version"]).stdout == "0.1.0\n")
        #expect(try datamin(["validate", "--help"]).status == 0)
    }
}
