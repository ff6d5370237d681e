/// The record checks to run on a kind of record, chosen once per policy: those that may
/// find something there. Each purpose has its own, for records that name it alone; the
/// policy has one with every enabled check, for the rest (no purpose, an unknown one, two).
///
/// A check is left out only where its own guards rule out a finding
/// (``RecordCheck/mayFind(inRecordsFor:of:)``), or where the record keeps the rules that
/// stand for it (``RecordRules``), so a record gets the findings of every enabled check;
/// what is saved is a call per left-out check and record, the consent checks of a purpose
/// that relies on none, say. Tests run both ways and compare.
package struct CheckProgram: Sendable {
    /// The checks for a record with an undeclared field.
    package let all: [any RecordCheck.Type]
    /// The checks for a record whose fields are all declared: `all` less the checks that
    /// read only undeclared fields (``RecordCheck/readsOnlyUndeclaredFields``).
    package let declaredOnly: [any RecordCheck.Type]
    /// The rules that stand for checks of `all` (``RecordRules``): a record of the
    /// program's purpose that keeps them all skips those checks. Empty in the policy's own
    /// program, which serves records of no single purpose.
    package let rules: RecordRules
    /// `all` and `declaredOnly` less the checks ``rules`` stand for.
    package let beyondRules: (all: [any RecordCheck.Type], declaredOnly: [any RecordCheck.Type])

    /// A program of `checks`, in their order, for the records of one purpose (`ruled`) or
    /// of any; with `everyCheck`, every record runs every check of the list (for the tests
    /// that compare).
    init(_ checks: [any RecordCheck.Type], ruled: Bool, everyCheck: Bool = false) {
        all = checks
        declaredOnly = everyCheck ? checks : checks.filter { !$0.readsOnlyUndeclaredFields }
        rules = ruled && !everyCheck ? checks.reduce(into: []) { $0.formUnion(RecordRules.rule(of: $1.id) ?? []) } : []
        // `rules` holds the rule of every check that has one, or is empty.
        let hasRules = !rules.isEmpty
        let beyond = { (checks: [any RecordCheck.Type]) in checks.filter { !hasRules || RecordRules.rule(of: $0.id) == nil } }
        beyondRules = (beyond(all), beyond(declaredOnly))
    }
}
