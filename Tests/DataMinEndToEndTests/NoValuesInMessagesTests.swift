import DataMinTestSupport
import Foundation
import Testing

@Suite(.serialized) struct NoValuesInMessagesTests {
    @Test func aDataFilePassedAsThePolicyIsNotEchoed() throws {
        let folder = try scratchFolder([
            "leads.csv": "email,name\nanna.secret@example.com,Anna Secret\n",
            "leads.jsonl": "{\"email\": \"anna.secret@example.com\", \"name\": \"Anna Secret\"}\n{\"email\": \"bob.secret@example.com\"}\n",
            "leads.yaml": "{\"email\": \"anna.secret@example.com\", \"name\": \"Anna Secret\"}\n",
            "keyed.json": "{\"anna.secret@example.com\": {\"name\": \"Anna\"}, \"version\": \"secret-2\"}\n",
        ])
        for policy in ["leads.csv", "leads.jsonl", "leads.yaml", "keyed.json"] {
            let result = try datamin(["lint", policy], in: folder)
            #expect(result.status == 2, "\(policy)")
            #expect(!(result.stdout + result.stderr).contains("secret"), "\(policy): \(result.stdout)")
            #expect(result.stdout.contains("this does not look like a YAML policy"), "\(policy): \(result.stdout)")
        }
    }

    @Test func aHeaderlessCSVIsOneFailureThatQuotesNoCell() throws {
        let folder = try scratchFolder([
            "policy.yaml": testPolicy, "in.csv": "anna.secret@example.com,+31612345678,Anna\nb@example.com,+31612345679,Bob\n",
        ])
        // One file-level failure that quotes no cell, in every format and even with --show-values (SPEC §11.3).
        for extra in [[], ["--show-values"], ["--format", "json"]] {
            let result = try datamin(["validate", "in.csv", "--policy", "policy.yaml", "--purpose", "sales"] + extra, in: folder)
            #expect(result.status == 2)
            let output = result.stdout + result.stderr
            #expect(
                output.contains(
                    "in.csv:1:1: error: the first row looks like data, not a header (column 1 holds what looks like a value, not a name); add a header row naming the columns"
                ) || extra.contains("json"))
            #expect(output.contains("input-header-invalid") || !extra.contains("json"))
            #expect(!output.contains("secret") && !output.contains("+316") && !output.contains("Anna"))
        }
    }

    /// A first row of words is caught too: none of them names a declared field.
    @Test func aFirstRowThatNamesNoDeclaredFieldIsOneFailure() throws {
        let folder = try scratchFolder(["policy.yaml": testPolicy, "in.csv": "Jane Doe,Berlin,female,diabetes\nJan,Gent,male,asthma\n"])
        let result = try datamin(["validate", "in.csv", "--policy", "policy.yaml", "--purpose", "sales"], in: folder)
        #expect(result.status == 2)
        #expect(
            result.stderr.contains(
                "in.csv:1: error: none of the 4 cells of the first row names a field of policy 'e2e'; if the file has no header row, add one; if it is another export, check it against its own policy"
            ))
        #expect(!(result.stdout + result.stderr).contains("diabetes") && !(result.stdout + result.stderr).contains("Jane"))
    }

    @Test func jsonKeyedByEmailAddressShowsNoAddress() throws {
        let record =
            "{\"id\":\"1\",\"email\":\"a@example.com\",\"purpose\":\"sales\",\"collected_at\":\"2026-01-01\",\"anna.secret@example.com\":{\"x\":1}}"
        let folder = try scratchFolder([
            "policy.yaml": testPolicy,
            "in.jsonl": record + "\n" + record.replacingOccurrences(of: "}}", with: "},\"anna.secret@example.com\":2}") + "\n",
        ])
        for format in ["text", "json", "sarif", "junit", "github"] {
            let result = try datamin(
                ["validate", "in.jsonl", "--policy", "policy.yaml", "--as-of", "2026-11-29", "--format", format], in: folder)
            #expect(result.status == 1)
            #expect(!(result.stdout + result.stderr).contains("secret"), "\(format)")
        }
    }

    @Test func controlCharactersInNamesCannotForgeOutputLines() throws {
        let forged = "x\u{1B}[2J\rforged.csv:1:1: error: fake [undeclared-field]"
        let folder = try scratchFolder([
            "policy.yaml": testPolicy,
            "in.csv": "id,email,purpose,collected_at,\"\(forged)\"\n1,a@example.com,sales,2026-01-01,z\n",
            "in.jsonl":
                "{\"id\":\"1\",\"email\":\"a@example.com\",\"purpose\":\"sales\",\"collected_at\":\"2026-01-01\",\"note\\u001b[31m\\nforged\":1}\n",
        ])
        for file in ["in.csv", "in.jsonl"] {
            for extra in [[], ["--show-values"]] {
                let result = try datamin(["validate", file, "--policy", "policy.yaml", "--as-of", "2026-11-29"] + extra, in: folder)
                #expect(result.stdoutLines.count == 1, "\(file) \(extra): \(result.stdout)")
                #expect(!result.stdout.contains("\u{1B}") && !result.stdout.contains("\r"), "\(file) \(extra)")
            }
        }
        let shown = try datamin(["validate", "in.csv", "--policy", "policy.yaml", "--as-of", "2026-11-29", "--show-values"], in: folder)
        #expect(
            shown.stdout
                == "in.csv:1:5: error: field 'x\\u{1B}[2J\\rforged.csv:1:1: error: fake [undeclared-field]' is not declared in policy 'e2e' [undeclared-field]\n"
        )
    }
}
