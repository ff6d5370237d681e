/// A `pattern:` constraint: a regular expression that must match a whole value.
///
/// Only the syntax every engine reads alike is accepted (``PatternParser``), only patterns
/// whose cost is bounded in a backtracking engine too (``PatternSafety``), and datamin
/// matches them in time linear in the value (``PatternMatcher``).
public struct FieldPattern: Sendable {
    /// The expression as written in the policy.
    public let source: String
    /// The parsed expression, for the SQL dialects to write in their own syntax.
    package let node: PatternNode
    private let matcher: PatternMatcher

    /// Why a pattern was refused.
    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        /// What is wrong and how to write it instead.
        public var message: String
        /// The 1-based position in the pattern the problem starts at, in characters; nil
        /// when it concerns the pattern as a whole.
        public var column: Int?

        public var description: String { column.map { "at character \($0): \(message)" } ?? message }
    }

    /// Parses and compiles `source`.
    ///
    /// - Throws: ``Problem`` when the syntax is not supported or the pattern could take more
    ///   than linear time in a backtracking engine.
    public init(_ source: String) throws(Problem) {
        let node: PatternNode
        do {
            node = try PatternParser.parse(source)
        } catch {
            throw Problem(message: error.message, column: error.column)
        }
        if let problem = PatternSafety.problem(in: node) { throw Problem(message: problem) }
        guard let matcher = PatternMatcher(node) else {
            throw Problem(message: "the pattern is too large once its counts are expanded; use '+' or '*' instead of large counts")
        }
        self.source = source
        self.node = node
        self.matcher = matcher
    }

    /// True when the pattern matches all of `value`.
    public func matches(_ value: String) -> Bool { matcher.matches(value) }
}
