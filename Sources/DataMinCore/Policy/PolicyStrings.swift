/// The rules every string of a policy follows before it is read for its meaning (SPEC §11.4):
/// names, words and values hold no control character, so none can reach a terminal, a
/// Markdown register or a generated query raw.
enum PolicyStrings {
    /// Keys whose values are prose for the Art. 30 record: they may span lines and hold tabs.
    static let proseKeys: Set<String> = ["description", "security", "interest", "assessment", "article10_authorisation"]

    /// A diagnostic for every key or scalar under `node` that holds a control character.
    static func problems(in node: YAMLNode, file: String, prose: Bool = false) -> [Diagnostic] {
        switch node.content {
        case .scalar(let text):
            return problem(in: text, what: "a value", allowingLineBreaks: prose, at: node.mark, file: file).map { [$0] } ?? []
        case .sequence(let items):
            return items.flatMap { problems(in: $0, file: file) }
        case .mapping(let pairs):
            return pairs.flatMap { pair in
                (problem(in: pair.key, what: "a key", allowingLineBreaks: false, at: pair.keyMark, file: file).map { [$0] } ?? [])
                    + problems(in: pair.value, file: file, prose: proseKeys.contains(pair.key))
            }
        }
    }

    /// An error for every key or value still to decide: a draft (`datamin init`) writes what
    /// only a person can decide as `TODO: what to decide`. Only that form counts, so a word
    /// such as `TODO` in an enum's values is a word.
    static func todos(in node: YAMLNode, file: String) -> [Diagnostic] {
        func todo(_ text: String, at mark: SourceMark) -> Diagnostic? {
            guard text.hasPrefix("TODO:") else { return nil }
            var what = text.dropFirst(5)
            while what.first == " " { what.removeFirst() }
            return Diagnostic(
                .policyInvalid, file: file, line: mark.line, column: mark.column,
                message: "still to decide\(what.isEmpty ? "" : ": " + what); replace the TODO with your decision")
        }
        switch node.content {
        case .scalar(let text): return todo(text, at: node.mark).map { [$0] } ?? []
        case .sequence(let items): return items.flatMap { todos(in: $0, file: file) }
        case .mapping(let pairs):
            return pairs.flatMap { pair in (todo(pair.key, at: pair.keyMark).map { [$0] } ?? []) + todos(in: pair.value, file: file) }
        }
    }

    /// The first character of `text` that a name, word or value may not hold, as an error.
    private static func problem(in text: String, what: String, allowingLineBreaks: Bool, at mark: SourceMark, file: String)
        -> Diagnostic?
    {
        guard let bad = text.unicodeScalars.first(where: { isForbidden($0, allowingLineBreaks: allowingLineBreaks) }) else {
            return nil
        }
        let code = String(bad.value, radix: 16, uppercase: true)
        let name = String(repeating: "0", count: max(0, 4 - code.count)) + code
        let hint =
            bad == "\n" || bad == "\t"
            ? "write it on one line" : "remove it (a copy from another program can carry invisible characters)"
        return Diagnostic(
            .policyInvalid, file: file, line: mark.line, column: mark.column,
            message: "\(what) holds the control character U+\(name); names, words and values must be printable text: \(hint)")
    }

    /// C0 and C1 controls, DEL, the Unicode line separators and the bidirectional controls
    /// that reorder how text is shown.
    private static func isForbidden(_ scalar: Unicode.Scalar, allowingLineBreaks: Bool) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: !allowingLineBreaks
        case 0..<0x20, 0x7F...0x9F, 0x061C, 0x2028, 0x2029, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
