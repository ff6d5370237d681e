/// A policy compiled for fast validation: names resolved to indices, purposes to lookup
/// tables, severities and the enabled checks decided once.
///
/// A class, so that each record's context holds one reference instead of copying every table.
package final class PolicyPlan: Sendable {
    package let policy: Policy
    /// The date retention and consent are judged on (UTC).
    package let asOf: CalendarDate
    /// Declared field name → index into `policy.fields`.
    package let fieldIndex: [String: Int]
    /// The same names by their bytes, for keys read as bytes; nil when two names are one as
    /// strings, or (unlikely) no perfect hash of them was found.
    private let fieldNames: FieldNameTable?
    /// The did-you-mean of undeclared names, remembered per name.
    package let nameSuggestions: NameSuggestions
    /// Each declared field's policy, by index, behind a reference so checks do not copy it.
    package let fieldRules: [FieldRule]
    /// Each declared field's value test, by index.
    package let valueTests: [ValueTest]
    /// Prefixes of declared dotted names that are not declared themselves (`address` for
    /// `address.city`): objects under them are looked into field by field.
    package let nestedPrefixes: Set<String>
    package let purposes: [String: PurposePlan]
    /// Each purpose's name in UTF-8 with the purpose alone, as the one-element list most
    /// records resolve to (shared, so resolving a record's purpose allocates nothing).
    package let purposeNames: [(name: [UInt8], purposes: [PurposePlan])]
    /// The policy's missing values in UTF-8.
    private let missingValues: [[UInt8]]
    /// True for the default `missing_values: [""]`, which needs no comparison.
    private let onlyEmptyIsMissing: Bool
    /// Every word that names a lawful basis, lowercased UTF-8: the Art. 6(1) keys and the
    /// policy's vocabulary.
    private let basisWords: [(word: [UInt8], basis: LawfulBasis)]
    /// Indexed by field index: true for the fields the policy's `record:` block names.
    package let isRecordField: [Bool]
    package let purposeField: Int?
    package let basisField: Int?
    package let sourceField: Int?
    package let subjectField: Int?
    /// The effective severity of each check; absent when the policy turned it off.
    package let severities: [CheckID: Severity]
    /// ``severities`` and each check's article by ``CheckID/position``, for the violations
    /// a run makes (a dictionary hashes the check and the registry copies its description).
    private let severityByPosition: [Severity?]
    private let articleByPosition: [String?]
    /// The messages of findings that name no purpose, made once per plan.
    package let findingTexts = FindingTexts()
    package let checks: [any RecordCheck.Type]
    /// The record checks for records that do not name exactly one purpose (those that do
    /// run their purpose's ``PurposePlan/program``).
    package let program: CheckProgram
    /// True when every record runs every enabled check (``Validator/runningEveryCheck()``).
    package let runsEveryCheck: Bool
    /// Whether `duplicate-subject` runs, so records track their subject.
    package let checksDuplicateSubjects: Bool
    /// The `duplicate-subject` violation without its location, value and key, made once:
    /// the merge, which runs on one thread, only fills those in; nil when the check is off
    /// or the policy names no subject.
    package let duplicateSubject: Violation?
    /// Whether `special-category-field` runs, so `undeclared-field` leaves those names to it.
    package let checksSpecialCategoryNames: Bool
    /// Whether a retention check runs, so records read their retention clocks.
    package let checksRetention: Bool
    /// The `text` fields the free-text checks read, and what the enabled checks look for in
    /// each (what redaction replaces, too): one scan of a note serves both checks and the
    /// redacted copy.
    package let freeTextFields: [(field: Int, kinds: FreeTextKinds)]
    /// The policy's own special-category words (`extra_terms:`); nil when it has none.
    package let extraTerms: FreeTextTerms?
    /// Whether messages may show data (`--show-values`): undeclared names that look like values.
    package let showsValues: Bool
    package let legalHoldField: Int?
    package let birthDateField: Int?
    /// Erased subjects, for `erased-subject`.
    package let suppression: SuppressionList?
    /// The `--due-within` window, for `retention-due`.
    package let dueWithin: ISODuration?
    /// How findings name their record; nil when the policy has neither `key:` nor `subject:`.
    package let keying: RecordKeying?
    /// The salt of record-key pseudonyms (`DATAMIN_KEY_SALT`), if any.
    package let keySalt: [UInt8]?

    init(
        policy: Policy, asOf: CalendarDate, showsValues: Bool = false, dueWithin: ISODuration? = nil, suppression: SuppressionList? = nil,
        keySalt: [UInt8]? = nil, everyCheck: Bool = false
    ) {
        self.policy = policy
        self.asOf = asOf
        self.showsValues = showsValues
        self.suppression = suppression
        self.dueWithin = dueWithin
        var index: [String: Int] = [:]
        for (offset, field) in policy.fields.enumerated() { index[field.name] = offset }
        fieldIndex = index
        // Names that are one as strings (possible in a policy built in code) are left to the
        // dictionary, which keeps the last of them.
        fieldNames = index.count == policy.fields.count ? FieldNameTable(names: policy.fields.map(\.name)) : nil
        nameSuggestions = NameSuggestions(declared: policy.fields.map(\.name))
        fieldRules = policy.fields.map(FieldRule.init)
        valueTests = policy.fields.map(ValueTest.init)
        var prefixes = Set<String>()
        for field in policy.fields {
            var name = Substring(field.name)
            while let dot = name.lastIndex(of: ".") {
                name = name[..<dot]
                if index[String(name)] == nil { prefixes.insert(String(name)) }
            }
        }
        nestedPrefixes = prefixes
        missingValues = policy.missingValues.map { Array($0.utf8) }
        onlyEmptyIsMissing = policy.missingValues == [""]
        var isRecordField = [Bool](repeating: false, count: policy.fields.count)
        for name in policy.recordFields.all { if let field = index[name] { isRecordField[field] = true } }
        self.isRecordField = isRecordField
        purposeField = policy.recordFields.purpose.flatMap { index[$0] }
        basisField = policy.recordFields.lawfulBasis.flatMap { index[$0] }
        sourceField = policy.recordFields.source.flatMap { index[$0] }
        subjectField = policy.subject.flatMap { index[$0] }
        self.keySalt = keySalt
        let subject = policy.subject.flatMap { index[$0] }
        keying = (policy.key ?? policy.subject).flatMap { index[$0] }.map {
            RecordKeying(field: $0, folds: $0 == subject, inClear: !policy.fields[$0].personal || showsValues, salt: keySalt)
        }
        legalHoldField = policy.recordFields.legalHold.flatMap { index[$0] }
        birthDateField = policy.recordFields.birthDate.flatMap { index[$0] }
        var severities: [CheckID: Severity] = [:]
        for check in CheckRegistry.all {
            let setting = policy.checkSettings[check.id]
            if setting == .off { continue }
            // retention-due needs a window: without --due-within there is nothing to be due within.
            if check.id == .retentionDue, dueWithin == nil { continue }
            if check.id == .erasedSubject, suppression == nil { continue }
            severities[check.id] = setting?.severity ?? check.description.defaultSeverity
        }
        self.severities = severities
        severityByPosition = CheckID.allCases.map { severities[$0] }
        articleByPosition = CheckID.allCases.map { CheckRegistry.check($0).description.article }
        checks = CheckRegistry.recordChecks.filter { severities[$0.id] != nil }
        runsEveryCheck = everyCheck
        program = CheckProgram(checks, ruled: false, everyCheck: everyCheck)
        var plans: [String: PurposePlan] = [:]
        for purpose in policy.purposes {
            let program = everyCheck ? program : CheckProgram(checks.filter { $0.mayFind(inRecordsFor: purpose, of: policy) }, ruled: true)
            plans[purpose.name] = PurposePlan(
                purpose: purpose, policy: policy, fieldIndex: index, asOf: asOf, dueWithin: dueWithin, program: program)
        }
        purposes = plans
        purposeNames = policy.purposes.map { (Array($0.name.utf8), [plans[$0.name]!]) }
        basisWords =
            LawfulBasis.allCases.map { (Array($0.rawValue.utf8), $0) }
            + policy.lawfulBasisVocabulary.sorted { $0.key < $1.key }.map { (Array($0.key.utf8), $0.value) }
        checksDuplicateSubjects = severities[.duplicateSubject] != nil
        // The declared spelling, as every other finding on the field names it (the policy's
        // `subject:` may spell it in another Unicode normal form).
        let subjectName = subject.map { policy.fields[$0].name }
        duplicateSubject = severities[.duplicateSubject].flatMap { severity in
            guard let subjectName else { return nil }
            var violation = DuplicateSubjectCheck.finding(field: subjectName)
            violation.severity = severity
            violation.article = violation.article ?? DuplicateSubjectCheck.description.article
            return violation
        }
        extraTerms = FreeTextTerms(policy.extraTerms)
        let identifiersOn = severities[.piiInFreeText] != nil
        let categoriesOn = severities[.specialCategoryInFreeText] != nil
        freeTextFields = fieldRules.enumerated().compactMap { field, rule in
            let kinds = (identifiersOn ? rule.identifiersInText : []).union(categoriesOn ? rule.categoriesInText : [])
            return kinds.isEmpty ? nil : (field, kinds)
        }
        checksSpecialCategoryNames = severities[.specialCategoryField] != nil
        checksRetention = severities[.retentionExceeded] != nil || severities[.retentionUnknown] != nil || severities[.retentionDue] != nil
    }

    /// The declared field named by the UTF-8 bytes `name`, or nil: by bytes when they decide
    /// it, else as the `String` they spell.
    package func field(named name: UTF8Bytes) -> Int? {
        switch fieldNames?.field(name) {
        case .field(let index): index
        case .undeclared: nil
        case .unknown, nil: fieldIndex[name.string]
        }
    }

    /// The severity violations of `check` have: the policy's, or the check's default.
    package func severity(of check: CheckID) -> Severity { severityByPosition[check.position] ?? .error }

    /// The GDPR provision `check` cites, when the finding cites nothing narrower.
    package func article(of check: CheckID) -> String? { articleByPosition[check.position] }

    /// True when records carry ``FieldMask``s of their present fields: at most 64 fields.
    package var fitsFieldMasks: Bool { fieldRules.count <= FieldMask.limit }

    /// True when a string value counts as absent: it is one of the policy's missing values.
    package func isMissing(text: UTF8Bytes) -> Bool {
        onlyEmptyIsMissing ? text.isEmpty : missingValues.contains { text.equals($0) }
    }

    /// The lawful basis `word` names: an Art. 6(1) key or a vocabulary entry, any case.
    /// The word the policy accepts that `word` most likely meant: a close spelling of an
    /// Art. 6(1) key or a vocabulary entry, or, for a common word such as `opt-in`, the
    /// policy's own word for that basis. Nil when nothing is close.
    package func suggestedLawfulBasisWord(for word: String) -> String? {
        let vocabulary = policy.lawfulBasisVocabulary.keys.sorted()
        if let close = Suggestion.closest(to: word, among: LawfulBasis.allCases.map(\.rawValue) + vocabulary) { return close }
        let words = word.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard let basis = LawfulBasis.commonWords[words] else { return nil }
        return vocabulary.first { policy.lawfulBasisVocabulary[$0] == basis } ?? basis.rawValue
    }

    /// True when `text` names lawful bases the policy knows: one word, or several separated by `;`.
    package func namesLawfulBases(_ text: UTF8Bytes) -> Bool {
        if lawfulBasis(for: text) != nil { return true }
        let words = text.split(separator: UInt8(ascii: ";"))
        return !words.isEmpty && words.allSatisfy { lawfulBasis(for: $0) != nil }
    }

    package func lawfulBasis(for word: UTF8Bytes) -> LawfulBasis? {
        if let basis = basisWords.first(where: { word.equalsIgnoringASCIICase($0.word) })?.basis { return basis }
        // Vocabulary keys are lowercased with Unicode rules; only non-ASCII words need them.
        guard word.contains(where: { $0 >= 0x80 }) else { return nil }
        return policy.lawfulBasis(for: word.string)
    }
}

