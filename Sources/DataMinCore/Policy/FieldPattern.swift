/// A `pattern:` constraint: a regular expression that must match a whole value.
///
/// A class, so that copying a ``FieldPolicy`` copies one reference, not a compiled program.
public final class FieldPattern: @unchecked Sendable {
    // Regex is immutable once compiled; matching does not mutate it, so sharing is safe.
    private let regex: Regex<AnyRegexOutput>
    /// The expression as written in the policy.
    public let source: String

    /// Compiles `source`, throwing the compiler's message when it is not a valid expression.
    public init(_ source: String) throws {
        regex = try Regex(source)
        self.source = source
    }

    public func matches(_ value: String) -> Bool {
        (try? regex.wholeMatch(in: value)) != nil
    }
}
