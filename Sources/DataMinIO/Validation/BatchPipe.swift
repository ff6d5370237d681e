import DataMinCore
import Foundation

/// Batches of records handed from a reader thread to the thread that checks them, at most
/// `capacity` waiting at once, so memory stays bounded when reading is faster.
final class BatchPipe<Batch: RecordBatch>: @unchecked Sendable {
    enum Item {
        /// Records in input order, and the bytes the reader had read after them.
        case batch(Batch, bytesRead: Int)
        case end
        case failure(Diagnostic)
    }

    // All state is guarded by `condition`.
    private let condition = NSCondition()
    private var items: [Item] = []
    private var closed = false
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Adds an item, waiting while the pipe is full; false once the taker closed the pipe.
    func put(_ item: Item) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count >= capacity, !closed { condition.wait() }
        guard !closed else { return false }
        items.append(item)
        condition.broadcast()
        return true
    }

    /// The next item, waiting until there is one.
    func take() -> Item {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty { condition.wait() }
        let item = items.removeFirst()
        condition.broadcast()
        return item
    }

    /// Tells the putter to stop: the taker will take nothing more.
    func close() {
        condition.lock()
        closed = true
        items.removeAll()
        condition.broadcast()
        condition.unlock()
    }
}

/// Moves a reader to the reader thread; only that thread touches it until it finishes.
final class ReaderBox<Reader: BatchReader>: @unchecked Sendable {
    var reader: Reader

    init(_ reader: Reader) {
        self.reader = reader
    }
}
