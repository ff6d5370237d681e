@_spi(Readers) import DataMinCore

/// Lays out the common JSON record in one pass: an object whose members are each a string
/// (keys without escapes), a number, `true`, `false` or `null`, with no key twice, the whole
/// record valid UTF-8.
///
/// Most records of a CRM export are such objects. ``JSONParser`` reads any JSON through a
/// builder, a call per key, value and object; this loop writes each member's node directly
/// and finds the end of a string a word at a time. At anything else (a nested object or
/// list, an escaped key, a repeated key, a key or a key count past ``Limits``, invalid UTF-8,
/// a syntax error) it gives up and takes back what it laid out, and the caller parses the
/// record with ``JSONParser``, which says what is wrong with it. For the records this
/// accepts, both lay out the same members: the same keys, kinds, values and ends
/// (`FlatJSONObjectTests` compares the two). Only where the text sits may differ: the
/// parser appends a boolean's word after the copy, this points into the copy.
struct FlatJSONObject {
    /// Up to this many keys, repeats are found by a 64-bit filter and comparing the few keys
    /// it cannot tell apart; a record with more moves its keys to ``keySlots``.
    static let fewKeys = 16

    /// The keys of the record being laid out, by a hash of their bytes: each slot holds a
    /// stamp in its high half and the member's index in the record in its low half. Each
    /// filling of the table takes a new stamp, so a slot with another is empty and nothing
    /// is cleared. Made at the first record with more than ``fewKeys`` keys; filled anew,
    /// and grown to eight slots a key, whenever a record fills a quarter of it, since runs of
    /// taken slots grow long in a fuller table. Bounded by ``Limits/maxFieldsPerRecord``: at
    /// most 65,536 slots (512 KiB), kept with the batch's builder once a record needed them.
    private var keySlots: [UInt64] = []
    private var stamp: UInt64 = 0
    /// How many taken slots in a row a key may pass: more means keys made to share a hash
    /// (or rare bad luck), and the record goes to ``JSONParser``, whose set of keys is hashed
    /// with a seed of its own; so no record costs more than a bounded number of compares per
    /// key.
    static let maxProbes = 64
    /// Chosen per process, so no file can be written to make its keys share a hash here.
    private static let seed = UInt64.random(in: .min ... .max)

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
                if nodes.count - first == Self.fewKeys || 4 * (nodes.count - first) >= keySlots.count {
                    guard tabulateKeys(of: nodes, from: first, in: text, offset: offset) else { return false }
                }
                guard insertKey((index + 1)..<keyEnd, of: text, nodes: nodes, first: first, offset: offset) == true else { return false }
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
    /// growing it to eight slots a key: the table is filled anew each time the record doubles
    /// its keys, and with ``maxProbes`` its cost stays linear in them. False when a key
    /// passes too many taken slots.
    private mutating func tabulateKeys(of nodes: [JSONNode], from first: Int, in text: UTF8Bytes, offset: Int) -> Bool {
        let size = 1 << (Int.bitWidth - (8 * (nodes.count - first) - 1).leadingZeroBitCount)
        stamp += 1
        if keySlots.count < size || stamp == 1 << 32 {
            keySlots = [UInt64](repeating: 0, count: max(size, keySlots.count))
            stamp = 1
        }
        for member in first..<nodes.count {
            let key = nodes[member].key
            let inserted = insertKey(
                (key.lowerBound - offset)..<(key.upperBound - offset), of: text, nodes: nodes, first: first, offset: offset,
                count: member - first)
            guard inserted != nil else { return false }
        }
        return true
    }

    /// Records the key at `range` of `text` as the record's member number `count` (by
    /// default the next): true when it is new, false when the record already has it, nil
    /// when it passes ``maxProbes`` taken slots. The record's members so far are
    /// `nodes[first...]`, their keys at `offset` past their place in `text`.
    private mutating func insertKey(
        _ range: Range<Int>, of text: UTF8Bytes, nodes: [JSONNode], first: Int, offset: Int, count: Int? = nil
    ) -> Bool? {
        let mask = keySlots.count - 1
        var slot = Self.hash(range, of: text) & mask
        for _ in 0..<Self.maxProbes {
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
        return nil
    }

    /// A seeded hash of all of a key's bytes, eight at a time (a shorter key's one by one).
    @inline(__always)
    private static func hash(_ range: Range<Int>, of text: UTF8Bytes) -> Int {
        var hash = seed ^ UInt64(range.count) &* 0x9E37_79B9_7F4A_7C15
        var index = range.lowerBound
        while index + 8 <= range.upperBound {
            hash = (hash ^ text.word(at: index)) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 31
            index += 8
        }
        if index < range.upperBound {
            // The last eight bytes, overlapping those already hashed; a key shorter than eight
            // is taken a byte at a time, as a word would reach past the text.
            if range.count >= 8 {
                hash = (hash ^ text.word(at: range.upperBound - 8)) &* 0x94D0_49BB_1331_11EB
            } else {
                for index in range { hash = (hash ^ UInt64(text[index])) &* 0x100_0000_01B3 }
            }
        }
        return Int(truncatingIfNeeded: ((hash ^ hash >> 29) &* 0x9E37_79B9_7F4A_7C15) >> 20)
    }
}
