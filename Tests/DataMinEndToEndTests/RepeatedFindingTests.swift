import DataMinTestSupport
import Foundation
import Testing

/// A finding's message is made once per code (check, field, purpose, which sentence) and
/// shared by every later finding of that code (#32): records that break one rule in
/// different ways must still each get their own words, at their own place.
@Suite(.serialized) struct RepeatedFindingTests {
    private let asOf = ["--as-of", "2026-06-01"]

    /// Each check's sentences: absent as missing or as empty, not a date, after the as-of
    /// date, no scope or another scope, a lawful-basis word with its own suggestion.
    private let policy = """
        version: 1
        name: repeated
        record:
          purpose: purpose
          lawful_basis: lawful_basis
        fields:
          id: { type: string, personal: false }
          email: { type: email }
          purpose: { type: string, personal: false }
          lawful_basis: { type: lawful_basis, personal: false }
          consent_at: { type: datetime }
          consent_scope: { type: string, personal: false }
          collected_at: { type: date }
        purposes:
          sales:
            lawful_basis: [contract, legitimate_interests]
            required: [id, email]
            retention: { period: P2Y, from: collected_at }
          newsletter:
            lawful_basis: [consent]
            required: [id, email]
            optional: [consent_scope]
            consent: { at: consent_at, scope_field: consent_scope, scope: product-a }
            retention: { period: P1Y, from: consent_at }
        """

    private let records = [
        #"{"id":"1","email":"","purpose":"sales","lawful_basis":"contract","collected_at":"2026-01-01"}"#,
        #"{"id":"2","purpose":"sales","lawful_basis":"contract","collected_at":"2026-01-01"}"#,
        #"{"id":"3","email":"","purpose":"newsletter","consent_at":"2026-03-01T10:00:00Z","consent_scope":"product-a"}"#,
        #"{"id":"4","email":"d@example.com","purpose":"sales","lawful_basis":"contrct","collected_at":"2026-01-01"}"#,
        #"{"id":"5","email":"e@example.com","purpose":"sales","lawful_basis":"opt-in","collected_at":"2026-01-01"}"#,
        #"{"id":"6","email":"f@example.com","purpose":"sales","lawful_basis":"contract"}"#,
        #"{"id":"7","email":"g@example.com","purpose":"sales","lawful_basis":"contract","collected_at":""}"#,
        #"{"id":"8","email":"h@example.com","purpose":"sales","lawful_basis":"contract","collected_at":"soon"}"#,
        #"{"id":"9","email":"i@example.com","purpose":"newsletter","consent_at":"2026-03-01T10:00:00Z"}"#,
        #"{"id":"10","email":"j@example.com","purpose":"newsletter","consent_at":"2026-03-01T10:00:00Z","consent_scope":"product-b"}"#,
        #"{"id":"11","email":"k@example.com","purpose":"newsletter","consent_at":"","consent_scope":"product-a"}"#,
        #"{"id":"12","email":"l@example.com","purpose":"newsletter","consent_at":"2027-01-01T00:00:00Z","consent_scope":"product-a"}"#,
        #"{"id":"13","email":"m@example.com","purpose":"sales","collected_at":"2026-01-01"}"#,
        #"{"id":"14","email":"n@example.com","purpose":"sales","lawful_basis":"consent","collected_at":"2026-01-01"}"#,
        #"{"id":"15","email":"o@example.com","purpose":"newsletter","consent_at":"soon","consent_scope":"product-a"}"#,
        #"{"id":"16","email":"p@example.com","purpose":"newsletter","consent_scope":"product-a"}"#,
    ]

