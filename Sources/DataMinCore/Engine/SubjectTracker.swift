/// Remembers which data subjects a run has seen, for `duplicate-subject`.
///
/// Keeps one 64-bit hash per distinct subject (about 10 to 15 bytes each), never the key
/// itself. The hash is seeded per process, so it means nothing outside this run. Two
/// different subjects collide with odds of about n²/2⁶⁵ (3 in a million at 10 million
/// subjects).
public struct SubjectTracker: Sendable {
    private var seen = FingerprintSet()

    public init() {}

    /// Records a subject by its ``key(of:)``; false if it was seen before.
    mutating func insert(_ key: UInt64) -> Bool {
        seen.insert(key)
    }

    /// The hash of a subject key after trimming and case-folding it. The same within one
    /// process, whichever thread computes it.
    static func key(of bytes: UTF8Bytes) -> UInt64 {
        key(of: bytes, seed: seed)
    }

    /// The hash of a subject key after trimming and case-folding it, with `seed`: the same
    /// in every process for the same seed (record keys, ``RecordDigest``).
    static func key(of bytes: UTF8Bytes, seed: UInt64) -> UInt64 {
        if bytes.count <= 256, ByteScan.firstNonASCII(in: bytes, from: 0) == bytes.count {
            // Nearly every key (an email) is ASCII: trim and fold the bytes as they are
            // hashed instead of building a string. Hashes the same bytes the slow path would.
            var start = 0
            var end = bytes.count
            while start < end, isASCIISpace(bytes[start]) { start += 1 }
            while end > start, isASCIISpace(bytes[end - 1]) { end -= 1 }
            return hash(bytes.view(start..<end), seed: seed, lowercasingASCII: true)
        }
        return SubjectTracker.normalise(bytes.string).withUTF8Bytes { hash($0, seed: seed, lowercasingASCII: false) }
    }

    /// The hash of a key with surrounding ASCII whitespace trimmed and its case kept, with
    /// `seed` (record keys that are not subject keys, such as CRM ids).
    static func exactKey(of bytes: UTF8Bytes, seed: UInt64) -> UInt64 {
        var start = 0
        var end = bytes.count
        while start < end, isASCIISpace(bytes[start]) { start += 1 }
        while end > start, isASCIISpace(bytes[end - 1]) { end -= 1 }
        return hash(bytes.view(start..<end), seed: seed, lowercasingASCII: false)
    }

    /// A random seed per process, so hashes cannot be predicted from outside.
    private static let seed = UInt64.random(in: .min ... .max)

    /// MurmurHash64A of `bytes` with `seed`: fast, and well spread over all 64
    /// bits for similar keys such as numbered email addresses. With `lowercasingASCII`, the
    /// hash is that of the bytes with `A`–`Z` lowercased; the bytes must then be ASCII.
    private static func hash(_ bytes: UTF8Bytes, seed: UInt64, lowercasingASCII: Bool) -> UInt64 {
        let multiplier: UInt64 = 0xC6A4_A793_5BD1_E995
        var hash = seed ^ (UInt64(bytes.count) &* multiplier)
        var index = 0
        while index + 8 <= bytes.count {
            var word = bytes.word(at: index)
            if lowercasingASCII { word = UTF8Bytes.lowercased(word) }
            word &*= multiplier
            word ^= word >> 47
            hash = (hash ^ (word &* multiplier)) &* multiplier
            index += 8
        }
        if index < bytes.count {
            let left = bytes.count - index
            var tail: UInt64 = 0
            if index >= 8 {
                // The last eight bytes in one load, shifted so only the `left` unhashed ones stay.
                tail = bytes.word(at: bytes.count - 8) >> (8 * (8 - left))
            } else {
                for offset in 0..<left { tail |= UInt64(bytes[index + offset]) << (8 * offset) }
            }
            if lowercasingASCII { tail = UTF8Bytes.lowercased(tail) }
            hash = (hash ^ tail) &* multiplier
        }
        hash ^= hash >> 47
        hash &*= multiplier
        return hash ^ (hash >> 47)
    }

    private static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    static func normalise(_ key: String) -> String {
        var trimmed = Substring(key)
        while trimmed.first?.isWhitespace == true { trimmed.removeFirst() }
        while trimmed.last?.isWhitespace == true { trimmed.removeLast() }
        return trimmed.lowercased()
    }
}
