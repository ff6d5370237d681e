import Testing

@testable import DataMinCore

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
