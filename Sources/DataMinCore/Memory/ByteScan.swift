/// Finds bytes eight at a time: the loops where a file's bytes are spent (CSV cells, JSON
/// strings, UTF-8 checks) skip the plain bytes in between a word at a time.
///
/// Public only to the package's own readers (`@_spi(Readers)`), and inlinable: the readers
/// call it per cell and per string from another module, where a call would cost as much as
/// the scan of a short cell (`package` declarations are not inlined across modules).
///
/// Each search flags the bytes it wants in a 64-bit word with the classic zero-byte test,
/// which can mark a byte after a flagged one by mistake but never before it: the lowest
/// flag is always exact, and only the lowest is used.
@_spi(Readers) public enum ByteScan {
    @usableFromInline static var ones: UInt64 { 0x0101_0101_0101_0101 }
    @usableFromInline static var highs: UInt64 { 0x8080_8080_8080_8080 }

    /// The index of the first of `a`, `b` or `c` at or after `start`, or `bytes.count`.
    /// With `orControl`, a byte below 0x20 also ends the search.
    @inlinable
    public static func firstIndex(
        in bytes: UTF8Bytes, from start: Int, of a: UInt8, _ b: UInt8, _ c: UInt8, orControl: Bool = false
    ) -> Int {
        var index = start
        let patterns = (ones &* UInt64(a), ones &* UInt64(b), ones &* UInt64(c))
        while index + 8 <= bytes.count {
            let word = bytes.word(at: index)
            var found = zeroBytes(word ^ patterns.0) | zeroBytes(word ^ patterns.1) | zeroBytes(word ^ patterns.2)
            // A byte below 0x20: subtracting 0x20 borrows out of it.
            if orControl { found |= (word &- ones &* 0x20) & ~word & highs }
            if found != 0 { return index + found.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == a || byte == b || byte == c || (orControl && byte < 0x20) { break }
            index += 1
        }
        return index
    }

    /// The index of the first byte at or after `start` that is not ASCII, or `bytes.count`.
    @inlinable
    public static func firstNonASCII(in bytes: UTF8Bytes, from start: Int) -> Int {
        var index = start
        while index + 8 <= bytes.count {
            let found = bytes.word(at: index) & highs
            if found != 0 { return index + found.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < bytes.count, bytes[index] < 0x80 { index += 1 }
        return index
    }

    /// Finds `a`, `b` or `c` from left to right in one buffer that does not change, a block of
    /// 64 bytes at a time: each block's matches are flagged once (``UTF8Bytes/marks(at:of:_:_:)``),
    /// and each search after that is a bit search. The CSV reader finds a row's cell ends
    /// with it: searching from each cell with ``firstIndex(in:from:of:_:_:orControl:)`` costs
    /// a scan's set-up per cell, and most cells are shorter than a word or two.
    public struct Marks {
        /// The index of the block's first byte; the block is `start..<start + 64`, and
        /// empty before the first search.
        @usableFromInline var start = 0
        @usableFromInline var end = 0
        /// The block's ``UTF8Bytes/marks(at:of:_:_:)``.
        @usableFromInline var bits: UInt64 = 0
        @usableFromInline let bytes: (UInt8, UInt8, UInt8)

        @inlinable public init(_ a: UInt8, _ b: UInt8, _ c: UInt8) { bytes = (a, b, c) }

        /// The index of the first of the three bytes at or after `index`, or `buffer.count`.
        /// `buffer` must be the same bytes at every call.
        @inlinable
        public mutating func firstIndex(in buffer: UTF8Bytes, from index: Int) -> Int {
            #if arch(x86_64)
                var index = index
                while true {
                    if index >= start, index < end {
                        let ahead = bits &>> UInt64(index - start)
                        if ahead != 0 { return index + ahead.trailingZeroBitCount }
                        index = end
                    }
                    // The last bytes, too few for a block, are scanned as before.
                    guard index + 64 <= buffer.count else {
                        return ByteScan.firstIndex(in: buffer, from: index, of: bytes.0, bytes.1, bytes.2)
                    }
                    start = index
                    end = index + 64
                    bits = buffer.marks(at: index, of: bytes.0, bytes.1, bytes.2)
                }
            #else
                // Only x86 has the vector compares measured here; elsewhere the marks are a
                // plain loop, which costs more than the word-at-a-time scan.
                return ByteScan.firstIndex(in: buffer, from: index, of: bytes.0, bytes.1, bytes.2)
            #endif
        }
    }

    /// Flags (0x80) the lowest byte of `value` that is zero, and perhaps later ones.
    @usableFromInline static func zeroBytes(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }
}
