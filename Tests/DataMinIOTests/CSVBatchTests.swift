import DataMinCore
import DataMinTestSupport
import Foundation
import Testing

@testable import DataMinIO

/// Batches take over the bytes their rows were read in: every cell must read back as
/// written wherever the reader's buffer was cut, filled or handed over.
@Suite struct CSVBatchTests {
    /// One written row: its bytes and the cells, line and problem a reader must give back.
    struct Row {
        var bytes: [UInt8]
        var cells: [String]
        var lineBreaks: Int
        var isBroken = false
        var badColumn: Int?
    }

    /// Row `index` of a file that mixes plain, quoted, doubled-quote, multi-line, non-ASCII
    /// and invalid UTF-8 cells, so that every kind lands on some chunk and batch boundary.
    static func row(_ index: Int) -> Row {
        let note: (bytes: [UInt8], text: String, quoted: Bool, lineBreaks: Int)
        switch index % 6 {
        case 0: note = (Array("plain \(index)".utf8), "plain \(index)", false, 0)
        case 1: note = (Array("\"say \"\"hi\"\" \(index)\"".utf8), "say \"hi\" \(index)", true, 0)
        case 2: note = (Array("\"two\nlines \(index)\"".utf8), "two\nlines \(index)", true, 1)
        case 3: note = (Array("\"a, \"\"b\"\"\r\nc\"".utf8), "a, \"b\"\r\nc", true, 1)
        case 4: note = (Array("café \(index)".utf8), "café \(index)", false, 0)
        default: note = (Array("caf".utf8) + [0xE9] + Array(" \(index)".utf8), "caf\u{FFFD} \(index)", false, 0)
        }
        let padding = String(repeating: "p", count: index % 97)
        let bytes = Array("\(index),".utf8) + note.bytes + Array(",\(padding)\n".utf8)
        return Row(
            bytes: bytes, cells: ["\(index)", note.text, padding], lineBreaks: note.lineBreaks + 1,
            badColumn: index % 6 == 5 ? 2 : nil)
    }

    /// Every row of every batch, as cells, lines and problem messages.
    static func readBatches(_ path: String, maxRecords: Int = 2_048) throws -> [(cells: [String], line: Int, problems: [String])] {
        var reader = try CSVReader(source: ByteSource(path: path))
        var rows: [(cells: [String], line: Int, problems: [String])] = []
        while let batch = try reader.nextBatch(maxRecords: maxRecords, maxBytes: Limits.maxBatchBytes) {
            for (index, row) in batch.rows.enumerated() {
                rows.append((batch.cells(of: row), row.line, batch.problems(ofRow: index).map(\.message)))
            }
        }
        return rows
    }

    @Test(arguments: [2_048, 1, 7])
    func cellsReadInPlaceReadBackAsWrittenAcrossChunksAndBatches(maxRecords: Int) throws {
        let rows = (1...15_000).map(Self.row)
        var bytes = Array("id,note,padding\n".utf8)
        for row in rows { bytes += row.bytes }
        #expect(bytes.count > 3 * ByteSource.chunkSize)
        let read = try Self.readBatches(temporaryFile("mixed.csv", bytes), maxRecords: maxRecords)
        #expect(read.count == rows.count)
        var line = 2
        for (written, read) in zip(rows, read) {
            #expect(read.cells == written.cells)
            #expect(read.line == line)
            #expect(read.problems == (written.badColumn == nil ? [] : ["field 'note' is not valid UTF-8"]))
            line += written.lineBreaks
        }
    }

    @Test(arguments: ["\n", "\r", "\r\n"])
    func runsOfBlankLinesAndLongBrokenLinesInsideABatchAreNotKept(lineEnd: String) throws {
        // Each run is four chunks long: a batch that kept it would hold it all.
        let long = 4 * ByteSource.chunkSize
        let blankRun = String(repeating: lineEnd, count: long / lineEnd.utf8.count)
        let brokenLine = "3,\"b\"c" + String(repeating: "x", count: long)
        let text = "id,note\n1,a\n" + blankRun + "2,\"b\"\"c\"\n" + brokenLine + "\n4,d\n"
        var reader = try CSVReader(source: ByteSource(path: temporaryFile("runs.csv", text)))
        let batch = try #require(try reader.nextBatch(maxRecords: 2_048, maxBytes: Limits.maxBatchBytes))
        #expect(batch.rows.map { batch.cells(of: $0) } == [["1", "a"], ["2", "b\"c"], [], ["4", "d"]])
        let blankLines = long / lineEnd.utf8.count
        #expect(batch.rows.map(\.line) == [2, 3 + blankLines, 4 + blankLines, 5 + blankLines])
        #expect(
            batch.problems(ofRow: 2).map(\.message) == [
                "text after the closing quote in column 2; quote the whole cell and double any quote inside it"
            ])
        #expect(batch.rawText(ofRow: 2) == brokenLine)
        #expect(batch.bytes.count < 2 * ByteSource.chunkSize)
        #expect(try reader.nextBatch(maxRecords: 2_048, maxBytes: Limits.maxBatchBytes) == nil)
    }

    /// Undoing `""` in place leaves a stale byte after the cell's new end; here it would
    /// complete the character cut short (`E2 82` + `82`) if the row were checked after.
    @Test(arguments: [[0xE2, 0x82], [0xF0, 0x9F, 0x98]] as [[UInt8]])
    func aCutCharacterInACellWithDoubledQuotesIsStillAnEncodingError(cut: [UInt8]) throws {
        let bytes = Array("id,note\n1,\"12\"\" screen ".utf8) + cut + Array("\"\n2,ok\n".utf8)
        let path = try temporaryFile("cut.csv", bytes)
        let batched = try Self.readBatches(path)
        #expect(batched.map(\.cells) == [["1", "12\" screen \u{FFFD}"], ["2", "ok"]])
        #expect(batched.map(\.problems) == [["field 'note' is not valid UTF-8"], []])
        var reader = try CSVReader(source: ByteSource(path: path))
        #expect(try readAll(&reader).map(\.values) == [["1", "12\" screen \u{FFFD}"], ["2", "ok"]])
        let header = try temporaryFile("cut-header.csv", Array("\"a\"\"b".utf8) + cut + Array("\",c\n1,2\n".utf8))
        #expect(try CSVReader(source: ByteSource(path: header)).headerProblems.map(\.check) == [.encodingError])
    }

    @Test func aBatchAndTheRowByRowReaderAgreeOnEveryCell() throws {
        var bytes = Array("id,note,padding\n".utf8)
        for index in 1...500 { bytes += Self.row(index).bytes }
        let path = try temporaryFile("agree.csv", bytes)
        var reader = try CSVReader(source: ByteSource(path: path))
        let oneByOne = try readAll(&reader).map { ($0.cells ?? [], $0.line) }
        let batched = try Self.readBatches(path).map { ($0.cells, $0.line) }
        #expect(oneByOne.map(\.0) == batched.map(\.0))
        #expect(oneByOne.map(\.1) == batched.map(\.1))
    }
}
