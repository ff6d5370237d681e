import DataMinCore
import DataMinIO
import DataMinTestSupport
import Foundation
import Testing

@testable import DataMinPipeline

/// A run that writes no copy checks JSON records from laid-out nodes instead of ``Record``s;
/// it must find exactly what the record path finds.
struct JSONNodePathTests {

    /// JSON Lines records that reach every branch of the node layout: nested declared and
    /// undeclared paths, repeated keys at every depth, escapes, invalid UTF-8, lists holding
    /// objects, values of every kind, records that are not objects or not JSON.
    static let messyLines: [[UInt8]] =
        [
            #"{"id":"1","email":"a@example.com","purpose":"sales","lawful_basis":"contract","source":"web_form","collected_at":"2026-01-15"}"#,
            #"{"email":"b@example.com","id":"2","purpose":"sales","collected_at":"2026-01-15","address":{"city":"Utrecht","street":"Main 1"}}"#,
            #"{"id":"3","email":"c@example.com","purpose":"sales","collected_at":"2026-01-15","id":"3b","address":{"city":"A","city":"B"}}"#,
            #"{"id":"4","email":"d\u0040example.com","purpose":"sa\u006ces","collected_at":"2026-01-15","notes":"Line\nbreak \"quoted\" \ud83d\ude00"}"#,
            #"{"id":5,"email":true,"purpose":"sales","collected_at":null,"employees":2.5,"vip":"yes","revenue":-3,"website":["x"],"first_name":{"a":"b"}}"#,
            #"{"id":"6","email":"e@example.com","purpose":"sales","collected_at":"2026-01-15","tags":[{"k":1,"k":2},{"x":[1,{"y":1,"y":2}]}]}"#,
            #"{"id":"7","email":"f@example.com","purpose":"marketing","collected_at":"2026-01-15","religion":"none","unknown.nested":{"a":1}}"#,
            #"[1,2,3]"#,
            #""just a string""#,
            #"{"id":"8","email":"g@example.com""#,
            #"{"id":"9","email":"h@example.com","purpose":"sales","collected_at":"2026-01-15","notes":"Call +31 20 123 4567, IBAN NL91ABNA0417164300"}"#,
            #"{"id":"10","email":"i@example.com","purpose":"newsletter-product-a","lawful_basis":"consent","consent_given_at":"2026-03-01T10:00:00Z","consent_scope":"product-b"}"#,
            #"{"id":"11","email":"a@example.com","purpose":"sales","collected_at":"2020-01-01","address":{"city":{"nested":true},"zip":"1234"}}"#,
            #"{"id":"12","email":"j@example.com","purpose":"sales;mailing","lawful_basis":"contract;legitimate_interests","collected_at":"2026-01-15"}"#,
            #"{}"#,
        ].map { Array($0.utf8) } + [invalidUTF8Record, manyKeysRecord]

