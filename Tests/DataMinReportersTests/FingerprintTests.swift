import DataMinCore
import Testing

@testable import DataMinReporters

/// Fingerprints name a finding across runs (GitLab and GitHub match issues by them), so
/// their values are pinned: FNV-1a of check, path, position, field and message, each part
/// ended by a 0xFF byte (values worked out apart from this code).
@Suite struct FingerprintTests {
    private func finding(record: Int? = 7, line: Int? = 8, column: Int? = 2) -> Violation {
        Violation(
            check: .invalidValue, severity: .error, article: "Art. 5(1)(d)", message: "field 'email' is not a valid email address",
            field: "email", location: RecordLocation(record: record, line: line, column: column))
    }

    @Test func aFindingsFingerprintHashesWhatIdentifiesIt() {
        var fingerprints = Fingerprints()
        #expect(fingerprints.next(for: finding(), file: 0, path: "imports/leads.csv") == "9d9a57ed0b01dbc5")
        #expect(Fingerprint.of(["missing-lawful-basis", "a.csv", "line 3:0", "", "x"]) == "841f79fce8c494d3")
        #expect(Fingerprint.of(["input-failure", "a.csv"]) == "89a75142d9fbbff3")
    }

    @Test func theSameFindingTwiceInARecordGetsASecondFingerprintAndTheNextRecordStartsOver() {
        var fingerprints = Fingerprints()
        let path = "imports/leads.csv"
        #expect(fingerprints.next(for: finding(), file: 0, path: path) == "9d9a57ed0b01dbc5")
        #expect(fingerprints.next(for: finding(), file: 0, path: path) == "72340749adb09359")
        #expect(fingerprints.next(for: finding(record: 8), file: 0, path: path) == "6980e5dd0a1cbed8")
        // Record 7 again, after another record: its count started over.
        #expect(fingerprints.next(for: finding(), file: 0, path: path) == "9d9a57ed0b01dbc5")
    }

    /// GitLab hashes findings on its rendering threads and counts repeats as it writes;
    /// SARIF does both as it writes. Enough findings to render on two threads, with repeats
    /// in one record, must get the same fingerprints from both.
    @Test func gitLabAndSARIFGiveTheSameFingerprints() throws {
        var report = ValidationReport(asOf: CalendarDate(year: 2026, month: 11, day: 29)!)
        var file = FileReport(path: "leads.csv", format: "csv")
        var violations: [ReportedViolation] = []
        for index in 0..<600 {
            // Records of three findings, the first two the same.
            let violation = finding(record: index / 3 + 1, line: index / 3 + 2)
            let third = Violation(
                check: .missingLawfulBasis, severity: .error, article: nil, message: "no lawful basis",
                location: violation.location)
            violations.append(ReportedViolation(file: 0, number: index + 1, violation: index % 3 == 2 ? third : violation))
        }
        file.records = 200
        file.errors = 600
        file.shown = 600
        file.shownErrors = 600
        report.files = [file]
        func fingerprints(_ reporter: some Reporter, _ pattern: String) throws -> [String] {
            var text = ""
            reporter.write(report, violations: violations, context: ReportContext()) { text += $0 }
            let expression = try Regex(pattern)
            return text.matches(of: expression).map { String($0.output[1].substring ?? "") }
        }
        let gitLab = try fingerprints(GitLabReporter(), #""fingerprint": "([0-9a-f]{16})""#)
        let sarif = try fingerprints(SARIFReporter(), #""datamin/v2": "([0-9a-f]{16})""#)
        #expect(gitLab.count == 600)
        #expect(gitLab == sarif)
        #expect(Set(gitLab).count == 600)
        #expect(gitLab[1] == Fingerprint.of([gitLab[0], "1"]))
    }
}
