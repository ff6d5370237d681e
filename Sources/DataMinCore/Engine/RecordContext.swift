/// One record prepared for the checks: fields flattened to paths and matched to the
/// policy, values as UTF-8 bytes, purposes and lawful bases resolved. Built once per record
/// and shared by every check.
///
/// The context only views memory owned by whoever built it (a CSV batch, or a scratch
/// buffer filled from a ``Record``), so it exists only inside ``with(_:purpose:plan:tracksSubjects:_:)``,
/// ``with(entries:purpose:plan:tracksSubjects:_:)`` and
/// ``with(entries:slots:purpose:plan:tracksSubjects:_:)``. Building one allocates nothing.
package struct RecordContext {
    /// What kind of value a field holds.
    package enum ValueKind: UInt8, BitwiseCopyable {
        case string, number, bool, null, array, object

        /// Words for messages: "an object", "a list".
        package var name: String {
            switch self {
            case .string: "a string"
            case .number: "a number"
            case .bool: "a boolean"
            case .null: "null"
            case .array: "a list"
            case .object: "an object"
            }
        }
    }

    /// One field of the record as the checks see it.
    package struct Entry: BitwiseCopyable {
        /// Index into the policy's fields, or -1 when the policy does not declare the field.
        package var fieldIndex: Int32
        package var kind: ValueKind
        /// The field's name, or dotted path inside a nested object, as the record spells
        /// it; may be empty for a declared field, whose name the policy has.
        package var name: UTF8Bytes
        /// The text of a string or number, `true` or `false` for a boolean; empty for other kinds.
        package var value: UTF8Bytes

        package init(fieldIndex: Int32, kind: ValueKind, name: UTF8Bytes = UTF8Bytes(), value: UTF8Bytes) {
            self.fieldIndex = fieldIndex
            self.kind = kind
            self.name = name
            self.value = value
        }

        /// Index into the policy's fields, or nil when the policy does not declare it.
        package var field: Int? { fieldIndex < 0 ? nil : Int(fieldIndex) }
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
        package var bases: LawfulBasisSet
        /// True when a word maps to no basis.
        package var hasUnknown: Bool
    }

    package let plan: PolicyPlan
    /// The record's fields in input order.
    package let entries: ElementView<Entry>
    package let purposes: Purposes
    /// True when the input was given a purpose (`--purpose`, the config) that this record's
    /// own purpose field overrides, even where it is empty.
    package let overridesInputPurpose: Bool
    /// The record's lawful bases; nil when it names none (or the policy has no basis field).
    package let namedBases: NamedBases?
    /// The hash of the record's subject key, when the duplicate check is on, the caller
    /// tracks subjects and the record has a subject.
    package let subjectKey: UInt64?
    /// What the free-text scanner found in ``PolicyPlan/freeTextFields``, each match
    /// naming its field: one pass per note serves both checks and redaction (issue #29).
    package var freeTextMatches: [TextMatch] = []
    /// Where the retention clock of the record's first purpose starts, read once for the
    /// retention checks, which all ask (``cacheRetentionStart()``): reading it parses dates.
    /// The purpose is held by identity, not by reference: a reference would be retained and
    /// released with every copy of the context, on every worker, on one shared object.
    private var firstRetentionStart: (purpose: ObjectIdentifier, start: RetentionStart)?
    /// Entry index for each declared field, -1 when the record lacks it.
    private let slots: ElementView<Int32>
    /// The declared fields whose first value is present (not missing): the fields
    /// ``isMissing(field:)`` is false for; nil for a policy of more than 64 fields.
    package let presentFields: FieldMask?
    /// The declared fields with a present value in any of their entries (a repeated name
    /// has several); nil for a policy of more than 64 fields.
    package let presentAnywhere: FieldMask?
    /// True when some entry names no declared field.
    package let hasUndeclared: Bool

    /// Runs `body` with the context of fields a reader already laid out (CSV rows).
    ///
    /// - Parameter purpose: the purpose(s) for a record without a purpose field.
    package static func with<Result>(
        entries: ElementView<Entry>, purpose: String?, plan: PolicyPlan, tracksSubjects: Bool,
        _ body: (inout RecordContext) -> Result
    ) -> Result {
        Scratch<Int32>.with(capacity: plan.fieldRules.count) { slots in
            with(entries: entries, slots: &slots, purpose: purpose, plan: plan, tracksSubjects: tracksSubjects, body)
        }
    }

    /// Runs `body` like ``with(entries:purpose:plan:tracksSubjects:_:)``, the field slots in
    /// `slots` (room for one per declared field, emptied first): a batch's rows share it.
    package static func with<Result>(
        entries: ElementView<Entry>, slots: inout Scratch<Int32>, purpose: String?, plan: PolicyPlan, tracksSubjects: Bool,
        _ body: (inout RecordContext) -> Result
    ) -> Result {
        slots.removeAll()
        slots.fill(with: -1)
        var first = FieldMask()
        var anywhere = FieldMask()
        var hasUndeclared = false
        let masks = plan.fitsFieldMasks
        for (offset, entry) in entries.enumerated() {
            guard entry.fieldIndex >= 0 else {
                hasUndeclared = true
                continue
            }
            let field = Int(entry.fieldIndex)
            let isFirst = slots[field] < 0
            if isFirst { slots[field] = Int32(offset) }
            if masks, !isMissing(entry, plan: plan) {
                anywhere.insert(field)
                if isFirst { first.insert(field) }
            }
        }
        // Handed over as inout so the checks' preparation fills it in place, not in a copy.
        var context = RecordContext(
            plan: plan, entries: entries, slots: slots.elements, present: masks ? (first, anywhere) : nil,
            hasUndeclared: hasUndeclared, purpose: purpose, tracksSubjects: tracksSubjects)
        return body(&context)
    }

    /// Runs `body` with the context of `record`, its strings copied into one scratch buffer.
    package static func with<Result>(
        _ record: Record, purpose: String?, plan: PolicyPlan, tracksSubjects: Bool,
        _ body: (inout RecordContext) -> Result
    ) -> Result {
        var size = (entries: 0, bytes: 0)
        measure(record, prefixLength: nil, into: &size)
        return Scratch<Entry>.with(capacity: size.entries) { entries in
            Scratch<UInt8>.with(capacity: size.bytes) { bytes in
                var flattener = Flattener(plan: plan, entries: entries, bytes: bytes)
                flattener.add(record, prefix: nil)
                return with(entries: flattener.entries.elements, purpose: purpose, plan: plan, tracksSubjects: tracksSubjects, body)
            }
        }
    }

    private init(
        plan: PolicyPlan, entries: ElementView<Entry>, slots: ElementView<Int32>, present: (first: FieldMask, anywhere: FieldMask)?,
        hasUndeclared: Bool, purpose: String?, tracksSubjects: Bool
    ) {
        self.plan = plan
        self.entries = entries
        self.slots = slots
        self.hasUndeclared = hasUndeclared
        presentFields = present?.first
        presentAnywhere = present?.anywhere
        overridesInputPurpose = purpose != nil && plan.purposeField.map { slots[$0] >= 0 } == true
        if let field = plan.purposeField, slots[field] >= 0 {
            purposes = RecordContext.resolve(RecordContext.presentText(field, plan: plan, entries: entries, slots: slots), plan: plan)
        } else if let purpose {
            purposes = purpose.withUTF8Bytes { RecordContext.resolve($0, plan: plan) }
        } else {
            purposes = .missing
        }
        namedBases = plan.basisField.flatMap { RecordContext.presentText($0, plan: plan, entries: entries, slots: slots) }
            .flatMap { RecordContext.bases(in: $0, plan: plan) }
        if tracksSubjects, plan.checksDuplicateSubjects, let field = plan.subjectField,
            let key = RecordContext.presentText(field, plan: plan, entries: entries, slots: slots)
        {
            subjectKey = SubjectTracker.key(of: key)
        } else {
            subjectKey = nil
        }
    }

    private static func presentText(_ field: Int, plan: PolicyPlan, entries: ElementView<Entry>, slots: ElementView<Int32>)
        -> UTF8Bytes?
    {
        let slot = slots[field]
        guard slot >= 0 else { return nil }
        let entry = entries[Int(slot)]
        switch entry.kind {
        case .string: return plan.isMissing(text: entry.value) ? nil : entry.value
        case .number: return entry.value
        default: return nil
        }
    }

    private static func resolve(_ names: UTF8Bytes?, plan: PolicyPlan) -> Purposes {
        guard let names, !names.isEmpty else { return .missing }
        if let single = plan.purposeNames.first(where: { names.equals($0.name) }) { return .resolved(single.purposes) }
        guard names.contains(UInt8(ascii: ";")) else { return .unknown }
        let parts = names.split(separator: UInt8(ascii: ";"))
        if parts.isEmpty { return .missing }
        var resolved: [PurposePlan] = []
        for name in parts {
            guard let plan = plan.purposeNames.first(where: { name.equals($0.name) }) else { return .unknown }
            // `sales;sales` is one purpose: its findings once, as in SQL (issue #30).
            for purpose in plan.purposes where !resolved.contains(where: { $0 === purpose }) { resolved.append(purpose) }
        }
        return .resolved(resolved)
    }

    private static func bases(in text: UTF8Bytes, plan: PolicyPlan) -> NamedBases? {
        var named = NamedBases(bases: LawfulBasisSet(), hasUnknown: false)
        if let basis = plan.lawfulBasis(for: text) {
            named.bases.insert(basis)
            return named
        }
        guard text.contains(UInt8(ascii: ";")) else { return NamedBases(bases: named.bases, hasUnknown: true) }
        for word in text.split(separator: UInt8(ascii: ";")) {
            if let basis = plan.lawfulBasis(for: word) { named.bases.insert(basis) } else { named.hasUnknown = true }
        }
        return named.bases.isEmpty && !named.hasUnknown ? nil : named
    }

    /// An upper bound of the entries and bytes `record` flattens to.
    private static func measure(_ record: Record, prefixLength: Int?, into size: inout (entries: Int, bytes: Int)) {
        for field in record.fields {
            let pathLength = (prefixLength.map { $0 + 1 } ?? 0) + field.name.utf8.count
            size.entries += 1
            size.bytes += pathLength
            switch field.value {
            case .string(let text), .number(let text): size.bytes += text.utf8.count
            case .bool: size.bytes += 5
            case .object(let inner): measure(inner, prefixLength: pathLength, into: &size)
            default: break
            }
        }
    }

    /// The record checks to run on this record: its purpose's program when it names exactly
    /// one, less the checks of the rules it keeps; the policy's otherwise; less the checks of
    /// undeclared fields when it has none.
    package var checks: [any RecordCheck.Type] {
        guard case .resolved(let purposes) = purposes, purposes.count == 1 else {
            return hasUndeclared ? plan.program.all : plan.program.declaredOnly
        }
        // Each list is read through the purpose's reference: binding its program would copy
        // the program and retain every list in it, once per record.
        let purpose = purposes[0]
        if !purpose.program.rules.isEmpty, keeps(purpose.program.rules, of: purpose) {
            return hasUndeclared ? purpose.program.beyondRules.all : purpose.program.beyondRules.declaredOnly
        }
        return hasUndeclared ? purpose.program.all : purpose.program.declaredOnly
    }

    /// The purposes the record resolves to; empty when it names none or an unknown one.
    package var resolvedPurposes: [PurposePlan] {
        if case .resolved(let resolved) = purposes { resolved } else { [] }
    }

    /// True when the entry's value counts as absent (null or one of the policy's missing values).
    package func isMissing(_ entry: Entry) -> Bool {
        RecordContext.isMissing(entry, plan: plan)
    }

    private static func isMissing(_ entry: Entry, plan: PolicyPlan) -> Bool {
        switch entry.kind {
        case .null: true
        case .string: plan.isMissing(text: entry.value)
        default: false
        }
    }

    /// True when the record lacks the declared field or its value counts as absent.
    package func isMissing(field: Int) -> Bool {
        let slot = slots[field]
        return slot < 0 || isMissing(entries[Int(slot)])
    }

    /// True when the record has the declared field named `name`, whatever its value.
    package func holds(fieldNamed name: String) -> Bool {
        plan.fieldIndex[name].map { slots[$0] >= 0 } ?? false
    }

    /// The text of a declared field when it has a non-missing string or number value.
    package func text(of field: Int) -> UTF8Bytes? {
        RecordContext.presentText(field, plan: plan, entries: entries, slots: slots)
    }

    package func name(of field: Int) -> String { plan.fieldRules[field].name }

    /// The entry's name or dotted path, for messages.
    package func path(of entry: Entry) -> String {
        entry.field.map(name(of:)) ?? entry.name.string
    }

    /// The message of a finding whose words follow from `check`, `field`, `purpose` and
    /// `detail` alone (the policy's words, never a value): made by `render` at the first
    /// such finding and shared after (``FindingTexts``).
    /// - Parameter detail: which of the check's sentences, when it has several.
    package func message(
        _ check: CheckID, field: Int?, purpose: PurposePlan? = nil, detail: Int = 0, _ render: () -> String
    ) -> String {
        (purpose?.findingTexts ?? plan.findingTexts).text(check, field: field, detail: detail, render)
    }

    /// Which absence ``absence(of:)`` names, as a finding's detail: 0 missing, 1 empty.
    package func absenceDetail(of field: Int) -> Int { slots[field] < 0 ? 0 : 1 }

    /// "missing" when the record lacks the field, "empty" when its value counts as absent.
    package func absence(of field: Int) -> String {
        slots[field] < 0 ? "missing" : "empty"
    }

    /// True when the record processes `purpose` on the consent basis: it names consent, or
    /// it names no basis and consent is the purpose's only one, or the purpose relies on
    /// explicit consent for special-category data whatever the basis (Art. 9(2)(a)).
    package func reliesOnConsent(_ purpose: PurposePlan) -> Bool {
        guard purpose.purpose.consent != nil else { return false }
        if purpose.needsExplicitConsent { return true }
        if let named = namedBases { return named.bases.contains(.consent) }
        return purpose.purpose.lawfulBases == [.consent]
    }

    /// Where `purpose`'s retention clock starts: the latest valid value of its `from`
    /// fields, moved to 31 December with `align: year_end`.
    package func retentionStart(of purpose: PurposePlan) -> RetentionStart {
        if let first = firstRetentionStart, first.purpose == ObjectIdentifier(purpose) { return first.start }
        return readRetentionStart(of: purpose)
    }

    /// Reads the first purpose's retention start once, before the checks that ask for it run.
    package mutating func cacheRetentionStart() {
        guard case .resolved(let resolved) = purposes, let first = resolved.first else { return }
        firstRetentionStart = (ObjectIdentifier(first), readRetentionStart(of: first))
    }

    private func readRetentionStart(of purpose: PurposePlan) -> RetentionStart {
        var latest: (Timestamp, Int)?
        var firstInvalid: Int?
        for field in purpose.retentionFrom {
            switch timestamp(of: field) {
            case .valid(let value): if latest == nil || value > latest!.0 { latest = (value, field) }
            case .invalid: if firstInvalid == nil { firstInvalid = field }
            case .absent: break
            }
        }
        guard let (latestStart, field) = latest else {
            if let firstInvalid { return .invalid(field: firstInvalid) }
            return .allMissing
        }
        var start = latestStart
        if purpose.alignsToYearEnd {
            start = Timestamp(date: start.date.yearEnd)
        }
        return .started(start, field: field)
    }

    /// True when the record is under a legal hold: never past retention.
    package var isOnLegalHold: Bool {
        plan.legalHoldField.map(isTrueish) ?? false
    }

    /// True for a boolean field holding a valid true, or a date/datetime field holding a
    /// valid value on or before the as-of date (SPEC §8.2); false when missing or invalid.
    package func isTrueish(_ field: Int) -> Bool {
        if plan.fieldRules[field].type == .boolean {
            return text(of: field).flatMap(ValueSyntax.boolean) == true || booleanEntry(field) == true
        }
        if case .valid(let value) = timestamp(of: field) { return value.date <= plan.asOf }
        return false
    }

    /// The JSON boolean a field holds, if it holds one.
    private func booleanEntry(_ field: Int) -> Bool? {
        let slot = slots[field]
        guard slot >= 0, entries[Int(slot)].kind == .bool else { return nil }
        return entries[Int(slot)].value.first == UInt8(ascii: "t")
    }

    /// Reads a declared date or datetime field; `.absent` when missing, `.invalid` when the
    /// value is not one.
    package func timestamp(of field: Int) -> TemporalValue {
        let slot = slots[field]
        guard slot >= 0, !isMissing(entries[Int(slot)]) else { return .absent }
        guard let text = text(of: field) else { return .invalid }
        return plan.valueTests[field].timestamp(text, field: field, plan: plan).map(TemporalValue.valid) ?? .invalid
    }

    /// True when `a`, read from field `fieldA`, is later than `b`, read from `fieldB`: as
    /// instants when both fields are datetimes, as UTC calendar days when either is a date
    /// (SPEC §8), so a withdrawal dated the day consent was given at 10:00 is not before it.
    package func isLater(_ a: Timestamp, of fieldA: Int, than b: Timestamp, of fieldB: Int) -> Bool {
        if plan.fieldRules[fieldA].type == .date || plan.fieldRules[fieldB].type == .date { return a.date > b.date }
        return a > b
    }
}

