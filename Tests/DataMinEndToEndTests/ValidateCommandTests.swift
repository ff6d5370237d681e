import DataMinCore
import DataMinTestSupport
import Foundation
import Testing

/// The real executable on real files.
@Suite(.serialized) struct ValidateCommandTests {
    private let asOf = ["--as-of", "2026-11-29"]

    @Test func cleanFileExitsZeroWithOnlyTheSummaryOnStderr() throws {
        let result = try datamin(
            ["validate", "fixtures/leads-clean.csv", "--policy", "policies/sales-contacts.yaml", "--purpose", "sales"] + asOf)
        #expect(result.status == 0)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("datamin: 1 file, 2 records, 0 rejected, 0 errors, 0 warnings in "))
    }

    @Test func tradeShowFixtureShowsEachPlantedViolationAtItsLine() throws {
        let result = try datamin(
            ["validate", "fixtures/leads-trade-show.csv", "--policy", "policies/sales-contacts.yaml", "--purpose", "sales"] + asOf)
        #expect(result.status == 1)
        #expect(
            result.stdoutLines == [
                "fixtures/leads-trade-show.csv:1:13: error: field 'date_of_birth' is not declared in policy 'sales-contacts' [undeclared-field]",
                "fixtures/leads-trade-show.csv:1:14: error: field 'religion' is not declared in policy 'sales-contacts' and its name suggests special-category data (religious or philosophical beliefs, Art. 9(1)) [special-category-field]",
                "fixtures/leads-trade-show.csv:4:11: error: record is past its retention for purpose 'sales': 'collected_at' + P2Y ended before 2026-11-29 [retention-exceeded]",
                "fixtures/leads-trade-show.csv:5:8: error: field 'phone' is not an E.164 phone number ('+', then 7 to 15 digits, no spaces) [invalid-value]",
                "fixtures/leads-trade-show.csv:6:4: warning: subject 'email' already occurred earlier in this run [duplicate-subject]",
            ])
        #expect(result.stderr.hasPrefix("datamin: 1 file, 4 records, 2 rejected, 4 errors, 1 warning in "))
    }

    @Test func newsletterFixtureShowsConsentObjectionAgeAndErasureProblemsWithoutColumns() throws {
        let result = try datamin(["validate", "fixtures/newsletter-signups.jsonl", "--policy", "policies/newsletters.yaml"] + asOf)
        #expect(result.status == 1)
        #expect(
            result.stdoutLines == [
                "fixtures/newsletter-signups.jsonl:2: error: purpose 'newsletter-product-a' relies on consent but 'consent_given_at' is empty [missing-consent-evidence]",
                "fixtures/newsletter-signups.jsonl:2: error: retention for purpose 'newsletter-product-a' cannot be evaluated: 'consent_given_at' is empty [retention-unknown]",
                "fixtures/newsletter-signups.jsonl:3: error: 'consent_scope' records consent for another scope; purpose 'newsletter-product-a' needs consent for 'product-a' [consent-scope-mismatch]",
                "fixtures/newsletter-signups.jsonl:6: error: purpose 'newsletter-product-a' relies on consent that 'consent_withdrawn_at' records as withdrawn [consent-withdrawn]",
                "fixtures/newsletter-signups.jsonl:7: error: the subject objected to purpose 'newsletter-product-a' ('unsubscribed_at') but the record is processed for it (Art. 21(3): direct marketing stops on objection) [objection-ignored]",
                "fixtures/newsletter-signups.jsonl:8: error: the subject is younger than 16, the minimum age for purpose 'newsletter-product-a' [below-minimum-age]",
                "fixtures/newsletter-signups.jsonl:9: error: the subject in 'email' was erased and is on the suppression list; do not import it again [erased-subject]",
                "fixtures/newsletter-signups.jsonl:10: error: purpose 'newsletter-product-a' relies on double opt-in consent but 'doi_confirmed_at' holds no confirmation on or after the consent [missing-consent-evidence]",
            ])
        // The erased address is in the list only as a salted hash.
        let list = try String(contentsOf: repositoryRoot.appendingPathComponent("policies/erased-subjects.txt"), encoding: .utf8)
        #expect(!list.lowercased().contains("erik"))
    }

    @Test func linesAndColumnsStayExactAfterQuotedLineBreaksCRLFAndABOM() throws {
        let csv =
            "\u{FEFF}id,email,notes,purpose,phone,collected_at\r\n"
            + "1,a@example.com,\"two\r\nlines\",sales,+31201234567,2026-01-01\r\n"
            + "2,b@example.com,\"x\",sales,0612,2026-01-01\r\n"
            + "3,c@example.com,\"three\nlines\nhere\",sales,,2026-01-01\r\n"
            + "4,bad,,sales,,2026-01-01\r\n"
        let folder = try scratchFolder(["policy.yaml": testPolicy, "in.csv": csv])
        let result = try datamin(["validate", "in.csv", "--policy", "policy.yaml"] + asOf, in: folder)
        #expect(
            result.stdoutLines == [
                "in.csv:4:5: error: field 'phone' is not an E.164 phone number ('+', then 7 to 15 digits, no spaces) [invalid-value]",
                "in.csv:8:2: error: field 'email' is not a valid email address [invalid-value]",
            ])
    }

    @Test func semicolonExportsFromEuropeanSpreadsheetsAreDetected() throws {
        let csv = "id;email;purpose;collected_at\n1;a@example.com;sales;2026-01-01\n"
        let folder = try scratchFolder(["policy.yaml": testPolicy, "export.csv": csv])
        let result = try datamin(["validate", "export.csv", "--policy", "policy.yaml"] + asOf, in: folder)
        #expect(result.status == 0, "\(result.stdout)")
    }

    @Test func stdinNeedsAnInputFormatAndIsReportedAsDash() throws {
        let folder = try scratchFolder(["policy.yaml": testPolicy])
        let input =
            "{\"id\":\"1\",\"email\":\"a@example.com\",\"purpose\":\"sales\",\"collected_at\":\"2026-01-01\"}\n{\"id\":\"2\",\"purpose\":\"sales\",\"collected_at\":\"2026-01-01\"}\n"
        let result = try datamin(["validate", "-", "--input-format", "jsonl", "--policy", "policy.yaml"] + asOf, in: folder, stdin: input)
        #expect(result.status == 1)
        #expect(result.stdoutLines == ["-:2: error: required field 'email' is missing for purpose 'sales' [missing-required-field]"])
        let unknown = try datamin(["validate", "-", "--policy", "policy.yaml"], in: folder, stdin: input)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("-: error: cannot tell the input format from the name; pass --input-format csv, json or jsonl\n"))
    }

    @Test func unknownPurposeBadPolicyUnreadableFileAndBadUsageExitTwo() throws {
        let folder = try scratchFolder([
            "policy.yaml": testPolicy, "typo.yaml": testPolicy.replacingOccurrences(of: "    optional:", with: "    optinal:"),
            "in.csv": "id\n1\n",
        ])
        let purpose = try datamin(["validate", "in.csv", "--policy", "policy.yaml", "--purpose", "marketing"], in: folder)
        #expect(purpose.status == 2)
        #expect(purpose.stderr == "datamin: error: unknown purpose 'marketing' for --purpose; policy 'e2e' defines: sales, newsletter\n")
        let policy = try datamin(["validate", "in.csv", "--policy", "typo.yaml"], in: folder)
        #expect(policy.status == 2)
        #expect(
            policy.stderr.hasPrefix(
                "typo.yaml:19:5: error: unknown key 'optinal' in purpose 'sales'; did you mean 'optional'?\n    optinal: [name, phone, notes]\n    ^\n"
            ))
        let missing = try datamin(["validate", "nope.csv", "--policy", "policy.yaml"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("nope.csv: error: cannot read input: No such file or directory\n"))
        let usage = try datamin(["validate", "in.csv", "--policy", "policy.yaml", "--format", "xml"], in: folder)
        #expect(usage.status == 2)
        #expect(usage.stderr.contains("--format"))
        let date = try datamin(["validate", "in.csv", "--policy", "policy.yaml", "--as-of", "2026-02-30"], in: folder)
        #expect(date.status == 2)
    }

    @Test func maxViolationsCutsTheListButNotTheCounts() throws {
        var csv = "id,email,purpose,collected_at\n"
        for index in 1...5 { csv += "\(index),bad-\(index),sales,2026-01-01\n" }
        let folder = try scratchFolder(["policy.yaml": testPolicy, "in.csv": csv])
        let text = try datamin(["validate", "in.csv", "--policy", "policy.yaml", "--max-violations", "2"] + asOf, in: folder)
        #expect(text.status == 1)
        #expect(text.stdoutLines.count == 2)
        #expect(text.stderr.contains("5 rejected, 5 errors, 0 warnings in "))
        #expect(text.stderr.contains("(3 violations not shown: 3 invalid-value; raise --max-violations, 0 shows all)"))
        let json = try datamin(
            ["validate", "in.csv", "--policy", "policy.yaml", "--max-violations", "2", "--format", "json"] + asOf, in: folder)
        let report = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let stats = report?["stats"] as? [String: Any]
        #expect(stats?["errors"] as? Int == 5)
        #expect(stats?["truncated"] as? Bool == true)
        // SPEC §11.3: a capped list says per check what it does not list.
        #expect(stats?["notListed"] as? [String: Int] == ["invalid-value": 3])
        let sarif = try datamin(
            ["validate", "in.csv", "--policy", "policy.yaml", "--max-violations", "2", "--format", "sarif"] + asOf, in: folder)
        #expect(sarif.stdout.contains("3 violations were not listed because of --max-violations: 3 invalid-value; counts are complete"))
        let html = try datamin(
            ["validate", "in.csv", "--policy", "policy.yaml", "--max-violations", "2", "--format", "html"] + asOf, in: folder)
        #expect(html.stdout.contains("3 findings counted but not listed (<code>--max-violations</code>): 3 invalid-value.</p>"))
        let files = report?["files"] as? [[String: Any]]
        #expect((files?.first?["violations"] as? [Any])?.count == 2)
    }

    @Test(arguments: ["text", "json", "sarif", "junit", "github", "summary"])
    func plantedValuesAppearInNoOutputFormatAndNoStderrLine(format: String) throws {
        let planted = "QXZJ7731"
        let csv =
            "id,email,phone,notes,purpose,source,collected_at,\(planted)col\n"
            + "1,\(planted)@,+\(planted),call \(planted)@example.com,sales,\(planted),\(planted),x\n"
            + "2,\(planted)@example.com,,,\(planted),web_form,2020-01-01,x\n"
            + "3,\(planted)@example.com,,,sales,web_form,2026-01-01,x\n"
            + "4,\"\(planted)\n"
        let folder = try scratchFolder(["policy.yaml": testPolicy, "in.csv": csv])
        let result = try datamin(["validate", "in.csv", "--policy", "policy.yaml", "--format", format] + asOf, in: folder)
        #expect(result.status == 1)
        let withoutColumnName = (result.stdout + result.stderr).replacingOccurrences(of: "\(planted)col", with: "")
        #expect(!withoutColumnName.contains(planted), "\(format) output leaks a value")
        let shown = try datamin(["validate", "in.csv", "--policy", "policy.yaml", "--format", format, "--show-values"] + asOf, in: folder)
        if format != "summary" { #expect(shown.stdout.replacingOccurrences(of: "\(planted)col", with: "").contains(planted)) }
    }

    @Test func strippedCopyRevalidatesCleanAndRejectsHoldTheRest() throws {
        let folder = try scratchFolder([:])
        let strip = folder.appendingPathComponent("clean.csv").path
        let rejects = folder.appendingPathComponent("rejects.csv").path
        let first = try datamin(
            [
                "validate", "fixtures/leads-trade-show.csv", "--policy", "policies/sales-contacts.yaml", "--purpose", "sales",
                "--strip-out", strip, "--rejects-out", rejects,
            ] + asOf)
        #expect(first.status == 1)
        let clean = try String(contentsOfFile: strip, encoding: .utf8)
        #expect(
            clean.hasPrefix("id,first_name,last_name,email,company,job_title,country,phone,source,lawful_basis,collected_at,notes\nL-001,"))
        #expect(!clean.contains("1988-04-02"))
        let again = try datamin(["validate", strip, "--policy", "policies/sales-contacts.yaml", "--purpose", "sales"] + asOf)
        #expect(again.status == 0, "\(again.stdout)")
        #expect(again.stderr.contains("2 records, 0 rejected, 0 errors"))
        let rejected = try String(contentsOfFile: rejects, encoding: .utf8)
        #expect(rejected.split(separator: "\n").map { String($0.prefix(5)) } == ["id,fi", "L-002", "L-003"])
        #expect(rejected.contains(",1979-11-30,none"))
    }

    /// `--purpose` applies to records without a purpose field (SPEC §2): an empty cell of the
    /// column is no purpose, and the message says why the option did not fill it.
    @Test func anEmptyPurposeCellSaysThePurposeOptionDoesNotApply() throws {
        let input = "id,email,purpose,collected_at\n1,a@example.com,,2026-01-01\n"
        let folder = try scratchFolder(["policy.yaml": testPolicy, "in.csv": input])
        let given = try datamin(["validate", "in.csv", "--policy", "policy.yaml", "--purpose", "sales"] + asOf, in: folder)
        #expect(
            given.stdoutLines == [
                "in.csv:2:3: error: record has no purpose; fill 'purpose': the purpose given for the input applies only to records without a 'purpose' field [missing-purpose]"
            ])
        #expect(
            given.stderr.hasPrefix(
                "datamin: hint: in.csv: no record names a purpose; the purpose given for the input applies only to records without a 'purpose' field: fill it, or leave it out of the export\n"
            ))
        let none = try datamin(["validate", "in.csv", "--policy", "policy.yaml"] + asOf, in: folder)
        #expect(
            none.stdoutLines == [
                "in.csv:2:3: error: record has no purpose; fill 'purpose', or give a purpose for the whole input [missing-purpose]"
            ])
    }

    @Test func jsonStripOutRemovesFieldsPermittedForNoPurposeOfTheRecord() throws {
        let policy = testPolicy + "checks:\n  field-not-permitted: warning\n"
        let input = "{\"id\":\"1\",\"email\":\"a@example.com\",\"name\":\"A\",\"purpose\":\"newsletter\",\"collected_at\":\"2026-01-01\"}\n"
        let folder = try scratchFolder(["policy.yaml": policy, "in.jsonl": input])
        let result = try datamin(["validate", "in.jsonl", "--policy", "policy.yaml", "--strip-out", "out.jsonl"] + asOf, in: folder)
        #expect(result.status == 0)
        #expect(
            try String(contentsOf: folder.appendingPathComponent("out.jsonl"), encoding: .utf8)
                == "{\"id\":\"1\",\"email\":\"a@example.com\",\"purpose\":\"newsletter\",\"collected_at\":\"2026-01-01\"}\n")
    }

    @Test func csvStripOutEmptiesCellsNoPurposeOfTheRowPermitsAndDropsUndeclaredColumns() throws {
        let policy = testPolicy + "checks:\n  field-not-permitted: warning\n  undeclared-field: warning\n"
        let input =
            "id,email,name,extra,purpose,collected_at,notes\n"
            + "1,a@example.com,A,x,newsletter,2026-01-01,\"a, \"\"b\"\"\"\n2,b@example.com,B,y,sales,2026-01-01,\"a, \"\"b\"\"\"\n"
        let folder = try scratchFolder(["policy.yaml": policy, "in.csv": input])
        let result = try datamin(["validate", "in.csv", "--policy", "policy.yaml", "--strip-out", "out.csv"] + asOf, in: folder)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(
            try String(contentsOf: folder.appendingPathComponent("out.csv"), encoding: .utf8)
                == "id,email,name,purpose,collected_at,notes\n1,a@example.com,,newsletter,2026-01-01,\n2,b@example.com,B,sales,2026-01-01,\"a, \"\"b\"\"\"\n"
        )
    }

    /// SPEC §3: a malformed record is rejected even under a warning; before, a short row was
    /// written to the minimised copy as empty cells, which lost it.
    @Test func shortRowUnderAWarningGoesToTheRejectsNotTheMinimisedCopy() throws {
        let policy = testPolicy + "checks:\n  malformed-record: warning\n"
        let input = "id,email,purpose,collected_at\n1,a@example.com\n2,b@example.com,sales,2026-01-01\n"
        let folder = try scratchFolder(["policy.yaml": policy, "in.csv": input])
        let result = try datamin(
            ["validate", "in.csv", "--policy", "policy.yaml", "--strip-out", "out.csv", "--rejects-out", "rejects.csv"] + asOf, in: folder)
        #expect(result.status == 0)
        #expect(result.stdout == "in.csv:2: warning: row has 2 cells; the header has 4 [malformed-record]\n")
        #expect(
            try String(contentsOf: folder.appendingPathComponent("out.csv"), encoding: .utf8)
                == "id,email,purpose,collected_at\n2,b@example.com,sales,2026-01-01\n")
        #expect(
            try String(contentsOf: folder.appendingPathComponent("rejects.csv"), encoding: .utf8)
                == "id,email,purpose,collected_at\n1,a@example.com\n")
    }

    @Test func outputsMayNotOverwriteTheInput() throws {
        let folder = try scratchFolder([
            "policy.yaml": testPolicy, "in.csv": "id,email,purpose,collected_at\n1,a@example.com,sales,2026-01-01\n",
        ])
        let result = try datamin(["validate", "in.csv", "--policy", "policy.yaml", "--strip-out", "in.csv"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("datamin: error: --strip-out 'in.csv' is the input 'in.csv' this run reads; choose another path\n"))
        #expect(try String(contentsOf: folder.appendingPathComponent("in.csv"), encoding: .utf8).hasPrefix("id,email"))
    }

    @Test func anInputThatCannotBeReadIsListedInTheReportAndTheRunExitsTwo() throws {
        let folder = try scratchFolder([
            "policy.yaml": testPolicy, "in.csv": "id,email,purpose,collected_at\n1,a@example.com,sales,2026-01-01\n",
        ])
        let result = try datamin(
            ["validate", "in.csv", "missing.csv", "--policy", "policy.yaml", "--format", "json", "--output", "report.json"], in: folder)
        #expect(result.status == 2)
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("report.json"))) as? [String: Any])
        #expect(report["valid"] as? Bool == false)
        let failures = try #require(report["failures"] as? [[String: String]])
        #expect(failures.map { $0["path"] } == ["missing.csv"])
        #expect(failures.first?["code"] == "file-unreadable")
        #expect(failures.first?["message"] == "cannot read input: No such file or directory")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["in.csv", "policy.yaml", "report.json"])
    }

    @Test func anInterruptedRunLeavesNoPartialOutputFile() throws {
        let folder = try scratchFolder(["policy.yaml": testPolicy])
        let process = Process()
        process.executableURL = dataminExecutable
        process.arguments = ["validate", "-", "--input-format", "jsonl", "--policy", "policy.yaml", "--strip-out", "out.jsonl"]
        process.currentDirectoryURL = folder
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let line = "{\"id\":\"1\",\"email\":\"a@example.com\",\"purpose\":\"sales\",\"collected_at\":\"2026-01-01\"}\n"
        signal(SIGPIPE, SIG_IGN)
        try input.fileHandleForWriting.write(contentsOf: Data(String(repeating: line, count: 5_000).utf8))
        Thread.sleep(forTimeInterval: 0.5)
        process.interrupt()
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["policy.yaml"])
    }

    @Test func jsonReportMatchesTheContractKeyForKey() throws {
        let folder = try scratchFolder([
            "policy.yaml": testPolicy, "in.csv": "id,email,purpose,collected_at,religion\n1,a@example.com,sales,2026-01-01,\n",
        ])
        // With SOURCE_DATE_EPOCH the run's time is fixed, so the report is the same bytes every time (SPEC §11.3).
        let result = try datamin(
            ["validate", "in.csv", "--policy", "policy.yaml", "--format", "json"] + asOf, in: folder,
            environment: ["SOURCE_DATE_EPOCH": "1765000000"])
        // The policy's SHA-256 is checked apart: 64 hex digits of its bytes.
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let hash = try #require(lines.first { $0.hasPrefix("      \"sha256\": \"") })
        #expect(hash.count == "      \"sha256\": \"\"".count + 64)
        #expect(
            lines.filter { $0 != hash }.joined(separator: "\n") == """
                {
                  "version": 1,
                  "valid": false,
                  "asOf": "2026-11-29",
                  "datamin": {
                    "version": "\(DataMinVersion.current)"
                  },
                  "policies": [
                    {
                      "name": "e2e",
                      "path": "policy.yaml",
                    }
                  ],
                  "run": {
                    "startedAt": "2025-12-06T05:46:40Z",
                    "seconds": 0.000
                  },
                  "stats": {
                    "files": 1,
                    "records": 1,
                    "rejected": 0,
                    "errors": 1,
                    "warnings": 0,
                    "truncated": false
                  },
                  "files": [
                    {
                      "path": "in.csv",
                      "format": "csv",
                      "bytes": 73,
                      "sha256": "\(SuppressionList.hex(SHA256.hash(Array("id,email,purpose,collected_at,religion\n1,a@example.com,sales,2026-01-01,\n".utf8))))",
                      "records": 1,
                      "rejected": 0,
                      "violations": [
                        {
                          "check": "special-category-field",
                          "severity": "error",
                          "article": "Art. 9(1)",
                          "message": "field 'religion' is not declared in policy 'e2e' and its name suggests special-category data (religious or philosophical beliefs, Art. 9(1))",
                          "record": null,
                          "key": null,
                          "line": 1,
                          "column": 5,
                          "field": "religion",
                          "purpose": null
                        }
                      ]
                    }
                  ],
                  "failures": []
                }

                """)
    }

    @Test func reportGoesToOutputFileWhenAsked() throws {
        let folder = try scratchFolder(["policy.yaml": testPolicy, "in.csv": "id,email,purpose,collected_at\n1,bad,sales,2026-01-01\n"])
        let result = try datamin(["validate", "in.csv", "--policy", "policy.yaml", "--output", "report.txt"] + asOf, in: folder)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(
            try String(contentsOf: folder.appendingPathComponent("report.txt"), encoding: .utf8)
                == "in.csv:2:2: error: field 'email' is not a valid email address [invalid-value]\n")
    }
}

