import DataMinCore

/// One way a date or datetime value may be written, as SQL: a regular expression for its
/// shape and, once that matched, expressions for its parts.
///
/// Parts at a fixed position are read with `substr`; only what follows a part of varying
/// length (an offset, a fraction of any length) is read with a capture group, so most
/// values run one regular expression.
struct SQLTemporalSyntax: Sendable {
    /// The whole value's shape, without anchors.
    var regex: String
    /// SQL integer expressions for each part, given the value's expression; nil parts are 0.
    var year: (@Sendable (String) -> String)?
    var month: (@Sendable (String) -> String)?
    var day: (@Sendable (String) -> String)?
    var hour: (@Sendable (String) -> String)?
    var minute: (@Sendable (String) -> String)?
    var second: (@Sendable (String) -> String)?
    /// The offset's text (`Z`, `+01:00`, `+0100`), when the syntax has one.
    var offset: (@Sendable (String) -> String)?
    var offsetHasColon = true

    /// The syntaxes a field accepts, in the order datamin tries them: its `format:` list, or
    /// the ISO 8601 form of its type.
    static func alternatives(for rule: FieldRule) -> [SQLTemporalSyntax] {
        guard !rule.datePatterns.isEmpty else { return [rule.type == .date ? isoDate : isoDateTime] }
        return rule.datePatterns.map(SQLTemporalSyntax.init(pattern:))
    }

    /// `YYYY-MM-DD`.
    static let isoDate = SQLTemporalSyntax(
        regex: "[0-9]{4}-[0-9]{2}-[0-9]{2}", year: fixed(1, 4), month: fixed(6, 2), day: fixed(9, 2))

    /// `YYYY-MM-DDTHH:MM[:SS[.fraction]]` and `Z` or `±HH:MM`; `t` or a space may stand for `T`.
    static let isoDateTime = SQLTemporalSyntax(
        regex: "[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}([.,][0-9]+)?)?([Zz]|[+-][0-9]{2}:[0-9]{2})",
        year: fixed(1, 4), month: fixed(6, 2), day: fixed(9, 2), hour: fixed(12, 2), minute: fixed(15, 2),
        second: { value in "(CASE WHEN substr(\(value), 17, 1) = ':' THEN CAST(substr(\(value), 18, 2) AS BIGINT) ELSE 0 END)" },
        offset: { value in
            "(CASE WHEN upper(substr(\(value), char_length(\(value)), 1)) = 'Z' THEN 'Z' ELSE substr(\(value), char_length(\(value)) - 5, 6) END)"
        })

    init(
        regex: String, year: (@Sendable (String) -> String)? = nil, month: (@Sendable (String) -> String)? = nil,
        day: (@Sendable (String) -> String)? = nil,
        hour: (@Sendable (String) -> String)? = nil, minute: (@Sendable (String) -> String)? = nil,
        second: (@Sendable (String) -> String)? = nil,
        offset: (@Sendable (String) -> String)? = nil
    ) {
        self.regex = regex
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.offset = offset
    }

    /// A `format:` pattern's tokens as a regular expression and part readers.
    init(pattern: DatePattern) {
        self.init(regex: "")
        var position: Int? = 1  // 1-based; nil once a part of varying length came before
        var group = 0
        func part(_ length: Int) -> (String, @Sendable (String) -> String) {
            group += 1
            if let start = position {
                position = start + length
                return ("([0-9]{\(length)})", SQLTemporalSyntax.fixed(start, length))
            }
            let captured = group
            return ("([0-9]{\(length)})", { value in "CAST(\(SQLTemporalSyntax.captureMarker(captured, value)) AS BIGINT)" })
        }
        for token in pattern.tokens {
            switch token {
            case .year: (regex, year) = append(part(4))
            case .month: (regex, month) = append(part(2))
            case .day: (regex, day) = append(part(2))
            case .hour: (regex, hour) = append(part(2))
            case .minute: (regex, minute) = append(part(2))
            case .second: (regex, second) = append(part(2))
            case .fraction(let digits):
                regex += "[0-9]{\(digits)}"
                position = position.map { $0 + digits }
            case .offset(let colon):
                group += 1
                let captured = group
                regex += colon ? "([Zz]|[+-][0-9]{2}:[0-9]{2})" : "([Zz]|[+-][0-9]{4})"
                offset = { value in SQLTemporalSyntax.captureMarker(captured, value) }
                offsetHasColon = colon
                position = nil
            case .literal(let bytes):
                let text = String(decoding: bytes, as: UTF8.self)
                regex += SQLValueRules.regexEscaped(text)
                position = position.map { $0 + text.count }
            }
        }
        func append(_ piece: (String, @Sendable (String) -> String)) -> (String, @Sendable (String) -> String) {
            (regex + piece.0, piece.1)
        }
    }

