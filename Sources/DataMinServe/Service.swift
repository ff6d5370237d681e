import DataMinCore
import DataMinRun

#if Serve
    import Dispatch
    import Foundation
    import HTTPTypes
    import Hummingbird
    import Logging
#endif

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// `datamin serve`: the checks of the library and of `validate` over HTTP, for CRMs and
/// import jobs not written in Swift. Built only with the package's `Serve` trait.
package enum Service {
    /// Whether this build has the service.
    package static var isAvailable: Bool {
        #if Serve
            true
        #else
            false
        #endif
    }

    /// Loads the policies, listens, and answers until SIGTERM or SIGINT, after which requests
    /// in flight are finished. SIGHUP reloads the policies: all of them or, when one fails,
    /// none. `log` receives the access log and the service's messages, one line each.
    ///
    /// - Throws: ``UsageFailure`` for a configuration it refuses, ``PolicyError`` for a
    ///   policy that does not load.
    package static func run(_ configuration: ServiceConfiguration, log: @escaping @Sendable (String) -> Void) throws {
        try configuration.check()
        #if Serve
            let registry = try PolicyRegistry(configuration)
            let metrics = ServiceMetrics()
            // HEAD answers as GET does, without the body (RFC 9110 §9.3.2).
            let router = Router(options: .autoGenerateHeadEndpoints)
            router.add(middleware: AccessLogMiddleware(metrics: metrics, log: log))
            router.add(
                middleware: GateMiddleware(
                    tokenDigest: configuration.token.map { SHA256.hash($0) }, maxConcurrent: configuration.maxConcurrent, inFlight: .init())
            )
            let endpoint = ValidateEndpoint(registry: registry, configuration: configuration, metrics: metrics)
            router.post("/v1/validate") { request, _ in try await endpoint.respond(to: request) }
            router.get("/v1/policies") { _, _ in json(policiesDocument(registry)) }
            router.get("/healthz") { _, _ in text("ok\n", type: "text/plain; charset=utf-8") }
            router.get("/metrics") { _, _ in text(metrics.rendered, type: "text/plain; version=0.0.4; charset=utf-8") }
            router.get("/openapi.yaml") { _, _ in text(OpenAPIDocument.yaml(policies: registry.all), type: "application/yaml") }

            var logger = Logger(label: "datamin-serve")
            logger.logLevel = .critical  // its lines could carry what a request held; the access log says enough
            let names = registry.all.map(\.name).joined(separator: ", ")
            let app = Application(
                router: router,
                configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "datamin"),
                onServerRunning: { channel in
                    let port = channel.localAddress?.port ?? configuration.port
                    // An IPv6 address is bracketed in a URL (RFC 3986), `http://[::1]:8080`.
                    let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
                    log("listening on http://\(host):\(port) (policies: \(names))")
                },
                logger: logger)

            signal(SIGHUP, SIG_IGN)
            let reload = DispatchSource.makeSignalSource(signal: SIGHUP, queue: .global())
            reload.setEventHandler {
                if let why = registry.reload() {
                    // The first line of the error: file, line, column and what is wrong.
                    let first = why.split(separator: "\n").first.map(String.init) ?? why
                    log("reload failed, still answering with the policies loaded before: \(first)")
                } else {
                    log("policies reloaded: \(registry.all.map { "\($0.name) \($0.sha256.prefix(12))" }.joined(separator: ", "))")
                }
            }
            reload.resume()
            defer { reload.cancel() }

            let finished = Finished()
            Task {
                do { try await app.runService() } catch { finished.error = error }
                finished.semaphore.signal()
            }
            finished.semaphore.wait()
            if let error = finished.error { throw UsageFailure(message: "the service stopped: \(error)") }
            log("stopped")
        #endif
    }
}

#if Serve
    /// How the service's task ended, read by the thread that waits for it.
    private final class Finished: @unchecked Sendable {
        let semaphore = DispatchSemaphore(value: 0)
        // Written once by the task before it signals, read after the wait.
        var error: (any Error)?
    }

    private func text(_ body: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    private func json(_ body: String) -> Response { text(body, type: "application/json") }

    /// `GET /v1/policies`: each policy's name, purposes and the SHA-256 of its file.
    private func policiesDocument(_ registry: PolicyRegistry) -> String {
        var text = "{\n  \"policies\": ["
        for (index, entry) in registry.all.enumerated() {
            text += index == 0 ? "\n    {" : ",\n    {"
            text +=
                "\n      \"name\": \(JSONText.quoted(entry.name)),\n      \"sha256\": \(JSONText.quoted(entry.sha256)),\n      \"purposes\": ["
            text += entry.purposes.map(JSONText.quoted).joined(separator: ", ") + "]\n    }"
        }
        return text + (registry.all.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
    }
#endif