/// One purpose compiled against the policy's field indices.
package final class PurposePlan: Sendable {
    package let purpose: Purpose
    /// Indexed by field index: true when the purpose permits the field.
    package let permitted: [Bool]
    package let required: [Int]
    /// ``permitted`` and ``required`` as bits by field index (``FieldMask``), empty when the
    /// policy has more than 64 fields: a clean record passes both checks with one mask test each.
    package let permittedMask: FieldMask
    package let requiredMask: FieldMask
    package let consentAt: Int?
    package let consentScopeField: Int?
    /// The consent scope the purpose needs, in UTF-8.
    package let consentScope: [UInt8]?
    package let consentWithdrawnAt: Int?
    package let consentConfirmedAt: Int?
    package let consentNotice: Int?
    /// True when records rely on consent whatever their Art. 6 basis: explicit consent
    /// for special-category data (Art. 9(2)(a)).
    package let needsExplicitConsent: Bool
    package let objectionField: Int?
    /// The fields the retention clock may start from; the latest present one counts.
    package let retentionFrom: [Int]
    /// Whether the clock starts at the end of the year it reads (`from_year_end`).
    package let alignsToYearEnd: Bool
    /// A record whose retention clock started before this instant (seconds since the epoch)
    /// is past its retention on the as-of date. Found once, so records are not each
    /// moved through the calendar.
    package let retentionCutoff: Int
    /// With `--due-within`: a record whose clock started before this instant, and not
    /// before ``retentionCutoff``, reaches the end of its retention within the window.
    package let dueCutoff: Int?
    /// The lawful bases the purpose allows.
    package let bases: LawfulBasisSet
    /// The record checks for records whose one purpose this is.
    package let program: CheckProgram
    /// The messages of this purpose's findings, made once per plan.
    package let findingTexts = FindingTexts()

    init(purpose: Purpose, policy: Policy, fieldIndex: [String: Int], asOf: CalendarDate, dueWithin: ISODuration?, program: CheckProgram) {
        self.purpose = purpose
        self.program = program
        var permitted = [Bool](repeating: false, count: policy.fields.count)
        for name in purpose.namedFields + policy.recordFields.all {
            if let index = fieldIndex[name] { permitted[index] = true }
        }
        self.permitted = permitted
        required = purpose.required.compactMap { fieldIndex[$0] }
        let fitsMasks = permitted.count <= FieldMask.limit
        permittedMask = fitsMasks ? FieldMask(permitted.indices.filter { permitted[$0] }) : FieldMask()
        requiredMask = fitsMasks ? FieldMask(required) : FieldMask()
        consentAt = purpose.consent.flatMap { fieldIndex[$0.at] }
        consentScopeField = purpose.consent?.scopeField.flatMap { fieldIndex[$0] }
        consentScope = purpose.consent?.scope.map { Array($0.utf8) }
        consentWithdrawnAt = purpose.consent?.withdrawnAt.flatMap { fieldIndex[$0] }
        consentConfirmedAt = purpose.consent?.confirmedAt.flatMap { fieldIndex[$0] }
        consentNotice = purpose.consent?.notice.flatMap { fieldIndex[$0] }
        needsExplicitConsent = purpose.article9Condition == .explicitConsent && purpose.consent != nil
        objectionField = purpose.objection.flatMap { fieldIndex[$0] }
        bases = LawfulBasisSet(purpose.lawfulBases)
        retentionFrom = purpose.retention.fromFields.compactMap { fieldIndex[$0] }
        alignsToYearEnd = purpose.retention.alignsToYearEnd
        retentionCutoff = PurposePlan.cutoff(of: purpose.retention.period, asOf: asOf)
        // Due within the window: the retention ends on or before asOf + window, so the clock
        // started before the cutoff of the day after that.
        dueCutoff = dueWithin.map { window in
            PurposePlan.cutoff(of: purpose.retention.period, asOf: window.added(to: Timestamp(date: asOf)).date.adding(days: 1))
        }
    }

    package var name: String { purpose.name }

    /// The first instant whose retention period ends on or after `asOf`.
    ///
    /// `start + period` never decreases as `start` grows (months clamp to their last day),
    /// so the records past retention are exactly those that start before one instant; a
    /// binary search over every instant a date can name finds it.
    static func cutoff(of period: ISODuration, asOf: CalendarDate) -> Int {
        func expired(_ seconds: Int) -> Bool { period.added(to: Timestamp(seconds: seconds)).date < asOf }
        var low = Timestamp(date: CalendarDate(year: 1, month: 1, day: 1)!).seconds
        var high = Timestamp(date: asOf).seconds  // a period is never negative: not expired
        if !expired(low) { return low }
        // Invariant: expired(low), !expired(high).
        while high - low > 1 {
            let middle = low + (high - low) / 2
            if expired(middle) { low = middle } else { high = middle }
        }
        return high
    }
}

