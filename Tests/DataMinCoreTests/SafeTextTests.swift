import DataMinTestSupport
import Testing

@testable import DataMinCore

/// What reaches a terminal or a report from text datamin does not control.
struct SafeTextTests {
    /// A header cell that is clearly a value makes the whole first row data (SPEC §11.3);
    /// names with digits, years and codes stay names.
    @Test(arguments: [
        ("anna@example.com", true), (" +31 6 1234 5678 ", true), ("01/02/2024", true), ("12345", true), ("(020) 123-45", true),
        ("email", false), ("2024", false), ("Q1 2025", false), ("id", false), ("", false), ("@handle", false), ("#", false),
        ("phone_2", false), ("a@b", false),
    ])
    func aHeaderCellLooksLikeAValueOnlyWhenItClearlyIsOne(cell: String, isValue: Bool) {
        #expect(FieldNameText.looksLikeValue(cell) == isValue)
    }

    @Test(arguments: [
        ("plain name", "plain name"),
        ("Straße é", "Straße é"),
        ("a\nb\rc\td", "a\\nb\\rc\\td"),
        ("\u{1B}[2Jclear", "\\u{1B}[2Jclear"),
        ("del\u{7F}c1\u{85}", "del\\u{7F}c1\\u{85}"),
        ("evil\u{202E}txt.exe", "evil\\u{202E}txt.exe"),
        ("line\u{2028}sep", "line\\u{2028}sep"),
    ])
    func controlCharactersAreEscaped(text: String, expected: String) {
        #expect(TerminalText.escaped(text) == expected)
    }

    /// The escaping reads bytes; every scalar from U+0000 to U+2FFF and a few beyond,
    /// alone and between letters, must come out as a scalar-by-scalar reading writes it.
    @Test func everyScalarIsEscapedAsAScalarByScalarReadingWould() {
        var mismatches: [UInt32] = []
        for value in Array(0..<0x3000) + [0xFEFF, 0xFFFD, 0x1F600, 0x10FFFF] {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            // Bytes are also read eight at a time: the scalar at each place in a word.
            let texts =
                ["\(scalar)", "a\(scalar)b", "\(scalar)\(scalar)"]
                + (0..<9).map { String(repeating: "x", count: $0) + "\(scalar) plain text" }
            for text in texts where TerminalText.escaped(text) != ReferenceEscaping.escaped(text) { mismatches.append(UInt32(value)) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5).map { String($0, radix: 16) })")
    }

    @Test(arguments: [
        "email", "First Name", "date_of_birth", "address.city", "Gewerkschaftszugehörigkeit", "q4_2024", "Lead Source (HubSpot)",
    ])
    func namesAreShown(name: String) {
        #expect(FieldNameText.looksLikeName(name))
        #expect(FieldNameText.described(name) == "field '\(name)'")
    }

    @Test(arguments: [
        "anna@example.com", "+31 6 1234 5678", "2026-01-05", "NL91ABNA0417164300", "1990", "https://example.com/x",
        String(repeating: "a", count: 65), "x\u{1B}y", "",
    ])
    func valuesAreDescribedByLength(name: String) {
        #expect(!FieldNameText.looksLikeName(name))
        #expect(FieldNameText.described(name) == "a field whose name looks like data (\(name.utf8.count) bytes; --show-values shows it)")
        #expect(FieldNameText.showable(name, showValues: true) == TerminalText.escaped(name))
    }

    @Test func aLongSourceLineIsCutToAWindowWithTheCaretUnderTheColumn() throws {
        let line = (0..<2_000).map { "k\($0): v" }.joined(separator: ", ")
        let source = SourceText(bytes: Array("first\n{\(line)}\n".utf8))
        let column = 5_001
        let excerpt = try #require(source.excerpt(line: 2, column: column))
        #expect(excerpt.text.count == Limits.maxEchoedLineCharacters + 2)
        #expect(excerpt.text.hasPrefix("…") && excerpt.text.hasSuffix("…"))
        let original = Array("{\(line)}")
        let under = excerpt.text[excerpt.text.index(excerpt.text.startIndex, offsetBy: excerpt.caret - 1)]
        #expect(under == original[column - 1])
        #expect(source.excerpt(line: 1, column: 1).map { $0.text } == "first")
        #expect(source.excerpt(line: 9, column: 1) == nil)
    }

    @Test func dataFilesDoNotLookLikeYAML() {
        #expect(SourceText.looksLikeYAML(Array("# policy\nversion: 1\n".utf8)))
        #expect(SourceText.looksLikeYAML(Array("---\nversion: 1\n".utf8)))
        #expect(!SourceText.looksLikeYAML(Array("email,name\na@example.com,Ann\n".utf8)))
        #expect(!SourceText.looksLikeYAML(Array("{\"email\": \"a@example.com\"}\n".utf8)))
        #expect(!SourceText.looksLikeYAML(Array("[{\"email\": 1}]".utf8)))
        #expect(!SourceText.looksLikeYAML(Array("API_TOKEN=secret\n".utf8)))
    }

    @Test func suggestionsSkipWordsTooLongToBeTypos() {
        #expect(Suggestion.closest(to: "optinal", among: ["optional", "required"]) == "optional")
        #expect(Suggestion.closest(to: String(repeating: "optional", count: 100), among: ["optional"]) == nil)
    }
}
