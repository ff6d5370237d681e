import DataMinCore

/// A JSON document built in key order, rendered with two-space indentation.
enum JSONValue {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case number(Int)
    /// A decimal written with `digits` places, as durations are (`1.25`).
    case decimal(Double, digits: Int)
    case bool(Bool)
    case null

    static func string(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
    static func number(_ value: Int?) -> JSONValue { value.map { .number($0) } ?? .null }

    func rendered() -> String {
        var text = ""
        render(into: &text, indent: "")
        return text + "\n"
    }

    /// The value as it appears nested at `indent` inside a larger document.
    func rendered(indent: String) -> String {
        var text = ""
        render(into: &text, indent: indent)
        return text
    }

    private func render(into text: inout String, indent: String) {
        switch self {
        case .string(let value): JSONText.append(value, to: &text)
        case .number(let value): text += String(value)
        case .decimal(let value, let digits): text += DecimalText.fixed(value, decimals: digits)
        case .bool(let value): text += value ? "true" : "false"
        case .null: text += "null"
        case .array(let items):
            guard !items.isEmpty else {
                text += "[]"
                return
            }
            // The inner indent made once per container: SARIF renders thousands of results.
            let inner = indent + "  "
            text += "[\n"
            for (index, item) in items.enumerated() {
                text += inner
                item.render(into: &text, indent: inner)
                text += index == items.count - 1 ? "\n" : ",\n"
            }
            text += indent
            text += "]"
        case .object(let pairs):
            guard !pairs.isEmpty else {
                text += "{}"
                return
            }
            let inner = indent + "  "
            text += "{\n"
            for (index, (key, value)) in pairs.enumerated() {
                text += inner
                JSONText.append(key, to: &text)
                text += ": "
                value.render(into: &text, indent: inner)
                text += index == pairs.count - 1 ? "\n" : ",\n"
            }
            text += indent
            text += "}"
        }
    }
}
