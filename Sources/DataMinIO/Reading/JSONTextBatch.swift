@_spi(Readers) import DataMinCore

/// JSON Lines records as read and not yet parsed: the reading thread only finds where each
/// line ends, and the worker threads parse them (``JSONBatch/init(parsing:)``), so the
/// parsing is spread over every core instead of holding up the reader.
package struct JSONTextBatch: Sendable {
    enum Entry {
        /// A record's text in ``bytes``.
        case json(Range<Int>, number: Int, line: Int, column: Int)
        /// A record that could not be read, with what is wrong.
        case problem(ReadProblem, number: Int, line: Int)
    }

    fileprivate(set) var bytes: [UInt8] = []
    private(set) var entries: [Entry] = []
    /// The file's encoding, for the wording of an `encoding-error`.
    private(set) var encoding = InputEncoding.utf8

    /// The bytes the batch holds, to bound its size.
    var byteCount: Int { bytes.count }
}

extension JSONTextBatch: JSONRecordSink {
    /// Keeps the text for a worker to parse. JSON Lines never asks whether a line is an
    /// object (the answer comes when it is parsed), so this answers true.
    package mutating func add(json text: UTF8Bytes, number: Int, line: Int, column: Int, encoding: InputEncoding) -> Bool {
        self.encoding = encoding
        let start = bytes.count
        bytes += text
        entries.append(.json(start..<bytes.count, number: number, line: line, column: column))
        return true
    }

    package mutating func add(_ problem: ReadProblem, number: Int, line: Int, rawText: String?) {
        entries.append(.problem(problem, number: number, line: line))
    }

    package mutating func dropLast() {
        entries.removeLast()
    }
}

extension JSONBatch {
    /// Parses every record of `texts` into nodes.
    package init(parsing texts: JSONTextBatch) {
        self.init(reserving: texts.bytes.count)
        texts.bytes.withUTF8Bytes { bytes in
            for entry in texts.entries {
                switch entry {
                case .json(let range, let number, let line, let column):
                    _ = add(json: bytes.view(range), number: number, line: line, column: column, encoding: texts.encoding)
                case .problem(let problem, let number, let line):
                    add(problem, number: number, line: line, rawText: nil)
                }
            }
        }
    }
}

/// Hands out a JSON Lines file as batches of unparsed records.
package struct JSONLinesTextReader: BatchReader {
    package private(set) var reader: JSONLinesReader
    private var largestBatch = 0

    package init(_ reader: JSONLinesReader) {
        self.reader = reader
    }

    package mutating func nextBatch(maxRecords: Int, maxBytes: Int) throws(Diagnostic) -> JSONTextBatch? {
        var batch = JSONTextBatch()
        // Sized like the largest batch so far, so filling one rarely grows (and copies) it;
        // not past a normal batch's bytes, so one oversized line does not size every batch.
        batch.bytes.reserveCapacity(min(largestBatch, Limits.maxBatchBytes))
        defer { largestBatch = max(largestBatch, batch.bytes.count) }
        while batch.entries.count < maxRecords, batch.byteCount < maxBytes, try reader.read(into: &batch) {}
        return batch.entries.isEmpty ? nil : batch
    }

    package var bytesRead: Int { reader.bytesRead }
    package var bytesConsumed: Int { reader.bytesConsumed }
}
