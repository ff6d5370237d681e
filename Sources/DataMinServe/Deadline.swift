#if Serve
    import HTTPTypes

    /// Runs async work (receiving a request's body) under a time limit, in a child task of
    /// the request's own: when the limit passes the work is cancelled and awaited, so nothing
    /// of the request outlives its answer, and the caller gets `503` with code `timeout`.
    enum Deadline {
        static func within<T: Sendable>(seconds: Double, _ work: @escaping @Sendable () async throws -> T) async throws -> T {
            try await withThrowingTaskGroup(of: T?.self) { group in
                group.addTask { try await work() }
                group.addTask {
                    // Short sleeps, not one long one: a cancelled sleep keeps its memory until
                    // the time it was set for, so one 30-second sleep per request held
                    // hundreds of megabytes under load.
                    let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
                    while ContinuousClock.now < deadline {
                        try await Task.sleep(for: min(.milliseconds(100), deadline - ContinuousClock.now))
                    }
                    return nil
                }
                defer { group.cancelAll() }
                guard let first = try await group.next(), let result = first else {
                    throw Problem(
                        .serviceUnavailable, "timeout", "the request took longer than \(Int(seconds)) s to arrive (--request-timeout)",
                        headers: [.retryAfter: "1"])
                }
                return result
            }
        }
    }
#endif
