import DataMinTestSupport
import Foundation
import Testing

/// `.datamin.yml` per input (SPEC §11.2): each entry names its policy, purpose, format,
/// delimiter and encoding; `--config` names the file; errors are positioned like a policy's.
@Suite(.serialized) struct PerInputConfigTests {
    static let events = testPolicy.replacingOccurrences(of: "name: e2e", with: "name: events-only")
        .replacingOccurrences(of: "record:\n  purpose: purpose\n", with: "")

    /// A repository (paths in the config may not leave it, nor use '..') with a config of its own name.
    static let files = [
        ".git/HEAD": "", "policies/sales.yaml": testPolicy, "policies/events.yaml": events,
        "ci.yml": """
        inputs:
          - files: "sales/*.csv"
            policy: policies/sales.yaml
          - files: "events/*.txt"
            policy: policies/events.yaml
            purpose: newsletter
            format: csv
            delimiter: ";"
            encoding: windows-1252

        """,
        "sales/a.csv": "id,email,purpose,collected_at\n1,,sales,2026-06-01\n",
        "events/b.txt": "id;email;collected_at\n2;b@example.com;2026-06-01\n3;c@example.com;2026-06-01\n",
    ]

    @Test func eachInputIsCheckedAgainstItsOwnPolicyAndFormat() throws {
        let folder = try scratchFolder(Self.files)
        let result = try datamin(["validate", "--config", "ci.yml", "--as-of", "2026-11-29"], in: folder)
        #expect(result.status == 1)
        #expect(
            result.stdoutLines == [
                "sales/a.csv:2:2: error: required field 'email' is empty for purpose 'sales' [missing-required-field]"
            ])
        #expect(result.stderr.hasPrefix("datamin: 2 files, 3 records, 1 rejected, 1 error, 0 warnings"))
    }

    @Test func configErrorsNameTheFileLineAndColumnWithADidYouMean() throws {
        var files = Self.files
        files["ci.yml"] = """
            inputs:
              - files: "sales/*.csv"
                policy: policies/sales.yaml
                purpose: sale
                format: cvs
                delimter: ";"

            """
        let folder = try scratchFolder(files)
        let result = try datamin(["validate", "--config", "ci.yml"], in: folder)
        #expect(result.status == 2)
        let lines = result.stderr.split(separator: "\n").filter { $0.hasPrefix("ci.yml") }
        #expect(
            lines == [
                "ci.yml:5:13: error: unknown format 'cvs' in an input; did you mean 'csv'?",
                "ci.yml:6:5: error: unknown key 'delimter' in an input; did you mean 'delimiter'?",
            ])
        files["ci.yml"] = "inputs:\n  - files: \"sales/*.csv\"\n    policy: policies/sales.yaml\n    purpose: sale\n"
        let purpose = try datamin(["validate", "--config", "ci.yml"], in: try scratchFolder(files))
        #expect(purpose.status == 2)
        #expect(
            purpose.stderr.hasPrefix(
                "ci.yml:4:14: error: unknown purpose 'sale'; did you mean 'sales'?; policy 'e2e' defines: sales, newsletter"))
        // A syntax error names the config as the user does, as every other error does.
        files[".datamin.yml"] = "inputs:\n  - files: \"sales/*.csv\"\n    policy: policies/sales.yaml\n    policy: x.yaml\n"
        let syntax = try datamin(["validate"], in: try scratchFolder(files))
        #expect(syntax.status == 2)
        #expect(
            syntax.stderr.hasPrefix(
                ".datamin.yml:4:5: error: duplicate key 'policy' (first defined on line 3); remove one of them"))
    }

    @Test func anInputWithNoPolicyAnywhereIsAUsageError() throws {
        var files = Self.files
        files["ci.yml"] = "inputs:\n  - files: \"sales/*.csv\"\n"
        let result = try datamin(["validate", "--config", "ci.yml"], in: try scratchFolder(files))
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "datamin: error: no policy for 'sales/a.csv': pass --policy FILE, or give .datamin.yml a 'policy:' (at the top or on the input's entry)\n"
        )
    }
}

/// What the review of per-input configuration found, kept fixed.
@Suite(.serialized) struct PerInputConfigEdgeTests {
    static let other = testPolicy.replacingOccurrences(of: "name: e2e", with: "name: other")

