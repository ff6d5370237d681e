import DataMinCore
import DataMinTestSupport
import Foundation
import Testing

@testable import DataMinIO

/// The readers' bounds: past each, one clear error or one malformed record.
struct ReadLimitTests {
    private func jsonLines(_ text: String) throws -> [ReadRecord] {
        var reader = JSONLinesReader(source: try ByteSource(path: temporaryFile("t.jsonl", text)))
        return try readAll(&reader)
    }

    @Test func keysUpToTheLimitAreReadAndADuplicateAmongThemIsFound() throws {
        let keys = (0..<Limits.maxFieldsPerRecord - 1).map { "\"k\($0)\":1" }.joined(separator: ",")
        let records = try jsonLines("{\(keys),\"k17\":2}\n")
        #expect(records[0].record.fields.count == Limits.maxFieldsPerRecord - 1)
        #expect(
            records[0].problems == [
                ReadProblem(
                    check: .duplicateField, message: "field 'k17' occurs twice in the object; only the first is validated", field: "k17")
            ])
    }

    @Test func keysPastTheLimitInNestedObjectsTooAreMalformed() throws {
        let inner = (0..<Limits.maxFieldsPerRecord).map { "\"k\($0)\":1" }.joined(separator: ",")
        let records = try jsonLines("{\"a\":1,\"nested\":{\(inner)}}\n{\"b\":2}\n")
        #expect(records.count == 2)
        #expect(records[0].isMalformed)
        #expect(records[0].problems[0].message.hasPrefix("record is not valid JSON: record has more than 10000 keys (the limit)"))
        #expect(records[1].problems.isEmpty)
    }

    @Test func aKeyLongerThanAFieldNameMayBeIsMalformed() throws {
        let key = String(repeating: "k", count: Limits.maxFieldNameBytes + 1)
        let records = try jsonLines("{\"\(key)\":1}\n{\"\(key.dropLast())\":1}\n")
        #expect(
            records[0].problems.map(\.message) == [
                "record is not valid JSON: a key of 1025 bytes is longer than field names may be (1024 bytes) at column 2"
            ])
        #expect(records[1].problems.isEmpty)
    }

    @Test(arguments: [
        (
            "\"id,email\n1,a\n",
            "t.csv:1: error: the header row cannot be read: quoted field opened on line 1 is never closed; the first row must name the columns"
        ),
        (
            "id,\"x\"y\n1,2\n",
            "t.csv:1: error: the header row cannot be read: text after the closing quote in column 2; quote the whole cell and double any quote inside it; the first row must name the columns"
        ),
        (
            "id,\(String(repeating: "n", count: 1_025))\n",
            "t.csv:1:2: error: header cell in column 2 is 1025 bytes long; field names may have at most 1024 (does the file start with a header row?)"
        ),
    ])
    func aHeaderThatCannotNameColumnsIsOneError(text: String, message: String) throws {
        let path = try temporaryFile("t.csv", text)
        #expect(throws: Diagnostic.self) { try CSVReader(source: ByteSource(path: path)) }
        do {
            _ = try CSVReader(source: ByteSource(path: path))
        } catch {
            #expect(error.headline == message.replacingOccurrences(of: "t.csv", with: path))
        }
    }

    @Test func aRowWithFarTooManyCellsIsCutShortAndTheNextRowIsRead() throws {
        let (_, records) = try csvRecords("a,b\n" + String(repeating: ",", count: 500) + "\n1,2\n")
        #expect(records.map(\.problems.first?.message) == ["row has more than 102 cells; the header has 2", nil])
        #expect(records[1].values == ["1", "2"])
    }

    @Test func aHeaderEndingInADelimiterAtTheEndOfTheFileCountsItsEmptyLastCell() throws {
        // 10,000 names and a delimiter as the file's last byte: an empty 10,001st cell.
        let path = try temporaryFile("t.csv", (0..<10_000).map { "c\($0)" }.joined(separator: ",") + ",")
        do {
            _ = try CSVReader(source: ByteSource(path: path))
            Issue.record("a header of 10,001 cells was read")
        } catch {
            #expect(
                error.headline
                    == "\(path):1: error: the header row cannot be read: row has more than 10000 cells (the limit); the first row must name the columns"
            )
        }
    }

    @Test func aLastRowEndingInADelimiterCountsItsEmptyLastCellAgainstTheLimit() throws {
        // 102 cells are read and reported with their count; one more, the empty cell after the
        // file's last byte, is one too many.
        let (_, fits) = try csvRecords("a,b\n" + String(repeating: ",", count: 101))
        #expect(fits.map(\.problems.first?.message) == ["row has 102 cells; the header has 2"])
        let (_, over) = try csvRecords("a,b\n" + String(repeating: ",", count: 102))
        #expect(over.map(\.problems.first?.message) == ["row has more than 102 cells; the header has 2"])
    }

    @Test func batchesEndAtTheirByteBudget() throws {
        let row = String(repeating: "x", count: 1_000) + "\n"
        var reader = try CSVReader(source: ByteSource(path: temporaryFile("t.csv", "a\n" + String(repeating: row, count: 100))))
        let batch = try #require(try reader.nextBatch(maxRecords: 2_048, maxBytes: 10_000))
        #expect(batch.count == 10)
        var json = JSONLinesReader(
            source: try ByteSource(path: temporaryFile("t.jsonl", String(repeating: "{\"a\":\"\(row.dropLast())\"}\n", count: 100))))
        let records = try #require(try json.nextBatch(maxRecords: 2_048, maxBytes: 10_000))
        #expect(records.count == 10)
    }
}
