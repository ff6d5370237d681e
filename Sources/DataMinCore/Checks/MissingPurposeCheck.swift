/// A record with no purpose: nothing says why it is processed (Art. 5(1)(b)).
package struct MissingPurposeCheck: RecordCheck {
    package static let description = CheckDescription(
        .missingPurpose, article: "Art. 5(1)(b)",
        summary: "The record has no purpose (neither in its purpose field nor from --purpose).",
        examples: [
            .failing(ExamplePolicy.sales(("purpose", ""))),
            .failing(ExamplePolicy.sales(("purpose", nil))),
            .passing(ExamplePolicy.sales(("purpose", nil)), purpose: "sales"),
            .passing(ExamplePolicy.sales()),
        ])

    package static func check(_ record: RecordContext, into findings: inout [Finding]) {
        guard case .missing = record.purposes else { return }
        let field = record.plan.policy.recordFields.purpose
        let hint = field.map { "fill '\($0)' or pass --purpose" } ?? "pass --purpose"
        findings.append(Finding(Self.id, "record has no purpose; \(hint)", field: field))
    }
}
