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

        /// The part of a value the token reads, for messages.
        var partName: String {
            switch self {
            case .year: "year"
            case .month: "month"
            case .day: "day"
            case .hour: "hour"
            case .minute: "minute"
            case .second: "second"
            case .fraction: "fraction of a second"
            case .offset: "offset"
            case .literal: "text"
            }
        }

        /// True when both tokens read the same part of a value (`SSS` and `S` both a fraction).
        func isSamePart(as other: Token) -> Bool {
            switch (self, other) {
            case (.fraction, .fraction), (.offset, .offset): true
            case (.literal, _), (_, .literal): false
            default: self == other
            }
        }
    }

    /// Why a pattern cannot be used; `offset` is the 0-based character where the problem is.
    package struct Problem: Error, Equatable {
        package var message: String
        package var offset: Int
    }

    /// The pattern as the policy wrote it.
    package let text: String
    package let tokens: [Token]
    /// The tokens as plain values (literals split into runs of at most 8 bytes), so
    /// matching a value retains nothing.
    private let steps: [Step]

    private struct Step: Sendable, Equatable {
        enum Kind: UInt8 { case year, month, day, hour, minute, second, fraction, offsetColon, offset, literal }
        var kind: Kind
        /// Digits for `fraction`, bytes for `literal`.
        var count: Int
        /// Up to eight literal bytes, the first in the lowest byte.
        var literal: UInt64 = 0
    }

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
                throw Problem(
                    message: "'\(String(repeating: String(character), count: run))' is not a pattern token; write \(expected)",
                    offset: index)
            default:
                throw Problem(
                    message: "'\(character)' is not a pattern letter (yyyy MM dd HH mm ss S XXX XX); quote literal text, as in 'T'",
                    offset: index)
            }
            // `yyyy-MM-dd-dd` would read two days and keep the last: a value could say two things.
            if tokens.contains(where: { $0.isSamePart(as: token) }) {
                throw Problem(
                    message: "'\(String(repeating: String(character), count: run))' names the \(token.partName) again; name each part once",
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
        var steps: [Step] = []
        for token in tokens {
            switch token {
            case .year: steps.append(Step(kind: .year, count: 4))
            case .month: steps.append(Step(kind: .month, count: 2))
            case .day: steps.append(Step(kind: .day, count: 2))
            case .hour: steps.append(Step(kind: .hour, count: 2))
            case .minute: steps.append(Step(kind: .minute, count: 2))
            case .second: steps.append(Step(kind: .second, count: 2))
            case .fraction(let count): steps.append(Step(kind: .fraction, count: count))
            case .offset(let colon): steps.append(Step(kind: colon ? .offsetColon : .offset, count: 0))
            case .literal(let bytes):
                for start in stride(from: 0, to: bytes.count, by: 8) {
                    let run = bytes[start..<min(bytes.count, start + 8)]
                    let packed = run.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
                    steps.append(Step(kind: .literal, count: run.count, literal: packed))
                }
            }
        }
        self.steps = steps
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
        var year = 0
        var month = 0
        var day = 0
        var hour = 0
        var minute = 0
        var second = 0
        var offset: Int?
        let count = bytes.count
        for stepIndex in steps.indices {
            let step = steps[stepIndex]
            switch step.kind {
            case .literal:
                guard index + step.count <= count else { return nil }
                for position in 0..<step.count
                where bytes[index + position] != UInt8(truncatingIfNeeded: step.literal >> (8 * UInt64(position))) {
                    return nil
                }
                index += step.count
            case .offset, .offsetColon:
                guard index < count else { return nil }
                let sign = bytes[index]
                if sign == UInt8(ascii: "Z") || sign == UInt8(ascii: "z") {
                    index += 1
                    offset = 0
                    continue
                }
                guard sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return nil }
                index += 1
                guard let hours = Self.digits(bytes, &index, 2), hours < 24 else { return nil }
                if step.kind == .offsetColon {
                    guard index < count, bytes[index] == UInt8(ascii: ":") else { return nil }
                    index += 1
                }
                guard let minutes = Self.digits(bytes, &index, 2), minutes < 60 else { return nil }
                offset = (sign == UInt8(ascii: "-") ? -1 : 1) * (hours * 3600 + minutes * 60)
            default:
                guard let value = Self.digits(bytes, &index, step.count) else { return nil }
                switch step.kind {
                case .year: year = value
                case .month:
                    guard (1...12).contains(value) else { return nil }
                    month = value
                case .day:
                    guard value >= 1 else { return nil }
                    day = value
                case .hour:
                    guard value < 24 else { return nil }
                    hour = value
                case .minute:
                    guard value < 60 else { return nil }
                    minute = value
                case .second:
                    guard value <= 60 else { return nil }
                    second = value
                default: break  // a fraction: digits only
                }
            }
        }
        guard index == count, let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        return Match(date: date, secondOfDay: hour * 3600 + minute * 60 + second, offset: offset)
    }

    /// The value of `count` decimal digits at `index`, which moves past them; nil when
    /// they are not all there.
    private static func digits(_ bytes: UTF8Bytes, _ index: inout Int, _ count: Int) -> Int? {
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
}
