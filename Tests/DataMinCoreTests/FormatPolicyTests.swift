import Foundation
import Testing

@_spi(Readers) @testable import DataMinCore

struct FormatPolicyTests {
    private func lint(_ fields: String, top: String = "") -> String? {
        let yaml = """
            version: 1
            name: t
            \(top)fields:
            \(fields)
              at: { type: date }
            purposes:
              sales:
                lawful_basis: [contract]
                retention: { period: P1Y, from: at }

            """
        do {
            _ = try Policy(yaml: yaml, file: "p.yaml")
            return nil
        } catch {
            return error.diagnostics.map(\.headline).joined(separator: "\n")
        }
    }

    @Test(arguments: [
        (
            "  d: { type: datetime, format: \"yyyy-MM-dd HH:mm\" }", "",
            "p.yaml:4:32: error: 'format' of field 'd' has no offset (XXX or XX), so values need a zone: add 'timezone:' to the field or the policy, such as 'timezone: Europe/Amsterdam'"
        ),
        (
            "  d: { type: datetime, format: \"yyyy-MM-dd HH:mm\", timezone: Europe/Amsterdm }", "",
            "p.yaml:4:62: error: unknown time zone 'Europe/Amsterdm' in 'timezone' of field 'd'; did you mean 'Europe/Amsterdam'?"
        ),
        (
            "  d: { type: datetime, format: \"yyyy-MM-dd HH:mm\" }", "timezone: Mars/Olympus\n",
            "p.yaml:3:11: error: unknown time zone 'Mars/Olympus' in 'timezone'; write an IANA name such as Europe/Amsterdam or UTC"
        ),
        (
            "  d: { type: date, format: 'dd/MM/yyyy HH' }", "",
            "p.yaml:4:28: error: 'format' of field 'd' reads a time, but the field is a date; make it 'type: datetime' or drop the time"
        ),
        (
            "  d: { type: date, format: [dd/MM/yyyy, \"dd/MM/yyyy hh\"] }", "",
            "p.yaml:4:53: error: 'format' of field 'd': 'h' is not a pattern letter (yyyy MM dd HH mm ss S XXX XX); quote literal text, as in 'T'"
        ),
        (
            "  d: { type: date, format: [] }", "",
            "p.yaml:4:28: error: 'format' of field 'd' is an empty list; name at least one pattern, or remove 'format' to read ISO 8601"
        ),
        (
            "  d: { type: string, format: dd/MM/yyyy }", "",
            "p.yaml:4:30: error: 'format' only applies to date, datetime and phone fields; field 'd' is 'string'"
        ),
        (
            "  p: { type: phone, format: national }", "",
            "p.yaml:4:29: error: field 'p' has 'format: national' but no 'region'; add one such as 'region: NL'"
        ),
        (
            "  p: { type: phone, format: national, region: XX }", "",
            "p.yaml:4:47: error: unknown phone region 'XX' in field 'p'; expected one of: AT, BE, BG, CA, CH, CY, CZ, DE, DK, EE, ES, FI, FR, GB, GR, HR, HU, IE, IS, IT, LI, LT, LU, LV, MT, NL, NO, PL, PT, RO, SE, SI, SK, US"
        ),
        (
            "  p: { type: phone, format: internatonal }", "",
            "p.yaml:4:29: error: unknown phone format 'internatonal' in field 'p'; did you mean 'international'?"
        ),
        (
            "  p: { type: phone, region: NL }", "",
            "p.yaml:4:29: error: 'region' only applies to 'format: national'; field 'p' is not national"
        ),
        ("  d: { type: date, timezone: UTC }", "", "p.yaml:4:30: error: 'timezone' only applies to datetime fields; field 'd' is 'date'"),
    ])
    func formatKeysAreLinted(field: String, top: String, expected: String) {
        #expect(lint(field, top: top) == expected)
    }

    @Test func aPolicyZoneServesEveryNaiveDatetimePattern() throws {
        #expect(
            lint("  d: { type: datetime, format: [\"yyyy-MM-dd HH:mm\", \"yyyy-MM-dd'T'HH:mmXXX\"] }", top: "timezone: Europe/Amsterdam\n")
                == nil)
        #expect(lint("  d: { type: datetime, format: \"yyyy-MM-dd'T'HH:mmXXX\" }") == nil)
    }
}