    private static func fixed(_ start: Int, _ length: Int) -> @Sendable (String) -> String {
        { value in "CAST(substr(\(value), \(start), \(length)) AS BIGINT)" }
    }

    /// A placeholder for capture group `group` of the syntax's own regex, filled in by
    /// ``resolve(_:_:_:)`` once the dialect is known.
    private static func captureMarker(_ group: Int, _ value: String) -> String {
        "\u{1}\(group)\u{2}\(value)\u{3}"
    }

    /// `expression` with its capture placeholders written as the dialect's capture calls.
    private func resolve(_ expression: String, _ dialect: SQLDialect) -> String {
        var result = ""
        var rest = Substring(expression)
        while let start = rest.firstIndex(of: "\u{1}") {
            result += rest[..<start]
            let afterStart = rest.index(after: start)
            let separator = rest[afterStart...].firstIndex(of: "\u{2}")!
            let end = rest[separator...].firstIndex(of: "\u{3}")!
            let group = Int(rest[afterStart..<separator])!
            let value = String(rest[rest.index(after: separator)..<end])
            result += dialect.capture(value, regex, group: group)
            rest = rest[rest.index(after: end)...]
        }
        return result + rest
    }

    /// True when the matched parts make a real date and time, as datamin checks them.
    func validity(of value: String, _ dialect: SQLDialect) -> String {
        guard let year, let month, let day else { return "FALSE" }  // datamin needs all three
        let y = year(value)
        let m = month(value)
        let d = day(value)
        let leap = "((\(y) % 4 = 0 AND \(y) % 100 <> 0) OR \(y) % 400 = 0)"
        let daysInMonth = "(CASE WHEN \(m) IN (4, 6, 9, 11) THEN 30 WHEN \(m) = 2 THEN CASE WHEN \(leap) THEN 29 ELSE 28 END ELSE 31 END)"
        var tests = ["\(y) >= 1", "\(m) BETWEEN 1 AND 12", "\(d) BETWEEN 1 AND \(daysInMonth)"]
        if let hour { tests.append("\(hour(value)) < 24") }
        if let minute { tests.append("\(minute(value)) < 60") }
        if let second { tests.append("\(second(value)) <= 60") }
        if let offset {
            let text = offset(value)
            let minutes = offsetHasColon ? "substr(\(text), 5, 2)" : "substr(\(text), 4, 2)"
            tests.append(
                "(upper(\(text)) = 'Z' OR (CAST(substr(\(text), 2, 2) AS BIGINT) < 24 AND CAST(\(minutes) AS BIGINT) < 60))")
        }
        return resolve("(" + tests.joined(separator: " AND ") + ")", dialect)
    }

    /// Seconds since 1970-01-01T00:00:00Z; only valid after ``validity(of:_:)`` held.
    func seconds(of value: String, _ dialect: SQLDialect) -> String {
        guard let year, let month, let day else { return "NULL" }
        let days = SQLTemporalSyntax.dayNumber(year: year(value), month: month(value), day: day(value), dialect)
        var total = "\(days) * 86400"
        if let hour { total += " + \(hour(value)) * 3600" }
        if let minute { total += " + \(minute(value)) * 60" }
        if let second { total += " + \(second(value))" }
        if let offset {
            let text = offset(value)
            let minutes = offsetHasColon ? "substr(\(text), 5, 2)" : "substr(\(text), 4, 2)"
            total +=
                " - (CASE WHEN upper(\(text)) = 'Z' THEN 0 ELSE (CASE WHEN substr(\(text), 1, 1) = '-' THEN -1 ELSE 1 END) * (CAST(substr(\(text), 2, 2) AS BIGINT) * 3600 + CAST(\(minutes) AS BIGINT) * 60) END)"
        }
        return resolve("(" + total + ")", dialect)
    }

    /// Days since 1970-01-01 of a valid year (1–9999), month and day, in integer
    /// arithmetic on non-negative numbers (H. Hinnant's days_from_civil).
    static func dayNumber(year: String, month: String, day: String, _ dialect: SQLDialect) -> String {
        let y = "(\(year) - CASE WHEN \(month) <= 2 THEN 1 ELSE 0 END)"
        let era = dialect.divide(y, 400)
        let yearOfEra = "(\(y) - \(era) * 400)"
        let dayOfYear = "(\(dialect.divide("153 * (CASE WHEN \(month) > 2 THEN \(month) - 3 ELSE \(month) + 9 END) + 2", 5)) + \(day) - 1)"
        let dayOfEra = "(\(yearOfEra) * 365 + \(dialect.divide(yearOfEra, 4)) - \(dialect.divide(yearOfEra, 100)) + \(dayOfYear))"
        return "(\(era) * 146097 + \(dayOfEra) - 719468)"
    }
}
