/// What the terminal and markup escaping must write, made scalar by scalar: the plain
/// reading the byte-level escaping is held to.
package enum ReferenceEscaping {
    /// `text` as a terminal may show it: C0 and C1 controls, DEL, U+061C and the
    /// bidirectional and separator characters written as escapes; with `markup`, also the two
    /// noncharacters U+FFFE and U+FFFF, then the five XML entities.
    package static func escaped(_ text: String, markup: Bool = false) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch (scalar.value, markup) {
            case (0x0A, _): result += "\\n"
            case (0x0D, _): result += "\\r"
            case (0x09, _): result += "\\t"
            case (0..<0x20, _), (0x7F...0x9F, _), (0x061C, _), (0x200E, _), (0x200F, _), (0x2028...0x202E, _), (0x2066...0x2069, _),
                (0xFFFE, true), (0xFFFF, true):
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            case (0x26, true): result += "&amp;"
            case (0x3C, true): result += "&lt;"
            case (0x3E, true): result += "&gt;"
            case (0x22, true): result += "&quot;"
            case (0x27, true): result += "&apos;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
