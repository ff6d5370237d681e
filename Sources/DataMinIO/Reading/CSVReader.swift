@_spi(Readers) import DataMinCore

/// Streams records from CSV (RFC 4180 and what real exports do): quoted fields with
/// delimiters, doubled quotes and line breaks inside; LF, CRLF or CR line ends; a UTF-8
/// byte-order mark; a header row naming the columns.
///
/// A first line `sep=;` (Excel's way of naming the delimiter, quoted or not) names the
/// delimiter and is not the header. Blank lines are skipped (they hold no data). A row with the wrong number of cells, an
/// unterminated quote or text after a closing quote is `malformed-record`; reading resumes
/// on the next line, so one stray quote does not swallow the rest of the file.
public struct CSVReader: RecordReader {
    /// The header's names in column order, as written.
    public private(set) var header: [String] = []
    /// The physical line the header is on (1 unless blank lines precede it).
    public private(set) var headerLine = 1
    /// The 1-based line each header cell starts on: ``headerLine`` unless a quoted name
    /// before it holds a line break.
    package private(set) var headerCellLines: [Int] = []
    /// Problems in the header itself: `duplicate-field`, `encoding-error`, `malformed-record`.
    public private(set) var headerProblems: [ReadProblem] = []
    /// The delimiter byte in use.
    public let delimiter: UInt8

    private var input: InputBuffer
    private var recordNumber = 0
    /// For each header column, true when records include it: the first column with its
    /// name, and (see ``excludeColumns(_:)``) one the caller wants.
    private var included: [Bool] = []
    /// The cells of the row being scanned that hold doubled quotes, kept between rows to
    /// save allocations.
    private var escapedCells: [Int] = []
    /// The largest batch handed out so far, to size the next one.
    private var lastBatchSize = CSVBatch.Size(rows: 0, cells: 0)
    /// False while the header row itself is read.
    private var headerRead = false

    /// Opens a CSV stream and reads its header.
    ///
    /// - Parameter delimiter: `,`, `;` or tab; nil detects it from the header line
    ///   (`;` for European spreadsheet exports, tab for TSV, else `,`).
    public init(source: ByteSource, delimiter: UInt8? = nil) throws(Diagnostic) {
        input = InputBuffer(source: source)
        // The first chunk is enough to skip a byte-order mark and sniff the delimiter.
        while input.bytes.count < 4096, !input.atEnd { try input.fill() }
        try input.skipByteOrderMark()
        // Lines of spaces before the header name nothing: skipped before the delimiter is
        // looked for, and then the first chunk of what follows is at hand again.
        try input.skipLinesOfSpaces()
        while input.bytes.count - input.position < 4096, !input.atEnd { try input.fill() }
        let declared = input.skipSeparatorLine()
        self.delimiter = delimiter ?? declared ?? CSVReader.sniffDelimiter(input.bytes[input.position...])
        try readHeader()
    }

    public var bytesRead: Int { input.source.bytesRead }

    package var bytesConsumed: Int { input.consumed }

    /// The names of the fields each record holds, in order: the included header columns.
    public var fieldNames: [String] {
        zip(header, included).filter(\.1).map(\.0)
    }

    /// The 0-based columns each record holds, in order (see ``fieldNames``).
    package var includedColumns: [Int] {
        included.indices.filter { included[$0] }
    }

    /// Leaves the columns `exclude` names out of records from now on (their cells stay in
    /// ``ReadRecord/cells`` and batches). The validator uses this for columns reported once
    /// at the header.
    public mutating func excludeColumns(_ exclude: (String) -> Bool) {
        for (index, name) in header.enumerated() where exclude(name) { included[index] = false }
    }

