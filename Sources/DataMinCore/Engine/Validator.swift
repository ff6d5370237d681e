import FoundationEssentials
import Synchronization

/// Checks records against a policy. Compile once, then share: a `Validator` is immutable
/// and safe to use from many tasks at once.
///
///     let validator = Validator(policy: policy)
///     let violations = validator.validate(record, purpose: "sales")
///     let minimised = try validator.admit(record, purpose: "sales")
///
/// Without an `asOf` date, every call judges retention and consent as of the day of the
/// call (UTC), so a long-running service does not keep its start-up day: the policy is
/// compiled again once per day, on the first call of the day.
public struct Validator: Sendable {
    package private(set) var plan: PolicyPlan
    /// True when findings carry their record's digest, for a baseline (`--baseline`,
    /// `--write-baseline`): two hashes a record, which nothing else needs.
    package var digestsRecords = false
    /// The validators of the days, for one built without a fixed `asOf`.
    private var daily: DailyValidators?
    /// When true, violations carry the offending value (`--show-values`).
    public let showValues: Bool

    /// Compiles `policy` into per-purpose lookup tables.
    ///
    /// - Parameters:
    ///   - asOf: the date retention and consent are judged on; today in UTC by default.
    ///   - showValues: put the offending value into each violation. Off by default: the
    ///     data being validated is personal data.
    ///   - dueWithin: turns on `retention-due` for records whose retention ends within this
    ///     window after `asOf` (`--due-within`).
    ///   - suppression: erased subjects, for `erased-subject`; see ``SuppressionList``.
    public init(
        policy: Policy, asOf: CalendarDate? = nil, showValues: Bool = false, dueWithin: ISODuration? = nil,
        suppression: SuppressionList? = nil
    ) {
        self.init(
            policy: policy, asOf: asOf ?? .today(), showValues: showValues, dueWithin: dueWithin, suppression: suppression, keySalt: nil)
        if asOf == nil {
            daily = DailyValidators(self)
        }
    }

    /// A validator whose findings name personal record keys by a pseudonym salted with
    /// `keySalt` (`DATAMIN_KEY_SALT`); nil names them not at all.
    package init(
        policy: Policy, asOf: CalendarDate, showValues: Bool, dueWithin: ISODuration?, suppression: SuppressionList?, keySalt: [UInt8]?
    ) {
        plan = PolicyPlan(
            policy: policy, asOf: asOf, showsValues: showValues, dueWithin: dueWithin, suppression: suppression, keySalt: keySalt)
        self.showValues = showValues
        daily = nil
    }

    /// This validator judging each call by the day it is made (UTC), as one built without
    /// `asOf` does: for a service that runs for weeks.
    package func followingTheCalendar() -> Validator {
        var following = self
        following.daily = DailyValidators(self)
        return following
    }

    /// This validator with its plan for today, when it follows the calendar; itself otherwise.
    private var current: Validator { daily?.validator(for: .today()) ?? self }

    public var policy: Policy { plan.policy }

    /// This validator running every enabled check on every record, not only those that may
    /// find something there (``CheckProgram``), on this validator's as-of date (it does not
    /// follow the calendar): for the tests that compare the two.
    package func runningEveryCheck() -> Validator {
        var every = self
        every.plan = PolicyPlan(
            policy: plan.policy, asOf: plan.asOf, showsValues: showValues, dueWithin: plan.dueWithin, suppression: plan.suppression,
            keySalt: plan.keySalt, everyCheck: true)
        every.daily = nil
        return every
    }

    /// This validator with `field` as the record key of its findings (an input's `key:`).
    /// The field must be declared.
    package func keyed(by field: String) -> Validator {
        var policy = plan.policy
        policy.key = field
        var keyed = Validator(
            policy: policy, asOf: plan.asOf, showValues: showValues, dueWithin: plan.dueWithin, suppression: plan.suppression,
            keySalt: plan.keySalt)
        keyed.digestsRecords = digestsRecords
        return plan.runsEveryCheck ? keyed.runningEveryCheck() : keyed
    }

    /// The date retention and consent are judged on.
    public var asOf: CalendarDate { current.plan.asOf }

    /// True when the policy defines every purpose in `names` (several separated by `;`).
    public func definesPurposes(_ names: String) -> Bool {
        let parts = names.split(separator: ";", omittingEmptySubsequences: true)
        return !parts.isEmpty && parts.allSatisfy { plan.purposes[String($0)] != nil }
    }

