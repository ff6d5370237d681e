/// The same data subject twice in one run: copies drift apart and cannot all be kept
/// accurate (Art. 5(1)(d)).
package struct DuplicateSubjectCheck: RecordCheck {
    package static let id = CheckID.duplicateSubject
    package static let summary = "The subject key (trimmed, case-folded) occurs more than once in one run; reported from the second occurrence."
    package static let article: String? = "Art. 5(1)(d)"
    package static let defaultSeverity = Severity.warning
    package static let examples: [CheckExample] = [
        .failing(ExamplePolicy.sales(), ExamplePolicy.sales(("id", "9"), ("email", "ANNA@Example.com ")), field: "email"),
        .passing(ExamplePolicy.sales(), ExamplePolicy.sales(("id", "9"), ("email", "bob@example.com"))),
        .passing(ExamplePolicy.sales()),
    ]

    package init() {}

    package func check(_ record: RecordContext, into findings: inout [Finding]) {
        guard record.isRepeatSubject, let field = record.plan.subjectField else { return }
        let name = record.name(of: field)
        findings.append(Finding(Self.id, "subject '\(name)' already occurred earlier in this run", field: name))
    }
}
