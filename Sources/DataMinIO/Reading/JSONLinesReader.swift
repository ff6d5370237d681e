@_spi(Readers) import DataMinCore

/// Streams records from JSON Lines: one object per line. Blank lines are skipped and are
/// not records; a line that is not a JSON object is `malformed-record`.
public struct JSONLinesReader: RecordReader {
    private var input: InputBuffer
    private var recordNumber = 0
    private var started = false

    public init(source: ByteSource) {
        input = InputBuffer(source: source)
    }

    public var bytesRead: Int { input.source.bytesRead }

    package var bytesConsumed: Int { input.consumed }

    public mutating func next() throws(Diagnostic) -> ReadRecord? {
        var collector = RecordCollector()
        return try read(into: &collector) ? collector.records[0] : nil
    }

    /// Reads the next record into `sink`; false at the end of the input.
    package mutating func read(into sink: inout some JSONRecordSink) throws(Diagnostic) -> Bool {
        if !started {
            try input.skipByteOrderMark()
            started = true
        }
        while true {
            if input.isExhausted { return false }
            guard let end = input.indexOfNewline(from: input.position) ?? (input.atEnd ? input.bytes.count : nil) else {
                if input.bytes.count - input.position > Limits.maxRecordBytes {
                    try skipOversizedLine(into: &sink)
                    return true
                }
                try input.fill()
                continue
            }
            let line = input.line
            let start = input.position
            let lineColumn = input.column
            input.position = end + 1
            input.startLine(after: end)
            let added: Bool = input.bytes.withUTF8Bytes { bytes in
                var slice = bytes[start..<end]
                while let last = slice.last, last == 0x20 || last == 0x09 || last == 0x0D { slice = slice.dropLast() }
                while let first = slice.first, first == 0x20 || first == 0x09 { slice = slice.dropFirst() }
                if slice.isEmpty { return false }
                recordNumber += 1
                _ = sink.add(
                    json: UTF8Bytes(rebasing: slice), number: recordNumber, line: line, column: lineColumn + slice.startIndex - start,
                    encoding: input.source.encoding)
                return true
            }
            if added { return true }
        }
    }

    private mutating func skipOversizedLine(into sink: inout some JSONRecordSink) throws(Diagnostic) {
        recordNumber += 1
        sink.add(
            ReadProblem(check: .malformedRecord, message: "line is longer than \(Limits.maxRecordBytes >> 20) MiB; it was skipped"),
            number: recordNumber, line: input.line, rawText: nil)
        while true {
            if let newline = input.indexOfNewline(from: input.position) {
                input.position = newline + 1
                input.startLine(after: newline)
                return
            }
            input.position = input.bytes.count
            if input.atEnd { return }
            try input.fill()
        }
    }
}
