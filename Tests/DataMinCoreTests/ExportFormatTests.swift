import Foundation
import Testing

@_spi(Readers) @testable import DataMinCore

/// Date patterns, time zones and phone formats of SPEC §8.1.
struct DatePatternTests {
    private func instant(_ pattern: String, _ value: String, zone: String? = nil, type: FieldType = .datetime) throws -> String? {
        var field = FieldPolicy(name: "f", type: type)
        field.datePatterns = [try DatePattern(pattern)]
        field.zone = zone.flatMap(ZoneRules.init(identifier:))
        let stamp = value.withUTF8Bytes { FieldRule(field).timestamp($0) }
        return stamp.map { ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: TimeInterval($0.seconds))) }
    }

    @Test(arguments: [
        ("yyyy-MM-dd HH:mm", "2025-03-04 10:22", "2025-03-04T09:22:00Z"),  // CET, +01:00
        ("yyyy-MM-dd HH:mm", "2025-07-04 10:22", "2025-07-04T08:22:00Z"),  // CEST, +02:00
        ("dd.MM.yyyy HH:mm:ss", "04.07.2025 10:22:05", "2025-07-04T08:22:05Z"),
        ("yyyy-MM-dd'T'HH:mm:ss.SSSXXX", "2025-07-04T10:22:05.123+05:30", "2025-07-04T04:52:05Z"),
        ("yyyyMMddHHmmssXX", "20250704102205-0400", "2025-07-04T14:22:05Z"),
        ("yyyy-MM-dd HH:mmXXX", "2025-07-04 10:22Z", "2025-07-04T10:22:00Z"),
    ])
    func valuesAreReadInTheirPatternAndZone(pattern: String, value: String, expected: String) throws {
        #expect(try instant(pattern, value, zone: "Europe/Amsterdam") == expected)
    }

    @Test(arguments: [
        ("dd/MM/yyyy", "31/02/2025"), ("dd/MM/yyyy", "1/2/2025"), ("dd/MM/yyyy", "01/02/25"), ("dd/MM/yyyy", "01/02/2025 "),
        ("yyyy-MM-dd HH:mm", "2025-03-04 24:00"), ("yyyy-MM-dd HH:mm", "2025-03-04T10:22"),
        ("yyyy-MM-dd HH:mmXXX", "2025-03-04 10:22+0100"),
        ("yyyy-MM-dd HH:mmXX", "2025-03-04 10:22+01:00"), ("yyyy-MM-dd'T'HH:mm:ss.SSS", "2025-03-04T10:22:05.12"),
    ])
    func valuesThatDoNotMatchExactlyAreInvalid(pattern: String, value: String) throws {
        #expect(try instant(pattern, value, zone: "UTC") == nil)
    }

    @Test func aLocalTimeSkippedBySpringForwardIsReadAfterTheGap() throws {
        // 2026-03-29 02:00 → 03:00 in Europe/Amsterdam: 02:30 does not exist on the wall clock.
        #expect(try instant("yyyy-MM-dd HH:mm", "2026-03-29 02:30", zone: "Europe/Amsterdam") == "2026-03-29T01:30:00Z")
        #expect(try instant("yyyy-MM-dd HH:mm", "2026-03-29 01:59", zone: "Europe/Amsterdam") == "2026-03-29T00:59:00Z")
        #expect(try instant("yyyy-MM-dd HH:mm", "2026-03-29 03:00", zone: "Europe/Amsterdam") == "2026-03-29T01:00:00Z")
        // New York, 2026-03-08 02:00 → 03:00.
        #expect(try instant("yyyy-MM-dd HH:mm", "2026-03-08 02:30", zone: "America/New_York") == "2026-03-08T07:30:00Z")
    }

    @Test func aLocalTimeRepeatedByFallBackIsReadAsTheEarlierInstant() throws {
        // 2026-10-25 03:00 CEST → 02:00 CET: 02:30 happens twice, at 00:30Z and at 01:30Z.
        #expect(try instant("yyyy-MM-dd HH:mm", "2026-10-25 02:30", zone: "Europe/Amsterdam") == "2026-10-25T00:30:00Z")
        #expect(try instant("yyyy-MM-dd HH:mm", "2026-10-25 03:00", zone: "Europe/Amsterdam") == "2026-10-25T02:00:00Z")
        #expect(try instant("yyyy-MM-dd HH:mm", "2026-11-01 01:30", zone: "America/New_York") == "2026-11-01T05:30:00Z")
    }

    @Test func aDatePatternGivesTheCalendarDay() throws {
        #expect(try instant("dd/MM/yyyy", "29/02/2024", type: .date) == "2024-02-29T00:00:00Z")
    }

    @Test(arguments: [
        ("yy-MM-dd", "'yy' is not a pattern token; write yyyy", 0),
        ("yyyy-M-dd", "'M' is not a pattern token; write MM", 5),
        ("yyyy-MM-dd hh:mm", "'h' is not a pattern letter (yyyy MM dd HH mm ss S XXX XX); quote literal text, as in 'T'", 11),
        ("yyyy-MM-ddTHH:mm", "'T' is not a pattern letter (yyyy MM dd HH mm ss S XXX XX); quote literal text, as in 'T'", 10),
        ("yyyy-MM-dd'T", "the quote is never closed", 10),
        ("MM/yyyy", "the pattern needs yyyy, MM and dd", 0),
        ("yyyy-MM-dd mm", "minutes or seconds need HH", 0),
        ("yyyy-MM-dd HH:mmX", "'X' is not a pattern token; write XXX or XX", 16),
    ])
    func badPatternsSayWhereAndWhy(pattern: String, message: String, offset: Int) {
        #expect(throws: DatePattern.Problem(message: message, offset: offset)) { try DatePattern(pattern) }
    }

    @Test func quotedTextIsLiteral() throws {
        let pattern = try DatePattern("yyyy-MM-dd'T'HH'h'mm''")
        #expect(
            pattern.tokens == [
                .year, .literal(Array("-".utf8)), .month, .literal(Array("-".utf8)), .day, .literal(Array("T".utf8)), .hour,
                .literal(Array("h".utf8)), .minute, .literal(Array("'".utf8)),
            ])
    }
}

