/// One processing purpose: what it may use, on which lawful basis, for how long.
public struct Purpose: Sendable {
    public var name: String
    public var description: String?
    /// The Art. 6(1) bases a record processed for this purpose may rely on.
    public var lawfulBases: [LawfulBasis]
    /// Where the consent evidence is, when the purpose allows the `consent` basis.
    public var consent: ConsentRule?
    /// Fields every record must have a value for.
    public var required: [String]
    /// Fields a record may have.
    public var optional: [String]
    public var retention: Retention
    /// The Art. 9(2) condition; required when a permitted field is special-category data.
    public var article9Condition: Article9Condition?

    /// Every field this purpose permits explicitly: its required, optional, consent and
    /// retention fields (the policy's `record:` fields are added by the validator).
    public var namedFields: [String] {
        var names = required + optional + [retention.from]
        if let consent {
            names.append(consent.at)
            if let scopeField = consent.scopeField { names.append(scopeField) }
        }
        return names
    }
}

/// Where a record keeps the evidence of consent (Art. 7(1)) and what it must cover.
public struct ConsentRule: Sendable {
    /// The date/datetime field holding when consent was given.
    public var at: String
    /// The field naming what the consent covers, if the policy checks scope.
    public var scopeField: String?
    /// The scope this purpose needs, e.g. `product-a`.
    public var scope: String?
}

/// How long records may be kept for a purpose (Art. 5(1)(e)).
public struct Retention: Sendable {
    public var period: ISODuration
    /// The date/datetime field the clock starts from.
    public var from: String
}

/// The fields that describe a record rather than its subject (`record:` in the policy).
public struct RecordFields: Sendable {
    /// The field naming the record's purpose(s); several are separated by `;`.
    public var purpose: String?
    public var lawfulBasis: String?
    /// The field recording where the data came from (Art. 14(2)(f)).
    public var source: String?

    public var all: [String] { [purpose, lawfulBasis, source].compactMap { $0 } }
}
