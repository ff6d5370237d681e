/// An input that holds a header (or an empty JSON array) but no record: an export that ran
/// but found nothing, or one that failed part way. Reported by the run, once per input; a
/// file of no bytes, or of nothing but blank lines, spaces and a byte-order mark, is a failure
/// instead (`input-empty`, exit 2).
package struct EmptyInputCheck: ReaderCheck {
    package static let description = CheckDescription(
        .emptyInput, severity: .warning, article: nil,
        summary: "The input has a header but no record.",
        details:
            "a CSV file has a header row and no record, or a JSON file is `[]`; once per input, at its first line. A header-only CSV still reports the required columns of the run's purpose that it lacks. An input of no bytes, or of nothing but blank lines, spaces and a byte-order mark (a JSON Lines file with no record among them, a CSV with no header), is not this warning but the failure `input-empty` (exit 2)",
        remedy: "Check that the export ran in full: an export of no record may also be one that failed.",
        examples: [])
}
