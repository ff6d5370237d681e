/// One piece of a parsed `pattern:`: the syntax tree every engine renders or runs.
///
/// The tree has no anchors, captures or flags: a pattern always matches a whole value, and
/// groups only group. See docs/policy-format.md, "Patterns", for the syntax it comes from.
package indirect enum PatternNode: Sendable, Equatable {
    /// One Unicode scalar from a set (a literal is a set of one).
    case scalar(ScalarSet)
    /// Each part in turn; empty matches the empty string.
    case sequence([PatternNode])
    /// Any one of the branches.
    case alternation([PatternNode])
    /// `node` at least `min` and at most `max` times (nil: no upper bound).
    case repetition(PatternNode, min: Int, max: Int?)

    /// The fewest scalars a match of this node takes.
    package var minimumLength: Int {
        switch self {
        case .scalar: 1
        case .sequence(let parts): parts.reduce(0) { $0 + $1.minimumLength }
        case .alternation(let branches): branches.map(\.minimumLength).min() ?? 0
        case .repetition(let node, let min, _): node.minimumLength * min
        }
    }

    /// The most scalars a match of this node takes; nil when unbounded.
    package var maximumLength: Int? {
        switch self {
        case .scalar: return 1
        case .sequence(let parts):
            var total = 0
            for part in parts {
                guard let length = part.maximumLength else { return nil }
                total += length
            }
            return total
        case .alternation(let branches):
            var longest = 0
            for branch in branches {
                guard let length = branch.maximumLength else { return nil }
                longest = Swift.max(longest, length)
            }
            return longest
        case .repetition(let node, _, let max):
            guard let max, let length = node.maximumLength else { return node.maximumLength == 0 ? 0 : nil }
            return length * max
        }
    }

    /// Every scalar some match of this node can contain.
    package var scalars: ScalarSet {
        switch self {
        case .scalar(let set): set
        case .sequence(let parts): parts.reduce(ScalarSet()) { $0.union($1.scalars) }
        case .alternation(let branches): branches.reduce(ScalarSet()) { $0.union($1.scalars) }
        case .repetition(let node, _, _): node.scalars
        }
    }

    /// The scalars a non-empty match of this node can start with.
    package var firstScalars: ScalarSet {
        switch self {
        case .scalar(let set): return set
        case .alternation(let branches): return branches.reduce(ScalarSet()) { $0.union($1.firstScalars) }
        case .repetition(let node, _, _): return node.firstScalars
        case .sequence(let parts):
            var result = ScalarSet()
            for part in parts {
                result = result.union(part.firstScalars)
                if part.minimumLength > 0 { break }
            }
            return result
        }
    }
}

/// A set of Unicode scalars as sorted, disjoint, non-adjacent closed ranges of code points.
package struct ScalarSet: Sendable, Equatable {
    /// The ranges, sorted by their lower bound.
    package private(set) var ranges: [ClosedRange<UInt32>]

    package init() { ranges = [] }

    /// The set of `ranges`, in any order, overlapping or not: sorted and merged once.
    package init(_ ranges: [ClosedRange<UInt32>]) {
        var merged: [ClosedRange<UInt32>] = []
        merged.reserveCapacity(ranges.count)
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound <= last.upperBound &+ 1 {
                merged[merged.count - 1] = last.lowerBound...Swift.max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        self.ranges = merged
    }

    package init(_ scalar: Unicode.Scalar) { ranges = [scalar.value...scalar.value] }

    /// Every scalar.
    package static let all = ScalarSet([0...0x10_FFFF])
    /// `.`: every scalar but a line feed.
    package static let anyButLineFeed = ScalarSet([0...0x09, 0x0B...0x10_FFFF])
    /// `\d`: the ASCII digits only, as every engine reads it.
    package static let digits = ScalarSet([0x30...0x39])
    /// `\w`: ASCII letters, digits and `_`.
    package static let wordCharacters = ScalarSet([0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A])
    /// `\s`: space, tab, line feed, vertical tab, form feed and carriage return.
    package static let whiteSpace = ScalarSet([0x09...0x0D, 0x20...0x20])

    package var isEmpty: Bool { ranges.isEmpty }

    package func contains(_ value: UInt32) -> Bool {
        var low = 0
        var high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound < value { low = middle + 1 } else { high = middle }
        }
        return low < ranges.count && ranges[low].contains(value)
    }

    package func union(_ other: ScalarSet) -> ScalarSet {
        ScalarSet(ranges + other.ranges)
    }

    /// Every scalar not in this set.
    package var inverted: ScalarSet {
        var result: [ClosedRange<UInt32>] = []
        var next: UInt32 = 0
        for range in ranges {
            if range.lowerBound > next { result.append(next...(range.lowerBound - 1)) }
            next = range.upperBound &+ 1
        }
        if next <= 0x10_FFFF, ranges.last?.upperBound != 0x10_FFFF { result.append(next...0x10_FFFF) }
        return ScalarSet(result)
    }

    /// A scalar both sets hold, if any; for naming an overlap in a message.
    package func common(with other: ScalarSet) -> UInt32? {
        for range in ranges {
            for candidate in other.ranges where candidate.overlaps(range) {
                return Swift.max(range.lowerBound, candidate.lowerBound)
            }
        }
        return nil
    }
}
