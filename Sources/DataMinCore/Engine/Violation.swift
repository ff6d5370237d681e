/// One rule of the policy broken by one record (or one header cell).
///
/// A violation names fields, purposes and positions, never the data: `value` is filled only
/// when the caller asked for values (`--show-values`).
public struct Violation: Sendable, Hashable {
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

    public func hash(into hasher: inout Hasher) {
        hasher.combine(check)
        hasher.combine(message)
        hasher.combine(field)
        hasher.combine(location)
    }
}

/// What a check found, before the engine adds severity, article and location.
package struct Finding: Sendable {
    package var check: CheckID
    package var message: String
    package var field: String?
    package var purpose: String?
    /// Replaces the check's article when one finding cites something narrower.
    package var article: String?
    /// The part of the field's value to show with `--show-values`, when not the whole value
    /// (the matched span inside a note).
    package var value: String?

    package init(
        _ check: CheckID, _ message: String, field: String? = nil, purpose: String? = nil, article: String? = nil, value: String? = nil
    ) {
        self.check = check
        self.message = message
        self.field = field
        self.purpose = purpose
        self.article = article
        self.value = value
    }
}