    /// Every violation in one record.
    ///
    /// - Parameters:
    ///   - purpose: the purpose(s) to use when the record has no `record.purpose` field.
    ///   - location: where the record came from; copied into each violation.
    /// - Returns: violations in check order; empty when the record is clean.
    public func validate(_ record: Record, purpose: String? = nil, location: RecordLocation = RecordLocation()) -> [Violation] {
        if daily != nil { return current.validate(record, purpose: purpose, location: location) }
        let repeated = repeatedNames(in: record, location: location)
        let checked = checkedRecord(record, repeated: repeated)
        let found = evaluate(checked, purpose: purpose, location: location, tracksSubjects: false).violations
        return repeated.isEmpty ? found : repeated + found
    }

    /// Every violation in one record given as its values in the order of the policy's
    /// fields (`policy.fields`), the fast way to check a row before an insert: no
    /// ``Record`` is built and each value is copied once.
    ///
    ///     let order = validator.policy.fields.map(\.name)  // once
    ///     let violations = validator.validate(values: row, purpose: "sales")
    ///
    /// - Parameters:
    ///   - values: one per declared field, in declaration order; nil when the record lacks
    ///     the field. Values past the policy's fields are ignored; missing ones count as nil.
    ///     (A policy from YAML declares each name once; one edited in code must too.)
    ///     Every value is text, as in a CSV cell: `"42"`, `"true"`, `"2026-06-01"`.
    ///   - purpose: the purpose(s) to use when the record has no `record.purpose` field.
    /// - Returns: the violations ``validate(_:purpose:location:)`` returns for the same
    ///   record built from these values.
    public func validate(values: [String?], purpose: String? = nil, location: RecordLocation = RecordLocation()) -> [Violation] {
        if daily != nil { return current.validate(values: values, purpose: purpose, location: location) }
        let fields = min(values.count, plan.fieldRules.count)
        var size = 0
        for index in 0..<fields { size += values[index]?.utf8.count ?? 0 }
        return Scratch<RecordContext.Entry>.with(capacity: fields) { entries in
            Scratch<UInt8>.with(capacity: size) { bytes in
                for index in 0..<fields {
                    guard let value = values[index] else { continue }
                    entries.append(RecordContext.Entry(fieldIndex: Int32(index), kind: .string, value: bytes.append(utf8: value)))
                }
                return RecordContext.with(entries: entries.elements, purpose: purpose, plan: plan, tracksSubjects: false) {
                    evaluate(&$0, location: location).violations
                }
            }
        }
    }

    /// `duplicate-field` for each name an object of `record` holds twice, worded as the
    /// file readers word it: a record built in code can repeat a name as a JSON object can,
    /// and only the first value is checked (issue #33).
    private func repeatedNames(in record: Record, location: RecordLocation, prefix: String? = nil) -> [Violation] {
        guard let severity = plan.severities[.duplicateField] else { return [] }
        var violations: [Violation] = []
        let fields = record.fields
        // A small record compares names, which costs less than hashing them; a large one
        // keeps a set, so that its cost stays linear.
        var seen: Set<String>? = fields.count > 32 ? [] : nil
        for (index, field) in fields.enumerated() {
            let repeated = seen != nil ? !seen!.insert(field.name).inserted : fields[..<index].contains { $0.name == field.name }
            if repeated {
                let path = prefix.map { "\($0).\(field.name)" } ?? field.name
                violations.append(
                    Violation(
                        check: .duplicateField, severity: severity, article: nil,
                        message: "\(FieldNameText.described(path)) occurs twice in the object; only the first is validated",
                        field: FieldNameText.showable(path), location: location))
            } else {
                violations += repeatedNames(in: field.value, location: location, path: prefix.map { "\($0).\(field.name)" } ?? field.name)
            }
        }
        return violations
    }

    /// The repeated names inside a value: an object's, and those of the objects of a list
    /// (named `items.sku` as the file readers name them).
    private func repeatedNames(in value: FieldValue, location: RecordLocation, path: String) -> [Violation] {
        switch value {
        case .object(let inner): repeatedNames(in: inner, location: location, prefix: path)
        case .array(let values): values.flatMap { repeatedNames(in: $0, location: location, path: path) }
        default: []
        }
    }

