import DataMinTestSupport
import Testing

@testable import DataMinCore
@testable import DataMinReporters

/// The reporters' text pieces: built as bytes and escaped from bytes read in place, they must
/// read as the plain `String` code they replaced.
struct TextBuildingTests {
    @Test(arguments: [0, 7, 9, 10, 99, 100, 12_345, 99_999_999, 100_000_000, 9_223_372_036_854_775_807, -1, -1_234])
    func numbersAreWrittenAsStringWritesThem(number: Int) {
        var text = TextBuilder(capacity: 4)
        text += "n="
        text += number
        text += ";"
        #expect(text.text == "n=\(number);")
    }

    @Test func piecesAreJoinedInOrder() {
        var text = TextBuilder(capacity: 1)
        for piece in ["a", "", "Straße ", String(repeating: "x", count: 300), "\u{1F600}"] { text += piece }
        #expect(text.text == "aStraße " + String(repeating: "x", count: 300) + "\u{1F600}")
    }

    /// Every scalar from U+0000 to U+2FFF, from U+F000 to U+FFFF and a few beyond, alone and
    /// among plain text, comes out of the markup escaping as a scalar-by-scalar reading
    /// writes it: controls as escapes, then the two noncharacters, then the five entities.
    @Test func everyScalarIsEscapedForMarkupAsAScalarByScalarReadingWould() {
        var mismatches: [UInt32] = []
        for value in Array(0..<0x3000) + Array(0xF000...0xFFFF) + [0x1F600, 0x10FFFF] {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            for text in ["\(scalar)", "a\(scalar)b", "plain text, then \(scalar) and more"]
            where MarkupText.escaped(text) != ReferenceEscaping.escaped(text, markup: true) {
                mismatches.append(UInt32(value))
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5).map { String($0, radix: 16) })")
    }
}
