/// The building blocks of reading a YAML document into a model: typed reads that report
/// what is wrong at its position and go on, so every problem of a file is found at once.
/// The policy decoder and the project config are both built on them.
package struct YAMLDecoder: Sendable {
    /// The file, as the user named it, for diagnostics.
    package let file: String
    /// The code every error gets (`policy-invalid`, `config-invalid`).
    package let code: Diagnostic.Code
    /// The errors found so far, in the order found.
    package var diagnostics: [Diagnostic] = []
    /// Advice that does not make the document invalid (`lint` warnings).
    package private(set) var warnings: [Diagnostic] = []

    package init(file: String, code: Diagnostic.Code) {
        self.file = file
        self.code = code
    }

    /// The errors in the order of the file: by line, then column, then as found.
    package var diagnosticsInFileOrder: [Diagnostic] {
        diagnostics.enumerated().sorted {
            ($0.element.line ?? 0, $0.element.column ?? 0, $0.offset) < ($1.element.line ?? 0, $1.element.column ?? 0, $1.offset)
        }.map(\.element)
    }

    package mutating func error(_ message: String, at mark: SourceMark) {
        // The source line is attached later, to the diagnostics that are shown.
        diagnostics.append(Diagnostic(code, file: file, line: mark.line, column: mark.column, message: message))
    }

    package mutating func warn(_ message: String, at mark: SourceMark) {
        var diagnostic = Diagnostic(code, file: file, line: mark.line, column: mark.column, message: message)
        diagnostic.isWarning = true
        warnings.append(diagnostic)
    }

    /// An error for a word that is not one of `choices`, with the closest as a did-you-mean,
    /// else the choices.
    package mutating func unknown(_ what: String, _ value: String, of context: String, among choices: [String], at mark: SourceMark) {
        var message = "unknown \(what) '\(value)' in \(context)"
        if let guess = Suggestion.closest(to: value, among: choices) {
            message += "; did you mean '\(guess)'?"
        } else {
            message += "; expected one of: \(choices.joined(separator: ", "))"
        }
        error(message, at: mark)
    }

    /// The pairs of a mapping after checking its keys against `keys` and `required`.
    package mutating func mapping(_ node: YAMLNode, in context: String, keys: [String], required: [String]) -> [String: YAMLPair]? {
        guard let pairs = orderedMapping(node, context) else { return nil }
        var result: [String: YAMLPair] = [:]
        for pair in pairs {
            if keys.contains(pair.key) {
                result[pair.key] = pair
            } else {
                unknown("key", pair.key, of: context, among: keys, at: pair.keyMark)
            }
        }
        for key in required where result[key] == nil {
            error("\(context) is missing '\(key)'", at: node.mark)
        }
        return result
    }

    package mutating func orderedMapping(_ node: YAMLNode, _ context: String) -> [YAMLPair]? {
        if case .mapping(let pairs) = node.content { return pairs }
        if node.isEmptyPlain { return [] }
        error("\(context) must be a mapping of 'key: value' lines, not \(node.kindName)", at: node.mark)
        return nil
    }

    package mutating func string(_ node: YAMLNode, _ context: String) -> String? {
        if let text = node.scalar { return text }
        error("\(context) must be a single value, not \(node.kindName)", at: node.mark)
        return nil
    }

    package mutating func boolean(_ node: YAMLNode, _ context: String) -> Bool? {
        switch node.scalar {
        case "true": return true
        case "false": return false
        default:
            error("\(context) must be true or false", at: node.mark)
            return nil
        }
    }

    package mutating func stringList(_ node: YAMLNode, _ context: String) -> [(text: String, mark: SourceMark)]? {
        guard case .sequence(let items) = node.content else {
            if node.isEmptyPlain { return [] }
            let emptyText = node.scalar == "" ? "; a list of the empty text is [\"\"]" : ""
            error("\(context) must be a list such as [a, b], not \(node.kindName)\(emptyText)", at: node.mark)
            return nil
        }
        return items.compactMap { item in string(item, "an item of \(context)").map { ($0, item.mark) } }
    }

    /// Errors when `word` holds `;`, which separates several words in a record's value: a
    /// word with one could never match.
    package mutating func separatorFree(_ word: String, _ what: String, at mark: SourceMark) {
        guard word.contains(";") else { return }
        error("\(what) cannot hold ';', which separates several words in a record's value; choose a name without it", at: mark)
    }
}
