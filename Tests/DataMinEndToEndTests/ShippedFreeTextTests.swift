import DataMinTestSupport
import Foundation
import Testing

/// The shipped call-log policy on its fixture: `allow: [phone]` tolerates the callback
/// number, everything else a caller said about themselves is reported and redacted, the
/// policy's own `extra_terms:` included.
@Suite struct ShippedFreeTextTests {
    @Test func callNotesAreReportedAndRedactedWithTheShippedPolicy() throws {
        let folder = try scratchFolder([:])
        let minimised = folder.appendingPathComponent("calls.csv").path
        let result = try datamin([
            "validate", "fixtures/call-notes.csv", "--policy", "policies/call-log.yaml", "--as-of", "2026-11-29",
            "--strip-out", minimised, "--redact-free-text",
        ])
        #expect(result.status == 0)
        #expect(
            result.stdoutLines == [
                "fixtures/call-notes.csv:3:9: warning: free-text field 'summary' appears to contain an IBAN [pii-in-free-text]",
                "fixtures/call-notes.csv:3:9: warning: free-text field 'summary' appears to mention health data (Art. 9(1)) [special-category-in-free-text]",
                "fixtures/call-notes.csv:5:9: warning: free-text field 'summary' appears to contain a Dutch BSN [pii-in-free-text]",
                "fixtures/call-notes.csv:5:9: warning: free-text field 'summary' appears to mention health data (Art. 9(1)) [special-category-in-free-text]",
                "fixtures/call-notes.csv:6:9: warning: free-text field 'summary' appears to mention health data (Art. 9(1)) [special-category-in-free-text]",
            ])
        let lines = try String(contentsOfFile: minimised, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines[1].hasSuffix("\"Agreed on the renewal, call back on +31 20 794 6095 on Friday\""))
        #expect(lines[2].hasSuffix("\"Refund to [iban], [redacted]\""))
        #expect(lines[3].hasSuffix("Ordered 40 boxes of diabetic test strips for the pharmacy; invoice to billing@example.com"))
        #expect(lines[4].hasSuffix("\"Asked to confirm BSN [bsn] before the contract, [redacted]\""))
        #expect(lines[5].hasSuffix("\"Wil de levering op dinsdag, [redacted]\""))
    }
}
