/// A record whose purpose allows several lawful bases but that names none (Art. 6(1)).
package struct MissingLawfulBasisCheck: RecordCheck {
    package static let description = CheckDescription(
        .missingLawfulBasis, article: "Art. 6(1)",
        summary: "The purpose allows several lawful bases and the record names none.",
        details: "a purpose allows several bases and the record names none (only when the policy declares `record.lawful_basis`)",
        remedy: "Record the lawful basis the record relies on in its lawful-basis field.",
        examples: [
            .failing(ExamplePolicy.sales(("lawful_basis", "")), field: "lawful_basis"),
            .failing(ExamplePolicy.sales(("lawful_basis", nil)), field: "lawful_basis"),
            // One allowed basis is implied.
            .passing(ExamplePolicy.newsletter(("lawful_basis", ""))),
            .passing(ExamplePolicy.sales()),
        ])

    package static func check(_ record: RecordContext, into findings: inout [Finding]) {
        guard case .resolved(let purposes) = record.purposes, let field = record.plan.basisField,
            record.namedBases == nil
        else { return }
        for purpose in purposes where purpose.purpose.lawfulBases.count > 1 {
            let message = record.message(Self.id, field: field, purpose: purpose) {
                let bases = purpose.purpose.lawfulBases.map(\.rawValue).joined(separator: ", ")
                return
                    "purpose '\(purpose.name)' allows several lawful bases (\(bases)) and the record names none in '\(record.name(of: field))'"
            }
            findings.append(Finding(Self.id, message, declared: field, in: record, purpose: purpose.name))
        }
    }
}
