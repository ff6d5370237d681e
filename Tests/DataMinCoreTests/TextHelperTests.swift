import Testing

@testable import DataMinCore

struct TextHelperTests {
    /// Escapes must reach every scalar, also inside a character such as CR LF or a mark
    /// on a pipe: an escape that skipped them would let the raw byte through.
    @Test(arguments: [
        ("line\r\nbreak", "\r", "%0D", "line%0D\nbreak"),
        ("line\r\nbreak", "\n", "%0A", "line\r%0Abreak"),
        ("a|\u{301}b", "|", "\\|", "a\\|\u{301}b"),
        ("nick\"\u{308}name", "\"", "\"\"", "nick\"\"\u{308}name"),
        ("**/*.csv", "**/", "*", "**.csv"),
        ("none", "x", "y", "none"),
    ])
    func replacingEveryMatchesScalarByScalar(text: String, target: String, replacement: String, expected: String) {
        #expect(text.replacingEvery(target, with: replacement) == expected)
    }

    @Test(arguments: [
        (1.456, 2, "1.46"), (0.004, 2, "0.00"), (12.0, 1, "12.0"), (1_048_575.96, 1, "1048576.0"), (2.5, 0, "3"),
        (-0.001, 2, "0.00"), (-1.25, 1, "-1.3"), (0.05, 2, "0.05"),
    ])
    func decimalsAreFixedAndRounded(value: Double, decimals: Int, expected: String) {
        #expect(DecimalText.fixed(value, decimals: decimals) == expected)
    }
}
