import DataMinCore
import Dispatch

/// Renders violations on two threads: the reports of a large run are made after its checks,
/// when the other core has nothing left to do. `render` must be a pure function of its item
/// (the cache only remembers pieces it made); what it makes is handed on in the order of the
/// items.
enum ParallelRendering {
    /// What a rendering thread made of one finding: its text and, for a reporter that hashes
    /// findings, the hash. One concrete type rather than a generic one: the writer's loop
    /// runs once per finding, and a generic one is not specialized across the reporters.
    struct Rendered: Sendable {
        var text: String
        var hash: UInt64 = 0
    }

    /// Items rendered per round; the texts of one round are held in memory at once.
    static let chunkSize = 4096

    /// Reads `sequence` in rounds of ``chunkSize`` items, renders each round on two threads
    /// and hands the items with their texts to `body`, in order.
    static func forEach<Violations: Sequence<ReportedViolation>>(
        _ sequence: Violations, render: @escaping @Sendable (ReportedViolation, inout PieceCache) -> Rendered,
        write body: (ReportedViolation, Rendered) -> Void
    ) {
        var iterator = sequence.makeIterator()
        var chunk: [ReportedViolation] = []
        chunk.reserveCapacity(chunkSize)
        let halves = Halves()
        while true {
            chunk.removeAll(keepingCapacity: true)
            while chunk.count < chunkSize, let item = iterator.next() { chunk.append(item) }
            guard !chunk.isEmpty else { return }
            let texts = halves.rendered(chunk, render)
            for (item, text) in zip(chunk, texts) { body(item, text) }
        }
    }

    /// The two threads' caches and texts: each half is written by one thread only, and read
    /// after both finished.
    private final class Halves: @unchecked Sendable {
        var first: [Rendered] = []
        var second: [Rendered] = []
        var firstCache = PieceCache()
        var secondCache = PieceCache()

        func rendered(_ items: [ReportedViolation], _ render: @escaping @Sendable (ReportedViolation, inout PieceCache) -> Rendered)
            -> [Rendered]
        {
            guard items.count >= 256 else { return items.map { render($0, &firstCache) } }
            let middle = items.count / 2
            DispatchQueue.concurrentPerform(iterations: 2) { half in
                if half == 0 {
                    first = items[..<middle].map { render($0, &firstCache) }
                } else {
                    second = items[middle...].map { render($0, &secondCache) }
                }
            }
            return first + second
        }
    }
}

/// Rendered pieces that repeat from finding to finding (a check's message escaped for the
/// format, a field and purpose), made once per rendering thread: a million findings
/// usually share a few hundred messages.
package struct PieceCache {
    /// What a piece is made of; `kind` tells the reporter's pieces apart. Texts are compared
    /// by their bytes (``ExactText``): a name in two Unicode spellings is two pieces.
    struct Key: Hashable {
        var kind: UInt8
        var first: String?
        var second: String? = nil
        var third: String? = nil
        var fourth: String? = nil

        static func == (left: Key, right: Key) -> Bool {
            left.kind == right.kind && left.first.map(ExactText.init) == right.first.map(ExactText.init)
                && left.second.map(ExactText.init) == right.second.map(ExactText.init)
                && left.third.map(ExactText.init) == right.third.map(ExactText.init)
                && left.fourth.map(ExactText.init) == right.fourth.map(ExactText.init)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(kind)
            hasher.combine(first.map(ExactText.init))
            hasher.combine(second.map(ExactText.init))
            hasher.combine(third.map(ExactText.init))
            hasher.combine(fourth.map(ExactText.init))
        }
    }

    /// Pieces kept before the cache starts over, so that a report of distinct messages
    /// (values shown) cannot grow it without bound.
    private static let capacity = 16_384
    private var pieces: [Key: String] = [:]

    /// What a piece is made of when its texts carry the run's numbers (``TextNumbers``):
    /// hashing two numbers instead of the texts.
    struct NumberedKey: Hashable {
        var kind: UInt8
        var check: UInt8
        var severity: Severity
        var first: Int32
        var second: Int32

        func hash(into hasher: inout Hasher) {
            // Two numbers rather than five fields: a severity would be hashed as its raw
            // string, and a report looks a key up for every finding.
            let severityBit: UInt64 = severity == .error ? 1 << 40 : 0
            hasher.combine(UInt64(kind) << 56 | UInt64(check) << 48 | severityBit | UInt64(UInt32(bitPattern: first)))
            hasher.combine(UInt32(bitPattern: second))
        }
    }

    private var numberedPieces: [NumberedKey: String] = [:]

    package init() {}

    /// The piece for `key`, made by `make` the first time.
    mutating func piece(_ key: Key, _ make: () -> String) -> String { Self.piece(key, in: &pieces, make) }

    /// The piece for `numbered` when the texts have numbers, else for `key`; made by `make`
    /// the first time.
    mutating func piece(numbered: NumberedKey?, else key: @autoclosure () -> Key, _ make: () -> String) -> String {
        if let numbered { Self.piece(numbered, in: &numberedPieces, make) } else { piece(key(), make) }
    }

    /// The piece made of a violation's check, severity, article and message (a report's
    /// head for a finding), of `kind`; by the spool's numbers when the texts have them.
    mutating func piece(head violation: Violation, numbers: TextNumbers?, kind: UInt8, _ make: () -> String) -> String {
        piece(
            numbered: numbers.flatMap { numbers in
                min(numbers.article, numbers.message) > TextNumbers.unnumbered
                    ? NumberedKey(
                        kind: kind, check: UInt8(violation.check.position), severity: violation.severity, first: numbers.article,
                        second: numbers.message) : nil
            },
            else: Key(
                kind: kind, first: violation.check.rawValue, second: violation.severity.rawValue, third: violation.article,
                fourth: violation.message),
            make)
    }

    private static func piece<K: Hashable>(_ key: K, in pieces: inout [K: String], _ make: () -> String) -> String {
        if let known = pieces[key] { return known }
        if pieces.count >= capacity { pieces.removeAll(keepingCapacity: true) }
        let made = make()
        pieces[key] = made
        return made
    }
}
