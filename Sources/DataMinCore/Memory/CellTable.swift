/// The byte range of every cell in a batch of CSV rows, as two 32-bit offsets from the
/// batch's first byte.
///
/// Half the memory of a `Range<Int>` per cell, and filled while a row is scanned through a
/// ``Writer`` that checks its room once per cell with one compare: appending to an array
/// checked the array's uniqueness and capacity at every cell, about a fifth of the cost
/// of scanning one (issue #32).
///
/// Public only to the package's own targets (`@_spi(Readers)`) and inlinable: the CSV
/// reader appends from another module, once per cell.
@_spi(Readers) @frozen public struct CellTable: Sendable {
    /// Each cell's start offset in the low 32 bits and its end offset in the high 32 (one
    /// load and one bounds check per cell). Holds at least ``count`` elements; those past
    /// them are room for the next row, left uninitialised and never read.
    @usableFromInline var offsets: [UInt64] = []
    @usableFromInline var cellCount = 0

    /// How many cells the table holds.
    public var count: Int { cellCount }

    /// An empty table with room for `cells` cells.
    public init(reserving cells: Int = 0) {
        grow(to: cells)
    }

    /// The byte range of cell `index`, counted from the batch's first byte.
    @inlinable public func range(of index: Int) -> Range<Int> {
        precondition(UInt(bitPattern: index) < UInt(bitPattern: cellCount), "cell index out of range")
        let packed = offsets[index]
        return Int(truncatingIfNeeded: packed & 0xFFFF_FFFF)..<Int(truncatingIfNeeded: packed &>> 32)
    }

    /// Sets the byte range of cell `index` (a cell's text moved or shortened).
    public mutating func set(_ index: Int, to range: Range<Int>) {
        precondition(UInt(bitPattern: index) < UInt(bitPattern: count), "cell index out of range")
        offsets[index] = UInt64(UInt32(range.lowerBound)) | UInt64(UInt32(range.upperBound)) << 32
    }

    /// Drops the cells from `index` on (a row that turned out not to be whole).
    public mutating func removeCells(from index: Int) {
        precondition(index >= 0 && index <= count, "cell index out of range")
        cellCount = index
    }

    /// Runs `body` with a writer that appends up to `room` cells after the table's last.
    @inlinable public mutating func appending<Result>(room: Int, _ body: (inout Writer) -> Result) -> Result {
        let needed = cellCount + room
        if offsets.count < needed { grow(to: needed) }
        let first = cellCount
        let (result, written) = offsets.withUnsafeMutableBufferPointer { buffer in
            var writer = Writer(base: buffer.baseAddress!, count: first, limit: first + room)
            let result = body(&writer)
            return (result, writer.cellCount)
        }
        cellCount = written
        return result
    }

    /// Grows the room to `cells` cells, at least doubling it, so that a batch grows a few
    /// times at most. The cells so far are copied; the room after them is not written
    /// (zeroing it cost more than appending the cells) but counted as the array's, as
    /// ``Scratch`` does with its reused room: a `UInt64` has no invalid bit pattern, and no
    /// read reaches past ``count``.
    @usableFromInline mutating func grow(to cells: Int) {
        let size = max(cells, 2 * offsets.count)
        let written = cellCount
        offsets = offsets.withUnsafeBufferPointer { old in
            [UInt64](unsafeUninitializedCapacity: size) { new, initialized in
                if written > 0 { _ = new.initialize(from: old[..<written]) }
                initialized = size
            }
        }
    }

    /// Appends cells to a ``CellTable`` inside ``CellTable/appending(room:_:)``.
    @frozen public struct Writer {
        @usableFromInline let base: UnsafeMutablePointer<UInt64>
        /// How many cells the table holds, those appended by this writer included.
        public var count: Int { cellCount }
        @usableFromInline var cellCount: Int
        /// The count the writer may reach.
        @usableFromInline let limit: Int

        @inlinable init(base: UnsafeMutablePointer<UInt64>, count: Int, limit: Int) {
            self.base = base
            self.cellCount = count
            self.limit = limit
        }

        /// Appends the cell at `range`, counted from the batch's first byte.
        @inlinable public mutating func append(_ range: Range<Int>) {
            precondition(cellCount < limit, "no room for another cell")
            precondition(range.lowerBound >= 0 && range.upperBound <= Int(UInt32.max), "cell offset out of 32 bits")
            base[cellCount] = UInt64(truncatingIfNeeded: range.lowerBound) | UInt64(truncatingIfNeeded: range.upperBound) &<< 32
            cellCount &+= 1
        }
    }
}
