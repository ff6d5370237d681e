@_spi(Readers) import DataMinCore

/// JSON records read together: every record's members laid out as ``JSONNode``s over one
/// byte buffer, so a batch of thousands of records costs a few arrays, not a string per
/// value. The engine reads them with ``Validator/evaluate(items:of:bytes:purpose:item:)``.
package struct JSONBatch: Sendable {
    /// One record of the batch.
    package struct Item: Sendable {
        /// The 1-based data record number.
        package var number: Int
        /// The 1-based physical line the record starts on.
        package var line: Int
        /// The record's top-level members in ``JSONBatch/nodes``.
        package var members: Range<Int>
        /// Structural problems: `malformed-record`, `encoding-error`, `duplicate-field`.
        package let problems: [ReadProblem]
        /// True when the record could not be read as an object: its fields are not validated.
        /// Stored, so that the merge asks it of every record without reading ``problems``.
        package let isMalformed: Bool

        init(number: Int, line: Int, members: Range<Int>, problems: [ReadProblem]) {
            self.number = number
            self.line = line
            self.members = members
            self.problems = problems
            isMalformed = problems.contains { $0.check == .malformedRecord }
        }
    }

    package private(set) var items: [Item] = []
    private var builder = NodeBuilder()

    init() {}

    /// An empty batch with room for `bytes` of record text.
    init(reserving bytes: Int) {
        builder.reserve(bytes: bytes)
    }

    /// The members of every record, in order.
    package var nodes: [JSONNode] { builder.nodes }
    /// The keys and values the nodes point into.
    package var bytes: [UInt8] { builder.bytes }
    /// The bytes the batch holds, to bound its size.
    var byteCount: Int { builder.bytes.count + builder.nodes.count * MemoryLayout<JSONNode>.stride }
}

extension JSONBatch: JSONRecordSink {
    package mutating func add(json text: UTF8Bytes, number: Int, line: Int, column: Int, encoding: InputEncoding) -> Bool {
        let mark = builder.mark
        builder.copySource(text)
        if builder.layOutFlatObject(text) {
            items.append(Item(number: number, line: line, members: mark.nodes..<builder.nodes.count, problems: []))
            return true
        }
        switch JSONParser.parse(text, into: &builder) {
        case .failure(let failure):
            builder.rollBack(to: mark)
            items.append(
                Item(
                    number: number, line: line, members: noMembers,
                    problems: [JSONRecordBuilder.notJSON(failure, line: line, column: column)]))
            return false
        case .success(let parsed):
            guard parsed.value.kind == .object else {
                builder.rollBack(to: mark)
                items.append(
                    Item(number: number, line: line, members: noMembers, problems: [JSONRecordBuilder.notAnObject(parsed.value.kind)]))
                return false
            }
            let problems = JSONRecordBuilder.problems(
                duplicateKeys: parsed.duplicateKeys, invalidUTF8: parsed.invalidUTF8, encoding: encoding)
            items.append(Item(number: number, line: line, members: mark.nodes..<builder.nodes.count, problems: problems))
            return true
        }
    }

    package mutating func add(_ problem: ReadProblem, number: Int, line: Int, rawText: String?) {
        items.append(Item(number: number, line: line, members: noMembers, problems: [problem]))
    }

    /// The members of a record that has none: an empty range after the nodes so far, so
    /// dropping the record drops no other record's nodes.
    private var noMembers: Range<Int> { builder.nodes.count..<builder.nodes.count }

    package mutating func dropLast() {
        let item = items.removeLast()
        builder.rollBack(to: (nodes: item.members.lowerBound, bytes: builder.bytes.count))
    }
}

/// Lays JSON values out as nodes: the members of objects that are not inside a list, each
/// with its key and value copied into one byte buffer. Members inside lists and repeated
/// keys get no node (no check reads them); their keys are still kept, to find repeats.
struct NodeBuilder: JSONBuilder {
    struct Value {
        var kind: RecordContext.ValueKind
        var text: Range<Int>
    }

    struct Member {
        /// The member's node; nil when it has none (inside a list, or a repeated key).
        var node: Int?
        var isRepeated: Bool
    }

    /// An object being read.
    struct Object {
        /// Where its keys start in ``NodeBuilder/keys``.
        var start: Int
        /// One bit per key read so far, chosen by the key's print: a key whose bit is clear
        /// is no repeat, and most keys are told so without looking at the others.
        var seen: UInt64 = 0
    }

    private(set) var nodes: [JSONNode] = []
    private(set) var bytes: [UInt8] = []
    /// The keys of the objects being read, innermost last, to find repeated keys; each with
    /// its length and first and last bytes, so that most keys are told apart without
    /// comparing their bytes.
    private var keys: [(range: Range<Int>, print: UInt32)] = []
    /// Where the keys of each object being read start in ``keys``, outermost first: the key
    /// before each start (but the first) is the member the object is the value of.
    private var objectStarts: [Int] = []
    /// The keys of objects being read that have more than a few, by where their keys start
    /// in ``keys``: many keys stay linear.
    private var keySets: [Int: Set<[UInt8]>] = [:]
    /// The one-pass layout of flat objects, kept for its table of keys.
    private var flat = FlatJSONObject()
    /// How many lists and repeated members enclose the value being read: above 0 no nodes
    /// and no values are kept.
    private var quiet = 0
    /// Where the text being parsed is in memory (an address, so a batch stays `Sendable`;
    /// it means nothing once the parse ends), its length, and where its copy starts in
    /// ``bytes``: keys and values spelled there as they are (most) point into the copy.
    private var source = (address: 0, count: 0, offset: 0)

