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
        ("yyyy-MM-dd-dd", "'dd' names the day again; name each part once", 11),
        ("yyyy-MM-dd HH:mm:ss.SSS.S", "'S' names the fraction of a second again; name each part once", 24),
        ("yyyy-MM-dd HH:mmXXX XX", "'XX' names the offset again; name each part once", 20),
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
