import DataMinCore

/// Text made safe for XML and HTML reports.
enum MarkupText {
    /// Text for an XML attribute or element: control characters shown as escapes, then the
    /// characters XML 1.0 cannot hold (the noncharacters U+FFFE and U+FFFF) too, then the
    /// five entities.
    static func escaped(_ text: String) -> String {
        // Nearly every string needs nothing: its bytes are read in place first (iterating
        // `utf8` one by one costs ten times more). 0xEF starts U+F000 to U+FFFF, among them
        // the two noncharacters; other characters beyond ASCII are the terminal escaping's.
        let needsWork = { (byte: UInt8) in
            byte < 0x20 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == 0x7F || byte == 0xEF
        }
        let plain = text.utf8.withContiguousStorageIfAvailable { !$0.contains(where: needsWork) } ?? !text.utf8.contains(where: needsWork)
        if plain, !TerminalText.needsEscaping(text) { return text }
        let safe = Array(TerminalText.escaped(text).utf8)
        var result: [UInt8] = []
        result.reserveCapacity(safe.count + 32)
        var index = 0
        while index < safe.count {
            let byte = safe[index]
            switch byte {
            case UInt8(ascii: "&"): result += "&amp;".utf8
            case UInt8(ascii: "<"): result += "&lt;".utf8
            case UInt8(ascii: ">"): result += "&gt;".utf8
            case UInt8(ascii: "\""): result += "&quot;".utf8
            case UInt8(ascii: "'"): result += "&apos;".utf8
            case 0xEF where index + 2 < safe.count && safe[index + 1] == 0xBF && (safe[index + 2] == 0xBE || safe[index + 2] == 0xBF):
                result += (safe[index + 2] == 0xBE ? "\\u{FFFE}" : "\\u{FFFF}").utf8
                index += 2
            default: result.append(byte)
            }
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }
}
