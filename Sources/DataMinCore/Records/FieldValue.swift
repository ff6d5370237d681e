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

    /// Words for messages: "an object", "a list".
    package var kindName: String {
        switch self {
        case .string: "a string"
        case .number: "a number"
        case .bool: "a boolean"
        case .null: "null"
        case .array: "a list"
        case .object: "an object"
        }
    }
}

// No ExpressibleByNilLiteral: `nil` must keep meaning "no such field", never JSON null.
extension FieldValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}
