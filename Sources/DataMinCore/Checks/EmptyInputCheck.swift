/// An input that holds a header (or an empty JSON array) but no record: an export that ran
/// but found nothing, or one that failed part way. Reported by the run, once per input; a
/// file of no bytes at all is a failure instead (`input-empty`, exit 2).
package struct EmptyInputCheck: ReaderCheck {
    package static let description = CheckDescription(
        .emptyInput, severity: .warning, article: nil,
        summary: "The input has a header but no record.",
        details:
            "a CSV file has a header row and no record, or a JSON or JSON Lines file holds no record; once per input, at its first line. A header-only CSV still reports the required columns of the run's purpose that it lacks",
        remedy: "Check that the export ran in full; an empty file may be a failed export that would otherwise pass.",
        examples: [])
}
