import DataMinTestSupport
import Foundation
import Testing

/// A gate a team can adopt step by step (SPEC §11.1): how strict the exit code is, severities
/// from the command line, a check explained, and a did-you-mean for every name one can mistype.
@Suite(.serialized) struct GradualGateTests {
    let files = [
        "policy.yaml": testPolicy,
        "in.csv": "id,email,purpose,collected_at,Phone\n1,a@example.com,sales,2026-01-01,x\n2,a@example.com,sales,2026-01-01,y\n",
    ]

    @Test func theFailLevelDecidesWhatFailsTheRun() throws {
        let folder = try scratchFolder(files)
        let base = ["validate", "in.csv", "--policy", "policy.yaml", "--as-of", "2026-11-29", "--severity", "undeclared-field=off"]
        // Only a warning (duplicate-subject) is left.
        #expect(try datamin(base, in: folder).status == 0)
        #expect(try datamin(base + ["--fail-level", "warning"], in: folder).status == 1)
        let withErrors = ["validate", "in.csv", "--policy", "policy.yaml", "--as-of", "2026-11-29"]
        #expect(try datamin(withErrors, in: folder).status == 1)
        #expect(try datamin(withErrors + ["--fail-level", "never"], in: folder).status == 0)
        // An input that cannot be read fails whatever the level.
        #expect(try datamin(withErrors + ["missing.csv", "--fail-level", "never"], in: folder).status == 2)
    }

    @Test func severitiesFromTheCommandLineGoOverThePolicys() throws {
        let folder = try scratchFolder(files)
        let result = try datamin(
            [
                "validate", "in.csv", "--policy", "policy.yaml", "--as-of", "2026-11-29", "--severity", "undeclared-field=warning",
                "--severity", "duplicate-subject=off",
            ], in: folder)
        #expect(result.status == 0)
        #expect(
            result.stdoutLines == [
                "in.csv:1:5: warning: field 'Phone' is not declared in policy 'e2e'; did you mean 'phone'? [undeclared-field]"
            ])
        let typo = try datamin(["validate", "in.csv", "--policy", "policy.yaml", "--severity", "duplicate-subjects=off"], in: folder)
        #expect(typo.status == 2)
        #expect(
            typo.stderr.contains(
                "--severity 'duplicate-subjects=off': unknown check 'duplicate-subjects'; did you mean 'duplicate-subject'?"))
        let level = try datamin(["validate", "in.csv", "--policy", "policy.yaml", "--severity", "duplicate-subject=loud"], in: folder)
        #expect(level.status == 2)
        #expect(level.stderr.contains("--severity 'duplicate-subject=loud': write CHECK=error, CHECK=warning or CHECK=off"))
    }

    @Test func aMistypedPurposeOrCommandGetsADidYouMean() throws {
        let folder = try scratchFolder(files)
        let purpose = try datamin(["validate", "in.csv", "--policy", "policy.yaml", "--purpose", "sale"], in: folder)
        #expect(purpose.status == 2)
        #expect(
            purpose.stderr
                == "datamin: error: unknown purpose 'sale' for --purpose; did you mean 'sales'? policy 'e2e' defines: sales, newsletter\n")
        let command = try datamin(["vaildate"], in: folder)
        #expect(command.status == 2)
        #expect(command.stderr == "datamin: error: unknown command 'vaildate'; did you mean 'validate'?\n")
    }

    @Test func explainSaysWhenACheckFiresAndWhatToDo() throws {
        let result = try datamin(["explain", "retention-due"])
        #expect(result.status == 0)
        let lines = result.stdoutLines
        #expect(lines.first == "retention-due: Retention ends within the --due-within window (off without it; a warning with it).")
        #expect(lines.contains("Severity: off; warning with `--due-within` (a policy's 'checks:' or --severity changes it)"))
        #expect(lines.contains("Enforces: Art. 5(1)(e)"))
        #expect(
            lines.contains(
                "What to do: Plan the record's deletion before its retention ends, or put it on legal hold if a law requires keeping it."))
        #expect(lines.contains("Fails:") && lines.contains("Passes:"))
        let unknown = try datamin(["explain", "retention-dew"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "datamin: error: unknown check 'retention-dew'; did you mean 'retention-due'?\n")
    }

    @Test func theSchemaCommandPrintsTheSchemaFile() throws {
        let result = try datamin(["schema"])
        #expect(result.status == 0)
        #expect(
            result.stdout == (try String(contentsOf: repositoryRoot.appendingPathComponent("docs/policy.schema.json"), encoding: .utf8)))
    }
}