    /// The delimiter among `,`, `;` and tab that occurs most often, outside quotes, on the
    /// first line.
    static func sniffDelimiter(_ bytes: ArraySlice<UInt8>) -> UInt8 {
        var counts: [UInt8: Int] = [:]
        var inQuotes = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
            if inQuotes { continue }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "\t") { counts[byte, default: 0] += 1 }
        }
        let comma = counts[UInt8(ascii: ","), default: 0]
        let semicolon = counts[UInt8(ascii: ";"), default: 0]
        let tab = counts[UInt8(ascii: "\t"), default: 0]
        if tab > comma, tab > semicolon { return UInt8(ascii: "\t") }
        return semicolon > comma ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }

    /// Reads the header row.
    ///
    /// - Throws: ``Diagnostic`` when it cannot name columns: it is broken (an unterminated
    ///   quote would otherwise make every row an error), has more than
    ///   ``Limits/maxFieldsPerRecord`` cells, or a cell longer than a field name may be.
    private mutating func readHeader() throws(Diagnostic) {
        let batch = try readBatch(maxRecords: 1, maxBytes: .max)
        guard let row = batch.rows.first else { return }
        headerLine = row.line
        let problems = batch.problems(ofRow: 0)
        if let problem = problems.first(where: { $0.check == .malformedRecord }) {
            throw Diagnostic(
                .inputHeaderInvalid, file: input.source.path, line: row.line,
                message: "the header row cannot be read: \(problem.message); the first row must name the columns")
        }
        for column in 0..<row.cellCount where batch.range(ofCell: row.firstCell + column).count > Limits.maxFieldNameBytes {
            throw Diagnostic(
                .inputHeaderInvalid, file: input.source.path, line: row.line, column: column + 1,
                message: "header cell in column \(column + 1) is \(batch.range(ofCell: row.firstCell + column).count) bytes long; "
                    + "field names may have at most \(Limits.maxFieldNameBytes) (does the file start with a header row?)")
        }
        header = batch.cells(of: row)
        headerCellLines = Self.cellLines(of: header, from: row.line)
        var seen: [String: Int] = [:]
        for (index, name) in header.enumerated() {
            if let first = seen[name] {
                let shown = FieldNameText.showable(name)
                headerProblems.append(
                    ReadProblem(
                        check: .duplicateField,
                        message:
                            "column \(index + 1) repeats the header name\(shown.map { " '\($0)'" } ?? "") of column \(first + 1); the repeat is not validated",
                        field: shown, column: index + 1, line: headerCellLines[index]))
                included.append(false)
            } else {
                seen[name] = index
                included.append(true)
            }
        }
        headerProblems += problems.map { problem in
            var problem = problem
            if problem.check == .encodingError, let column = problem.column {
                problem.message = "header cell in column \(column) \(input.source.encoding.badCellPhrase)"
            }
            if let column = problem.column, column <= headerCellLines.count { problem.line = headerCellLines[column - 1] }
            return problem
        }
        recordNumber = 0
        headerRead = true
    }

    /// The 1-based line each header cell starts on, from the header's first line and the
    /// names read: only a quoted name can hold a line break (`\n`, `\r\n` or a lone `\r`,
    /// one each), and a name holds the same breaks however its bytes were repaired or its
    /// doubled quotes undone.
    private static func cellLines(of names: [String], from first: Int) -> [Int] {
        var lines: [Int] = []
        var line = first
        for name in names {
            lines.append(line)
            var previous: UInt8 = 0
            for byte in name.utf8 {
                // `\r\n` is one break, counted at its `\r`.
                if byte == UInt8(ascii: "\r") || (byte == UInt8(ascii: "\n") && previous != UInt8(ascii: "\r")) { line += 1 }
                previous = byte
            }
        }
        return lines
    }

    /// Reads up to `maxRecords` records; nil at the end of the input.
    package mutating func nextBatch(maxRecords: Int, maxBytes: Int) throws(Diagnostic) -> CSVBatch? {
        let batch = try readBatch(maxRecords: maxRecords, maxBytes: maxBytes)
        lastBatchSize = .max(lastBatchSize, batch.size)
        return batch.rows.isEmpty ? nil : batch
    }

    /// Reads rows into a batch that takes over the bytes they were read in.
    private mutating func readBatch(maxRecords: Int, maxBytes: Int) throws(Diagnostic) -> CSVBatch {
        // Sized like the last full batch, so filling one rarely grows (and copies) its arrays;
        // its last row needs room for as many cells as a row may have.
        var batch = CSVBatch(reserving: CSVBatch.Size(rows: lastBatchSize.rows, cells: lastBatchSize.cells + maxCells + 1))
        input.beginBatch()
        do {
            while batch.rows.count < maxRecords, batch.byteCount < maxBytes, try readRow(into: &batch) {}
        } catch {
            // The buffer must not stay in batch mode, where it would keep every byte read.
            _ = input.endBatch()
            throw error
        }
        let (bytes, start) = input.endBatch()
        batch.finish(bytes: bytes, start: start)
        return batch
    }

    public mutating func next() throws(Diagnostic) -> ReadRecord? {
        let batch = try readBatch(maxRecords: 1, maxBytes: .max)
        guard let row = batch.rows.first else { return nil }
        var fields: [Record.Field] = []
        if !row.isMalformed {
            for column in 0..<row.cellCount where included[column] {
                fields.append(Record.Field(name: header[column], value: .string(batch.string(ofCell: row.firstCell + column))))
            }
        }
        let rawText = batch.rawText(ofRow: 0)
        return ReadRecord(
            number: row.number, line: row.line, record: Record(fields: fields), problems: batch.problems(ofRow: 0),
            cells: rawText == nil ? batch.cells(of: row) : nil, rawText: rawText)
    }

    // MARK: - Rows

    private enum Scan {
        /// A whole row; its cells are the batch's last, from where the scan began.
        case row(end: Int, lineBreaks: Int)
        case needMore
        /// The row cannot be read; `reason` says why. Reading resumes after its first line.
        case broken(reason: String)
    }

    /// Appends the next non-blank row to `batch`; false at the end of input.
    private mutating func readRow(into batch: inout CSVBatch) throws(Diagnostic) -> Bool {
        defer { batch.readBytes = input.position - (input.batchStart ?? input.position) }
        while true {
            try skipBlankLines()
            if input.isExhausted { return false }
            let firstCell = batch.cellCount
            let result = scanRow(into: &batch)
            if case .row = result {} else { batch.cells.removeCells(from: firstCell) }
            switch result {
            case .needMore:
                if input.bytes.count - input.position > Limits.maxRecordBytes {
                    try appendBrokenRow(
                        reason: "record is larger than \(Limits.maxRecordBytes >> 20) MiB (an unterminated quote?)", to: &batch)
                    return true
                }
                try input.fill()
            case .broken(let reason):
                try appendBrokenRow(reason: reason, to: &batch)
                return true
            case .row(let end, let lineBreaks):
                recordNumber += 1
                let cellCount = batch.cellCount - firstCell
                let row = CSVBatch.Row(number: recordNumber, line: input.line, firstCell: firstCell, cellCount: cellCount)
                var problems: [ReadProblem] = []
                // The row as read, before quotes are undone in place: undoing leaves stale bytes
                // after a cell's new end, which could complete a character cut short.
                let valid = input.bytes.withUTF8Bytes { UTF8Validation.isValid($0.view(input.position..<end)) }
                // Cells count from the batch's first byte; the buffer indexes from its own.
                let base = input.batchStart ?? input.position
                for cell in escapedCells {
                    let range = batch.cells.range(of: cell)
                    let cellEnd = input.undoDoubledQuotes(in: (range.lowerBound + base)..<(range.upperBound + base))
                    batch.cells.set(cell, to: range.lowerBound..<(cellEnd - base))
                }
                let encoding = input.source.encoding
                for column in 0..<(valid ? 0 : cellCount) {
                    let cell = firstCell + column
                    let offsets = batch.cells.range(of: cell)
                    let range = (offsets.lowerBound + base)..<(offsets.upperBound + base)
                    let cellIsValid = input.bytes.withUTF8Bytes { UTF8Validation.isValid($0.view(range)) }
                    if cellIsValid { continue }
                    // UTF-8 input keeps the bytes as read for the rejects; decoded input has
                    // none to keep (an undefined byte was made 0xFF), and its rejects are UTF-8.
                    batch.repair(
                        cell: cell, as: String(decoding: input.bytes[range], as: UTF8.self), keepingBytesAsRead: encoding == .utf8)
                    // A legacy file's bad byte is one its encoding leaves undefined: no other encoding to suggest.
                    problems.append(
                        ReadProblem(
                            check: .encodingError, message: "cell in column \(column + 1) \(encoding.badCellPhrase)", column: column + 1,
                            encodingGuess: encoding == .utf8 ? InputEncoding.legacyGuess(for: input.bytes[range]) : nil))
                }
                if cellCount != header.count, headerRead {
                    problems.insert(
                        ReadProblem(
                            check: .malformedRecord,
                            message: "row has \(cellCount) cell\(cellCount == 1 ? "" : "s"); the header has \(header.count)"), at: 0)
                }
                for index in problems.indices where problems[index].check == .encodingError {
                    if let column = problems[index].column, column <= header.count,
                        let shown = FieldNameText.showable(header[column - 1])
                    {
                        problems[index].field = shown
                        problems[index].message = "field '\(shown)' \(encoding.badCellPhrase)"
                    }
                }
                batch.append(row, problems: problems)
                input.line += lineBreaks
                input.position = end
                return true
            }
        }
    }

    /// A broken row's first line for the rejects file: as read from UTF-8 input; from a
    /// legacy encoding, the decoded text (an undefined byte, which decoding made 0xFF, as
    /// U+FFFD), since its rejects are written in UTF-8.
    private func asRead(_ raw: [UInt8]) -> [UInt8] {
        input.source.encoding == .utf8 ? raw : Array(String(decoding: raw, as: UTF8.self).utf8)
    }

    /// Reports the row at `input.position` as malformed and resumes on the line after it starts.
    private mutating func appendBrokenRow(reason: String, to batch: inout CSVBatch) throws(Diagnostic) {
        recordNumber += 1
        let row = CSVBatch.Row(number: recordNumber, line: input.line, firstCell: batch.cellCount, cellCount: 0)
        var rawLine: [UInt8]?
        defer { batch.append(row, problems: [ReadProblem(check: .malformedRecord, message: reason)], rawLine: rawLine) }
        var raw: [UInt8] = []
        var start = input.position
        while true {
            if let newline = input.indexOfNewline(from: input.position, orReturn: true) {
                raw += input.bytes[input.position..<min(newline, input.position + Limits.maxRecordBytes - raw.count)]
                rawLine = asRead(raw)
                input.position = newline + 1
                if input.bytes[newline] == UInt8(ascii: "\r") {
                    if input.position >= input.bytes.count, !input.atEnd { try input.fill() }
                    if input.position < input.bytes.count, input.bytes[input.position] == UInt8(ascii: "\n") { input.position += 1 }
                }
                input.line += 1
                return
            }
            raw += input.bytes[input.position..<min(input.bytes.count, input.position + Limits.maxRecordBytes - raw.count)]
            input.position = input.bytes.count
            if input.atEnd {
                rawLine = asRead(raw)
                return
            }
            input.discard(from: start)
            try input.fill()
            start = input.position
        }
    }

    private mutating func skipBlankLines() throws(Diagnostic) {
        var start = input.position
        while true {
            if input.position >= input.bytes.count {
                if input.atEnd { return }
                input.discard(from: start)
                try input.fill()
                start = input.position
                continue
            }
            let byte = input.bytes[input.position]
            if byte == UInt8(ascii: "\n") {
                input.position += 1
                input.line += 1
            } else if byte == UInt8(ascii: "\r") {
                if input.position + 1 >= input.bytes.count, !input.atEnd {
                    input.discard(from: start)
                    try input.fill()
                    start = input.position
                    continue
                }
                input.position += input.position + 1 < input.bytes.count && input.bytes[input.position + 1] == UInt8(ascii: "\n") ? 2 : 1
                input.line += 1
            } else {
                return
            }
        }
    }

    /// The most cells a row may have. A row with a few cells too many is still reported with
    /// its count; one with thousands more is cut short, so its cells cannot fill memory.
    private var maxCells: Int {
        headerRead ? min(Limits.maxFieldsPerRecord, header.count + 100) : Limits.maxFieldsPerRecord
    }

    /// Scans the row at `input.position`, appending its cells' ranges to `batch` (as offsets
    /// from the batch's first byte) and the cells holding doubled quotes to ``escapedCells``.
    private mutating func scanRow(into batch: inout CSVBatch) -> Scan {
        let quote = UInt8(ascii: "\"")
        let newline = UInt8(ascii: "\n")
        let carriageReturn = UInt8(ascii: "\r")
        // A local copy, which the compiler can keep in a register across the row's cells.
        let delimiter = self.delimiter
        let maxCells = self.maxCells
        let start = input.position
        let base = input.batchStart ?? start
        let firstCell = batch.cellCount
        // Moved out and back, so appending does not copy it.
        var escapedCells: [Int] = []
        swap(&escapedCells, &self.escapedCells)
        escapedCells.removeAll(keepingCapacity: true)
        defer { swap(&escapedCells, &self.escapedCells) }
        // The row's unquoted cells end at the next delimiter or line break, found from marks
        // made 64 bytes at a time; the buffer does not change while a row is scanned.
        var ends = ByteScan.Marks(delimiter, newline, carriageReturn)
        // Room for one cell more than a row may have: the one that tells it has too many.
        return batch.cells.appending(room: maxCells + 1) { cells -> Scan in
            input.bytes.withUTF8Bytes { bytes -> Scan in
                let count = bytes.count
                var index = start
                var lineBreaks = 0
                while true {
                    var cellStart = index
                    var cellEnd = index
                    var escaped = false
                    if index < count, bytes[index] == quote {
                        let openedOnLine = input.line + lineBreaks
                        index += 1
                        cellStart = index
                        while true {
                            guard index < count else {
                                return input.atEnd
                                    ? .broken(reason: "quoted field opened on line \(openedOnLine) is never closed") : .needMore
                            }
                            // Runs of plain text between quotes and line breaks are skipped a word at a time.
                            index = ByteScan.firstIndex(in: bytes, from: index, of: quote, newline, carriageReturn)
                            guard index < count else { continue }
                            let byte = bytes[index]
                            if byte == quote {
                                guard index + 1 < count else {
                                    if !input.atEnd { return .needMore }
                                    cellEnd = index
                                    index += 1
                                    break
                                }
                                if bytes[index + 1] == quote {
                                    escaped = true
                                    index += 2
                                    continue
                                }
                                cellEnd = index
                                index += 1
                                break
                            }
                            if byte == newline || (byte == carriageReturn && (index + 1 >= count || bytes[index + 1] != newline)) {
                                lineBreaks += 1
                            }
                            index += 1
                        }
                    } else {
                        index = ends.firstIndex(in: bytes, from: index)
                        if index >= count, !input.atEnd { return .needMore }
                        cellEnd = index
                    }
                    if escaped { escapedCells.append(cells.count) }
                    cells.append((cellStart - base)..<(cellEnd - base))
                    let scanned = cells.count - firstCell
                    if scanned > maxCells {
                        return .broken(
                            reason: headerRead
                                ? "row has more than \(maxCells) cells; the header has \(header.count)"
                                : "row has more than \(maxCells) cells (the limit)")
                    }
                    guard index < count else { return .row(end: index, lineBreaks: lineBreaks) }
                    let byte = bytes[index]
                    if byte == delimiter {
                        index += 1
                        if index >= count, !input.atEnd { return .needMore }
                        // At the end of the input the loop reads the empty last cell, and counts it
                        // against the limit like any other.
                        continue
                    }
                    if byte == newline {
                        return .row(end: index + 1, lineBreaks: lineBreaks + 1)
                    }
                    if byte == carriageReturn {
                        if index + 1 >= count {
                            return input.atEnd ? .row(end: index + 1, lineBreaks: lineBreaks + 1) : .needMore
                        }
                        let end = bytes[index + 1] == newline ? index + 2 : index + 1
                        return .row(end: end, lineBreaks: lineBreaks + 1)
                    }
                    return .broken(
                        reason: "text after the closing quote in column \(scanned); quote the whole cell and double any quote inside it")
                }
            }
        }
    }
}
