#if Serve
    import HTTPTypes
    import DataMinCore
    import Hummingbird
    import Synchronization

    /// Who may call and how many at once: the bearer token, compared in constant time, and a
    /// bound on requests in flight, beyond which a caller is told to come back (`503` with
    /// `Retry-After`). `/healthz` passes both, so that a busy service is not restarted by its
    /// orchestrator.
    struct GateMiddleware<Context: RequestContext>: RouterMiddleware {
        /// The SHA-256 of the token; nil when none is required.
        let tokenDigest: [UInt8]?
        let maxConcurrent: Int
        let inFlight: Counter

        /// Requests being handled now, shared by every connection.
        final class Counter: Sendable {
            let value = Atomic<Int>(0)
            init() {}
        }

        func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
            guard request.uri.path != "/healthz" else { return try await next(request, context) }
            if let tokenDigest {
                // The scheme is case-insensitive (RFC 9110 §11.1).
                let given = request.headers[.authorization].flatMap { header -> [UInt8]? in
                    header.prefix(7).lowercased() == "bearer " ? Array(header.utf8.dropFirst(7)) : nil
                }
                guard let given, Self.equalInConstantTime(SHA256.hash(given), tokenDigest) else {
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

        /// Compares two SHA-256 digests byte by byte to the end, whatever differs first: the
        /// time taken tells nothing of how much of a guess was right, nor (digests being 32
        /// bytes) of the token's length.
        static func equalInConstantTime(_ given: [UInt8], _ expected: [UInt8]) -> Bool {
            guard given.count == 32, expected.count == 32 else { return false }
            var difference: UInt8 = 0
            for index in 0..<32 { difference |= given[index] ^ expected[index] }
            return difference == 0
        }
    }
#endif
