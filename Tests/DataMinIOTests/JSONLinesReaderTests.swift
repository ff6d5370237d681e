import DataMinCore
import DataMinTestSupport
import Testing

@testable import DataMinIO

struct JSONLinesReaderTests {
    private func read(_ text: String) throws -> [ReadRecord] {
        var reader = JSONLinesReader(source: try ByteSource(path: temporaryFile("t.jsonl", text)))
        return try readAll(&reader)
    }

    @Test func blankLinesAreSkippedAndNotRecords() throws {
        let records = try read("{\"a\":\"1\"}\n\n   \n{\"a\":\"2\"}\r\n")
        #expect(records.map(\.number) == [1, 2])
        #expect(records.map(\.line) == [1, 4])
    }

    @Test func nestedObjectsKeepOrderAndNumbersKeepTheirText() throws {
        let records = try read("{\"id\":7,\"address\":{\"city\":\"Delft\",\"zip\":\"2611\"},\"tags\":[1,2.50],\"ok\":true,\"x\":null}\n")
        #expect(
            records[0].record == [
                "id": .number("7"), "address": .object(["city": "Delft", "zip": "2611"]),
                "tags": .array([.number("1"), .number("2.50")]), "ok": true, "x": .null,
            ])
    }

    @Test func aLineThatIsNotAnObjectIsMalformed() throws {
        let records = try read("[1,2]\n{\"a\":\n\"text\"\n{\"ok\":\"yes\"}\n")
        #expect(
            records.map { $0.problems.map(\.message) } == [
                ["record is a list, not a JSON object"],
                ["record is not valid JSON: unexpected end of JSON at column 6"],
                ["record is a string, not a JSON object"],
                [],
            ])
        #expect(records[3].line == 4)
        #expect(records[0].rawText == "[1,2]")
    }

    @Test func duplicateKeysAreReportedWithTheirPath() throws {
        let records = try read("{\"a\":\"1\",\"b\":{\"c\":1,\"c\":2},\"a\":\"2\"}\n")
        #expect(records[0].problems.map(\.field) == ["b.c", "a"])
        #expect(records[0].problems.allSatisfy { $0.check == .duplicateField })
        #expect(records[0].record["a"] == "1")
    }

    /// Records laid out as nodes (no copy written) find the same repeats, at the same
    /// paths, as records read into a ``Record``: in nested objects, objects inside lists,
    /// the values of repeated members, and objects of more keys than are compared one by one.
    @Test(arguments: [
        #"{"a":1,"b":{"c":1,"c":2},"a":2}"#,
        #"{"l":[{"k":1,"k":2},{"k":3}],"m":{"n":{"o":1,"o":2}}}"#,
        #"{"r":{"x":1},"r":{"y":1,"y":2}}"#,
        #"[{"t":1,"t":2}]"#,
        "{" + (0..<20).map { "\"k\($0)\":\($0)" }.joined(separator: ",") + #","k7":1,"k19":2}"#,
        #"{"ab":1,"ba":2,"aab":3,"abb":4,"ab":5}"#,
    ])
    func nodeBatchesFindTheRepeatsTheRecordReaderFinds(line: String) throws {
        let path = try temporaryFile("t.jsonl", line + "\n")
        var records = JSONLinesReader(source: try ByteSource(path: path))
        let expected = try readAll(&records).flatMap(\.problems)
        var nodes = JSONNodeReader(JSONLinesReader(source: try ByteSource(path: path)))
        let batch = try #require(try nodes.nextBatch(maxRecords: 10, maxBytes: 1 << 20))
        #expect(batch.items.flatMap(\.problems) == expected)
        #expect(expected.allSatisfy { $0.check == .duplicateField || $0.check == .malformedRecord })
    }

    @Test func nodeBatchesNameEachRepeatByItsDottedPath() throws {
        let path = try temporaryFile("t.jsonl", #"{"l":[{"k":1,"k":2}],"m":{"n":{"o":1,"o":2}},"m":{"p":1,"p":2}}"# + "\n")
        var nodes = JSONNodeReader(JSONLinesReader(source: try ByteSource(path: path)))
        let batch = try #require(try nodes.nextBatch(maxRecords: 10, maxBytes: 1 << 20))
        #expect(batch.items[0].problems.map(\.field) == ["l.k", "m.n.o", "m.p", "m"])
    }

    @Test func escapesAndSurrogatePairsDecode() throws {
        let records = try read(#"{"s":"a\"b\\c\nd\u00e9\ud83d\ude00"}"# + "\n")
        #expect(records[0].record["s"] == .string("a\"b\\c\nd\u{e9}\u{1F600}"))
    }

    /// After an escape the rest of a string is copied a run at a time: runs of every length
    /// around escapes, in a key and a value, read back whole; a control byte after a run
    /// still ends the record.
    @Test func runsBetweenEscapesReadBackWhole() throws {
        let run = String(repeating: "x", count: 19)
        let records = try read(#"{"k\\ey\#(run)":"\#(run)\"\#(run)\n\#(run)é\t"}"# + "\n" + "{\"s\":\"a\\nbc\u{01}d\"}\n")
        #expect(records[0].record["k\\ey\(run)"] == .string("\(run)\"\(run)\n\(run)é\t"))
        #expect(records[1].problems.map(\.message) == ["record is not valid JSON: control character inside a string at column 12"])
    }

    @Test func invalidUTF8IsAnEncodingError() throws {
        var bytes = Array(#"{"name":"caf"#.utf8)
        bytes += [0xE9]
        bytes += Array("\"}\n".utf8)
        var reader = JSONLinesReader(source: try ByteSource(path: temporaryFile("t.jsonl", bytes)))
        let records = try readAll(&reader)
        #expect(records[0].problems.map(\.check) == [.encodingError])
    }

    @Test func deepNestingIsMalformedNotACrash() throws {
        let deep = String(repeating: "{\"a\":", count: 100) + "1" + String(repeating: "}", count: 100)
        let records = try read(deep + "\n")
        #expect(records[0].problems.first?.message.contains("nesting deeper than 64 levels") == true)
    }
}
