/// How a field name taken from the data appears in messages.
///
/// A declared name is the policy's and always shown. A name the policy does not declare
/// comes from the file, and in a headerless CSV or a JSON object keyed by e-mail address it
/// *is* personal data: it is shown only when it looks like a name (short, printable, not an
/// e-mail address, a URL or a number), otherwise described by its length.
package enum FieldNameText {
    /// The most characters a shown undeclared name may have.
    package static let maxShownCharacters = 64

    /// `field 'name'`, or a description that does not repeat a name that looks like data.
    package static func described(_ name: String, showValues: Bool = false) -> String {
        showable(name, showValues: showValues).map { "field '\($0)'" }
            ?? "a field whose name looks like data (\(name.utf8.count) bytes; --show-values shows it)"
    }

    /// The name made safe for a terminal when it may be shown, else nil.
    package static func showable(_ name: String, showValues: Bool = false) -> String? {
        showValues || looksLikeName(name) ? TerminalText.escaped(name) : nil
    }

    /// True when a header cell is clearly a value, not a name: an e-mail address, or digits
    /// with only number punctuation (` +-./:()`) and at least five digits (a phone number,
    /// a date, an amount, an id). A year such as `2024` or a short code stays a name.
    package static func looksLikeValue(_ cell: String) -> Bool {
        var trimmed = Substring(cell)
        while trimmed.first?.isWhitespace == true { trimmed.removeFirst() }
        while trimmed.last?.isWhitespace == true { trimmed.removeLast() }
        if let at = trimmed.firstIndex(of: "@"), at > trimmed.startIndex, trimmed[at...].dropFirst().contains(".") { return true }
        var digits = 0
        for scalar in trimmed.unicodeScalars {
            switch scalar {
            case "0"..."9": digits += 1
            case " ", "+", "-", ".", "/", ":", "(", ")": continue
            default: return false
            }
        }
        return digits >= 5
    }

    /// True when `name` reads as a column or key name rather than a value.
    package static func looksLikeName(_ name: String) -> Bool {
        var characters = 0
        var letters = 0
        var digits = 0
        var digitRun = 0
        var longestDigitRun = 0
        for scalar in name.unicodeScalars {
            characters += 1
            if characters > maxShownCharacters { return false }
            switch scalar {
            case "@": return false
            case "0"..."9":
                digits += 1
                digitRun += 1
                longestDigitRun = max(longestDigitRun, digitRun)
                continue
            default:
                digitRun = 0
            }
            // ASCII by its ranges: the Unicode property lookup costs more than the rest of the loop.
            if scalar.isASCII {
                if (scalar.value | 0x20) &- 0x61 < 26 { letters += 1 }
            } else if scalar.properties.isAlphabetic {
                letters += 1
            }
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { return false }
        }
        // Phone numbers, dates, amounts and identifiers are mostly digits.
        return letters > 0 && longestDigitRun < 5 && digits <= 8 && !containsSchemeSeparator(name)
    }

    /// Whether `name` holds `://`, as a URL does; read as bytes, not through a string search.
    private static func containsSchemeSeparator(_ name: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in name.utf8 {
            if previous == (UInt8(ascii: ":"), UInt8(ascii: "/")) && byte == UInt8(ascii: "/") { return true }
            previous = (previous.1, byte)
        }
        return false
    }
}
