/// One record: an ordered set of field names and values (a CSV row, a JSON object).
///
///     let record: Record = ["id": "42", "email": "anna@example.com", "purpose": "sales"]
///
/// Nested JSON objects are `.object` values; the validator addresses their fields by dotted
/// paths (`address.city`).
public struct Record: Sendable, Hashable, ExpressibleByDictionaryLiteral {
    public struct Field: Sendable, Hashable {
        public var name: String
        public var value: FieldValue

        public init(name: String, value: FieldValue) {
            self.name = name
            self.value = value
        }
    }

    /// The fields in input order.
    public var fields: [Field]

    public init(fields: [Field] = []) {
        self.fields = fields
    }

    public init(dictionaryLiteral elements: (String, FieldValue)...) {
        fields = elements.map { Field(name: $0.0, value: $0.1) }
    }

    /// The value of the top-level field `name`, or nil when the record has no such field.
    public subscript(name: String) -> FieldValue? {
        fields.first { $0.name == name }?.value
    }
}

/// Where a record came from, for reports. Every number is 1-based.
public struct RecordLocation: Sendable, Hashable {
    /// The data record's number (a CSV header is not a record), or nil for file-level findings.
    public var record: Int?
    /// The physical line the record (or header cell) starts on.
    public var line: Int?
    /// The field's position in a CSV row; nil in JSON.
    public var column: Int?

    public init(record: Int? = nil, line: Int? = nil, column: Int? = nil) {
        self.record = record
        self.line = line
        self.column = column
    }
}
