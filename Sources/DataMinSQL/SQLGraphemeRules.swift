/// The code points that join grapheme clusters, as regular-expression classes for each
/// dialect: what `max_length` needs to count characters in SQL as a file run does.
///
/// The sets are read from the Swift runtime's own grapheme breaking when a query first needs
/// them, so they follow the Unicode version a file run counts by rather than a list kept by
/// hand.
struct SQLGraphemeRules: Sendable {
    /// Code points that extend the character before them into one cluster: Unicode's Extend
    /// and SpacingMark (combining marks, Thai and Tamil vowel signs, variation selectors,
    /// skin tones, tags), without the zero-width joiner, which joins the next character too.
    let extenderRanges: [ClosedRange<UInt32>]
    /// Indic consonants that a virama joins to the consonant before it (Unicode 15.1's
    /// conjunct rule, GB9c).
    let consonantRanges: [ClosedRange<UInt32>]
    /// The viramas that make conjuncts (InCB=Linker).
    let linkerRanges: [ClosedRange<UInt32>]

    static let shared = SQLGraphemeRules()

    private init() {
        func ranges(_ values: some Sequence<UInt32>, where test: (Unicode.Scalar) -> Bool) -> [ClosedRange<UInt32>] {
            var ranges: [ClosedRange<UInt32>] = []
            for value in values {
                guard let scalar = Unicode.Scalar(value), test(scalar) else { continue }
                if let last = ranges.last, last.upperBound + 1 == value {
                    ranges[ranges.count - 1] = last.lowerBound...value
                } else {
                    ranges.append(value...value)
                }
            }
            return ranges
        }
        func isOneCharacter(_ scalars: Unicode.Scalar...) -> Bool {
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars)
            return text.count == 1
        }
        // Nothing below U+0300 or between the supplementary planes and the tags extends a character.
        let candidates = Array(UInt32(0x300)...0x1_FFFF) + Array(UInt32(0xE_0000)...0xE_0FFF)
        let extenders = ranges(candidates) { $0.value != 0x200D && isOneCharacter("a", $0) }
        extenderRanges = extenders
        let isExtender = { (value: UInt32) in extenders.contains { $0.contains(value) } }
        let indic = UInt32(0x900)...0xDFF
        linkerRanges = ranges(indic) { $0.properties.canonicalCombiningClass.rawValue == 9 && isOneCharacter("\u{915}", $0, "\u{915}") }
        consonantRanges = ranges(indic) { !isExtender($0.value) && isOneCharacter("\u{915}", "\u{94D}", $0) }
    }

    func extenders(_ dialect: SQLDialect) -> String { Self.regexClass(extenderRanges, dialect) }
    func consonants(_ dialect: SQLDialect) -> String { Self.regexClass(consonantRanges, dialect) }
    func linkers(_ dialect: SQLDialect) -> String { Self.regexClass(linkerRanges, dialect) }
    func flagLetters(_ dialect: SQLDialect) -> String { Self.regexClass([0x1_F1E6...0x1_F1FF], dialect) }
    func joiner(_ dialect: SQLDialect) -> String { Self.escaped(0x200D, dialect) }

    private static func regexClass(_ ranges: [ClosedRange<UInt32>], _ dialect: SQLDialect) -> String {
        let parts = ranges.map { range in
            range.count == 1
                ? escaped(range.lowerBound, dialect) : escaped(range.lowerBound, dialect) + "-" + escaped(range.upperBound, dialect)
        }
        return "[" + parts.joined() + "]"
    }

    /// A code point written for the dialect's regular expressions: PostgreSQL's `\uXXXX` and
    /// `\UXXXXXXXX`; `\x{…}` for DuckDB's RE2 and Spark's Java.
    private static func escaped(_ value: UInt32, _ dialect: SQLDialect) -> String {
        switch dialect {
        case .postgres: value <= 0xFFFF ? "\\u" + SQLDialect.hex(value, digits: 4) : "\\U" + SQLDialect.hex(value, digits: 8)
        case .duckdb, .spark: "\\x{" + SQLDialect.hex(value, digits: 4) + "}"
        }
    }
}