    private let expected = [
        "in.jsonl:1: error: required field 'email' is empty for purpose 'sales' [missing-required-field]",
        "in.jsonl:2: error: required field 'email' is missing for purpose 'sales' [missing-required-field]",
        "in.jsonl:3: error: required field 'email' is empty for purpose 'newsletter' [missing-required-field]",
        "in.jsonl:4: error: field 'lawful_basis' is not a lawful basis the policy knows (an Art. 6(1) key or a vocabulary entry); did you mean 'contract'? [invalid-value]",
        "in.jsonl:4: error: the record's lawful basis in 'lawful_basis' is not one purpose 'sales' allows (contract, legitimate_interests) [lawful-basis-not-permitted]",
        "in.jsonl:5: error: field 'lawful_basis' is not a lawful basis the policy knows (an Art. 6(1) key or a vocabulary entry); did you mean 'consent'? [invalid-value]",
        "in.jsonl:5: error: the record's lawful basis in 'lawful_basis' is not one purpose 'sales' allows (contract, legitimate_interests) [lawful-basis-not-permitted]",
        "in.jsonl:6: error: retention for purpose 'sales' cannot be evaluated: 'collected_at' is missing [retention-unknown]",
        "in.jsonl:7: error: retention for purpose 'sales' cannot be evaluated: 'collected_at' is empty [retention-unknown]",
        "in.jsonl:8: error: field 'collected_at' is not a calendar date (YYYY-MM-DD) [invalid-value]",
        "in.jsonl:8: error: retention for purpose 'sales' cannot be evaluated: 'collected_at' is not a date [retention-unknown]",
        "in.jsonl:9: error: 'consent_scope' records no consent scope; purpose 'newsletter' needs consent for 'product-a' [consent-scope-mismatch]",
        "in.jsonl:10: error: 'consent_scope' records consent for another scope; purpose 'newsletter' needs consent for 'product-a' [consent-scope-mismatch]",
        "in.jsonl:11: error: purpose 'newsletter' relies on consent but 'consent_at' is empty [missing-consent-evidence]",
        "in.jsonl:11: error: retention for purpose 'newsletter' cannot be evaluated: 'consent_at' is empty [retention-unknown]",
        "in.jsonl:12: error: purpose 'newsletter' relies on consent but 'consent_at' is after the as-of date 2026-06-01 [missing-consent-evidence]",
        "in.jsonl:13: error: purpose 'sales' allows several lawful bases (contract, legitimate_interests) and the record names none in 'lawful_basis' [missing-lawful-basis]",
        "in.jsonl:14: error: the record's lawful basis in 'lawful_basis' is not one purpose 'sales' allows (contract, legitimate_interests) [lawful-basis-not-permitted]",
        "in.jsonl:15: error: field 'consent_at' is not an ISO 8601 datetime with offset (YYYY-MM-DDTHH:MM:SSZ or ±HH:MM) [invalid-value]",
        "in.jsonl:15: error: purpose 'newsletter' relies on consent but 'consent_at' is not a valid date or datetime [missing-consent-evidence]",
        "in.jsonl:15: error: retention for purpose 'newsletter' cannot be evaluated: 'consent_at' is not a date [retention-unknown]",
        "in.jsonl:16: error: purpose 'newsletter' relies on consent but 'consent_at' is missing [missing-consent-evidence]",
        "in.jsonl:16: error: retention for purpose 'newsletter' cannot be evaluated: 'consent_at' is missing [retention-unknown]",
    ]

    @Test func recordsBreakingOneRuleDifferentlyEachGetTheirOwnMessage() throws {
        let folder = try scratchFolder(["policy.yaml": policy, "in.jsonl": records.joined(separator: "\n") + "\n"])
        let result = try datamin(["validate", "in.jsonl", "--policy", "policy.yaml"] + asOf, in: folder)
        #expect(result.status == 1)
        #expect(result.stdoutLines == expected)
    }

    /// The JSON report is rendered from the spooled findings, whose repeating texts are
    /// numbered: each finding must still carry its own message, field and purpose.
    @Test func theJSONReportFromTheSpoolCarriesEachFindingsOwnTexts() throws {
        let folder = try scratchFolder(["policy.yaml": policy, "in.jsonl": records.joined(separator: "\n") + "\n"])
        let result = try datamin(["validate", "in.jsonl", "--policy", "policy.yaml", "--format", "json"] + asOf, in: folder)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let files = try #require(report["files"] as? [[String: Any]])
        let findings = try #require(files.first?["violations"] as? [[String: Any]])
        let lines = findings.map { finding in
            "in.jsonl:\(finding["line"] as? Int ?? 0): error: \(finding["message"] as? String ?? "") [\(finding["check"] as? String ?? "")]"
        }
        #expect(lines == expected)
        #expect(
            findings.map { $0["field"] as? String }
                == expected.map { line in
                    line.firstMatch(of: #/'(email|lawful_basis|collected_at|consent_at|consent_scope)'/#).map { String($0.1) }
                })
        #expect(findings[2]["purpose"] as? String == "newsletter")
        #expect(findings[0]["purpose"] as? String == "sales")
    }

    /// The column comes from the finding's field index: the header's order, not the policy's.
    @Test func repeatedFindingsInACSVPointAtTheirOwnColumn() throws {
        let csv =
            "phone,id,email,purpose,collected_at\n06 12,1,a@example.com,sales,2026-01-01\n+31201234567,2,,sales,2026-01-01\n"
            + "+0612,3,c@example.com,newsletter,2026-01-01\n+31201234568,4,,newsletter,2026-01-01\n"
        let folder = try scratchFolder(["policy.yaml": testPolicy, "in.csv": csv])
        let result = try datamin(["validate", "in.csv", "--policy", "policy.yaml"] + asOf, in: folder)
        #expect(
            result.stdoutLines == [
                "in.csv:2:1: error: field 'phone' is not an E.164 phone number ('+', then 7 to 15 digits, no spaces) [invalid-value]",
                "in.csv:3:3: error: required field 'email' is empty for purpose 'sales' [missing-required-field]",
                "in.csv:4:1: error: field 'phone' is not permitted for purpose 'newsletter' [field-not-permitted]",
                "in.csv:4:1: error: field 'phone' is not an E.164 phone number ('+', then 7 to 15 digits, no spaces) [invalid-value]",
                "in.csv:5:1: error: field 'phone' is not permitted for purpose 'newsletter' [field-not-permitted]",
                "in.csv:5:3: error: required field 'email' is empty for purpose 'newsletter' [missing-required-field]",
            ])
    }
}
