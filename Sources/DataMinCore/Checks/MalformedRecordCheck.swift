/// A row or line the reader cannot turn into a record. Reported by the readers; its
/// examples live with the reader tests.
package struct MalformedRecordCheck: ReaderCheck {
    package static let description = CheckDescription(
        .malformedRecord, article: nil,
        summary: "A CSV row with the wrong number of cells or an unterminated quote, or a JSON value that is not an object.",
        details:
            "a CSV row has the wrong number of cells, an unterminated quote or text after a closing quote; a JSON value is not an object or not JSON; a JSON array is broken (the rest of the file is then not read, and the message says so)",
        remedy:
            "Fix the row in the export (quote cells that hold the delimiter, a quote or a line break; give every row the header's number of cells), or export the file again.",
        examples: [])
}
