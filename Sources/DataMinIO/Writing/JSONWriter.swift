import DataMinCore

/// Writes records as JSON Lines or as a JSON array, keeping field order and number text.
package struct JSONWriter {
    private let output: OutputFile
    private let asArray: Bool
    private var count = 0

    package init(output: OutputFile, format: InputFormat) {
        self.output = output
        asArray = format == .json
        if asArray { output.write("[\n") }
    }

    package mutating func write(_ record: Record) {
        var text = ""
        JSONWriter.append(.object(record), to: &text)
        write(rawJSON: text)
    }

    /// Writes a record's original text (a malformed record being passed through to rejects).
    package mutating func write(rawJSON text: String) {
        if asArray { output.write(count == 0 ? "  " : ",\n  ") }
        output.write(text)
        if !asArray { output.write("\n") }
        count += 1
    }

    /// Closes the array, for `.json` output.
    package func finish() {
        if asArray { output.write(count == 0 ? "]\n" : "\n]\n") }
    }

    /// `value` as JSON text, numbers as written.
    package static func append(_ value: FieldValue, to text: inout String) {
        switch value {
        case .string(let string): JSONText.append(string, to: &text)
        case .number(let number): text += number
        case .bool(let bool): text += bool ? "true" : "false"
        case .null: text += "null"
        case .array(let items):
            text += "["
            for (index, item) in items.enumerated() {
                if index > 0 { text += "," }
                append(item, to: &text)
            }
            text += "]"
        case .object(let record):
            text += "{"
            for (index, field) in record.fields.enumerated() {
                if index > 0 { text += "," }
                JSONText.append(field.name, to: &text)
                text += ":"
                append(field.value, to: &text)
            }
            text += "}"
        }
    }
}
