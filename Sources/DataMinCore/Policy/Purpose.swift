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
    /// True when the purpose is direct marketing: an objection then cites Art. 21(3).
    public var directMarketing = false
    /// The field that says the subject objected (true-ish: a true boolean, or a date on or
    /// before the as-of date).
    public var objection: String?
    /// The youngest age, in whole years, a subject may have (Art. 8(1)); needs `record.birth_date`.
    public var minAge: Int?
    /// The Art. 30 facts about this purpose, and its Art. 10 authorisation.
    public var record = PurposeRecord()

    /// Every field this purpose permits explicitly: its required, optional, consent,
    /// objection and retention fields (the policy's `record:` fields are added by the
    /// validator).
    public var namedFields: [String] {
        var names = required + optional + retention.fromFields
        if let consent { names += consent.fields }
        if let objection { names.append(objection) }
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
    /// The date/datetime field holding when consent was withdrawn (Art. 7(3)).
    public var withdrawnAt: String?
    /// The date/datetime field holding when a double opt-in was confirmed.
    public var confirmedAt: String?
    /// The field naming the notice (its version) the subject agreed to.
    public var notice: String?

    /// Every field the rule names.
    public var fields: [String] { [at] + [scopeField, withdrawnAt, confirmedAt, notice].compactMap { $0 } }
}

/// How long records may be kept for a purpose (Art. 5(1)(e)).
public struct Retention: Sendable {
    public var period: ISODuration
    /// The date/datetime fields the clock may start from: the latest present one counts.
    public var fromFields: [String]
    /// True for `if_missing: keep`: a record with none of the fields is within retention
    /// (a running contract has no end date yet).
    public var keepIfMissing = false
    /// True for `align: year_end`: the clock starts on 31 December of the start's year.
    public var alignsToYearEnd = false

    /// The first field the clock may start from, named in messages about a missing start.
    public var from: String { fromFields[0] }
}

/// The fields that describe a record rather than its subject (`record:` in the policy).
public struct RecordFields: Sendable {
    /// The field naming the record's purpose(s); several are separated by `;`.
    public var purpose: String?
    public var lawfulBasis: String?
    /// The field recording where the data came from (Art. 14(2)(f)).
    public var source: String?
    /// The subject's date of birth, for purposes with `min_age`. Unlike the other record
    /// fields it is permitted only by those purposes (or where a purpose lists it).
    public var birthDate: String?
    /// True-ish when the record is under a legal hold: never past retention (Art. 17(3)(b)(e)).
    public var legalHold: String?

    /// The record fields every purpose permits (not the birth date).
    public var all: [String] { [purpose, lawfulBasis, source, legalHold].compactMap { $0 } }
}
