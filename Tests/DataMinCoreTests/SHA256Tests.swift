import Testing

@testable import DataMinCore

/// SHA-256 against the FIPS 180-4 examples, whole and streamed in uneven pieces: an input's
/// digest is computed as it is read, chunk by chunk.
@Suite struct SHA256Tests {
    static let vectors: [(message: String, digest: String)] = [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
        (String(repeating: "a", count: 1_000), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"),
    ]

    @Test(arguments: vectors.indices)
    func aMessageHashesToItsKnownDigest(_ index: Int) {
        let (message, digest) = Self.vectors[index]
        #expect(SuppressionList.hex(SHA256.hash(Array(message.utf8))) == digest)
    }

    @Test(arguments: [1, 3, 63, 64, 65, 200])
    func aMessageStreamedInPiecesHashesLikeTheWhole(_ piece: Int) {
        let bytes = Array(String(repeating: "a", count: 1_000).utf8)
        var stream = SHA256.Stream()
        var offset = 0
        while offset < bytes.count {
            let end = min(bytes.count, offset + piece)
            bytes[offset..<end].withUnsafeBytes { stream.update($0) }
            offset = end
        }
        #expect(SuppressionList.hex(stream.finish()) == Self.vectors[3].digest)
    }

    /// The processor's SHA instructions (where it has them) and the portable code agree on
    /// every length around the block boundaries and on a long input fed in odd pieces.
    @Test(arguments: Array(0...130) + [1_000, 65_537])
    func theHardwareAndPortableHashesAgree(_ length: Int) {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
        var fast = SHA256.Stream()
        var portable = SHA256.Stream(portable: true)
        var offset = 0
        while offset < bytes.count {
            let end = min(bytes.count, offset + 1 + offset % 97)
            bytes[offset..<end].withUnsafeBytes {
                fast.update($0)
                portable.update($0)
            }
            offset = end
        }
        #expect(fast.finish() == portable.finish())
    }
}
