/// Finds bytes that are not well-formed UTF-8, without building a `String`.
package enum UTF8Validation {
    /// The 0-based offset of the first byte that does not start or continue a well-formed
    /// UTF-8 sequence (overlongs, surrogates and values past U+10FFFF included), or nil.
    package static func firstInvalidOffset<Bytes: Collection<UInt8>>(in bytes: Bytes) -> Int? where Bytes.Index == Int {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            guard let length = sequenceLength(in: bytes, at: index) else { return index - bytes.startIndex }
            index += length
        }
        return nil
    }

    /// True when `bytes` are well-formed UTF-8; skips runs of ASCII a word at a time.
    package static func isValid(_ bytes: UTF8Bytes) -> Bool {
        var index = ByteScan.firstNonASCII(in: bytes, from: 0)
        while index < bytes.count {
            guard let length = sequenceLength(in: bytes, at: index) else { return false }
            index = ByteScan.firstNonASCII(in: bytes, from: index + length)
        }
        return true
    }

    /// The length of the well-formed multi-byte sequence starting at `index`, or nil.
    private static func sequenceLength<Bytes: Collection<UInt8>>(in bytes: Bytes, at index: Int) -> Int? where Bytes.Index == Int {
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch bytes[index] {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            high = 0x9F
        case 0xF0:
            length = 4
            low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            high = 0x8F
        default: return nil
        }
        guard index + length <= bytes.endIndex else { return nil }
        let second = bytes[index + 1]
        if second < low || second > high { return nil }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return nil }
        return length
    }
}
