import DataMinCore
import DataMinReporters
import DataMinTestSupport
import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A report with `count` violations in one CSV file, alternating errors and warnings, read
/// from a sequence the way a run reads its spool.
private func largeReport(count: Int, path: String = "imports/leads.csv") -> (ValidationReport, [ReportedViolation]) {
    var report = ValidationReport(asOf: CalendarDate(year: 2026, month: 11, day: 29)!)
    var file = FileReport(path: path, format: "csv")
    file.records = count
    var violations: [ReportedViolation] = []
    for index in 0..<count {
        let severity: Severity = index % 2 == 0 ? .error : .warning
        violations.append(
            ReportedViolation(
                file: 0, number: index + 1,
                violation: Violation(
                    check: severity == .error ? .invalidValue : .duplicateSubject, severity: severity, article: "Art. 5(1)(d)",
                    message: "field 'email' is not a valid email address", field: "email",
                    location: RecordLocation(record: index + 1, line: 1, column: 2))))
        if severity == .error {
            file.errors += 1
            file.shownErrors += 1
        } else {
            file.warnings += 1
        }
        file.shown += 1
    }
    report.files = [file]
    report.countsByCheck = [.invalidValue: file.errors, .duplicateSubject: file.warnings]
    return (report, violations)
}

private func written(
    _ reporter: some Reporter, _ report: ValidationReport, _ violations: [ReportedViolation],
    context: ReportContext = ReportContext()
) -> String {
    var text = ""
    reporter.write(report, violations: violations, context: context) { text += $0 }
    return text
}

