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
