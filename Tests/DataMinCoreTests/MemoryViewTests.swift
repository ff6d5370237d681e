import Foundation
import Testing

@_spi(Readers) @testable import DataMinCore

/// The byte and element views check every access: a parser that miscounts stops the run
/// instead of reading someone else's memory.
struct MemoryViewTests {
    @Test func aViewReadsOnlyItsOwnBytes() {
        Array("name,email".utf8).withUTF8Bytes { bytes in
            let email = bytes.view(5..<10)
            #expect(email.string == "email")
            #expect(email.count == 5 && email.first == UInt8(ascii: "e"))
            #expect(UTF8Bytes(rebasing: bytes[0..<4]).string == "name")
            #expect(bytes.firstIndex(of: UInt8(ascii: ","), from: 0) == 4)
            #expect(bytes.firstIndex(of: UInt8(ascii: ","), from: 5) == nil)
            #expect(bytes.matches("email", at: 5) && !bytes.matches("emails", at: 5))
            #expect(email.offset(from: bytes.address, count: bytes.count) == 5)
            #expect(bytes.offset(from: email.address, count: email.count) == nil)
        }
    }

    @Test func wordsAreReadLittleEndianFromAnyOffset() {
        Array(0...15).map(UInt8.init).withUTF8Bytes { bytes in
            #expect(bytes.word(at: 0) == 0x0706_0504_0302_0100)
            #expect(bytes.word(at: 3) == 0x0A09_0807_0605_0403)
            #expect(bytes.word(at: 8) == 0x0F0E_0D0C_0B0A_0908)
        }
    }

    @Test func scratchKeepsWhatWasAppendedInOrder() {
        let total = Scratch<Int32>.with(capacity: 4) { scratch in
            scratch.append(7)
            scratch.append(8)
            scratch.fill(with: -1)
            scratch[1] = 9
            return Array(scratch.elements)
        }
        #expect(total == [7, 9, -1, -1])
        let texts = Scratch<UInt8>.with(capacity: 10) { scratch in
            let first = scratch.append(utf8: "anna")
            let second = scratch.append(utf8: "bram")
            return [first.string, second.string]
        }
        #expect(texts == ["anna", "bram"])
        // Emptied for the next record of a batch, the room is filled again from the start.
        let reused = Scratch<Int32>.with(capacity: 3) { scratch in
            scratch.append(1)
            scratch.append(2)
            scratch.removeAll()
            scratch.append(5)
            return Array(scratch.elements)
        }
        #expect(reused == [5])
    }

    @Test func scratchCopiesEachStringWhole() {
        // Built from UTF-16, as a string from Foundation may be; copied in one piece or byte by byte.
        let lazy = String(decoding: Array("Zoë, Łukasz".utf16), as: UTF16.self)
        let copied = Scratch<UInt8>.with(capacity: 40) { scratch in
            [scratch.append(utf8: lazy).string, scratch.append(utf8: "").string, scratch.append(utf8: "anna@example.com").string]
        }
        #expect(copied == ["Zoë, Łukasz", "", "anna@example.com"])
    }

    /// The word-at-a-time lowercasing agrees with lowercasing byte by byte, for every byte
    /// value in every position: only `A`–`Z` change, UTF-8 beyond ASCII stays as it is.
    @Test func lowercasingEightBytesAtOnceChangesOnlyASCIICapitals() {
        func reference(_ byte: UInt8) -> UInt8 { byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte }
        for value in 0...255 {
            for position in 0..<8 {
                let bytes = (0..<8).map { $0 == position ? UInt8(value) : UInt8(ascii: "Q") &+ UInt8($0) }
                bytes.withUTF8Bytes { view in
                    let expected = bytes.map(reference).withUTF8Bytes { $0.word(at: 0) }
                    #expect(UTF8Bytes.lowercased(view.word(at: 0)) == expected, "byte \(value) at \(position)")
                }
            }
        }
    }

