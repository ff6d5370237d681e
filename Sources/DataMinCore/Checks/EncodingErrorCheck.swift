/// Bytes that are not UTF-8. Reported by the readers.
package struct EncodingErrorCheck: Check {
    package static let id = CheckID.encodingError
    package static let summary = "A field holds bytes that are not valid UTF-8."
    package static let article: String? = nil
    package static let examples: [CheckExample] = []
}
