/// A record relying on a lawful basis its purpose does not allow (Art. 6(1)).
package struct LawfulBasisNotPermittedCheck: RecordCheck {
    package static let description = CheckDescription(
        .lawfulBasisNotPermitted, article: "Art. 6(1)",
        summary: "The record's lawful basis (after vocabulary mapping, case-insensitive) is not one the purpose allows.",
        details: "none of the record's bases (after vocabulary mapping, case-insensitive) is one the purpose allows",
        remedy:
            "Record one of the purpose's bases, add the word to 'vocabulary.lawful_basis' if it means one, or do not process the record for this purpose.",
        examples: [
            .failing(ExamplePolicy.newsletter(("lawful_basis", "legitimate_interests")), field: "lawful_basis"),
            .failing(ExamplePolicy.sales(("lawful_basis", "because")), field: "lawful_basis"),
            .passing(ExamplePolicy.sales(("lawful_basis", "Legitimate_Interests"))),
            .passing(ExamplePolicy.sales(("lawful_basis", "contract"))),
        ])

    package static func check(_ record: RecordContext, into findings: inout [Finding]) {
        guard case .resolved(let purposes) = record.purposes, let field = record.plan.basisField,
            let named = record.namedBases
        else { return }
        for purpose in purposes where named.bases.isDisjoint(with: purpose.bases) {
            let message = record.message(Self.id, field: field, purpose: purpose) {
                let allowed = purpose.purpose.lawfulBases.map(\.rawValue).joined(separator: ", ")
                return "the record's lawful basis in '\(record.name(of: field))' is not one purpose '\(purpose.name)' allows (\(allowed))"
            }
            findings.append(Finding(Self.id, message, declared: field, in: record, purpose: purpose.name))
        }
    }
}
