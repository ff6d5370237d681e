/// Text made safe to print: control characters shown as escapes, so a field name or a file
/// name cannot move the cursor, clear the screen, start a new line or reorder text, and so
/// cannot forge a line of datamin's output.
package enum TerminalText {
    /// `text` with every C0 and C1 control character, DEL, and Unicode line, paragraph and
    /// bidirectional-override character written as `\n`, `\r`, `\t` or `\u{XXXX}`.
    package static func escaped(_ text: String) -> String {
        // Nearly every string is plain: check the bytes before building a new one.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 >= 0xC2 }) else { return text }
        guard text.unicodeScalars.contains(where: needsEscaping) else { return text }
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

    private static func needsEscaping(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