@Suite struct ReportLimitsTests {
    @Test func sarifUsesPercentEncodedURIsRelativeToTheRepositoryRoot() throws {
        let (report, violations) = largeReport(count: 1, path: "data/été 100%.csv")
        let context = ReportContext(repositoryRoot: "/work/repo/", workingDirectory: "/work/repo/sub")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(written(SARIFReporter(), report, violations, context: context).utf8))
                as? [String: Any])
        let run = try #require((object["runs"] as? [[String: Any]])?.first)
        let base = (run["originalUriBaseIds"] as? [String: Any])?["SRCROOT"] as? [String: String]
        #expect(base?["uri"] == "file:///work/repo/")
        let result = try #require((run["results"] as? [[String: Any]])?.first)
        let location =
            ((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"]
            as? [String: String]
        #expect(location == ["uri": "sub/data/%C3%A9t%C3%A9%20100%25.csv", "uriBaseId": "SRCROOT"])
    }

    @Test func sarifKeepsAtMost25000ResultsAndSaysHowManyWereLeftOut() throws {
        let (report, violations) = largeReport(count: 25_010)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(written(SARIFReporter(), report, violations).utf8)) as? [String: Any])
        let run = try #require((object["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 25_000)
        // Records of one line (a minified JSON array) still get a fingerprint each.
        #expect(Set(results.compactMap { ($0["partialFingerprints"] as? [String: String])?["datamin/v2"] }).count == 25_000)
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == true)
        let notes = (invocation["toolExecutionNotifications"] as? [[String: Any]] ?? []).compactMap {
            ($0["message"] as? [String: String])?["text"]
        }
        #expect(
            notes == [
                "10 results left out (10 duplicate-subject): GitHub code scanning accepts at most 25,000 per run, so every error is listed before any warning; the JSON report (--report json:FILE) lists them all"
            ])
    }

    /// 30,000 warnings, then 100 errors at the end of the file: a capped list must not
    /// fill up with warnings and drop the errors.
    @Test func cappedListsKeepEveryErrorBeforeAnyWarning() throws {
        var report = ValidationReport(asOf: CalendarDate(year: 2026, month: 11, day: 29)!)
        var file = FileReport(path: "big.csv", format: "csv")
        var violations: [ReportedViolation] = []
        for index in 0..<30_100 {
            let isError = index >= 30_000
            violations.append(
                ReportedViolation(
                    file: 0, number: index + 1,
                    violation: Violation(
                        check: isError ? .invalidValue : .duplicateSubject, severity: isError ? .error : .warning, article: nil,
                        message: isError ? "bad" : "again", field: "email", location: RecordLocation(record: index + 1, line: index + 2))))
            if isError { (file.errors, file.shownErrors) = (file.errors + 1, file.shownErrors + 1) } else { file.warnings += 1 }
            file.shown += 1
        }
        file.records = 30_100
        report.files = [file]
        report.countsByCheck = [.invalidValue: 100, .duplicateSubject: 30_000]
        let html = written(HTMLReporter(), report, violations)
        #expect(html.components(separatedBy: "<tr data-check=\"invalid-value\" data-severity=\"error\">").count - 1 == 100)
        #expect(html.components(separatedBy: "<tr data-check=").count - 1 == 10_000)
        #expect(
            html.contains(
                "20,100 more findings counted above but not listed here, every error before any warning (20,100 duplicate-subject)"))
        let sarif = try #require(
            try JSONSerialization.jsonObject(with: Data(written(SARIFReporter(), report, violations).utf8)) as? [String: Any])
        let results = try #require((sarif["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        #expect(results.count == 25_000)
        #expect(results.filter { $0["level"] as? String == "error" }.count == 100)
    }

    @Test func failuresMakeEveryFormatSaySo() throws {
        var (report, violations) = largeReport(count: 1)
        report.failures = [RunFailure(path: "missing.csv", code: .fileUnreadable, message: "cannot open: No such file or directory")]
        let sarif = try #require(
            try JSONSerialization.jsonObject(with: Data(written(SARIFReporter(), report, violations).utf8)) as? [String: Any])
        let invocation = (((sarif["runs"] as? [[String: Any]])?.first)?["invocations"] as? [[String: Any]])?.first
        #expect(invocation?["executionSuccessful"] as? Bool == false)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(written(JSONReporter(), report, violations).utf8)) as? [String: Any])
        #expect(json["valid"] as? Bool == false)
        #expect(
            (json["failures"] as? [[String: String]]) == [
                ["path": "missing.csv", "code": "file-unreadable", "message": "cannot open: No such file or directory"]
            ])
        #expect(
            written(JUnitReporter(), report, violations).contains(
                "<error type=\"input-failure\" message=\"cannot open: No such file or directory\">"))
        #expect(
            written(GitHubReporter(), report, violations).hasPrefix(
                "::error file=missing.csv,title=datamin%3A input not validated::missing.csv: cannot open"))
        #expect(written(GitLabReporter(), report, violations).contains("\"severity\": \"blocker\""))
        #expect(written(HTMLReporter(), report, violations).contains("<section id=\"failures\"><h2>Not validated</h2>"))
        #expect(
            written(SummaryReporter(), report, violations).contains("not validated: missing.csv: cannot open: No such file or directory\n")
        )
    }

    @Test func junitCountsWhatItWritesAndReplacesCharactersXMLCannotHold() {
        var (report, violations) = largeReport(count: 3, path: "a\u{1}b\u{FFFE}.csv")
        // --max-violations 2: the file has 18 violations, 2 shown.
        report.files[0].errors = 10
        report.files[0].warnings = 8
        report.files[0].shown = 2
        report.files[0].shownErrors = 1
        report.truncated = true
        report.omitted = 16
        let xml = written(JUnitReporter(), report, Array(violations.prefix(2)))
        #expect(xml.contains("<testsuites name=\"datamin\" tests=\"3\" failures=\"1\" errors=\"0\">"))
        #expect(xml.contains("<testsuite name=\"a\\u{1}b\\u{FFFE}.csv\" tests=\"3\" failures=\"1\" errors=\"0\" skipped=\"1\">"))
        #expect(xml.contains("<skipped message=\"a\\u{1}b\\u{FFFE}.csv: 16 more violations not shown (--max-violations)\"/>"))
        #expect(!xml.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" } && !xml.unicodeScalars.contains { $0.value == 0xFFFE })
        #expect(XMLParser(data: Data(xml.utf8)).parse())
    }

    @Test func githubFoldsACauseAfterTenFindingsAsTheTextReportDoes() {
        // 15 invalid-value errors and 15 duplicate-subject warnings, all on 'email'.
        let (report, violations) = largeReport(count: 30)
        let lines = written(GitHubReporter(), report, violations).split(separator: "\n")
        #expect(lines.count == 22)
        #expect(lines.prefix(10).allSatisfy { $0.hasPrefix("::error ") })
        #expect(lines.dropFirst(10).prefix(10).allSatisfy { $0.hasPrefix("::warning ") })
        #expect(
            lines.suffix(2) == [
                "::notice title=datamin::imports/leads.csv: note: 5 more [invalid-value] findings on field 'email' not listed (--all lists them)",
                "::notice title=datamin::imports/leads.csv: note: 5 more [duplicate-subject] findings on field 'email' not listed (--all lists them)",
            ])
    }

    @Test func githubSaysWhyFindingsWereNotAnnotated() {
        let (report, violations) = largeReport(count: 30)
        // --all: nothing is folded, and GitHub's limit leaves ten out.
        let all = written(GitHubReporter(), report, violations, context: ReportContext(foldsRepeats: false)).split(separator: "\n")
        #expect(all.count == 21)
        let pointer = "the job summary counts them all, and --report sarif:FILE or --report json:FILE lists them"
        #expect(
            all.last.map(String.init)
                == "::notice title=datamin::10 more findings not annotated (10 because GitHub shows 10 per type); \(pointer)")
        // --max-violations 3 listed 3 of the 30: the notice names that cap, not GitHub's.
        var capped = report
        capped.truncated = true
        capped.omitted = 27
        capped.files[0].shown = 3
        capped.files[0].omittedByCheck = [.invalidValue: 13, .duplicateSubject: 14]
        let lines = written(GitHubReporter(), capped, Array(violations.prefix(3))).split(separator: "\n")
        #expect(lines.count == 4)
        #expect(
            lines.last.map(String.init)
                == "::notice title=datamin::27 more findings not annotated (27 left out by --max-violations: 14 duplicate-subject, 13 invalid-value); \(pointer)"
        )
    }

    @Test func githubPutsItsCountFirstWhenFoldNotesWouldPassGitHubsTenNotices() {
        // Twelve fields, each with eleven invalid values, in a file of 1,000 records: twelve notes.
        var report = ValidationReport(asOf: CalendarDate(year: 2026, month: 11, day: 29)!)
        var file = FileReport(path: "in.csv", format: "csv")
        file.records = 1_000
        var violations: [ReportedViolation] = []
        for field in 0..<12 {
            for record in 0..<11 {
                violations.append(
                    ReportedViolation(
                        file: 0, number: violations.count + 1,
                        violation: Violation(
                            check: .invalidValue, severity: .error, article: nil, message: "field 'f\(field)' is not valid",
                            field: "f\(field)",
                            location: RecordLocation(record: record + 1, line: record + 2, column: field + 1))))
            }
        }
        file.errors = violations.count
        file.shown = violations.count
        file.shownErrors = violations.count
        report.files = [file]
        let lines = written(GitHubReporter(), report, violations).split(separator: "\n").map(String.init)
        #expect(lines.count == 10 + 1 + 9)
        #expect(
            lines[10].hasPrefix(
                "::notice title=datamin::110 more findings not annotated (110 because GitHub shows 10 per type); 3 notes on repeated findings not shown (the text report has them); "
            ))
        #expect(
            lines[11] == "::notice title=datamin::in.csv: note: 1 more [invalid-value] findings on field 'f0' not listed (--all lists them)"
        )
        #expect(
            lines.last
                == "::notice title=datamin::in.csv: note: 1 more [invalid-value] findings on field 'f8' not listed (--all lists them)")
    }

    @Test func theJobSummaryCountsPerCheckAndFileAndShowsNoValues() {
        var (report, violations) = largeReport(count: 25)
        violations = violations.map { item in
            var item = item
            item.violation.value = "secret@example.com"
            return item
        }
        let summary = GitHubReporter().jobSummary(report, violations: violations)
        #expect(summary.hasPrefix("## datamin\n\n❌ 13 errors, 12 warnings in 25 records of 1 file (0 rejected).\n"))
        #expect(summary.contains("| `invalid-value` | 13 |"))
        #expect(summary.contains("| `imports/leads.csv` | 25 | 0 | 13 | 12 |"))
        #expect(summary.contains("\n5 more not listed here.\n"))
        #expect(!summary.contains("secret"))
        report.failures = []
    }

    @Test func gitlabGivesAnInputFailedTwiceTwoFingerprints() throws {
        var (report, violations) = largeReport(count: 1)
        let failure = RunFailure(path: "missing.csv", code: .fileUnreadable, message: "cannot open: No such file or directory")
        report.failures = [failure, failure]
        let issues = try #require(
            try JSONSerialization.jsonObject(with: Data(written(GitLabReporter(), report, violations).utf8)) as? [[String: Any]])
        let fingerprints = issues.filter { $0["check_name"] as? String == "input-failure" }.compactMap { $0["fingerprint"] as? String }
        #expect(fingerprints.count == 2 && Set(fingerprints).count == 2)
    }

    @Test func gitlabSaysWhatMaxViolationsLeftOutOfEachFile() throws {
        var (report, violations) = largeReport(count: 30)
        report.truncated = true
        report.omitted = 27
        report.files[0].shown = 3
        report.files[0].omittedByCheck = [.invalidValue: 13, .duplicateSubject: 14]
        let issues = try #require(
            try JSONSerialization.jsonObject(with: Data(written(GitLabReporter(), report, Array(violations.prefix(3))).utf8))
                as? [[String: Any]])
        #expect(issues.count == 4)
        let note = try #require(issues.last)
        #expect(note["check_name"] as? String == "not-listed")
        #expect(note["severity"] as? String == "info")
        #expect(
            note["description"] as? String
                == "27 more findings counted but not listed (--max-violations): 14 duplicate-subject, 13 invalid-value; counts are complete"
        )
        #expect((note["location"] as? [String: Any])?["path"] as? String == "imports/leads.csv")
        // Nothing left out: no such issue.
        #expect(!written(GitLabReporter(), largeReport(count: 3).0, largeReport(count: 3).1).contains("not-listed"))
    }

    @Test func gitlabIssuesHaveTheFieldsGitLabDocuments() throws {
        let (report, violations) = largeReport(count: 2)
        let context = ReportContext(repositoryRoot: "/work/repo/", workingDirectory: "/work/repo")
        let issues = try #require(
            try JSONSerialization.jsonObject(with: Data(written(GitLabReporter(), report, violations, context: context).utf8))
                as? [[String: Any]])
        #expect(issues.count == 2)
        #expect(issues.map { $0["severity"] as? String } == ["major", "minor"])
        #expect(issues[0]["check_name"] as? String == "invalid-value")
        #expect(issues[0]["description"] as? String == "field 'email' is not a valid email address (GDPR Art. 5(1)(d))")
        let location = try #require(issues[0]["location"] as? [String: Any])
        #expect(location["path"] as? String == "imports/leads.csv")
        #expect((location["lines"] as? [String: Int])?["begin"] == 1)
        #expect(Set(issues.compactMap { $0["fingerprint"] as? String }).count == 2)
    }

    @Test func htmlIsOneFileWithCountsAChartAFilterAndNoValuesUnlessAsked() {
        var (report, violations) = largeReport(count: 4)
        violations[0].violation.value = "secret@example.com"
        let html = written(HTMLReporter(), report, violations)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("data-errors=\"2\" data-warnings=\"2\""))
        #expect(html.contains("<svg id=\"chart\""))
        #expect(html.contains("<input id=\"filter\""))
        #expect(html.components(separatedBy: "<tr data-check=").count - 1 == 4)
        #expect(!html.contains("secret"))
        #expect(!html.contains("src=\"http") && !html.contains("href=\"http") && !html.contains("<link"))
        report.files[0].path = "x<script>.csv"
        let shown = written(HTMLReporter(), report, violations, context: ReportContext(showsValues: true))
        #expect(shown.contains("secret@example.com"))
        #expect(shown.contains("x&lt;script&gt;.csv") && !shown.contains("x<script>"))
    }
}
