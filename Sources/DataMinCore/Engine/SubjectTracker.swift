/// Remembers which data subjects a run has seen, for `duplicate-subject`.
///
/// Keeps one 64-bit hash per distinct subject, never the key itself. The hash is seeded per
/// process, so it means nothing outside this run. Two different subjects collide with odds
/// of about n²/2⁶⁵ (under one in a million at 10 million subjects).
public struct SubjectTracker: Sendable {
    private var seen = Set<Int>()

    public init() {}

    /// How many distinct subjects were seen.
    public var count: Int { seen.count }

    /// Records the subject `key` (trimmed and case-folded first); false if it was seen before.
    mutating func insert(_ key: String) -> Bool {
        var hasher = Hasher()
        hasher.combine(SubjectTracker.normalise(key))
        return seen.insert(hasher.finalize()).inserted
    }

    static func normalise(_ key: String) -> String {
        var trimmed = Substring(key)
        while trimmed.first?.isWhitespace == true { trimmed.removeFirst() }
        while trimmed.last?.isWhitespace == true { trimmed.removeLast() }
        return trimmed.lowercased()
    }
}
