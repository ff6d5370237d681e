import FoundationEssentials

/// A value in a record, shaped like JSON.
///
/// CSV cells are always `.string`. Numbers keep the text they were written with, so a
/// minimised copy writes them back unchanged.
public enum FieldValue: Sendable, Hashable {
    case string(String)
    /// A JSON number, as written (`42`, `-1.5e3`).
    case number(String)
    case bool(Bool)
    case null
    case array([FieldValue])
    case object(Record)

    /// The text of a string or number, nil for other values.
    public var text: String? {
        switch self {
        case .string(let text), .number(let text): text
        default: nil
        }
    }

    /// What kind of value this is, as the checks see it.
    package var kind: RecordContext.ValueKind {
        switch self {
        case .string: .string
        case .number: .number
        case .bool: .bool
        case .null: .null
        case .array: .array
        case .object: .object
        }
    }

    /// Words for messages: "an object", "a list".
    package var kindName: String { kind.name }
}

// No ExpressibleByNilLiteral: `nil` must keep meaning "no such field", never JSON null.
extension FieldValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

/// JSON's shape: a string, a number (through `Decimal`: its value, up to 38 digits, not its
/// spelling, so `1.50` is written `1.5`), a boolean, null, a list or an object, so a record
/// or a finding can be part of a service's response. Where the spelling matters, write the
/// record's own JSON instead.
extension FieldValue: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(String.self) {
            // Before numbers: a lenient decoder would read "01234" as the number 1234.
            self = .string(value)
        } else if let value = try? container.decode(Decimal.self) {
            self = .number("\(value)")
        } else if let value = try? container.decode([FieldValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode(Record.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let text): try container.encode(text)
        case .number(let text):
            if let value = Decimal(string: text) { try container.encode(value) } else { try container.encode(text) }
        case .bool(let value): try container.encode(value)
        case .null: try container.encodeNil()
        case .array(let values): try container.encode(values)
        case .object(let record): try container.encode(record)
        }
    }
}

/// A JSON object of the record's fields. Decoding takes the keys in the order the decoder
/// gives them (`JSONDecoder` does not promise the document's order): where the order or a
/// repeated key matters, read JSON bytes with `Record(json:)` of DataMinIO instead.
extension Record: Codable {
    private struct FieldKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: FieldKey.self)
        fields = try container.allKeys.map { Field(name: $0.stringValue, value: try container.decode(FieldValue.self, forKey: $0)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: FieldKey.self)
        for field in fields { try container.encode(field.value, forKey: FieldKey(stringValue: field.name)) }
    }
}
