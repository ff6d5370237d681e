/// Identifiers hidden in free text, where no policy rule can see them (Art. 5(1)(c)).
package struct PIIInFreeTextCheck: RecordCheck {
    package static let id = CheckID.piiInFreeText
    package static let summary = "An email address, phone number, IBAN or card number inside a text field."
    package static let article: String? = "Art. 5(1)(c)"
    package static let defaultSeverity = Severity.warning
    package static let examples: [CheckExample] = [
        .failing(ExamplePolicy.sales(("notes", "Prefers mail to anna.private@example.org, not work.")), field: "notes"),
        .failing(ExamplePolicy.sales(("notes", "Call +44 20 7946 0958 after 5")), field: "notes"),
        .failing(ExamplePolicy.sales(("notes", "Refund to NL91 ABNA 0417 1643 00")), field: "notes"),
        .failing(ExamplePolicy.sales(("notes", "Paid with 4111 1111 1111 1111")), field: "notes"),
        .passing(ExamplePolicy.sales(("notes", "Met at booth 12 on 2026-01-15; order 12345678 pending."))),
    ]

    package init() {}

    package func check(_ record: RecordContext, into findings: inout [Finding]) {
        for entry in record.entries {
            guard let index = entry.field, record.plan.fieldRules[index].type == .text, entry.kind == .string || entry.kind == .number,
                  let kind = FreeTextScanner.firstIdentifier(in: entry.value) else { continue }
            let path = record.path(of: entry)
            findings.append(Finding(Self.id, "free-text field '\(path)' appears to contain \(kind)", field: path))
        }
    }
}
