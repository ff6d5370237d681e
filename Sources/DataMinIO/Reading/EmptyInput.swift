@_spi(Readers) import DataMinCore

/// An input that holds nothing to check: no byte at all, or nothing but blank lines, spaces,
/// a byte-order mark (and, in CSV, a `sep=` line). A failed export writes that, not an export of no records (which has a
/// header, or `[]`), so it is a failure (`input-empty`, SPEC §11.3) in every format.
package enum EmptyInput {
    /// The failure for `path`, which held `bytes` bytes and no data.
    package static func failure(path: String, bytes: Int) -> Diagnostic {
        let what =
            bytes == 0 ? "is empty (0 bytes)" : "holds no header and no record (\(bytes) bytes of blank lines, spaces or marks)"
        return Diagnostic(
            .inputEmpty, file: path,
            message: "the input \(what), which an export that ran never is; export it again, or remove it from the run")
    }
}
