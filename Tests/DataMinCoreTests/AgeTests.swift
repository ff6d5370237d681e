import DataMinTestSupport
import Foundation
import Testing

@testable import DataMinCore

/// Ages for `below-minimum-age` (SPEC §8.2).
struct AgeTests {
    private func age(_ born: String, _ day: String) -> Int {
        BelowMinimumAgeCheck.age(born: CalendarDate(iso: born)!, on: CalendarDate(iso: day)!)
    }

    @Test func wholeYearsOnTheDay() {
        #expect(age("2010-11-29", "2026-11-29") == 16)
        #expect(age("2010-11-30", "2026-11-29") == 15)
        #expect(age("2010-12-31", "2026-01-01") == 15)
    }

    @Test func aTwentyNinthOfFebruaryBirthdayCountsOnTheTwentyEighthInOtherYears() {
        #expect(age("2008-02-29", "2024-02-28") == 15)  // 2024 has a 29th: not yet
        #expect(age("2008-02-29", "2024-02-29") == 16)
        #expect(age("2008-02-29", "2025-02-27") == 16)
        #expect(age("2008-02-29", "2025-02-28") == 17)  // no 29th in 2025: the 28th counts
    }
}
