#if Serve
    import DataMinCore
    import FoundationEssentials
    import HTTPTypes
    import Hummingbird

    /// The outermost layer: turns every error into a problem document, counts the request in
    /// the metrics and writes one access-log line to standard error. The line names the
    /// method, the path (never the query or the body), the status, the size and the time.
    struct AccessLogMiddleware<Context: RequestContext>: RouterMiddleware {
        let metrics: ServiceMetrics
        let log: @Sendable (String) -> Void

        /// The paths the service answers; anything else is counted as `other`.
        static var routes: Set<String> { ["/v1/validate", "/v1/policies", "/healthz", "/metrics", "/openapi.yaml"] }

        func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
            let started = ContinuousClock.now
            let path = request.uri.path
            let response: Response
            do {
                response = try await next(request, context)
            } catch let error as HTTPError where error.status == .notFound && Self.allowedMethods[path] != nil {
                // The router found the path but not the method: 405 with what it takes.
                let allowed = Self.allowedMethods[path]!
                response = Problem(.methodNotAllowed, "method-not-allowed", "\(path) takes \(allowed)", headers: [.allow: allowed]).response
            } catch {
                let problem = Problem.from(error)
                // What failed, by its type only: an error's text could hold what the request held.
                if problem.status == .internalServerError { log("internal error (\(type(of: error))) answering \(request.method) \(path)") }
                response = problem.response
            }
            let elapsed = started.duration(to: .now)
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let route = Self.routes.contains(path) ? path : "other"
            metrics.request(route: route, status: Int(response.status.code), seconds: seconds)
            let size = response.body.contentLength.map { "\($0) B" } ?? "streamed"
            let shownPath = Self.routes.contains(path) ? path : "(other path)"
            log("\(request.method) \(shownPath) \(response.status.code) \(size) \(DecimalText.fixed(seconds * 1000, decimals: 1)) ms")
            return response
        }

        private static var allowedMethods: [String: String] {
            [
                "/v1/validate": "POST", "/v1/policies": "GET, HEAD", "/healthz": "GET, HEAD", "/metrics": "GET, HEAD",
                "/openapi.yaml": "GET, HEAD",
            ]
        }
    }
#endif
