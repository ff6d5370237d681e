@_spi(Readers) import DataMinCore

/// Streams records from a `.json` file: a top-level array of objects, read one element at a
/// time, or a single top-level object (one record).
///
/// An element that is not a valid object is `malformed-record` and reading goes on. When
/// the array itself is broken (a missing comma, a truncated file) the reader reports
/// `malformed-record` once, says the rest was not read, and stops.
public struct JSONArrayReader: RecordReader {
    private enum State { case start, expectElement, afterElement, single, done }

    private var input: InputBuffer
    private var state = State.start
    private var recordNumber = 0

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
        while true {
            switch state {
            case .done:
                return false
            case .start:
                try input.skipByteOrderMark()
                try input.skipWhitespace()
                // Not even `[]`: a failed export, and passing it as 0 records would hide that.
                if input.isExhausted { throw EmptyInput.failure(path: input.source.path, bytes: input.source.bytesRead) }
                if input.bytes[input.position] == UInt8(ascii: "[") {
                    input.position += 1
                    state = .expectElement
                } else {
                    state = .single
                }
            case .single:
                state = .done
                let line = input.line
                let startOffset = input.consumed
                let isObject = try element(into: &sink)
                // The object's text while the buffer still holds it: the record the rejects
                // file gets if text follows it.
                let text = String(decoding: input.bytes[(input.position - (input.consumed - startOffset))..<input.position], as: UTF8.self)
                try input.skipWhitespace()
                if !input.isExhausted, isObject {
                    // Still the file's one record, as read, but malformed.
                    sink.dropLast()
                    sink.add(
                        ReadProblem(
                            check: .malformedRecord,
                            message: "text after the top-level object on line \(input.line); a .json file holds one array or one object "
                                + "(for one object per line, name the file .jsonl or pass --input-format jsonl); the rest of the file was not read"
                        ),
                        number: recordNumber, line: line, rawText: text)
                }
                return true
            case .expectElement:
                try input.skipWhitespace()
                if input.isExhausted {
                    broken("the array is never closed with ']' (a truncated file?)", into: &sink)
                    return true
                }
                // `[]`, or a comma before the closing bracket (hand-edited files and some
                // exporters write one): the array ends there, with no record made up for it.
                if input.bytes[input.position] == UInt8(ascii: "]") {
                    input.position += 1
                    return try finish(into: &sink)
                }
                state = .afterElement
                _ = try element(into: &sink)
                return true
            case .afterElement:
                try input.skipWhitespace()
                if input.isExhausted {
                    broken("the array is never closed with ']' (a truncated file?)", into: &sink)
                    return true
                }
                switch input.bytes[input.position] {
                case UInt8(ascii: ","):
                    input.position += 1
                    state = .expectElement
                case UInt8(ascii: "]"):
                    input.position += 1
                    return try finish(into: &sink)
                default:
                    broken("expected ',' or ']' after record \(recordNumber) on line \(input.line)", into: &sink)
                    return true
                }
            }
        }
    }

    private mutating func finish(into sink: inout some JSONRecordSink) throws(Diagnostic) -> Bool {
        state = .done
        try input.skipWhitespace()
        if input.isExhausted { return false }
        broken("text after the closing ']' on line \(input.line)", into: &sink)
        return true
    }

    /// A `malformed-record` for a broken array; nothing after it is read.
    ///
    /// - Parameter rawText: the broken record's text as read, for the rejects file.
    private mutating func broken(_ reason: String, rawText: String? = nil, into sink: inout some JSONRecordSink) {
        state = .done
        recordNumber += 1
        sink.add(
            ReadProblem(check: .malformedRecord, message: "\(reason); the rest of the file was not read"), number: recordNumber,
            line: input.line, rawText: rawText)
    }

    /// Reads one element starting at the current position into `sink`; true when it is an object.
    private mutating func element(into sink: inout some JSONRecordSink) throws(Diagnostic) -> Bool {
        let line = input.line
        while true {
            let (end, lineBreaks) = scanValue(from: input.position)
            guard let end else {
                if input.atEnd {
                    // The rest of the file is this record's start, and the buffer holds all of
                    // it: the rejects file keeps it as read, so no record is lost from both copies.
                    let rest = String(decoding: input.bytes[input.position...], as: UTF8.self)
                    input.position = input.bytes.count
                    broken("record starting on line \(line) is never completed (a truncated file?)", rawText: rest, into: &sink)
                    return false
                }
                if input.bytes.count - input.position > Limits.maxRecordBytes {
                    broken("record starting on line \(line) is larger than \(Limits.maxRecordBytes >> 20) MiB", into: &sink)
                    return false
                }
                try input.fill()
                continue
            }
            recordNumber += 1
            let start = input.position
            let column = input.column
            input.position = end
            input.startLines(lineBreaks, in: start..<end)
            return input.bytes.withUTF8Bytes { bytes in
                sink.add(
                    json: bytes.view(start..<end), number: recordNumber, line: line, column: column,
                    encoding: input.source.encoding)
            }
        }
    }

    /// The end of the JSON value starting at `start` and the line breaks inside it, or a nil
    /// end when the buffer holds only part of it.
    private func scanValue(from start: Int) -> (end: Int?, lineBreaks: Int) {
        input.bytes.withUTF8Bytes { bytes in
            var index = start
            var depth = 0
            var inString = false
            var lineBreaks = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\n") { lineBreaks += 1 }
                if inString {
                    if byte == UInt8(ascii: "\\") {
                        index += 2
                        continue
                    }
                    if byte == UInt8(ascii: "\"") {
                        inString = false
                        if depth == 0 { return (index + 1, lineBreaks) }
                    }
                    index += 1
                    continue
                }
                switch byte {
                case UInt8(ascii: "\""):
                    inString = true
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    if depth == 0 { return (index, lineBreaks) }  // a scalar ended by the array's ']'
                    depth -= 1
                    if depth == 0 { return (index + 1, lineBreaks) }
                case UInt8(ascii: ","), UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"):
                    if depth == 0 { return (index, lineBreaks - (byte == UInt8(ascii: "\n") ? 1 : 0)) }
                default:
                    break
                }
                index += 1
            }
            // A scalar at the very end of the input ends there.
            if input.atEnd, depth == 0, !inString, index > start { return (index, lineBreaks) }
            return (nil, lineBreaks)
        }
    }
}
