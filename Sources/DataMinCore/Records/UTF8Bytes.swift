/// The UTF-8 bytes of a value or name as the checks read them: a view into a buffer that
/// the validator keeps alive only while one record's checks run.
package typealias UTF8Bytes = UnsafeBufferPointer<UInt8>

extension UnsafeBufferPointer<UInt8> {
    /// The bytes as a string (invalid UTF-8 becomes U+FFFD); for messages and rare paths.
    package var string: String { String(decoding: self, as: UTF8.self) }

    /// True when the bytes equal `other`.
    package func equals(_ other: [UInt8]) -> Bool {
        guard count == other.count else { return false }
        for index in 0..<count where self[index] != other[index] { return false }
        return true
    }

    /// True when the bytes equal `lowercase` ignoring ASCII case; `lowercase` must be lower case.
    package func equalsIgnoringASCIICase(_ lowercase: [UInt8]) -> Bool {
        guard count == lowercase.count else { return false }
        for index in 0..<count {
            let byte = self[index]
            if (byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte) != lowercase[index] { return false }
        }
        return true
    }

    /// The `separator`-separated parts, empty parts left out.
    package func split(separator: UInt8) -> [UTF8Bytes] {
        var parts: [UTF8Bytes] = []
        var start = 0
        for index in 0...count where index == count || self[index] == separator {
            if index > start { parts.append(UTF8Bytes(rebasing: self[start..<index])) }
            start = index + 1
        }
        return parts
    }

}
