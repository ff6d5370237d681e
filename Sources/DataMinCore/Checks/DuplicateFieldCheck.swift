/// The same field name twice in a CSV header or a JSON object. Reported by the readers:
/// once a record is built, the second value is already gone.
package struct DuplicateFieldCheck: ReaderCheck {
    package static let description = CheckDescription(
        .duplicateField, article: nil,
        summary: "The same field name appears twice in a header or an object.",
        details:
            "a CSV header repeats a name (reported once, at the repeat) or a JSON object repeats a key (per record; the first value is validated)",
        remedy: "Remove the repeated column or key from the export, so the CRM cannot store one value where another was checked.",
        examples: [])
}