    /// Every violation in one record of a run, tracking subjects for `duplicate-subject`.
    public func validate(
        _ record: Record, purpose: String? = nil, location: RecordLocation = RecordLocation(),
        subjects: inout SubjectTracker
    ) -> [Violation] {
        if daily != nil { return current.validate(record, purpose: purpose, location: location, subjects: &subjects) }
        let repeated = repeatedNames(in: record, location: location)
        let checked = checkedRecord(record, repeated: repeated)
        return repeated + complete(evaluate(checked, purpose: purpose, location: location), subjects: &subjects)
    }

    /// `record` as a file run checks it: the first field of each name, in nested objects too
    /// ("only the first is validated"). `repeated` are its `duplicate-field` violations, which
    /// say nothing when that check is off: then the record is rebuilt whatever it holds.
    private func checkedRecord(_ record: Record, repeated: [Violation]) -> Record {
        repeated.isEmpty && plan.severities[.duplicateField] != nil ? record : Self.firstOfEachName(record)
    }

    private static func firstOfEachName(_ record: Record) -> Record {
        var seen: Set<String> = []
        var fields: [Record.Field] = []
        for field in record.fields where seen.insert(field.name).inserted {
            fields.append(Record.Field(name: field.name, value: firstOfEachName(field.value)))
        }
        return Record(fields: fields)
    }

    private static func firstOfEachName(_ value: FieldValue) -> FieldValue {
        switch value {
        case .object(let inner): .object(firstOfEachName(inner))
        case .array(let values): .array(values.map(firstOfEachName))
        default: value
        }
    }

    /// What the record checks found in one record; ``complete(_:subjects:)`` adds the
    /// run-scoped duplicate check's finding to it in input order.
    package struct Outcome: Sendable {
        package var violations: [Violation]
        /// The hash of the record's subject key, when it has one and the check is on.
        package var subjectKey: UInt64?
        /// The subject key itself, only when values are shown.
        package var subjectValue: String?
        /// The 1-based CSV column of the subject field, for a `duplicate-subject` violation.
        package var subjectColumn: Int?
        package var location: RecordLocation
        /// The record's key, when it has one and a finding may need it.
        package var key: (digest: RecordDigest, shown: String?)?
        /// The digest of the subject key, when subjects are tracked: a `duplicate-subject`
        /// finding is about the subject, so a baseline ties it to the subject, whichever
        /// of the subject's records comes second.
        package var subjectDigest: RecordDigest?
        /// What the free-text checks found in the record's notes, for the redacted copy
        /// (``RowLayout``, ``redactingFreeText(_:matches:)``): the notes are not scanned again.
        package var freeTextMatches: [TextMatch] = []
    }

    /// Runs the record checks on one record. Safe to call from many threads at once; pass
    /// the outcomes to ``complete(_:subjects:)`` in input order.
    package func evaluate(_ record: Record, purpose: String?, location: RecordLocation, tracksSubjects: Bool = true) -> Outcome {
        RecordContext.with(record, purpose: purpose, plan: plan, tracksSubjects: tracksSubjects) { evaluate(&$0, location: location) }
    }

