/// One record prepared for the checks: fields flattened to paths and matched to the
/// policy, purposes resolved. Built once per record and shared by every check.
package struct RecordContext {
    /// One field of the record as the checks see it.
    package struct Entry {
        /// The field's name, or dotted path inside a nested object.
        package var path: String
        package var value: FieldValue
        /// Index into the policy's fields, or nil when the policy does not declare it.
        package var field: Int?
        /// True when the value counts as absent (null or one of the policy's missing values).
        package var isMissing: Bool
    }

    package enum Purposes {
        /// Every purpose the record names is defined.
        case resolved([PurposePlan])
        /// Neither the record nor the caller names a purpose.
        case missing
        /// At least one named purpose is not defined; purpose-specific checks are skipped.
        case unknown
    }

    /// The lawful bases a record names, mapped through the vocabulary.
    package struct NamedBases {
        package var bases: [LawfulBasis]
        /// True when a word maps to no basis.
        package var hasUnknown: Bool
    }

    package let plan: PolicyPlan
    package let entries: [Entry]
    package let purposes: Purposes
    /// The record's lawful bases; nil when it names none (or the policy has no basis field).
    package let namedBases: NamedBases?
    /// For each resolved purpose, in order, the value its retention clock starts from.
    package let retentionStarts: [TemporalValue]
    /// The hash of the record's subject key, when the duplicate check is on, the caller
    /// tracks subjects and the record has a subject.
    package let subjectKey: Int?
    /// Entry index for each declared field, -1 when the record lacks it.
    private let slots: [Int]

    /// - Parameter fieldIndices: the policy field index of each top-level field of `record`
    ///   (-1 when undeclared), when the caller already knows them (a CSV header); nil looks
    ///   them up by name.
    init(record: Record, fieldIndices: [Int]? = nil, purpose: String?, plan: PolicyPlan, tracksSubjects: Bool) {
        self.plan = plan
        var entries: [Entry] = []
        entries.reserveCapacity(record.fields.count)
        if let fieldIndices {
            for (field, index) in zip(record.fields, fieldIndices) {
                entries.append(Entry(path: field.name, value: field.value, field: index < 0 ? nil : index,
                                     isMissing: plan.isMissing(field.value)))
            }
        } else {
            RecordContext.flatten(record, prefix: nil, plan: plan, into: &entries)
        }
        var slots = [Int](repeating: -1, count: plan.fieldRules.count)
        for (offset, entry) in entries.enumerated() {
            if let field = entry.field, slots[field] < 0 { slots[field] = offset }
        }
        self.entries = entries
        self.slots = slots

        func presentText(_ field: Int?) -> String? {
            guard let field, slots[field] >= 0, !entries[slots[field]].isMissing else { return nil }
            return entries[slots[field]].value.text
        }
        if let field = plan.purposeField, slots[field] >= 0 {
            purposes = RecordContext.resolve(presentText(field), plan: plan)
        } else {
            purposes = RecordContext.resolve(purpose, plan: plan)
        }
        namedBases = presentText(plan.basisField).flatMap { RecordContext.bases(in: $0, policy: plan.policy) }
        if case .resolved(let resolved) = purposes, plan.checksRetention {
            var starts: [TemporalValue] = []
            starts.reserveCapacity(resolved.count)
            for purpose in resolved {
                starts.append(RecordContext.timestamp(of: purpose.retentionFrom, slots: slots, entries: entries, plan: plan))
            }
            retentionStarts = starts
        } else {
            retentionStarts = []
        }

        if tracksSubjects, plan.checksDuplicateSubjects, let key = presentText(plan.subjectField) {
            subjectKey = SubjectTracker.key(of: key)
        } else {
            subjectKey = nil
        }
    }

    private static func resolve(_ names: String?, plan: PolicyPlan) -> Purposes {
        guard let names, !names.isEmpty else { return .missing }
        if !names.utf8.contains(UInt8(ascii: ";")) {
            return plan.singlePurposes[names].map { .resolved($0) } ?? .unknown
        }
        let parts = names.split(separator: ";", omittingEmptySubsequences: true)
        if parts.isEmpty { return .missing }
        var resolved: [PurposePlan] = []
        for name in parts {
            guard let purposePlan = plan.purposes[String(name)] else { return .unknown }
            resolved.append(purposePlan)
        }
        return .resolved(resolved)
    }

    private static func bases(in text: String, policy: Policy) -> NamedBases? {
        if !text.utf8.contains(UInt8(ascii: ";")) {
            return policy.lawfulBasis(for: text).map { NamedBases(bases: [$0], hasUnknown: false) } ?? NamedBases(bases: [], hasUnknown: true)
        }
        var named = NamedBases(bases: [], hasUnknown: false)
        for word in text.split(separator: ";", omittingEmptySubsequences: true) {
            if let basis = policy.lawfulBasis(for: String(word)) { named.bases.append(basis) } else { named.hasUnknown = true }
        }
        return named.bases.isEmpty && !named.hasUnknown ? nil : named
    }

    private static func flatten(_ record: Record, prefix: String?, plan: PolicyPlan, into entries: inout [Entry]) {
        // Records usually list fields in policy order: try the field after the last match
        // before hashing the name.
        var guess = 0
        for field in record.fields {
            let path = prefix.map { "\($0).\(field.name)" } ?? field.name
            let index: Int?
            if guess < plan.fieldRules.count, plan.fieldRules[guess].name == path {
                index = guess
            } else {
                index = plan.fieldIndex[path]
            }
            if let index {
                guess = index + 1
                entries.append(Entry(path: path, value: field.value, field: index, isMissing: plan.isMissing(field.value)))
            } else if case .object(let inner) = field.value, plan.nestedPrefixes.contains(path) {
                flatten(inner, prefix: path, plan: plan, into: &entries)
            } else {
                entries.append(Entry(path: path, value: field.value, field: nil, isMissing: plan.isMissing(field.value)))
            }
        }
    }

    /// True when the record lacks the declared field or its value counts as absent.
    package func isMissing(field: Int) -> Bool {
        let slot = slots[field]
        return slot < 0 || entries[slot].isMissing
    }

    /// The text of a declared field when it has a non-missing string or number value.
    package func text(of field: Int) -> String? {
        let slot = slots[field]
        guard slot >= 0, !entries[slot].isMissing else { return nil }
        return entries[slot].value.text
    }

    package func name(of field: Int) -> String { plan.fieldRules[field].name }

    /// "missing" when the record lacks the field, "empty" when its value counts as absent.
    package func absence(of field: Int) -> String {
        slots[field] < 0 ? "missing" : "empty"
    }

    /// True when the record processes `purpose` on the consent basis: it names consent, or
    /// it names no basis and consent is the purpose's only one.
    package func reliesOnConsent(_ purpose: PurposePlan) -> Bool {
        guard purpose.purpose.consent != nil else { return false }
        if let named = namedBases { return named.bases.contains(.consent) }
        return purpose.purpose.lawfulBases == [.consent]
    }

    /// Reads a declared date or datetime field; `.absent` when missing, `.invalid` when the
    /// value is not one.
    package func timestamp(of field: Int) -> TemporalValue {
        RecordContext.timestamp(of: field, slots: slots, entries: entries, plan: plan)
    }

    private static func timestamp(of field: Int, slots: [Int], entries: [Entry], plan: PolicyPlan) -> TemporalValue {
        let slot = slots[field]
        guard slot >= 0, !entries[slot].isMissing else { return .absent }
        guard let text = entries[slot].value.text else { return .invalid }
        let type = plan.fieldRules[field].type
        let parsed = Timestamp.parse(text, allowDate: type != .datetime, allowDateTime: type != .date)
        return parsed.map(TemporalValue.valid) ?? .invalid
    }
}

package enum TemporalValue {
    case absent
    case invalid
    case valid(Timestamp)
}
