@_spi(Readers) import DataMinCore

/// What a JSON parse failed on and where, never the text; ``JSONParser`` places it
/// (``JSONGrammar``'s reads leave that to it).
struct JSONFailure: Error {
    /// What is wrong.
    var what: String
    /// Line breaks in the value before the failure: 0 on the value's first line.
    var lineBreaks = 0
    /// The 1-based byte column of the failure: from the value's first byte on its first
    /// line, else from the start of its line; nil until the parser places it.
    var column: Int?

    init(message: String) { what = message }

    /// What is wrong and where, for a value read on its own (a library call, a request).
    var message: String { message(startingOn: 1, column: 1) }

    /// What is wrong and where in the file, for a value that starts at 1-based `line` and
    /// `startColumn` (in bytes).
    func message(startingOn line: Int, column startColumn: Int) -> String {
        guard let column else { return what }
        if lineBreaks == 0 { return "\(what) at column \(startColumn + column - 1)" }
        return "\(what) at line \(line + lineBreaks), column \(column)"
    }
}

/// Parses one JSON value from bytes, handing what it reads to a ``JSONBuilder`` in order
/// (keys in object order, numbers as written), and noting duplicate keys and invalid UTF-8
/// instead of failing on them.
struct JSONParser<Builder: JSONBuilder> {
    typealias Failure = JSONFailure

    private let bytes: UTF8Bytes
    private var builder: Builder
    /// The text of the string being read when it has escapes or invalid UTF-8.
    private var scratch: [UInt8] = []
    /// True when the whole value is well-formed UTF-8: its strings need no check of their own.
    private let isValidUTF8: Bool
    private var index = 0
    private var depth = 0
    /// Keys read so far in all objects of the value, against ``Limits/maxFieldsPerRecord``.
    private var keyCount = 0
    /// Dotted paths of keys that occur twice in one object.
    private(set) var duplicateKeys: [String] = []
    /// The legacy encoding the first string that is not valid UTF-8 fits; nil while all are valid.
    private(set) var invalidUTF8Guess: InputEncoding?

    /// Parses `bytes` as exactly one JSON value (surrounding whitespace allowed) into
    /// `builder`, or says why they are not JSON.
    static func parse(_ bytes: UTF8Bytes, into builder: inout Builder) -> Result<
        (value: Builder.Value, duplicateKeys: [String], invalidUTF8: InputEncoding?), Failure
    > {
        // Swapped in and out rather than copied: a copy would share the builder's arrays,
        // and the parser's first append would then copy them whole.
        var parser = JSONParser(bytes: bytes, builder: Builder())
        swap(&parser.builder, &builder)
        defer { swap(&parser.builder, &builder) }
        do { return .success(try parser.parseDocument()) } catch { return .failure(error) }
    }

    private init(bytes: UTF8Bytes, builder: Builder) {
        self.bytes = bytes
        self.builder = builder
        isValidUTF8 = UTF8Validation.isValid(bytes)
    }

    private mutating func parseDocument() throws(Failure) -> (value: Builder.Value, duplicateKeys: [String], invalidUTF8: InputEncoding?) {
        skipWhitespace()
        let value = try parseValue()
        skipWhitespace()
        guard index == bytes.count else { throw fail("unexpected text after the value") }
        return (value, duplicateKeys, invalidUTF8Guess)
    }

    private func fail(_ what: String) -> Failure {
        var failure = Failure(message: what)
        // Only a failed parse counts the lines before it; a record is rarely more than a few.
        var lineStart = 0
        for offset in 0..<min(index, bytes.count) where bytes[offset] == UInt8(ascii: "\n") {
            failure.lineBreaks += 1
            lineStart = offset + 1
        }
        failure.column = index - lineStart + 1
        return failure
    }

    private mutating func skipWhitespace() {
        index = JSONGrammar.skipWhitespace(bytes, from: index)
    }

    private mutating func parseValue() throws(Failure) -> Builder.Value {
        guard index < bytes.count else { throw fail("unexpected end of JSON") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return try parseString()
        case UInt8(ascii: "t"):
            try expect("true")
            return builder.bool(true)
        case UInt8(ascii: "f"):
            try expect("false")
            return builder.bool(false)
        case UInt8(ascii: "n"):
            try expect("null")
            return builder.null()
        default: return try parseNumber()
        }
    }

