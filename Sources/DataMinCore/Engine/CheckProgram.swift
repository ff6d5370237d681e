/// The record checks to run on a kind of record, chosen once per policy: those that may
/// find something there. Each purpose has its own, for records that name it alone; the
/// policy has one with every enabled check, for the rest (no purpose, an unknown one, two).
///
/// A check is left out only where its own guards rule out a finding
/// (``RecordCheck/mayFind(inRecordsFor:of:)``), so a record gets the findings of every
/// enabled check; what is saved is a call per left-out check and record, the consent checks
/// of a purpose that relies on none, say. Tests run both ways and compare.
package struct CheckProgram: Sendable {
    /// The checks for a record with an undeclared field.
    package let all: [any RecordCheck.Type]
    /// The checks for a record whose fields are all declared: `all` less the checks that
    /// read only undeclared fields (``RecordCheck/readsOnlyUndeclaredFields``).
    package let declaredOnly: [any RecordCheck.Type]

    /// A program of `checks`, in their order; with `everyCheck`, `declaredOnly` keeps the
    /// header checks too (for the tests that compare).
    init(_ checks: [any RecordCheck.Type], everyCheck: Bool = false) {
        all = checks
        declaredOnly = everyCheck ? checks : checks.filter { !$0.readsOnlyUndeclaredFields }
    }
}