    /// What the record checks find in `context`, which is first given the free-text matches
    /// and the retention clock they share.
    func evaluate(_ context: inout RecordContext, location: RecordLocation) -> Outcome {
        if !plan.freeTextFields.isEmpty {
            var found: [TextMatch] = []
            for (field, kinds) in plan.freeTextFields {
                guard let text = context.text(of: field) else { continue }
                let first = found.count
                FreeTextScanner.matches(in: text, kinds: kinds, into: &found, terms: plan.extraTerms)
                for index in first..<found.count { found[index].field = Int32(field) }
            }
            context.freeTextMatches = found
        }
        if plan.checksRetention { context.cacheRetentionStart() }
        var violations: [Finding] = []
        for check in context.checks { check.check(context, into: &violations) }
        if context.hasUndeclared { suggestDeclaredNames(in: &violations, context: context) }
        fillIn(&violations, location: location, context: context)
        let subjectValue = showValues && context.subjectKey != nil ? plan.subjectField.flatMap(context.text(of:))?.string : nil
        // Only a record with a finding, or one that may turn out a duplicate, needs its key,
        // and only when something uses it: a baseline, or a key reports may show.
        var key: (digest: RecordDigest, shown: String?)?
        if !violations.isEmpty || context.subjectKey != nil, let keying = plan.keying,
            digestsRecords || keying.inClear || keying.salt != nil, let bytes = context.text(of: keying.field)
        {
            let digest = RecordDigest(key: bytes, folding: keying.folds)
            // A pseudonym costs a SHA-256: made here, on a worker, only for a record with findings.
            key = (digest, keying.inClear || !violations.isEmpty ? keying.shown(bytes, digest: digest) : nil)
            for index in violations.indices {
                violations[index].key = key?.shown
                violations[index].recordDigest = digest
            }
        }
        var subjectDigest: RecordDigest?
        if digestsRecords, context.subjectKey != nil, let field = plan.subjectField {
            subjectDigest =
                plan.keying?.folds == true ? key?.digest : context.text(of: field).map { RecordDigest(key: $0, folding: true) }
        }
        return Outcome(
            violations: violations, subjectKey: context.subjectKey, subjectValue: subjectValue, subjectColumn: nil, location: location,
            key: key, subjectDigest: subjectDigest, freeTextMatches: context.freeTextMatches)
    }

    /// The outcome's violations plus `duplicate-subject` when its subject was seen before in
    /// `subjects`; records the subject.
    package func complete(_ outcome: Outcome, subjects: inout SubjectTracker) -> [Violation] {
        var outcome = outcome
        complete(&outcome, subjects: &subjects)
        return outcome.violations
    }

    /// Adds `duplicate-subject` to the outcome's violations when its subject was seen before
    /// in `subjects`; records the subject. In place: the merge thread calls it for every
    /// record, and a copy of an outcome retains each of its arrays and strings.
    package func complete(_ outcome: inout Outcome, subjects: inout SubjectTracker) {
        guard let key = outcome.subjectKey, !subjects.insert(key), let duplicate = plan.duplicateSubject else { return }
        outcome.violations.append(duplicate)
        let last = outcome.violations.count - 1
        outcome.violations[last].location = outcome.location
        outcome.violations[last].location.column = outcome.subjectColumn
        outcome.violations[last].value = outcome.subjectValue
        outcome.violations[last].recordDigest = outcome.subjectDigest
        if let key = outcome.key {
            outcome.violations[last].key = key.shown ?? plan.keying?.salt.map { key.digest.pseudonym(salt: $0) }
        }
    }

    /// Every finding in `record` and, when it has no error, its minimised copy: what a
    /// service answers before an insert, from one evaluation of the record.
    ///
    ///     let admission = validator.admission(of: record, purpose: "sales")
    ///     if let minimised = admission.minimised { try store(minimised) } else { reject(admission.violations) }
    public func admission(of record: Record, purpose: String? = nil) -> Admission {
        if daily != nil { return current.admission(of: record, purpose: purpose) }
        let repeated = repeatedNames(in: record, location: RecordLocation())
        let checked = checkedRecord(record, repeated: repeated)
        let (outcome, purposes) = RecordContext.with(checked, purpose: purpose, plan: plan, tracksSubjects: false) {
            (evaluate(&$0, location: RecordLocation()), $0.resolvedPurposes)
        }
        let violations = repeated + outcome.violations
        let admitted = !violations.contains { $0.severity == .error }
        return Admission(violations: violations, minimised: admitted ? filter(checked, prefix: nil) { keeps($0, for: purposes) } : nil)
    }

    /// The minimised record if it has no error-level violation.
    ///
    /// - Throws: ``RecordRejection`` with the violations when the record is rejected.
    public func admit(_ record: Record, purpose: String? = nil) throws(RecordRejection) -> Record {
        let admission = admission(of: record, purpose: purpose)
        guard let minimised = admission.minimised else { throw RecordRejection(violations: admission.violations) }
        return minimised
    }

    /// The record with every field its purposes do not permit removed.
    ///
    /// Undeclared fields are always removed; when no purpose can be resolved, only the
    /// policy's `record:` fields are kept.
    public func minimise(_ record: Record, purpose: String? = nil) -> Record {
        if daily != nil { return current.minimise(record, purpose: purpose) }
        let purposes = RecordContext.with(record, purpose: purpose, plan: plan, tracksSubjects: false) { $0.resolvedPurposes }
        return filter(record, prefix: nil) { keeps($0, for: purposes) }
    }