package enum TemporalValue {
    case absent
    case invalid
    case valid(Timestamp)
}

/// Where a record's retention clock starts for one purpose.
package enum RetentionStart {
    /// At this instant, read from `field`.
    case started(Timestamp, field: Int)
    /// Every `from` field is missing.
    case allMissing
    /// No `from` field holds a valid value; `field` is the first invalid one.
    case invalid(field: Int)
}

/// Flattens a ``Record`` into entries and one byte buffer, matching names to the policy.
private struct Flattener {
    let plan: PolicyPlan
    /// Handles on the caller's scratch room, which they fill.
    private(set) var entries: Scratch<RecordContext.Entry>
    private var bytes: Scratch<UInt8>

    init(plan: PolicyPlan, entries: Scratch<RecordContext.Entry>, bytes: Scratch<UInt8>) {
        self.plan = plan
        self.entries = entries
        self.bytes = bytes
    }

    /// Adds the fields of `record`; nested objects under a declared prefix are looked into
    /// field by field, with their paths `prefix.name`.
    mutating func add(_ record: Record, prefix: String?) {
        var matcher = FieldMatcher(plan: plan)
        for field in record.fields {
            let path = prefix.map { "\($0).\(field.name)" } ?? field.name
            let index = matcher.field(named: path)
            if index == nil, matcher.descends(into: path) {
                // A null object of declared fields holds none of them: they are absent.
                if case .object(let inner) = field.value {
                    add(inner, prefix: path)
                    continue
                }
                if case .null = field.value { continue }
            }
            var value = UTF8Bytes()
            if let text = field.value.text { value = copy(text) }
            if case .bool(let flag) = field.value { value = copy(flag ? "true" : "false") }
            entries.append(
                RecordContext.Entry(
                    fieldIndex: Int32(index ?? -1), kind: field.value.kind, name: index == nil ? copy(path) : UTF8Bytes(), value: value))
        }
    }

    private mutating func copy(_ text: String) -> UTF8Bytes { bytes.append(utf8: text) }
}
