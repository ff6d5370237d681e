@_spi(Readers) import DataMinCore

/// Lays out the common JSON record in one pass: an object whose members are strings (keys
/// without escapes), numbers, `true`, `false` or `null`, with no key twice, in valid UTF-8.
///
/// Most records of a CRM export are such objects. ``JSONParser`` reads any JSON through a
/// builder, a call per key, value and object; this loop writes each member's node directly
/// and finds the end of a string a word at a time. At anything else (a nested object or list,
/// an escaped key, a repeated key, a syntax error) it gives up and takes back what it laid
/// out, and the caller parses the record with ``JSONParser``, which lays out the same nodes
/// for the records this accepts (`FlatJSONObjectTests` compares the two) and says what is
/// wrong with the rest.
struct FlatJSONObject {
    /// The members' nodes, appended to.
    var nodes: [JSONNode]
    /// The batch's bytes, which hold the copy of the text; a value with escapes is appended
    /// with them undone.
    var bytes: [UInt8]

    /// Appends a node per member of the object `text`, each key and value a range of the
    /// copy of `text` at `offset` in ``bytes`` (or of the text appended for a value with
    /// escapes); false, with ``nodes`` and ``bytes`` as they were, when `text` is not such
    /// an object.
    mutating func layOut(_ text: UTF8Bytes, copiedAt offset: Int) -> Bool {
        let mark = (nodes: nodes.count, bytes: bytes.count)
        guard UTF8Validation.isValid(text), layOutMembers(text, copiedAt: offset) else {
            nodes.removeSubrange(mark.nodes...)
            bytes.removeSubrange(mark.bytes...)
            return false
        }
        return true
    }

    private mutating func layOutMembers(_ text: UTF8Bytes, copiedAt offset: Int) -> Bool {
        let first = nodes.count
        var index = Self.skipWhitespace(text, from: 0)
        guard index < text.count, text[index] == UInt8(ascii: "{") else { return false }
        index = Self.skipWhitespace(text, from: index + 1)
        if index < text.count, text[index] == UInt8(ascii: "}") { return Self.skipWhitespace(text, from: index + 1) == text.count }
        // One bit per key, chosen as NodeBuilder chooses it: a key whose bit is clear is no repeat.
        var seen: UInt64 = 0
        while true {
            guard let key = Self.plainKey(text, at: index), key.count <= Limits.maxFieldNameBytes else { return false }
            let count = key.count
            let print =
                count == 0
                ? 0 : UInt32(truncatingIfNeeded: count) << 16 | UInt32(text[key.lowerBound]) << 8 | UInt32(text[key.upperBound - 1])
            let bit: UInt64 = 1 << UInt64((print &* 0x9E37_79B1) >> 26)
            if seen & bit != 0 {
                // The bits fill up as keys come: past 64 a record would compare each key with
                // most others, so it goes to JSONParser, which keeps a set of them.
                guard nodes.count - first < 64 else { return false }
                let view = text.view(key)
                for node in nodes[first...] where node.key.count == count {
                    if text.view((node.key.lowerBound - offset)..<(node.key.upperBound - offset)).equals(view) { return false }
                }
            }
            seen |= bit
            guard nodes.count - first < Limits.maxFieldsPerRecord else { return false }
            index = Self.skipWhitespace(text, from: key.upperBound + 1)
            guard index < text.count, text[index] == UInt8(ascii: ":") else { return false }
            index = Self.skipWhitespace(text, from: index + 1)
            guard index < text.count else { return false }
            // The value's offsets in the copy; a null's are 0, as JSONParser lays it out.
            var value = (start: offset + index, end: 0)
            let kind: RecordContext.ValueKind
            switch text[index] {
            case UInt8(ascii: "\""):
                let end = Self.stringEnd(text, at: index)
                guard end < text.count else { return false }
                if text[end] == UInt8(ascii: "\"") {
                    value = (offset + index + 1, offset + end)
                    index = end + 1
                } else {
                    // Notes hold quotes and line breaks, written as escapes: the text with them
                    // undone goes after the copy, as JSONParser places it.
                    value.start = bytes.count
                    bytes += text[(index + 1)..<end]
                    index = end
                    guard (try? JSONStringEscapes.decode(text, at: &index, into: &bytes)) != nil else { return false }
                    value.end = bytes.count
                }
                kind = .string
            case UInt8(ascii: "t"), UInt8(ascii: "f"):
                let word: StaticString = text[index] == UInt8(ascii: "t") ? "true" : "false"
                guard text.matches(word, at: index) else { return false }
                index += word.utf8CodeUnitCount
                (value.end, kind) = (offset + index, .bool)
            case UInt8(ascii: "n"):
                guard text.matches("null", at: index) else { return false }
                (value, kind) = ((0, 0), .null)
                index += 4
            default:
                guard let end = Self.numberEnd(text, at: index) else { return false }
                index = end
                (value.end, kind) = (offset + index, .number)
            }
            nodes.append(
                JSONNode(
                    key: offset + key.lowerBound, keyEnd: offset + key.upperBound, value: value.start, valueEnd: value.end, kind: kind,
                    end: nodes.count + 1))
            index = Self.skipWhitespace(text, from: index)
            guard index < text.count else { return false }
            if text[index] == UInt8(ascii: "}") { return Self.skipWhitespace(text, from: index + 1) == text.count }
            guard text[index] == UInt8(ascii: ",") else { return false }
            index = Self.skipWhitespace(text, from: index + 1)
        }
    }

    @inline(__always)
    private static func skipWhitespace(_ text: UTF8Bytes, from start: Int) -> Int {
        var index = start
        while index < text.count {
            switch text[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return index
            }
        }
        return index
    }

    /// The index of the first quote, backslash or control byte inside the string whose
    /// opening quote is at `index`, or the text's end.
    @inline(__always)
    private static func stringEnd(_ text: UTF8Bytes, at index: Int) -> Int {
        ByteScan.firstIndex(in: text, from: index + 1, of: UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "\""), orControl: true)
    }

    /// The text of the key whose opening quote is at `index`, when it ends before any escape
    /// or control byte.
    @inline(__always)
    private static func plainKey(_ text: UTF8Bytes, at index: Int) -> Range<Int>? {
        guard index < text.count, text[index] == UInt8(ascii: "\"") else { return nil }
        let end = stringEnd(text, at: index)
        guard end < text.count, text[end] == UInt8(ascii: "\"") else { return nil }
        return (index + 1)..<end
    }

    /// The end of the number at `start` as JSON writes one (RFC 8259 §6), or nil.
    private static func numberEnd(_ text: UTF8Bytes, at start: Int) -> Int? {
        var index = start
        func digits() -> Int {
            let from = index
            while index < text.count, text[index] &- UInt8(ascii: "0") < 10 { index += 1 }
            return index - from
        }
        if index < text.count, text[index] == UInt8(ascii: "-") { index += 1 }
        let integerStart = index
        let integerDigits = digits()
        guard integerDigits > 0, integerDigits == 1 || text[integerStart] != UInt8(ascii: "0") else { return nil }
        if index < text.count, text[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { return nil }
        }
        if index < text.count, text[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < text.count, text[index] == UInt8(ascii: "+") || text[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { return nil }
        }
        return index
    }
}
