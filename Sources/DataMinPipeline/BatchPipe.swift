import DataMinCore
import DataMinIO
import Foundation

/// Hands batches from one reader thread to worker threads and their results back to one
/// merging thread in input order, with at most `limit` batches between reading and merging
/// so memory stays bounded whatever runs faster.
///
/// The reader calls ``put(_:bytesRead:)`` and then ``finish(_:)``; each worker loops on
/// ``take()`` and ``complete(_:with:bytesRead:)``; the merging thread loops on ``next()`` and
/// calls ``close()`` when it stops early.
final class BatchPipe<Batch: Sendable, Result: Sendable>: @unchecked Sendable {
    /// What the merging thread gets next.
    enum Item {
        /// The result of the next batch in input order, and the bytes read when it was read.
        case result(Result, bytesRead: Int)
        /// The input ended after the batches before.
        case end
        /// Reading failed after the batches before.
        case failure(Diagnostic)
    }

    // All state is guarded by `condition`; batches are numbered from 0 in input order.
    private let condition = NSCondition()
    private let limit: Int
    /// Read batches no worker has taken yet, oldest first; at most `limit`.
    private var waiting: [(number: Int, batch: Batch, bytesRead: Int)] = []
    /// Results the merge has not taken yet, with the bytes read, by batch number.
    private var done: [Int: (Result, Int)] = [:]
    /// How many batches the reader put.
    private var read = 0
    /// The number of the batch the merge takes next.
    private var merged = 0
    /// Set once the reader finished: nil for the end of the input, or the failure.
    private var finished: Diagnostic??
    private var closed = false

    init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// Adds a read batch, waiting while `limit` batches are between reading and merging;
    /// false once the merge closed the pipe.
    func put(_ batch: Batch, bytesRead: Int) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while read - merged >= limit, !closed { condition.wait() }
        guard !closed else { return false }
        waiting.append((read, batch, bytesRead))
        read += 1
        condition.broadcast()
        return true
    }

    /// Tells workers and the merge that no batch follows: the input ended (nil) or failed.
    func finish(_ failure: Diagnostic?) {
        condition.lock()
        finished = .some(failure)
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch to evaluate and its number, waiting for one; nil when there will be none.
    func take() -> (number: Int, batch: Batch, bytesRead: Int)? {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty, finished == nil, !closed { condition.wait() }
        guard !waiting.isEmpty, !closed else { return nil }
        return waiting.removeFirst()
    }

    /// Hands the result of batch `number` to the merge.
    func complete(_ number: Int, with result: Result, bytesRead: Int) {
        condition.lock()
        done[number] = (result, bytesRead)
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch in input order with its result, waiting until it is evaluated.
    func next() -> Item {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let (result, bytesRead) = done.removeValue(forKey: merged) {
                merged += 1
                condition.broadcast()
                return .result(result, bytesRead: bytesRead)
            }
            if let finished, merged == read { return finished.map(Item.failure) ?? .end }
            condition.wait()
        }
    }

    /// Stops the reader and the workers: the merge takes nothing more.
    func close() {
        condition.lock()
        closed = true
        waiting.removeAll()
        done.removeAll()
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
