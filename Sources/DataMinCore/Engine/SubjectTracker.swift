/// Remembers which data subjects a run has seen, for `duplicate-subject`.
///
/// Keeps one 64-bit hash per distinct subject, never the key itself. The hash is seeded per
/// process, so it means nothing outside this run. Two different subjects collide with odds
/// of about n²/2⁶⁵ (under one in a million at 10 million subjects).
public struct SubjectTracker: Sendable {
    private var seen = Set<Int>()

    public init() {}

    /// Records a subject by its ``key(of:)``; false if it was seen before.
    mutating func insert(_ key: Int) -> Bool {
        seen.insert(key).inserted
    }

    /// The hash of a subject key after trimming and case-folding it. The same within one
    /// process, whichever thread computes it.
    static func key(of bytes: UTF8Bytes) -> Int {
        var hasher = Hasher()
        if bytes.count <= 256, !bytes.contains(where: { $0 >= 0x80 }) {
            // Nearly every key (an email) is ASCII: trim and fold the bytes instead of
            // building a string. Hashes the same bytes the slow path would.
            var start = 0, end = bytes.count
            while start < end, isASCIISpace(bytes[start]) { start += 1 }
            while end > start, isASCIISpace(bytes[end - 1]) { end -= 1 }
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: end - start) { folded in
                for index in start..<end {
                    let byte = bytes[index]
                    folded[index - start] = byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
                }
                hasher.combine(bytes: UnsafeRawBufferPointer(folded))
            }
        } else {
            var folded = SubjectTracker.normalise(bytes.string)
            folded.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
        return hasher.finalize()
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
