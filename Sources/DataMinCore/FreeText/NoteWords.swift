/// The words of a note, folded for lookup (lowercased, accents removed: `é` → `e`,
/// `ß` → `ss`, `ł` → `l`), each with its place in the original bytes and what
/// ``FreeTextLexicon`` says of it, looked up once while the note is read: both free-text
/// recognisers and redaction share one reading of each note.
///
/// A word is a run of letters and digits that starts with a letter. Apostrophes, hyphens and
/// every other character end it, so `l'église` is `l` and `eglise`, and `Steuer-ID` is
/// `steuer` and `id` (the lexicon's two-word entries join them again).
package struct NoteWords {
    package struct Word: BitwiseCopyable {
        /// Byte offsets of the word in the note, end exclusive (a `Range` is not bitwise copyable).
        var startOffset: Int32
        var endOffset: Int32
        /// Offsets of the folded letters in ``NoteWords/folded``, end exclusive.
        var foldedStart: Int32
        var foldedEnd: Int32
        /// FNV-1a of the folded letters.
        package var hash: UInt64
        /// The lexicon's entry for the whole word or, when it has none, for the stem the word
        /// starts with (or holds, for long compounds); nil for most words.
        package var entry: FreeTextLexicon.Entry?
        /// True when ``entry`` is a stem's.
        package var isStem = false
        /// How many letters that stem has; 0 for a stem found inside a long word.
        package var stemLength: UInt8 = 0
        /// True when punctuation other than a hyphen or apostrophe (`,` `.` `;` `(` …)
        /// stands between this word and the one before: phrases do not run across it.
        package var afterPunctuation: Bool

        package var start: Int { Int(startOffset) }
        package var end: Int { Int(endOffset) }
        /// What the word tells about its neighbours; empty when the lexicon does not know it.
        package var roles: FreeTextLexicon.Roles { entry?.roles ?? [] }
        /// The whole word's entry: nil when the lexicon knows only its stem.
        package var exact: FreeTextLexicon.Entry? { isStem ? nil : entry }
    }

    /// The note the words were read from.
    private let text: UTF8Bytes
    /// The words, valid while the call to ``read(_:_:)`` that made them runs.
    private let words: ElementView<Word>
    /// The folded letters of every word, one after another.
    private let folded: ElementView<UInt8>
    /// False when no word can be a special-category term (no term, stem, two-word entry or
    /// abbreviation written with a dot starts here): the note skips that recogniser.
    package private(set) var mayMentionACategory = false
    /// False when the note holds no digit, at sign, bracket (`[at]`) or spelled-out dot
    /// (` dot `): no identifier can be in it, and the note skips that recogniser.
    package private(set) var mayHoldAnIdentifier = false

    /// Reads the words of `text` and runs `body` with them. They live in `words` and
    /// `folded`, arrays the caller keeps between notes (a pool), so a note allocates nothing;
    /// they are not to be kept past the call.
    /// - Parameter terms: a policy's own special-category words, given a category when the
    ///   lexicon gives a word none.
    package static func read<Result>(
        _ text: UTF8Bytes, reusing words: inout [Word], _ folded: inout [UInt8], terms: FreeTextTerms? = nil,
        _ body: (NoteWords) -> Result
    ) -> Result {
        // A word takes a letter and a space at least; `ß` folds its two bytes into two letters.
        Scratch<Word>.with(reusing: &words, capacity: text.count / 2 + 1) { words in
            Scratch<UInt8>.with(reusing: &folded, capacity: text.count) { folded in
                body(NoteWords(text, into: &words, &folded, terms: terms))
            }
        }
    }

    /// ``read(_:reusing:_:terms:_:)`` with arrays of its own, for a single note.
    package static func read<Result>(_ text: UTF8Bytes, terms: FreeTextTerms? = nil, _ body: (NoteWords) -> Result) -> Result {
        var words: [Word] = []
        var folded: [UInt8] = []
        return read(text, reusing: &words, &folded, terms: terms, body)
    }

    private init(_ text: UTF8Bytes, into words: inout Scratch<Word>, _ folded: inout Scratch<UInt8>, terms: FreeTextTerms?) {
        let lexicon = FreeTextLexicon.words
        let known = FreeTextLexicon.knownWords
        let stems = FreeTextLexicon.stemFilter
        var index = 0
        var punctuation = false
        var mayMention = false
        var mayHoldIdentifier = false
        while index < text.count {
            let byte = text[index]
            if byte < 0x80, (byte | 0x20) &- UInt8(ascii: "a") >= 26 {
                // ASCII that is not a letter: the common case between words.
                if Self.isDigit(byte) {
                    mayHoldIdentifier = true
                } else if byte != UInt8(ascii: " "), byte != UInt8(ascii: "-"), byte != UInt8(ascii: "'") {
                    punctuation = true
                    switch byte {
                    case UInt8(ascii: "@"), UInt8(ascii: "["), UInt8(ascii: "("), UInt8(ascii: "{"), UInt8(ascii: "<"):
                        mayHoldIdentifier = true
                    default: break
                    }
                }
                index += 1
                continue
            }
            let start = index
            let foldedStart = folded.count
            var hash: UInt64 = Self.fnvOffset
            while index < text.count {
                let byte = text[index]
                let lower = byte | 0x20
                // ASCII letters and digits inline; other characters through the folding tables.
                if lower &- UInt8(ascii: "a") < 26 {
                    folded.append(lower)
                    hash = (hash ^ UInt64(lower)) &* Self.fnvPrime
                    index += 1
                    continue
                }
                if Self.isDigit(byte) {
                    // `nl91abna…`, `AB123456C`: identifiers that read as words.
                    mayHoldIdentifier = true
                    folded.append(byte)
                    hash = (hash ^ UInt64(byte)) &* Self.fnvPrime
                    index += 1
                    continue
                }
                guard byte >= 0x80 else { break }
                let (letter, length) = Self.letter(at: index, in: text)
                guard let letter else { break }
                folded.append(letter.0)
                hash = (hash ^ UInt64(letter.0)) &* Self.fnvPrime
                if letter.1 != 0 {
                    folded.append(letter.1)
                    hash = (hash ^ UInt64(letter.1)) &* Self.fnvPrime
                }
                index += length
            }
            guard index > start else {
                // A character that is not a letter (`€`, a no-break space): skip it whole.
                if IdentifierFinder.wideAtSignLength(at: index, in: text) > 0 {
                    mayHoldIdentifier = true
                    punctuation = true
                }
                index += Self.letter(at: index, in: text).1
                continue
            }
            let letters = folded.count - foldedStart
            var word = Word(
                startOffset: Int32(start), endOffset: Int32(index), foldedStart: Int32(foldedStart), foldedEnd: Int32(folded.count),
                hash: hash, afterPunctuation: punctuation)
            if known.contains(hash) { word.entry = lexicon[hash] }
            if let exact = word.entry {
                if exact.category != nil || exact.startsPair { mayMention = true }
            } else if letters >= 4, Self.mayHoldAStem(folded, from: foldedStart, in: stems),
                let (entry, stemLength) = FreeTextLexicon.stemEntry(of: folded.elements[foldedStart...])
            {
                word.entry = entry
                word.isStem = true
                word.stemLength = UInt8(clamping: stemLength)
                if entry.category != nil { mayMention = true }
            }
            if word.entry == nil, letters >= 9, Self.endsInNummer(folded, from: foldedStart),
                !Self.startsWithAPersonalHead(folded, from: foldedStart)
            {
                // `Paketnummer`, `Retourennummer`, `onderdeelnummer`: a compound the lexicon does
                // not know that ends in "number" names an order, a parcel or a part, unless its
                // head is a phone's, a card's, an account's or an id's (`Kontaktnummer`, `pasnummer`).
                word.entry = FreeTextLexicon.Entry(roles: .reference)
            }
            if let terms, word.entry?.category == nil,
                let (category, stemLength) = terms.category(of: folded.elements[foldedStart...], hash: hash)
            {
                var entry = word.exact ?? FreeTextLexicon.Entry()
                entry.category = category
                entry.strength = .strong
                word.entry = entry
                // A stem's compound may name a thing (`Dialysezentrum`), as the lexicon's stems'.
                word.isStem = stemLength != nil
                word.stemLength = UInt8(clamping: stemLength ?? 0)
                mayMention = true
            }
            if letters <= 3 {
                let after = index < text.count ? text[index] : 0
                // `anna at example dot org`: a dot spelled out (`dot`, and in a note that has one, `punt` …).
                if letters == 3, start > 0, text[start - 1] == UInt8(ascii: " "), after == UInt8(ascii: " "),
                    folded[foldedStart] == UInt8(ascii: "d")
                {
                    mayHoldIdentifier = true
                }
                // `ver.di`: a short word joined by a dot alone to the next may be an abbreviation.
                if after == UInt8(ascii: "."), index + 1 < text.count, Self.isLetter(text[index + 1]) { mayMention = true }
            }
            // `claire.dupont arobase orange point fr`: the French at sign, spelled out.
            if letters == 7, folded[foldedStart] == UInt8(ascii: "a"), folded.elements[foldedStart...].starts(with: Self.arobase) {
                mayHoldIdentifier = true
            }
            words.append(word)
            punctuation = false
        }
        self.text = text
        self.words = words.elements
        self.folded = folded.elements
        mayMentionACategory = mayMention
        mayHoldAnIdentifier = mayHoldIdentifier
    }

    private static let arobase = Array("arobase".utf8)

    /// Heads of compounds ending in `nummer` that name a person's number: contact, private,
    /// home, phone, mobile, card, account, pass, id.
    private static let personalHeads: [[UInt8]] = [
        "kontakt", "contact", "privat", "prive", "thuis", "ruf", "tel", "mobil", "mobiel", "handy", "gsm", "fax", "pas", "kaart",
        "karte", "bankkarte", "konto", "rekening", "ausweis", "pass", "identi", "versicherten", "notfall", "nood",
    ].map { Array($0.utf8) }

    /// True when the folded word from `start` begins with one of ``personalHeads``.
    private static func startsWithAPersonalHead(_ folded: Scratch<UInt8>, from start: Int) -> Bool {
        personalHeads.contains { head in
            folded.count - start > head.count && (0..<head.count).allSatisfy { folded[start + $0] == head[$0] }
        }
    }

    /// True when the word whose folded letters run from `start` to the end of `folded` ends
    /// in `nummer`.
    private static func endsInNummer(_ folded: Scratch<UInt8>, from start: Int) -> Bool {
        let ending: StaticString = "nummer"
        let count = ending.utf8CodeUnitCount
        guard folded.count - start > count else { return false }
        return ending.withUTF8Buffer { ending in (0..<count).allSatisfy { folded[folded.count - count + $0] == ending[$0] } }
    }

    /// True when the word whose folded letters run from `start` to the end of `folded` (four
    /// or more) may start with a stem of `stems` (``FreeTextLexicon/stemKey(_:)``), or is long
    /// enough and holds a k, as every stem looked for inside long words does
    /// (``FreeTextLexicon/infixes``). Most words are neither, and skip the stem lookup.
    private static func mayHoldAStem(_ folded: Scratch<UInt8>, from start: Int, in stems: FreeTextLexicon.BitFilter) -> Bool {
        let key = UInt64(folded[start]) << 24 | UInt64(folded[start + 1]) << 16 | UInt64(folded[start + 2]) << 8 | UInt64(folded[start + 3])
        if stems.contains(key) { return true }
        guard folded.count - start >= 9 else { return false }
        for index in start..<folded.count where folded[index] == UInt8(ascii: "k") { return true }
        return false
    }

    /// Calls `body` with each folded letter of the word that starts at `start`; returns
    /// where the word ends.
    @inline(__always)
    static func fold(from start: Int, in text: UTF8Bytes, _ body: (UInt8) -> Void) -> Int {
        var index = start
        while index < text.count {
            let byte = text[index]
            if byte < 0x80 {
                let lower = byte | 0x20
                guard lower &- UInt8(ascii: "a") < 26 || isDigit(byte) else { break }
                body(isDigit(byte) ? byte : lower)
                index += 1
                continue
            }
            let (next, length) = letter(at: index, in: text)
            guard let next else { break }
            body(next.0)
            if next.1 != 0 { body(next.1) }
            index += length
        }
        return index
    }

    /// True when a letter (of any script the folding knows) or an ASCII digit starts at
    /// `index`; false for spaces of any width, punctuation and symbols such as `€`.
    package static func startsWordCharacter(at index: Int, in text: UTF8Bytes) -> Bool {
        guard index >= 0, index < text.count else { return false }
        return isDigit(text[index]) || letter(at: index, in: text).0 != nil
    }

    /// True when the character that ends just before `end` is a letter or digit.
    package static func endsWordCharacter(at end: Int, in text: UTF8Bytes) -> Bool {
        var start = end - 1
        // Step back over UTF-8 continuation bytes to the character's first byte.
        while start > 0, end - start < 4, text[start] & 0xC0 == 0x80 { start -= 1 }
        return startsWordCharacter(at: start, in: text)
    }

    /// Where the word (letters and digits) that starts at `start` ends.
    package static func wordEnd(from start: Int, in text: UTF8Bytes) -> Int {
        fold(from: start, in: text) { _ in }
    }

    /// The hash of the folded word that starts at `start` and where it ends, as ``Word``
    /// holds them, without reading the rest of the note.
    package static func word(at start: Int, in text: UTF8Bytes) -> (hash: UInt64, end: Int) {
        var hash = fnvOffset
        let end = fold(from: start, in: text) { hash = (hash ^ UInt64($0)) &* fnvPrime }
        return (hash, end)
    }

    package var count: Int { words.count }
    package subscript(index: Int) -> Word { words[index] }

    // What a word's neighbouring bytes tell, read when a recogniser asks: most notes run
    // neither recogniser, and their words are never asked.

    /// True when the first letter of word `index` is upper case.
    package func isCapitalized(_ index: Int) -> Bool {
        let start = words[index].start
        return text[start] &- UInt8(ascii: "A") < 26 || (text[start] == 0xC3 && start + 1 < text.count && text[start + 1] < 0x9F)
    }

    /// True when word `index` is inside an address or name such as `anna@church.org` or
    /// `www.union.nl`.
    package func isTechnical(_ index: Int) -> Bool {
        let word = words[index]
        let before = word.start > 0 ? text[word.start - 1] : 0
        let after = word.end < text.count ? text[word.end] : 0
        let afterNext = word.end + 1 < text.count ? text[word.end + 1] : 0
        return before == UInt8(ascii: "@") || before == UInt8(ascii: ".") || before == UInt8(ascii: "/") || before == UInt8(ascii: "_")
            || after == UInt8(ascii: "@") || after == UInt8(ascii: "_") || after == UInt8(ascii: "/")
            || (after == UInt8(ascii: ".") && Self.isLetter(afterNext))
    }

    /// True when a hyphen joins word `index` to the one before (`ill-advised`).
    package func isAfterHyphen(_ index: Int) -> Bool {
        let start = words[index].start
        return index > 0 && start > 0 && text[start - 1] == UInt8(ascii: "-") && words[index - 1].end == start - 1
    }

    /// The folded letters of word `index`.
    package func letters(_ index: Int) -> FreeTextLexicon.Letters {
        folded[Int(words[index].foldedStart)..<Int(words[index].foldedEnd)]
    }

    /// The hash of word `index` followed by a space and word `index + 1`, as
    /// ``FreeTextLexicon`` hashes its two-word entries.
    package func pairHash(_ index: Int) -> UInt64 {
        var hash = (words[index].hash ^ UInt64(UInt8(ascii: " "))) &* Self.fnvPrime
        for byte in letters(index + 1) { hash = (hash ^ UInt64(byte)) &* Self.fnvPrime }
        return hash
    }

    package static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    package static let fnvPrime: UInt64 = 0x100_0000_01b3

    /// The letters of `word` folded as a note's are; nil when it holds anything but letters
    /// and digits, or starts with a digit.
    package static func foldedLetters(of word: String) -> [UInt8]? {
        let bytes = Array(word.utf8)
        return bytes.withUTF8Bytes { text -> [UInt8]? in
            guard !text.isEmpty, letter(at: 0, in: text).0 != nil else { return nil }
            var letters: [UInt8] = []
            let end = fold(from: 0, in: text) { letters.append($0) }
            return end == text.count ? letters : nil
        }
    }

    /// FNV-1a of already folded text.
    package static func hash(_ text: String) -> UInt64 {
        var hash = fnvOffset
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* fnvPrime }
        return hash
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }
    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte >= 0xC3 }

    /// The folded form (up to two ASCII bytes, 0 for none) of the letter at `index`, and the
    /// bytes it takes; nil for a character that is not part of a word. ASCII digits, which
    /// continue a word but do not start one, are the caller's.
    private static func letter(at index: Int, in text: UTF8Bytes) -> ((UInt8, UInt8)?, Int) {
        let byte = text[index]
        if byte < 0x80 {
            if byte &- UInt8(ascii: "A") < 26 { return ((byte | 0x20, 0), 1) }
            if byte &- UInt8(ascii: "a") < 26 { return ((byte, 0), 1) }
            return (nil, 1)
        }
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
        guard index + length <= text.count else { return (nil, text.count - index) }
        if length == 2 {
            let scalar = (Int(byte & 0x1F) << 6) | Int(text[index + 1] & 0x3F)
            switch scalar {
            case 0xDF: return ((UInt8(ascii: "s"), UInt8(ascii: "s")), 2)
            case 0xC6, 0xE6: return ((UInt8(ascii: "a"), UInt8(ascii: "e")), 2)
            case 0x152, 0x153: return ((UInt8(ascii: "o"), UInt8(ascii: "e")), 2)
            case 0xC0...0xFF where scalar != 0xD7 && scalar != 0xF7:
                return ((latin1[scalar - 0xC0], 0), 2)
            case 0x100...0x17F:
                return ((latinExtendedA[scalar - 0x100], 0), 2)
            case 0x370...0x52F:
                // Greek and Cyrillic letters: words of their own, folded to nothing the lexicon holds.
                return ((UInt8(ascii: "~"), 0), 2)
            default:
                return (nil, 2)
            }
        }
        // Three- and four-byte characters are punctuation, spaces and symbols in the notes
        // this reads (`’`, `€`, no-break spaces) or scripts the lexicon does not cover.
        return (nil, length)
    }

    private static let latin1: [UInt8] = Array("aaaaaaaceeeeiiiidnooooo_ouuuuytsaaaaaaaceeeeiiiidnooooo_ouuuuyty".utf8)
    private static let latinExtendedA: [UInt8] = Array(
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiijjjjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs"
            .utf8)
}