    @Test(arguments: [
        ("CONTRACT", "contract", true), ("Legitimate_Interests", "legitimate_interests", true), ("consent", "consent", true),
        ("Legitimate_Interestz", "legitimate_interests", false), ("Cönsent", "cönsent", true), ("CÖNSENT", "cönsent", false),
        ("contract ", "contract", false), ("", "", true), ("legal_obligation", "legal_obligatioN", false),
    ])
    func wordsAreComparedIgnoringASCIICaseOnly(word: String, lowercase: String, equal: Bool) {
        Array(word.utf8).withUTF8Bytes { bytes in
            #expect(bytes.equalsIgnoringASCIICase(Array(lowercase.utf8)) == equal)
            #expect(bytes.equals(Array(word.utf8)))
            Array(lowercase.utf8).withUTF8Bytes { #expect(bytes.equals($0) == (word == lowercase)) }
        }
    }

    @Test func aCellTableKeepsEachRowsCellsAcrossGrowth() {
        // Room for two cells at first: the third row's cells make it grow twice.
        var table = CellTable(reserving: 2)
        for row in 0..<3 {
            table.appending(room: 4) { cells in
                for column in 0..<4 { cells.append((row * 100 + column * 10)..<(row * 100 + column * 10 + column)) }
            }
        }
        #expect(table.count == 12)
        #expect((0..<12).map { table.range(of: $0) } == (0..<12).map { ($0 / 4 * 100 + $0 % 4 * 10)..<($0 / 4 * 100 + $0 % 4 * 11) })
        table.set(5, to: 7..<8)
        table.removeCells(from: 10)
        #expect(table.count == 10 && table.range(of: 5) == 7..<8 && table.range(of: 9) == 210..<211)
        // The largest offsets a batch may reach keep all 32 bits of both ends.
        let largest = Int(UInt32.max)
        table.appending(room: 1) { $0.append((largest - 1)..<largest) }
        #expect(table.range(of: 10) == (largest - 1)..<largest)
    }

    /// Exit tests start Swift Testing's child monitor, which waits for any child process of
    /// the test process: run beside the end-to-end tests' `Process` runs it can take their
    /// exit and leave them waiting forever. So they run on their own, in `.ci/run`
    /// (`DATAMIN_EXIT_TESTS=1 swift test --filter readingPastTheEndOfAViewStopsTheProcess`).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["DATAMIN_EXIT_TESTS"] == "1", "exit tests run on their own"))
    func readingPastTheEndOfAViewStopsTheProcess() async {
        await #expect(processExitsWith: .failure) {
            _ = Array("abc".utf8).withUTF8Bytes { $0[3] }
        }
        await #expect(processExitsWith: .failure) {
            _ = Array("abc".utf8).withUTF8Bytes { $0.view(1..<4) }
        }
        await #expect(processExitsWith: .failure) {
            _ = Array("abcdefg".utf8).withUTF8Bytes { $0.word(at: 0) }
        }
        await #expect(processExitsWith: .failure) {
            _ = [UInt8](repeating: 0x61, count: 64).withUTF8Bytes { $0.marks(at: 1, of: 0x2C, 0x0A, 0x0D) }
        }
        await #expect(processExitsWith: .failure) {
            Scratch<Int32>.with(capacity: 1) { scratch in
                scratch.append(1)
                scratch.append(2)
            }
        }
        await #expect(processExitsWith: .failure) {
            var table = CellTable()
            table.appending(room: 1) { cells in
                cells.append(0..<1)
                cells.append(1..<2)
            }
        }
        await #expect(processExitsWith: .failure) {
            var table = CellTable()
            table.appending(room: 1) { $0.append(0..<(Int(UInt32.max) + 1)) }
        }
        await #expect(processExitsWith: .failure) {
            var table = CellTable(reserving: 4)
            table.appending(room: 1) { $0.append(0..<1) }
            _ = table.range(of: 1)
        }
        await #expect(processExitsWith: .failure) {
            var table = CellTable()
            table.appending(room: 1) { $0.append(0..<1) }
            table.set(0, to: -1..<0)
        }
    }
}
