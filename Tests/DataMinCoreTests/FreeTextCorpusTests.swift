import DataMinTestSupport
import Foundation
import Testing

@_spi(Readers) @testable import DataMinCore

/// Scores the free-text recognisers on the labelled corpus of `fixtures/free-text-corpus.tsv`
/// (made by `Scripts/make-free-text-corpus.py`): recall per kind and clean notes flagged,
/// against the targets of issue #12, and keeps `docs/free-text.md`'s table true.
@Suite struct FreeTextCorpusTests {
    struct Note {
        var language: String
        /// The planted kind's id, or nil for a clean note.
        var kind: FreeTextKind?
        var text: String
    }

    static let notes: [Note] = {
        let url = repositoryRoot.appendingPathComponent("fixtures/free-text-corpus.tsv")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let parts = line.split(separator: "\t", maxSplits: 2).map(String.init)
            return Note(language: parts[0], kind: FreeTextKind(id: parts[1]), text: parts[2])
        }
    }()

    static func found(_ text: String) -> [TextMatch] {
        let bytes = Array(text.utf8)
        return bytes.withUTF8Bytes {
            FreeTextScanner.matches(in: $0, kinds: .identifiers.union(.specialCategories))
        }
    }

    /// Per kind: notes, notes found; then clean notes and clean notes flagged.
    static func score() -> (perKind: [(FreeTextKind, Int, Int)], clean: Int, flagged: Int, misses: [String]) {
        var misses: [String] = []
        var perKind: [(FreeTextKind, Int, Int)] = []
        for kind in FreeTextKind.allCases {
            let planted = notes.filter { $0.kind == kind }
            guard !planted.isEmpty else { continue }
            let hits = planted.filter { note in found(note.text).contains { $0.kind == kind } }
            for note in planted where !hits.contains(where: { $0.text == note.text }) { misses.append("missed \(kind.id): \(note.text)") }
            perKind.append((kind, planted.count, hits.count))
        }
        let clean = notes.filter { $0.kind == nil }
        let flagged = clean.filter { !found($0.text).isEmpty }
        for note in flagged { misses.append("flagged \(found(note.text).map(\.kind.id)): \(note.text)") }
        return (perKind, clean.count, flagged.count, misses)
    }

    static func table() -> String {
        let (perKind, clean, flagged, _) = score()
        var lines = ["| kind | notes | found | recall |", "|---|---:|---:|---:|"]
        for (kind, count, hits) in perKind {
            lines.append("| `\(kind.id)` | \(count) | \(hits) | \(String(format: "%.1f%%", 100 * Double(hits) / Double(count))) |")
        }
        lines.append("| clean notes flagged | \(clean) | \(flagged) | \(String(format: "%.1f%%", 100 * Double(flagged) / Double(clean))) |")
        return lines.joined(separator: "\n")
    }

    @Test func corpusCoversEveryKindInFourLanguages() {
        #expect(Self.notes.count >= 400)
        for language in ["en", "nl", "de", "fr"] {
            let kinds = Set(Self.notes.filter { $0.language == language }.compactMap(\.kind))
            #expect(kinds.count == FreeTextKind.allCases.count - 2, "\(language) lacks \(Set(FreeTextKind.allCases).subtracting(kinds))")
        }
    }

    @Test func everyKindIsFoundInAtLeast95PercentOfItsNotes() {
        let (perKind, _, _, misses) = Self.score()
        for (kind, count, hits) in perKind {
            #expect(
                Double(hits) >= 0.95 * Double(count),
                "\(kind.id): \(hits) of \(count)\n\(misses.filter { $0.hasPrefix("missed \(kind.id):") }.joined(separator: "\n"))")
        }
    }

    @Test func atMostThreePercentOfCleanNotesAreFlagged() {
        let (_, clean, flagged, misses) = Self.score()
        #expect(
            Double(flagged) <= 0.03 * Double(clean),
            "\(flagged) of \(clean)\n\(misses.filter { $0.hasPrefix("flagged") }.joined(separator: "\n"))")
    }

    @Test func documentedTableMatchesTheCorpus() throws {
        let doc = try String(contentsOf: repositoryRoot.appendingPathComponent("docs/free-text.md"), encoding: .utf8)
        let table = Self.table()
        #expect(doc.contains(table), "docs/free-text.md should hold this table:\n\(table)")
    }
}
