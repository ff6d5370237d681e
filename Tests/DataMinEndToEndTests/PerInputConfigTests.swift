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
