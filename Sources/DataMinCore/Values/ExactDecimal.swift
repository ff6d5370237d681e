/// A decimal number read exactly from its text, for `min:` and `max:`: bounds are compared
/// digit by digit, never as floating point, so that a file run and every SQL engine decide
/// `0.3500000000000000000001` against `max: 0.35` alike (docs/policy-format.md, "Numbers").
///
/// The value is `0.d₁d₂…dₙ × 10^exponent`, with no leading or trailing zero digit.
package struct ExactDecimal: Sendable, Equatable {
    /// True for a value below zero; zero itself is never negative.
    package let negative: Bool
    /// The significant digits as ASCII bytes, without leading or trailing zeros; empty for zero.
    package let digits: [UInt8]
    /// The power of ten just above the first significant digit.
    package let exponent: Int
    /// The number as written, for messages.
    package let text: String

    /// Most digits a number may have before its exponent; more make it invalid.
    package static let maximumDigits = 1_000
    /// Largest magnitude of a written exponent; larger make a number invalid.
    package static let maximumExponent = 9_999

    /// How a value's text reads as a number of a field's type.
    package enum Reading: Equatable {
        case number(ExactDecimal)
        /// Not the syntax at all.
        case syntax
        /// The syntax, but more digits or a larger exponent than datamin compares.
        case outOfRange
    }

    /// Why `bytes` is not a number within the limits (`.syntax` or `.outOfRange`), or nil when
    /// it is one, without building it: a field without bounds needs no more, so checking an
    /// integer column allocates nothing per value. ``read(_:integerOnly:)`` builds the number.
    package static func check(_ bytes: some Collection<UInt8>, integerOnly: Bool) -> Reading? {
        var state = 0  // 0 sign, 1 whole, 2 fraction, 3 exponent sign, 4 exponent digits
        var mantissaDigits = 0
        var exponentDigits = 0
        var exponentSignificant = 0
        for byte in bytes {
            let isDigit = byte &- UInt8(ascii: "0") < 10
            let isE = byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
            switch state {
            case 0 where byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-"):
                state = 1
            case 0, 1:
                if isDigit {
                    mantissaDigits += 1
                    state = 1
                } else if byte == UInt8(ascii: "."), !integerOnly {
                    state = 2
                } else if isE, !integerOnly, mantissaDigits > 0 {
                    state = 3
                } else {
                    return .syntax
                }
            case 2:
                if isDigit {
                    mantissaDigits += 1
                } else if isE, mantissaDigits > 0 {
                    state = 3
                } else {
                    return .syntax
                }
            case 3 where byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-"):
                state = 4
            default:
                guard isDigit else { return .syntax }
                exponentDigits += 1
                if exponentSignificant > 0 || byte != UInt8(ascii: "0") { exponentSignificant += 1 }
                state = 4
            }
        }
        guard mantissaDigits > 0, state != 3, !(state == 4 && exponentDigits == 0) else { return .syntax }
        guard mantissaDigits <= maximumDigits, exponentSignificant <= 4 else { return .outOfRange }
        return nil
    }

    /// Reads `bytes` as an integer (`[+-]?[0-9]+`) or, unless `integerOnly`, a number as JSON
    /// and most exports write it (`[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?`).
    package static func read(_ bytes: some Collection<UInt8>, integerOnly: Bool) -> Reading {
        if let failure = check(bytes, integerOnly: integerOnly) { return failure }
        // The syntax and limits hold: only the parts are left to collect.
        var negative = false
        var digits: [UInt8] = []
        var wholeDigits = 0
        var inFraction = false
        var inExponent = false
        var exponentNegative = false
        var written = 0  // at most four significant digits: no overflow
        for byte in bytes {
            if inExponent {
                if byte == UInt8(ascii: "-") { exponentNegative = true }
                if byte &- UInt8(ascii: "0") < 10 { written = written * 10 + Int(byte &- UInt8(ascii: "0")) }
                continue
            }
            switch byte {
            case UInt8(ascii: "-"): negative = true
            case UInt8(ascii: "+"): break
            case UInt8(ascii: "."): inFraction = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"): inExponent = true
            default:
                digits.append(byte)
                if !inFraction { wholeDigits += 1 }
            }
        }
        let leadingZeros = digits.prefix { $0 == UInt8(ascii: "0") }.count
        var significant = Array(digits.dropFirst(leadingZeros))
        while significant.last == UInt8(ascii: "0") { significant.removeLast() }
        return .number(
            ExactDecimal(
                negative: negative && !significant.isEmpty, digits: significant,
                exponent: significant.isEmpty ? 0 : wholeDigits - leadingZeros + (exponentNegative ? -written : written),
                text: String(decoding: bytes, as: UTF8.self)))
    }

    /// The number `text` writes, or nil when it is not one within the limits.
    package init?(_ text: String) {
        guard case .number(let number) = ExactDecimal.read(Array(text.utf8), integerOnly: false) else { return nil }
        self = number
    }

    private init(negative: Bool, digits: [UInt8], exponent: Int, text: String) {
        self.negative = negative
        self.digits = digits
        self.exponent = exponent
        self.text = text
    }

    /// Whether this number is below `other`, by value (`1.50` is not below `1.5`).
    package func isLess(than other: ExactDecimal) -> Bool {
        if negative != other.negative { return negative }
        let magnitudeLess = ExactDecimal.magnitudeIsLess(self, other)
        let magnitudeGreater = ExactDecimal.magnitudeIsLess(other, self)
        return negative ? magnitudeGreater : magnitudeLess
    }

    private static func magnitudeIsLess(_ left: ExactDecimal, _ right: ExactDecimal) -> Bool {
        if left.digits.isEmpty || right.digits.isEmpty { return left.digits.isEmpty && !right.digits.isEmpty }
        if left.exponent != right.exponent { return left.exponent < right.exponent }
        // Without trailing zeros, the digit strings order as the fractions they stand for.
        return left.digits.lexicographicallyPrecedes(right.digits)
    }

    package static func == (left: ExactDecimal, right: ExactDecimal) -> Bool {
        left.negative == right.negative && left.digits == right.digits && left.exponent == right.exponent
    }
}
