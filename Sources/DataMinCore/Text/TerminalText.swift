/// Text made safe to print: control characters shown as escapes, so a field name or a file
/// name cannot move the cursor, clear the screen, start a new line or reorder text, and so
/// cannot forge a line of datamin's output.
package enum TerminalText {
    /// `text` with every C0 and C1 control character, DEL, and Unicode line, paragraph and
    /// bidirectional-override character written as `\n`, `\r`, `\t` or `\u{XXXX}`.
    package static func escaped(_ text: String) -> String {
        // Nearly every string is plain: its bytes are read in place before a new one is built.
        guard needsEscaping(text) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            guard needsEscaping(scalar) else {
                result.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default: result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            }
        }
        return result
    }

    /// True when `text` holds a character ``escaped(_:)`` rewrites.
    package static func needsEscaping(_ text: String) -> Bool { text.withUTF8Bytes(needsEscaping) }

    /// True when `bytes` (well-formed UTF-8, as a `String` holds) encode a character that
    /// ``needsEscaping(_:)-(Unicode.Scalar)`` names, read byte by byte: a report's every line
    /// passes here, and walking its scalars cost ten times more.
    private static func needsEscaping(_ bytes: UTF8Bytes) -> Bool {
        var index = 0
        while index < bytes.count {
            if index + 8 <= bytes.count {
                // Eight printable ASCII bytes at a time: a byte below 0x20 borrows when 0x20 is
                // taken from it, one of 0x7F or above sets its top bit when 1 is added. The
                // lowest such byte is always flagged and the bytes before it are printable, so
                // the reading goes on from it (later flags may be wrong, and are not used).
                let word = bytes.word(at: index)
                let flags = ((word &- 0x2020_2020_2020_2020) | word | (word &+ 0x0101_0101_0101_0101)) & 0x8080_8080_8080_8080
                guard flags != 0 else {
                    index += 8
                    continue
                }
                index += flags.trailingZeroBitCount / 8
            }
            let byte = bytes[index]
            index += 1
            if byte &- 0x20 < 0x5F { continue }  // printable ASCII
            switch byte {
            case ..<0x20, 0x7F: return true
            // U+0080-U+009F are C2 80 to C2 9F; U+061C is D8 9C.
            case 0xC2: if index < bytes.count, bytes[index] < 0xA0 { return true }
            case 0xD8: if index < bytes.count, bytes[index] == 0x9C { return true }
            case 0xE2:
                // U+200E, U+200F, U+2028-U+202E are E2 80 8E, 8F, A8 to AE; U+2066-U+2069 are E2 81 A6 to A9.
                guard index + 1 < bytes.count else { continue }
                switch (bytes[index], bytes[index + 1]) {
                case (0x80, 0x8E), (0x80, 0x8F), (0x80, 0xA8...0xAE), (0x81, 0xA6...0xA9): return true
                default: continue
                }
            default: continue
            }
        }
        return false
    }

    private static func needsEscaping(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
