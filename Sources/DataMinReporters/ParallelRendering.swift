import DataMinCore
import Dispatch

/// Renders violations on two threads: the reports of a large run are made after its checks,
/// when the other core has nothing left to do. `render` must be a pure function of its item;
/// the order of the results is the order of the items.
enum ParallelRendering {
    /// Items rendered per round; the texts of one round are held in memory at once.
    static let chunkSize = 4096

    /// Reads `sequence` in rounds of ``chunkSize`` items, renders each round on two threads
    /// and hands the items with their texts to `body`, in order.
    static func forEach<Violations: Sequence<ReportedViolation>>(
        _ sequence: Violations, render: @escaping @Sendable (ReportedViolation) -> String,
        write body: (ReportedViolation, String) -> Void
    ) {
        var iterator = sequence.makeIterator()
        var chunk: [ReportedViolation] = []
        chunk.reserveCapacity(chunkSize)
        while true {
            chunk.removeAll(keepingCapacity: true)
            while chunk.count < chunkSize, let item = iterator.next() { chunk.append(item) }
            guard !chunk.isEmpty else { return }
            let texts = rendered(chunk, render)
            for (item, text) in zip(chunk, texts) { body(item, text) }
        }
    }

    private static func rendered(_ items: [ReportedViolation], _ render: @escaping @Sendable (ReportedViolation) -> String) -> [String] {
        guard items.count >= 256 else { return items.map(render) }
        let halves = Halves()
        let middle = items.count / 2
        let first = Array(items[..<middle])
        let second = Array(items[middle...])
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            if half == 0 { halves.first = first.map(render) } else { halves.second = second.map(render) }
        }
        return halves.first + halves.second
    }

    /// The two halves' texts: each is written by one thread only, and read after both finished.
    private final class Halves: @unchecked Sendable {
        var first: [String] = []
        var second: [String] = []
    }
}
