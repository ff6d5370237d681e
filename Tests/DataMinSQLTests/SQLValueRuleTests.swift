import DataMinCore
import Testing

@testable import DataMinSQL

/// The value rules SQL must reproduce (docs/policy-format.md): what joins characters for
/// `max_length`, and the subject-key capitals the engines' own `lower` disagree on.
struct SQLValueRuleTests {
    @Test func theConjunctLinkersAreTheSixViramasOfUnicodesConjunctRule() {
        let linkers = SQLGraphemeRules.shared.linkerRanges.flatMap { Array($0) }
        #expect(linkers == [0x94D, 0x9CD, 0xACD, 0xB4D, 0xC4D, 0xD4D])
    }

    /// Thai vowel signs (one a SpacingMark that is a letter by category), Tamil's pulli,
    /// combining accents, skin tones and variation selectors all extend a character.
    @Test(arguments: [0x0E31, 0x0E33, 0x0E48, 0x0BCD, 0x0BBF, 0x0301, 0x1F3FD, 0xFE0F, 0xE0061] as [UInt32])
    func aCodePointThatExtendsACharacterIsInTheExtenders(_ value: UInt32) {
        #expect(SQLGraphemeRules.shared.extenderRanges.contains { $0.contains(value) })
    }

    @Test(arguments: [0x0041, 0x0E01, 0x0B95, 0x200D, 0x1F1E6] as [UInt32])
    func aCodePointThatStartsACharacterIsNotAnExtender(_ value: UInt32) {
        #expect(!SQLGraphemeRules.shared.extenderRanges.contains { $0.contains(value) })
    }

    @Test(arguments: [SQLDialect.postgres, .duckdb, .spark])
    func theSubjectKeyLowersDottedIAndSigmaByHandBeforeTheEnginesLower(_ dialect: SQLDialect) {
        let folded = dialect.lowercase("k")
        #expect(folded.contains("replace(replace(k, \(dialect.literal("\u{130}")), \(dialect.literal("i\u{307}")))"))
        #expect(folded.contains("\(dialect.literal("\u{3A3}")), \(dialect.literal("\u{3C3}"))"))
    }
}
