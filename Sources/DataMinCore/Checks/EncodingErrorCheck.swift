/// Bytes that are not UTF-8. Reported by the readers.
package struct EncodingErrorCheck: ReaderCheck {
    package static let description = CheckDescription(
        .encodingError, article: nil,
        summary: "A field holds bytes that are not valid UTF-8.",
        details: "a cell or JSON string holds bytes that are not UTF-8 (they are read as U+FFFD so the other checks still run)",
        remedy:
            "Export the file as UTF-8, or pass the encoding it is in (--encoding windows-1252, or 'encoding:' on its input in .datamin.yml).",
        examples: [])
}
