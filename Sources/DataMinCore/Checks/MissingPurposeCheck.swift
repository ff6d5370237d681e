/// A record with no purpose: nothing says why it is processed (Art. 5(1)(b)).
package struct MissingPurposeCheck: RecordCheck {
    package static let description = CheckDescription(
        .missingPurpose, article: "Art. 5(1)(b)",
        summary: "The record has no purpose (neither in its purpose field nor from --purpose).",
        details: "the record's purpose field is empty, or the record has none and no `--purpose` or config purpose applies",
        remedy:
            "Give the record a purpose in its purpose field, or pass --purpose (or 'purpose:' on its input in .datamin.yml) when the whole file has one.",
        examples: [
            .failing(ExamplePolicy.sales(("purpose", ""))),
            .failing(ExamplePolicy.sales(("purpose", nil))),
            .passing(ExamplePolicy.sales(("purpose", nil)), purpose: "sales"),
            .passing(ExamplePolicy.sales()),
        ])

    /// Nothing to find in a record with a purpose (its own or the one given for the input).
    package static func mayFind(inRecordsFor purpose: Purpose, of policy: Policy) -> Bool { false }

    package static func check(_ record: RecordContext, into findings: inout [Finding]) {
        guard case .missing = record.purposes else { return }
        let field = record.plan.policy.recordFields.purpose
        // A purpose given for the input applies only where records have no purpose field (SPEC §2).
        let overrides = record.overridesInputPurpose
        let message = record.message(Self.id, field: nil, detail: overrides ? 1 : 0) {
            guard let field else { return "record has no purpose; give a purpose for the whole input" }
            return overrides
                ? "record has no purpose; fill '\(field)': the purpose given for the input applies only to records without a '\(field)' field"
                : "record has no purpose; fill '\(field)', or give a purpose for the whole input"
        }
        findings.append(Finding(Self.id, message, field: field))
    }
}
