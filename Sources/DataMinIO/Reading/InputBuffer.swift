@_spi(Readers) import DataMinCore

/// A sliding window over a ``ByteSource``: readers parse from `bytes[position...]` and
/// call ``fill()`` when they need more, which drops what they consumed first (but, while a
/// batch is read, nothing from the batch's first byte on: see ``beginBatch()``).
struct InputBuffer {
    let source: ByteSource
    private(set) var bytes: [UInt8] = []
    /// Index of the next unread byte.
    var position = 0
    /// True once the source has no more bytes.
    private(set) var atEnd = false
    /// The 1-based physical line `position` is on.
    var line = 1
    /// Where ``line`` starts, in bytes of the input (after a byte-order mark on line 1), when
    /// lines are moved past with ``startLine(after:)``; the CSV reader, which needs no
    /// column, only counts them.
    private var lineStart = 0

    init(source: ByteSource) {
        self.source = source
    }

    var isExhausted: Bool { position >= bytes.count && atEnd }

    /// Bytes dropped from the front of ``bytes`` so far.
    private var dropped = 0

    /// Bytes of the (decoded) input before ``position``.
    var consumed: Int { dropped + position }

    /// The 1-based column of ``position`` on its line, in bytes (for the JSON readers).
    var column: Int { consumed - lineStart + 1 }

    /// Moves to the next line, which starts after the line break at `bytes[index]`.
    mutating func startLine(after index: Int) {
        line += 1
        lineStart = dropped + index + 1
    }

    /// Moves past the `count` line breaks of `bytes[range]`, the text just read past.
    mutating func startLines(_ count: Int, in range: Range<Int>) {
        guard count > 0, let last = bytes[range].lastIndex(of: UInt8(ascii: "\n")) else { return }
        line += count - 1
        startLine(after: last)
    }

    /// The index in ``bytes`` of the first byte of the batch being read, while one is: a
    /// batch's cells are offsets from it, and ``fill()`` keeps every byte from it on.
    private(set) var batchStart: Int?

    /// Drops consumed bytes (those before ``batchStart`` while a batch is read) and appends
    /// the next chunk.
    ///
    /// A reader that needs more for one record scans it again after each fill; reading at
    /// least as much as is buffered past ``position`` doubles the window each time, so a long
    /// record is scanned about twice in all, never once per chunk.
    mutating func fill() throws(Diagnostic) {
        let keep = batchStart ?? position
        if keep > 0 {
            bytes.removeSubrange(0..<keep)
            dropped += keep
            position -= keep
            if batchStart != nil { batchStart = 0 }
        }
        if try source.read(into: &bytes, count: max(ByteSource.chunkSize, bytes.count - position)) == 0 { atEnd = true }
    }

    /// Starts a batch at ``position``: until ``endBatch()``, the bytes read stay where they are.
    mutating func beginBatch() {
        batchStart = position
    }

    /// Ends the batch begun by ``beginBatch()`` and hands out its bytes: `bytes[start...]`
    /// holds what was read since, up to ``position``.
    ///
    /// Whichever copies less: the whole buffer is handed out and what is left unread moves
    /// to a new one (a batch of many rows), or the batch's bytes are copied out (a row or
    /// two, as the header and ``CSVReader/next()`` read). Either way a batch holds its own bytes
    /// (bounded by ``Limits/maxBatchBytes`` plus one record of at most
    /// ``Limits/maxRecordBytes``), less than as much again read ahead, and at most one chunk
    /// consumed before it.
    mutating func endBatch() -> (bytes: [UInt8], start: Int) {
        let start = batchStart ?? position
        batchStart = nil
        let unread = bytes.count - position
        guard position - start > unread else { return (Array(bytes[start..<position]), 0) }
        var rest: [UInt8] = []
        rest.reserveCapacity(ByteSource.chunkSize + unread)
        rest += bytes[position...]
        swap(&rest, &bytes)
        dropped += position
        position = 0
        return (rest, start)
    }

    /// Drops the bytes from `start` up to ``position``: consumed, in no cell, and not to be
    /// kept by a batch (a run of blank lines, the rest of a broken row).
    mutating func discard(from start: Int) {
        guard start < position else { return }
        bytes.removeSubrange(start..<position)
        dropped += position - start
        position = start
    }

    /// Undoes the doubled quotes of a quoted cell in place; returns the cell's new end.
    ///
    /// - Parameter range: the cell's text between its quotes, in ``bytes``.
    mutating func undoDoubledQuotes(in range: Range<Int>) -> Int {
        var write = range.lowerBound
        var read = write
        while read < range.upperBound {
            bytes[write] = bytes[read]
            read += bytes[read] == UInt8(ascii: "\"") ? 2 : 1
            write += 1
        }
        return write
    }

