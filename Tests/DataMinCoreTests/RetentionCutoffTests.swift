import Testing

@_spi(Readers) @testable import DataMinCore

struct RetentionCutoffTests {
    @Test(arguments: ["P1M", "P2Y", "P1Y6M", "P30D", "P2W", "PT72H", "P1DT12H"])
    func cutoffAgreesWithCalendarArithmeticAroundIt(period: String) throws {
        let duration = try #require(ISODuration(period))
        for asOf in ["2026-11-29", "2025-03-01", "2024-02-29", "2026-03-31"] {
            let date = try #require(CalendarDate(iso: asOf))
            let cutoff = PurposePlan.cutoff(of: duration, asOf: date)
            // Every hour for four days on each side of the cutoff, plus month ends.
            var starts = stride(from: cutoff - 96 * 3600, through: cutoff + 96 * 3600, by: 3600).map(Timestamp.init(seconds:))
            starts += ["2024-01-29", "2024-01-31", "2025-08-31", "2024-02-29"].compactMap {
                CalendarDate(iso: $0).map(Timestamp.init(date:))
            }
            for start in starts {
                #expect(
                    (start.seconds < cutoff) == (duration.added(to: start).date < date), "\(period) from \(start.seconds) as of \(asOf)")
            }
        }
    }
}
