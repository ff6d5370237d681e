#if Serve
    import HTTPTypes
    import Hummingbird
    import Synchronization

    /// Who may call and how many at once: the bearer token (every path but `/healthz`),
    /// compared in constant time, and a bound on requests in flight, beyond which a caller is
    /// told to come back (`503` with `Retry-After`).
    struct GateMiddleware<Context: RequestContext>: RouterMiddleware {
        let token: [UInt8]?
        let maxConcurrent: Int
        let inFlight: Counter

        /// Requests being handled now, shared by every connection.
        final class Counter: Sendable {
            let value = Atomic<Int>(0)
            init() {}
        }

        func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
            if let token, request.uri.path != "/healthz" {
                let given = request.headers[.authorization].flatMap { $0.hasPrefix("Bearer ") ? Array($0.utf8.dropFirst(7)) : nil }
                guard let given, Self.equalInConstantTime(given, token) else {
                    throw Problem(
                        .unauthorized, "unauthorized", "this service needs 'Authorization: Bearer <token>'",
                        headers: [.wwwAuthenticate: "Bearer realm=\"datamin\""])
                }
            }
            let now = inFlight.value.wrappingAdd(1, ordering: .relaxed).newValue
            defer { inFlight.value.wrappingSubtract(1, ordering: .relaxed) }
            guard now <= maxConcurrent else {
                throw Problem(
                    .serviceUnavailable, "overloaded", "\(maxConcurrent) requests are being handled; try again shortly",
                    headers: [.retryAfter: "1"])
            }
            return try await next(request, context)
        }

        /// Compares every byte of the longer input whatever differs first, so the time taken
        /// tells nothing of how much of a guess was right.
        static func equalInConstantTime(_ given: [UInt8], _ expected: [UInt8]) -> Bool {
            var difference = UInt8(truncatingIfNeeded: given.count ^ expected.count) | (given.count == expected.count ? 0 : 1)
            for index in 0..<max(given.count, expected.count) {
                let left = index < given.count ? given[index] : 0
                let right = index < expected.count ? expected[index] : 0
                difference |= left ^ right
            }
            return difference == 0
        }
    }
#endif
