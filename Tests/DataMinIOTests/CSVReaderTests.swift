import DataMinCore
import DataMinTestSupport
import Testing

@testable import DataMinIO

struct CSVReaderTests {
    @Test func readsHeaderAndRecordsWithTheirLines() throws {
        let (reader, records) = try csvRecords("id,email\n1,a@example.com\n2,b@example.com\n")
        #expect(reader.header == ["id", "email"])
        #expect(records.map(\.number) == [1, 2])
        #expect(records.map(\.line) == [2, 3])
        #expect(records[0].values == ["1", "a@example.com"])
    }

    @Test func quotedFieldsKeepDelimitersDoubledQuotesAndLineBreaks() throws {
        let (_, records) = try csvRecords("id,notes,city\n1,\"a, b \"\"c\"\"\nsecond line\",Utrecht\n2,plain,Delft\n")
        #expect(records[0].values == ["1", "a, b \"c\"\nsecond line", "Utrecht"])
        #expect(records[1].line == 4)
    }

    @Test func crlfAndByteOrderMarkAreHandled() throws {
        let (reader, records) = try csvRecords("\u{FEFF}id,notes\r\n1,\"x\r\ny\"\r\n2,z\r\n")
        #expect(reader.header == ["id", "notes"])
        #expect(records.map(\.values) == [["1", "x\r\ny"], ["2", "z"]])
        #expect(records.map(\.line) == [2, 4])
    }

    @Test func blankLinesAreSkippedButCounted() throws {
        let (_, records) = try csvRecords("id\n\n1\n\r\n2\n\n")
        #expect(records.map(\.values) == [["1"], ["2"]])
        #expect(records.map(\.line) == [3, 5])
    }

    @Test(arguments: [
        ("a;b;c\n1;2;3\n", UInt8(ascii: ";")), ("a,b;c\n", UInt8(ascii: ",")), ("a\tb\tc\n", UInt8(ascii: "\t")),
        ("\"x;y\",b\n", UInt8(ascii: ",")),
    ])
    func delimiterIsDetectedFromTheHeader(text: String, expected: UInt8) throws {
        let (reader, _) = try csvRecords(text)
        #expect(reader.delimiter == expected)
    }

    /// Excel's `sep=` line names the delimiter and is not the header; lines still count it.
    @Test(arguments: ["sep=;\n", "\"sep=;\"\r\n", "\u{FEFF}sep=;\r\n"])
    func aSeparatorLineNamesTheDelimiter(first: String) throws {
        let (reader, records) = try csvRecords(first + "id;email\n1;a@example.com\n")
        #expect(reader.delimiter == UInt8(ascii: ";"))
        #expect(reader.header == ["id", "email"])
        #expect(reader.headerLine == 2)
        #expect(records.map(\.line) == [3])
        #expect(records.map(\.values) == [["1", "a@example.com"]])
    }

    @Test(arguments: ["sep=;x\nid\n", "sep=|\nid\n", "sep=\nid\n", "sep=;;\nid\n"])
    func aFirstLineThatOnlyLooksLikeASeparatorLineIsTheHeader(text: String) throws {
        let (reader, _) = try csvRecords(text)
        #expect(reader.headerLine == 1)
    }

    /// Lines of spaces before the header name nothing: the header is the first line with
    /// text, and its delimiter is looked for there.
    @Test func linesOfSpacesBeforeTheHeaderAreSkipped() throws {
        let (reader, records) = try csvRecords("  \r\n\t \n\nid;email\n1;a@example.com\n")
        #expect(reader.header == ["id", "email"])
        #expect(reader.delimiter == UInt8(ascii: ";"))
        #expect(reader.headerLine == 4)
        #expect(records.map(\.line) == [5])
        let (separated, _) = try csvRecords("   \nsep=;\nid;email\n")
        #expect(separated.header == ["id", "email"])
        #expect(separated.headerLine == 3)
    }

    /// A run of spaces longer than a field name is not skipped as a blank line: the header
    /// reports it, and the reader's window stays bounded.
    @Test func aLongRunOfSpacesIsTheHeadersToReport() throws {
        #expect(throws: Diagnostic.self) { try csvRecords(String(repeating: " ", count: 200_000)) }
    }

    @Test func wrongCellCountIsMalformedAndReadingGoesOn() throws {
        let (_, records) = try csvRecords("a,b\n1,2,3\n4,5\n")
        #expect(records[0].problems == [ReadProblem(check: .malformedRecord, message: "row has 3 cells; the header has 2")])
        #expect(records[0].record.fields.isEmpty)
        #expect(records[0].cells == ["1", "2", "3"])
        #expect(records[1].values == ["4", "5"])
    }

    @Test func unterminatedQuoteIsMalformedAndReadingResumesOnTheNextLine() throws {
        let (_, records) = try csvRecords("a,b\n1,\"oops\n2,ok\n")
        #expect(records.count == 2)
        #expect(records[0].problems.map(\.message) == ["quoted field opened on line 2 is never closed"])
        #expect(records[0].rawText == "1,\"oops")
        #expect(records[1].values == ["2", "ok"])
        #expect(records[1].line == 3)
    }