    /// Files of one policy share one run even when another policy's file sorts between them.
    @Test func duplicateSubjectLooksAcrossEveryFileOfAPolicy() throws {
        let row = "1,same@example.com,sales,2026-01-01\n"
        let folder = try scratchFolder([
            ".git/HEAD": "", "p1.yaml": testPolicy, "p2.yaml": Self.other,
            ".datamin.yml":
                "inputs:\n  - files: \"a/*.csv\"\n    policy: p1.yaml\n  - files: \"b/*.csv\"\n    policy: p2.yaml\n  - files: \"c/*.csv\"\n    policy: ./p1.yaml\n",
            "a/x.csv": "id,email,purpose,collected_at\n" + row, "b/y.csv": "id,email,purpose,collected_at\n" + row,
            "c/z.csv": "id,email,purpose,collected_at\n" + row,
        ])
        let result = try datamin(["validate", "--as-of", "2026-11-29", "--format", "json"], in: folder)
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let files = try #require(report?["files"] as? [[String: Any]])
        #expect(files.map { $0["path"] as? String } == ["a/x.csv", "c/z.csv", "b/y.csv"])
        let checks = files.map { ($0["violations"] as? [[String: Any]] ?? []).map { $0["check"] as? String } }
        #expect(checks == [[], ["duplicate-subject"], []])
    }

    @Test func aHookThatMatchesNoFileExitsCleanWithEntryPolicies() throws {
        let folder = try scratchFolder([
            ".git/HEAD": "", "p1.yaml": testPolicy, ".datamin.yml": "inputs:\n  - files: \"imports/*.csv\"\n    policy: p1.yaml\n",
            "package.json": "{}",
        ])
        let result = try datamin(["validate", "--only-configured", "package.json"], in: folder)
        #expect(result.status == 0)
        #expect(result.stderr == "datamin: none of the files is named by an 'inputs:' entry of .datamin.yml; nothing to validate\n")
        let lint = try datamin(["lint"], in: folder)
        #expect(lint.status == 0)
        #expect(lint.stderr == "p1.yaml: ok\n")
    }

    @Test func anEmptyGlobIsAnErrorAndNdjsonIsJSONLines() throws {
        let folder = try scratchFolder([
            ".git/HEAD": "", "p1.yaml": testPolicy,
            ".datamin.yml":
                "inputs:\n  - files: \"\"\n    policy: p1.yaml\n  - files: \"*.log\"\n    policy: p1.yaml\n    format: NDJSON\n",
        ])
        let result = try datamin(["validate"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix(".datamin.yml:2:12: error: 'files' is empty; give a glob such as \"imports/*.csv\""))
        #expect(!result.stderr.contains("format"))
    }

    @Test func aFoldNoteSaysAllRecordsOnlyWhenEveryRecordHasTheCause() throws {
        let rows = (1...12).map {
            "\($0),p\($0)@example.com,sales,2026-01-01,\($0 % 2 == 0 ? "mail x\($0)@example.org or call +31612345678" : "ok")"
        }
        let folder = try scratchFolder([
            "policy.yaml": testPolicy, "in.csv": "id,email,purpose,collected_at,notes\n" + rows.joined(separator: "\n") + "\n",
        ])
        let result = try datamin(["validate", "in.csv", "--policy", "policy.yaml", "--as-of", "2026-11-29"], in: folder)
        #expect(result.stdoutLines.filter { $0.hasSuffix("[pii-in-free-text]") }.count == 10)
        #expect(
            result.stdoutLines.contains("in.csv: note: 2 more [pii-in-free-text] findings on field 'notes' not listed (--all lists them)"))
        #expect(!result.stdout.contains("all 12 records"))
    }

    @Test func didYouMeansNameWhatIsMissingAndTheUnknownPurposePart() throws {
        let folder = try scratchFolder([
            "policy.yaml": testPolicy,
            "in.csv": "id,email,purpose,collected_at,Email,ip,Collected At\n1,a@example.com,sales,2026-01-01,x,y,z\n",
        ])
        let result = try datamin(["validate", "in.csv", "--policy", "policy.yaml", "--as-of", "2026-11-29", "--all"], in: folder)
        let undeclared = result.stdoutLines.filter { $0.hasSuffix("[undeclared-field]") }
        #expect(
            undeclared == [
                "in.csv:1:5: error: field 'Email' is not declared in policy 'e2e' [undeclared-field]",
                "in.csv:1:6: error: field 'ip' is not declared in policy 'e2e' [undeclared-field]",
                "in.csv:1:7: error: field 'Collected At' is not declared in policy 'e2e' [undeclared-field]",
            ])
        let purpose = try datamin(["validate", "in.csv", "--policy", "policy.yaml", "--purpose", "sales;sale"], in: folder)
        #expect(
            purpose.stderr
                == "datamin: error: unknown purpose 'sale' in --purpose 'sales;sale'; did you mean 'sales'? policy 'e2e' defines: sales, newsletter\n"
        )
    }

    @Test func aWordTODOIsAWordNotAnOpenDecision() throws {
        let policy = testPolicy.replacingOccurrences(
            of: "source: { type: enum, values: [web_form, trade_show], personal: false }",
            with: "source: { type: enum, values: [TODO, DONE], personal: false }")
        let folder = try scratchFolder(["policy.yaml": policy])
        #expect(try datamin(["lint", "policy.yaml"], in: folder).status == 0)
    }
}
