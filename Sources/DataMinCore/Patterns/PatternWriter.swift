/// Writes a ``PatternNode`` back as a regular expression that PostgreSQL, DuckDB (RE2),
/// Java (Spark) and datamin all read the same way: explicit classes instead of `\d` or `.`,
/// every ASCII punctuation character escaped, groups only where a repetition or an
/// alternation needs them, and no anchors.
package struct PatternWriter: Sendable {
    /// How a scalar outside printable ASCII is spelled: raw for most, an escape for controls.
    package var writeScalar: @Sendable (UInt32) -> String

    /// Control characters as `\t`, `\n`, `\r`, `\f` or `\u{…}`, everything else raw: the form
    /// messages use.
    package static let readable = PatternWriter(escapesAllPunctuation: false) { value in
        switch value {
        case 0x09: return "\\t"
        case 0x0A: return "\\n"
        case 0x0C: return "\\f"
        case 0x0D: return "\\r"
        default:
            guard let scalar = Unicode.Scalar(value), value >= 0x20, !(0x7F...0x9F).contains(value) else {
                return "\\u{\(String(value, radix: 16, uppercase: true))}"
            }
            return String(Character(scalar))
        }
    }

    /// True to escape every ASCII punctuation character (for engines); false to escape only
    /// those that mean something in a pattern (for messages).
    package var escapesAllPunctuation = true

    /// How the class of every character is spelled: an alternation where brackets cannot say
    /// it (PostgreSQL refuses `\S` inside brackets), `[\s\S]` where they can, since Java
    /// recurses once a character when it repeats an alternation.
    package var everyCharacter = "(?:[^\\n]|\\n)"

    package init(
        escapesAllPunctuation: Bool = true, everyCharacter: String = "(?:[^\\n]|\\n)", writeScalar: @escaping @Sendable (UInt32) -> String
    ) {
        self.escapesAllPunctuation = escapesAllPunctuation
        self.everyCharacter = everyCharacter
        self.writeScalar = writeScalar
    }

    /// The expression for `node`.
    package func text(_ node: PatternNode) -> String {
        switch node {
        case .scalar(let set): return text(set)
        case .sequence(let parts):
            return parts.map { part in
                if case .alternation = part { return "(?:" + text(part) + ")" }
                return text(part)
            }.joined()
        case .alternation(let branches): return branches.map(text).joined(separator: "|")
        case .repetition(let body, let min, let max):
            var inner = text(body)
            if case .scalar = body {} else { inner = "(?:" + inner + ")" }
            let quantifier =
                switch (min, max) {
                case (0, nil): "*"
                case (1, nil): "+"
                case (0, 1): "?"
                case (_, nil): "{\(min),}"
                case (_, let max?) where max == min: "{\(min)}"
                case (_, let max?): "{\(min),\(max)}"
                }
            return inner + quantifier
        }
    }

    private func text(_ set: ScalarSet) -> String {
        let ranges = set.ranges
        if ranges.count == 1, ranges[0].lowerBound == ranges[0].upperBound { return literal(ranges[0].lowerBound) }
        // A class that holds the last code point is written as its complement, as it was
        // most likely written ([^…], \D, .).
        guard ranges.last?.upperBound == 0x10_FFFF else { return "[" + members(ranges) + "]" }
        let complement = set.inverted.ranges
        if complement.isEmpty { return everyCharacter }
        return "[^" + members(complement) + "]"
    }

    private func members(_ ranges: [ClosedRange<UInt32>]) -> String {
        ranges.map { range in
            switch range.upperBound - range.lowerBound {
            case 0: literal(range.lowerBound)
            case 1: literal(range.lowerBound) + literal(range.upperBound)
            default: literal(range.lowerBound) + "-" + literal(range.upperBound)
            }
        }.joined()
    }

    private func literal(_ value: UInt32) -> String {
        switch value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: String(UnicodeScalar(UInt8(value)))
        case 0x20: " "
        // Every engine reads a backslash before ASCII punctuation as the character itself.
        case 0x21...0x7E:
            escapesAllPunctuation || "\\^$.|?*+()[]{}-".unicodeScalars.contains(UnicodeScalar(UInt8(value)))
                ? "\\" + String(UnicodeScalar(UInt8(value))) : String(UnicodeScalar(UInt8(value)))
        default: writeScalar(value)
        }
    }
}