    @Test func textAfterAClosingQuoteIsMalformed() throws {
        let (_, records) = try csvRecords("a,b\n\"x\"y,1\n2,3\n")
        #expect(records[0].isMalformed)
        #expect(records[1].values == ["2", "3"])
    }

    @Test func invalidUTF8IsAnEncodingErrorOnItsField() throws {
        var bytes = Array("id,name\n1,caf".utf8)
        bytes += [0xE9]
        bytes += Array("\n".utf8)
        var reader = try CSVReader(source: ByteSource(path: temporaryFile("latin1.csv", bytes)))
        let records = try readAll(&reader)
        #expect(
            records[0].problems == [
                ReadProblem(
                    check: .encodingError, message: "field 'name' is not valid UTF-8", field: "name", column: 2,
                    encodingGuess: .windows1252)
            ])
        #expect(records[0].values == ["1", "caf\u{FFFD}"])
    }

    @Test func leftOutColumnsAreStillCheckedForUTF8() throws {
        var bytes = Array("id,extra\n1,caf".utf8)
        bytes += [0xE9]
        bytes += Array("\n".utf8)
        var reader = try CSVReader(source: ByteSource(path: temporaryFile("extra.csv", bytes)))
        reader.excludeColumns { $0 == "extra" }
        let records = try readAll(&reader)
        #expect(records[0].record == ["id": "1"])
        #expect(records[0].problems.map(\.check) == [.encodingError])
        #expect(records[0].problems.first?.column == 2)
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func cellsEndAtEveryOffsetWithinAWord(lineEnd: String) throws {
        // Cells of 0 to 17 bytes put each delimiter and line end at every position of the
        // eight-byte words the scanner reads at once.
        let cells = (0...17).map { String(repeating: "x", count: $0) }
        let row = cells.joined(separator: ",")
        let text = (0...17).map { "c\($0)" }.joined(separator: ",") + lineEnd + row + lineEnd + row
        let (_, records) = try csvRecords(text)
        #expect(records.map(\.values) == [cells, cells])
        #expect(records.map(\.line) == [2, 3])
    }

    @Test func doubledQuotesAndInvalidUTF8InOneRowAreEachUndoneInTheirOwnCell() throws {
        var bytes = Array("id,quote,name\n1,\"say \"\"hi\"\"\",caf".utf8)
        bytes += [0xE9]
        bytes += Array(" au lait\n2,\"\"\"\",ok\n".utf8)
        var reader = try CSVReader(source: ByteSource(path: temporaryFile("mixed.csv", bytes)))
        let records = try readAll(&reader)
        #expect(records.map(\.values) == [["1", "say \"hi\"", "caf\u{FFFD} au lait"], ["2", "\"", "ok"]])
        #expect(
            records[0].problems == [
                ReadProblem(
                    check: .encodingError, message: "field 'name' is not valid UTF-8", field: "name", column: 3,
                    encodingGuess: .windows1252)
            ])
        #expect(records[1].problems.isEmpty)
    }

    @Test func duplicatedHeaderNameIsReportedOnceAndTheRepeatIsLeftOut() throws {
        let (reader, records) = try csvRecords("id,email,email\n1,a@example.com,b@example.com\n")
        #expect(
            reader.headerProblems == [
                ReadProblem(
                    check: .duplicateField,
                    message: "column 3 repeats the header name 'email' of column 2; the repeat is not validated", field: "email", column: 3,
                    line: 1)
            ])
        #expect(records[0].values == ["1", "a@example.com"])
        #expect(records[0].cells == ["1", "a@example.com", "b@example.com"])
    }

    @Test func recordsSpanningChunkBoundariesAreReadWhole() throws {
        // A quoted field with a line break right where the first chunk ends.
        let padding = String(repeating: "x", count: ByteSource.chunkSize - 12)
        let text = "a,b\n1,\"\(padding)\nnext\"\n2,\"c\"\"d\"\n"
        let (_, records) = try csvRecords(text)
        #expect(records.count == 2)
        #expect(records[0].values[1] == padding + "\nnext")
        #expect(records[1].values == ["2", "c\"d"])
        #expect(records[1].line == 4)
    }

    @Test func manyRecordsStreamThroughSmallChunks() throws {
        var text = "id,notes\n"
        for index in 1...20_000 { text += "\(index),\"line \(index)\nmore\"\n" }
        let (_, records) = try csvRecords(text)
        #expect(records.count == 20_000)
        #expect(records.last?.line == 2 + 19_999 * 2)
        #expect(records.last?.values == ["20000", "line 20000\nmore"])
    }

    @Test func lastRowWithoutLineBreakAndTrailingEmptyCell() throws {
        let (_, records) = try csvRecords("a,b\n1,")
        #expect(records.map(\.values) == [["1", ""]])
    }
}
