import DataMinTestSupport
import Foundation
import Testing

/// A finding's message is made once per code (check, field, purpose, which sentence) and
/// shared by every later finding of that code (#32): records that break one rule in
/// different ways must still each get their own words, at their own place.
@Suite(.serialized) struct RepeatedFindingTests {
    private let asOf = ["--as-of", "2026-06-01"]

    @Test func recordsBreakingOneRuleDifferentlyEachGetTheirOwnMessage() throws {
        let records = [
            #"{"id":"1","email":"","purpose":"sales","collected_at":"2026-01-01"}"#,
            #"{"id":"2","purpose":"sales","collected_at":"2026-01-01"}"#,
            #"{"id":"3","email":"","purpose":"newsletter","collected_at":"2026-01-01"}"#,
            #"{"id":"4","email":"","purpose":"sales","collected_at":"2026-01-01"}"#,
            #"{"id":"5","email":"c@example.com","phone":"06 12","purpose":"sales","collected_at":"2026-01-01"}"#,
            #"{"id":"6","email":"d@example.com","phone":612,"purpose":"sales","collected_at":"2026-01-01"}"#,
            #"{"id":"7","email":"e@example.com","phone":"+0612","purpose":"sales","collected_at":"2026-01-01"}"#,
        ]
        let folder = try scratchFolder(["policy.yaml": testPolicy, "in.jsonl": records.joined(separator: "\n") + "\n"])
        let result = try datamin(["validate", "in.jsonl", "--policy", "policy.yaml"] + asOf, in: folder)
        #expect(result.status == 1)
        #expect(
            result.stdoutLines == [
                "in.jsonl:1: error: required field 'email' is empty for purpose 'sales' [missing-required-field]",
                "in.jsonl:2: error: required field 'email' is missing for purpose 'sales' [missing-required-field]",
                "in.jsonl:3: error: required field 'email' is empty for purpose 'newsletter' [missing-required-field]",
                "in.jsonl:4: error: required field 'email' is empty for purpose 'sales' [missing-required-field]",
                "in.jsonl:5: error: field 'phone' is not an E.164 phone number ('+', then 7 to 15 digits, no spaces) [invalid-value]",
                "in.jsonl:6: error: field 'phone' holds a number where phone text is expected [invalid-value]",
                "in.jsonl:7: error: field 'phone' is not an E.164 phone number ('+', then 7 to 15 digits, no spaces) [invalid-value]",
            ])
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
