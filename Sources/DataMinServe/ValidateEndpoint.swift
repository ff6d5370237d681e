#if Serve
    import DataMinCore
    import DataMinIO
    import DataMinReporters
    import DataMinRun
    import Dispatch
    import Foundation
    import HTTPTypes
    import Hummingbird

    /// A batch's open report, closed once it was streamed (or the answer was dropped).
    final class ReportHandle: @unchecked Sendable {
        // Read by the one response writer, then closed once.
        let file: FileHandle
        private var closed = false
        init(file: FileHandle) { self.file = file }
        func close() {
            guard !closed else { return }
            closed = true
            try? file.close()
        }
        deinit { close() }
    }

    /// `POST /v1/validate?policy=NAME&purpose=P`: one JSON record checked as the library checks
    /// it, or a JSON Lines or CSV body checked as `datamin validate` checks a file, answered
    /// with the JSON report of SPEC §4.
    struct ValidateEndpoint: Sendable {
        let registry: PolicyRegistry
        let configuration: ServiceConfiguration
        let metrics: ServiceMetrics

        func respond(to request: Request) async throws -> Response {
            let query = request.uri.queryParameters
            // `?policy=A&policy=B` is ambiguous: taking either one would check against a policy the caller may not mean.
            for name in ["policy", "purpose"] where query.getAll(name).count > 1 {
                throw Problem(.badRequest, "repeated-parameter", "'\(name)' is given more than once; give it once")
            }
            let entry = try policy(named: query.get("policy"))
            let purpose = query.get("purpose")
            if let purpose {
                do {
                    try ValidatorLoader.checkPurpose(purpose, of: entry.validator)
                } catch {
                    throw Problem(.notFound, "unknown-purpose", error.message.replacingOccurrences(of: " for --purpose", with: ""))
                }
            }
            let body = request.body
            let declared = request.headers[.contentLength].flatMap { Int($0) }
            switch Self.mediaType(request.headers[.contentType]) {
            case nil, "application/json":
                // JSON is UTF-8 (RFC 8259 §8.1): a record that says it is not would be read wrongly.
                if let charset = Self.charset(request.headers[.contentType]), try Self.encoding(ofCharset: charset) != .utf8 {
                    throw Problem(
                        .unsupportedMediaType, "unsupported-charset",
                        "a JSON record is UTF-8; send it as 'charset=utf-8' or without a charset")
                }
                if let declared, declared > configuration.recordBodyLimit { throw Self.tooLarge(configuration.recordBodyLimit) }
                let limit = configuration.recordBodyLimit
                let bytes = try await Deadline.within(seconds: configuration.requestSeconds) { try await Self.collect(body, limit: limit) }
                return try single(bytes, entry: entry, purpose: purpose)
            case let type? where ["application/x-ndjson", "application/jsonl", "application/jsonlines", "text/csv"].contains(type):
                if let declared, declared > configuration.batchBodyLimit { throw Self.tooLarge(configuration.batchBodyLimit) }
                let encoding = try Self.encoding(ofCharset: Self.charset(request.headers[.contentType]))
                return try await batch(
                    body, format: type == "text/csv" ? .csv : .jsonl, mediaType: type, encoding: encoding, entry: entry, purpose: purpose)
            case let other?:
                throw Problem(
                    .unsupportedMediaType, "unsupported-media-type",
                    "Content-Type '\(other.prefix(40))' is not one datamin reads; send application/json (one record), application/x-ndjson or text/csv"
                )
            }
        }

        /// The policy a request names; with one policy loaded, naming it is optional.
        private func policy(named name: String?) throws -> PolicyRegistry.Entry {
            if let name, let entry = registry.entry(named: name) { return entry }
            // Only a call that names no policy, or an unknown one, needs the whole list.
            let all = registry.all
            guard let name else {
                if all.count == 1 { return all[0] }
                throw Problem(
                    .badRequest, "missing-policy",
                    "name a policy with ?policy=NAME; this service has \(all.map(\.name).joined(separator: ", "))")
            }
            let guess = Suggestion.closestName(to: name, among: all.map(\.name)).map { " did you mean '\($0)'?" } ?? ""
            throw Problem(
                .notFound, "unknown-policy",
                "no policy named '\(name)';\(guess) this service has \(all.map(\.name).joined(separator: ", "))")
        }

        /// One record: the library's admission, with every finding and the minimised record.
        private func single(_ bytes: [UInt8], entry: PolicyRegistry.Entry, purpose: String?) throws -> Response {
            let record: Record
            do {
                record = try Record(json: bytes)
            } catch {
                throw Problem(.badRequest, "malformed-record", "the body is not one JSON record: \(error.message)")
            }
            let admission = entry.validator.admission(of: record, purpose: purpose)
            metrics.findings(Dictionary(admission.violations.map { ($0.check.rawValue, 1) }, uniquingKeysWith: +))
            var cache = PieceCache()
            let labels = JSONReporter.Labels(indent: "    ")
            var text = "{\n  \"valid\": \(admission.isAdmitted),\n  \"findings\": ["
            for (index, violation) in admission.violations.enumerated() {
                text += index == 0 ? "\n    " : ",\n    "
                text += JSONReporter.rendered(violation, labels: labels, cache: &cache)
            }
            text += admission.violations.isEmpty ? "]" : "\n  ]"
            if let minimised = admission.minimised {
                text += ",\n  \"minimised\": "
                JSONWriter.append(.object(minimised), to: &text)
            }
            text += "\n}\n"
            return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: text)))
        }

        /// A JSON Lines or CSV body: spooled to a private temporary folder as it arrives (under
        /// the time limit), checked by the same run as `datamin validate --format json`, and its
        /// report streamed back from the file. The folder is removed as soon as the report is
        /// open, whatever happens next, so no request leaves personal data behind; memory stays
        /// bounded whatever the body's size.
        private func batch(
            _ body: RequestBody, format: InputFormat, mediaType: String, encoding: InputEncoding?, entry: PolicyRegistry.Entry,
            purpose: String?
        ) async throws -> Response {
            let folder = try Self.temporaryFolder()
            let input = folder + "/request-body." + (format == .csv ? "csv" : "jsonl")
            let limit = configuration.batchBodyLimit
            do {
                try await Deadline.within(seconds: configuration.requestSeconds) { try await Self.spool(body, to: input, limit: limit) }
            } catch {
                try? FileManager.default.removeItem(atPath: folder)
                throw error
            }
            var run = RunRequest(workingDirectory: folder)
            run.source = .files([input])
            run.policyPath = entry.file
            run.loadedValidators = [entry.file: entry.validator]
            run.purpose = purpose
            run.inputFormat = format
            run.encoding = encoding
            run.encodingAdvice = { guess in "send it as 'Content-Type: \(mediaType); charset=\(guess.rawValue)'" }
            run.reports = [ReportRequest(format: .json, path: folder + "/report.json")]
            run.environment = configuration.environment
            run.jobs = 1
            let request = run
            let (report, counts) = try await Self.onThread { () throws -> (FileHandle, [String: Int]) in
                defer { try? FileManager.default.removeItem(atPath: folder) }
                do {
                    _ = try ValidationRun.run(request, streams: RunStreams(write: { _ in }, error: { _ in }))
                } catch let failure as UsageFailure {
                    throw Problem(.unprocessableContent, "unusable-request", failure.message)
                }
                guard let file = FileHandle(forReadingAtPath: folder + "/report.json") else {
                    throw Problem(.internalServerError, "internal", "the batch's report could not be read")
                }
                let counts = try Self.checkCounts(in: file)
                try file.seek(toOffset: 0)
                return (file, counts)
            }
            metrics.findings(counts)
            let handle = ReportHandle(file: report)
            return Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: ResponseBody { writer in
                    defer { handle.close() }
                    while let chunk = try handle.file.read(upToCount: 1 << 16), !chunk.isEmpty {
                        try await writer.write(ByteBuffer(bytes: chunk))
                    }
                    try await writer.finish(nil)
                })
        }

        /// How many findings of each check a JSON report holds, read from its `"check"` lines
        /// (only a violation has that key, on a line of its own; the indent is not counted on).
        static func checkCounts(in file: FileHandle) throws -> [String: Int] {
            let prefix = Array("\"check\": \"".utf8)
            var counts: [String: Int] = [:]
            var line: [UInt8] = []
            while let chunk = try file.read(upToCount: 1 << 20), !chunk.isEmpty {
                for byte in chunk {
                    guard byte == UInt8(ascii: "\n") else {
                        if line.count < 256, byte != UInt8(ascii: " ") || !line.isEmpty { line.append(byte) }
                        continue
                    }
                    if line.starts(with: prefix), let end = line[prefix.count...].firstIndex(of: UInt8(ascii: "\"")) {
                        counts[String(decoding: line[prefix.count..<end], as: UTF8.self), default: 0] += 1
                    }
                    line.removeAll(keepingCapacity: true)
                }
            }
            return counts
        }

        /// The media type of a `Content-Type` header, lowercased, without its parameters.
        static func mediaType(_ header: String?) -> String? {
            guard let header else { return nil }
            let type = header.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
            let trimmed = type.trimmingCharacters(in: .whitespaces).lowercased()
            return trimmed.isEmpty ? nil : trimmed
        }

        /// The `charset` parameter of a `Content-Type` header, lowercased, without quotes.
        static func charset(_ header: String?) -> String? {
            guard let header else { return nil }
            for parameter in header.split(separator: ";").dropFirst() {
                let parts = parameter.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" else { continue }
                return parts[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"")).lowercased()
            }
            return nil
        }

        /// The encoding a batch's `charset` names: nil (UTF-8, whose bad bytes get a guess)
        /// when none is given; `415` for one datamin does not read.
        static func encoding(ofCharset charset: String?) throws -> InputEncoding? {
            guard let charset else { return nil }
            // US-ASCII is UTF-8's first 128 characters; the rest are the IANA names' usual aliases.
            let aliases = ["utf8": "utf-8", "us-ascii": "utf-8", "cp1252": "windows-1252", "latin1": "iso-8859-1", "latin-1": "iso-8859-1"]
            if let encoding = InputEncoding(rawValue: aliases[charset] ?? charset) { return encoding }
            throw Problem(
                .unsupportedMediaType, "unsupported-charset",
                "charset '\(charset.prefix(40))' is not one datamin reads; send \(InputEncoding.allCases.map(\.rawValue).joined(separator: ", "))"
            )
        }

        /// The whole body, refused with `413` once it passes `limit` bytes.
        static func collect(_ body: RequestBody, limit: Int) async throws -> [UInt8] {
            var bytes: [UInt8] = []
            for try await part in body {
                guard bytes.count + part.readableBytes <= limit else { throw tooLarge(limit) }
                bytes += part.readableBytesView
            }
            return bytes
        }

        /// Writes the body to `path` as it arrives, refused with `413` once it passes `limit` bytes.
        static func spool(_ body: RequestBody, to path: String, limit: Int) async throws {
            guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]),
                let file = FileHandle(forWritingAtPath: path)
            else { throw Problem(.internalServerError, "internal", "the request body could not be stored") }
            defer { try? file.close() }
            var written = 0
            for try await part in body {
                written += part.readableBytes
                guard written <= limit else { throw tooLarge(limit) }
                try file.write(contentsOf: Data(part.readableBytesView))
            }
        }

        static func tooLarge(_ limit: Int) -> Problem {
            Problem(
                .contentTooLarge, "body-too-large", "the request body has more than \(limit) bytes; split it or raise the service's limit")
        }

        /// A new folder only this process can read, for one batch's body and report.
        private static func temporaryFolder() throws -> String {
            let base = FileManager.default.temporaryDirectory.path + "/datamin-serve-"
            for _ in 0..<8 {
                let path = base + UUID().uuidString
                if (try? FileManager.default.createDirectory(
                    atPath: path, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])) != nil
                {
                    return path
                }
            }
            throw Problem(.internalServerError, "internal", "no temporary folder for the request body")
        }

        /// Runs blocking work (a batch's run, which has threads of its own) off the tasks' threads.
        private static func onThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
            try await withCheckedThrowingContinuation { continuation in
                DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
            }
        }
    }
#endif