    /// The index of the first LF (and, with `orReturn`, CR) at or after `start`, or nil
    /// when the buffer has none.
    func indexOfNewline(from start: Int, orReturn: Bool = false) -> Int? {
        guard start < bytes.count else { return nil }
        return bytes.withUTF8Bytes { bytes in
            let newline = bytes.firstIndex(of: 0x0A, from: start)
            guard orReturn else { return newline }
            let carriageReturn = bytes.view(0..<(newline ?? bytes.count)).firstIndex(of: 0x0D, from: start)
            return carriageReturn ?? newline
        }
    }

    /// Skips a UTF-8 byte-order mark at the very start.
    ///
    /// - Throws: ``Diagnostic`` for a UTF-16 or UTF-32 byte-order mark: such a file would
    ///   otherwise fail on every record.
    mutating func skipByteOrderMark() throws(Diagnostic) {
        while bytes.count < 4, !atEnd { try fill() }
        try ByteOrderMark.refuseWideEncodings(bytes, path: source.path)
        if bytes.starts(with: ByteOrderMark.utf8) {
            position = 3
            lineStart = 3
        }
    }

    /// Skips blank lines and lines that hold only spaces and tabs, counting lines: before a
    /// CSV header, where a header of one blank name would name nothing (and a file of such
    /// lines holds no data). A run of spaces longer than a field name may be is left for the
    /// header to report, so that the window stays bounded.
    mutating func skipLinesOfSpaces() throws(Diagnostic) {
        while true {
            var index = position
            while true {
                if index >= bytes.count {
                    if atEnd {
                        position = index
                        return
                    }
                    let offset = index - position
                    try fill()
                    index = position + offset
                    continue
                }
                let byte = bytes[index]
                if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                    // A blank line, or one of spaces: skipped with its line break (CR LF as one).
                    if byte == UInt8(ascii: "\r") {
                        if index + 1 >= bytes.count, !atEnd {
                            let offset = index - position
                            try fill()
                            index = position + offset
                        }
                        if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
                    }
                    position = index + 1
                    startLine(after: index)
                    break
                }
                guard byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t"), index - position < Limits.maxFieldNameBytes else { return }
                index += 1
            }
        }
    }

    /// Skips a first line `sep=X` (or `"sep=X"`) that names the delimiter `X` (`,`, `;` or
    /// tab), as spreadsheet exports write for Excel; returns `X`, or nil when the line is not
    /// there. Call at the start of the input, within its first chunk.
    mutating func skipSeparatorLine() -> UInt8? {
        var index = position
        let quoted = index < bytes.count && bytes[index] == UInt8(ascii: "\"")
        if quoted { index += 1 }
        guard bytes.count - index >= 5, bytes[index..<index + 4].elementsEqual("sep=".utf8) else { return nil }
        let delimiter = bytes[index + 4]
        guard delimiter == UInt8(ascii: ",") || delimiter == UInt8(ascii: ";") || delimiter == UInt8(ascii: "\t") else { return nil }
        index += 5
        if quoted {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
            index += 1
        }
        // The line must end here: `sep=;` followed by anything else is a header cell.
        if index < bytes.count, bytes[index] == UInt8(ascii: "\r") { index += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
        guard index == bytes.count || bytes[index - 1] == UInt8(ascii: "\n") || bytes[index - 1] == UInt8(ascii: "\r") else { return nil }
        position = index
        startLine(after: index - 1)
        return delimiter
    }

    /// Skips spaces, tabs and line breaks, counting lines; stops at the end of input.
    mutating func skipWhitespace() throws(Diagnostic) {
        while true {
            if position >= bytes.count {
                if atEnd { return }
                try fill()
                continue
            }
            switch bytes[position] {
            case UInt8(ascii: "\n"): startLine(after: position)
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): break
            default: return
            }
            position += 1
        }
    }
}

/// Byte-order marks at the start of an input.
enum ByteOrderMark {
    static let utf8: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Throws when `bytes` start with a UTF-16 or UTF-32 mark, or look like either without one.
    static func refuseWideEncodings(_ bytes: [UInt8], path: String) throws(Diagnostic) {
        let encoding: String
        if bytes.starts(with: [0xFF, 0xFE, 0, 0]) || bytes.starts(with: [0, 0, 0xFE, 0xFF]) {
            encoding = "UTF-32"
        } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            encoding = "UTF-16"
        } else if bytes.prefix(4).contains(0) {
            // Without a mark: UTF-8 text holds no 0 byte, UTF-16 one in every two bytes of
            // Latin text, UTF-32 three in four; read as UTF-8 it would fail as a header that
            // names nothing.
            let wide = bytes.count >= 4 && bytes[1] == 0 && bytes[2] == 0 && (bytes[0] == 0) != (bytes[3] == 0) ? "UTF-32" : "UTF-16"
            throw Diagnostic(
                .inputEncodingUnsupported, file: path,
                message:
                    "input looks like \(wide) without a byte-order mark (it holds 0 bytes, which UTF-8 text never does); save or export it as UTF-8"
            )
        } else {
            return
        }
        throw Diagnostic(
            .inputEncodingUnsupported, file: path,
            message: "input is \(encoding) (it starts with a \(encoding) byte-order mark); save or export it as UTF-8")
    }
}
