import CByteMarks

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The UTF-8 bytes of a value or name as the checks and parsers read them: a read-only view
/// into a buffer that its builder keeps alive while one record is read or checked.
///
/// Every subscript is bounds-checked, in release builds too: the bytes are untrusted input,
/// and a parser that miscounts must stop the run rather than read past its value. A view
/// is made only from memory owned by the caller, by the `withUTF8Bytes` functions here, and
/// must not outlive their closure.
///
/// Pointers are handled in `Memory/` only: this view, ``Scratch`` (a record's entries),
/// ``CellTable`` (a CSV batch's cells) and ``SystemIO`` (system calls on arrays), plus the
/// libyaml bridge in `YAMLParser`.
///
/// Public only to the package's own targets (`@_spi(Readers)`) and inlinable: the readers
/// index bytes in their innermost loops from another module, where a call per byte would
/// cost more than the byte's work.
@_spi(Readers) @frozen public struct UTF8Bytes: RandomAccessCollection, BitwiseCopyable {
    public typealias Index = Int
    public typealias Indices = Range<Int>
    public typealias SubSequence = Slice<UTF8Bytes>

    @usableFromInline let base: UnsafePointer<UInt8>?
    public let count: Int

    /// An empty view.
    @inlinable public init() {
        base = nil
        count = 0
    }

    /// A view of the bytes `buffer` points to; for the files that own raw buffers.
    @inlinable public init(_ buffer: UnsafeBufferPointer<UInt8>) {
        base = buffer.baseAddress
        count = buffer.count
    }

    /// The bytes of `slice` as a view of their own, indexed from 0.
    @inlinable public init(rebasing slice: Slice<UTF8Bytes>) {
        let base = slice.base
        precondition(slice.startIndex >= 0 && slice.endIndex <= base.count, "byte range out of bounds")
        self.base = base.base.map { $0 + slice.startIndex }
        count = slice.endIndex - slice.startIndex
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { count }

    /// Walks the bytes from the first to the last: in bounds by construction, so, unlike the
    /// subscript, it checks no index (`for byte in bytes`).
    @frozen public struct Iterator: IteratorProtocol {
        @usableFromInline let bytes: UTF8Bytes
        @usableFromInline var offset = 0

        @inlinable init(_ bytes: UTF8Bytes) { self.bytes = bytes }

        @inlinable public mutating func next() -> UInt8? {
            guard offset < bytes.count else { return nil }
            defer { offset += 1 }
            return bytes.base.unsafelyUnwrapped[offset]
        }
    }

    @inlinable public func makeIterator() -> Iterator { Iterator(self) }

    @inlinable public subscript(index: Int) -> UInt8 {
        // One unsigned comparison covers both ends.
        precondition(UInt(bitPattern: index) < UInt(bitPattern: count), "byte index out of range")
        return base.unsafelyUnwrapped[index]
    }

    @inlinable public subscript(bounds: Range<Int>) -> Slice<UTF8Bytes> {
        precondition(bounds.lowerBound >= 0 && bounds.upperBound <= count, "byte range out of bounds")
        return Slice(base: self, bounds: bounds)
    }

    /// A view of a string literal's bytes, which live as long as the program.
    @inlinable public init(_ literal: StaticString) {
        base = literal.utf8Start
        count = literal.utf8CodeUnitCount
    }

    /// Where the view starts in memory, as a number: kept by a `Sendable` value to tell
    /// later where another view lies (see ``offset(from:count:)``). 0 for an empty view.
    @inlinable public var address: Int { Int(bitPattern: base) }

    /// Where this view starts inside the `count` bytes at `address`, or nil when it does not
    /// lie wholly inside them.
    @inlinable public func offset(from address: Int, count: Int) -> Int? {
        let start = self.address
        guard address != 0, start >= address, start + self.count <= address + count else { return nil }
        return start - address
    }

    /// The bytes at `range`, as a view of their own indexed from 0.
    @inlinable public func view(_ range: Range<Int>) -> UTF8Bytes {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "byte range out of bounds")
        return UTF8Bytes(base: base.map { $0 + range.lowerBound }, count: range.count)
    }

    @inlinable init(base: UnsafePointer<UInt8>?, count: Int) {
        self.base = base
        self.count = count
    }

