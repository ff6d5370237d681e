import DataMinTestSupport
import Foundation
import Testing

/// SPEC §8.2–§8.4 through the real executable: retention as organisations keep it, the
/// deletion plan, the suppression list and the Art. 9/10 rules of `lint`.
@Suite(.serialized) struct GDPRPracticeTests {
    private let asOf = ["--as-of", "2026-11-29"]

    @Test func runningContractsYearEndInvoicesLegalHoldsAndTheDeletionPlan() throws {
        let result = try datamin(
            ["validate", "fixtures/customers-and-invoices.csv", "--policy", "policies/sales-contacts.yaml", "--due-within", "P60D"] + asOf)
        #expect(result.status == 1)
        #expect(
            result.stdoutLines == [
                "fixtures/customers-and-invoices.csv:3:7: warning: retention for purpose 'customer-records' ends on 2026-12-31: 'contract_end' + P2Y [retention-due]",
                "fixtures/customers-and-invoices.csv:4:7: error: record is past its retention for purpose 'customer-records': 'contract_end' + P2Y ended before 2026-11-29 [retention-exceeded]",
                "fixtures/customers-and-invoices.csv:6:8: warning: retention for purpose 'invoicing' ends on 2026-12-31: 'invoice_date' (from the end of its year) + P7Y [retention-due]",
                "fixtures/customers-and-invoices.csv:7:8: error: record is past its retention for purpose 'invoicing': 'invoice_date' (from the end of its year) + P7Y ended before 2026-11-29 [retention-exceeded]",
            ])
        let withoutWindow = try datamin(
            ["validate", "fixtures/customers-and-invoices.csv", "--policy", "policies/sales-contacts.yaml"] + asOf)
        #expect(!withoutWindow.stdout.contains("retention-due"))
        let bad = try datamin([
            "validate", "fixtures/customers-and-invoices.csv", "--policy", "policies/sales-contacts.yaml", "--due-within", "30 days",
        ])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--due-within '30 days' is not an ISO 8601 duration"))
    }

    @Test func suppressAddCreatesAnOwnerOnlyListOfHashesAndNeverPrintsKeys() throws {
        let policy = testPolicy.replacingOccurrences(of: "subject: email\n", with: "subject: email\nsuppression: erased.txt\n")
        let folder = try scratchFolder([
            "policy.yaml": policy,
            "gone.csv": "id,email\n1,gone.one@example.com\n2,Gone.Two@Example.com\n3,gone.one@example.com\n",
            "import.csv": "id,email,purpose,collected_at\n1,gone.two@example.com,sales,2026-01-01\n2,kept@example.com,sales,2026-01-01\n",
        ])
        // Without the list, validate refuses to run: erased subjects must not slip through.
        let missing = try datamin(["validate", "import.csv", "--policy", "policy.yaml"] + asOf, in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("erased.txt: error: cannot read the suppression list"))

        let added = try datamin(["suppress", "add", "--policy", "policy.yaml", "--from", "gone.csv"], in: folder)
        #expect(added.status == 0)
        #expect(added.stderr == "datamin: erased.txt: 2 added, 1 already listed, 2 in all\n")
        let again = try datamin(["suppress", "add", "--policy", "policy.yaml", "GONE.ONE@example.com "], in: folder)
        #expect(again.stderr == "datamin: erased.txt: 0 added, 1 already listed, 2 in all\n")
        let count = try datamin(["suppress", "count", "--policy", "policy.yaml"], in: folder)
        #expect(count.stdout == "2\n")

        let list = try String(contentsOf: folder.appendingPathComponent("erased.txt"), encoding: .utf8)
        let lines = list.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("# datamin suppression v1 salt="))
        #expect(lines[1].hasPrefix("# salt check: "))
        #expect(lines.dropFirst(2).allSatisfy { $0.count == 64 && $0.allSatisfy(\.isHexDigit) })
        #expect(!list.contains("gone") && !(added.stdout + added.stderr).contains("gone"))
        var info = stat()
        #expect(stat(folder.appendingPathComponent("erased.txt").path, &info) == 0 && info.st_mode & 0o777 == 0o600)

        let result = try datamin(["validate", "import.csv", "--policy", "policy.yaml"] + asOf, in: folder)
        #expect(
            result.stdoutLines == [
                "import.csv:2:2: error: the subject in 'email' was erased and is on the suppression list; do not import it again [erased-subject]"
            ])
    }

    @Test func aMalformedSuppressionListIsAPolicyError() throws {
        let policy = testPolicy.replacingOccurrences(of: "subject: email\n", with: "subject: email\nsuppression: erased.txt\n")
        let folder = try scratchFolder([
            "policy.yaml": policy, "erased.txt": "# datamin suppression v1 salt=00112233445566778899aabbccddeeff\nnot-a-hash\n",
            "in.csv": "id,email\n",
        ])
        let result = try datamin(["validate", "in.csv", "--policy", "policy.yaml"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("erased.txt:2: error: a suppression entry must be 64 lowercase hex digits (a salted SHA-256)"))
    }

    @Test func lintWarnsButPassesAndRefusesArticle10DataWithoutAnAuthorisation() throws {
        let base = """
            version: 1
            name: hr
            fields:
              id: { type: string }
              at: { type: date }
              conviction: { type: string, special_category: criminal }
              health: { type: text, special_category: health }
            purposes:
              screening:
                lawful_basis: [legitimate_interests]
                article9_condition: employment_social_security
                optional: [conviction, health]
                profiling: true
                retention: { period: P1Y, from: at }

            """
        let authorised =
            "    profiling: true\n    article10_authorisation: Employment Screening Act s. 4\n"
            + "    legitimate_interest: { interest: safe workplace, assessment: LIA-7 }\n    article22_ground: law\n"
        let folder = try scratchFolder([
            "p.yaml": base,
            "ok.yaml": base.replacingOccurrences(of: "    profiling: true\n", with: authorised),
        ])
        let refused = try datamin(["lint", "p.yaml"], in: folder)
        #expect(refused.status == 2)
        #expect(
            refused.stdout.contains(
                "p.yaml:9:3: error: purpose 'screening' permits criminal-offence field 'conviction' (Art. 10) but states no 'article10_authorisation'"
            ))
        let passed = try datamin(["lint", "ok.yaml"], in: folder)
        #expect(passed.status == 0)
        #expect(
            passed.stdoutLines.first
                == "ok.yaml:9:3: warning: purpose 'screening' processes special-category data ('conviction', criminal convictions and offences): a DPIA is likely required (Art. 35(3)(b))"
        )
        #expect(passed.stderr == "ok.yaml: ok, 1 warning\n")
    }

    @Test func explicitConsentNeedsAConsentBlock() throws {
        let yaml = """
            version: 1
            name: clinic
            fields:
              id: { type: string }
              at: { type: date }
              health: { type: text, special_category: health }
            purposes:
              care:
                lawful_basis: [contract]
                article9_condition: explicit_consent
                optional: [health]
                retention: { period: P1Y, from: at }

            """
        let folder = try scratchFolder(["p.yaml": yaml])
        let result = try datamin(["lint", "p.yaml"], in: folder)
        #expect(result.status == 2)
        #expect(
            result.stdout.contains(
                "p.yaml:10:25: error: purpose 'care' relies on explicit consent (Art. 9(2)(a)) but has no 'consent:' block"))
    }

    /// SPEC §8: a date compared with a datetime is a UTC calendar day on both sides, so a
    /// withdrawal or confirmation dated the day of a consent given at some hour is on that day.
    @Test func consentDatesAndDatetimesCompareAsUTCDays() throws {
        let yaml = """
            version: 1
            name: mailing
            fields:
              id: { type: string, personal: false }
              at: { type: datetime }
              withdrawn: { type: date }
              confirmed: { type: date }
            purposes:
              mailing:
                lawful_basis: [consent]
                consent: { at: at, withdrawn_at: withdrawn, confirmed_at: confirmed }
                optional: [id]
                retention: { period: P1Y, from: at }

            """
        let rows = [
            "id,at,withdrawn,confirmed",
            // Withdrawn the day consent was given: withdrawn, whatever the hour.
            "1,2026-01-01T10:00:00Z,2026-01-01,2026-01-01",
            // 00:30 at +02:00 is still 2026-01-01 in UTC.
            "2,2026-01-02T00:30:00+02:00,2026-01-01,2026-01-01",
            // Given again the day after the withdrawal: it stands.
            "3,2026-01-02T10:00:00Z,2026-01-01,2026-01-02",
            // 23:30 at -02:00 is 2026-01-02 in UTC: confirmed that day, not the day before.
            "4,2026-01-01T23:30:00-02:00,,2026-01-02",
            "5,2026-01-01T23:30:00-02:00,,2026-01-01",
            // Confirmed after the as-of date: the message says so, not that nothing is there.
            "6,2026-01-01T10:00:00Z,,2026-06-02",
        ]
        let folder = try scratchFolder(["p.yaml": yaml, "in.csv": rows.joined(separator: "\n") + "\n"])
        let result = try datamin(["validate", "in.csv", "--policy", "p.yaml", "--purpose", "mailing", "--as-of", "2026-06-01"], in: folder)
        #expect(result.status == 1)
        #expect(
            result.stdoutLines == [
                "in.csv:2:3: error: purpose 'mailing' relies on consent that 'withdrawn' records as withdrawn [consent-withdrawn]",
                "in.csv:3:3: error: purpose 'mailing' relies on consent that 'withdrawn' records as withdrawn [consent-withdrawn]",
                "in.csv:6:4: error: purpose 'mailing' relies on double opt-in consent but 'confirmed' holds no confirmation on or after the consent [missing-consent-evidence]",
                "in.csv:7:4: error: purpose 'mailing' relies on double opt-in consent but 'confirmed' confirms it after the as-of date 2026-06-01 [missing-consent-evidence]",
            ])
    }

    /// A datetime's UTC day can fall in year 0 or 10000 (its offset moves it over a year's
    /// edge); a clock counted from the end of that year must not stop the run. Spawned, so
    /// that a crash fails this test rather than the test process.
    @Test func aYearEndClockStartsFromADatetimeInYearZeroOrTenThousand() throws {
        let policy = """
            version: 1
            name: edge
            fields:
              id: { type: string, personal: false }
              t: { type: datetime }
            purposes:
              s:
                lawful_basis: [contract]
                required: [id]
                retention: { period: P1Y, from: t, align: year_end }
            """
        let folder = try scratchFolder([
            "policy.yaml": policy, "in.csv": "id,t\n1,9999-12-31T23:00:00-01:00\n2,0001-01-01T00:30:00+01:00\n",
        ])
        let result = try datamin(
            ["validate", "in.csv", "--policy", "policy.yaml", "--purpose", "s", "--as-of", "2026-01-01"], in: folder, stdin: "")
        #expect(result.status == 1)
        #expect(
            result.stdoutLines == [
                "in.csv:3:2: error: record is past its retention for purpose 's': 't' (from the end of its year) + P1Y ended before 2026-01-01 [retention-exceeded]"
            ])
    }
}
