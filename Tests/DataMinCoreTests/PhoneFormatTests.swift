import Foundation
import Testing

@_spi(Readers) @testable import DataMinCore

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
