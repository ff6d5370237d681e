/// "Did you mean …?" for misspelt keys and names.
package enum Suggestion {
    /// The candidate closest to `word` by edit distance, if it is close enough to be a typo
    /// (at most a third of the word's length, and at least one edit).
    package static func closest(to word: String, among candidates: [String]) -> String? {
        let length = word.count
        // A word far longer than any name is no typo of one; this also keeps the quadratic
        // edit distance off hostile input.
        guard length <= 128 else { return nil }
        let limit = max(1, length / 3)
        let letters = Array(word.lowercased())
        var best: (name: String, distance: Int)?
        for candidate in candidates.sorted() where abs(candidate.count - length) <= limit {
            let distance = editDistance(letters, Array(candidate.lowercased()))
            if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.name
    }

    /// The declared name `name` most likely stands for: the same letters and digits in
    /// another case or with other separators (`LastName`, `last name ` → `last_name`), else
    /// the closest by edit distance; nil when none is close.
    package static func closestName(to name: String, among names: [String]) -> String? {
        let key = folded(name)
        if !key.isEmpty, let same = names.sorted().first(where: { folded($0) == key }) { return same }
        // A name of three letters or fewer is one edit from too many others (`ip`, `id`).
        return key.count > 3 ? closest(to: name, among: names) : nil
    }

    /// `text` lowercased, with only its letters and digits: `Last Name` and `last_name` alike.
    package static func folded(_ text: String) -> String { String(text.lowercased().filter { $0.isLetter || $0.isNumber }) }

    /// The candidates within the edit limit of ``closest(to:among:)``, nearest first, then by name.
    static func withinEditLimit(of word: String, among candidates: [String]) -> [String] {
        let length = word.count
        guard length <= 128 else { return [] }
        let limit = max(1, length / 3)
        let letters = Array(word.lowercased())
        var found: [(name: String, distance: Int)] = []
        for candidate in candidates where abs(candidate.count - length) <= limit {
            let distance = editDistance(letters, Array(candidate.lowercased()))
            if distance <= limit { found.append((candidate, distance)) }
        }
        return found.sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }.map(\.name)
    }

    /// Levenshtein distance with adjacent transpositions counted as one edit.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
