import DataMinCore
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

    @Test func escapesAndSurrogatePairsDecode() throws {
        let records = try read(#"{"s":"a\"b\\c\nd\u00e9\ud83d\ude00"}"# + "\n")
        #expect(records[0].record["s"] == .string("a\"b\\c\nd\u{e9}\u{1F600}"))
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

struct JSONArrayReaderTests {
    private func read(_ text: String) throws -> [ReadRecord] {
        var reader = JSONArrayReader(source: try ByteSource(path: temporaryFile("t.json", text)))
        return try readAll(&reader)
    }

    @Test func elementsAreRecordsWithTheLineTheyStartOn() throws {
        let records = try read("\u{FEFF}[\n  {\"a\": \"1\"},\n  {\n    \"a\": \"2\"\n  }\n]\n")
        #expect(records.map(\.values) == [["1"], ["2"]])
        #expect(records.map(\.line) == [2, 3])
    }

    @Test func aSingleObjectIsOneRecord() throws {
        let records = try read("{\"a\": \"1\"}\n")
        #expect(records.map(\.values) == [["1"]])
    }

    @Test func emptyArrayHasNoRecords() throws {
        #expect(try read("[ ]").isEmpty)
    }

    @Test func aBadElementIsMalformedAndReadingGoesOn() throws {
        let records = try read("[{\"a\":\"1\"}, 42, {\"a\": tru}, {\"a\":\"4\"}]")
        #expect(records.map(\.isMalformed) == [false, true, true, false])
        #expect(records.map(\.number) == [1, 2, 3, 4])
    }

    @Test func aBrokenArrayStopsWithOneMalformedRecord() throws {
        let records = try read("[{\"a\":\"1\"}\n{\"a\":\"2\"}]")
        #expect(records.count == 2)
        #expect(records[1].problems.map(\.message) == ["expected ',' or ']' after record 1 on line 2; the rest of the file was not read"])
    }

    @Test func aTruncatedFileIsReported() throws {
        let records = try read("[{\"a\":\"1\"}, {\"a\":")
        #expect(
            records.last?.problems.map(\.message) == [
                "record starting on line 1 is never completed (a truncated file?); the rest of the file was not read"
            ])
    }

    @Test func bracketsInsideStringsDoNotEndAnElement() throws {
        let records = try read("[{\"a\":\"}]\\\"[{\"}]")
        #expect(records.map(\.values) == [["}]\"[{"]])
    }
}