    /// Copies the text about to be parsed into ``bytes``, once.
    mutating func copySource(_ text: UTF8Bytes) {
        source = (text.address, text.count, bytes.count)
        bytes += text
    }

    /// Lays out the text just copied in one pass when it is a flat object of plain members
    /// (``FlatJSONObject``); false, with nothing laid out, when it needs ``JSONParser``.
    mutating func layOutFlatObject(_ text: UTF8Bytes) -> Bool {
        flat.layOut(text, copiedAt: source.offset, nodes: &nodes, bytes: &bytes)
    }

    /// The range in ``bytes`` of `text`: inside the copy of the source when it lies in the
    /// source, else appended.
    @inline(__always)
    private mutating func place(_ text: UTF8Bytes) -> Range<Int> {
        if let inSource = text.offset(from: source.address, count: source.count) {
            let offset = source.offset + inSource
            return offset..<(offset + text.count)
        }
        return append(text)
    }

    /// Appends `text` to ``bytes``: the rare key or value with escapes or invalid UTF-8.
    @inline(never)
    private mutating func append(_ text: UTF8Bytes) -> Range<Int> {
        let start = bytes.count
        bytes += text
        return start..<bytes.count
    }

    mutating func reserve(bytes count: Int) {
        bytes.reserveCapacity(count + count / 8)
        nodes.reserveCapacity(count / 24)
    }

    /// Where the next record starts, to roll back a record that is not an object.
    var mark: (nodes: Int, bytes: Int) { (nodes.count, bytes.count) }

    /// Removes what was laid out after `mark`, and what a parse that failed halfway left.
    mutating func rollBack(to mark: (nodes: Int, bytes: Int)) {
        nodes.removeSubrange(mark.nodes...)
        bytes.removeSubrange(mark.bytes...)
        keys.removeAll(keepingCapacity: true)
        objectStarts.removeAll(keepingCapacity: true)
        source = (0, 0, 0)
        keySets = [:]
        quiet = 0
    }

    private mutating func keep(_ text: UTF8Bytes, as kind: RecordContext.ValueKind) -> Value {
        guard quiet == 0 else { return Value(kind: kind, text: 0..<0) }
        return Value(kind: kind, text: place(text))
    }

    mutating func string(_ text: UTF8Bytes) -> Value { keep(text, as: .string) }
    mutating func number(_ text: UTF8Bytes) -> Value { keep(text, as: .number) }

    mutating func bool(_ value: Bool) -> Value {
        let word: StaticString = value ? "true" : "false"
        return keep(UTF8Bytes(word), as: .bool)
    }

    func null() -> Value { Value(kind: .null, text: 0..<0) }

    mutating func beginObject() -> Object {
        objectStarts.append(keys.count)
        return Object(start: keys.count)
    }

    mutating func beginMember(_ key: UTF8Bytes, of object: inout Object) -> Member {
        let range = place(key)
        let isRepeated: Bool
        let print = key.isEmpty ? 0 : UInt32(truncatingIfNeeded: key.count) << 16 | UInt32(key[0]) << 8 | UInt32(key[key.count - 1])
        // The top six bits of a multiplicative hash of the print.
        let bit: UInt64 = 1 << UInt64((print &* 0x9E37_79B1) >> 26)
        if keys.count - object.start < 16 {
            isRepeated =
                object.seen & bit != 0 && keys[object.start...].contains { $0.print == print && bytes.equalRanges($0.range, range) }
        } else {
            isRepeated = isRepeatedAmongMany(range, in: object)
        }
        object.seen |= bit
        keys.append((range, print))
        guard quiet == 0, !isRepeated else {
            quiet += 1
            return Member(node: nil, isRepeated: isRepeated)
        }
        nodes.append(JSONNode(key: range, end: nodes.count + 1))
        return Member(node: nodes.count - 1, isRepeated: false)
    }

    /// True when the key at `range` in ``bytes`` is one `object` already has, for an object
    /// of more keys than are compared one by one: looked up in a set of its keys.
    @inline(never)
    private mutating func isRepeatedAmongMany(_ range: Range<Int>, in object: Object) -> Bool {
        if keySets[object.start] == nil { keySets[object.start] = Set(keys[object.start...].map { Array(bytes[$0.range]) }) }
        return !keySets[object.start, default: []].insert(Array(bytes[range])).inserted
    }

    func isRepeated(_ member: Member) -> Bool { member.isRepeated }

    /// The dotted path of the member just read: the keys of the members enclosing it, then its own.
    func path(of member: Member) -> String {
        var path = objectStarts.dropFirst().map { keys[$0 - 1].range }
        if let own = keys.last { path.append(own.range) }
        return path.map { String(decoding: bytes[$0], as: UTF8.self) }.joined(separator: ".")
    }

    mutating func end(_ member: Member, value: Value, of object: inout Object) {
        guard let node = member.node else {
            quiet -= 1
            return
        }
        nodes[node].set(value: value.text, kind: value.kind, end: nodes.count)
    }

    mutating func end(_ object: Object) -> Value {
        keys.removeSubrange(object.start...)
        if !keySets.isEmpty { keySets[object.start] = nil }
        objectStarts.removeLast()
        return Value(kind: .object, text: 0..<0)
    }

    mutating func beginList() {
        quiet += 1
    }

    func append(_ value: Value, to list: inout Void) {}

    mutating func end(_ list: Void) -> Value {
        quiet -= 1
        return Value(kind: .array, text: 0..<0)
    }
}

extension [UInt8] {
    /// True when the bytes in `a` equal those in `b`.
    fileprivate func equalRanges(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        guard a.count == b.count else { return false }
        for offset in 0..<a.count where self[a.lowerBound + offset] != self[b.lowerBound + offset] { return false }
        return true
    }
}
