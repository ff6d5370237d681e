/// A date or datetime layout from a field's `format:` (SPEC §8.1), such as `dd/MM/yyyy` or
/// `yyyy-MM-dd HH:mm`, compiled once and matched against UTF-8 bytes.
///
/// Tokens: `yyyy` `MM` `dd` `HH` `mm` `ss` (exactly that many digits), `S…` (that many
/// fraction digits), `XXX` (`Z` or `±HH:MM`), `XX` (`Z` or `±HHMM`). Text in single quotes
/// is literal (`'T'`; `''` is a quote); any other character that is not an ASCII letter is
/// literal too.
package struct DatePattern: Sendable, Equatable, CustomStringConvertible {
    package enum Token: Sendable, Equatable {
        case year, month, day, hour, minute, second
        /// That many digits of a second's fraction.
        case fraction(Int)
        /// `Z` or an offset, with a colon (`XXX`) or without (`XX`).
        case offset(colon: Bool)
        case literal([UInt8])
    }

    /// Why a pattern cannot be used; `offset` is the 0-based character where the problem is.
    package struct Problem: Error, Equatable {
        package var message: String
        package var offset: Int
    }

    /// The pattern as the policy wrote it.
    package let text: String
    package let tokens: [Token]

    /// True when the pattern reads a time of day.
    package var hasTime: Bool { tokens.contains(.hour) }
    /// True when the pattern reads a UTC offset, so it needs no time zone.
    package var hasOffset: Bool { tokens.contains { if case .offset = $0 { true } else { false } } }

    package var description: String { text }

    /// Compiles `text`.
    ///
    /// - Throws: ``Problem`` for a letter that is no token, a token of the wrong length, an
    ///   unclosed quote, or a pattern without `yyyy`, `MM` and `dd`.
    package init(_ text: String) throws(Problem) {
        self.text = text
        let characters = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var index = 0
        func appendLiteral(_ bytes: some Sequence<UInt8>) {
            if case .literal(let previous) = tokens.last {
                tokens[tokens.count - 1] = .literal(previous + bytes)
            } else {
                tokens.append(.literal(Array(bytes)))
            }
        }
        while index < characters.count {
            let character = characters[index]
            if character == "'" {
                var end = index + 1
                var literal: [UInt8] = []
                while true {
                    guard end < characters.count else { throw Problem(message: "the quote is never closed", offset: index) }
                    if characters[end] == "'" {
                        if end + 1 < characters.count, characters[end + 1] == "'" {
                            literal.append(UInt8(ascii: "'"))
                            end += 2
                            continue
                        }
                        break
                    }
                    literal += Array(String(characters[end]).utf8)
                    end += 1
                }
                // `''` alone is one quote.
                appendLiteral(end == index + 1 ? [UInt8(ascii: "'")] : literal)
                index = end + 1
                continue
            }
            guard character.isASCII, character.properties.isAlphabetic else {
                appendLiteral(String(character).utf8)
                index += 1
                continue
            }
            var run = 1
            while index + run < characters.count, characters[index + run] == character { run += 1 }
            let token: Token
            switch (character, run) {
            case ("y", 4): token = .year
            case ("M", 2): token = .month
            case ("d", 2): token = .day
            case ("H", 2): token = .hour
            case ("m", 2): token = .minute
            case ("s", 2): token = .second
            case ("S", _): token = .fraction(run)
            case ("X", 3): token = .offset(colon: true)
            case ("X", 2): token = .offset(colon: false)
            case ("y", _), ("M", _), ("d", _), ("H", _), ("m", _), ("s", _), ("X", _):
                let expected = character == "y" ? "yyyy" : character == "X" ? "XXX or XX" : String(repeating: String(character), count: 2)
                throw Problem(message: "'\(String(repeating: String(character), count: run))' is not a pattern token; write \(expected)", offset: index)
            default:
                throw Problem(message: "'\(character)' is not a pattern letter (yyyy MM dd HH mm ss S XXX XX); quote literal text, as in 'T'",
                              offset: index)
            }
            tokens.append(token)
            index += run
        }
        for required in [Token.year, .month, .day] where !tokens.contains(required) {
            throw Problem(message: "the pattern needs yyyy, MM and dd", offset: 0)
        }
        if (tokens.contains(.minute) || tokens.contains(.second) || Self.hasFraction(tokens)) && !tokens.contains(.hour) {
            throw Problem(message: "minutes or seconds need HH", offset: 0)
        }
        self.tokens = tokens
    }

    private static func hasFraction(_ tokens: [Token]) -> Bool {
        tokens.contains { if case .fraction = $0 { true } else { false } }
    }

    /// What a value matched: its calendar day, its time of day in seconds (0 without a
    /// time) and its UTC offset in seconds when the pattern reads one.
    package struct Match: Equatable {
        package var date: CalendarDate
        package var secondOfDay: Int
        package var offset: Int?
    }

    /// The value's parts when the whole of `bytes` matches the pattern, else nil.
    package func match(_ bytes: UTF8Bytes) -> Match? {
        var index = 0
        var year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0
        var offset: Int?
        func digits(_ count: Int) -> Int? {
            guard index + count <= bytes.count else { return nil }
            var value = 0
            for position in index..<(index + count) {
                let digit = bytes[position] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            index += count
            return value
        }
        for token in tokens {
            switch token {
            case .year: guard let value = digits(4) else { return nil }; year = value
            case .month: guard let value = digits(2), (1...12).contains(value) else { return nil }; month = value
            case .day: guard let value = digits(2), value >= 1 else { return nil }; day = value
            case .hour: guard let value = digits(2), value < 24 else { return nil }; hour = value
            case .minute: guard let value = digits(2), value < 60 else { return nil }; minute = value
            case .second: guard let value = digits(2), value <= 60 else { return nil }; second = value
            case .fraction(let count): guard digits(count) != nil else { return nil }
            case .literal(let literal):
                guard index + literal.count <= bytes.count else { return nil }
                for (position, byte) in literal.enumerated() where bytes[index + position] != byte { return nil }
                index += literal.count
            case .offset(let colon):
                guard index < bytes.count else { return nil }
                let sign = bytes[index]
                if sign == UInt8(ascii: "Z") || sign == UInt8(ascii: "z") {
                    index += 1
                    offset = 0
                    continue
                }
                guard sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return nil }
                index += 1
                guard let hours = digits(2), hours < 24 else { return nil }
                if colon {
                    guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
                    index += 1
                }
                guard let minutes = digits(2), minutes < 60 else { return nil }
                offset = (sign == UInt8(ascii: "-") ? -1 : 1) * (hours * 3600 + minutes * 60)
            }
        }
        guard index == bytes.count, let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        return Match(date: date, secondOfDay: hour * 3600 + minute * 60 + second, offset: offset)
    }
}
