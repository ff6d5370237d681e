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

    @Test func syntaxErrorsCarryLibYAMLsPosition() {
        #expect(
            loadError("version: 1\nname: [unclosed\n")?.split(separator: "\n").first
                == "p.yaml:3:1: error: while parsing a flow sequence: did not find expected ',' or ']'")
    }
}
