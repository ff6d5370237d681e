/// A proleptic Gregorian calendar date, parsed from bytes without `DateFormatter`.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    /// 1 to 12.
    public var month: Int
    /// 1 to the month's length.
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`, refusing dates the calendar does not have (2023-02-29).
    public init?(iso text: String) {
        guard let date = text.withUTF8Bytes({ CalendarDate.parse($0) }) else { return nil }
        self = date
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (negative before it).
    package var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    package init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        self.month = month
        self.day = day
    }

    /// This date moved by whole months, clamped to the target month's last day
    /// (2024-02-29 + 12 months = 2025-02-28).
    func adding(months: Int) -> CalendarDate {
        let total = year * 12 + (month - 1) + months
        let newYear = total / 12
        let newMonth = total % 12 + 1
        var result = self
        result.year = newYear
        result.month = newMonth
        result.day = min(day, CalendarDate.daysIn(month: newMonth, year: newYear))
        return result
    }

    /// 31 December of this date's year, for any year: a datetime's UTC day can fall in year
    /// 0 or 10000 (`0001-01-01T00:30:00+01:00`), which the checked initializer refuses.
    package var yearEnd: CalendarDate {
        var end = self
        end.month = 12
        end.day = 31
        return end
    }

    func adding(days: Int) -> CalendarDate {
        CalendarDate(dayNumber: dayNumber + days)
    }

    /// Reads `YYYY-MM-DD` as two little-endian words, `YYYY-MM-` and `M-DD`, so that its
    /// eight digits and two dashes are tested together: every record of a CRM export holds a
    /// date or two, each read for its syntax and again for retention.
    static func parse(_ bytes: UTF8Bytes) -> CalendarDate? {
        guard bytes.count == 10 else { return nil }
        let head = bytes.word(at: 0)
        let tail = UInt64(bytes.half(at: 6))
        // Byte i of a word is bits 8i to 8i+7: the dashes are bytes 4 and 7 of `head`, the
        // digits bytes 0-3 and 5-6 of `head` and bytes 2-3 of `tail` (the text's 8 and 9).
        guard head & 0xFF00_00FF_0000_0000 == 0x2D00_002D_0000_0000,
            let head = digitValues(head, mask: 0x00FF_FF00_FFFF_FFFF), let tail = digitValues(tail, mask: 0xFFFF_0000)
        else { return nil }
        func digit(_ word: UInt64, _ byte: Int) -> Int { Int(truncatingIfNeeded: word >> (8 * byte)) & 0xFF }
        let year = digit(head, 0) * 1000 + digit(head, 1) * 100 + digit(head, 2) * 10 + digit(head, 3)
        return CalendarDate(year: year, month: digit(head, 5) * 10 + digit(head, 6), day: digit(tail, 2) * 10 + digit(tail, 3))
    }

    /// The bytes of `word` under `mask` as digit values (0 to 9, other bytes 0), or nil when
    /// one of them is not an ASCII digit.
    private static func digitValues(_ word: UInt64, mask: UInt64) -> UInt64? {
        // `0`-`9` XOR 0x30 are 0-9; any other byte becomes 10 or more, and adding 0x76 to a
        // byte of 10 to 0x7F sets its top bit (a byte with the top bit set already fails,
        // and a carry out of it only reaches bytes of a word that fails anyway).
        let values = (word ^ 0x3030_3030_3030_3030) & mask
        return ((values &+ 0x7676_7676_7676_7676) | values) & mask & 0x8080_8080_8080_8080 == 0 ? values : nil
    }

    static func digits(_ bytes: UTF8Bytes, _ from: Int, _ count: Int) -> Int? {
        var value = 0
        for index in from..<(from + count) {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }
}

/// A point in time read from a `date` or `datetime` value, kept as seconds since the epoch
/// in UTC so durations in hours can be added.
public struct Timestamp: Sendable, Hashable, Comparable {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var seconds: Int

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.seconds < rhs.seconds }

    public init(date: CalendarDate) {
        seconds = date.dayNumber * 86_400
    }

    package init(seconds: Int) {
        self.seconds = seconds
    }

    /// The UTC calendar date this instant falls on.
    public var date: CalendarDate {
        CalendarDate(dayNumber: Int((Double(seconds) / 86_400).rounded(.down)))
    }

    /// Reads `YYYY-MM-DD`, or an ISO 8601 datetime when `allowDate` is false or the text is
    /// longer: `YYYY-MM-DDTHH:MM[:SS[.fraction]]` followed by `Z` or `±HH:MM`.
    public static func parse(_ text: String, allowDate: Bool, allowDateTime: Bool) -> Timestamp? {
        text.withUTF8Bytes { parse($0, allowDate: allowDate, allowDateTime: allowDateTime) }
    }

    package static func parse(_ bytes: UTF8Bytes, allowDate: Bool, allowDateTime: Bool) -> Timestamp? {
        if bytes.count == 10 {
            guard allowDate, let date = CalendarDate.parse(bytes) else { return nil }
            return Timestamp(date: date)
        }
        guard allowDateTime else { return nil }
        return parseDateTime(bytes)
    }

    private static func parseDateTime(_ bytes: UTF8Bytes) -> Timestamp? {
        guard bytes.count >= 17, let date = CalendarDate.parse(bytes.view(0..<10)) else { return nil }
        let separator = bytes[10]
        guard separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t") || separator == UInt8(ascii: " "),
            bytes[13] == UInt8(ascii: ":"),
            let hour = CalendarDate.digits(bytes, 11, 2), hour < 24,
            let minute = CalendarDate.digits(bytes, 14, 2), minute < 60
        else { return nil }
        var index = 16
        var second = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ":") {
            guard index + 3 <= bytes.count, let value = CalendarDate.digits(bytes, index + 1, 2), value <= 60 else { return nil }
            second = value
            index += 3
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ",") {
                index += 1
                let fractionStart = index
                while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 { index += 1 }
                guard index > fractionStart else { return nil }
            }
        }
        guard index < bytes.count else { return nil }  // an offset is required
        var offset = 0
        switch bytes[index] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            guard index + 1 == bytes.count else { return nil }
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard index + 6 == bytes.count, bytes[index + 3] == UInt8(ascii: ":"),
                let hours = CalendarDate.digits(bytes, index + 1, 2), hours <= 23,
                let minutes = CalendarDate.digits(bytes, index + 4, 2), minutes < 60
            else { return nil }
            offset = (hours * 60 + minutes) * 60 * (bytes[index] == UInt8(ascii: "+") ? 1 : -1)
        default:
            return nil
        }
        return Timestamp(seconds: date.dayNumber * 86_400 + hour * 3600 + minute * 60 + second - offset)
    }
}
