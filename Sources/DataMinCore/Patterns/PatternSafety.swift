/// The rules that keep a pattern's cost bounded in a backtracking engine (Spark runs Java's
/// `java.util.regex`) and within every engine's limits, so one hostile value cannot stall a
/// query or fail it.
///
/// datamin's own matcher is linear in the value whatever the pattern (``PatternMatcher``);
/// these rules exist for the SQL engines, and `lint` applies them to every policy so that
/// a pattern means the same, and costs the same, wherever it runs. Each refuses a way for
/// a backtracking matcher to try the same characters again and again, or to recurse once
/// per character:
///
/// 1. A repetition that can repeat more than once repeats a part of fixed length with no
///    alternatives: a class, a character, or a group of such (`[a-z]+`, `(ab)*`). `(a+)+`
///    and `(\.[a-z]+)*` split a value in exponentially many ways, and Java recurses once per
///    repetition of `(ab|cd)*`, running out of stack on a long value.
/// 2. The branches of every alternation start with different characters and none is
///    empty, so the next character decides the branch: `(ab|ab)` thirty times over, or
///    `(a|ab)(c|bc)…`, doubles the work with each group.
/// 3. Two parts of varying length that can match the same character do not follow each
///    other unless a required part that the first cannot match comes between: `[a-z]+[a-z]*`
///    and `[a-z.]+\.[a-z]+` let a failing match try every split point again.
/// 4. Counts nested in counts multiply to at most 1,000, RE2's limit (DuckDB refuses more).
package enum PatternSafety {
    /// The largest product of nested counts RE2 accepts.
    package static let maxNestedCount = 1_000

    /// Why `node` could cost more than linear time in a backtracking engine, or break an
    /// engine's limits; nil when it cannot.
    package static func problem(in node: PatternNode) -> String? {
        if let problem = cost(node) { return problem }
        if nestedCount(node) > maxNestedCount {
            return "counts nested inside counts multiply to more than \(maxNestedCount), the most RE2 (DuckDB) accepts; "
                + "use '+' or '*', or a smaller count"
        }
        return nil
    }

    private static func cost(_ node: PatternNode) -> String? {
        switch node {
        case .scalar: return nil
        case .alternation(let branches):
            if let inner = branches.lazy.compactMap(cost).first { return inner }
            var seen = ScalarSet()
            for branch in branches {
                let first = branch.firstScalars
                if branch.minimumLength == 0 || seen.common(with: first) != nil {
                    return "the branches of '\(write(node))' can start with the same character or be empty, so a failing match "
                        + "tries each again; start each branch with a different character (write what they share once, "
                        + "before the group) and use '?' for an optional part"
                }
                seen = seen.union(first)
            }
            return nil
        case .sequence(let parts):
            if let inner = parts.lazy.compactMap(cost).first { return inner }
            return adjacentOverlap(parts)
        case .repetition(let body, _, let max):
            if let inner = cost(body) { return inner }
            guard max.map({ $0 > 1 }) ?? true else { return nil }
            if isVarying(body) || containsAlternation(body) {
                return "'\(write(node))' repeats a part that varies in length or holds alternatives, which a backtracking engine "
                    + "(Spark) can take exponential time or run out of stack on; repeat a class, as in '[a-z.]+', or a fixed "
                    + "sequence, as in '(ab)*'"
            }
            return nil
        }
    }

    private static func write(_ node: PatternNode) -> String { PatternWriter.readable.text(node) }

    private static func isVarying(_ node: PatternNode) -> Bool { node.minimumLength != node.maximumLength }

    private static func containsAlternation(_ node: PatternNode) -> Bool {
        switch node {
        case .scalar: false
        case .alternation: true
        case .sequence(let parts): parts.contains(where: containsAlternation)
        case .repetition(let body, _, _): containsAlternation(body)
        }
    }

    /// The largest product of counts along one chain of nested repetitions, as RE2 counts
    /// them: `{m,n}` counts `n` (`m` without an upper bound); `*`, `+` and `?` count 1.
    private static func nestedCount(_ node: PatternNode) -> Int {
        switch node {
        case .scalar: return 1
        case .sequence(let parts), .alternation(let parts): return parts.map(nestedCount).max() ?? 1
        case .repetition(let body, let min, let max):
            let count = Swift.max(1, max ?? (min > 1 ? min : 1))
            return Swift.min(count * nestedCount(body), Int(Int32.max))
        }
    }

    /// Rule 3 over the parts of one sequence.
    private static func adjacentOverlap(_ parts: [PatternNode]) -> String? {
        for (index, part) in parts.enumerated() where isVarying(part) {
            let characters = part.scalars
            for later in parts[(index + 1)...] {
                let overlaps = characters.common(with: later.scalars) != nil
                if overlaps, isVarying(later) {
                    return "'\(write(part))' and '\(write(later))' can match the same characters and both vary in length, "
                        + "which can take polynomial time; merge them, or put a required character neither matches between them"
                }
                if !overlaps, later.minimumLength > 0 { break }
            }
        }
        return nil
    }
}
