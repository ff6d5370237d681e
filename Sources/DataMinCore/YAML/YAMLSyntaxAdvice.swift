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
        if problem.contains("did not find expected key") || problem.contains("did not find expected '-' indicator") {
            let relation =
                mark.column > contextMark.column
                ? "indented more than" : mark.column < contextMark.column ? "indented less than" : "in the column of"
            return "this line is \(relation) the keys of the mapping that starts on \(start) (column "
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
            return "a value holds ': ': put the value in quotes, or start a nested mapping on a new, further indented line"
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
