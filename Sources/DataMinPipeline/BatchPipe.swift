import DataMinCore
import DataMinIO
import Dispatch
import Synchronization

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

    /// What the threads share, only touched under ``state``'s lock. Batches are numbered
    /// from 0 in input order.
    private struct State: ~Copyable {
        /// Read batches no worker has taken yet, oldest first; at most `limit`.
        var waiting: [(number: Int, batch: Batch, bytesRead: Int)] = []
        /// Results the merge has not taken yet, with the bytes read, by batch number.
        var done: [Int: (Result, Int)] = [:]
        /// How many batches the reader put.
        var read = 0
        /// The number of the batch the merge takes next.
        var merged = 0
        /// Set once the reader finished: nil for the end of the input, or the failure.
        var finished: Diagnostic??
        var closed = false
        /// The threads waiting for the state to change, each woken by its own semaphore.
        var sleepers: [DispatchSemaphore] = []
    }

    private let state = Mutex(State())
    private let limit: Int

    init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// Adds a read batch, waiting while `limit` batches are between reading and merging;
    /// false once the merge closed the pipe.
    func put(_ batch: Batch, bytesRead: Int) -> Bool {
        let limit = limit
        let room = wait { state -> Bool? in
            state.read - state.merged < limit || state.closed ? !state.closed : nil
        }
        guard room else { return false }
        return change { state in
            guard !state.closed else { return false }
            state.waiting.append((state.read, batch, bytesRead))
            state.read += 1
            return true
        }
    }

    /// Tells workers and the merge that no batch follows: the input ended (nil) or failed.
    func finish(_ failure: Diagnostic?) {
        change { $0.finished = .some(failure) }
    }

    /// The next batch to evaluate and its number, waiting for one; nil when there will be none.
    func take() -> (number: Int, batch: Batch, bytesRead: Int)? {
        wait { state -> (number: Int, batch: Batch, bytesRead: Int)?? in
            if state.closed { return .some(nil) }
            if !state.waiting.isEmpty { return .some(state.waiting.removeFirst()) }
            return state.finished == nil ? nil : .some(nil)
        }
    }

    /// Hands the result of batch `number` to the merge.
    func complete(_ number: Int, with result: Result, bytesRead: Int) {
        change { $0.done[number] = (result, bytesRead) }
    }

    /// The next batch in input order with its result, waiting until it is evaluated.
    func next() -> Item {
        let item = wait { state -> Item? in
            if let (result, bytesRead) = state.done.removeValue(forKey: state.merged) {
                state.merged += 1
                return .result(result, bytesRead: bytesRead)
            }
            if let finished = state.finished, state.merged == state.read { return finished.map(Item.failure) ?? .end }
            return nil
        }
        // Taking a result makes room for the reader.
        if case .result = item { change { _ in } }
        return item
    }

    /// Stops the reader and the workers: the merge takes nothing more.
    func close() {
        change { state in
            state.closed = true
            state.waiting.removeAll()
            state.done.removeAll()
        }
    }

    /// Runs `body` under the lock until it gives an answer, sleeping after each nil until
    /// another thread changes the state.
    private func wait<Answer>(_ body: (inout State) -> Answer?) -> Answer {
        let wakeup = DispatchSemaphore(value: 0)
        while true {
            let answer: Answer? = state.withLock { state in
                if let answer = body(&state) { return answer }
                state.sleepers.append(wakeup)
                return nil
            }
            if let answer { return answer }
            wakeup.wait()
        }
    }

    /// Changes the state under the lock and wakes every waiting thread to look again.
    @discardableResult
    private func change<Answer>(_ body: (inout State) -> Answer) -> Answer {
        let (answer, sleepers) = state.withLock { state in
            let answer = body(&state)
            defer { state.sleepers.removeAll() }
            return (answer, state.sleepers)
        }
        for sleeper in sleepers { sleeper.signal() }
        return answer
    }
}

/// Moves a reader to the reader thread; only that thread touches it until it finishes.
final class ReaderBox<Reader: BatchReader>: @unchecked Sendable {
    var reader: Reader

    init(_ reader: Reader) {
        self.reader = reader
    }
}
