import Testing

@testable import DataMinCore

/// `pattern:` as the policy format defines it (docs/policy-format.md, "Patterns"): the syntax
/// every engine reads alike, matched over the whole value in time linear in it.
struct PatternMatchingTests {
    @Test(arguments: [
        ("C-[0-9]{4}", "C-1234", true), ("C-[0-9]{4}", "C-123", false), ("C-[0-9]{4}", "C-12345", false),
        ("^[a-z]+$", "abc", true), ("^[a-z]+$", "abC", false), ("m(rs?|s)", "mrs", true), ("m(rs?|s)", "mx", false),
        ("[0-9]{4} ?[A-Z]{2}", "1234 AB", true), ("[0-9]{4} ?[A-Z]{2}", "1234AB", true), ("[0-9]{4} ?[A-Z]{2}", "1234  AB", false),
        // \d is the ASCII digits only, as PostgreSQL, RE2 and Java read it.
        ("\\d{3}", "123", true), ("\\d{3}", "١٢٣", false),
        // . is any scalar but a line feed; a value is matched scalar by scalar, as SQL engines do.
        ("a.c", "abc", true), ("a.c", "a\nc", false), ("a.c", "aéc", true), ("a.c", "ae\u{301}c", false),
        ("[^,]+", "a b", true), ("[^,]+", "a,b", false), ("x\\.y", "x.y", true), ("x\\.y", "xzy", false),
        ("[\\w-]+@x", "a_b-c@x", true), ("\\s*", " \t", true), ("a{2,3}", "aaaa", false), ("(ab){2}", "abab", true),
        ("(?:a|b)c?", "bc", true), ("[]a]", "]", true), ("[a-]", "-", true), ("", "", true), ("", "x", false),
    ])
    func aPatternMatchesTheWholeValue(pattern: String, value: String, matches: Bool) throws {
        #expect(try FieldPattern(pattern).matches(value) == matches)
    }

    /// No pattern can make datamin's matcher backtrack: the classic catastrophic ones, which
    /// `lint` refuses for the SQL engines' sake, run over a long hostile value at once.
    @Test(.timeLimit(.minutes(1)), arguments: ["(a+)+b", "(a|a)*b", "(a|aa)+b", "([a-z]+)*[0-9]", "a*a*a*a*a*a*a*a*b"])
    func theMatcherIsLinearEvenForPatternsLintRefuses(_ source: String) throws {
        let matcher = try #require(PatternMatcher(try PatternParser.parse(source)))
        let hostile = String(repeating: "a", count: 20_000) + "!"
        #expect(!matcher.matches(hostile))
        #expect(matcher.matches(String(repeating: "a", count: 30) + "b") == source.hasSuffix("b"))
    }
}
