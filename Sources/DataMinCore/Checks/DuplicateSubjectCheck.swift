/// The same data subject twice in one run: copies drift apart and cannot all be kept
/// accurate (Art. 5(1)(d)).
///
/// Run-scoped rather than a ``RecordCheck``: it needs the records before this one
/// (``Validator/complete(_:subjects:)``).
package struct DuplicateSubjectCheck: RunScopedCheck {
    package static let description = CheckDescription(
        .duplicateSubject, severity: .warning, article: "Art. 5(1)(d)",
        summary: "The subject key (trimmed, case-folded) occurs more than once in one run; reported from the second occurrence.",
        details:
            "the subject key, trimmed and case-folded, was already seen in this run (all files of one run count); reported from the second occurrence on. It runs after a record's other checks, in input order (also when records are checked on several threads), so its violation comes last",
        remedy: "Merge the records of one subject before the import, so one accurate record remains.",
        examples: [
            .failing(ExamplePolicy.sales(), ExamplePolicy.sales(("id", "9"), ("email", "ANNA@Example.com ")), field: "email"),
            .passing(ExamplePolicy.sales(), ExamplePolicy.sales(("id", "9"), ("email", "bob@example.com"))),
            .passing(ExamplePolicy.sales()),
        ])

    /// The finding for a record whose subject key was seen before in the run: it names the
    /// subject field, spelled as its declaration spells it, never the key.
    package static func finding(field: String) -> Finding {
        Finding(id, "subject '\(field)' already occurred earlier in this run", field: field)
    }
}