struct PhoneFormatTests {
    private func valid(_ value: String, _ format: PhoneFormat) -> Bool {
        let region: PhoneRegion? = if case .national(let code) = format { PhoneRegion.all[code] } else { nil }
        return value.withUTF8Bytes { PhoneSyntax.isValid($0, format: format, region: region) }
    }

    @Test(arguments: [
        "+44 7700 900123", "+447700900123", "0049 30 1234567", "+49 (0)30 1234567", "+44(0)20-7946-0958",
        "+1 (415) 555-2671", "+33.1.23.45.67.89", "+31/20/1234567",
    ])
    func internationalNumbersWithSeparatorsPass(value: String) {
        #expect(valid(value, .international))
        #expect(!valid(value, .e164) || !value.contains(" "))
    }

    @Test(arguments: [
        "0612345678", "+44  7700 900123", "+44 7700 900123 ", "+1 (415) (555) 2671", "+0 123 4567",
        "+44 7700", "++44 7700 900123", "+44 7700 900123 ext 4", "+44 (20) (79) 460958",
    ])
    func malformedInternationalNumbersFail(value: String) {
        #expect(!valid(value, .international))
    }

    /// A national number for every region of the table, as written there, and a number
    /// that is not one (no trunk prefix where the region has one, or too short).
    @Test(arguments: [
        ("NL", "06-12345678", "6-12345678"), ("DE", "030 1234567", "30 1234567"), ("FR", "01 23 45 67 89", "1 23 45 67 89"),
        ("GB", "020 7946 0958", "20 7946 0958"), ("BE", "02 123 45 67", "2 123 45 67"), ("AT", "01 5123456", "1"),
        ("CH", "044 668 18 00", "44 668 18 00"), ("IE", "01 234 5678", "1234"), ("SE", "08-123 456 78", "8-123"),
        ("FI", "09 1234567", "9"), ("HU", "06 1 234 5678", "1 234 5678x"), ("LT", "8 612 34567", "x"),
        ("ES", "912 345 678", "91"), ("PT", "213 456 789", "21"), ("DK", "32 12 34 56", "32"), ("IT", "06 1234 5678", "06"),
        ("PL", "22 123 45 67", "22"), ("NO", "22 12 34 56", "2"), ("US", "(415) 555-2671", "555-2671"),
        ("US", "1 415 555 2671", "415 555 267"),
        ("CA", "416-555-0199", "416-555"), ("BG", "02 123 4567", "2 123 4567"), ("HR", "01 234 5678", "1 234 5678"),
        ("CY", "22 123456", "22"), ("CZ", "212 345 678", "21"), ("EE", "512 3456", "51"), ("GR", "21 0123 4567", "21"),
        ("LV", "6712 3456", "67"), ("LU", "27 12 34 56", "27"), ("MT", "2123 4567", "21"), ("RO", "021 123 4567", "21 123 4567"),
        ("SK", "02 1234 5678", "2 1234 5678"), ("SI", "01 234 56 78", "1 234 56 78"), ("IS", "551 2345", "55"),
        ("LI", "234 56 78", "23"),
    ])
    func nationalNumbersOfEachRegion(region: String, national: String, invalid: String) {
        #expect(valid(national, .national(region: region)), "\(region) \(national)")
        #expect(!valid(invalid, .national(region: region)), "\(region) \(invalid)")
        #expect(valid("+44 7700 900123", .national(region: region)))
    }

    @Test func everyRegionOfTheTableIsTestedAbove() {
        let tested = Set([
            "NL", "DE", "FR", "GB", "BE", "AT", "CH", "IE", "SE", "FI", "HU", "LT", "ES", "PT", "DK", "IT", "PL", "NO", "US",
            "CA", "BG", "HR", "CY", "CZ", "EE", "GR", "LV", "LU", "MT", "RO", "SK", "SI", "IS", "LI",
        ])
        #expect(tested == Set(PhoneRegion.all.keys))
    }

    @Test func theRegionTableCoversTheEUTheEEASwitzerlandTheUKAndNorthAmerica() {
        let expected = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO CH GB US CA"
        #expect(Set(PhoneRegion.all.keys) == Set(expected.split(separator: " ").map(String.init)))
    }
}

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
