import DataMinCore
import DataMinReporters
import Foundation
import Testing

/// A report with one CSV header violation, one record violation and one JSON warning.
private func sampleReport(truncated: Bool = false) -> ValidationReport {
    var report = ValidationReport(asOf: CalendarDate(year: 2026, month: 11, day: 29)!)
    var csv = FileReport(path: "imports/leads.csv", format: "csv")
    csv.records = 2
    csv.rejected = 1
    csv.errors = 2
    csv.shown = 2
    csv.shownErrors = 2
    csv.violations = [
        Violation(
            check: .undeclaredField, severity: .error, article: "Art. 5(1)(c), 25(2)",
            message: "field 'religion' is not declared in policy 'p'", field: "religion", location: RecordLocation(line: 1, column: 7)),
        Violation(
            check: .invalidValue, severity: .error, article: "Art. 5(1)(d)", message: "field 'email' is not a valid email address",
            field: "email", location: RecordLocation(record: 2, line: 3, column: 2)),
    ]
    var json = FileReport(path: "signups.jsonl", format: "jsonl")
    json.records = 1
    json.warnings = 1
    json.shown = 1
    json.violations = [
        Violation(
            check: .duplicateSubject, severity: .warning, article: "Art. 5(1)(d)",
            message: "subject 'email' already occurred earlier in this run",
            field: "email", location: RecordLocation(record: 1, line: 1))
    ]
    report.files = [csv, json]
    report.countsByCheck = [.undeclaredField: 1, .invalidValue: 1, .duplicateSubject: 1]
    report.truncated = truncated
    report.omitted = truncated ? 4 : 0
    // The counts include what --max-violations left out.
    if truncated { report.files[0].errors += 4 }
    return report
}

struct ReporterTests {
    @Test func textLinesAreCompilerStyleWithAndWithoutColumns() {
        #expect(
            TextReporter().render(sampleReport()) == """
                imports/leads.csv:1:7: error: field 'religion' is not declared in policy 'p' [undeclared-field]
                imports/leads.csv:3:2: error: field 'email' is not a valid email address [invalid-value]
                signups.jsonl:1: warning: subject 'email' already occurred earlier in this run [duplicate-subject]

                """)
    }

    @Test func summaryLineCountsEverythingAndSaysWhatWasCut() {
        var report = sampleReport(truncated: true)
        report.seconds = 0.25
        #expect(
            TextReporter.summary(report)
                == "datamin: 2 files, 3 records, 1 rejected, 6 errors, 1 warning in 0.25 s (4 violations not shown; raise --max-violations, 0 shows all)"
        )
    }

    @Test func jsonReportHasTheContractsKeysInOrder() throws {
        let text = JSONReporter().render(sampleReport())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["valid"] as? Bool == false)
        #expect(object["asOf"] as? String == "2026-11-29")
        let keys = text.split(separator: "\n").compactMap { line -> String? in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("\""), let end = trimmed.dropFirst().firstIndex(of: "\"") else { return nil }
            return String(trimmed[trimmed.index(after: trimmed.startIndex)..<end])
        }
        #expect(
            Array(keys.prefix(24)) == [
                "version", "valid", "asOf", "datamin", "version", "policies", "run", "startedAt", "seconds", "stats", "files", "records",
                "rejected", "errors", "warnings", "truncated", "files", "path", "format", "bytes", "sha256", "records", "rejected",
                "violations",
            ])
        #expect(text.contains("\"record\": null,\n          \"key\": null,\n          \"line\": 1,\n          \"column\": 7,"))
    }

    @Test func sarifListsEveryCheckAsARuleAndEveryViolationAsAResult() throws {
        let text = SARIFReporter().render(sampleReport())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["version"] as? String == "2.1.0")
        let run = try #require((object["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.count == CheckID.allCases.count)
        #expect(rules.allSatisfy { ($0["help"] as? [String: Any])?["text"] is String })
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.map { $0["ruleId"] as? String } == ["undeclared-field", "invalid-value", "duplicate-subject"])
        #expect(results.map { $0["level"] as? String } == ["error", "error", "warning"])
        let location = ((results[1]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location?["region"] as? [String: Any])?["startLine"] as? Int == 3)
        #expect((location?["artifactLocation"] as? [String: Any])?["uri"] as? String == "imports/leads.csv")
        let fingerprints = results.compactMap { ($0["partialFingerprints"] as? [String: String])?["datamin/v2"] }
        #expect(Set(fingerprints).count == 3)
    }

    @Test func junitHasUniqueTestNamesAndFailsOnlyForErrors() {
        let xml = JUnitReporter().render(sampleReport())
        #expect(
            xml.hasPrefix(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"datamin\" tests=\"3\" failures=\"2\" errors=\"0\">\n"))
        #expect(xml.components(separatedBy: "<failure ").count - 1 == 2)
        #expect(xml.contains("name=\"imports/leads.csv:1 undeclared-field #1\""))
        #expect(xml.contains("message=\"field &apos;religion&apos; is not declared in policy &apos;p&apos;\""))
        #expect(xml.contains("<system-out>warning: signups.jsonl:1: warning: subject &apos;email&apos;"))
    }

    @Test func githubAnnotationsEscapeTheirProperties() {
        var report = sampleReport(truncated: true)
        report.files[0].path = "data/a,b:c.csv"
        let lines = GitHubReporter().render(report).split(separator: "\n")
        #expect(
            lines[0]
                == "::error file=data/a%2Cb%3Ac.csv,line=1,title=datamin undeclared-field::data/a,b:c.csv:1:7: error: field 'religion' is not declared in policy 'p' [undeclared-field]"
        )
        #expect(lines[2].hasPrefix("::warning file=signups.jsonl,line=1,"))
        #expect(
            lines.last
                == "::notice title=datamin::4 more findings not annotated (4 left out by --max-violations); the job summary counts them all, and --report sarif:FILE or --report json:FILE lists them"
        )
    }

    /// The counts per check, then the run's provenance (SPEC §11.3: every format).
    @Test func summaryTableCountsPerCheck() {
        var report = sampleReport()
        report.provenance.policies = [("p", "policies/p.yaml", "ab12")]
        report.provenance.startedAt = 1_764_979_200
        #expect(
            SummaryReporter().render(report) == """
                check                     violations
                undeclared-field          1
                invalid-value             1
                duplicate-subject         1
                2 files, 3 records, 1 rejected, 2 errors, 1 warning
                datamin \(DataMinVersion.current), as of 2026-11-29, policy 'p' (policies/p.yaml, sha256 ab12), run at 2025-12-06T00:00:00Z

                """)
    }
}
