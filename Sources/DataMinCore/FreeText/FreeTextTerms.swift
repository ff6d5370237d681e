/// A policy's own words for special categories (`extra_terms:`), looked up after
/// ``FreeTextLexicon``'s for a word the lexicon gives no category. They count as strong
/// terms: on their own, unless they name a thing, a place or a business.
package struct FreeTextTerms: Sendable {
    /// Whole words by the hash of their folded letters (``NoteWords/hash(_:)``).
    private var words: [UInt64: SpecialCategory] = [:]
    /// Stems by their folded letters, longest first, so that the most specific wins.
    private var stems: [(letters: [UInt8], category: SpecialCategory)] = []

    /// The terms of `extraTerms`, or nil when there are none.
    package init?(_ extraTerms: [SpecialCategory: [String]]) {
        for (category, terms) in extraTerms.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            for term in terms {
                let isStem = term.hasSuffix("*")
                guard let letters = NoteWords.foldedLetters(of: isStem ? String(term.dropLast()) : term) else { continue }
                if isStem {
                    stems.append((letters, category))
                } else {
                    words[NoteWords.hash(String(decoding: letters, as: UTF8.self))] = category
                }
            }
        }
        guard !words.isEmpty || !stems.isEmpty else { return nil }
        stems.sort { $0.letters.count > $1.letters.count }
    }

    /// The category of the word whose folded letters are `letters` and whose hash is `hash`,
    /// and the length of the stem it starts with (nil for a whole word).
    package func category(of letters: FreeTextLexicon.Letters, hash: UInt64) -> (category: SpecialCategory, stemLength: Int?)? {
        if let category = words[hash] { return (category, nil) }
        return stems.first { letters.count >= $0.letters.count && letters.starts(with: $0.letters) }.map {
            ($0.category, $0.letters.count)
        }
    }
}
