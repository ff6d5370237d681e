@_spi(Readers) import DataMinCore

/// What ``JSONParser`` builds from the values it reads, in input order: a ``FieldValue``
/// tree (``RecordBuilder``) or the flat nodes of a batch (``NodeBuilder``).
protocol JSONBuilder {
    associatedtype Value
    associatedtype Object
    associatedtype Member
    associatedtype List

    init()
    mutating func string(_ text: UTF8Bytes) -> Value
    /// A number, as written.
    mutating func number(_ text: UTF8Bytes) -> Value
    mutating func bool(_ value: Bool) -> Value
    mutating func null() -> Value

    mutating func beginObject() -> Object
    /// Starts the member `key` of `object`; its value follows.
    mutating func beginMember(_ key: UTF8Bytes, of object: inout Object) -> Member
    /// True when `member`'s key occurred earlier in its object: its value is then dropped.
    func isRepeated(_ member: Member) -> Bool
    /// The dotted path of a member whose value has been read: the keys of the members
    /// enclosing it (lists add nothing), then its own.
    func path(of member: Member) -> String
    mutating func end(_ member: Member, value: Value, of object: inout Object)
    mutating func end(_ object: Object) -> Value

    mutating func beginList() -> List
    mutating func append(_ value: Value, to list: inout List)
    mutating func end(_ list: List) -> Value
}

/// Builds the ``FieldValue`` of a JSON value, keeping the first of repeated keys (or, for
/// `Record(json:)`, every one, so the validator can report them).
struct RecordBuilder: JSONBuilder {
    /// True to keep every member of a repeated key.
    var keepsRepeats = false

    struct Object {
        var fields: [Record.Field] = []
        /// The keys, once the object has more than a few.
        var names: Set<String> = []
    }

    struct Member {
        var key: String
        var isRepeated: Bool
    }

    /// The keys of the members whose values are being read, outermost first.
    private var open: [String] = []

    func string(_ text: UTF8Bytes) -> FieldValue { .string(String(decoding: text, as: UTF8.self)) }
    func number(_ text: UTF8Bytes) -> FieldValue { .number(String(decoding: text, as: UTF8.self)) }
    func bool(_ value: Bool) -> FieldValue { .bool(value) }
    func null() -> FieldValue { .null }

    func beginObject() -> Object { Object() }

    mutating func beginMember(_ key: UTF8Bytes, of object: inout Object) -> Member {
        let key = String(decoding: key, as: UTF8.self)
        open.append(key)
        // Small objects are searched; large ones keep a set, so many keys stay linear.
        if object.fields.count == 16 { object.names = Set(object.fields.map(\.name)) }
        let isRepeated = object.fields.count < 16 ? object.fields.contains { $0.name == key } : object.names.contains(key)
        return Member(key: key, isRepeated: isRepeated)
    }

    func isRepeated(_ member: Member) -> Bool { member.isRepeated }

    func path(of member: Member) -> String { open.joined(separator: ".") }

    mutating func end(_ member: Member, value: FieldValue, of object: inout Object) {
        open.removeLast()
        guard !member.isRepeated || keepsRepeats else { return }
        if object.fields.count >= 16 { object.names.insert(member.key) }
        object.fields.append(Record.Field(name: member.key, value: value))
    }

    func end(_ object: Object) -> FieldValue { .object(Record(fields: object.fields)) }

    func beginList() -> [FieldValue] { [] }
    func append(_ value: FieldValue, to list: inout [FieldValue]) { list.append(value) }
    func end(_ list: [FieldValue]) -> FieldValue { .array(list) }
}
