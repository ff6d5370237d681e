/// JSON string literals, for the readers' writers and the reporters alike.
package enum JSONText {
    /// `string` as a quoted JSON string literal.
    package static func quoted(_ string: String) -> String {
        var text = ""
        append(string, to: &text)
        return text
    }

    /// Appends `string` as a quoted JSON string literal.
    package static func append(_ string: String, to text: inout String) {
        // Most strings need no escape: append them whole. Their bytes are read in place
        // where they can be: iterating `utf8` one by one costs ten times more.
        let escapes = { (byte: UInt8) in byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") }
        if !(string.utf8.withContiguousStorageIfAvailable { $0.contains(where: escapes) } ?? string.utf8.contains(where: escapes)) {
            text += "\""
            text += string
            text += "\""
            return
        }
        text += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }
}
