/// What to do about a YAML syntax error: libyaml names the problem in its grammar's terms
/// (`did not find expected key`) and where it noticed it, often lines after the mistake;
/// this adds the usual cause in a policy's terms and where to look.
enum YAMLSyntaxAdvice {
    /// The advice for libyaml's `problem` noticed at `mark`, inside the construct (`context`)
    /// that starts at `contextMark`; nil when there is nothing to add.
    static func advice(problem: String, context: String?, mark: SourceMark, contextMark: SourceMark, in source: SourceText) -> String? {
        let start = "line \(contextMark.line)"
        if problem.contains("cannot start any token") {
            switch source.firstByte(at: mark) {
            case UInt8(ascii: "\t"): return "a tab indents this line, and YAML indents with spaces only: replace the tab with spaces"
            case let byte? where byte < 0x80:
                return "a plain value cannot start with '\(Character(Unicode.Scalar(byte)))': put the value in quotes"
            default: return nil
            }
        }
        if problem.contains("did not find expected '-' indicator") {
            return "this line is not an item of the list that starts on \(start) (column \(contextMark.column)): each item starts "
                + "with '- ' in that column, and a key after the list goes in the column of the list's own key"
        }
        if problem.contains("did not find expected key") {
            // Where the line's text starts, the mistake is its indentation (or that of the lines above).
            guard source.startsLine(mark) else { return "something follows a value on this line: put the whole value in quotes" }
            if mark.column == contextMark.column {
                return "this line starts in the column of the keys of the mapping that starts on \(start) but is not 'key: value'"
                    + ": add the ':' after the key, or indent a list item ('- ') under its key"
            }
            let relation = mark.column > contextMark.column ? "more" : "less"
            return "this line is indented \(relation) than the keys of the mapping that starts on \(start) (column "
                + "\(contextMark.column)); keys of one mapping start in the same column, with spaces: check this line "
                + "and the ones just above it"
        }
        if problem.contains("expected ',' or ']'") {
            return
                "the list in brackets that starts on \(start) is not closed: add the missing ']', or quote a value that holds ',' ':' or brackets"
        }
        if problem.contains("expected ',' or '}'") {
            return
                "the mapping in braces that starts on \(start) is not closed: add the missing '}', or quote a value that holds ',' ':' or braces"
        }
        if problem.contains("mapping values are not allowed") {
            return "a ': ' stands where no key can start: put a value that holds ': ' in quotes; a key goes in the column of "
                + "the keys beside it (is this line indented too far, or does the key above it lack its ':'?)"
        }
        if problem.contains("could not find expected ':'") {
            return "the key that starts on \(start) has no ':' after it (a key is written 'name: value')"
        }
        if problem.contains("found unexpected end of stream"), context?.contains("quoted scalar") == true {
            return "the quote opened on \(start) is never closed: add the closing quote"
        }
        return nil
    }
}