    /// What redaction replaces in declared field `index`: the kinds the enabled free-text
    /// checks report there; empty for fields that are not `text`.
    package func redactedKinds(ofField index: Int) -> FreeTextKinds {
        plan.freeTextFields.first { $0.field == index }?.kinds ?? []
    }

    /// The record with what the free-text checks find inside its `text` fields replaced by
    /// `[kind]` (`[iban]`, `[health]`); every other byte of a note stays as it was.
    public func redactingFreeText(_ record: Record) -> Record {
        var redacted: Set<Int> = []
        return redact(record, prefix: nil, matches: nil, redacted: &redacted)
    }

    /// ``redactingFreeText(_:)`` with what evaluating the record found (its outcome's
    /// ``Outcome/freeTextMatches``): each declared field's first occurrence is redacted from
    /// those, without scanning its note again; a repeated one is scanned, and every note when
    /// `matches` is nil (a record that was not evaluated).
    package func redactingFreeText(_ record: Record, matches: [TextMatch]?) -> Record {
        var redacted: Set<Int> = []
        return redact(record, prefix: nil, matches: matches, redacted: &redacted)
    }

    /// Walks the record as the record view is built (``RecordContext``): the first occurrence
    /// of a declared field, whatever its value, is the one the checks scanned; a repeated one,
    /// and anything inside an object the view does not look into, is scanned here.
    private func redact(_ record: Record, prefix: String?, matches: [TextMatch]?, redacted: inout Set<Int>) -> Record {
        var result = record
        for (offset, field) in record.fields.enumerated() {
            let path = prefix.map { "\($0).\(field.name)" } ?? field.name
            let index = plan.fieldIndex[path]
            let first = index.map { redacted.insert($0).inserted } ?? false
            switch field.value {
            case .string(let text):
                guard let index else { continue }
                let kinds = redactedKinds(ofField: index)
                guard !kinds.isEmpty else { continue }
                let found = first ? matches?.filter { $0.field == index } : nil
                let copy = text.withUTF8Bytes { text in
                    guard let found, FreeTextScanner.fit(found, in: text) else {
                        return FreeTextScanner.redacted(text, kinds: kinds, terms: plan.extraTerms)
                    }
                    return FreeTextScanner.redacted(text, matches: found)
                }
                if let copy { result.fields[offset].value = .string(String(decoding: copy, as: UTF8.self)) }
            case .object(let inner):
                let lookedInto = index == nil && plan.nestedPrefixes.contains(path)
                result.fields[offset].value = .object(redact(inner, prefix: path, matches: lookedInto ? matches : nil, redacted: &redacted))
            default:
                continue
            }
        }
        return result
    }

    /// True when the minimised copy of a record with `purposes` keeps declared field
    /// `index`: a `record:` field, or one some purpose permits.
    package func keeps(_ index: Int, for purposes: [PurposePlan]) -> Bool {
        plan.isRecordField[index] || purposes.contains { $0.permitted[index] }
    }

    /// Violations for the header of a CSV file: undeclared and special-category column
    /// names, each located at its header cell, on its line in `lines` (one per name: a
    /// quoted name may hold a line break).
    package func headerViolations(_ names: [String], lines: [Int]) -> [Violation] {
        var violations: [Violation] = []
        for (offset, name) in names.enumerated() where plan.fieldIndex[name] == nil {
            let record = Record(fields: [Record.Field(name: name, value: .null)])
            var findings: [Finding] = []
            RecordContext.with(record, purpose: nil, plan: plan, tracksSubjects: false) { context in
                for check in plan.checks where check.readsOnlyUndeclaredFields { check.check(context, into: &findings) }
            }
            // A header is read once: worth a did-you-mean for a name that is a typo of a declared one.
            // Only a declared name the header lacks: a column already there is not what was meant.
            for index in findings.indices where findings[index].check == .undeclaredField && findings[index].field != nil {
                if let guess = plan.nameSuggestions.suggestion(for: name, isAbsent: { !names.contains($0) }) {
                    findings[index].message += "; did you mean '\(guess)'?"
                }
            }
            fillIn(&findings, location: RecordLocation(line: lines[offset], column: offset + 1), context: nil)
            violations += findings
        }
        return violations
    }