/// One line per cause (SPEC §11.1): text and GitHub output list a repeating (file, check,
/// field) ten times, then count the rest; a cause on every record is said to be one.
@Suite(.serialized) struct FoldedOutputTests {
    @Test func aRepeatingCauseIsListedTenTimesThenCounted() throws {
        let rows = (1...25).map { "\($0),person\($0)@example.com,sales,01/02/2026" }.joined(separator: "\n")
        let folder = try scratchFolder(["policy.yaml": testPolicy, "in.csv": "id,email,purpose,collected_at\n\(rows)\n"])
        let folded = try datamin(["validate", "in.csv", "--policy", "policy.yaml", "--as-of", "2026-11-29"], in: folder)
        #expect(folded.status == 1)
        let lines = folded.stdoutLines
        // Each row: collected_at is invalid (invalid-value) and so retention cannot start (retention-unknown).
        #expect(lines.filter { $0.hasSuffix("[invalid-value]") }.count == 10)
        #expect(lines.filter { $0.hasSuffix("[retention-unknown]") }.count == 10)
        #expect(
            Array(lines.suffix(4)) == [
                "in.csv: note: 15 more [invalid-value] findings on field 'collected_at' not listed (--all lists them)",
                "in.csv: note: all 25 records have [invalid-value] on field 'collected_at': one cause for the whole file, such as a missing column or one format for the whole column; fix it once",
                "in.csv: note: 15 more [retention-unknown] findings on field 'collected_at' not listed (--all lists them)",
                "in.csv: note: all 25 records have [retention-unknown] on field 'collected_at': one cause for the whole file, such as a missing column or one format for the whole column; fix it once",
            ])
        let all = try datamin(["validate", "in.csv", "--policy", "policy.yaml", "--as-of", "2026-11-29", "--all"], in: folder)
        #expect(all.stdoutLines.count == 50)
        // GitHub annotations fold the same way, each note a notice.
        let github = try datamin(
            ["validate", "in.csv", "--policy", "policy.yaml", "--as-of", "2026-11-29", "--format", "github"], in: folder)
        #expect(github.stdoutLines.filter { $0.hasPrefix("::error ") }.count == 10)
        #expect(
            github.stdoutLines.contains(
                "::notice title=datamin::in.csv: note: 15 more [retention-unknown] findings on field 'collected_at' not listed (--all lists them)"
            ))
        let pointer = "the job summary counts them all, and --report sarif:FILE or --report json:FILE lists them"
        // The count of what was not annotated comes before the notes: GitHub shows ten notices.
        #expect(github.stdoutLines.count == 15)
        #expect(
            github.stdoutLines[10]
                == "::notice title=datamin::10 more findings not annotated (10 because GitHub shows 10 per type); \(pointer)")
        // Other formats list every finding.
        let json = try datamin(["validate", "in.csv", "--policy", "policy.yaml", "--as-of", "2026-11-29", "--format", "json"], in: folder)
        let report = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let files = report?["files"] as? [[String: Any]]
        #expect((files?.first?["violations"] as? [Any])?.count == 50)
    }
}

/// A failed export must not pass (SPEC §11.3): no bytes, or nothing but blank lines, is a
/// failure, a header (or `[]`) and no record a warning, and a header-only CSV still names
/// the required columns it lacks.
@Suite(.serialized) struct EmptyInputTests {
    @Test func anEmptyFileFailsAndAHeaderOnlyFileWarns() throws {
        let folder = try scratchFolder([
            "policy.yaml": testPolicy, "empty.csv": "", "header.csv": "id,purpose,collected_at\n", "blank.jsonl": "\n\n",
            "none.json": "[]\n",
        ])
        let result = try datamin(
            [
                "validate", "empty.csv", "header.csv", "blank.jsonl", "none.json", "--policy", "policy.yaml", "--purpose", "sales",
                "--as-of", "2026-11-29",
            ],
            in: folder)
        #expect(result.status == 2)
        #expect(
            result.stdoutLines == [
                "header.csv:1: error: required field 'email' of purpose 'sales' is not a column of this file [missing-required-field]",
                "header.csv:1: warning: the input has no record; check that the export ran in full [empty-input]",
                "none.json:1: warning: the input has no record; check that the export ran in full [empty-input]",
            ])
        #expect(
            result.stderr.hasPrefix(
                "empty.csv: error: the input is empty (0 bytes), which an export that ran never is; export it again, or remove it from the run\n"
                    + "blank.jsonl: error: the input holds no header and no record (2 bytes of blank lines, spaces or marks), "
                    + "which an export that ran never is; export it again, or remove it from the run\n"
            ))
        let json = try datamin(["validate", "empty.csv", "--policy", "policy.yaml", "--format", "json"], in: folder)
        #expect(json.status == 2)
        #expect(json.stdout.contains("\"code\": \"input-empty\""))
    }

    @Test func lintWarnsWhenTheSuppressionListIsMissing() throws {
        let policy = testPolicy.replacingOccurrences(of: "subject: email\n", with: "subject: email\nsuppression: erased.txt\n")
        let folder = try scratchFolder(["policy.yaml": policy])
        let result = try datamin(["lint", "policy.yaml"], in: folder)
        #expect(result.status == 0)
        #expect(
            result.stdoutLines.first
                == "policy.yaml:4:14: warning: the suppression list 'erased.txt' does not exist, so validate refuses to run; create it with 'datamin suppress add --policy policy.yaml'"
        )
        #expect(result.stderr == "policy.yaml: ok, 1 warning\n")
    }
}
