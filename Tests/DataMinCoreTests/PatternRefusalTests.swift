import Testing

@testable import DataMinCore

/// What `lint` refuses in a pattern, with the reason: syntax one engine reads differently,
/// and patterns a backtracking engine (Spark's Java) could take exponential or polynomial
/// time on.
struct PatternRefusalTests {
    @Test(arguments: [
        (
            "(a+)+b",
            "'(?:a+)+' repeats a part that varies in length or holds alternatives, which a backtracking engine (Spark) can take exponential time or run out of stack on; repeat a class, as in '[a-z.]+', or a fixed sequence, as in '(ab)*'"
        ),
        (
            "(\\.[a-z]+)*",
            "'(?:\\.[a-z]+)*' repeats a part that varies in length or holds alternatives, which a backtracking engine (Spark) can take exponential time or run out of stack on; repeat a class, as in '[a-z.]+', or a fixed sequence, as in '(ab)*'"
        ),
        (
            "(ab|cd)*",
            "'(?:ab|cd)*' repeats a part that varies in length or holds alternatives, which a backtracking engine (Spark) can take exponential time or run out of stack on; repeat a class, as in '[a-z.]+', or a fixed sequence, as in '(ab)*'"
        ),
        (
            "(x[0-9]{2}|y)+",
            "'(?:x[0-9]{2}|y)+' repeats a part that varies in length or holds alternatives, which a backtracking engine (Spark) can take exponential time or run out of stack on; repeat a class, as in '[a-z.]+', or a fixed sequence, as in '(ab)*'"
        ),
        (
            "(a|ab)c",
            "the branches of 'a|ab' can start with the same character or be empty, so a failing match tries each again; start each branch with a different character (write what they share once, before the group) and use '?' for an optional part"
        ),
        (
            "(mr|mrs|ms)",
            "the branches of 'mr|mrs|ms' can start with the same character or be empty, so a failing match tries each again; start each branch with a different character (write what they share once, before the group) and use '?' for an optional part"
        ),
        (
            String(repeating: "(ab|ab)", count: 30),
            "the branches of 'ab|ab' can start with the same character or be empty, so a failing match tries each again; start each branch with a different character (write what they share once, before the group) and use '?' for an optional part"
        ),
        (
            "(ab|)c",
            "the branches of 'ab|' can start with the same character or be empty, so a failing match tries each again; start each branch with a different character (write what they share once, before the group) and use '?' for an optional part"
        ),
        (
            "[a-z]+[a-z]*",
            "'[a-z]+' and '[a-z]*' can match the same characters and both vary in length, which can take polynomial time; merge them, or put a required character neither matches between them"
        ),
        (
            "[a-z.]+\\.[a-z]+",
            "'[\\.a-z]+' and '[a-z]+' can match the same characters and both vary in length, which can take polynomial time; merge them, or put a required character neither matches between them"
        ),
        (
            "(a{40}){30}",
            "counts nested inside counts multiply to more than 1000, the most RE2 (DuckDB) accepts; use '+' or '*', or a smaller count"
        ),
        (
            String(repeating: "(", count: 101) + "a" + String(repeating: ")", count: 101),
            "at character 101: groups are nested more than 100 deep"
        ),
        ("e\u{301}e\u{301}(", "at character 3: '(' is never closed; add ')'"),
        ("a\\1", "at character 2: back-references ('\\1') need a backtracking matcher and are not supported"),
        (
            "(?=a)a",
            "at character 1: '(?' starts look-around, a named group or a flag, which not every engine supports; use '(' or '(?:' to group"
        ),
        (
            "(?i)abc",
            "at character 1: '(?' starts look-around, a named group or a flag, which not every engine supports; use '(' or '(?:' to group"
        ),
        (
            "a+?",
            "at character 3: lazy ('+?') and possessive ('++') repetition are not supported; a pattern matches the whole value, so plain '+' means the same"
        ),
        ("[[:alpha:]]", "at character 2: POSIX classes such as [:alpha:] are not supported; list the characters, as in [A-Za-z]"),
        ("a{256}", "at character 2: a count above 255 is not supported (PostgreSQL's limit); use '+' or '*' for no upper bound"),
        (
            "\\p{L}",
            "at character 1: '\\p' is not supported; the escapes are \\d \\w \\s \\D \\W \\S \\t \\n \\r \\f and a backslash before punctuation"
        ),
        ("a^b", "at character 2: '^' is only allowed at the start ('^') or end ('$'): a pattern always matches the whole value"),
        ("\\bword", "at character 1: '\\b' is an anchor, which not every engine reads alike; a pattern always matches the whole value"),
        ("(ab", "at character 1: '(' is never closed; add ')'"),
        ("*a", "at character 1: '*' repeats nothing; write '\\*' for the character itself"),
        ("[z-a]", "at character 2: the range is backwards; write the lower character first"),
        (
            String(repeating: "[a-z]{255}", count: 30),
            "the pattern is too large once its counts are expanded; use '+' or '*' instead of large counts"
        ),
    ])
    func aPatternOutsideTheSafeSyntaxIsRefusedWithItsReason(pattern: String, reason: String) {
        #expect(throws: FieldPattern.Problem.self) { try FieldPattern(pattern) }
        do {
            _ = try FieldPattern(pattern)
        } catch {
            #expect(error.description == reason)
        }
    }

    /// Patterns as CRM policies write them stay accepted; one-character branches are a class.
    @Test(arguments: [
        "C-[0-9]{4}", "[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}", "\\+?[0-9 ]{6,20}", "[0-9]{4} ?[A-Z]{2}", "[A-Za-z' -]+",
        "[a-z0-9._%+-]+@[a-z0-9-]+\\.[a-z]{2,}", "(mr|dr)", "m(rs?|s)", "(ab)*", "([a-z]|-)+", "[^@]+@[^@]+", "(\\d{3}-)?\\d{4}",
        "(a{40}){25}",
    ])
    func everydayPatternsAreAccepted(_ pattern: String) {
        #expect(throws: Never.self) { try FieldPattern(pattern) }
    }
}
