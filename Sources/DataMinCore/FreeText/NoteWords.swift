/// The words of a note, folded for lookup: lowercased, accents removed (`é` → `e`,
/// `ß` → `ss`, `ł` → `l`), each with its place in the original bytes and a hash of its
/// folded letters for ``FreeTextLexicon``.
///
/// A word is a run of letters and digits that starts with a letter. Apostrophes, hyphens and
/// every other character end it, so `l'église` is `l` and `eglise`, and `Steuer-ID` is
/// `steuer` and `id` (the lexicon's two-word entries join them again).
package struct NoteWords {
    package struct Word {
        /// Byte offsets of the word in the note, end exclusive.
        var range: Range<Int32>
        /// Offsets of the folded letters in ``NoteWords/folded``.
        var foldedRange: Range<Int32>
        /// FNV-1a of the folded letters.
        package var hash: UInt64
        /// True when punctuation other than a hyphen or apostrophe (`,` `.` `;` `(` …)
        /// stands between this word and the one before: phrases do not run across it.
        package var afterPunctuation: Bool
        /// True when the first letter is upper case.
        package var capitalized: Bool
        /// True inside an address or name such as `anna@church.org` or `www.union.nl`.
        package var technical: Bool
        /// True when a hyphen joins this word to the one before (`ill-advised`).
        package var afterHyphen: Bool

        package var start: Int { Int(range.lowerBound) }
        package var end: Int { Int(range.upperBound) }
    }

    package private(set) var words: [Word] = []
    /// The folded letters of every word, one after another.
    package private(set) var folded: [UInt8] = []

    /// No words, to stand in until a note's are read.
    package static let empty = NoteWords(UTF8Bytes())

    package init(_ text: UTF8Bytes) {
        guard !text.isEmpty else { return }
        words.reserveCapacity(text.count / 6)
        folded.reserveCapacity(text.count)
        var index = 0
        var punctuation = false
        while index < text.count {
            let byte = text[index]
            if byte < 0x80, (byte | 0x20) &- UInt8(ascii: "a") >= 26 {
                // ASCII that is not a letter: the common case between words.
                if byte != UInt8(ascii: " "), byte != UInt8(ascii: "-"), byte != UInt8(ascii: "'"), !Self.isDigit(byte) {
                    punctuation = true
                }
                index += 1
                continue
            }
            let (letter, length) = Self.letter(at: index, in: text)
            guard letter != nil else {
                index += length
                continue
            }
            let start = index
            let foldedStart = folded.count
            var hash: UInt64 = Self.fnvOffset
            index = Self.fold(from: index, in: text) { byte in
                folded.append(byte)
                hash = (hash ^ UInt64(byte)) &* Self.fnvPrime
            }
            let before = start > 0 ? text[start - 1] : 0
            let after = index < text.count ? text[index] : 0
            let afterNext = index + 1 < text.count ? text[index + 1] : 0
            let technical =
                before == UInt8(ascii: "@") || before == UInt8(ascii: ".") || before == UInt8(ascii: "/") || before == UInt8(ascii: "_")
                || after == UInt8(ascii: "@") || after == UInt8(ascii: "_") || after == UInt8(ascii: "/")
                || (after == UInt8(ascii: ".") && Self.isLetter(afterNext))
            let capitalized =
                text[start] &- UInt8(ascii: "A") < 26 || (text[start] == 0xC3 && start + 1 < text.count && text[start + 1] < 0x9F)
            let afterHyphen = before == UInt8(ascii: "-") && words.last.map { $0.end == start - 1 } == true
            words.append(
                Word(
                    range: Int32(start)..<Int32(index), foldedRange: Int32(foldedStart)..<Int32(folded.count), hash: hash,
                    afterPunctuation: punctuation, capitalized: capitalized, technical: technical, afterHyphen: afterHyphen))
            punctuation = false
        }
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

    /// The folded letters of word `index`.
    package func letters(_ index: Int) -> ArraySlice<UInt8> {
        folded[Int(words[index].foldedRange.lowerBound)..<Int(words[index].foldedRange.upperBound)]
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
