import DataMinCore
import Foundation
import Testing

struct HostileYAMLTests {
    @Test func aliasBombIsRefusedFast() {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        var previous = "a"
        for level in 1...9 {
            let name = "l\(level)"
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
            previous = name
        }
        let clock = ContinuousClock()
        var message: String?
        let elapsed = clock.measure { message = loadError(yaml) }
        #expect(message?.contains("expands to more than 100000 nodes through aliases") == true)
        #expect(elapsed < .seconds(1))
    }

    @Test func deepNestingIsRefused() {
        let yaml = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let clock = ContinuousClock()
        var message: String?
        let elapsed = clock.measure { message = loadError(yaml) }
        #expect(message?.hasPrefix("p.yaml:1:65: error: nesting deeper than 64 levels") == true)
        #expect(elapsed < .seconds(1))
    }

    @Test func duplicateKeysAreRefused() {
        #expect(
            loadError("version: 1\nname: a\nname: b\n")?.split(separator: "\n").first
                == "p.yaml:3:1: error: duplicate key 'name' (first defined on line 2); remove one of them")
    }

    @Test func everyDuplicateKeyIsReportedInOnePass() {
        let lines = loadError("version: 1\nname: a\nname: b\nfields:\n  id: { type: string }\n  id: { type: date }\n")?
            .split(separator: "\n").filter { $0.hasPrefix("p.yaml:") }
        #expect(
            lines == [
                "p.yaml:3:1: error: duplicate key 'name' (first defined on line 2); remove one of them",
                "p.yaml:6:3: error: duplicate key 'id' (first defined on line 5); remove one of them",
            ])
        // A syntax error after a repeat is reported after it.
        let broken = loadError("version: 1\nname: a\nname: b\nfields: [\n")?.split(separator: "\n").filter { $0.hasPrefix("p.yaml:") }
        #expect(broken?.first == "p.yaml:3:1: error: duplicate key 'name' (first defined on line 2); remove one of them")
        #expect(broken?.count == 2)
    }

    @Test func multipleDocumentsAreRefused() {
        #expect(
            loadError("version: 1\n---\nversion: 1\n")?.split(separator: "\n").first
                == "p.yaml:2:1: error: more than one YAML document; a policy is one document (remove the '---' separator)")
    }

    @Test func nonUTF8BytesAreRefusedWithTheirPosition() throws {
        var bytes = Array("version: 1\nname: caf".utf8)
        bytes += [0xE9, 0x0A]
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("latin1-\(UUID().uuidString).yaml")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: PolicyError.self) { try Policy(contentsOf: url) }
        do {
            _ = try Policy(contentsOf: url)
        } catch {
            #expect(error.diagnostics.first?.headline == "\(url.path):2:10: error: file is not valid UTF-8 (byte 21); save it as UTF-8")
        }
    }

    @Test func syntaxErrorsCarryLibYAMLsPositionAndWhatToDo() {
        #expect(
            loadError("version: 1\nname: [unclosed\n")?.split(separator: "\n").first.map(String.init)
                == "p.yaml:3:1: error: while parsing a flow sequence: did not find expected ',' or ']'; the list in brackets that "
                + "starts on line 2 is not closed: add the missing ']', or quote a value that holds ',' ':' or brackets")
    }

    /// libyaml notices a badly indented key where the next one no longer fits; the advice
    /// names the mapping the mistake is in, and the usual causes in a policy's terms.
    @Test(arguments: [
        (
            "version: 1\npurposes:\n sales:\n    description: x\n  newsletter:\n    description: y\n",
            "p.yaml:5:3: error: while parsing a block mapping: did not find expected key; this line is indented more than the keys "
                + "of the mapping that starts on line 3 (column 2); keys of one mapping start in the same column, with spaces: "
                + "check this line and the ones just above it"
        ),
        (
            "version: 1\nfields:\n\temail: { type: email }\n",
            "p.yaml:3:1: error: while scanning for the next token: found character that cannot start any token; a tab indents "
                + "this line, and YAML indents with spaces only: replace the tab with spaces"
        ),
        (
            "version: 1\nname: `x`\n",
            "p.yaml:2:7: error: while scanning for the next token: found character that cannot start any token; a plain value "
                + "cannot start with '`': put the value in quotes"
        ),
        (
            "version: 1\ndescription: a: b\n",
            "p.yaml:2:15: error: mapping values are not allowed in this context; a ': ' stands where no key can start: put a "
                + "value that holds ': ' in quotes; a key goes in the column of the keys beside it (is this line indented too "
                + "far, or does the key above it lack its ':'?)"
        ),
        (
            "version: 1\nname: \"x\" y\n",
            "p.yaml:2:11: error: while parsing a block mapping: did not find expected key; something follows a value on this "
                + "line: put the whole value in quotes"
        ),
        (
            "version: 1\nsecurity:\n  - a\n  c: d\n",
            "p.yaml:4:3: error: while parsing a block collection: did not find expected '-' indicator; this line is not an item "
                + "of the list that starts on line 3 (column 3): each item starts with '- ' in that column, and a key after the "
                + "list goes in the column of the list's own key"
        ),
        (
            "version: 1\n- fields\n",
            "p.yaml:2:1: error: while parsing a block mapping: did not find expected key; this line starts in the column of the "
                + "keys of the mapping that starts on line 1 but is not 'key: value': add the ':' after the key, or indent a list "
                + "item ('- ') under its key"
        ),
        (
            "version: 1\nname: \"open\n",
            "p.yaml:3:1: error: while scanning a quoted scalar: found unexpected end of stream; the quote opened on line 2 is "
                + "never closed: add the closing quote"
        ),
        (
            "version: 1\nfields:\n  a: { type: text\n  b: 1\n",
            "p.yaml:4:4: error: while parsing a flow mapping: did not find expected ',' or '}'; the mapping in braces that starts "
                + "on line 3 is not closed: add the missing '}', or quote a value that holds ',' ':' or braces"
        ),
    ])
    func commonSyntaxMistakesSayWhatToFix(yaml: String, headline: String) {
        #expect(loadError(yaml)?.split(separator: "\n").first.map(String.init) == headline)
    }
}
