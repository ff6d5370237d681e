import Foundation
import Testing

/// The project config is trusted only inside its repository, and nothing from a data file
/// reaches a message unless it is a declared field name or `--show-values` is given.
@Suite(.serialized) struct ConfigTrustTests {
    private let records = "id,email,purpose,collected_at\n1,a@example.com,sales,2026-01-01\n2,bad,sales,2026-01-01\n"

    @Test func aConfigAboveTheRepositoryRootIsNotUsed() throws {
        // A lax config in a parent folder would turn the failing run into a pass.
        let folder = try scratchFolder([
            ".datamin.yml": "policy: lax.yaml\n",
            "lax.yaml": testPolicy.replacingOccurrences(of: "email: { type: email }", with: "email: { type: string }"),
            "repo/.git/HEAD": "", "repo/in.csv": records,
        ])
        let result = try datamin(["validate", "in.csv"], in: folder.appendingPathComponent("repo"))
        #expect(result.status == 2)
        #expect(result.stderr == "datamin: error: no policy: pass --policy FILE or add a .datamin.yml with 'policy: <file>'\n")
    }

    @Test func outsideARepositoryOnlyTheCurrentFolderIsLookedIn() throws {
        let folder = try scratchFolder([".datamin.yml": "policy: policy.yaml\n", "policy.yaml": testPolicy, "sub/in.csv": records])
        let result = try datamin(["validate", "in.csv"], in: folder.appendingPathComponent("sub"))
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("datamin: error: no policy"))
    }

    @Test func aBrokenConfigIsNotReadWhenPolicyAndFilesAreGiven() throws {
        let hugeLine = "{" + (0..<8_000).map { "k\($0): v" }.joined(separator: ", ") + "}\n"
        let folder = try scratchFolder([".git/HEAD": "", ".datamin.yml": hugeLine, "policy.yaml": testPolicy, "sub/in.csv": records])
        let run = try measuredDatamin(
            ["validate", "in.csv", "--policy", "../policy.yaml", "--as-of", "2026-11-29"], in: folder.appendingPathComponent("sub"))
        #expect(run.result.status == 1)
        #expect(run.result.stdout == "in.csv:3:2: error: field 'email' is not a valid email address [invalid-value]\n")
        // Without --policy the config is needed: its errors are listed, briefly.
        let needed = try measuredDatamin(["validate", "in.csv"], in: folder.appendingPathComponent("sub"))
        #expect(needed.result.status == 2)
        #expect(needed.result.stderr.utf8.count < 64 << 10)
        #expect(needed.seconds < 10)
    }

    @Test(arguments: ["../secret.env", "/etc/hostname", "sub/../../secret.env"])
    func configPathsMayNotLeaveTheRepository(path: String) throws {
        let folder = try scratchFolder([
            "secret.env": "API_TOKEN=hunter2-secret\n", "repo/.git/HEAD": "",
            "repo/.datamin.yml": "policy: \(path)\n", "repo/in.csv": records,
        ])
        let result = try datamin(["validate", "in.csv"], in: folder.appendingPathComponent("repo"))
        #expect(result.status == 2)
        #expect(result.stderr.contains(".datamin.yml:1:9: error: 'policy' must"))
        #expect(!result.stderr.contains("hunter2"))
    }

    @Test func aGlobMayNotLeaveTheRepository() throws {
        let folder = try scratchFolder([
            "repo/.git/HEAD": "", "repo/policy.yaml": testPolicy,
            "repo/.datamin.yml": "policy: policy.yaml\ninputs:\n  - files: \"../*.csv\"\n",
        ])
        let result = try datamin(["validate"], in: folder.appendingPathComponent("repo"))
        #expect(result.status == 2)
        #expect(result.stderr.contains(".datamin.yml:3:12: error: 'files' must stay inside the repository"))
    }

    @Test func helpSaysWhichConfigARunWouldUse() throws {
        let folder = try scratchFolder([".git/HEAD": "", ".datamin.yml": "policy: p.yaml\n", "sub/x": ""])
        let help = try datamin(["validate", "--help"], in: folder.appendingPathComponent("sub"))
        let text = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("not read at all when both --policy and FILEs are given"))
        #expect(text.contains("From here: \(folder.path)/.datamin.yml."))
    }
}

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

/// Control characters that reach standard error (a file name, a policy string in a message)
/// are shown as escapes, so they cannot move the cursor or forge a line of output.
@Suite(.serialized) struct TerminalEscapeTests {
    @Test func aFileNameCannotRewriteTheTerminal() throws {
        let name = "p\u{1B}[2Jx\rforged.yaml"
        let folder = try scratchFolder([name: testPolicy])
        let result = try datamin(["lint", name], in: folder)
        #expect(result.status == 0)
        #expect(result.stderr == "p\\u{1B}[2Jx\\rforged.yaml: ok\n")
    }
}
