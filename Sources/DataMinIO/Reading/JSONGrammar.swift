@_spi(Readers) import DataMinCore

/// The parts of JSON's grammar (RFC 8259) that ``JSONParser`` and ``FlatJSONObject`` both
/// read, written once so the two cannot come to disagree: whitespace, numbers, and a
/// string's escapes.
enum JSONGrammar {
    /// The index of the first byte at or after `start` that is not JSON whitespace.
    @inline(__always)
    static func skipWhitespace(_ bytes: UTF8Bytes, from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return index
            }
        }
        return index
    }

    /// Moves `index` from the start of a number (RFC 8259 §6) to the byte after it.
    ///
    /// - Throws: ``JSONFailure`` without a column when the bytes are no number; `index` is
    ///   then where they stop being one.
    static func number(_ bytes: UTF8Bytes, at index: inout Int) throws(JSONFailure) {
        func digits(_ index: inout Int) -> Int {
            let from = index
            while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 { index += 1 }
            return index - from
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        let integerStart = index
        guard digits(&index) > 0 else { throw JSONFailure(message: "invalid value") }
        if bytes[integerStart] == UInt8(ascii: "0"), index - integerStart > 1 { throw JSONFailure(message: "number with a leading zero") }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits(&index) > 0 else { throw JSONFailure(message: "number with no digits after '.'") }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits(&index) > 0 else { throw JSONFailure(message: "number with no exponent digits") }
        }
    }

    /// The index of the first quote, backslash or control byte at or after `start`: where a
    /// string's plain run ends.
    @inline(__always)
    static func plainRunEnd(_ bytes: UTF8Bytes, from start: Int) -> Int {
        ByteScan.firstIndex(in: bytes, from: start, of: UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "\""), orControl: true)
    }

    /// Appends the rest of a string's text to `text`, escapes undone, from `index` (inside
    /// the string, at or before its first escape) to its closing quote, and leaves `index`
    /// after that quote.
    ///
    /// - Throws: ``JSONFailure`` without a column when the string breaks JSON's rules;
    ///   `index` is then where it breaks them, for the caller to name.
    static func decodeString(_ bytes: UTF8Bytes, at index: inout Int, into text: inout [UInt8]) throws(JSONFailure) {
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return
            }
            if byte < 0x20 { throw JSONFailure(message: "control character inside a string") }
            if byte != UInt8(ascii: "\\") {
                // The plain run up to the next quote, backslash or control byte, in one append.
                let end = plainRunEnd(bytes, from: index)
                text += bytes[index..<end]
                index = end
                continue
            }
            guard index + 1 < bytes.count else { break }
            let escape = bytes[index + 1]
            index += 2
            switch escape {
            case UInt8(ascii: "\""): text.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): text.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "/"): text.append(UInt8(ascii: "/"))
            case UInt8(ascii: "b"): text.append(0x08)
            case UInt8(ascii: "f"): text.append(0x0C)
            case UInt8(ascii: "n"): text.append(0x0A)
            case UInt8(ascii: "r"): text.append(0x0D)
            case UInt8(ascii: "t"): text.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4(bytes, at: &index)
                if (0xD800...0xDBFF).contains(scalar), index + 1 < bytes.count,
                    bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
                {
                    // A high surrogate pairs with a low one; any other escape after it is read
                    // on its own, not swallowed.
                    var next = index + 2
                    let low: UInt32
                    do { low = try hex4(bytes, at: &next) } catch {
                        index = next
                        throw error
                    }
                    if (0xDC00...0xDFFF).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        index = next
                    }
                }
                // A lone surrogate is no scalar: it becomes U+FFFD, so the text stays valid UTF-8.
                let character = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                text.append(contentsOf: Array(String(character).utf8))
            default:
                throw JSONFailure(message: "invalid escape in a string")
            }
        }
        throw JSONFailure(message: "string is never closed")
    }

    private static func hex4(_ bytes: UTF8Bytes, at index: inout Int) throws(JSONFailure) -> UInt32 {
        guard index + 4 <= bytes.count else { throw JSONFailure(message: "incomplete \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw JSONFailure(message: "invalid \\u escape")
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }
}
