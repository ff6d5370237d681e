/// Finds personal data inside a note (SPEC §8.4, §8.5): identifiers and mentions of special
/// categories, each with its place, so the checks can name the kind and redaction can
/// replace exactly those bytes.
package enum FreeTextScanner {
    /// Every finding of `kinds` in `text`, in text order, none overlapping.
    package static func matches(in text: UTF8Bytes, kinds: FreeTextKinds) -> [TextMatch] {
        guard !kinds.isEmpty, !text.isEmpty else { return [] }
        let identifiers = kinds.intersection(.identifiers)
        let categories = kinds.intersection(.specialCategories)
        let mayHoldIdentifier = !identifiers.isEmpty && mayHoldIdentifier(text)
        guard mayHoldIdentifier || !categories.isEmpty else { return [] }
        var found: [TextMatch] = []
        if mayHoldIdentifier {
            var finder = IdentifierFinder(text: text, kinds: identifiers)
            finder.run()
            found = finder.matches
        }
        if !categories.isEmpty, FreeTextLexicon.mayMentionACategory(text) {
            var finder = SpecialCategoryFinder(words: NoteWords(text), kinds: categories)
            finder.run()
            found += finder.matches
        }
        guard found.count > 1 else { return found }
        found.sort { $0.range.lowerBound < $1.range.lowerBound }
        var kept: [TextMatch] = []
        for match in found where kept.last.map({ $0.range.upperBound <= match.range.lowerBound }) ?? true { kept.append(match) }
        return kept
    }

    /// Every identifier holds a digit or an at sign, or spells the at sign out in brackets or
    /// with a spelled-out dot, so most notes skip the identifier pass after one look at their bytes.
    private static func mayHoldIdentifier(_ text: UTF8Bytes) -> Bool {
        var index = 0
        while index < text.count {
            let byte = text[index]
            if byte &- UInt8(ascii: "0") < 10 { return true }
            switch byte {
            case UInt8(ascii: "@"), UInt8(ascii: "["), UInt8(ascii: "("), UInt8(ascii: "{"), UInt8(ascii: "<"): return true
            case UInt8(ascii: " ")
            where index + 4 < text.count && text[index + 4] == UInt8(ascii: " ") && text[index + 1] | 0x20 == UInt8(ascii: "d"):
                return true  // ` dot `
            default: index += 1
            }
        }
        return false
    }

    /// `text` with each match replaced: an identifier by its kind (`[iban]`), a special
    /// category by `[redacted]`, since `[health]` would leave the special category itself
    /// in the copy (SPEC §11.4); every other byte as it was. Nil when nothing matched.
    package static func redacted(_ text: UTF8Bytes, kinds: FreeTextKinds) -> [UInt8]? {
        let found = matches(in: text, kinds: kinds)
        guard !found.isEmpty else { return nil }
        var result: [UInt8] = []
        result.reserveCapacity(text.count)
        var position = 0
        for match in found {
            result += text[position..<match.range.lowerBound]
            result += Array((match.kind.specialCategory == nil ? "[\(match.kind.id)]" : "[redacted]").utf8)
            position = match.range.upperBound
        }
        result += text[position...]
        return result
    }
}
