import ArgumentParser
import DataMinCore
import DataMinIO
import DataMinRun
import DataMinServe
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// `datamin serve`: the checks over HTTP (docs/serve.md).
struct Serve: StatusCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Answer checks over HTTP: one JSON record, or a JSON Lines or CSV batch (docs/serve.md).",
        discussion: """
            Listens on loopback unless given a token. SIGHUP reloads the policies (a bad one keeps the old ones); \
            SIGTERM finishes the requests in flight and stops. Needs a build with the Serve trait: \
            swift build -c release --traits Serve.
            """)

    @Option(name: .customLong("policy"), help: "A policy to answer for (repeatable); default: the policies of .datamin.yml.")
    var policies: [String] = []

    @Option(help: "HOST:PORT to listen on; anything but loopback needs --token-file.")
    var listen = "127.0.0.1:8080"

    @Option(name: .customLong("token-file"), help: "A file holding the bearer token callers must send.")
    var tokenFile: String?

    @Option(name: .customLong("as-of"), help: "Judge retention and consent on this day (YYYY-MM-DD); default: each request's day (UTC).")
    var asOf: String?

    @Option(name: .customLong("max-record-bytes"), help: "Largest body of one JSON record.")
    var maxRecordBytes = 1 << 20

    @Option(name: .customLong("max-batch-bytes"), help: "Largest JSON Lines or CSV body.")
    var maxBatchBytes = 256 << 20

    @Option(name: .customLong("request-timeout"), help: "Seconds a request's body may take to arrive before it is answered 503.")
    var requestTimeout = 30.0

    @Option(name: .customLong("max-concurrent"), help: "Requests handled at once; more are answered 503 with Retry-After.")
    var maxConcurrent = 64

    @Flag(help: "Print the OpenAPI 3.1 document of the API (docs/openapi.yaml) and exit; works in any build.")
    var openapi = false

    func execute() throws -> ExitStatus {
        if openapi {
            Console.write(OpenAPIDocument.yaml(names: [], purposes: []))
            try Console.checkOutput()
            return .clean
        }
        guard Service.isAvailable else {
            throw UsageFailure(
                message: "this datamin was built without the service; build it with: swift build -c release --traits Serve")
        }
        let cwd = FileManager.default.currentDirectoryPath
        var configuration = ServiceConfiguration(
            policyPaths: try policies.isEmpty ? Self.configuredPolicies(from: cwd) : policies, workingDirectory: cwd)
        try configuration.listen(listen)
        if let asOf {
            guard let day = CalendarDate(iso: asOf) else { throw UsageFailure(message: "--as-of '\(asOf)' is not a date (YYYY-MM-DD)") }
            configuration.asOf = day
        }
        if let tokenFile {
            guard let data = FileManager.default.contents(atPath: tokenFile) else {
                throw UsageFailure(message: "--token-file '\(tokenFile)' cannot be read")
            }
            var token = Substring(String(decoding: data, as: UTF8.self))
            while token.first?.isWhitespace == true { token.removeFirst() }
            while token.last?.isWhitespace == true { token.removeLast() }
            guard token.utf8.count >= 16 else { throw UsageFailure(message: "--token-file '\(tokenFile)' holds fewer than 16 characters") }
            configuration.token = Array(token.utf8)
        }
        configuration.recordBodyLimit = maxRecordBytes
        configuration.batchBodyLimit = maxBatchBytes
        configuration.requestSeconds = requestTimeout
        configuration.maxConcurrent = maxConcurrent
        configuration.environment = ProcessInfo.processInfo.environment.filter {
            ["DATAMIN_KEY_SALT", "SOURCE_DATE_EPOCH"].contains($0.key)
        }
        // Refused at the start, not as every batch's 422.
        _ = try RunRequest.sourceDateEpoch(in: configuration.environment)
        try Service.run(configuration) { line in
            // One write per line, so lines from concurrent requests never interleave.
            let bytes = Array("datamin serve: \(line)\n".utf8)
            _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
        }
        return .clean
    }

    /// The policies `.datamin.yml` names, at the top and on its inputs, each once.
    static func configuredPolicies(from cwd: String) throws -> [String] {
        guard let path = ProjectConfig.find(from: cwd) else { return [] }
        return try ProjectConfig(path: path, shownAs: ProjectConfig.relativePath(of: path, to: cwd)).policyPaths
    }
}
