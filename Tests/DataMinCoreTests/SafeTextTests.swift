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

/// YAML bounds: every limit ends in one positioned error, and work stays linear.
struct YAMLLimitTests {
    private func parseError(_ text: String) -> String? {
        do {
            _ = try YAMLParser.parse(SourceText(bytes: Array(text.utf8)), file: "p.yaml")
            return nil
        } catch {
            return error.diagnostics.first?.headline
        }
    }

    @Test func aMappingOfManyKeysFindsADuplicateAtTheEnd() {
        let keys = (0..<9_000).map { "k\($0): v" }.joined(separator: "\n")
        #expect(
            parseError(keys + "\nk5: again\n") == "p.yaml:9001:1: error: duplicate key 'k5' (first defined on line 6); remove one of them")
    }

    @Test func collectionsPastTheItemLimitAreRefused() {
        let items = (0...Limits.maxYAMLCollectionItems).map { "- x\($0)" }.joined(separator: "\n")
        #expect(
            parseError("list:\n" + items + "\n")
                == "p.yaml:10002:3: error: list starting on line 2 has more than 10000 items; a policy is expected to be small")
    }

    @Test func aliasExpansionIsStillBounded() {
        var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1..<7 {
            text +=
                "l\(level): &l\(level) [" + Array(repeating: level == 1 ? "*a" : "*l\(level - 1)", count: 10).joined(separator: ", ")
                + "]\n"
        }
        #expect(parseError(text)?.hasSuffix("error: document expands to more than 100000 nodes through aliases; refusing it") == true)
    }
}

/// SHA-256 against FIPS 180-4 test vectors, and the suppression list's entries.
struct SuppressionListTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func sha256MatchesTheStandardsVectors(input: String, digest: String) {
        #expect(SuppressionList.hex(SHA256.hash(Array(input.utf8))) == digest)
    }

    @Test func aMillionBytesHashAsTheStandardSays() {
        #expect(
            SuppressionList.hex(SHA256.hash([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func keysAreNormalisedBeforeTheyAreHashedWithTheSalt() throws {
        let list = SuppressionList(salt: Array(repeating: 1, count: 16), keys: ["Anna@Example.com "])
        #expect(list.contains(key: "anna@example.com"))
        #expect(!list.contains(key: "anna@example.org"))
        #expect(list.entry(forKey: "ANNA@example.com") == SHA256.hash(Array(repeating: 1, count: 16) + Array("anna@example.com".utf8)))
        let other = SuppressionList(salt: Array(repeating: 2, count: 16), keys: [])
        #expect(other.entry(forKey: "anna@example.com") != list.entry(forKey: "anna@example.com"))
    }
}
