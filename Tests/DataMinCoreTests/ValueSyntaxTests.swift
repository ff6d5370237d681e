import Testing

@_spi(Readers) @testable import DataMinCore

struct ValueSyntaxTests {
    @Test(arguments: ["a@example.com", "anna.de-vries+crm@mail.example.co.uk", "o'brien@example.ie", "x_y@sub-domain.example"])
    func acceptsPracticalEmails(email: String) { #expect(ValueSyntax.isEmail(email)) }

    @Test(arguments: [
        "", "a@", "@example.com", "a@example", "a b@example.com", "a@-example.com", "a@example-.com",
        "a@example..com", "a@@example.com", "anna@exämple.com", " a@example.com", "änna@example.com", "anna",
    ])
    func refusesMalformedEmails(email: String) { #expect(!ValueSyntax.isEmail(email)) }

    @Test(arguments: [
        ("+31201234567", true), ("+1234567", true), ("+123456789012345", true), ("+1234567890123456", false),
        ("+123456", false), ("+0123456789", false), ("0201234567", false), ("+31 20 123 4567", false), ("+3120123456a", false),
    ])
    func phoneIsE164(phone: String, valid: Bool) { #expect(ValueSyntax.isE164Phone(phone) == valid) }

    @Test func countryListHasEveryAssignedCodeAndNoOther() {
        #expect(ValueSyntax.countryCodeList.split(separator: " ").count == 249)
        for code in ["NL", "DE", "FR", "GB", "US", "AX", "SS", "XK"] {
            #expect(ValueSyntax.isCountryCode(code) == (code != "XK"))
        }
        #expect(!ValueSyntax.isCountryCode("nl"))
        #expect(!ValueSyntax.isCountryCode("EU"))
        #expect(!ValueSyntax.isCountryCode("NLD"))
    }

    @Test(arguments: [
        ("2024-02-29", true), ("2023-02-29", false), ("2026-04-31", false), ("2026-13-01", false),
        ("2026-1-01", false), ("20260101", false), ("0000-01-01", false),
    ])
    func datesAreCalendarValid(text: String, valid: Bool) { #expect((CalendarDate(iso: text) != nil) == valid) }

    /// The date reader tests its ten bytes as two words; every byte at every position, and
    /// every day of four centuries, must read as a byte-by-byte reading does.
    @Test func datesReadWordAtATimeAgreeWithAByteByByteReading() {
        func byteByByte(_ bytes: [UInt8]) -> CalendarDate? {
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
            var numbers: [Int] = []
            for range in [0..<4, 5..<7, 8..<10] {
                guard bytes[range].allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
                numbers.append(bytes[range].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) })
            }
            return CalendarDate(year: numbers[0], month: numbers[1], day: numbers[2])
        }
        var mismatches: [String] = []
        for text in ["2024-02-29", "1999-12-31", "2026-06-01"] {
            for position in 0..<10 {
                for byte in UInt8.min...UInt8.max {
                    var bytes = Array(text.utf8)
                    bytes[position] = byte
                    let read = bytes.withUTF8Bytes { CalendarDate.parse($0) }
                    if read != byteByByte(bytes) { mismatches.append("\(text) with byte \(byte) at \(position)") }
                }
            }
        }
        for dayNumber in CalendarDate(year: 1900, month: 1, day: 1)!.dayNumber...CalendarDate(year: 2299, month: 12, day: 31)!.dayNumber {
            let date = CalendarDate(dayNumber: dayNumber)
            if CalendarDate(iso: date.description) != date { mismatches.append(date.description) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test(arguments: [
        ("2026-03-01T10:00:00Z", true), ("2026-03-01T10:00Z", true), ("2026-03-01T10:00:00.123+01:00", true),
        ("2026-03-01 10:00:00-05:30", true), ("2026-03-01T10:00:00", false), ("2026-03-01T24:00:00Z", false),
        ("2026-03-01T10:00:00+1:00", false), ("2026-02-30T10:00:00Z", false),
    ])
    func datetimesNeedAnOffset(text: String, valid: Bool) {
        #expect((Timestamp.parse(text, allowDate: false, allowDateTime: true) != nil) == valid)
    }

    @Test func datetimeOffsetsConvertToUTC() throws {
        let local = try #require(Timestamp.parse("2026-03-01T00:30:00+01:00", allowDate: false, allowDateTime: true))
        #expect(local.date == CalendarDate(year: 2026, month: 2, day: 28))
    }

    @Test(arguments: [
        ("P2Y", true), ("P6M", true), ("P30D", true), ("P2W", true), ("P1Y6M", true), ("PT72H", true), ("P1DT12H", true),
        ("P", false), ("PT", false), ("2Y", false), ("P2Yr", false), ("P1.5Y", false), ("P6M1Y", false), ("P-1Y", false), ("p2y", false),
    ])
    func durationsFollowISO8601(text: String, valid: Bool) { #expect((ISODuration(text) != nil) == valid) }

    @Test(arguments: [
        ("2024-02-29", "P1Y", "2025-02-28"), ("2024-01-31", "P1M", "2024-02-29"), ("2025-12-15", "P30D", "2026-01-14"),
        ("2026-11-29", "P2W", "2026-12-13"), ("2024-08-31", "P1Y6M", "2026-02-28"), ("2026-11-29", "PT72H", "2026-12-02"),
    ])
    func durationsUseCalendarArithmetic(start: String, period: String, end: String) throws {
        let from = Timestamp(date: try #require(CalendarDate(iso: start)))
        #expect(try #require(ISODuration(period)).added(to: from).date.description == end)
    }

    @Test(arguments: [
        "religion", "Religion", "HealthNotes", "health_notes", "blood-type", "Gewerkschaftszugehörigkeit",
        "gewerkschaftszugehoerigkeit", "ziekteverzuimdagen", "casier judiciaire", "ConvictionsCount", "santé", "sexual_orientation",
        "ethnic_origin", "Blood Group", "BloodGroup", "Pregnant", "HIV", "Biometrie", "biometrisch_id", "Religiöse_Überzeugung",
        "religioese_ueberzeugung", "Weltanschauung", "Glaube", "appartenance religieuse",
    ])
    func specialCategoryNamesAreRecognised(name: String) {
        #expect(SpecialCategoryVocabulary.category(ofFieldName: name) != nil)
    }

    @Test(arguments: [
        "page", "usage", "stage", "message", "european_union", "trace", "essex", "third_party", "business_partner",
        "terms_and_conditions", "date_of_birth", "gender", "healthcheck", "id", "Religieuse", "religieux_qty",
    ])
    func ordinaryNamesAreNotSpecial(name: String) {
        #expect(SpecialCategoryVocabulary.category(ofFieldName: name) == nil)
    }

    @Test func criminalDataCitesArticle10() {
        #expect(SpecialCategoryVocabulary.category(ofFieldName: "criminal_record")?.article == "Art. 10")
        #expect(SpecialCategoryVocabulary.category(ofFieldName: "religion")?.article == "Art. 9(1)")
    }
}

/// The validators read bytes; these let the tests pass strings.
extension ValueSyntax {
    static func isEmail(_ text: String) -> Bool { withBytes(text, isEmail) }
    static func isE164Phone(_ text: String) -> Bool { withBytes(text, isE164Phone) }
    static func isCountryCode(_ text: String) -> Bool { withBytes(text, isCountryCode) }

    private static func withBytes<Result>(_ text: String, _ body: (UTF8Bytes) -> Result) -> Result {
        text.withUTF8Bytes(body)
    }
}
