#if Serve
    import HTTPTypes
    import Synchronization

    /// Runs work with a time limit: the caller is answered when the limit passes, even when
    /// the work (a batch being checked) cannot stop at once; the work is then cancelled and
    /// its result dropped.
    enum Deadline {
        static func within<T: Sendable>(seconds: Double, _ work: @escaping @Sendable () async throws -> T) async throws -> T {
            let race = Race<T>()
            return try await withCheckedThrowingContinuation { continuation in
                race.start(continuation)
                let worker = Task {
                    let result: Result<T, any Error>
                    do { result = .success(try await work()) } catch { result = .failure(error) }
                    race.finish(result)
                }
                let timer = Task {
                    try await Task.sleep(for: .milliseconds(Int(seconds * 1000)))
                    let limit = Problem(
                        .serviceUnavailable, "timeout", "the request took longer than \(Int(seconds)) s (--request-timeout)",
                        headers: [.retryAfter: "1"])
                    if race.finish(.failure(limit)) { worker.cancel() }
                }
                race.timer(timer)
            }
        }

        /// The first of the work and the timer to finish resumes the caller; the other finds
        /// nothing left to do. A timer left behind is cancelled, so it does not sleep on.
        private final class Race<T: Sendable>: Sendable {
            private struct State {
                var continuation: CheckedContinuation<T, any Error>?
                var timer: Task<Void, any Error>?
                var finished = false
            }
            private let state = Mutex(State())

            func start(_ continuation: CheckedContinuation<T, any Error>) {
                state.withLock { $0.continuation = continuation }
            }

            func timer(_ task: Task<Void, any Error>) {
                let cancel = state.withLock { state in
                    state.timer = task
                    return state.finished
                }
                if cancel { task.cancel() }
            }

            /// Resumes the caller with `result` unless it was resumed before; true when this call did.
            @discardableResult
            func finish(_ result: Result<T, any Error>) -> Bool {
                let (continuation, timer) = state.withLock { state -> (CheckedContinuation<T, any Error>?, Task<Void, any Error>?) in
                    guard !state.finished else { return (nil, nil) }
                    state.finished = true
                    defer { state.continuation = nil }
                    return (state.continuation, state.timer)
                }
                timer?.cancel()
                continuation?.resume(with: result)
                return continuation != nil
            }
        }
    }
#endif
