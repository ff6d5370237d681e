/// A field a purpose requires that is absent or empty (Art. 5(1)(d) accuracy).
package struct MissingRequiredFieldCheck: RecordCheck {
    package static let description = CheckDescription(
        .missingRequiredField, article: "Art. 5(1)(d)",
        summary: "A field the purpose requires is absent or empty.",
        details: "a field a purpose requires is missing or holds a missing value",
        remedy: "Fill the field in the source system, or remove it from 'required' if the purpose can do without it.",
        examples: [
            .failing(ExamplePolicy.sales(("email", nil)), field: "email"),
            .failing(ExamplePolicy.sales(("email", "")), field: "email"),
            .failing(ExamplePolicy.sales(("email", .null)), field: "email"),
            .passing(ExamplePolicy.sales()),
        ])

    package static func check(_ record: RecordContext, into findings: inout [Finding]) {
        guard case .resolved(let purposes) = record.purposes else { return }
        for purpose in purposes {
            // Most records hold every required field: one mask test instead of one per field.
            if let present = record.presentFields, purpose.requiredMask.isSubset(of: present) { continue }
            for field in purpose.required {
                guard record.isMissing(field: field) else { continue }
                let message = record.message(Self.id, field: field, purpose: purpose, detail: record.absenceDetail(of: field)) {
                    "required field '\(record.name(of: field))' is \(record.absence(of: field)) for purpose '\(purpose.name)'"
                }
                findings.append(Finding(Self.id, message, declared: field, in: record, purpose: purpose.name))
            }
        }
    }
}
