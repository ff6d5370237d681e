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
        #expect(fingerprints.next(for: finding(record: 8), file: 0, path: path) != "72340749adb09359")
        // Record 7 again, after another record: its count started over.
        #expect(fingerprints.next(for: finding(), file: 0, path: path) == "9d9a57ed0b01dbc5")
    }

    @Test func theTwoStepsGiveWhatOneStepGives() {
        var oneStep = Fingerprints()
        var twoSteps = Fingerprints()
        for violation in [finding(), finding(), finding(record: nil), finding(record: nil, column: nil), finding(record: nil)] {
            let base = Fingerprints.base(of: violation, path: "p.csv")
            #expect(twoSteps.next(base: base, for: violation, file: 1) == oneStep.next(for: violation, file: 1, path: "p.csv"))
        }
    }
}
