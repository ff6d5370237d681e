import DataMinCore

/// Text made safe for a Markdown table cell, heading or list item: a policy string shows
/// as the characters it holds and cannot start a link, an image, HTML, emphasis, code, an
/// entity, a nested list or heading, or a new table cell or row.
enum MarkdownText {
    /// `text` with control characters shown as escapes, line breaks as spaces, and each
    /// character that means something inline (`` \ ` * _ [ ] < > | ~ & # ``) backslash-escaped,
    /// as is a `-` or `+` that starts it (CommonMark reads `\X` as a literal X for any ASCII
    /// punctuation; GFM tables split cells only at an unescaped `|`).
    static func escaped(_ text: String) -> String {
        let flat = TerminalText.escaped(text.replacingEvery("\r\n", with: " ").replacingEvery("\n", with: " "))
        var result = ""
        result.reserveCapacity(flat.utf8.count)
        for scalar in flat.unicodeScalars {
            if "\\`*_[]<>|~&#".unicodeScalars.contains(scalar) || (result.isEmpty && (scalar == "-" || scalar == "+")) {
                result.unicodeScalars.append("\\")
            }
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}

extension MarkdownText {
    /// A table cell of the register: policy text escaped, with the `code` spans and
    /// *not stated* the register writes itself kept. A span whose text could end it early
    /// (a backtick or `|` in a field name) is written as escaped plain text instead.
    static func cell(_ value: String) -> String {
        let segments = value.split(separator: "`", omittingEmptySubsequences: false)
        var result = ""
        for (index, segment) in segments.enumerated() {
            let text = String(segment)
            if index % 2 == 1, index < segments.count - 1, !text.contains("|"), !text.isEmpty {
                result += "`" + TerminalText.escaped(text) + "`"
            } else {
                result += escaped(text).replacingEvery("\\*not stated\\*", with: "*not stated*")
            }
        }
        return result
    }
}