    /// Eight bytes from `offset` as one little-endian word, for scans a word at a time.
    @inlinable public func word(at offset: Int) -> UInt64 {
        precondition(offset >= 0 && offset + 8 <= count, "word out of range")
        return UInt64(littleEndian: UnsafeRawPointer(base.unsafelyUnwrapped).loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// Bit `i` set when the byte at `offset + i` is `a`, `b` or `c`, for the 64 bytes from
    /// `offset`.
    @inlinable public func marks(at offset: Int, of a: UInt8, _ b: UInt8, _ c: UInt8) -> UInt64 {
        precondition(offset >= 0 && offset + 64 <= count, "block out of range")
        return datamin_byte_marks(base.unsafelyUnwrapped + offset, a, b, c)
    }

    /// Four bytes from `offset` as one little-endian number.
    package func half(at offset: Int) -> UInt32 {
        precondition(offset >= 0 && offset + 4 <= count, "half word out of range")
        return UInt32(littleEndian: UnsafeRawPointer(base.unsafelyUnwrapped).loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    /// True when the `other.count` bytes from `offset` are `other`'s.
    @inlinable public func matches(_ other: StaticString, at offset: Int) -> Bool {
        let length = other.utf8CodeUnitCount
        guard offset >= 0, offset + length <= count else { return false }
        return memcmp(base.unsafelyUnwrapped + offset, other.utf8Start, length) == 0
    }

    /// The index of the first `byte` at or after `start`, or nil; found by `memchr`.
    @inlinable public func firstIndex(of byte: UInt8, from start: Int) -> Int? {
        precondition(start >= 0 && start <= count, "byte index out of range")
        guard start < count, let found = memchr(base.unsafelyUnwrapped + start, Int32(byte), count - start) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base.unsafelyUnwrapped)
    }

    @inlinable public func withContiguousStorageIfAvailable<Result>(
        _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
    ) rethrows -> Result? {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// The bytes as a string (invalid UTF-8 becomes U+FFFD); for messages and rare paths.
    package var string: String { String(decoding: self, as: UTF8.self) }

    /// True when the bytes equal `other`.
    package func equals(_ other: UTF8Bytes) -> Bool {
        guard count == other.count else { return false }
        return count == 0 || memcmp(base.unsafelyUnwrapped, other.base.unsafelyUnwrapped, count) == 0
    }

    package func equals(_ other: [UInt8]) -> Bool {
        guard count == other.count else { return false }
        guard count > 0 else { return true }
        // One memcmp instead of two bounds checks per byte: field names and keys are
        // compared for every member of every record (issue #32).
        return other.withUnsafeBufferPointer { memcmp(base.unsafelyUnwrapped, $0.baseAddress!, count) == 0 }
    }

    /// True when the bytes equal `lowercase` ignoring ASCII case; `lowercase` must be lower case.
    package func equalsIgnoringASCIICase(_ lowercase: [UInt8]) -> Bool {
        guard count == lowercase.count else { return false }
        return lowercase.withUnsafeBufferPointer { buffer in
            let other = UTF8Bytes(buffer)
            // Eight bytes at a time, the last eight overlapping the ones before when the
            // count is no multiple of eight.
            if count >= 8 {
                var index = 0
                while true {
                    let offset = Swift.min(index, count - 8)
                    if UTF8Bytes.lowercased(word(at: offset)) != other.word(at: offset) { return false }
                    index += 8
                    if index >= count { return true }
                }
            }
            for index in 0..<count {
                let byte = self[index]
                if (byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte) != other[index] { return false }
            }
            return true
        }
    }

    /// Eight bytes with the ASCII capitals among them lowercased, all at once. Each byte's low
    /// seven bits reach 0x80 when 0x3F is added if they are at least `A`, and when 0x25 is
    /// added if they are above `Z`; no byte carries into the next, and bytes of 0x80 or more
    /// (UTF-8 beyond ASCII) are left as they are.
    package static func lowercased(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let low = word & (ones &* 0x7F)
        let atLeastA = low &+ ones &* 0x3F
        let aboveZ = low &+ ones &* 0x25
        let capitals = atLeastA & ~aboveZ & ~word & (ones &* 0x80)
        return word | (capitals >> 2)
    }

    /// The `separator`-separated parts, empty parts left out.
    package func split(separator: UInt8) -> [UTF8Bytes] {
        var parts: [UTF8Bytes] = []
        var start = 0
        for index in 0...count where index == count || self[index] == separator {
            if index > start { parts.append(view(start..<index)) }
            start = index + 1
        }
        return parts
    }
}

extension Array where Element == UInt8 {
    /// Appends the view's bytes in one copy (the generic `append(contentsOf:)` would copy
    /// a byte at a time).
    @inlinable @_spi(Readers) public mutating func append(contentsOf view: UTF8Bytes) {
        view.withContiguousStorageIfAvailable { append(contentsOf: $0) }
    }

    @inlinable @_spi(Readers) public static func += (bytes: inout [UInt8], view: UTF8Bytes) {
        bytes.append(contentsOf: view)
    }

    /// Runs `body` with a view of the array's bytes.
    @inlinable @_spi(Readers) public func withUTF8Bytes<Result, Failure>(_ body: (UTF8Bytes) throws(Failure) -> Result) throws(Failure)
        -> Result
    {
        try withUnsafeBufferPointer { (buffer) throws(Failure) -> Result in try body(UTF8Bytes(buffer)) }
    }
}

extension String {
    /// Runs `body` with a view of the string's UTF-8 bytes.
    @inlinable @_spi(Readers) public func withUTF8Bytes<Result>(_ body: (UTF8Bytes) -> Result) -> Result {
        var copy = self
        return copy.withUTF8 { body(UTF8Bytes($0)) }
    }
}
