import DataMinCore

/// Rows of a CSV file read together: every cell's bytes back to back in one buffer, so a
/// batch of thousands of rows costs a few allocations, not one string per cell.
///
/// Cells hold their text with doubled quotes undone; bytes that are not valid UTF-8 are
/// stored as U+FFFD (the row then has an `encoding-error` problem).
public struct CSVBatch: Sendable {
    /// One row of the batch.
    public struct Row: Sendable {
        /// The 1-based data record number (the header is not a record).
        public var number: Int
        /// The 1-based physical line the row starts on.
        public var line: Int
        /// The index of the row's first cell in the batch.
        var firstCell: Int
        /// How many cells the row has; 0 for a row that could not be read.
        public var cellCount: Int
        /// Structural problems: `malformed-record`, `encoding-error`.
        public var problems: [ReadProblem] = []
        /// The first line of a row that could not be read, kept for the rejects file.
        public var rawText: String?

        /// True when the row could not be read as a record: its fields are not validated.
        public var isMalformed: Bool { problems.contains { $0.check == .malformedRecord } }
    }

    public internal(set) var rows: [Row] = []
    /// The cells' bytes, back to back.
    private(set) var bytes: [UInt8] = []
    /// The end offset in `bytes` of each cell; a cell starts where the one before it ends.
    private var cellEnds: [Int] = []

    init() {}

    /// The number of cells so far: the index the next cell gets.
    var cellCount: Int { cellEnds.count }

    /// The byte range in ``bytes`` of cell `index` (counted over the whole batch).
    func range(ofCell index: Int) -> Range<Int> {
        (index == 0 ? 0 : cellEnds[index - 1])..<cellEnds[index]
    }

    /// The text of cell `index` (counted over the whole batch).
    func string(ofCell index: Int) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range(ofCell: index)]), as: UTF8.self) }
    }

    /// The cells of `row` as strings, in column order.
    public func cells(of row: Row) -> [String] {
        (0..<row.cellCount).map { string(ofCell: row.firstCell + $0) }
    }

    /// Appends one cell as scanned; `escaped` says it holds doubled quotes to undo.
    ///
    /// - Returns: false when the cell is not valid UTF-8 (it is stored repaired).
    mutating func appendCell(_ raw: UTF8Bytes, escaped: Bool) -> Bool {
        let start = bytes.count
        if escaped {
            var index = 0
            while index < raw.count {
                bytes.append(raw[index])
                index += raw[index] == UInt8(ascii: "\"") ? 2 : 1
            }
        } else {
            bytes.append(contentsOf: raw)
        }
        let valid = bytes.withUnsafeBufferPointer { UTF8Validation.isValid(UnsafeBufferPointer(rebasing: $0[start...])) }
        if !valid {
            let repaired = string(ofCell: start, end: bytes.count)
            bytes.removeSubrange(start...)
            bytes.append(contentsOf: repaired.utf8)
        }
        cellEnds.append(bytes.count)
        return valid
    }

    private func string(ofCell start: Int, end: Int) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
    }
}
