import Testing

@_spi(Readers) @testable import DataMinCore

struct SubjectTrackerTests {
    @Test func everySubjectIsRememberedWhileTheTableGrows() {
        var subjects = SubjectTracker()
        // Enough keys for every segment to grow several times.
        let keys = (0..<200_000).map { key(for: "person.\($0)@example.com") }
        #expect(keys.allSatisfy { subjects.insert($0) })
        #expect(!keys.contains { subjects.insert($0) })
    }

    @Test func keysAreTrimmedAndCaseFoldedBeforeHashing() {
        #expect(key(for: "  Anna@Example.COM\t") == key(for: "anna@example.com"))
        #expect(key(for: " ÉMILIE@example.com ") == key(for: "émilie@example.com"))
        #expect(key(for: "anna@example.com") != key(for: "anna@example.co"))
    }

    /// The ASCII path folds eight bytes at once: only `A`–`Z` may change, each to its
    /// lower case, in the words and in the tail alike.
    @Test func onlyCapitalLettersFoldOnTheASCIIPath() {
        let printable = (0x21...0x7E).map { Character(Unicode.Scalar(UInt8($0))) }
        let keys = printable.map { key(for: String(repeating: $0, count: 11)) }
        #expect(Set(keys).count == printable.count - 26)
        for letter in printable where letter.isUppercase {
            #expect(key(for: String(repeating: letter, count: 11)) == key(for: String(repeating: letter.lowercased(), count: 11)))
        }
    }

    /// Record keys in baselines are these hashes with fixed seeds, so they may never change:
    /// every length, whichever way the tail of fewer than eight bytes is read.
    @Test func keysAreMurmurHash64AOfTheTrimmedFoldedBytesAtEveryLength() {
        let seed: UInt64 = 0x6461_7461_6D69_6E31
        for length in 0...40 {
            let text = String((0..<length).map { Character(Unicode.Scalar(UInt8(0x41 + ($0 * 7) % 58))) })
            let folded = Array(text.lowercased().utf8)
            #expect(("  " + text + "\t").withUTF8Bytes { SubjectTracker.key(of: $0, seed: seed) } == Self.murmur64A(folded, seed: seed))
        }
        let accented = "  Émilie.Öztürk@example.com "
        #expect(
            accented.withUTF8Bytes { SubjectTracker.key(of: $0, seed: seed) }
                == Self.murmur64A(Array("émilie.öztürk@example.com".utf8), seed: seed))
    }

    /// MurmurHash64A as published, byte by byte: the oracle for the word-at-a-time hash.
    private static func murmur64A(_ bytes: [UInt8], seed: UInt64) -> UInt64 {
        let multiplier: UInt64 = 0xC6A4_A793_5BD1_E995
        var hash = seed ^ (UInt64(bytes.count) &* multiplier)
        let words = bytes.count / 8
        for index in 0..<words {
            var word: UInt64 = 0
            for offset in 0..<8 { word |= UInt64(bytes[index * 8 + offset]) << (8 * offset) }
            word &*= multiplier
            word ^= word >> 47
            word &*= multiplier
            hash ^= word
            hash &*= multiplier
        }
        if bytes.count % 8 != 0 {
            for offset in (0..<(bytes.count % 8)).reversed() { hash ^= UInt64(bytes[words * 8 + offset]) << (8 * offset) }
            hash &*= multiplier
        }
        hash ^= hash >> 47
        hash &*= multiplier
        return hash ^ (hash >> 47)
    }

    private func key(for text: String) -> UInt64 {
        text.withUTF8Bytes(SubjectTracker.key(of:))
    }
}

struct UTF8ValidationTests {
    @Test(arguments: ["plain ascii text longer than eight", "Öztürk, Łódź and 北京 after ascii runs", "emoji 👩‍💻 at the end 🎉", ""])
    func wellFormedTextIsValid(text: String) {
        #expect(Array(text.utf8).withUTF8Bytes(UTF8Validation.isValid))
    }

    @Test(arguments: [[0xE9], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] as [[UInt8]])
    func malformedSequencesAreFoundAfterAnyASCIIRun(sequence: [UInt8]) {
        for prefix in 0...17 {
            let bytes = Array(repeating: UInt8(ascii: "a"), count: prefix) + sequence + Array("tail".utf8)
            #expect(!bytes.withUTF8Bytes(UTF8Validation.isValid))
            #expect(UTF8Validation.firstInvalidOffset(in: bytes) == prefix)
        }
    }
}
