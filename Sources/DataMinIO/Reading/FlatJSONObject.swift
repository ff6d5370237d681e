@_spi(Readers) import DataMinCore

/// Lays out the common JSON record in one pass: an object whose members are each a string
/// (keys without escapes), a number, `true`, `false` or `null`, with no key twice, the whole
/// record valid UTF-8.
///
/// Most records of a CRM export are such objects. ``JSONParser`` reads any JSON through a
/// builder, a call per key, value and object; this loop writes each member's node directly
/// and finds the end of a string a word at a time. At anything else (a nested object or
/// list, an escaped key, a repeated key, a key or a key count past ``Limits``, invalid UTF-8,
/// a syntax error) it gives up and takes back what it laid out, and the caller parses the record with ``JSONParser``,
/// which says what is wrong with it. For the records this accepts, both lay out the same
/// members: the same keys, kinds, values and ends (`FlatJSONObjectTests` compares the two).
/// Only where the text sits may differ: the parser appends a boolean's word after the copy,
/// this points into the copy.
struct FlatJSONObject {
    /// Up to this many keys, repeats are found by a 64-bit filter and comparing the few keys
    /// it cannot tell apart; a record with more moves its keys to ``keySlots``.
    static let fewKeys = 16

    /// The keys of the record being laid out, by a hash of their bytes: each slot holds the
    /// record's stamp in its high half and the member's index in the record in its low half.
    /// A slot from an earlier record (another stamp) is empty, so nothing is cleared. Made
    /// at the first record with more than ``fewKeys`` keys, and grown to stay at most a
    /// quarter full after each move.
    private var keySlots: [UInt64] = []
    private var stamp: UInt64 = 0

    /// Appends a node per member of the object `text` to `nodes`, each key and value a range
    /// of the copy of `text` at `offset` in `bytes` (or, for a value with escapes, of its
    /// text appended to `bytes` with them undone); false, with `nodes` and `bytes` as they
    /// were, when `text` is not such an object.
    mutating func layOut(_ text: UTF8Bytes, copiedAt offset: Int, nodes: inout [JSONNode], bytes: inout [UInt8]) -> Bool {
        let mark = (nodes: nodes.count, bytes: bytes.count)
        guard UTF8Validation.isValid(text), layOutMembers(text, copiedAt: offset, nodes: &nodes, bytes: &bytes) else {
            nodes.removeSubrange(mark.nodes...)
            bytes.removeSubrange(mark.bytes...)
            return false
        }
        return true
    }

    private mutating func layOutMembers(_ text: UTF8Bytes, copiedAt offset: Int, nodes: inout [JSONNode], bytes: inout [UInt8]) -> Bool {
        let first = nodes.count
        var index = JSONGrammar.skipWhitespace(text, from: 0)
        guard index < text.count, text[index] == UInt8(ascii: "{") else { return false }
        index = JSONGrammar.skipWhitespace(text, from: index + 1)
        if index < text.count, text[index] == UInt8(ascii: "}") { return JSONGrammar.skipWhitespace(text, from: index + 1) == text.count }
        // One bit per key of the first few, chosen by its length and first and last bytes:
        // a key whose bit is clear is no repeat, and most keys are told so at once.
        var seen: UInt64 = 0
        while true {
            guard index < text.count, text[index] == UInt8(ascii: "\"") else { return false }
            let keyEnd = JSONGrammar.plainRunEnd(text, from: index + 1)
            guard keyEnd < text.count, text[keyEnd] == UInt8(ascii: "\""), keyEnd - index - 1 <= Limits.maxFieldNameBytes,
                nodes.count - first < Limits.maxFieldsPerRecord
            else { return false }
            if nodes.count - first < Self.fewKeys {
                let count = keyEnd - index - 1
                let print = count == 0 ? 0 : count << 16 | Int(text[index + 1]) << 8 | Int(text[keyEnd - 1])
                let bit: UInt64 = 1 << UInt64((UInt32(truncatingIfNeeded: print) &* 0x9E37_79B1) >> 26)
                if seen & bit != 0 {
                    let key = text.view((index + 1)..<keyEnd)
                    for node in nodes[first...] where node.key.count == count {
                        if text.view((node.key.lowerBound - offset)..<(node.key.upperBound - offset)).equals(key) { return false }
                    }
                }
                seen |= bit
            } else {
                if nodes.count - first == Self.fewKeys || 2 * (nodes.count - first) >= keySlots.count {
                    tabulateKeys(of: nodes, from: first, in: text, offset: offset)
                }
                guard insertKey((index + 1)..<keyEnd, of: text, nodes: nodes, first: first, offset: offset) else { return false }
            }
            let key = (offset + index + 1, offset + keyEnd)
            index = JSONGrammar.skipWhitespace(text, from: keyEnd + 1)
            guard index < text.count, text[index] == UInt8(ascii: ":") else { return false }
            index = JSONGrammar.skipWhitespace(text, from: index + 1)
            guard index < text.count else { return false }
            // The value's offsets in the copy; a null's are 0, as JSONParser lays it out.
            var value = (start: offset + index, end: 0)
            let kind: RecordContext.ValueKind
            switch text[index] {
            case UInt8(ascii: "\""):
                let end = JSONGrammar.plainRunEnd(text, from: index + 1)
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
                    guard (try? JSONGrammar.decodeString(text, at: &index, into: &bytes)) != nil else { return false }
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
                guard (try? JSONGrammar.number(text, at: &index)) != nil else { return false }
                (value.end, kind) = (offset + index, .number)
            }
            nodes.append(
                JSONNode(key: key.0, keyEnd: key.1, value: value.start, valueEnd: value.end, kind: kind, end: nodes.count + 1))
            index = JSONGrammar.skipWhitespace(text, from: index)
            guard index < text.count else { return false }
            if text[index] == UInt8(ascii: "}") { return JSONGrammar.skipWhitespace(text, from: index + 1) == text.count }
            guard text[index] == UInt8(ascii: ",") else { return false }
            index = JSONGrammar.skipWhitespace(text, from: index + 1)
        }
    }

