/// Matches a whole value against a ``PatternNode`` in time linear in the value: the
/// pattern becomes a Thompson automaton whose states are all followed at once, one scalar
/// at a time, so no value can make it backtrack.
package struct PatternMatcher: Sendable {
    private enum Instruction: Sendable {
        /// Consumes one scalar of the set at this index of ``sets``.
        case consume(Int)
        /// Continues at both targets.
        case split(Int, Int)
        case jump(Int)
        case match
    }

    /// The most instructions a pattern may compile to, counts expanded.
    package static let maxInstructions = 20_000

    private var program: [Instruction] = []
    private var sets: [ScalarSet] = []
    /// For each set, its ASCII members as two 64-bit masks: the common case without a search.
    private var asciiMasks: [(UInt64, UInt64)] = []

    /// Compiles `node`; nil when it needs more than ``maxInstructions`` instructions.
    package init?(_ node: PatternNode) {
        guard Self.size(of: node) <= Self.maxInstructions else { return nil }
        emit(node)
        program.append(.match)
    }

    /// The instructions `node` compiles to, computed without compiling it.
    private static func size(of node: PatternNode) -> Int {
        switch node {
        case .scalar: return 1
        case .sequence(let parts): return parts.reduce(0) { $0 + size(of: $1) }
        case .alternation(let branches): return branches.reduce(0) { $0 + size(of: $1) } + 2 * branches.count
        case .repetition(let body, let min, let max):
            let copies = max ?? (min + 1)
            return Swift.min(copies, maxInstructions + 1) * (size(of: body) + 2)
        }
    }

    private mutating func emit(_ node: PatternNode) {
        switch node {
        case .scalar(let set):
            program.append(.consume(sets.count))
            sets.append(set)
            var masks: (UInt64, UInt64) = (0, 0)
            for value in 0..<UInt32(128) where set.contains(value) {
                if value < 64 { masks.0 |= 1 << UInt64(value) } else { masks.1 |= 1 << UInt64(value - 64) }
            }
            asciiMasks.append(masks)
        case .sequence(let parts):
            for part in parts { emit(part) }
        case .alternation(let branches):
            // split L1, next; L1: branch; jump end; next: split L2, … ; last branch; end:
            var jumps: [Int] = []
            for (index, branch) in branches.enumerated() {
                if index == branches.count - 1 {
                    emit(branch)
                } else {
                    let split = program.count
                    program.append(.split(split + 1, 0))
                    emit(branch)
                    jumps.append(program.count)
                    program.append(.jump(0))
                    program[split] = .split(split + 1, program.count)
                }
            }
            for jump in jumps { program[jump] = .jump(program.count) }
        case .repetition(let body, let min, let max):
            for _ in 0..<min { emit(body) }
            if let max {
                // Each optional copy may be skipped to the end.
                var skips: [Int] = []
                for _ in min..<max {
                    skips.append(program.count)
                    program.append(.split(program.count + 1, 0))
                    emit(body)
                }
                for skip in skips { program[skip] = .split(skip + 1, program.count) }
            } else {
                let loop = program.count
                program.append(.split(loop + 1, 0))
                emit(body)
                program.append(.jump(loop))
                program[loop] = .split(loop + 1, program.count)
            }
        }
    }

    /// True when the pattern matches all of `value`.
    package func matches(_ value: String) -> Bool {
        var current: [Int] = []
        var next: [Int] = []
        current.reserveCapacity(program.count)
        next.reserveCapacity(program.count)
        // The step at which each instruction was last added, so each is added once a step.
        var added = [Int](repeating: -1, count: program.count)
        var stack: [Int] = []
        var step = 0

        func add(_ start: Int, to list: inout [Int]) {
            stack.append(start)
            while let pc = stack.popLast() {
                guard added[pc] != step else { continue }
                added[pc] = step
                switch program[pc] {
                case .consume, .match: list.append(pc)
                case .jump(let target): stack.append(target)
                case .split(let first, let second):
                    stack.append(second)
                    stack.append(first)
                }
            }
        }

        add(0, to: &current)
        for scalar in value.unicodeScalars {
            step += 1
            let code = scalar.value
            for pc in current {
                guard case .consume(let index) = program[pc] else { continue }
                let member: Bool
                if code < 64 {
                    member = asciiMasks[index].0 & (1 << UInt64(code)) != 0
                } else if code < 128 {
                    member = asciiMasks[index].1 & (1 << UInt64(code - 64)) != 0
                } else {
                    member = sets[index].contains(code)
                }
                if member { add(pc + 1, to: &next) }
            }
            swap(&current, &next)
            next.removeAll(keepingCapacity: true)
            if current.isEmpty { return false }
        }
        return current.contains { if case .match = program[$0] { true } else { false } }
    }
}
