@_spi(Readers) import DataMinCore

/// Rows of a CSV file read together: the bytes they were read in and each cell's range in
/// them (32-bit offsets, ``CellTable``), so a batch of thousands of rows costs a few
/// allocations and no copy of its cells.
///
/// Cells hold their text with doubled quotes undone; bytes that are not valid UTF-8 are
/// stored as U+FFFD (the row then has an `encoding-error` problem).
package struct CSVBatch: Sendable {
    /// One row of the batch: plain numbers, so that reading, checking and merging a row
    /// copy it without reference counting. The rare row with problems keeps them, and its
    /// raw text, in the batch (``problems(ofRow:)``, ``rawText(ofRow:)``).
    package struct Row: Sendable, BitwiseCopyable {
        /// The 1-based data record number (the header is not a record).
        package var number: Int
        /// The 1-based physical line the row starts on.
        package var line: Int
        /// The index of the row's first cell in the batch.
        package var firstCell: Int
        /// How many cells the row has; 0 for a row that could not be read.
        package var cellCount: Int
        /// True when the row could not be read as a record: its fields are not validated.
        package fileprivate(set) var isMalformed = false
        /// The index of the row's problems in ``CSVBatch/unusualRows``; -1 for a row without any.
        fileprivate var unusual = -1

        init(number: Int, line: Int, firstCell: Int, cellCount: Int) {
            self.number = number
            self.line = line
            self.firstCell = firstCell
            self.cellCount = cellCount
        }
    }

    /// What a row with problems has besides its numbers.
    private struct UnusualRow: Sendable {
        /// Structural problems: `malformed-record`, `encoding-error`.
        var problems: [ReadProblem]
        /// The first line of a row that could not be read, as read, kept for the rejects file.
        var rawLine: [UInt8]?
    }

    package private(set) var rows: [Row] = []
    /// The problems and raw text of the rows that have any, in row order.
    private var unusualRows: [UnusualRow] = []
    /// The bytes the rows were read in (the reader's buffer, handed over): cells' doubled
    /// quotes undone in place, repaired cells appended after the rest. The batch's bytes
    /// start at ``start``; bytes outside ``cells`` belong to no cell.
    package private(set) var bytes: [UInt8] = []
    /// The index in ``bytes`` of the batch's first byte, which cell offsets count from.
    package private(set) var start = 0
    /// Each cell's range, counted from ``start``.
    package internal(set) var cells: CellTable
    /// Cells whose bytes are not valid UTF-8, with their repaired text and whether their
    /// bytes as read are kept, until ``finish(bytes:start:)``.
    private var repairs: [(cell: Int, text: String, keepsBytesAsRead: Bool)] = []
    /// Where each repaired cell's bytes as read are, counted from ``start``.
    private var unrepaired: [Int: Range<Int>] = [:]

    /// How many rows and cells a batch holds, to reserve room for the next one.
    struct Size {
        var rows: Int
        var cells: Int

        static func max(_ a: Size, _ b: Size) -> Size {
            Size(rows: Swift.max(a.rows, b.rows), cells: Swift.max(a.cells, b.cells))
        }
    }

    /// An empty batch with room for `size`.
    init(reserving size: Size) {
        rows.reserveCapacity(size.rows)
        cells = CellTable(reserving: size.cells)
    }

    var size: Size { Size(rows: rows.count, cells: cells.count) }

    /// The bytes the batch holds: the rows as read, repaired cells and the raw text of
    /// broken rows.
    var byteCount: Int { readBytes + repairBytes + rawTextBytes }
    /// The bytes the rows span in the reader's buffer, kept up to date by the reader.
    var readBytes = 0
    /// The bytes of the repaired cells' text.
    private var repairBytes = 0
    /// The bytes of the broken rows' raw text (``rawText(ofRow:)``).
    private var rawTextBytes = 0

    /// Appends a row with its structural problems and, for a row that could not be read,
    /// its first line as read (counted in the batch's bytes).
    mutating func append(_ row: Row, problems: [ReadProblem] = [], rawLine: [UInt8]? = nil) {
        var row = row
        row.isMalformed = problems.contains { $0.check == .malformedRecord }
        if !problems.isEmpty || rawLine != nil {
            row.unusual = unusualRows.count
            unusualRows.append(UnusualRow(problems: problems, rawLine: rawLine))
            rawTextBytes += rawLine?.count ?? 0
        }
        rows.append(row)
    }

    /// The structural problems of row `index` (`malformed-record`, `encoding-error`).
    package func problems(ofRow index: Int) -> [ReadProblem] {
        let unusual = rows[index].unusual
        return unusual < 0 ? [] : unusualRows[unusual].problems
    }

    /// The first line of row `index` as read, when the row could not be read, kept for the
    /// rejects file: in UTF-8 input, bytes that are not UTF-8 stay as they were.
    package func rawLine(ofRow index: Int) -> [UInt8]? {
        let unusual = rows[index].unusual
        return unusual < 0 ? nil : unusualRows[unusual].rawLine
    }

    /// ``rawLine(ofRow:)`` as text, bytes that are not UTF-8 as U+FFFD.
    package func rawText(ofRow index: Int) -> String? {
        rawLine(ofRow: index).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The number of cells so far: the index the next cell gets.
    var cellCount: Int { cells.count }

    /// The byte range in ``bytes`` of cell `index` (counted over the whole batch).
    package func range(ofCell index: Int) -> Range<Int> {
        let range = cells.range(of: index)
        return (start + range.lowerBound)..<(start + range.upperBound)
    }

    /// The text of cell `index` (counted over the whole batch).
    func string(ofCell index: Int) -> String {
        String(decoding: bytes[range(ofCell: index)], as: UTF8.self)
    }

    /// The cells of `row` as strings, in column order.
    package func cells(of row: Row) -> [String] {
        (0..<row.cellCount).map { string(ofCell: row.firstCell + $0) }
    }

    /// The cells of `row` as read, in column order, for the rejects file: in UTF-8 input, a
    /// repaired cell's bytes that are not UTF-8 stay as they were (doubled quotes are undone,
    /// as in every cell); decoded input has them as U+FFFD.
    package func cellsAsRead(of row: Row) -> [ArraySlice<UInt8>] {
        (0..<row.cellCount).map { column in
            let cell = row.firstCell + column
            guard let range = unrepaired[cell] else { return bytes[range(ofCell: cell)] }
            return bytes[(start + range.lowerBound)..<(start + range.upperBound)]
        }
    }

    /// Stores cell `index` as `text` instead of its bytes as read (which are not UTF-8);
    /// with `keepingBytesAsRead`, ``cellsAsRead(of:)`` still gives those bytes.
    mutating func repair(cell index: Int, as text: String, keepingBytesAsRead: Bool) {
        repairs.append((index, text, keepingBytesAsRead))
        repairBytes += text.utf8.count
    }

    /// Takes over the bytes the rows were read in: `bytes[start...]` is the batch's first
    /// byte (see ``InputBuffer/endBatch()``); repaired cells are appended after them.
    mutating func finish(bytes: [UInt8], start: Int) {
        self.bytes = bytes
        self.start = start
        for (cell, text, keepsBytesAsRead) in repairs {
            if keepsBytesAsRead { unrepaired[cell] = cells.range(of: cell) }
            let offset = self.bytes.count - start
            cells.set(cell, to: offset..<(offset + text.utf8.count))
            self.bytes += text.utf8
        }
        repairs = []
    }
}
