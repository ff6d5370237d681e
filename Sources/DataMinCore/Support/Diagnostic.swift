/// One problem that stops datamin from doing its work: a policy error, an unreadable file.
///
/// Diagnostics are failures, not findings: findings about the data are ``Violation``s.
/// A diagnostic renders compiler-style, so editors and CI logs can jump to it:
///
///     policies/x.yaml:12:5: error: unknown key 'optinal' in purpose 'sales'; did you mean 'optional'?
///         optinal: [phone]
///         ^
public struct Diagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file the problem is in, as the user named it.
    public var file: String
    /// The 1-based line, or nil when the problem has no position (an unreadable file).
    public var line: Int?
    /// The 1-based column in characters, or nil when the problem has no position.
    public var column: Int?
    /// What is wrong and, where datamin can tell, how to fix it.
    public var message: String
    /// The text of the line the problem is on (cut to a window around the column when it
    /// is long), shown under the message with a caret. Only policy and config files that
    /// look like YAML carry it: they hold no personal data.
    public var sourceLine: String?
    /// The 1-based column of the caret in ``sourceLine``; ``column`` when nil.
    public var caretColumn: Int?
    /// True for advice that does not make the policy invalid (`lint` still exits 0).
    public var isWarning = false

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String, sourceLine: String? = nil, caretColumn: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.sourceLine = sourceLine
        self.caretColumn = caretColumn
    }

    /// The first line alone: `file:line:column: error: message`.
    public var headline: String {
        var position = file
        if let line {
            position += ":\(line)"
            if let column { position += ":\(column)" }
        }
        return TerminalText.escaped("\(position): \(isWarning ? "warning" : "error"): \(message)")
    }

    public var description: String {
        guard let sourceLine, let column = caretColumn ?? column else { return headline }
        let indent = String(repeating: " ", count: max(0, column - 1))
        return "\(headline)\n\(sourceLine)\n\(indent)^"
    }
}

/// A policy (or project config) that cannot be used, with every problem found in it.
public struct PolicyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// All problems, in the order they appear in the file.
    public var diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        var lines = diagnostics.prefix(Limits.maxDiagnostics).map(\.description)
        if diagnostics.count > Limits.maxDiagnostics {
            lines.append("\(diagnostics[0].file): \(diagnostics.count - Limits.maxDiagnostics) more errors not shown; fix these first")
        }
        return lines.joined(separator: "\n")
    }
}