/// One declared field as the checks use it: its policy, shared by reference.
package final class FieldRule: Sendable {
    package let field: FieldPolicy
    /// `values` of an enum field, in UTF-8.
    package let allowedValues: [[UInt8]]

    package let type: FieldType
    package let name: String
    /// ``name`` in UTF-8, to match the keys of laid-out JSON records.
    package let nameBytes: [UInt8]
    package let maxLength: Int?
    /// `min:` and `max:` of a number field, compared exactly.
    package let minimum: ExactDecimal?
    package let maximum: ExactDecimal?
    package let pattern: FieldPattern?
    package let datePatterns: [DatePattern]
    package let zone: ZoneRules?
    package let phoneFormat: PhoneFormat
    /// The numbering of ``phoneFormat``'s region, for `national`.
    package let phoneRegion: PhoneRegion?
    /// What `pii-in-free-text` looks for in this field: every identifier a `text` field does
    /// not `allow:`; nothing for other types.
    package let identifiersInText: FreeTextKinds
    /// What `special-category-in-free-text` looks for: every category a `text` field does not
    /// `allow:`, nothing when the field declares a `special_category` itself.
    package let categoriesInText: FreeTextKinds

    init(_ field: FieldPolicy) {
        self.field = field
        allowedValues = field.values.map { Array($0.utf8) }
        type = field.type
        name = field.name
        nameBytes = Array(field.name.utf8)
        maxLength = field.maxLength
        minimum = field.exactMinimum
        maximum = field.exactMaximum
        pattern = field.pattern
        datePatterns = field.datePatterns
        zone = field.zone
        phoneFormat = field.phoneFormat
        if case .national(let region) = field.phoneFormat { phoneRegion = PhoneRegion.all[region] } else { phoneRegion = nil }
        let isText = field.type == .text
        identifiersInText = isText ? FreeTextKinds.identifiers.subtracting(field.allowedInText) : []
        categoriesInText = isText && field.specialCategory == nil ? FreeTextKinds.specialCategories.subtracting(field.allowedInText) : []
    }

    /// The instant a `date` or `datetime` value stands for, or nil when it is not one in this
    /// field's format: ISO 8601 (v1) without `format:`, else the first pattern that matches,
    /// read in ``zone`` when it has no offset.
    package func timestamp(_ text: UTF8Bytes) -> Timestamp? {
        guard !datePatterns.isEmpty else {
            return Timestamp.parse(text, allowDate: type != .datetime, allowDateTime: type != .date)
        }
        for index in datePatterns.indices {
            guard let match = datePatterns[index].match(text) else { continue }
            let local = match.date.dayNumber * 86_400 + match.secondOfDay
            if let offset = match.offset { return Timestamp(seconds: local - offset) }
            if type == .datetime, let zone { return Timestamp(seconds: zone.instant(ofLocal: local)) }
            return Timestamp(seconds: local)
        }
        return nil
    }

    /// "is not …": what a value of this date, datetime or phone field must look like.
    package var formatDescription: String {
        switch type {
        case .date where datePatterns.isEmpty: return "a calendar date (YYYY-MM-DD)"
        case .datetime where datePatterns.isEmpty: return "an ISO 8601 datetime with offset (YYYY-MM-DDTHH:MM:SSZ or ±HH:MM)"
        case .date, .datetime:
            let quoted = datePatterns.map { "'\($0.text)'" }
            return
                "a \(type.rawValue) in \(quoted.count == 1 ? "the format " + quoted[0] : "one of the formats " + quoted.joined(separator: ", "))"
        default:
            switch phoneFormat {
            case .e164: return "an E.164 phone number ('+', then 7 to 15 digits, no spaces)"
            case .international: return "a phone number in international format ('+' or '00', the country code, then the number)"
            case .national(let region): return "a phone number in international format or written as a national number of \(region)"
            }
        }
    }
}
