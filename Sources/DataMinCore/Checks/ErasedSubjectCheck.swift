/// A record of a subject who was erased (Art. 17(1)): importing it again undoes the erasure.
package struct ErasedSubjectCheck: RecordCheck {
    // The examples run with a list holding erased@example.com (ExamplePolicy.suppression).
    package static let description = CheckDescription(
        .erasedSubject, article: "Art. 17(1)",
        summary: "The record's subject is on the suppression list of erased subjects (any purpose).",
        details:
            "the record's subject key, normalised as for `duplicate-subject`, is on the policy's suppression list (any purpose; needs the list)",
        remedy: "Do not import the record: the subject was erased (Art. 17). Remove it from the source system too.",
        examples: [
            .failing(ExamplePolicy.sales(("email", "erased@example.com")), field: "email"),
            // Keys are normalised as duplicate-subject normalises them; any purpose counts.
            .failing(ExamplePolicy.newsletter(("email", " Erased@Example.COM ")), field: "email"),
            .passing(ExamplePolicy.sales()),
        ])

    package static func check(_ record: RecordContext, into findings: inout [Finding]) {
        guard let list = record.plan.suppression, let field = record.plan.subjectField, let key = record.text(of: field),
            list.contains(key: key.string)
        else { return }
        let message = record.message(Self.id, field: field) {
            "the subject in '\(record.name(of: field))' was erased and is on the suppression list; do not import it again"
        }
        findings.append(Finding(Self.id, message, declared: field, in: record))
    }
}
