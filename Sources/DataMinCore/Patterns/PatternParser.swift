/// Reads a `pattern:` into a ``PatternNode``, accepting only the syntax every engine datamin
/// targets reads the same way (docs/policy-format.md, "Patterns").
///
/// What one engine would read differently (`\d` as any Unicode digit, `.` across lines,
/// POSIX classes) or could only run by backtracking (back-references, look-around, lazy
/// and possessive quantifiers) is refused with the reason and the character it starts at.
package struct PatternParser {
    /// Why a pattern was refused, and where.
    package struct Failure: Error, Sendable, Equatable {
        package var message: String
        /// The 1-based position in the pattern, in characters.
        package var column: Int
    }

    /// The largest `{m,n}` count: PostgreSQL refuses more than 255.
    package static let maxCount = 255

    /// The deepest nesting of groups accepted: the parser recurses once a level.
    package static let maxDepth = 100

    private let scalars: [Unicode.Scalar]
    private var position = 0
    private var depth = 0

    /// Parses `source`.
    ///
    /// - Throws: ``Failure`` naming what is refused and its position.
    package static func parse(_ source: String) throws(Failure) -> PatternNode {
        var parser = PatternParser(scalars: Array(source.unicodeScalars))
        return try parser.whole()
    }

    private init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    private var atEnd: Bool { position >= scalars.count }
    private var current: Unicode.Scalar? { atEnd ? nil : scalars[position] }

    /// A failure at the scalar `index` (the current one by default), its column counted in
    /// characters as an editor counts them.
    private func fail(_ message: String, at index: Int? = nil) -> Failure {
        var prefix = String.UnicodeScalarView()
        prefix.append(contentsOf: scalars[..<min(index ?? position, scalars.count)])
        return Failure(message: message, column: String(prefix).count + 1)
    }

    private mutating func whole() throws(Failure) -> PatternNode {
        // A pattern always matches the whole value; a leading ^ and trailing $ say so again.
        var end = scalars.count
        if current == "^" { position = 1 }
        if end > position, scalars[end - 1] == "$", !isEscaped(end - 1) { end -= 1 }
        let node = try alternation(until: end)
        if position < end {
            throw fail(scalars[position] == ")" ? "')' closes no group" : "unexpected '\(scalars[position].escaped(asASCII: true))'")
        }
        return node
    }

    /// True when the scalar at `index` follows an odd number of backslashes.
    private func isEscaped(_ index: Int) -> Bool {
        var count = 0
        var cursor = index - 1
        while cursor >= 0, scalars[cursor] == "\\" {
            count += 1
            cursor -= 1
        }
        return count % 2 == 1
    }

    private mutating func alternation(until end: Int) throws(Failure) -> PatternNode {
        var branches = [try sequence(until: end)]
        while position < end, current == "|" {
            position += 1
            branches.append(try sequence(until: end))
        }
        if branches.count == 1 { return branches[0] }
        // Branches of one character each are a class: (a|b|[0-9]) means [ab0-9], which
        // every engine matches without choosing a branch.
        let sets = branches.compactMap { branch -> ScalarSet? in
            if case .scalar(let set) = branch { return set }
            return nil
        }
        if sets.count == branches.count { return .scalar(ScalarSet(sets.flatMap(\.ranges))) }
        return .alternation(branches)
    }

    private mutating func sequence(until end: Int) throws(Failure) -> PatternNode {
        var parts: [PatternNode] = []
        while position < end, let scalar = current, scalar != "|", scalar != ")" {
            let start = position
            let atom = try self.atom(until: end)
            // A group that is not repeated only groups: its parts join this sequence.
            switch try quantified(atom, startingAt: start, until: end) {
            case .sequence(let inner): parts += inner
            case let part: parts.append(part)
            }
        }
        return parts.count == 1 ? parts[0] : .sequence(parts)
    }

    private mutating func atom(until end: Int) throws(Failure) -> PatternNode {
        let scalar = scalars[position]
        switch scalar {
        case "(":
            let open = position
            guard depth < Self.maxDepth else { throw fail("groups are nested more than \(Self.maxDepth) deep", at: open) }
            depth += 1
            defer { depth -= 1 }
            position += 1
            if current == "?" {
                guard position + 1 < scalars.count, scalars[position + 1] == ":" else {
                    throw fail(
                        "'(?' starts look-around, a named group or a flag, which not every engine supports; use '(' or '(?:' to group",
                        at: open)
                }
                position += 2
            }
            let inner = try alternation(until: end)
            guard position < end, current == ")" else { throw fail("'(' is never closed; add ')'", at: open) }
            position += 1
            return inner
        case "[":
            return .scalar(try characterClass())
        case ".":
            position += 1
            return .scalar(.anyButLineFeed)
        case "\\":
            return .scalar(try escape(inClass: false))
        case "*", "+", "?":
            throw fail("'\(scalar)' repeats nothing; write '\\\(scalar)' for the character itself")
        case "{":
            throw fail("'{' repeats nothing; write '\\{' for the character itself")
        case "^", "$":
            throw fail("'\(scalar)' is only allowed at the start ('^') or end ('$'): a pattern always matches the whole value")
        default:
            position += 1
            return .scalar(ScalarSet(scalar))
        }
    }

    private mutating func quantified(_ atom: PatternNode, startingAt start: Int, until end: Int) throws(Failure) -> PatternNode {
        guard position < end, let scalar = current else { return atom }
        let bounds: (min: Int, max: Int?)
        switch scalar {
        case "*": bounds = (0, nil)
        case "+": bounds = (1, nil)
        case "?": bounds = (0, 1)
        case "{": bounds = try counts()
        default: return atom
        }
        if scalar != "{" { position += 1 }
        if position < end, let next = current, next == "?" || next == "+" || next == "*" || next == "{" {
            throw fail(
                next == "?" || next == "+"
                    ? "lazy ('\(scalar)?') and possessive ('\(scalar)+') repetition are not supported; a pattern matches the whole value, so plain '\(scalar)' means the same"
                    : "a repetition cannot be repeated directly; group it and check it is what you mean")
        }
        if case .sequence(let parts) = atom, parts.isEmpty {
            throw fail("an empty group cannot be repeated", at: start)
        }
        return .repetition(atom, min: bounds.min, max: bounds.max)
    }

    /// `{m}`, `{m,}` or `{m,n}`, position at the `{`.
    private mutating func counts() throws(Failure) -> (min: Int, max: Int?) {
        let open = position
        position += 1
        func number() -> Int? {
            var value: Int?
            while let scalar = current, ("0"..."9").contains(scalar) {
                value = min((value ?? 0) * 10 + Int(scalar.value) - 48, 1_000_000)
                position += 1
            }
            return value
        }
        guard let low = number() else { throw fail("'{' must start a count such as {3} or {2,5}; write '\\{' for the character", at: open) }
        var high: Int? = low
        if current == "," {
            position += 1
            high = number()
        }
        guard current == "}" else { throw fail("a count must end with '}', as in {2,5}", at: open) }
        position += 1
        if max(low, high ?? 0) > Self.maxCount {
            throw fail("a count above \(Self.maxCount) is not supported (PostgreSQL's limit); use '+' or '*' for no upper bound", at: open)
        }
        if let high, high < low { throw fail("a count's upper bound \(high) is below its lower bound \(low)", at: open) }
        return (low, high)
    }

    /// A bracket expression, position at the `[`.
    private mutating func characterClass() throws(Failure) -> ScalarSet {
        let open = position
        position += 1
        var negated = false
        if current == "^" {
            negated = true
            position += 1
        }
        var ranges: [ClosedRange<UInt32>] = []
        var first = true
        while true {
            guard let scalar = current else { throw fail("'[' is never closed; add ']'", at: open) }
            if scalar == "]", !first { break }
            first = false
            if scalar == "[", position + 1 < scalars.count, [":", "=", "."].contains(scalars[position + 1]) {
                throw fail("POSIX classes such as [:alpha:] are not supported; list the characters, as in [A-Za-z]")
            }
            let itemStart = position
            let low = try classItem()
            if current == "-", position + 1 < scalars.count, scalars[position + 1] != "]" {
                position += 1
                let high = try classItem()
                guard let lowValue = low.single, let highValue = high.single else {
                    throw fail("a range must be between two single characters, as in a-z", at: itemStart)
                }
                guard lowValue <= highValue else { throw fail("the range is backwards; write the lower character first", at: itemStart) }
                ranges.append(lowValue...highValue)
            } else {
                ranges += low.ranges
            }
        }
        position += 1
        let set = ScalarSet(ranges)
        let result = negated ? set.inverted : set
        if result.isEmpty { throw fail("the class matches no character", at: open) }
        return result
    }

    /// One member of a bracket expression: a character or an escape.
    private mutating func classItem() throws(Failure) -> ScalarSet {
        let scalar = scalars[position]
        if scalar == "\\" { return try escape(inClass: true) }
        position += 1
        return ScalarSet(scalar)
    }

    /// An escape, position at the backslash.
    private mutating func escape(inClass: Bool) throws(Failure) -> ScalarSet {
        let start = position
        guard position + 1 < scalars.count else { throw fail("the pattern ends with '\\'; write '\\\\' for a backslash") }
        let scalar = scalars[position + 1]
        position += 2
        switch scalar {
        case "d": return .digits
        case "D": return ScalarSet.digits.inverted
        case "w": return .wordCharacters
        case "W": return ScalarSet.wordCharacters.inverted
        case "s": return .whiteSpace
        case "S": return ScalarSet.whiteSpace.inverted
        case "t": return ScalarSet("\t")
        case "n": return ScalarSet("\n")
        case "r": return ScalarSet("\r")
        case "f": return ScalarSet("\u{0C}")
        case "1"..."9":
            throw fail("back-references ('\\\(scalar)') need a backtracking matcher and are not supported", at: start)
        case "b", "B", "A", "z", "Z", "G":
            throw fail(
                "'\\\(scalar)' is an anchor, which not every engine reads alike; a pattern always matches the whole value", at: start)
        default:
            // Any other escaped ASCII punctuation is the character itself, in every engine.
            if scalar.isASCII, !scalar.properties.isAlphabetic, !("0"..."9").contains(scalar), scalar.value >= 0x20, scalar.value < 0x7F {
                return ScalarSet(scalar)
            }
            throw fail(
                "'\\\(scalar.escaped(asASCII: true))' is not supported; the escapes are \\d \\w \\s \\D \\W \\S \\t \\n \\r \\f and a backslash before punctuation",
                at: start)
        }
    }
}

extension ScalarSet {
    /// The one scalar of a set that holds exactly one.
    fileprivate var single: UInt32? {
        ranges.count == 1 && ranges[0].lowerBound == ranges[0].upperBound ? ranges[0].lowerBound : nil
    }
}
