import Testing

@testable import DataMinCore

/// SHA-256 against FIPS 180-4 test vectors, and the suppression list's entries.
struct SuppressionListTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func sha256MatchesTheStandardsVectors(input: String, digest: String) {
        #expect(SuppressionList.hex(SHA256.hash(Array(input.utf8))) == digest)
    }

    @Test func aMillionBytesHashAsTheStandardSays() {
        #expect(
            SuppressionList.hex(SHA256.hash([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func keysAreNormalisedBeforeTheyAreHashedWithTheSalt() throws {
        let list = SuppressionList(salt: Array(repeating: 1, count: 16), keys: ["Anna@Example.com "])
        #expect(list.contains(key: "anna@example.com"))
        #expect(!list.contains(key: "anna@example.org"))
        #expect(list.entry(forKey: "ANNA@example.com") == SHA256.hash(Array(repeating: 1, count: 16) + Array("anna@example.com".utf8)))
        let other = SuppressionList(salt: Array(repeating: 2, count: 16), keys: [])
        #expect(other.entry(forKey: "anna@example.com") != list.entry(forKey: "anna@example.com"))
    }
}
