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
    }

    package enum Purposes {
        /// Every purpose the record names is defined.
        case resolved([PurposePlan])
        /// Neither the record nor the caller names a purpose.
        case missing
        /// At least one named purpose is not defined; purpose-specific checks are skipped.
        case unknown
    }

    package let plan: PolicyPlan
    package let entries: [Entry]
    package let purposes: Purposes
    /// True when the subject key was already seen in this run (computed only when the
    /// duplicate check is on and the caller tracks subjects).
    package let isRepeatSubject: Bool
    /// Entry index for each declared field, -1 when the record lacks it.
    private let slots: [Int]

    init(record: Record, purpose: String?, plan: PolicyPlan, subjects: UnsafeMutablePointer<SubjectTracker>?) {
        self.plan = plan
        var entries: [Entry] = []
        entries.reserveCapacity(record.fields.count)
        RecordContext.flatten(record, prefix: nil, plan: plan, into: &entries)
        var slots = [Int](repeating: -1, count: plan.policy.fields.count)
        for (offset, entry) in entries.enumerated() {
            if let field = entry.field, slots[field] < 0 { slots[field] = offset }
        }
        self.entries = entries
        self.slots = slots

        var names: [Substring] = []
        if let field = plan.purposeField, slots[field] >= 0 {
            if let text = entries[slots[field]].value.text, !plan.missingValues.contains(text) {
                names = text.split(separator: ";", omittingEmptySubsequences: true)
            }
        } else if let purpose {
            names = purpose.split(separator: ";", omittingEmptySubsequences: true)
        }
        if names.isEmpty {
            purposes = .missing
        } else {
            var resolved: [PurposePlan] = []
            for name in names {
                guard let purposePlan = plan.purposes[String(name)] else { break }
                resolved.append(purposePlan)
            }
            purposes = resolved.count == names.count ? .resolved(resolved) : .unknown
        }

        var seenBefore = false
        if let subjects, let field = plan.subjectField, plan.isEnabled(.duplicateSubject),
           slots[field] >= 0, let key = entries[slots[field]].value.text, !plan.missingValues.contains(key) {
            seenBefore = !subjects.pointee.insert(key)
        }
        isRepeatSubject = seenBefore
    }

    private static func flatten(_ record: Record, prefix: String?, plan: PolicyPlan, into entries: inout [Entry]) {
        for field in record.fields {
            let path = prefix.map { "\($0).\(field.name)" } ?? field.name
            if let index = plan.fieldIndex[path] {
                entries.append(Entry(path: path, value: field.value, field: index))
            } else if case .object(let inner) = field.value, plan.nestedPrefixes.contains(path) {
                flatten(inner, prefix: path, plan: plan, into: &entries)
            } else {
                entries.append(Entry(path: path, value: field.value, field: nil))
            }
        }
    }

    /// The record's value for a declared field, nil when the record lacks the field.
    package func value(of field: Int) -> FieldValue? {
        let slot = slots[field]
        return slot < 0 ? nil : entries[slot].value
    }

    /// True when the value counts as absent: null or one of the policy's missing values.
    package func isMissing(_ value: FieldValue?) -> Bool {
        switch value {
        case nil, .null?: true
        case .string(let text)?: plan.missingValues.contains(text)
        default: false
        }
    }

    /// The text of a declared field when it has a non-missing string or number value.
    package func text(of field: Int) -> String? {
        guard let value = value(of: field), !isMissing(value) else { return nil }
        return value.text
    }

    package func name(of field: Int) -> String { plan.policy.fields[field].name }

    /// "missing" when the record lacks the field, "empty" when its value counts as absent.
    package func absence(of field: Int) -> String {
        value(of: field) == nil ? "missing" : "empty"
    }

    /// The record's lawful bases, mapped through the vocabulary; nil when it names none.
    /// `hasUnknown` is true when a word maps to no basis.
    package func lawfulBases() -> (bases: [LawfulBasis], hasUnknown: Bool)? {
        guard let field = plan.basisField, let text = text(of: field) else { return nil }
        var bases: [LawfulBasis] = []
        var hasUnknown = false
        for word in text.split(separator: ";", omittingEmptySubsequences: true) {
            if let basis = plan.policy.lawfulBasis(for: String(word)) { bases.append(basis) } else { hasUnknown = true }
        }
        return bases.isEmpty && !hasUnknown ? nil : (bases, hasUnknown)
    }

    /// True when the record processes `purpose` on the consent basis: it names consent, or
    /// it names no basis and consent is the purpose's only one.
    package func reliesOnConsent(_ purpose: PurposePlan) -> Bool {
        guard purpose.purpose.consent != nil else { return false }
        if let named = lawfulBases() { return named.bases.contains(.consent) }
        return purpose.purpose.lawfulBases == [.consent]
    }

    /// Reads a declared date or datetime field; `.absent` when missing, `.invalid` when the
    /// value is not one.
    package func timestamp(of field: Int) -> TemporalValue {
        guard let text = text(of: field) else { return isMissing(value(of: field)) ? .absent : .invalid }
        let type = plan.policy.fields[field].type
        let parsed = Timestamp.parse(text, allowDate: type != .datetime, allowDateTime: type != .date)
        return parsed.map(TemporalValue.valid) ?? .invalid
    }
}

package enum TemporalValue {
    case absent
    case invalid
    case valid(Timestamp)
}
