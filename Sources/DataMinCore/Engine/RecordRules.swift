/// Rules of a purpose that a record is held to with a few mask tests and compares, all at
/// once: when every rule of its program holds, the checks that enforce them cannot find
/// anything in the record and are not run (issue #32, the record program).
///
/// Each rule is its check's own condition for finding nothing in a record of one purpose,
/// as the check states it; the checks stay the specification (they run whenever a rule
/// fails), and tests compare runs with and without the rules.
package struct RecordRules: OptionSet, Sendable {
    package let rawValue: UInt8

    package init(rawValue: UInt8) { self.rawValue = rawValue }

    /// `field-not-permitted`: every present field is permitted.
    static let permitted = RecordRules(rawValue: 1 << 0)
    /// `missing-required-field`: every required field is present.
    static let required = RecordRules(rawValue: 1 << 1)
    /// `missing-lawful-basis`: the record names a basis, or the purpose allows only one (or
    /// the policy has no basis field).
    static let basisNamed = RecordRules(rawValue: 1 << 2)
    /// `lawful-basis-not-permitted`: a basis the record names is one the purpose allows (or
    /// it names none, or the policy has no basis field).
    static let basisAllowed = RecordRules(rawValue: 1 << 3)
    /// `missing-source`: the source field is present (or the policy has none).
    static let source = RecordRules(rawValue: 1 << 4)
    /// `retention-exceeded` and `retention-unknown`: the retention clock started, and not
    /// before the purpose's cutoff (or the record is on legal hold).
    static let retention = RecordRules(rawValue: 1 << 5)

    /// The rule that stands for `check`, or nil for a check no rule stands for.
    static func rule(of check: CheckID) -> RecordRules? {
        switch check {
        case .fieldNotPermitted: .permitted
        case .missingRequiredField: .required
        case .missingLawfulBasis: .basisNamed
        case .lawfulBasisNotPermitted: .basisAllowed
        case .missingSource: .source
        case .retentionExceeded, .retentionUnknown: .retention
        default: nil
        }
    }
}

extension RecordContext {
    /// True when the record, of `purpose` alone, keeps every one of `rules`. False when a
    /// rule cannot be decided this way (a policy of more than 64 fields has no masks).
    func keeps(_ rules: RecordRules, of purpose: PurposePlan) -> Bool {
        guard let presentFields, let presentAnywhere else { return false }
        if rules.contains(.permitted), !presentAnywhere.isSubset(of: purpose.permittedMask) { return false }
        if rules.contains(.required), !purpose.requiredMask.isSubset(of: presentFields) { return false }
        if plan.basisField != nil {
            if rules.contains(.basisNamed), namedBases == nil, purpose.purpose.lawfulBases.count > 1 { return false }
            if rules.contains(.basisAllowed), let namedBases, namedBases.bases.isDisjoint(with: purpose.bases) { return false }
        }
        if rules.contains(.source), let field = plan.sourceField, !presentFields.contains(field) { return false }
        if rules.contains(.retention) {
            guard case .started(let start, _) = retentionStart(of: purpose), start.seconds >= purpose.retentionCutoff || isOnLegalHold
            else { return false }
        }
        return true
    }
}