    private mutating func expect(_ word: StaticString) throws(Failure) {
        let count = word.utf8CodeUnitCount
        guard bytes.matches(word, at: index) else { throw fail("invalid literal") }
        index += count
    }

    private mutating func enter() throws(Failure) {
        depth += 1
        if depth > Limits.maxJSONDepth { throw fail("nesting deeper than \(Limits.maxJSONDepth) levels") }
    }

    private mutating func parseObject() throws(Failure) -> Builder.Value {
        try enter()
        index += 1
        var object = builder.beginObject()
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return builder.end(object)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw fail("expected a quoted key") }
            let keyStart = index
            let member: Builder.Member
            if let range = try readString() {
                member = builder.beginMember(bytes.view(range), of: &object)
            } else {
                let key = scratch
                member = key.withUTF8Bytes { builder.beginMember($0, of: &object) }
            }
            keyCount += 1
            if keyCount > Limits.maxFieldsPerRecord {
                throw fail("record has more than \(Limits.maxFieldsPerRecord) keys (the limit)")
            }
            // Measured as written, escapes and all, as the message says and FlatJSONObject measures.
            let written = index - keyStart - 2
            if written > Limits.maxFieldNameBytes {
                index = keyStart
                throw fail("a key of \(written) bytes is longer than field names may be (\(Limits.maxFieldNameBytes) bytes)")
            }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw fail("expected ':' after a key") }
            index += 1
            skipWhitespace()
            let value = try parseValue()
            if builder.isRepeated(member) { duplicateKeys.append(builder.path(of: member)) }
            builder.end(member, value: value, of: &object)
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
        return builder.end(object)
    }

    private mutating func parseArray() throws(Failure) -> Builder.Value {
        try enter()
        index += 1
        var list = builder.beginList()
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return builder.end(list)
        }
        while true {
            skipWhitespace()
            builder.append(try parseValue(), to: &list)
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
        return builder.end(list)
    }

    /// Reads a string value into the builder.
    private mutating func parseString() throws(Failure) -> Builder.Value {
        if let range = try readString() { return builder.string(bytes.view(range)) }
        let text = scratch
        return text.withUTF8Bytes { builder.string($0) }
    }

    /// Reads a string: the range of its text in the input, or nil when its text is in
    /// ``scratch`` (it has escapes, or invalid UTF-8 that was replaced by U+FFFD).
    private mutating func readString() throws(Failure) -> Range<Int>? {
        let range = try scanString()
        if let range, isValidUTF8 || UTF8Validation.isValid(bytes.view(range)) { return range }
        if let range { scratch = Array(bytes[range]) }
        if !isValidUTF8, !scratch.withUTF8Bytes(UTF8Validation.isValid) {
            if invalidUTF8Guess == nil { invalidUTF8Guess = InputEncoding.legacyGuess(for: scratch) }
            scratch = Array(String(decoding: scratch, as: UTF8.self).utf8)
        }
        return nil
    }

    /// Reads a string: the range of its bytes in the input when it has no escapes; nil when
    /// it has, its text (escapes undone) then in ``scratch``.
    private mutating func scanString() throws(Failure) -> Range<Int>? {
        index += 1
        let start = index
        // Fast path: no escapes.
        index = JSONGrammar.plainRunEnd(bytes, from: index)
        if index < bytes.count {
            if bytes[index] == UInt8(ascii: "\"") {
                index += 1
                return start..<(index - 1)
            }
            if bytes[index] < 0x20 { throw fail("control character inside a string") }
        }
        scratch.removeAll(keepingCapacity: true)
        scratch += bytes[start..<index]
        do { try JSONGrammar.decodeString(bytes, at: &index, into: &scratch) } catch { throw fail(error.what) }
        return nil
    }

    private mutating func parseNumber() throws(Failure) -> Builder.Value {
        let start = index
        do { try JSONGrammar.number(bytes, at: &index) } catch { throw fail(error.what) }
        return builder.number(bytes.view(start..<index))
    }
}
