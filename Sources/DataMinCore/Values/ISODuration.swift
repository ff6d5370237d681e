/// An ISO 8601 duration such as `P2Y`, `P6M`, `P30D`, `P2W`, `P1Y6M` or `PT72H`.
///
/// Years and months are calendar units: they move the date and clamp to the month's end.
/// Weeks and days are whole days; hours, minutes and seconds are exact.
public struct ISODuration: Sendable, Hashable, CustomStringConvertible {
    public var years = 0, months = 0, weeks = 0, days = 0
    public var hours = 0, minutes = 0, seconds = 0
    /// The text as written in the policy.
    public let description: String

    /// Parses the duration, or returns nil for anything malformed (`P`, `2Y`, `P2Yr`,
    /// `P1.5Y`, `PT`, designators out of order).
    public init?(_ text: String) {
        description = text
        var chars = Substring(text)
        guard chars.first == "P" else { return nil }
        chars.removeFirst()
        var inTime = false
        var seen = 0
        var order = 0  // designators must appear in canonical order
        while !chars.isEmpty {
            if chars.first == "T" {
                guard !inTime else { return nil }
                inTime = true
                chars.removeFirst()
                guard !chars.isEmpty else { return nil }
                continue
            }
            let digits = chars.prefix(while: { $0.isASCII && $0.isNumber })
            guard !digits.isEmpty, digits.count <= 6, let value = Int(digits) else { return nil }
            chars.removeFirst(digits.count)
            guard let designator = chars.popFirst() else { return nil }
            let rank: Int
            switch (inTime, designator) {
            case (false, "Y"):
                rank = 1
                years = value
            case (false, "M"):
                rank = 2
                months = value
            case (false, "W"):
                rank = 3
                weeks = value
            case (false, "D"):
                rank = 4
                days = value
            case (true, "H"):
                rank = 5
                hours = value
            case (true, "M"):
                rank = 6
                minutes = value
            case (true, "S"):
                rank = 7
                seconds = value
            default: return nil
            }
            guard rank > order else { return nil }
            order = rank
            seen += 1
        }
        guard seen > 0 else { return nil }
    }

    /// `start` moved forward by this duration.
    public func added(to start: Timestamp) -> Timestamp {
        let secondsIntoDay = start.seconds - Timestamp(date: start.date).seconds
        var date = start.date
        if years != 0 || months != 0 { date = date.adding(months: years * 12 + months) }
        if weeks != 0 || days != 0 { date = date.adding(days: weeks * 7 + days) }
        return Timestamp(seconds: Timestamp(date: date).seconds + secondsIntoDay + hours * 3600 + minutes * 60 + seconds)
    }
}
