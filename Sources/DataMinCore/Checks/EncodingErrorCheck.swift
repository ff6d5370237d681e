/// Bytes that are not UTF-8. Reported by the readers.
package struct EncodingErrorCheck: ReaderCheck {
    package static let description = CheckDescription(
        .encodingError, article: nil,
        summary: "A field holds bytes that are not valid UTF-8.",
        examples: [])
}
