@_spi(Readers) import DataMinCore

/// Rows of a CSV file read together: the bytes they were read in and each cell's range in
/// them (32-bit offsets, ``CellTable``), so a batch of thousands of rows costs a few
/// allocations and no copy of its cells.
///
/// Cells hold their text with doubled quotes undone; bytes that are not valid UTF-8 are
/// stored as U+FFFD (the row then has an `encoding-error` problem).
package struct CSVBatch: Sendable {
    /// One row of the batch.
    package struct Row: Sendable {
        /// The 1-based data record number (the header is not a record).
        package var number: Int
        /// The 1-based physical line the row starts on.
        package var line: Int
        /// The index of the row's first cell in the batch.
        package var firstCell: Int
        /// How many cells the row has; 0 for a row that could not be read.
        package var cellCount: Int
        /// Structural problems: `malformed-record`, `encoding-error`.
        package var problems: [ReadProblem] = []
        /// The first line of a row that could not be read, kept for the rejects file.
        package var rawText: String?

        /// True when the row could not be read as a record: its fields are not validated.
        package var isMalformed: Bool { problems.contains { $0.check == .malformedRecord } }
    }

    package private(set) var rows: [Row] = []
    /// The bytes the rows were read in (the reader's buffer, handed over): cells' doubled
    /// quotes undone in place, repaired cells appended after the rest. The batch's bytes
    /// start at ``start``; bytes outside ``cells`` belong to no cell.
    package private(set) var bytes: [UInt8] = []
    /// The index in ``bytes`` of the batch's first byte, which cell offsets count from.
    package private(set) var start = 0
    /// Each cell's range, counted from ``start``.
    package internal(set) var cells: CellTable
    /// Cells whose bytes are not valid UTF-8, with their repaired text, until ``finish(bytes:start:)``.
    private var repairs: [(cell: Int, text: String)] = []

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
    /// The bytes of the broken rows' ``Row/rawText``.
    private var rawTextBytes = 0

    /// Appends a row, counting the bytes of its raw text.
    mutating func append(_ row: Row) {
        rawTextBytes += row.rawText?.utf8.count ?? 0
        rows.append(row)
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

    /// Stores cell `index` as `text` instead of its bytes as read (which are not UTF-8).
    mutating func repair(cell index: Int, as text: String) {
        repairs.append((index, text))
        repairBytes += text.utf8.count
    }

    /// Takes over the bytes the rows were read in: `bytes[start...]` is the batch's first
    /// byte (see ``InputBuffer/endBatch()``); repaired cells are appended after them.
    mutating func finish(bytes: [UInt8], start: Int) {
        self.bytes = bytes
        self.start = start
        for (cell, text) in repairs {
            let offset = self.bytes.count - start
            cells.set(cell, to: offset..<(offset + text.utf8.count))
            self.bytes += text.utf8
        }
        repairs = []
    }
}
