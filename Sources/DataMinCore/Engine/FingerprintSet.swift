/// A set of 64-bit hashes in about 10 to 15 bytes each, for counting millions of subjects
/// in little memory.
///
/// Open addressing with linear probing, split into 256 segments by the hash's top byte.
/// Each segment grows by half when it is 80% full, so memory follows the count closely
/// and growing never holds two copies of the whole table at once.
package struct FingerprintSet: Sendable {
    private var segments = [Segment](repeating: Segment(), count: 256)

    package init() {}

    /// Adds `hash`; false when it was already there.
    package mutating func insert(_ hash: UInt64) -> Bool {
        // 0 marks an empty slot; the one hash in 2⁶⁴ that is 0 shares a slot with 1.
        let hash = hash == 0 ? 1 : hash
        return segments[Int(hash >> 56)].insert(hash)
    }

    private struct Segment: Sendable {
        var slots: [UInt64] = []
        var count = 0

        mutating func insert(_ hash: UInt64) -> Bool {
            if (count + 1) * 5 > slots.count * 4 { grow() }
            var index = Segment.home(of: hash, capacity: slots.count)
            while slots[index] != 0 {
                if slots[index] == hash { return false }
                index = index + 1 == slots.count ? 0 : index + 1
            }
            slots[index] = hash
            count += 1
            return true
        }

        private mutating func grow() {
            let old = slots
            slots = [UInt64](repeating: 0, count: max(16, old.count + old.count / 2))
            for hash in old where hash != 0 {
                var index = Segment.home(of: hash, capacity: slots.count)
                while slots[index] != 0 { index = index + 1 == slots.count ? 0 : index + 1 }
                slots[index] = hash
            }
        }

        /// The slot a hash starts probing from: its low 56 bits scaled to the capacity
        /// (the top byte chose the segment and is the same for every hash in it).
        private static func home(of hash: UInt64, capacity: Int) -> Int {
            Int((hash << 8).multipliedFullWidth(by: UInt64(capacity)).high)
        }
    }
}
