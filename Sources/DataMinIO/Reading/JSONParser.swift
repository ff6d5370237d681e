import DataMinCore
import Foundation

/// Parses one JSON value from bytes into a ``FieldValue``, keeping object key order and
/// number text, and noting duplicate keys and invalid UTF-8 instead of failing on them.
struct JSONParser {
    struct Failure: Error {
        /// What is wrong, with a 1-based byte column; never the text.
        var message: String
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var depth = 0
    /// Keys read so far in all objects of the value, against ``Limits/maxFieldsPerRecord``.
    private var keyCount = 0
    /// Dotted paths of keys that occur twice in one object.
    private(set) var duplicateKeys: [String] = []
    /// The legacy encoding the first string that is not valid UTF-8 fits; nil while all are valid.
    private(set) var invalidUTF8Guess: InputEncoding?

    /// Parses `bytes` as exactly one JSON value (surrounding whitespace allowed), or says
    /// why they are not JSON.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<
        (value: FieldValue, duplicateKeys: [String], invalidUTF8: InputEncoding?), Failure
    > {
        var parser = JSONParser(bytes: bytes)
        do { return .success(try parser.parseDocument()) } catch { return .failure(error) }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    private mutating func parseDocument() throws(Failure) -> (value: FieldValue, duplicateKeys: [String], invalidUTF8: InputEncoding?) {
        skipWhitespace()
        let value = try parseValue(path: nil)
        skipWhitespace()
        guard index == bytes.count else { throw fail("unexpected text after the value") }
        return (value, duplicateKeys, invalidUTF8Guess)
    }

    private func fail(_ what: String) -> Failure {
        Failure(message: "\(what) at column \(index + 1)")
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private mutating func parseValue(path: String?) throws(Failure) -> FieldValue {
        guard index < bytes.count else { throw fail("unexpected end of JSON") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject(path: path)
        case UInt8(ascii: "["): return try parseArray(path: path)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"):
            try expect("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try expect("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try expect("null")
            return .null
        default: return .number(try parseNumber())
        }
    }

    private mutating func expect(_ word: StaticString) throws(Failure) {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count,
            memcmp(bytes.baseAddress! + index, word.utf8Start, count) == 0
        else { throw fail("invalid literal") }
        index += count
    }

    private mutating func enter() throws(Failure) {
        depth += 1
        if depth > Limits.maxJSONDepth { throw fail("nesting deeper than \(Limits.maxJSONDepth) levels") }
    }

    private mutating func parseObject(path: String?) throws(Failure) -> FieldValue {
        try enter()
        index += 1
        var fields: [Record.Field] = []
        var names: Set<String> = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return .object(Record(fields: fields))
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw fail("expected a quoted key") }
            let keyStart = index
            let key = try parseString()
            keyCount += 1
            if keyCount > Limits.maxFieldsPerRecord {
                throw fail("record has more than \(Limits.maxFieldsPerRecord) keys (the limit)")
            }
            if index - keyStart - 2 > Limits.maxFieldNameBytes {
                index = keyStart
                throw fail("a key of \(key.utf8.count) bytes is longer than field names may be (\(Limits.maxFieldNameBytes) bytes)")
            }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw fail("expected ':' after a key") }
            index += 1
            skipWhitespace()
            let value = try parseValue(path: path.map { "\($0).\(key)" } ?? key)
            // Small objects are searched; large ones keep a set, so many keys stay linear.
            if fields.count == 16 { names = Set(fields.map(\.name)) }
            let isDuplicate = fields.count < 16 ? fields.contains { $0.name == key } : !names.insert(key).inserted
            if isDuplicate {
                duplicateKeys.append(path.map { "\($0).\(key)" } ?? key)
            } else {
                fields.append(Record.Field(name: key, value: value))
            }
            skipWhitespace()
            guard index < bytes.count else { throw fail("unexpected end inside an object") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "}") {
                index += 1
                break
            }
            throw fail("expected ',' or '}'")
        }
        depth -= 1
        return .object(Record(fields: fields))
    }

    private mutating func parseArray(path: String?) throws(Failure) -> FieldValue {
        try enter()
        index += 1
        var items: [FieldValue] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return .array(items)
        }
        while true {
            skipWhitespace()
            items.append(try parseValue(path: path))
            skipWhitespace()
            guard index < bytes.count else { throw fail("unexpected end inside a list") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "]") {
                index += 1
                break
            }
            throw fail("expected ',' or ']'")
        }
        depth -= 1
        return .array(items)
    }

    private mutating func parseString() throws(Failure) -> String {
        index += 1
        let start = index
        // Fast path: no escapes.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<index])
                index += 1
                return decode(slice)
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw fail("control character inside a string") }
            index += 1
        }
        var scratch = Array(bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return scratch.withUnsafeBufferPointer { decode($0) }
            }
            if byte < 0x20 { throw fail("control character inside a string") }
            if byte != UInt8(ascii: "\\") {
                scratch.append(byte)
                index += 1
                continue
            }
            guard index + 1 < bytes.count else { break }
            let escape = bytes[index + 1]
            index += 2
            switch escape {
            case UInt8(ascii: "\""): scratch.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): scratch.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "/"): scratch.append(UInt8(ascii: "/"))
            case UInt8(ascii: "b"): scratch.append(0x08)
            case UInt8(ascii: "f"): scratch.append(0x0C)
            case UInt8(ascii: "n"): scratch.append(0x0A)
            case UInt8(ascii: "r"): scratch.append(0x0D)
            case UInt8(ascii: "t"): scratch.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800...0xDBFF).contains(scalar), index + 1 < bytes.count,
                    bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
                {
                    index += 2
                    let low = try hex4()
                    if (0xDC00...0xDFFF).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        scalar = 0xFFFD
                    }
                }
                let character = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                scratch.append(contentsOf: Array(String(character).utf8))
            default:
                throw fail("invalid escape in a string")
            }
        }
        throw fail("string is never closed")
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard index + 4 <= bytes.count else { throw fail("incomplete \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw fail("invalid \\u escape")
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    private mutating func decode(_ slice: UnsafeBufferPointer<UInt8>) -> String {
        if invalidUTF8Guess == nil, !UTF8Validation.isValid(slice) { invalidUTF8Guess = InputEncoding.legacyGuess(for: slice) }
        return String(decoding: slice, as: UTF8.self)
    }

    private mutating func parseNumber() throws(Failure) -> String {
        let start = index
        func digits(_ parser: inout JSONParser) -> Int {
            let from = parser.index
            while parser.index < parser.bytes.count, parser.bytes[parser.index] &- UInt8(ascii: "0") < 10 { parser.index += 1 }
            return parser.index - from
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        let integerStart = index
        guard digits(&self) > 0 else { throw fail("invalid value") }
        if bytes[integerStart] == UInt8(ascii: "0"), index - integerStart > 1 { throw fail("number with a leading zero") }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits(&self) > 0 else { throw fail("number with no digits after '.'") }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits(&self) > 0 else { throw fail("number with no exponent digits") }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }
}
