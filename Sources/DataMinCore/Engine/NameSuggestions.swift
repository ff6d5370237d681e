import Synchronization

/// The did-you-mean of an undeclared name, remembered per name for one policy: a service sees
/// the same few undeclared names on every call, and an edit distance to every declared name
/// costs about 10 µs, a clean record's check several times over.
///
/// What is remembered does not depend on the record: every declared name the undeclared one
/// could stand for, best first. A record then takes the first that it lacks, which is what
/// ``Suggestion/closestName(to:among:)`` over the names it lacks would return.
package final class NameSuggestions: Sendable {
    private let declared: [String]
    private let remembered = Mutex<[String: [String]]>([:])

    init(declared: [String]) {
        self.declared = declared.sorted()
    }

    /// The declared name `name` most likely stands for among those `isAbsent` accepts.
    package func suggestion(for name: String, isAbsent: (String) -> Bool) -> String? {
        candidates(for: name).first(where: isAbsent)
    }

    private func candidates(for name: String) -> [String] {
        if let known = remembered.withLock({ $0[name] }) { return known }
        let ranked = Self.ranked(name, among: declared)
        remembered.withLock { names in
            // Bounded: a stream of made-up names must not grow it without end.
            if names.count >= 4_096 { names.removeAll(keepingCapacity: true) }
            names[name] = ranked
        }
        return ranked
    }

    /// The names `closestName` could pick, in the order it would prefer them: the same
    /// letters and digits first (sorted), then, for a name of more than three, those within
    /// its edit limit by distance, then name.
    static func ranked(_ name: String, among sorted: [String]) -> [String] {
        let key = Suggestion.folded(name)
        var ranked = key.isEmpty ? [] : sorted.filter { Suggestion.folded($0) == key }
        if key.count > 3 {
            ranked += Suggestion.withinEditLimit(of: name, among: sorted).filter { !ranked.contains($0) }
        }
        return ranked
    }
}