    /// Moves the record's keys so far, all different, into ``keySlots`` under a new stamp,
    /// growing it to four slots a key: the table is rebuilt each time the record doubles its
    /// keys, so its cost stays linear in them.
    private mutating func tabulateKeys(of nodes: [JSONNode], from first: Int, in text: UTF8Bytes, offset: Int) {
        let size = 1 << (Int.bitWidth - (4 * (nodes.count - first) - 1).leadingZeroBitCount)
        stamp += 1
        if keySlots.count < size || stamp == 1 << 32 {
            keySlots = [UInt64](repeating: 0, count: max(size, keySlots.count))
            stamp = 1
        }
        for member in first..<nodes.count {
            let key = nodes[member].key
            _ = insertKey(
                (key.lowerBound - offset)..<(key.upperBound - offset), of: text, nodes: nodes, first: first, offset: offset,
                count: member - first)
        }
    }

    /// Records the key at `range` of `text` as the record's member number `count` (by
    /// default the next); false when the record already has it. The record's members so far
    /// are `nodes[first...]`, their keys at `offset` past their place in `text`.
    private mutating func insertKey(
        _ range: Range<Int>, of text: UTF8Bytes, nodes: [JSONNode], first: Int, offset: Int, count: Int? = nil
    ) -> Bool {
        let mask = keySlots.count - 1
        var slot = Self.hash(range, of: text) & mask
        while true {
            let entry = keySlots[slot]
            guard entry >> 32 == stamp else {
                keySlots[slot] = stamp << 32 | UInt64(count ?? nodes.count - first)
                return true
            }
            let other = nodes[first + Int(truncatingIfNeeded: entry & 0xFFFF_FFFF)].key
            if other.count == range.count, text.view((other.lowerBound - offset)..<(other.upperBound - offset)).equals(text.view(range)) {
                return false
            }
            slot = (slot + 1) & mask
        }
    }

    /// A hash of a key's length and of its first and last eight bytes (all of a shorter
    /// key's): keys that differ only in their middle share it and are compared.
    @inline(__always)
    private static func hash(_ range: Range<Int>, of text: UTF8Bytes) -> Int {
        var hash = UInt64(range.count) &* 0x9E37_79B9_7F4A_7C15
        if range.count >= 8 {
            hash = (hash ^ text.word(at: range.lowerBound)) &* 0xBF58_476D_1CE4_E5B9
            hash = (hash ^ text.word(at: range.upperBound - 8)) &* 0x94D0_49BB_1331_11EB
        } else {
            for index in range { hash = (hash ^ UInt64(text[index])) &* 0x100_0000_01B3 }
        }
        return Int(truncatingIfNeeded: (hash ^ hash >> 29) >> 20)
    }
}
