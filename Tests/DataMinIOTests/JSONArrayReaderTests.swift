import DataMinCore
import DataMinTestSupport
import Testing

@testable import DataMinIO

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

    /// No JSON value at all is a failed export: a failure, not a record (SPEC §11.3).
    @Test(arguments: [
        ("", "is empty (0 bytes)"), ("  \n\t\n", "holds no header and no record (5 bytes of blank lines, spaces or marks)"),
        ("\u{FEFF}", "holds no header and no record (3 bytes of blank lines, spaces or marks)"),
    ])
    func anInputWithoutAValueIsEmpty(text: String, what: String) throws {
        let error = #expect(throws: Diagnostic.self) { try read(text) }
        #expect(error?.code == .inputEmpty)
        #expect(error?.message == "the input \(what), which an export that ran never is; export it again, or remove it from the run")
    }

    @Test func bracketsInsideStringsDoNotEndAnElement() throws {
        let records = try read("[{\"a\":\"}]\\\"[{\"}]")
        #expect(records.map(\.values) == [["}]\"[{"]])
    }
}
