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

    /// A block's marks flag exactly the wanted bytes: every byte value at every position
    /// of a 64-byte block, which starts at an offset that is not a multiple of 8 or 16.
    @Test(arguments: Array(UInt8.min...UInt8.max))
    func marksFlagExactlyTheWantedBytesOfABlock(planted: UInt8) {
        for position in 0..<64 {
            var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 67)
            bytes[3 + position] = planted
            let wanted = planted == 0x2C || planted == 0x0A || planted == 0x0D
            bytes.withUTF8Bytes { buffer in
                #expect(buffer.marks(at: 3, of: 0x2C, 0x0A, 0x0D) == (wanted ? 1 << UInt64(position) : 0))
            }
        }
    }

    /// Searching on from each match, as the CSV reader does from cell to cell, finds what a
    /// loop finds: matches on both sides of block edges, runs of them, and the last bytes
    /// too few for a block.
    @Test(arguments: [0, 1, 7, 63, 64, 65, 127, 128, 129, 200])
    func marksFindEveryMatchInTurnLikeALoop(length: Int) {
        // A seeded linear congruential generator: a failing case is the same on every run.
        var state = UInt64(length)
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        for _ in 0..<50 {
            let bytes = (0..<length).map { _ in [0x2C, 0x0A, 0x0D, 0x2D, 0x0B, 0x61][Int(next() % 6)] as UInt8 }
            bytes.withUTF8Bytes { buffer in
                var marks = ByteScan.Marks(0x2C, 0x0A, 0x0D)
                var index = 0
                while index <= length {
                    let expected = (index..<length).first { [0x2C, 0x0A, 0x0D].contains(buffer[$0]) } ?? length
                    let found = marks.firstIndex(in: buffer, from: index)
                    #expect(found == expected, "from \(index) in \(bytes)")
                    guard found == expected else { return }
                    // Also from just past the match, and sometimes further on, as after a quoted cell.
                    index = found + 1 + (next() % 4 == 0 ? Int(next() % 70) : 0)
                }
            }
        }
    }
}
