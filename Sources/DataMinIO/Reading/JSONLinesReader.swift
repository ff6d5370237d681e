import DataMinCore
import Foundation

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
        if !started {
            try input.skipByteOrderMark()
            started = true
        }
        while true {
            if input.isExhausted { return nil }
            guard let end = input.indexOfNewline(from: input.position) ?? (input.atEnd ? input.bytes.count : nil) else {
                if input.bytes.count - input.position > Limits.maxRecordBytes { return try skipOversizedLine() }
                try input.fill()
                continue
            }
            let line = input.line
            let start = input.position
            input.position = end + 1
            input.line += 1
            let record: ReadRecord? = input.bytes.withUnsafeBufferPointer { bytes in
                var slice = bytes[start..<end]
                while let last = slice.last, last == 0x20 || last == 0x09 || last == 0x0D { slice = slice.dropLast() }
                while let first = slice.first, first == 0x20 || first == 0x09 { slice = slice.dropFirst() }
                if slice.isEmpty { return nil }
                return JSONRecordBuilder.record(
                    UnsafeBufferPointer(rebasing: slice), number: recordNumber + 1, line: line, encoding: input.source.encoding)
            }
            if let record {
                recordNumber += 1
                return record
            }
        }
    }

    private mutating func skipOversizedLine() throws(Diagnostic) -> ReadRecord {
        recordNumber += 1
        let record = ReadRecord(
            number: recordNumber, line: input.line, record: Record(),
            problems: [
                ReadProblem(
                    check: .malformedRecord,
                    message: "line is longer than \(Limits.maxRecordBytes >> 20) MiB; it was skipped")
            ])
        while true {
            if let newline = input.indexOfNewline(from: input.position) {
                input.position = newline + 1
                input.line += 1
                return record
            }
            input.position = input.bytes.count
            if input.atEnd { return record }
            try input.fill()
        }
    }
}
