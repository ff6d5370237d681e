/// One problem that stops datamin from doing its work: a policy error, an unreadable file.
///
/// Diagnostics are failures, not findings: findings about the data are ``Violation``s.
/// A diagnostic renders compiler-style, so editors and CI logs can jump to it:
///
///     policies/x.yaml:12:5: error: unknown key 'optinal' in purpose 'sales'; did you mean 'optional'?
///         optinal: [phone]
///         ^
public struct Diagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of failure this is: a stable name for programs (the JSON report's
    /// `failures[].code`), while ``message`` is for people and may be reworded.
    public enum Code: String, Sendable, CaseIterable, Codable {
        /// The YAML of a policy or project config cannot be parsed.
        case yamlSyntax = "yaml-syntax"
        /// The policy parses but breaks a rule of the policy format.
        case policyInvalid = "policy-invalid"
        /// The project config (`.datamin.yml`) breaks a rule of its format.
        case configInvalid = "config-invalid"
        /// A file cannot be opened or read (missing, a directory, no permission, I/O error).
        case fileUnreadable = "file-unreadable"
        /// A policy or config file is larger than a policy can be.
        case fileTooLarge = "file-too-large"
        /// The suppression list is not one datamin wrote.
        case suppressionListInvalid = "suppression-list-invalid"
        /// The baseline (`--baseline`) is not one datamin wrote.
        case baselineInvalid = "baseline-invalid"
        /// The input's format cannot be told from its name.
        case inputFormatUnknown = "input-format-unknown"
        /// The input is in an encoding datamin does not read (UTF-16, UTF-32).
        case inputEncodingUnsupported = "input-encoding-unsupported"
        /// A CSV header row cannot name the columns.
        case inputHeaderInvalid = "input-header-invalid"
        /// The input holds no byte at all, or nothing but blank lines, spaces and a byte-order mark:
        /// a failed export, not an empty one (SPEC §11.3).
        case inputEmpty = "input-empty"
        /// An output (report, minimised copy, rejects, job summary) cannot be written.
        case outputUnwritable = "output-unwritable"
        /// An output path names an input of the run or another output.
        case outputConflict = "output-conflict"
        /// A database cannot be reached, or refused the query (`validate --database`).
        case databaseFailure = "database-failure"
    }

    /// What kind of failure this is; see ``Code``.
    public var code: Code
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

    public init(
        _ code: Code, file: String, line: Int? = nil, column: Int? = nil, message: String, sourceLine: String? = nil,
        caretColumn: Int? = nil
    ) {
        self.code = code
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

/// A problem as `lint --format json` writes it: `severity`, `code`, `file`, `line`, `column`
/// and `message`; the excerpt of the policy's line is left out (it is for a terminal).
extension Diagnostic: Codable {
    private enum CodingKeys: String, CodingKey {
        case severity, code, file, line, column, message
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            try container.decode(Code.self, forKey: .code), file: try container.decode(String.self, forKey: .file),
            line: try container.decodeIfPresent(Int.self, forKey: .line), column: try container.decodeIfPresent(Int.self, forKey: .column),
            message: try container.decode(String.self, forKey: .message))
        isWarning = try container.decodeIfPresent(String.self, forKey: .severity) == "warning"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(isWarning ? "warning" : "error", forKey: .severity)
        try container.encode(code, forKey: .code)
        try container.encode(file, forKey: .file)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
        try container.encode(message, forKey: .message)
    }
}

/// Every problem of a policy, as `{"diagnostics": [...]}`, for a service's error response.
extension PolicyError: Codable {}