/// The library and the command line agree on a record that repeats a name (issue #33).
@Suite struct LibraryAgreementTests {
    @Test func aRepeatedKeyIsTheSameFindingThroughTheCommandLine() throws {
        let line =
            #"{"id": "42", "email": "a@example.com", "lawful_basis": "contract", "lawful_basis": "consent", "purpose": "sales", "collected_at": "2026-11-01"}"#
        let folder = try scratchFolder(["in.jsonl": line + "\n"])
        let policy = repositoryRoot.appendingPathComponent("policies/sales-contacts.yaml").path
        let result = try datamin(["validate", "in.jsonl", "--policy", policy, "--as-of", "2026-11-29"], in: folder)
        #expect(
            result.stdoutLines.first
                == "in.jsonl:1: error: field 'lawful_basis' occurs twice in the object; only the first is validated [duplicate-field]")
    }

    /// Rejects are written as they came, repeated key included (README: "unchanged").
    @Test func aRejectedRecordWithARepeatedKeyIsWrittenAsItCame() throws {
        let line = #"{"id": "1", "email": "a@example.com", "email": "b@example.com", "purpose": "sales", "collected_at": "2026-01-01"}"#
        let folder = try scratchFolder(["policy.yaml": testPolicy, "in.jsonl": line + "\n"])
        let result = try datamin(
            ["validate", "in.jsonl", "--policy", "policy.yaml", "--rejects-out", "rejects.jsonl", "--as-of", "2026-11-29"], in: folder)
        #expect(result.status == 1)
        #expect(try String(contentsOf: folder.appendingPathComponent("rejects.jsonl"), encoding: .utf8) == line + "\n")
    }
}
