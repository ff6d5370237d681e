/// The bytes of a small text file (a policy, a config) with line lookup for diagnostics.
package struct SourceText: Sendable {
    package let bytes: [UInt8]
    /// Byte offset where each line starts; index 0 is line 1.
    private let lineStarts: [Int]

    package init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        lineStarts = starts
    }

    /// The text of 1-based `line` without its line break, or nil past the end.
    package func line(_ line: Int) -> String? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }

    /// The 1-based line and byte-based column of a byte offset.
    package func mark(ofByte offset: Int) -> SourceMark {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return SourceMark(line: low + 1, column: offset - lineStarts[low] + 1)
    }

    package func diagnostic(file: String, at mark: SourceMark, _ message: String) -> Diagnostic {
        Diagnostic(file: file, line: mark.line, column: mark.column, message: message, sourceLine: line(mark.line))
    }
}
