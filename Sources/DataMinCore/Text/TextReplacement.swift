extension String {
    /// The text with every occurrence of `target` replaced by `replacement`, matched scalar
    /// by scalar as Foundation's `replacingOccurrences(of:with:)` matches.
    ///
    /// The standard library's `replacing(_:with:)` matches whole characters instead, so it
    /// would not find `"\r"` inside `"\r\n"` (one character) or `"|"` followed by a combining
    /// accent: an escape would then let the raw byte through.
    package func replacingEvery(_ target: String, with replacement: String) -> String {
        String(unicodeScalars.replacing(target.unicodeScalars, with: replacement.unicodeScalars))
    }
}
