import DataMinTestSupport
import Foundation
import Testing

@_spi(Readers) @testable import DataMinCore

/// Scores the free-text recognisers on the labelled corpora: `fixtures/free-text-corpus.tsv`
/// (made by `Scripts/make-free-text-corpus.py` together with the recognisers) and
/// `fixtures/free-text-messy.tsv` (made by `Scripts/make-messy-free-text-corpus.py` from the
/// classes of issue #29 by someone who had not read the recognisers: signatures, threads,
/// transcripts, lookalikes). Recall per kind and clean notes flagged, against the targets
/// (≥ 95% per kind, ≤ 3% of clean notes), and keeps `docs/free-text.md`'s tables true.
@Suite struct FreeTextCorpusTests {
    struct Note {
        var language: String
        /// The planted kind's id, or nil for a clean note.
        var kind: FreeTextKind?
        var text: String
    }

    static let corpora = ["fixtures/free-text-corpus.tsv", "fixtures/free-text-messy.tsv", "fixtures/free-text-holdout.tsv"]

    /// The notes of `file`; the messy and held-out corpora write a line break inside a note as `\\n`.
    static func notes(_ file: String) -> [Note] {
        let url = repositoryRoot.appendingPathComponent(file)
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let parts = line.split(separator: "\t", maxSplits: 2).map(String.init)
            return Note(language: parts[0], kind: FreeTextKind(id: parts[1]), text: parts[2].replacingOccurrences(of: "\\n", with: "\n"))
        }
    }

    static func found(_ text: String) -> [TextMatch] {
        let bytes = Array(text.utf8)
        return bytes.withUTF8Bytes {
            FreeTextScanner.matches(in: $0, kinds: .identifiers.union(.specialCategories))
        }
    }

    /// Per kind: notes, notes found; then clean notes and clean notes flagged.
    static func score(_ file: String) -> (perKind: [(FreeTextKind, Int, Int)], clean: Int, flagged: Int, misses: [String]) {
        let notes = notes(file)
        var misses: [String] = []
        var perKind: [(FreeTextKind, Int, Int)] = []
        for kind in FreeTextKind.allCases {
            let planted = notes.filter { $0.kind == kind }
            guard !planted.isEmpty else { continue }
            let hits = planted.filter { note in found(note.text).contains { $0.kind == kind } }
            for note in planted where !hits.contains(where: { $0.text == note.text }) {
                misses.append("missed \(kind.id): \(shown(note.text))")
            }
            perKind.append((kind, planted.count, hits.count))
        }
        let clean = notes.filter { $0.kind == nil }
        let flagged = clean.filter { !found($0.text).isEmpty }
        for note in flagged { misses.append("flagged \(found(note.text).map(\.kind.id)): \(shown(note.text))") }
        return (perKind, clean.count, flagged.count, misses)
    }

    /// A note on one line, for a failure message: line breaks as ⏎, no-break and thin spaces marked.
    static func shown(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: "⏎").replacingOccurrences(of: "\u{00A0}", with: "⍽")
            .replacingOccurrences(of: "\u{2009}", with: "˙").replacingOccurrences(of: "\u{202F}", with: "˙")
    }

    static func table(_ file: String) -> String {
        let (perKind, clean, flagged, _) = score(file)
        var lines = ["| kind | notes | found | recall |", "|---|---:|---:|---:|"]
        for (kind, count, hits) in perKind {
            lines.append("| `\(kind.id)` | \(count) | \(hits) | \(String(format: "%.1f%%", 100 * Double(hits) / Double(count))) |")
        }
        lines.append("| clean notes flagged | \(clean) | \(flagged) | \(String(format: "%.1f%%", 100 * Double(flagged) / Double(clean))) |")
        return lines.joined(separator: "\n")
    }

    @Test(arguments: corpora)
    func corpusCoversEveryKindInFourLanguages(_ file: String) {
        let notes = Self.notes(file)
        #expect(notes.count >= 400)
        for language in ["en", "nl", "de", "fr"] {
            let kinds = Set(notes.filter { $0.language == language }.compactMap(\.kind))
            // The first corpus predates the biometric and genetic kinds.
            let expected = file.hasSuffix("messy.tsv") ? FreeTextKind.allCases.count : FreeTextKind.allCases.count - 2
            #expect(kinds.count >= expected - 2, "\(file) \(language) lacks \(Set(FreeTextKind.allCases).subtracting(kinds))")
        }
    }

    /// The least recall per kind each corpus must keep: issue #29's 95% for the two the
    /// recognisers were built against; for the held-out one, written apart from them, what
    /// they reach since its first score was taken (docs/free-text.md gives both), so that no
    /// change makes it worse unseen.
    static let recallFloor = [
        "fixtures/free-text-corpus.tsv": 0.95, "fixtures/free-text-messy.tsv": 0.95, "fixtures/free-text-holdout.tsv": 0.80,
    ]

    @Test(arguments: corpora)
    func everyKindIsFoundAtLeastAsOftenAsItsFloor(_ file: String) {
        let (perKind, _, _, misses) = Self.score(file)
        for (kind, count, hits) in perKind {
            #expect(
                Double(hits) >= Self.recallFloor[file]! * Double(count),
                "\(file) \(kind.id): \(hits) of \(count)\n\(misses.filter { $0.hasPrefix("missed \(kind.id):") }.joined(separator: "\n"))")
        }
    }

    @Test(arguments: corpora)
    func atMostThreePercentOfCleanNotesAreFlagged(_ file: String) {
        let (_, clean, flagged, misses) = Self.score(file)
        #expect(
            Double(flagged) <= 0.03 * Double(clean),
            "\(file): \(flagged) of \(clean)\n\(misses.filter { $0.hasPrefix("flagged") }.joined(separator: "\n"))")
    }

    @Test(arguments: corpora)
    func documentedTableMatchesTheCorpus(_ file: String) throws {
        let doc = try String(contentsOf: repositoryRoot.appendingPathComponent("docs/free-text.md"), encoding: .utf8)
        let table = Self.table(file)
        #expect(doc.contains(table), "docs/free-text.md should hold this table for \(file):\n\(table)")
    }
}
