import DataMinCore
import DataMinTestSupport
import Foundation
import Testing

/// `datamin ropa`: the Art. 30(1) record, nothing invented, and the shipped examples current.
@Suite(.serialized) struct RopaTests {
    /// The day the shipped examples say they were generated on (SOURCE_DATE_EPOCH).
    static let exampleDay = ["SOURCE_DATE_EPOCH": "1795910400"]

    /// Every file in docs/examples is what `datamin ropa` writes for its policy today
    /// (regenerate: `SOURCE_DATE_EPOCH=1795910400 datamin ropa policies/P.yaml --format F`).
    @Test func theExamplesInDocsAreCurrent() throws {
        let folder = repositoryRoot.appendingPathComponent("docs/examples")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files.count >= 7)
        for file in files {
            let url = URL(fileURLWithPath: file)
            let format = ["md": "markdown", "html": "html", "json": "json"][url.pathExtension]!
            let result = try datamin(
                ["ropa", "policies/\(url.deletingPathExtension().lastPathComponent).yaml", "--format", format],
                environment: Self.exampleDay)
            #expect(result.status == 0)
            let expected = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            // The examples name the release; a build between releases adds +N.gCOMMIT (SPEC §11.7: masked).
            let release = String(DataMinVersion.current.prefix { $0 != "+" })
            #expect(
                result.stdout.replacingOccurrences(of: DataMinVersion.current, with: release) == expected,
                "docs/examples/\(file) is stale: regenerate it with datamin ropa")
        }
    }

    /// A policy string shows as the characters it holds: it cannot add a link, an image,
    /// HTML, a heading, emphasis or a table cell to the Markdown register.
    @Test func policyStringsCannotChangeTheMarkdownRegister() throws {
        let hostile =
            testPolicy
            .replacingOccurrences(of: "name: e2e\n", with: "name: \"x | ![img](http://e.example/t.png) <script>\"\n")
            .replacingOccurrences(
                of: "  sales:\n    lawful_basis: [contract]\n",
                with: """
                      sales:
                        description: "*bold* [link](javascript:alert(1)) `code` # not a heading | new cell"
                        recipients: ["a <b>tag</b>", "- not a list"]
                        lawful_basis: [contract]

                    """)
        let folder = try scratchFolder(["p.yaml": hostile])
        let result = try datamin(["ropa", "p.yaml"], in: folder)
        #expect(result.status == 0)
        let lines = result.stdoutLines
        #expect(lines.contains("# Record of processing activities: x \\| !\\[img\\](http://e.example/t.png) \\<script\\>"))
        #expect(
            lines.contains(
                "| Purpose (30(1)(b)) | \\*bold\\* \\[link\\](javascript:alert(1)) `code` \\# not a heading \\| new cell |"))
        #expect(lines.contains("| Recipients (30(1)(d)) | a \\<b\\>tag\\</b\\>; - not a list |"))
        // A code span stays one (its text is literal); no link, image or tag is formed.
        #expect(!result.stdout.contains("<script>") && !result.stdout.contains(" [link]") && !result.stdout.contains("<b>"))
    }

    @Test func whatThePolicyDoesNotStateIsListedAsMissingNotInvented() throws {
        let folder = try scratchFolder(["p.yaml": testPolicy])
        let result = try datamin(["ropa", "p.yaml", "--format", "json"], in: folder)
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let record = try #require(json.first)
        #expect(record["controller"] is NSNull)
        let missing = try #require(record["missing"] as? [String])
        #expect(missing.first == "the controller's name and contact details (Art. 30(1)(a)): add 'controller: { name: …, contact: … }'")
        #expect(missing.contains("the categories of recipients of purpose 'sales' (Art. 30(1)(d)): add 'recipients:'"))
        #expect(missing.last == "a general description of the security measures (Art. 30(1)(g)): add 'security: [ … ]'")
        let purposes = try #require(record["purposes"] as? [[String: Any]])
        #expect(purposes.map { $0["name"] as? String } == ["sales", "newsletter"])
        #expect(purposes[0]["erasure"] as? String == "2 years from `collected_at`")
        // Fields marked personal: false (id, purpose, source) are not personal data.
        let data = try #require(purposes[0]["personalData"] as? [[String: Any]])
        #expect(data.compactMap { $0["field"] as? String } == ["email", "name", "phone", "notes", "collected_at"])
    }

    @Test func anArticle9ConditionNamesItsPoint() throws {
        let yaml = """
            version: 1
            name: clinic
            fields:
              id: { type: string, personal: false }
              at: { type: datetime }
              health: { type: text, special_category: health }
            purposes:
              care:
                lawful_basis: [contract]
                article9_condition: explicit_consent
                consent: { at: at }
                optional: [id, health]
                retention: { period: P1Y, from: at }

            """
        let folder = try scratchFolder(["p.yaml": yaml])
        let result = try datamin(["ropa", "p.yaml", "--format", "json"], in: folder)
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let purposes = try #require(json.first?["purposes"] as? [[String: Any]])
        #expect(purposes.first?["article9Condition"] as? String == "explicit consent (Art. 9(2)(a))")
    }

    /// The register a DPO files (issue #27): categories of personal data rather than column
    /// names, sources, one overview row per activity, contents for several policies, the
    /// generation date and each policy's hash, and CSV for a ROPA tool.
    @Test func theRegisterHasCategoriesAnOverviewContentsAndCSV() throws {
        let markdown = try datamin(
            ["ropa", "policies/sales-contacts.yaml", "policies/newsletters.yaml"], environment: Self.exampleDay)
        #expect(markdown.status == 0)
        let lines = markdown.stdoutLines
        #expect(lines.first == "Generated on 2026-11-29 by datamin \(DataMinVersion.current) from 2 policies.")
        #expect(lines.contains("- Record of processing activities: newsletters"))
        let overview = lines.filter { $0.hasPrefix("| sales-contacts | ") || $0.hasPrefix("| newsletters | ") }
        #expect(overview.count == 6)
        #expect(
            overview[0].contains(
                "| contact details; name; relationship history; professional details; postal address; correspondence notes |"))
        #expect(
            lines.contains {
                $0.hasPrefix("| Personal data (30(1)(c)) | contact details: `email`, `phone`; name: `last_name`, `first_name`;")
            })
        #expect(lines.contains("| Sources | recorded per record in `source`: web\\_form, trade\\_show, referral, import (Art. 14(2)(f)) |"))
        let hash = SuppressionList.hex(
            SHA256.hash(Array(try Data(contentsOf: repositoryRoot.appendingPathComponent("policies/sales-contacts.yaml")))))
        #expect(lines.contains("| Policy file SHA-256 | \(hash) |"))

        let csv = try datamin(["ropa", "policies/sales-contacts.yaml", "policies/newsletters.yaml", "--format", "csv"])
        let rows = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        // Every item of Art. 30(1) the other formats hold, one row per purpose (SPEC §9).
        let header =
            "Policy,Purpose,Controller,Representative,Data protection officer,Security measures (30(1)(g)),Policy file SHA-256,"
            + "Purpose (30(1)(b)),Lawful basis (Art. 6(1)),Art. 9(2) condition,Art. 10 authorisation,Data subjects (30(1)(c)),"
            + "Personal data (30(1)(c)),Sources,Recipients (30(1)(d)),Transfers (30(1)(e)),Time limit for erasure (30(1)(f)),Profiling,Missing"
        #expect(rows.first == header)
        #expect(rows.count == 7)
        #expect(rows[1].hasPrefix("sales-contacts,sales,\"Example Trading B.V., privacy@example.com\","))
        #expect(rows[1].contains(",\(hash),"))
    }

    /// A policy string that a spreadsheet would run as a formula is written as text.
    @Test func theCSVRegisterDefusesFormulas() throws {
        let hostile = testPolicy.replacingOccurrences(of: "name: e2e\n", with: "name: \"=HYPERLINK(\\\"http://e.example\\\")\"\n")
        let folder = try scratchFolder(["p.yaml": hostile])
        let result = try datamin(["ropa", "p.yaml", "--format", "csv"], in: folder)
        #expect(result.status == 0)
        let rows = result.stdout.components(separatedBy: "\r\n")
        #expect(rows[1].hasPrefix("\"'=HYPERLINK(\"\"http://e.example\"\")\",sales,"))
    }

    @Test func anInvalidPolicyIsExitTwoAndTheOutputIsNotWritten() throws {
        let folder = try scratchFolder(["p.yaml": "version: 1\nname: x\n"])
        let result = try datamin(["ropa", "p.yaml", "--output", "ropa.md"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("p.yaml:1:1: error: the policy is missing 'fields'"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("ropa.md").path))
    }

    /// The register never replaces a policy's suppression list, the Art. 17 evidence.
    @Test func theRegisterIsNotWrittenOverTheSuppressionList() throws {
        let policy = testPolicy.replacingOccurrences(of: "subject: email\n", with: "subject: email\nsuppression: erased.txt\n")
        let folder = try scratchFolder(["p.yaml": policy])
        #expect(try datamin(["suppress", "add", "--policy", "p.yaml", "gone@example.com"], in: folder).status == 0)
        let list = folder.appendingPathComponent("erased.txt")
        let before = try String(contentsOf: list, encoding: .utf8)
        let result = try datamin(["ropa", "p.yaml", "--output", "./erased.txt"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("refusing to write over 'erased.txt', which this run reads; choose another path"))
        #expect(try String(contentsOf: list, encoding: .utf8) == before)
    }

    @Test func theHTMLPageIsSelfContained() throws {
        let page = try String(contentsOf: repositoryRoot.appendingPathComponent("docs/examples/newsletters.html"), encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<style>"))
        #expect(!page.contains("<link") && !page.contains("<script") && !page.contains("src="))
        #expect(page.contains("<h2>Purpose: newsletter-product-a</h2>"))
    }

    /// SPEC §9: each CSV row lists what the policy does not state for it (its own gaps and
    /// its purpose's), not the other purposes' gaps; a zero period is "0 days".
    @Test func eachCSVRowListsOnlyItsOwnGapsAndAZeroPeriodIsZeroDays() throws {
        let policy = """
            version: 1
            name: gaps
            controller: { name: Example B.V., contact: privacy@example.com }
            security: [encryption at rest]
            fields:
              id: { type: string, personal: false }
              email: { type: email }
              d: { type: date }
            purposes:
              complete:
                description: Answering questions.
                lawful_basis: [contract]
                required: [id, email]
                retention: { period: P0D, from: d }
                data_subjects: [customers]
                recipients: [support desk]
                transfers: none
              open:
                lawful_basis: [contract]
                required: [id, email]
                retention: { period: P1Y, from: d }
            """
        let folder = try scratchFolder(["p.yaml": policy])
        let result = try datamin(["ropa", "p.yaml", "--format", "csv"], in: folder)
        #expect(result.status == 0)
        let rows = result.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 3)
        #expect(rows[1].hasPrefix("gaps,complete,"))
        #expect(rows[1].hasSuffix(",0 days from d,not stated,nothing"))
        #expect(rows[2].hasPrefix("gaps,open,"))
        #expect(rows[2].contains("the purpose of purpose 'open' in words"))
        #expect(!rows[1].contains("purpose 'open'"))
        // A gap of the whole policy is on every row.
        let noSecurity = try scratchFolder(["p.yaml": policy.replacingOccurrences(of: "security: [encryption at rest]\n", with: "")])
        let rowsWithoutSecurity = try datamin(["ropa", "p.yaml", "--format", "csv"], in: noSecurity).stdout.components(separatedBy: "\r\n")
        #expect(rowsWithoutSecurity[1].hasSuffix(",a general description of the security measures (Art. 30(1)(g)): add 'security: [ … ]'"))
        #expect(rowsWithoutSecurity[2].contains("the security measures"))
    }
}
