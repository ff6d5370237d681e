/// The same field name twice in a CSV header or a JSON object. Reported by the readers:
/// once a record is built, the second value is already gone.
package struct DuplicateFieldCheck: ReaderCheck {
    package static let description = CheckDescription(
        .duplicateField, article: nil,
        summary: "The same field name appears twice in a header or an object.",
        examples: [])
}
