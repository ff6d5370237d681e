/// A record that does not say where its data came from, which the controller must be able
/// to tell the subject (Art. 5(2), 14(2)(f)).
package struct MissingSourceCheck: RecordCheck {
    package static let description = CheckDescription(
        .missingSource, article: "Art. 5(2), 14(2)(f)",
        summary: "record.source is declared and the record has none.",
        details: "the policy declares `record.source` and the record has no value for it",
        remedy: "Record where the data came from (Art. 14(2)(f)) in the source field.",
        examples: [
            .failing(ExamplePolicy.sales(("source", "")), field: "source"),
            .failing(ExamplePolicy.sales(("source", nil)), field: "source"),
            .passing(ExamplePolicy.sales()),
        ])

    package static func check(_ record: RecordContext, into findings: inout [Finding]) {
        guard let field = record.plan.sourceField, record.isMissing(field: field) else { return }
        let name = record.name(of: field)
        let message = record.message(Self.id, field: field) { "record has no source; fill '\(name)' with where the data was obtained" }
        findings.append(Finding(Self.id, message, declared: field, in: record))
    }
}