    /// Adds to each `undeclared-field` finding of a record the declared name it most likely
    /// stands for (`Email` for `email`), among those the record lacks, as a CSV header's
    /// names get (``headerViolations(_:lines:)``). Only a showable name gets one.
    private func suggestDeclaredNames(in findings: inout [Finding], context: RecordContext) {
        for index in findings.indices where findings[index].check == .undeclaredField {
            guard let name = findings[index].field, !name.isEmpty,
                let guess = plan.nameSuggestions.suggestion(for: name, isAbsent: { !context.holds(fieldNamed: $0) })
            else { continue }
            findings[index].message += "; did you mean '\(guess)'?"
        }
    }

    /// Makes `findings` violations in place: the policy's severity, the check's article
    /// unless a finding cites its own, `location`, and the value only when values are shown.
    private func fillIn(_ findings: inout [Finding], location: RecordLocation, context: RecordContext?) {
        for index in findings.indices {
            let check = findings[index].check
            findings[index].severity = plan.severity(of: check)
            if findings[index].article == nil { findings[index].article = plan.article(of: check) }
            findings[index].location = location
            if !showValues {
                findings[index].value = nil
            } else if findings[index].value == nil, let field = findings[index].field, let context,
                let entry = context.entries.first(where: { context.path(of: $0) == field })
            {
                findings[index].value = entry.kind == .string || entry.kind == .number ? entry.value.string : entry.kind.name
            }
        }
    }

    private func filter(_ record: Record, prefix: String?, keep: (Int) -> Bool) -> Record {
        var kept: [Record.Field] = []
        var seen = Set<String>()
        // Only the first of a repeated name was checked: only it may be kept.
        for field in record.fields where seen.insert(field.name).inserted {
            let path = prefix.map { "\($0).\(field.name)" } ?? field.name
            if let index = plan.fieldIndex[path] {
                if keep(index) { kept.append(field) }
            } else if case .object(let inner) = field.value, plan.nestedPrefixes.contains(path) {
                let innerKept = filter(inner, prefix: path, keep: keep)
                if !innerKept.fields.isEmpty { kept.append(Record.Field(name: field.name, value: .object(innerKept))) }
            }
        }
        return Record(fields: kept)
    }
}

/// A record refused by ``Validator/admit(_:purpose:)``, with every violation it has.
/// What ``Validator/admission(of:purpose:)`` decided about one record.
public struct Admission: Sendable, Codable {
    /// Every finding, errors and warnings, in check order.
    public var violations: [Violation]
    /// The record with what its purposes do not permit removed; nil when it is rejected.
    public var minimised: Record?

    /// True when the record has no error-level finding.
    public var isAdmitted: Bool { minimised != nil }

    public init(violations: [Violation], minimised: Record?) {
        self.violations = violations
        self.minimised = minimised
    }
}

/// A record ``Validator/admit(_:purpose:)`` refused, with every finding; `Codable` as the
/// JSON report writes findings, so a service can answer with it as it is.
public struct RecordRejection: Error, Sendable, CustomStringConvertible, Codable {
    public var violations: [Violation]

    public init(violations: [Violation]) {
        self.violations = violations
    }

    public var description: String {
        let errors = violations.filter { $0.severity == .error }
        return "record rejected: " + errors.map { "\($0.message) [\($0.check.rawValue)]" }.joined(separator: "; ")
    }
}

extension CalendarDate {
    /// Today's date in UTC.
    public static func today() -> CalendarDate {
        CalendarDate(dayNumber: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}

/// The validator of each day for a ``Validator`` built without a fixed `asOf`: compiled on
/// the first call of a day, kept until the next.
package final class DailyValidators: Sendable {
    /// The validator of the latest day asked for.
    private let latest: Mutex<Validator>

    package init(_ first: Validator) {
        latest = Mutex(first)
    }

    package func validator(for day: CalendarDate) -> Validator {
        latest.withLock { validator in
            if validator.plan.asOf != day {
                let plan = validator.plan
                validator = Validator(
                    policy: plan.policy, asOf: day, showValues: validator.showValues, dueWithin: plan.dueWithin,
                    suppression: plan.suppression, keySalt: plan.keySalt)
            }
            return validator
        }
    }
}
