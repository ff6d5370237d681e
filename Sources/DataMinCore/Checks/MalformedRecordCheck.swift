/// A row or line the reader cannot turn into a record. Reported by the readers; its
/// examples live with the reader tests.
package struct MalformedRecordCheck: ReaderCheck {
    package static let description = CheckDescription(
        .malformedRecord, article: nil,
        summary: "A CSV row with the wrong number of cells or an unterminated quote, or a JSON value that is not an object.",
        examples: [])
}
