/// A set of a policy's fields as bits by field index, for policies of at most 64 fields
/// (``PolicyPlan/fitsFieldMasks``); a larger policy's records carry no masks and its checks
/// look at fields one by one.
///
/// The checks that compare a record's fields with a purpose's lists (`field-not-permitted`,
/// `missing-required-field`) test these masks first and look at fields one by one only when
/// the test says a record has a finding: a step toward the compiled record program of
/// issue #32.
package struct FieldMask: Sendable, Equatable {
    package var bits: UInt64 = 0

    /// The most fields a mask holds.
    package static let limit = 64

    package init() {}

    /// The fields `indices`, each below ``limit``.
    package init(_ indices: some Sequence<Int>) {
        for index in indices { insert(index) }
    }

    package mutating func insert(_ index: Int) {
        precondition(index >= 0 && index < FieldMask.limit, "field index beyond a mask")
        bits |= 1 << UInt64(index)
    }

    /// True when the mask holds the field with this index.
    package func contains(_ index: Int) -> Bool { bits & (1 << UInt64(index)) != 0 }

    package func isSubset(of other: FieldMask) -> Bool {
        bits & ~other.bits == 0
    }

    package func union(_ other: FieldMask) -> FieldMask {
        var union = self
        union.bits |= other.bits
        return union
    }
}
