@_spi(Readers) import DataMinCore

/// Rows of a CSV file read together: every cell's bytes back to back in one buffer, so a
/// batch of thousands of rows costs a few allocations, not one string per cell.
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
    /// The rows' bytes as read, cells' doubled quotes undone in place.
    package private(set) var bytes: [UInt8] = []
    /// Each cell's range in `bytes`.
    package private(set) var cellRanges: [Range<Int>] = []

    init() {}

    /// How many rows, cells and bytes a batch holds, to reserve room for the next one.
    struct Size {
        var rows: Int
        var cells: Int
        var bytes: Int

        static func max(_ a: Size, _ b: Size) -> Size {
            Size(rows: Swift.max(a.rows, b.rows), cells: Swift.max(a.cells, b.cells), bytes: Swift.max(a.bytes, b.bytes))
        }
    }

    /// An empty batch with room for `size`.
    init(reserving size: Size) {
        rows.reserveCapacity(size.rows)
        cellRanges.reserveCapacity(size.cells)
        // Not past a normal batch's bytes: one oversized row must not make every later
        // batch hold its size.
        bytes.reserveCapacity(min(size.bytes, Limits.maxBatchBytes))
    }

    var size: Size { Size(rows: rows.count, cells: cellRanges.count, bytes: bytes.count) }

    /// The bytes the batch holds: its cells and the raw text of broken rows.
    var byteCount: Int { bytes.count + rawTextBytes }
    /// The bytes of the broken rows' ``Row/rawText``.
    private(set) var rawTextBytes = 0

    /// Appends a row, counting the bytes of its raw text.
    mutating func append(_ row: Row) {
        rawTextBytes += row.rawText?.utf8.count ?? 0
        rows.append(row)
    }

    /// The number of cells so far: the index the next cell gets.
    var cellCount: Int { cellRanges.count }

    /// The byte range in ``bytes`` of cell `index` (counted over the whole batch).
    package func range(ofCell index: Int) -> Range<Int> { cellRanges[index] }

    /// The text of cell `index` (counted over the whole batch).
    func string(ofCell index: Int) -> String {
        String(decoding: bytes[cellRanges[index]], as: UTF8.self)
    }

    /// The cells of `row` as strings, in column order.
    package func cells(of row: Row) -> [String] {
        (0..<row.cellCount).map { string(ofCell: row.firstCell + $0) }
    }

    /// Appends the cells of one scanned row: `raw` is the row's bytes, each cell a range
    /// of them, `escaped` when it holds doubled quotes.
    ///
    /// The row is copied in one go and checked for UTF-8 in one pass; only a row with
    /// invalid bytes is looked at cell by cell.
    ///
    /// - Returns: the 0-based columns whose bytes are not valid UTF-8 (stored repaired),
    ///   each with the legacy encoding its bytes fit.
    mutating func appendRow(_ raw: UTF8Bytes, cells: [(start: Int, end: Int, escaped: Bool)]) -> [(column: Int, guess: InputEncoding)] {
        let base = bytes.count
        bytes.append(contentsOf: raw)
        let first = cellRanges.count
        for cell in cells {
            var end = base + cell.end
            if cell.escaped {
                var write = base + cell.start
                var read = write
                while read < end {
                    bytes[write] = bytes[read]
                    read += bytes[read] == UInt8(ascii: "\"") ? 2 : 1
                    write += 1
                }
                end = write
            }
            cellRanges.append((base + cell.start)..<end)
        }
        if UTF8Validation.isValid(raw) { return [] }
        var invalid: [(column: Int, guess: InputEncoding)] = []
        for column in cells.indices {
            let range = cellRanges[first + column]
            let valid = bytes.withUTF8Bytes { UTF8Validation.isValid($0.view(range)) }
            if valid { continue }
            invalid.append((column, InputEncoding.legacyGuess(for: bytes[range])))
            let repaired = string(ofCell: first + column)
            cellRanges[first + column] = bytes.count..<(bytes.count + repaired.utf8.count)
            bytes.append(contentsOf: repaired.utf8)
        }
        return invalid
    }
}
