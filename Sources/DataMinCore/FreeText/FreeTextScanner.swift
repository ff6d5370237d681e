import Synchronization

/// Finds personal data inside a note (SPEC §8.4, §8.5): identifiers and mentions of special
/// categories, each with its place, so the checks can name the kind and redaction can
/// replace exactly those bytes.
package enum FreeTextScanner {
    /// Every finding of `kinds` in `text`, in text order, none overlapping.
    package static func matches(in text: UTF8Bytes, kinds: FreeTextKinds, terms: FreeTextTerms? = nil) -> [TextMatch] {
        var found: [TextMatch] = []
        matches(in: text, kinds: kinds, into: &found, terms: terms)
        return found
    }

    /// Appends every finding of `kinds` in `text` to `found`, in text order, none
    /// overlapping: for callers that scan many notes into one array.
    ///
    /// The note's words are read once, for both recognisers; a note with no digit, at sign
    /// or spelled-out at sign skips the identifiers, one whose words hold no term skips the
    /// special categories. `terms` are a policy's own special-category words (`extra_terms:`).
    package static func matches(in text: UTF8Bytes, kinds: FreeTextKinds, into found: inout [TextMatch], terms: FreeTextTerms? = nil) {
        guard !kinds.isEmpty, !text.isEmpty else { return }
        let storage = Storage.take()
        defer { Storage.giveBack(storage) }
        let identifiers = kinds.intersection(.identifiers)
        let categories = kinds.intersection(.specialCategories)
        let first = found.count
        NoteWords.read(text, reusing: &storage.words, &storage.folded, terms: terms) { words in
            // The finders own the arrays while they run, so that appending never copies them.
            if !identifiers.isEmpty, words.mayHoldAnIdentifier {
                var number = DigitRun()
                swap(&number, &storage.number)
                var finder = IdentifierFinder(text: text, words: words, kinds: identifiers, matches: found.take(), number: number)
                finder.run()
                (found, storage.number) = finder.results()
            }
            if !categories.isEmpty, words.mayMentionACategory {
                var finder = SpecialCategoryFinder(words: words, kinds: categories, matches: found.take())
                finder.run()
                found = finder.results()
            }
        }
        guard found.count - first > 1 else { return }
        found[first...].sort { $0.range.lowerBound < $1.range.lowerBound }
        // Overlapping findings: the first one wins.
        var kept = first + 1
        for index in (first + 1)..<found.count where found[kept - 1].range.upperBound <= found[index].range.lowerBound {
            found[kept] = found[index]
            kept += 1
        }
        found.removeSubrange(kept...)
    }

    /// The arrays one scan fills, kept between scans in a small pool: a note then costs no
    /// allocation but its findings'. A class, so that taking one from the pool and giving it
    /// back moves a reference rather than six arrays.
    private final class Storage: @unchecked Sendable {
        // Unchecked: a storage belongs to the one scan that took it from the pool, and
        // checking each access at run time costs more than the arrays save.
        @exclusivity(unchecked) var words: [NoteWords.Word] = []
        @exclusivity(unchecked) var folded: [UInt8] = []
        @exclusivity(unchecked) var number = DigitRun()

        /// At most this many wait in the pool, one per thread that scans at once.
        static let pooled = 16
        /// A storage that grew past this many bytes of note is let go, so one huge note does
        /// not keep its memory (about 30 bytes of words per byte of note) for the rest of the run.
        static let largestKept = 1 << 14

        private static let pool = Mutex<[Storage]>([])

        static func take() -> Storage { pool.withLock { $0.popLast() } ?? Storage() }

        static func giveBack(_ storage: Storage) {
            guard storage.folded.count <= largestKept else { return }
            pool.withLock { if $0.count < pooled { $0.append(storage) } }
        }
    }

    /// `text` with each match replaced: an identifier by its kind (`[iban]`), a special
    /// category by `[redacted]`, since `[health]` would leave the special category itself
    /// in the copy (SPEC §11.4); every other byte as it was. Nil when nothing matched.
    package static func redacted(_ text: UTF8Bytes, kinds: FreeTextKinds, terms: FreeTextTerms? = nil) -> [UInt8]? {
        redacted(text, matches: matches(in: text, kinds: kinds, terms: terms))
    }

    /// True when every match of `found` lies inside `text`: a last guard before redacting
    /// from matches found earlier, whose text must be this one.
    package static func fit(_ found: [TextMatch], in text: UTF8Bytes) -> Bool {
        found.allSatisfy { $0.range.upperBound <= text.count }
    }

    /// `text` with `found` (what ``matches(in:kinds:)`` found in it) replaced, as
    /// ``redacted(_:kinds:)`` replaces them; nil when `found` is empty.
    ///
    /// An identifier's own bytes become `[kind]`. A special category becomes `[redacted]`
    /// with the whole clause it is in: the word found is only the trigger, and the words
    /// around it (`is of Roma descent`, `Jehovah's Witness`) say the category as plainly
    /// (SPEC §11.4: the category itself is not left in the copy). The other clauses of the
    /// note stay: `Refund to [iban], [redacted]`.
    package static func redacted(_ text: UTF8Bytes, matches found: [TextMatch]) -> [UInt8]? {
        guard !found.isEmpty else { return nil }
        var spans: [(range: Range<Int>, special: Bool, id: String)] = found.map { match in
            let special = match.kind.specialCategory != nil
            return (special ? clause(around: match.range, in: text) : match.range, special, match.kind.id)
        }
        spans.sort { $0.range.lowerBound < $1.range.lowerBound }
        var result: [UInt8] = []
        result.reserveCapacity(text.count)
        var position = 0
        var index = 0
        while index < spans.count {
            var span = spans[index]
            index += 1
            // A clause redacted for a category takes the identifiers inside it along.
            while index < spans.count, spans[index].range.lowerBound < span.range.upperBound {
                span.range = span.range.lowerBound..<max(span.range.upperBound, spans[index].range.upperBound)
                span.special = span.special || spans[index].special
                index += 1
            }
            result += text[position..<span.range.lowerBound]
            result += Array((span.special ? "[redacted]" : "[\(span.id)]").utf8)
            position = span.range.upperBound
        }
        result += text[position...]
        return result
    }

    /// The clause around `range`, without the spaces at its ends: from after the last
    /// boundary before it to the next one after it (which stays in the text). A boundary is
    /// `;`, `|`, a line break, a `,` not between digits (`82,5 kg` is one number), a `-`
    /// between spaces, or `.`, `!` or `?` before white space or the end.
    private static func clause(around range: Range<Int>, in text: UTF8Bytes) -> Range<Int> {
        func isDigit(_ index: Int) -> Bool { index >= 0 && index < text.count && DigitRun.isDigit(text[index]) }
        func isSpace(_ index: Int) -> Bool {
            guard index >= 0, index < text.count else { return true }
            let byte = text[index]
            return byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
        }
        func endsClause(_ index: Int) -> Bool {
            switch text[index] {
            case UInt8(ascii: ";"), UInt8(ascii: "|"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): true
            case UInt8(ascii: ","): !(isDigit(index - 1) && isDigit(index + 1))
            case UInt8(ascii: "-"): index > 0 && text[index - 1] == 0x20 && index + 1 < text.count && text[index + 1] == 0x20
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): isSpace(index + 1)
            default: false
            }
        }
        var start = range.lowerBound
        while start > 0, !endsClause(start - 1) { start -= 1 }
        while start < range.lowerBound, text[start] == UInt8(ascii: " ") { start += 1 }
        var end = range.upperBound
        while end < text.count, !endsClause(end) { end += 1 }
        while end > range.upperBound, text[end - 1] == UInt8(ascii: " ") { end -= 1 }
        return start..<end
    }
}

/// The scanner alone, for `Benchmarks/Micro`: another package, which sees no `package` name.
@_spi(Benchmarks) public enum FreeTextScanning {
    /// How many findings of every kind `notes` (UTF-8) hold, each note scanned into one
    /// array emptied between notes, as the checks scan a record's notes into one.
    public static func matchCount(in notes: [[UInt8]]) -> Int {
        var found: [TextMatch] = []
        var count = 0
        for note in notes {
            found.removeAll(keepingCapacity: true)
            note.withUTF8Bytes { FreeTextScanner.matches(in: $0, kinds: FreeTextKinds.identifiers.union(.specialCategories), into: &found) }
            count += found.count
        }
        return count
    }
}

extension Array {
    /// The array, leaving an empty one in its place: the caller then holds the only reference.
    fileprivate mutating func take() -> Array {
        var taken: Array = []
        swap(&taken, &self)
        return taken
    }
}
