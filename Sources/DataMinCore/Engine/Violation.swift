/// One rule of the policy broken by one record (or one header cell).
///
/// A violation names fields, purposes and positions, never the data: `value` is filled only
/// when the caller asked for values (`--show-values`).
public struct Violation: Sendable, Hashable, Codable {
    public var check: CheckID
    public var severity: Severity
    /// The GDPR provision broken, e.g. `Art. 5(1)(c), 25(2)`; nil for structural checks.
    public var article: String?
    public var message: String
    /// The field's name or dotted path, when the violation concerns one field.
    public var field: String?
    /// The purpose the rule belongs to, when it is purpose-specific.
    public var purpose: String?
    public var location: RecordLocation
    /// What names the record (SPEC §11.3): the key column of a database row, or the
    /// record's key field in clear when it is not personal data (or values are shown), else
    /// its salted pseudonym (`k:…`) when a salt is set; nil otherwise.
    /// Kept here, not in the location every record carries, so clean records copy no string.
    public var key: String?
    /// The record's key reduced to a digest, for baseline fingerprints; never reported.
    package var recordDigest: RecordDigest?
    /// The index of the declared field ``field`` names, when a check gave it: a row's layout
    /// finds the field's column by it instead of by hashing the name. Never reported.
    package var fieldIndex: Int?
    /// The offending value, only when values were asked for.
    public var value: String?

    public init(
        check: CheckID, severity: Severity, article: String?, message: String, field: String? = nil,
        purpose: String? = nil, location: RecordLocation = RecordLocation(), key: String? = nil, value: String? = nil
    ) {
        self.check = check
        self.severity = severity
        self.article = article
        self.message = message
        self.field = field
        self.purpose = purpose
        self.location = location
        self.key = key
        self.value = value
    }

    /// Equal when everything a report shows is equal; the in-memory ``recordDigest`` is not shown.
    public static func == (left: Violation, right: Violation) -> Bool {
        left.check == right.check && left.severity == right.severity && left.article == right.article && left.message == right.message
            && left.field == right.field && left.purpose == right.purpose && left.location == right.location && left.key == right.key
            && left.value == right.value
    }

    /// The names of the JSON report's findings (SPEC §4, §11.3).
    private enum CodingKeys: String, CodingKey {
        case check, severity, article, message, record, key, line, column, field, purpose, value
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        check = try container.decode(CheckID.self, forKey: .check)
        severity = try container.decode(Severity.self, forKey: .severity)
        article = try container.decodeIfPresent(String.self, forKey: .article)
        message = try container.decode(String.self, forKey: .message)
        location = RecordLocation(
            record: try container.decodeIfPresent(Int.self, forKey: .record), line: try container.decodeIfPresent(Int.self, forKey: .line),
            column: try container.decodeIfPresent(Int.self, forKey: .column))
        key = try container.decodeIfPresent(String.self, forKey: .key)
        field = try container.decodeIfPresent(String.self, forKey: .field)
        purpose = try container.decodeIfPresent(String.self, forKey: .purpose)
        value = try container.decodeIfPresent(String.self, forKey: .value)
    }

    /// Writes the finding as the JSON report does: every key, null where there is nothing,
    /// and `value` only when values were asked for.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(check, forKey: .check)
        try container.encode(severity, forKey: .severity)
        try container.encode(article, forKey: .article)
        try container.encode(message, forKey: .message)
        try container.encode(location.record, forKey: .record)
        try container.encode(key, forKey: .key)
        try container.encode(location.line, forKey: .line)
        try container.encode(location.column, forKey: .column)
        try container.encode(field, forKey: .field)
        try container.encode(purpose, forKey: .purpose)
        try container.encodeIfPresent(value, forKey: .value)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(check)
        hasher.combine(message)
        hasher.combine(field)
        hasher.combine(location)
    }
}

/// What a check found: a violation whose severity, location and, unless the check cites
/// something narrower, article the engine fills in. The same type, so that the engine fills
/// them in place: a finding moves into the report without a copy of its texts.
package typealias Finding = Violation

extension Violation {
    /// A check's finding. `article`, when given, replaces the check's own (one finding
    /// citing something narrower); `value` is the part of the field's value to show with
    /// `--show-values` when not the whole value (the matched span inside a note).
    package init(
        _ check: CheckID, _ message: String, field: String? = nil, purpose: String? = nil, article: String? = nil, value: String? = nil
    ) {
        self.check = check
        // The engine sets the severity the policy gives.
        severity = .error
        self.article = article
        self.message = message
        self.field = field
        self.purpose = purpose
        location = RecordLocation()
        self.value = value
    }

    /// A finding about the declared field `field` (its index), named as the policy spells it.
    package init(
        _ check: CheckID, _ message: String, declared field: Int, in record: RecordContext, purpose: String? = nil, article: String? = nil,
        value: String? = nil
    ) {
        self.init(check, message, field: record.name(of: field), purpose: purpose, article: article, value: value)
        fieldIndex = field
    }
}
