@_spi(Readers) import DataMinCore
import Testing

/// The word-at-a-time scanner must find exactly what a byte-by-byte loop finds, wherever
/// the byte falls in a word and whatever the bytes around it.
struct ByteScanTests {
    /// Every byte value, at every offset of a 24-byte buffer, after every start.
    @Test(arguments: [UInt8(0x00), 0x0A, 0x0D, 0x1F, 0x20, 0x22, 0x2C, 0x3B, 0x5C, 0x7F, 0x80, 0xC3, 0xFF])
    func findsTheFirstWantedByteLikeALoop(planted: UInt8) {
        for length in 0...24 {
            for position in 0..<max(length, 1) {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                if position < length { bytes[position] = planted }
                bytes.withUTF8Bytes { buffer in
                    for start in 0...length {
                        for orControl in [false, true] {
                            let expected =
                                (start..<length).first {
                                    buffer[$0] == 0x2C || buffer[$0] == 0x0A || buffer[$0] == 0x0D || (orControl && buffer[$0] < 0x20)
                                } ?? length
                            #expect(ByteScan.firstIndex(in: buffer, from: start, of: 0x2C, 0x0A, 0x0D, orControl: orControl) == expected)
                        }
                        #expect(ByteScan.firstNonASCII(in: buffer, from: start) == (start..<length).first { buffer[$0] >= 0x80 } ?? length)
                    }
                }
            }
        }
    }

    /// A wanted byte right after a byte that borrows in the zero-byte test (0x00 after a
    /// match, 0x01 and 0x21 next to the pattern) is still found at the right place.
    @Test func neighboursThatBorrowDoNotMoveTheMatch() {
        let words: [[UInt8]] = [
            [0x2D, 0x2C, 0x2B, 0x2C, 0x01, 0x00, 0x2C, 0x2C],
            [0x21, 0x20, 0x1F, 0x41, 0x41, 0x41, 0x41, 0x41],
            [0x0B, 0x0A, 0x09, 0x0E, 0x0D, 0x0C, 0x41, 0x41],
            [0x41, 0x41, 0x41, 0x41, 0x41, 0x41, 0x41, 0x7F, 0x80],
        ]
        for bytes in words {
            bytes.withUTF8Bytes { buffer in
                for start in 0..<bytes.count {
                    let expected =
                        (start..<bytes.count).first { buffer[$0] == 0x2C || buffer[$0] == 0x0A || buffer[$0] < 0x20 } ?? bytes.count
                    #expect(ByteScan.firstIndex(in: buffer, from: start, of: 0x2C, 0x0A, 0x0A, orControl: true) == expected)
                }
            }
        }
    }
}
