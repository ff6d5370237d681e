import DataMinCore

/// Streams records from CSV (RFC 4180 and what real exports do): quoted fields with
/// delimiters, doubled quotes and line breaks inside; LF, CRLF or CR line ends; a UTF-8
/// byte-order mark; a header row naming the columns.
///
/// Blank lines are skipped (they hold no data). A row with the wrong number of cells, an
/// unterminated quote or text after a closing quote is `malformed-record`; reading resumes
/// on the next line, so one stray quote does not swallow the rest of the file.
public struct CSVReader: RecordReader {
    /// The header's names in column order, as written.
    public private(set) var header: [String] = []
    /// The physical line the header is on (1 unless blank lines precede it).
    public private(set) var headerLine = 1
    /// Problems in the header itself: `duplicate-field`, `encoding-error`, `malformed-record`.
    public private(set) var headerProblems: [ReadProblem] = []
    /// The delimiter byte in use.
    public let delimiter: UInt8
    /// Whether records keep every cell in ``ReadRecord/cells`` (for writing rejects
    /// unchanged). Off saves work when nobody needs them.
    public var keepsCells = true

    private let source: ByteSource
    private var buffer: [UInt8] = []
    /// Index in `buffer` of the next unread byte.
    private var position = 0
    private var atEnd = false
    /// The physical line `position` is on.
    private var line = 1
    private var recordNumber = 0
    /// For each header column, true when records include it: the first column with its
    /// name, and (see ``excludeColumns(_:)``) one the caller wants.
    private var included: [Bool] = []
    /// The cell ranges of the row being scanned, kept between rows to save allocations.
    private var ranges: [(start: Int, end: Int, escaped: Bool)] = []

    /// Opens a CSV stream and reads its header.
    ///
    /// - Parameter delimiter: `,`, `;` or tab; nil detects it from the header line
    ///   (`;` for European spreadsheet exports, tab for TSV, else `,`).
    public init(source: ByteSource, delimiter: UInt8? = nil) throws(Diagnostic) {
        self.source = source
        var detected = delimiter ?? UInt8(ascii: ",")
        // Fill the first chunk to skip a byte-order mark and sniff the delimiter.
        var initial: [UInt8] = []
        var reachedEnd = false
        while initial.count < 4096, !reachedEnd {
            reachedEnd = try source.read(into: &initial) == 0
        }
        try ByteOrderMark.refuseWideEncodings(initial, path: source.path)
        if initial.starts(with: ByteOrderMark.utf8) { initial.removeFirst(3) }
        if delimiter == nil { detected = CSVReader.sniffDelimiter(initial) }
        self.delimiter = detected
        buffer = initial
        atEnd = reachedEnd
        try readHeader()
    }

    public var bytesRead: Int { source.bytesRead }

    /// The names of the fields each record holds, in order: the included header columns.
    public var fieldNames: [String] {
        zip(header, included).filter(\.1).map(\.0)
    }

    /// Leaves the columns `exclude` names out of records from now on (their cells stay in
    /// ``ReadRecord/cells``). The validator uses this for columns reported once at the header.
    public mutating func excludeColumns(_ exclude: (String) -> Bool) {
        for (index, name) in header.enumerated() where exclude(name) { included[index] = false }
    }

