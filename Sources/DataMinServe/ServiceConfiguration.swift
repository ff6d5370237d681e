import DataMinCore
import DataMinRun

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `datamin serve` is started with: where it listens, who may call it, the policies it
/// answers for and the limits that keep one caller from starving the others.
package struct ServiceConfiguration: Sendable {
    /// The policy files, each answered for under its `name:`.
    package var policyPaths: [String]
    /// The address to listen on: loopback by default.
    package var host = "127.0.0.1"
    package var port = 8080
    /// The bearer token every call but `/healthz` must carry; nil when none is required,
    /// which only a loopback address allows.
    package var token: [UInt8]?
    /// The day retention and consent are judged on; nil follows the calendar (UTC).
    package var asOf: CalendarDate?
    /// The largest body of one JSON record, in bytes (`--max-record-bytes`).
    package var recordBodyLimit = 1 << 20
    /// The largest JSON Lines or CSV body, in bytes (`--max-batch-bytes`); it is spooled to
    /// a temporary file, never held in memory.
    package var batchBodyLimit = 256 << 20
    /// Seconds a request may take before it is answered `503` (`--request-timeout`).
    package var requestSeconds = 30.0
    /// Requests handled at once; one more is answered `503` with `Retry-After` (`--max-concurrent`).
    package var maxConcurrent = 64
    /// The folder relative policy paths are read from.
    package var workingDirectory: String
    /// `DATAMIN_KEY_SALT` and `SOURCE_DATE_EPOCH`, as `validate` reads them.
    package var environment: [String: String] = [:]

    package init(policyPaths: [String], workingDirectory: String) {
        self.policyPaths = policyPaths
        self.workingDirectory = workingDirectory
    }

    /// Reads `--listen HOST:PORT` (`[::1]:8080` for IPv6).
    package mutating func listen(_ text: String) throws(UsageFailure) {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]), (0...65_535).contains(port) else {
            throw UsageFailure(message: "--listen '\(text)' is not HOST:PORT (such as 127.0.0.1:8080)")
        }
        var host = String(text[..<colon])
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        guard !host.isEmpty else { throw UsageFailure(message: "--listen '\(text)' names no host; use 127.0.0.1:\(port)") }
        self.host = host
        self.port = port
    }

    /// True for an address only this machine can reach: `localhost`, an IPv4 address in
    /// 127.0.0.0/8 or `::1`, read as addresses (`127.example.com` is a name, not loopback).
    package var isLoopback: Bool {
        if host == "localhost" { return true }
        var v4 = in_addr()
        if inet_pton(AF_INET, host, &v4) == 1 { return UInt32(bigEndian: v4.s_addr) >> 24 == 127 }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, host, &v6) == 1 {
            return withUnsafeBytes(of: &v6) { bytes in bytes.prefix(15).allSatisfy { $0 == 0 } && bytes[15] == 1 }
        }
        return false
    }

    /// Refuses to listen beyond this machine without a token, and limits that allow nothing.
    package func check() throws(UsageFailure) {
        if !isLoopback && token == nil {
            throw UsageFailure(
                message: "datamin serve listens on '\(host)' only with a token: pass --token-file FILE, or listen on 127.0.0.1")
        }
        if policyPaths.isEmpty {
            throw UsageFailure(message: "no policy: pass --policy FILE (repeatable) or add a .datamin.yml that names policies")
        }
        guard recordBodyLimit > 0, batchBodyLimit > 0, requestSeconds > 0, maxConcurrent > 0 else {
            throw UsageFailure(message: "--max-record-bytes, --max-batch-bytes, --request-timeout and --max-concurrent must be above 0")
        }
        guard recordBodyLimit <= Limits.maxRecordBytes else {
            throw UsageFailure(message: "--max-record-bytes is at most \(Limits.maxRecordBytes), the largest record datamin reads")
        }
        guard requestSeconds <= 86_400 else { throw UsageFailure(message: "--request-timeout is at most 86400 seconds") }
    }
}
