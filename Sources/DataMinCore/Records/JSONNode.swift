/// One member of a JSON object as a reader lays it out for the engine: the key and the value
/// as byte ranges of one buffer, so a batch of records costs a few arrays instead of a
/// string per value. The engine turns the members into the record view the checks read.
///
/// An object's members follow it in order; each member's ``end`` is the index after its own
/// subtree, so the members of an object are found by jumping from one `end` to the next.
/// Lists are kept whole (``RecordContext/ValueKind/array``) with no members: no check reads
/// inside them.
///
/// Offsets are kept in 32 bits (a batch is far below 4 GiB), so a node takes 24 bytes.
package struct JSONNode: Sendable {
    private var keyStart: UInt32
    private var keyEnd: UInt32
    private var valueStart: UInt32 = 0
    private var valueEnd: UInt32 = 0
    private var endIndex: UInt32
    package var kind: RecordContext.ValueKind

    /// A member whose value is not read yet: see ``set(value:kind:end:)``.
    package init(key: Range<Int>, end: Int) {
        keyStart = UInt32(key.lowerBound)
        keyEnd = UInt32(key.upperBound)
        endIndex = UInt32(end)
        kind = .null
    }

    /// A member read whole, its key and value at the given byte offsets, its subtree ending
    /// before `end`.
    package init(key: Int, keyEnd: Int, value: Int, valueEnd: Int, kind: RecordContext.ValueKind, end: Int) {
        keyStart = UInt32(key)
        self.keyEnd = UInt32(keyEnd)
        valueStart = UInt32(value)
        self.valueEnd = UInt32(valueEnd)
        self.kind = kind
        endIndex = UInt32(end)
    }

    /// The key's bytes (escapes undone, invalid UTF-8 replaced by U+FFFD).
    package var key: Range<Int> { Int(keyStart)..<Int(keyEnd) }
    /// The value's bytes: a string's text (escapes undone, invalid UTF-8 replaced), a
    /// number as written, `true` or `false`; empty for null, lists and objects.
    package var value: Range<Int> { Int(valueStart)..<Int(valueEnd) }
    /// The index of the node after this one's subtree.
    package var end: Int { Int(endIndex) }

    /// Records the member's value once it has been read, and where its subtree ends.
    package mutating func set(value: Range<Int>, kind: RecordContext.ValueKind, end: Int) {
        valueStart = UInt32(value.lowerBound)
        valueEnd = UInt32(value.upperBound)
        self.kind = kind
        endIndex = UInt32(end)
    }
}

extension Validator {
    /// Runs the record checks on the `count` JSON objects of one batch a reader laid out as
    /// nodes over `bytes`, exactly as on the same objects read into ``Record``s, and returns
    /// each one's outcome in order. `item(index)` gives an object's members in `nodes` and
    /// where it is, or nil for one that is not checked (a malformed record), whose outcome is
    /// nil. Safe to call from many threads at once.
    ///
    /// One call per batch, as ``evaluate(rows:bytes:start:cells:layout:purpose:row:)``: the
    /// records share the scratch room, and each outcome is built where the array keeps it.
    package func evaluate(
        items count: Int, of nodes: [JSONNode], bytes: [UInt8], purpose: String?,
        item: (Int) -> (members: Range<Int>, location: RecordLocation)?
    ) -> [RowOutcome?] {
        // A node gives at most one entry: a record's nodes bound its entries.
        var widest = 0
        for index in 0..<count { widest = max(widest, item(index)?.members.count ?? 0) }
        var outcomes: [RowOutcome?] = []
        outcomes.reserveCapacity(count)
        bytes.withUTF8Bytes { bytes in
            Scratch<RecordContext.Entry>.with(capacity: widest) { entries in
                Scratch<Int32>.with(capacity: plan.fieldRules.count) { slots in
                    for index in 0..<count {
                        guard let (members, location) = item(index) else {
                            outcomes.append(nil)
                            continue
                        }
                        entries.removeAll()
                        var flattener = NodeFlattener(plan: plan, nodes: nodes, bytes: bytes)
                        flattener.add(members, prefix: [], into: &entries)
                        flattener.paths.withUTF8Bytes { paths in
                            for (entry, range) in flattener.pathNames { entries[entry].name = paths.view(range) }
                            RecordContext.with(entries: entries.elements, slots: &slots, purpose: purpose, plan: plan, tracksSubjects: true)
                            {
                                outcomes.append(RowOutcome(outcome: evaluate(&$0, location: location), keep: []))
                            }
                        }
                    }
                }
            }
        }
        return outcomes
    }
}

/// Matches the members of a laid-out JSON object to the policy's fields as the record view
/// of a ``Record`` does: a nested object under a declared prefix is looked into, its members
/// named by dotted paths.
private struct NodeFlattener {
    let plan: PolicyPlan
    let nodes: [JSONNode]
    let bytes: UTF8Bytes
    /// The dotted paths of undeclared nested members, which name their entries.
    private(set) var paths: [UInt8] = []
    /// Which entry each of ``paths`` names: set once the paths are complete, since a view
    /// into a growing array would not stay valid.
    private(set) var pathNames: [(entry: Int, range: Range<Int>)] = []

    init(plan: PolicyPlan, nodes: [JSONNode], bytes: UTF8Bytes) {
        self.plan = plan
        self.nodes = nodes
        self.bytes = bytes
    }

    /// Adds the entries of the members `range` of one object; `prefix` is the object's
    /// dotted path, empty at the top level.
    mutating func add(_ range: Range<Int>, prefix: [UInt8], into entries: inout Scratch<RecordContext.Entry>) {
        var matcher = FieldMatcher(plan: plan)
        var index = range.lowerBound
        while index < range.upperBound {
            let position = index
            let node = nodes[position]
            index = node.end
            let key = bytes.view(node.key)
            // Only nested members need their path spelled out.
            let path = prefix.isEmpty ? [] : prefix + [UInt8(ascii: ".")] + key
            let field = prefix.isEmpty ? matcher.field(key: key) : path.withUTF8Bytes { matcher.field(key: $0) }
            if field == nil, node.kind == .object || node.kind == .null {
                let full = prefix.isEmpty ? Array(key) : path
                if matcher.descends(into: String(decoding: full, as: UTF8.self)) {
                    // A null object of declared fields holds none of them: they are absent.
                    if node.kind == .object { add((position + 1)..<node.end, prefix: full, into: &entries) }
                    continue
                }
            }
            // A declared field is named by the policy; an undeclared one by its key or path.
            var name = UTF8Bytes()
            if field == nil {
                if prefix.isEmpty {
                    name = key
                } else {
                    pathNames.append((entries.count, paths.count..<(paths.count + path.count)))
                    paths += path
                }
            }
            let hasText = node.kind == .string || node.kind == .number || node.kind == .bool
            entries.append(
                RecordContext.Entry(
                    fieldIndex: Int32(field ?? -1), kind: node.kind, name: name, value: hasText ? bytes.view(node.value) : UTF8Bytes()))
        }
    }
}
