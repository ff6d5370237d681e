/// Finds a declared field by the UTF-8 bytes of its name with one hash and one compare: a
/// perfect hash of the policy's field names, so a JSON key is matched without making a
/// `String` of it and hashing that.
///
/// Keys come in policy order in most files, and ``FieldMatcher`` tries the next field
/// first; this table is for the rest: exports that sort their keys (PostgreSQL `jsonb`,
/// `jq -S`, `sort_keys=True`), or drop empty ones. Swift compares strings by canonical
/// equivalence, bytes by bytes: a key that matches no name byte for byte may still name a
/// field in another normalisation (`é` as `e` and an accent; `K` as the Kelvin sign
/// U+212A), so ``field(_:)`` leaves it to the `String` dictionary (``Lookup/unknown``),
/// unless the key and every name are ASCII: two ASCII spellings are equivalent only when
/// they are equal.
struct FieldNameTable: Sendable {
    /// What a lookup of a key found.
    enum Lookup: Equatable {
        /// The declared field with this index (into the policy's fields).
        case field(Int)
        /// No declared field has this name.
        case undeclared
        /// Not decided by bytes: look the name up as a `String`.
        case unknown
    }

    /// Each slot's field index, or -1: a power of two of slots, at least two per name.
    private let slots: [Int32]
    /// Each field's name in UTF-8, by field index.
    private let names: [[UInt8]]
    /// Per bucket of names (chosen by the top bits of a name's hash), the displacement that
    /// sends each of its names to a slot of its own.
    private let displacements: [UInt32]
    /// 64 minus the bits of a bucket number, and of a slot number.
    private let bucketShift: UInt64
    private let slotShift: UInt64
    /// True when every name is ASCII: an ASCII key that matches none is then no field.
    private let namesAreASCII: Bool

    /// A table of `names` (field index = position), or nil when some bucket finds no
    /// displacement within `attempts` tries; then the caller looks names up as strings.
    /// Only names whose 64-bit hashes are equal (the same bytes twice, which only a policy
    /// built in code can have) come near that.
    ///
    /// Hash and displace: names are put in buckets by their hash, the largest bucket first,
    /// and each bucket takes the first displacement under which all its names land in free
    /// slots. Deterministic: the same policy always gets the same table.
    init?(names: [String], attempts: UInt32 = 1 << 16) {
        let bytes = names.map { Array($0.utf8) }
        let hashes = bytes.map { $0.withUTF8Bytes(FieldNameTable.hash) }
        let slotBits = Self.bits(for: 2 * names.count)
        let bucketBits = Self.bits(for: (names.count + 1) / 2)
        let (bucketShift, slotShift) = (UInt64(64 - bucketBits), UInt64(64 - slotBits))
        var buckets = [[Int]](repeating: [], count: 1 << bucketBits)
        for (field, hash) in hashes.enumerated() { buckets[Int(hash >> bucketShift)].append(field) }
        var slots = [Int32](repeating: -1, count: 1 << slotBits)
        var displacements = [UInt32](repeating: 0, count: buckets.count)
        for bucket in buckets.indices.sorted(by: { buckets[$0].count > buckets[$1].count }) where !buckets[bucket].isEmpty {
            var displacement: UInt32 = 0
            while true {
                let chosen = buckets[bucket].map { Self.slot(hashes[$0], displacement, shift: slotShift) }
                if Set(chosen).count == chosen.count, chosen.allSatisfy({ slots[$0] < 0 }) {
                    for (field, slot) in zip(buckets[bucket], chosen) { slots[slot] = Int32(field) }
                    break
                }
                displacement += 1
                if displacement == attempts { return nil }
            }
            displacements[bucket] = displacement
        }
        (self.slots, self.names, self.displacements) = (slots, bytes, displacements)
        (self.bucketShift, self.slotShift) = (bucketShift, slotShift)
        namesAreASCII = bytes.allSatisfy { $0.allSatisfy { $0 < 0x80 } }
    }

    /// The declared field named by the bytes `key`.
    func field(_ key: UTF8Bytes) -> Lookup {
        let hash = FieldNameTable.hash(key)
        let field = Int(slots[Self.slot(hash, displacements[Int(hash >> bucketShift)], shift: slotShift)])
        if field >= 0, key.equals(names[field]) { return .field(field) }
        return namesAreASCII && ByteScan.firstNonASCII(in: key, from: 0) == key.count ? .undeclared : .unknown
    }

    private static func slot(_ hash: UInt64, _ displacement: UInt32, shift: UInt64) -> Int {
        Int(((hash ^ UInt64(displacement) &* 0x9E37_79B9_7F4A_7C15) &* 0xD6E8_FEB8_6659_FD93) >> shift)
    }

    /// The bits of a number of at least `count` (0 for 1).
    private static func bits(for count: Int) -> Int {
        var bits = 0
        while 1 << bits < count { bits += 1 }
        return bits
    }

    /// The bytes folded into one word: all of them, in at most three loads for a name of up
    /// to 16 bytes. The seed's multiply then spreads it.
    static func hash(_ bytes: UTF8Bytes) -> UInt64 {
        let count = bytes.count
        var hash = UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15
        var index = 0
        while index + 8 < count {
            hash = (hash ^ bytes.word(at: index)) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 31
            index += 8
        }
        let tail: UInt64
        if count >= 8 {
            // The last eight bytes, overlapping the word before: each byte still counts.
            tail = bytes.word(at: count - 8)
        } else if count >= 4 {
            tail = UInt64(bytes.half(at: 0)) << 32 | UInt64(bytes.half(at: count - 4))
        } else if count > 0 {
            tail = UInt64(bytes[0]) << 16 | UInt64(bytes[count / 2]) << 8 | UInt64(bytes[count - 1])
        } else {
            tail = 0
        }
        hash = (hash ^ tail) &* 0x94D0_49BB_1331_11EB
        return hash ^ (hash >> 29)
    }
}
