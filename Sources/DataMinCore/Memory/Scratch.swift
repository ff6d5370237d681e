/// Elements lent for the length of one call, without a heap allocation for most sizes: a
/// record's entries, its field slots and the bytes of a library record's values.
///
/// Filled by ``append(_:)`` up to the capacity it was made with; never grows, so views of
/// what was appended stay valid until the call that made the scratch returns, or until
/// ``removeAll()`` empties it for the next record of a batch (a view kept past that would
/// read the next record's elements: the engine keeps none past its record). Every access
/// is bounds-checked.
package struct Scratch<Element: BitwiseCopyable> {
    private let base: UnsafeMutablePointer<Element>
    /// The most elements it holds.
    package let capacity: Int
    /// The elements appended so far.
    package private(set) var count = 0

    /// Runs `body` with empty scratch room for `capacity` elements.
    package static func with<Result>(capacity: Int, _ body: (inout Scratch) -> Result) -> Result {
        withUnsafeTemporaryAllocation(of: Element.self, capacity: max(capacity, 1)) { buffer in
            var scratch = Scratch(base: buffer.baseAddress!, capacity: capacity)
            return body(&scratch)
        }
    }

    /// Runs `body` with empty scratch room for `capacity` elements in `storage`'s buffer,
    /// which grows to hold them: for callers that keep the array between calls (a pool),
    /// so that room for large sizes is not allocated each time either.
    package static func with<Result>(
        reusing storage: inout [Element], capacity: Int, _ body: (inout Scratch) -> Result
    ) -> Result {
        if storage.count < max(capacity, 1) {
            // Room not written yet is never read (a scratch exposes only what was appended), so
            // it is left uninitialised: a large note's pages are not touched until used.
            let count = max(capacity, 1, storage.count * 2)
            storage = [Element](unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
        }
        return storage.withUnsafeMutableBufferPointer { buffer in
            var scratch = Scratch(base: buffer.baseAddress!, capacity: capacity)
            return body(&scratch)
        }
    }

    private init(base: UnsafeMutablePointer<Element>, capacity: Int) {
        self.base = base
        self.capacity = capacity
    }

    package mutating func append(_ element: Element) {
        precondition(count < capacity, "scratch is full")
        (base + count).initialize(to: element)
        count += 1
    }

    /// Empties the room to fill it again, for the next record of a batch: views of what it
    /// held (``elements``, ``UTF8Bytes`` into it) must not be used after.
    package mutating func removeAll() {
        count = 0
    }

    /// Fills the remaining room with `element`.
    package mutating func fill(with element: Element) {
        (base + count).initialize(repeating: element, count: capacity - count)
        count = capacity
    }

    package subscript(index: Int) -> Element {
        get {
            precondition(UInt(bitPattern: index) < UInt(bitPattern: count), "scratch index out of range")
            return base[index]
        }
        nonmutating set {
            precondition(UInt(bitPattern: index) < UInt(bitPattern: count), "scratch index out of range")
            base[index] = newValue
        }
    }

    /// A read-only view of what was appended; valid while the scratch is.
    package var elements: ElementView<Element> { ElementView(base: base, count: count) }
}

extension Scratch where Element == UInt8 {
    /// Appends the UTF-8 of `text` and returns a view of it.
    package mutating func append(utf8 text: String) -> UTF8Bytes {
        let start = count
        // A native string lends its UTF-8 in one piece: one bounds check and one copy,
        // instead of a check per byte (half of a library call's cost, issue #32).
        let copied: Void? = text.utf8.withContiguousStorageIfAvailable { utf8 in
            precondition(utf8.count <= capacity - count, "scratch is full")
            if let source = utf8.baseAddress { (base + count).initialize(from: source, count: utf8.count) }
            count += utf8.count
        }
        if copied == nil { for byte in text.utf8 { append(byte) } }
        return UTF8Bytes(UnsafeBufferPointer(start: base + start, count: count - start))
    }
}

/// A read-only, bounds-checked view of elements lent by ``Scratch``.
package struct ElementView<Element: BitwiseCopyable>: RandomAccessCollection {
    private let base: UnsafePointer<Element>
    package let count: Int

    fileprivate init(base: UnsafeMutablePointer<Element>, count: Int) {
        self.base = UnsafePointer(base)
        self.count = count
    }

    package var startIndex: Int { 0 }
    package var endIndex: Int { count }

    package subscript(index: Int) -> Element {
        precondition(UInt(bitPattern: index) < UInt(bitPattern: count), "index out of range")
        return base[index]
    }
}