    /// The delimiter among `,`, `;` and tab that occurs most often, outside quotes, on the
    /// first line.
    static func sniffDelimiter(_ bytes: [UInt8]) -> UInt8 {
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

    private mutating func readHeader() throws(Diagnostic) {
        guard let row = try nextRow(decoding: nil) else { return }
        headerLine = row.line
        header = row.cells
        var seen: [String: Int] = [:]
        for (index, name) in header.enumerated() {
            if let first = seen[name] {
                headerProblems.append(ReadProblem(check: .duplicateField,
                    message: "column \(index + 1) repeats header name '\(name)' of column \(first + 1); the repeat is not validated",
                    field: name, column: index + 1, line: row.line))
                included.append(false)
            } else {
                seen[name] = index
                included.append(true)
            }
        }
        headerProblems += row.problems.map { problem in
            var problem = problem
            if problem.check == .encodingError, let column = problem.column {
                problem.message = "header cell in column \(column) is not valid UTF-8"
            }
            return problem
        }
    }

    public mutating func next() throws(Diagnostic) -> ReadRecord? {
        // Cells of left-out columns are checked for UTF-8 but not turned into strings,
        // unless every cell is kept for the rejects file.
        guard let row = try nextRow(decoding: keepsCells ? nil : included) else { return nil }
        recordNumber += 1
        var problems = row.problems
        var fields: [Record.Field] = []
        if !row.malformed, row.cells.count != header.count {
            problems.insert(ReadProblem(check: .malformedRecord,
                message: "row has \(row.cells.count) cell\(row.cells.count == 1 ? "" : "s"); the header has \(header.count)"), at: 0)
        } else if !row.malformed {
            fields.reserveCapacity(header.count)
            for (index, cell) in row.cells.enumerated() where included[index] {
                fields.append(Record.Field(name: header[index], value: .string(cell)))
            }
        }
        for index in problems.indices where problems[index].check == .encodingError {
            if let column = problems[index].column, column <= header.count {
                problems[index].field = header[column - 1]
                problems[index].message = "field '\(header[column - 1])' is not valid UTF-8"
            }
        }
        return ReadRecord(number: recordNumber, line: row.line, record: Record(fields: fields), problems: problems,
                          cells: row.malformed || !keepsCells ? nil : row.cells, rawText: row.rawText)
    }

    // MARK: - Rows

    private struct Row {
        var cells: [String]
        var line: Int
        var problems: [ReadProblem]
        var malformed: Bool
        /// The first line of a row that could not be read, kept for the rejects file.
        var rawText: String?
    }

    private enum Scan {
        /// A whole row; its cells are in `ranges`.
        case row(end: Int, lineBreaks: Int)
        case needMore
        /// The row cannot be read; `reason` says why. Reading resumes after its first line.
        case broken(reason: String)
    }

    /// The next non-blank row, or nil at the end of input.
    /// - Parameter decoding: which columns to turn into strings (others read as ""); nil
    ///   for all.
    private mutating func nextRow(decoding: [Bool]?) throws(Diagnostic) -> Row? {
        while true {
            try skipBlankLines()
            if position >= buffer.count, atEnd { return nil }
            var cells = ranges
            ranges = []
            cells.removeAll(keepingCapacity: true)
            let result = scanRow(from: position, into: &cells)
            defer { ranges = cells }
            switch result {
            case .needMore:
                if buffer.count - position > ReadLimits.maxRecordBytes {
                    return try brokenRow(reason: "record is larger than \(ReadLimits.maxRecordBytes >> 20) MiB (an unterminated quote?)")
                }
                try fill()
            case .broken(let reason):
                return try brokenRow(reason: reason)
            case .row(let end, let lineBreaks):
                var problems: [ReadProblem] = []
                var texts: [String] = []
                texts.reserveCapacity(cells.count)
                for (index, range) in cells.enumerated() {
                    let wanted = decoding.map { index < $0.count && $0[index] } ?? true
                    let (text, valid) = wanted ? decode(range) : ("", isValidUTF8(range))
                    if !valid {
                        problems.append(ReadProblem(check: .encodingError, message: "cell in column \(index + 1) is not valid UTF-8", column: index + 1))
                    }
                    texts.append(text)
                }
                let row = Row(cells: texts, line: line, problems: problems, malformed: false)
                line += lineBreaks
                position = end
                return row
            }
        }
    }

    /// Reports the row at `position` as malformed and resumes on the line after it starts.
    private mutating func brokenRow(reason: String) throws(Diagnostic) -> Row {
        var row = Row(cells: [], line: line, problems: [ReadProblem(check: .malformedRecord, message: reason)], malformed: true)
        var raw: [UInt8] = []
        while true {
            if let newline = buffer[position...].firstIndex(where: { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) {
                raw += buffer[position..<newline]
                row.rawText = String(decoding: raw, as: UTF8.self)
                position = newline + 1
                if buffer[newline] == UInt8(ascii: "\r") {
                    if position >= buffer.count, !atEnd { try fill() }
                    if position < buffer.count, buffer[position] == UInt8(ascii: "\n") { position += 1 }
                }
                line += 1
                return row
            }
            if raw.count < ReadLimits.maxRecordBytes { raw += buffer[position...] }
            position = buffer.count
            if atEnd {
                row.rawText = String(decoding: raw, as: UTF8.self)
                return row
            }
            try fill()
        }
    }

    private mutating func skipBlankLines() throws(Diagnostic) {
        while true {
            if position >= buffer.count {
                if atEnd { return }
                try fill()
                continue
            }
            let byte = buffer[position]
            if byte == UInt8(ascii: "\n") {
                position += 1
                line += 1
            } else if byte == UInt8(ascii: "\r") {
                if position + 1 >= buffer.count, !atEnd { try fill(); continue }
                position += position + 1 < buffer.count && buffer[position + 1] == UInt8(ascii: "\n") ? 2 : 1
                line += 1
            } else {
                return
            }
        }
    }

    /// Drops consumed bytes and reads the next chunk.
    private mutating func fill() throws(Diagnostic) {
        if position > 0 {
            buffer.removeSubrange(0..<position)
            position = 0
        }
        if try source.read(into: &buffer) == 0 { atEnd = true }
    }

    private func scanRow(from start: Int, into cells: inout [(start: Int, end: Int, escaped: Bool)]) -> Scan {
        let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        return buffer.withUnsafeBufferPointer { bytes -> Scan in
            let count = bytes.count
            var index = start
            var lineBreaks = 0
            while true {
                var cellStart = index, cellEnd = index, escaped = false
                if index < count, bytes[index] == quote {
                    let openedOnLine = line + lineBreaks
                    index += 1
                    cellStart = index
                    while true {
                        guard index < count else {
                            return atEnd ? .broken(reason: "quoted field opened on line \(openedOnLine) is never closed") : .needMore
                        }
                        let byte = bytes[index]
                        if byte == quote {
                            guard index + 1 < count else {
                                if !atEnd { return .needMore }
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
                    while index < count {
                        let byte = bytes[index]
                        if byte == delimiter || byte == newline || byte == carriageReturn { break }
                        index += 1
                    }
                    if index >= count, !atEnd { return .needMore }
                    cellEnd = index
                }
                cells.append((cellStart, cellEnd, escaped))
                guard index < count else { return .row(end: index, lineBreaks: lineBreaks) }
                let byte = bytes[index]
                if byte == delimiter {
                    index += 1
                    if index >= count {
                        if !atEnd { return .needMore }
                        cells.append((index, index, false))
                        return .row(end: index, lineBreaks: lineBreaks)
                    }
                    continue
                }
                if byte == newline {
                    return .row(end: index + 1, lineBreaks: lineBreaks + 1)
                }
                if byte == carriageReturn {
                    if index + 1 >= count {
                        return atEnd ? .row(end: index + 1, lineBreaks: lineBreaks + 1) : .needMore
                    }
                    let end = bytes[index + 1] == newline ? index + 2 : index + 1
                    return .row(end: end, lineBreaks: lineBreaks + 1)
                }
                return .broken(reason: "text after the closing quote in column \(cells.count); quote the whole cell and double any quote inside it")
            }
        }
    }

    private func isValidUTF8(_ range: (start: Int, end: Int, escaped: Bool)) -> Bool {
        buffer.withUnsafeBufferPointer { UTF8Validation.isValid(UnsafeBufferPointer(rebasing: $0[range.start..<range.end])) }
    }

    /// The cell's text with doubled quotes undone, and whether its bytes were valid UTF-8
    /// (invalid bytes become U+FFFD).
    private func decode(_ range: (start: Int, end: Int, escaped: Bool)) -> (String, Bool) {
        buffer.withUnsafeBufferPointer { bytes in
            let slice = UnsafeBufferPointer(rebasing: bytes[range.start..<range.end])
            if !range.escaped {
                return (String(decoding: slice, as: UTF8.self), UTF8Validation.isValid(slice))
            }
            var unescaped: [UInt8] = []
            unescaped.reserveCapacity(slice.count)
            var index = 0
            while index < slice.count {
                unescaped.append(slice[index])
                index += slice[index] == UInt8(ascii: "\"") ? 2 : 1
            }
            return unescaped.withUnsafeBufferPointer { (String(decoding: $0, as: UTF8.self), UTF8Validation.isValid($0)) }
        }
    }
}
