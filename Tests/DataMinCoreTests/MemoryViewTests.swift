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
            Scratch<Int32>.with(capacity: 1) { scratch in
                scratch.append(1)
                scratch.append(2)
            }
        }
    }
}