    /// Bytes that are not UTF-8 in a key's value and in a note.
    static var invalidUTF8Record: [UInt8] {
        var bytes = Array(#"{"id":"13","email":"k@example.com","purpose":"sales","collected_at":"2026-01-15","first_name":"Ren"#.utf8)
        bytes.append(0xE9)
        bytes += Array(#"e","notes":"caf"#.utf8)
        bytes.append(0xE9)
        bytes += Array(#""}"#.utf8)
        return bytes
    }

    /// An object with more keys than are compared one by one, one of them repeated.
    static var manyKeysRecord: [UInt8] {
        let keys: [String] = (0..<40).map { #""k\#($0)":\#($0),"# }
        return Array((#"{"id":"14","# + keys.joined() + #""k3":"again","email":"l@example.com"}"#).utf8)
    }

    private func violations(of path: String, writesCopy: Bool, workers: Int = 1, policy: Policy? = nil) throws -> [Violation] {
        let validator = Validator(policy: try policy ?? ExamplePolicy.policy(), asOf: ExamplePolicy.asOf)
        var run = ImportRun(validator: validator, limit: 0, workers: workers)
        let copy = writesCopy ? URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("copy").path : nil
        try run.validate(path: path, options: .init(stripOut: copy))
        return run.finish(seconds: 0).files[0].violations
    }

    @Test func jsonLinesFindTheSameWithAndWithoutRecords() throws {
        let path = try temporaryFile("messy.jsonl", Self.messyLines.joined(separator: [0x0A]) + [0x0A])
        let checked = try violations(of: path, writesCopy: false)
        #expect(checked == (try violations(of: path, writesCopy: true)))
        // The fixture reaches what it is meant to reach.
        let checks = Set(checked.map(\.check))
        for check in [
            CheckID.duplicateField, .malformedRecord, .encodingError, .undeclaredField, .invalidValue, .piiInFreeText,
            .duplicateSubject, .consentScopeMismatch, .unknownPurpose, .retentionExceeded,
        ] {
            #expect(checks.contains(check), "no \(check.rawValue)")
        }
        #expect(checked.contains { $0.field == "address.street" && $0.check == .undeclaredField })
        #expect(checked.contains { $0.field == "tags.k" && $0.check == .duplicateField })
        #expect(checked.contains { $0.field == "tags.x.y" && $0.check == .duplicateField })
    }

    @Test func jsonArraysFindTheSameWithAndWithoutRecords() throws {
        let objects = Self.messyLines.filter { $0.first == UInt8(ascii: "{") && $0.last == UInt8(ascii: "}") }
        let path = try temporaryFile("messy.json", [UInt8(ascii: "[")] + objects.joined(separator: Array(",\n".utf8)) + Array("]\n".utf8))
        #expect(try violations(of: path, writesCopy: false) == violations(of: path, writesCopy: true))
        let single = try temporaryFile("one.json", Self.messyLines[2] + Array(" trailing".utf8))
        #expect(try violations(of: single, writesCopy: false) == violations(of: single, writesCopy: true))
    }

    /// Keys in another order than the policy's (sorted, as `jsonb` and `jq -S` write them)
    /// are found by their bytes; a key spelt in another Unicode normalisation than its
    /// declared name still names the field, as it does in a ``Record``: `café` with a
    /// combining accent, and `Kelvin` for a name spelt with the Kelvin sign (U+212A).
    @Test func keysOutOfPolicyOrderAndInAnotherNormalisationNameTheirFields() throws {
        let policy = try Policy(
            yaml: """
                version: 1
                name: order
                fields:
                  id: { type: string, personal: false }
                  caf\u{E9}: { type: string }
                  email: { type: email }
                  purpose: { type: string, personal: false }
                  address.city: { type: string }
                  collected_at: { type: date }
                  \u{212A}elvin: { type: string }
                record:
                  purpose: purpose
                purposes:
                  sales:
                    lawful_basis: [contract]
                    required: [id, email, collected_at]
                    optional: [caf\u{E9}, \u{212A}elvin]
                    retention: { period: P2Y, from: collected_at }
                """)
        let lines = [
            #"{"address":{"city":"Delft","zip":"1"},"caf\#u{E9}":"x","collected_at":"2026-01-15","email":"a@example.com","id":"1","Kelvin":"x","purpose":"sales","zzz":"1"}"#,
            #"{"purpose":"sales","id":"2","email":"b@example.com","cafe\#u{301}":"x","collected_at":"2026-01-15","\#u{E9}t\#u{E9}":"1"}"#,
        ]
        let path = try temporaryFile("sorted.jsonl", lines.joined(separator: "\n") + "\n")
        let found = try violations(of: path, writesCopy: false, policy: policy)
        #expect(found == (try violations(of: path, writesCopy: true, policy: policy)))
        #expect(
            found.map { "\($0.location.record ?? 0) \($0.check.rawValue) \($0.field ?? "")" } == [
                "1 undeclared-field address.zip", "1 undeclared-field zzz", "1 field-not-permitted address.city",
                "2 undeclared-field \u{E9}t\u{E9}",
            ])
    }

    @Test func jsonLinesParsedOnWorkerThreadsGiveTheSameReport() throws {
        // Enough lines for several batches, so workers parse them out of order.
        let lines = (0..<400).flatMap { _ in Self.messyLines }
        let path = try temporaryFile("many.jsonl", lines.joined(separator: [0x0A]) + [0x0A])
        let serial = try violations(of: path, writesCopy: false)
        #expect(serial.count > 10_000)
        #expect(try violations(of: path, writesCopy: false, workers: 3) == serial)
        #expect(try violations(of: path, writesCopy: true, workers: 2) == serial)
    }
}
