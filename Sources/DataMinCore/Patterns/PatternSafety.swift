/// The rules that keep a pattern's cost bounded in a backtracking engine (Spark runs Java's
/// `java.util.regex`), so one hostile value cannot stall a query.
///
/// datamin's own matcher is linear in the value whatever the pattern (``PatternMatcher``);
/// these rules exist for the SQL engines, and `lint` applies them to every policy so that
/// a pattern means the same, and costs the same, wherever it runs. Each rule refuses an
/// ambiguity, a way for the same characters to be matched in more than one way:
///
/// 1. A repetition that can repeat more than once contains no repetition of varying count:
///    `(a+)+` or `(\.[a-z]+)*` can split a value in exponentially many ways.
/// 2. The branches of an alternation inside such a repetition start with different
///    characters and none is empty: `(a|ab)*` can choose a branch at every step.
/// 3. Two parts of varying length that can match the same character do not follow each
///    other unless a required part that neither can match comes between: `[a-z]+[a-z]*`
///    and `[a-z.]+\.[a-z]+` let a failing match try every split point again.
package enum PatternSafety {
    /// Why `node` could cost more than linear time in a backtracking engine, or nil.
    package static func problem(in node: PatternNode) -> String? {
        switch node {
        case .scalar: return nil
        case .alternation(let branches):
            return branches.lazy.compactMap(problem(in:)).first
        case .sequence(let parts):
            if let inner = parts.lazy.compactMap(problem(in:)).first { return inner }
            return adjacentOverlap(parts)
        case .repetition(let body, _, let max):
            if let inner = problem(in: body) { return inner }
            guard max.map({ $0 > 1 }) ?? true else { return nil }
            if let nested = firstVaryingRepetition(in: body) {
                return "'\(write(nested))' repeats inside '\(write(node))': nested repetition can take exponential time; "
                    + "repeat one class instead, as in '[a-z.]+'"
            }
            if let branches = firstAmbiguousAlternation(in: body) {
                return "the branches of '\(write(branches))' inside '\(write(node))' can start with the same character or be empty, "
                    + "which can take exponential time; make each branch start with a different character"
            }
            return nil
        }
    }

    private static func write(_ node: PatternNode) -> String { PatternWriter.readable.text(node) }

    private static func isVarying(_ node: PatternNode) -> Bool { node.minimumLength != node.maximumLength }

    private static func firstVaryingRepetition(in node: PatternNode) -> PatternNode? {
        switch node {
        case .scalar: return nil
        case .sequence(let parts), .alternation(let parts): return parts.lazy.compactMap(firstVaryingRepetition(in:)).first
        case .repetition(let body, let min, let max): return min != max ? node : firstVaryingRepetition(in: body)
        }
    }

    private static func firstAmbiguousAlternation(in node: PatternNode) -> PatternNode? {
        switch node {
        case .scalar: return nil
        case .sequence(let parts): return parts.lazy.compactMap(firstAmbiguousAlternation(in:)).first
        case .repetition(let body, _, _): return firstAmbiguousAlternation(in: body)
        case .alternation(let branches):
            var seen = ScalarSet()
            for branch in branches {
                let first = branch.firstScalars
                if branch.minimumLength == 0 || seen.common(with: first) != nil { return node }
                seen = seen.union(first)
            }
            return branches.lazy.compactMap(firstAmbiguousAlternation(in:)).first
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
