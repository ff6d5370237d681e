/// The bytes of a small text file (a policy, a config) with line lookup for diagnostics.
package struct SourceText: Sendable {
    package let bytes: [UInt8]
    /// Whether diagnostics may show the file's lines. False for a file that does not look
    /// like YAML (a data file passed as a policy): its lines may be personal data.
    package let echoesLines: Bool
    /// Byte offset where each line starts; index 0 is line 1.
    private let lineStarts: [Int]

    /// 3 when the file starts with a UTF-8 byte-order mark, which ``bytes`` leave out (editors
    /// on Windows write one; it is no character of line 1); else 0.
    package let markBytes: Int

    package init(bytes: [UInt8], echoesLines: Bool = true) {
        markBytes = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        self.bytes = markBytes == 0 ? bytes : Array(bytes.dropFirst(markBytes))
        self.echoesLines = echoesLines
        var starts = [0]
        for (offset, byte) in self.bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        lineStarts = starts
    }

    /// The text of 1-based `line` around 1-based character `column`, at most
    /// ``Limits/maxEchoedLineCharacters`` long, and the caret's 1-based column in it; nil
    /// past the end. Costs time in proportion to `column`, not to the line's length.
    package func excerpt(line: Int, column: Int) -> (text: String, caret: Int)? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        let width = Limits.maxEchoedLineCharacters
        // Walk characters (UTF-8 lead bytes) up to the window's end only.
        let firstShown = max(1, column - width / 2)
        var offset = start
        var character = 1
        var windowStart = start
        while offset < end, character < firstShown + width {
            if bytes[offset] & 0xC0 != 0x80 {
                if character == firstShown { windowStart = offset }
                character += 1
            }
            offset += 1
        }
        while offset < end, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
        if firstShown == 1 { windowStart = start }
        var text = String(decoding: bytes[windowStart..<offset], as: UTF8.self)
        var caret = column - firstShown + 1
        if windowStart > start {
            text = "…" + text
            caret += 1
        }
        if offset < end { text += "…" }
        return (TerminalText.escaped(text), caret)
    }

    /// True when the character at `mark` opens a quoted YAML scalar (`"` or `'`).
    package func isQuote(at mark: SourceMark) -> Bool {
        firstByte(at: mark) == UInt8(ascii: "\"") || firstByte(at: mark) == UInt8(ascii: "'")
    }

    /// True when only spaces stand before `mark` on its line: the mark is where the line's
    /// text starts.
    package func startsLine(_ mark: SourceMark) -> Bool {
        guard mark.line >= 1, mark.line <= lineStarts.count else { return false }
        let start = lineStarts[mark.line - 1]
        let end = start + mark.column - 1
        return end <= bytes.count && bytes[start..<end].allSatisfy { $0 == UInt8(ascii: " ") }
    }

    /// The first byte of the character at `mark` (1-based line and character column); nil
    /// past the end of the text.
    package func firstByte(at mark: SourceMark) -> UInt8? {
        guard mark.line >= 1, mark.line <= lineStarts.count else { return nil }
        var offset = lineStarts[mark.line - 1]
        var character = 1
        while offset < bytes.count, character < mark.column {
            offset += 1
            if offset < bytes.count, bytes[offset] & 0xC0 != 0x80 { character += 1 }
        }
        return offset < bytes.count ? bytes[offset] : nil
    }

    /// The 1-based line and byte-based column of a byte offset.
    package func mark(ofByte offset: Int) -> SourceMark {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return SourceMark(line: low + 1, column: offset - lineStarts[low] + 1)
    }

    package func diagnostic(_ code: Diagnostic.Code, file: String, at mark: SourceMark, _ message: String) -> Diagnostic {
        let excerpt = echoesLines ? self.excerpt(line: mark.line, column: mark.column) : nil
        return Diagnostic(
            code, file: file, line: mark.line, column: mark.column, message: message,
            sourceLine: excerpt?.text, caretColumn: excerpt?.caret)
    }

    /// `diagnostics` with the source line of the first ``Limits/maxDiagnostics`` attached
    /// (the rest are only counted when shown).
    package func withExcerpts(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard echoesLines else { return diagnostics }
        var result = diagnostics
        for index in result.indices.prefix(Limits.maxDiagnostics) {
            guard let line = result[index].line, let column = result[index].column,
                let excerpt = excerpt(line: line, column: column)
            else { continue }
            result[index].sourceLine = excerpt.text
            result[index].caretColumn = excerpt.caret
        }
        return result
    }

    /// True when `bytes` could be a YAML policy or config: they do not start (after blank
    /// lines and comments) like JSON or a CSV header, the shapes of data files.
    package static func looksLikeYAML(_ bytes: [UInt8]) -> Bool {
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"):
                index += 1
            case UInt8(ascii: "#"):
                while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
            case UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "\""):
                return false
            default:
                // A first line with ':' before any ',' or ';' reads as a YAML mapping.
                var end = index
                while end < bytes.count, bytes[end] != UInt8(ascii: "\n") {
                    if bytes[end] == UInt8(ascii: ",") || bytes[end] == UInt8(ascii: ";") || bytes[end] == UInt8(ascii: "\t") {
                        return false
                    }
                    if bytes[end] == UInt8(ascii: ":") { return true }
                    end += 1
                }
                return bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "%")
            }
        }
        return true
    }
}
