import DataMinCore

/// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
///
/// Every check is a rule with its help. Locations are percent-encoded URIs relative to the
/// repository root (`uriBaseId` `SRCROOT`) when the run is inside one. Results carry the
/// line but no `startColumn`: a CSV "column" is a field number, not a character position,
/// so it goes to `properties`. Each result's fingerprint hashes the check, path, record,
/// field and message (never values), so no two results share one. At most
/// ``maxResults`` results are written, every error before any warning; the run's
/// `invocations` say what was left out per check, which inputs could not be read
/// (`executionSuccessful` is false then), and the run's provenance: when it started, the
/// as-of date, the policies with their SHA-256 and the inputs with their size.
public struct SARIFReporter: Reporter {
    /// GitHub code scanning rejects a run with more results than this.
    public static let maxResults = 25_000

    public init() {}

    public func write<Violations: Sequence<ReportedViolation>>(
        _ report: ValidationReport, violations: Violations, context: ReportContext,
        to output: (String) -> Void
    ) {
        let checks = CheckInfo.all
        let rules: [JSONValue] = checks.map { check in
            let full = check.summary + (check.article.map { " (GDPR \($0))" } ?? "")
            let anchor = "https://github.com/datamin/datamin/blob/main/docs/checks.md"
            return .object([
                ("id", .string(check.id.rawValue)),
                ("name", .string(Self.ruleName(check.id))),
                ("shortDescription", .object([("text", .string(check.summary))])),
                ("fullDescription", .object([("text", .string(full))])),
                ("helpUri", .string(anchor)),
                (
                    "help",
                    .object([
                        ("text", .string("\(full) Run `datamin checks` for every check; docs/checks.md says how each behaves.")),
                        ("markdown", .string("**\(check.id.rawValue)**: \(full)\n\nHow the check decides: [docs/checks.md](\(anchor)).")),
                    ])
                ),
                ("defaultConfiguration", .object([("level", .string(check.defaultSeverity.rawValue))])),
                ("properties", .object([("tags", .array([.string("gdpr"), .string("data-minimisation")]))])),
            ])
        }
        let driver: JSONValue = .object([
            ("name", .string("datamin")), ("semanticVersion", .string(DataMinVersion.current)),
            ("informationUri", .string("https://github.com/datamin/datamin")), ("rules", .array(rules)),
        ])
        output("{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n")
        output("      \"tool\": {\n        \"driver\": \(driver.rendered(indent: "        "))\n      },\n")
        if let root = context.repositoryRoot {
            let base = JSONValue.object([("SRCROOT", .object([("uri", .string("file://" + Self.percentEncoded(root)))]))])
            output("      \"originalUriBaseIds\": \(base.rendered(indent: "      ")),\n")
        }
        output("      \"results\": [")
        // Each file's location rendered once, at the indent a result holds it.
        let locations = report.files.map { Self.artifactLocation(for: $0.path, context: context).rendered(indent: Self.indent(16)) }
        var written = 0
        var capped = CappedList(cap: Self.maxResults, report: report)
        var fingerprints = Fingerprints()
        var cache = PieceCache()
        for item in violations {
            let violation = item.violation
            guard capped.admits(violation) else { continue }
            let fingerprint = fingerprints.next(for: violation, file: item.file, path: report.files[item.file].path)
            let ruleIndex = checks.firstIndex { $0.id == violation.check } ?? 0
            output(
                (written == 0 ? "\n        " : ",\n        ")
                    + Self.result(item, ruleIndex: ruleIndex, location: locations[item.file], fingerprint: fingerprint, cache: &cache))
            written += 1
        }
        output(written == 0 ? "],\n" : "\n      ],\n")
        var notifications: [JSONValue] = []
        if report.truncated {
            notifications.append(
                Self.notification(
                    "warning",
                    "\(report.omitted) violations were not listed because of --max-violations\(Counting.omittedPerCheck(report.omittedByCheck)); counts are complete"
                ))
        }
        if capped.leftOutCount > 0 {
            notifications.append(
                Self.notification(
                    "warning",
                    "\(Counting.count(capped.leftOutCount, "result")) left out (\(capped.leftOutText)): GitHub code scanning accepts at most \(Counting.grouped(Self.maxResults)) per run, so every error is listed before any warning; the JSON report (--report json:FILE) lists them all"
                ))
        }
        for failure in report.failures {
            notifications.append(
                Self.notification(
                    "error", "\(failure.path): \(failure.message)",
                    location: Self.artifactLocation(for: failure.path, context: context)))
        }
        var invocation: [(String, JSONValue)] = [("executionSuccessful", .bool(report.failures.isEmpty))]
        if let started = report.provenance.startedAtText { invocation.append(("startTimeUtc", .string(started))) }
        invocation.append(("toolExecutionNotifications", .array(notifications)))
        invocation.append(("properties", Self.provenance(report)))
        output("      \"invocations\": [\n        \(JSONValue.object(invocation).rendered(indent: "        "))\n      ]\n    }\n  ]\n}\n")
    }

    /// One result, nested in `results` (at 8 spaces), written by hand as ``JSONValue`` would
    /// write it: up to 25,000 of them per report. What comes before the line (check, level,
    /// message, location) repeats from finding to finding and comes from `cache`.
    private static func result(
        _ item: ReportedViolation, ruleIndex: Int, location: String, fingerprint: String, cache: inout PieceCache
    ) -> String {
        let violation = item.violation
        let head = cache.piece(
            numbered: item.textNumbers.flatMap { numbers in
                numbers.message > TextNumbers.unnumbered
                    ? .init(
                        kind: 0, check: UInt8(violation.check.position), severity: violation.severity, first: numbers.message,
                        second: Int32(clamping: item.file)) : nil
            },
            else: .init(
                kind: 0, first: violation.check.rawValue, second: violation.severity.rawValue, third: violation.message,
                fourth: String(item.file))
        ) {
            var text = "{\n" + indent(10) + "\"ruleId\": \"" + violation.check.rawValue + "\",\n" + indent(10) + "\"ruleIndex\": "
            text += String(ruleIndex) + ",\n" + indent(10) + "\"level\": \"" + violation.severity.rawValue + "\",\n"
            text += indent(10) + "\"message\": {\n" + indent(12) + "\"text\": "
            JSONText.append(violation.message, to: &text)
            text += "\n" + indent(10) + "},\n" + indent(10) + "\"locations\": [\n" + indent(12) + "{\n" + indent(14)
            text += "\"physicalLocation\": {\n" + indent(16) + "\"artifactLocation\": " + location + ",\n" + indent(16)
            return text + "\"region\": {\n" + indent(18) + "\"startLine\": "
        }
        // Appended piece by piece into one buffer: `a + b + c` builds a string per `+`.
        var text = TextBuilder(capacity: head.utf8.count + 512)
        text += head
        text += max(1, violation.location.line ?? 1)
        text += Self.lineToFingerprint
        text += fingerprint
        text += Self.fingerprintToProperties
        var properties: [(key: String, value: String)] = []
        func quoted(_ key: String, _ value: String?) {
            if let value { properties.append((key, JSONText.quoted(value))) }
        }
        quoted("article", violation.article)
        quoted("field", violation.field)
        if let column = violation.location.column { properties.append(("fieldNumber", String(column))) }
        if let record = violation.location.record { properties.append(("record", String(record))) }
        quoted("key", violation.key)
        quoted("purpose", violation.purpose)
        quoted("value", violation.value)
        if properties.isEmpty {
            text += "{}"
        } else {
            text += "{\n"
            for (index, property) in properties.enumerated() {
                text += indent(12)
                text += "\""
                text += property.key
                text += "\": "
                text += property.value
                text += index == properties.count - 1 ? "\n" : ",\n"
            }
            text += indent(10)
            text += "}"
        }
        text += "\n"
        text += indent(8)
        text += "}"
        return text.text
    }

    /// `count` spaces, up to 18.
    private static func indent(_ count: Int) -> String { spaces[count] }
    private static let spaces = (0...18).map { String(repeating: " ", count: $0) }

    /// What a result holds between its start line and its fingerprint, the same for all.
    private static let lineToFingerprint =
        "\n" + indent(16) + "}\n" + indent(14) + "}\n" + indent(12) + "}\n" + indent(10) + "],\n" + indent(10)
        + "\"partialFingerprints\": {\n" + indent(12) + "\"datamin/v2\": \""
    /// What a result holds between its fingerprint and its properties.
    private static let fingerprintToProperties = "\"\n" + indent(10) + "},\n" + indent(10) + "\"properties\": "

    /// What was checked against what (SPEC §11.3), as the invocation's properties.
    private static func provenance(_ report: ValidationReport) -> JSONValue {
        .object([
            ("asOf", .string("\(report.asOf)")),
            ("seconds", .decimal(report.seconds, digits: 3)),
            (
                "policies",
                .array(
                    report.provenance.policies.map {
                        .object([("name", .string($0.name)), ("path", .string($0.path)), ("sha256", .string($0.sha256))])
                    })
            ),
            (
                "inputs",
                .array(
                    report.files.map { file in
                        .object([
                            ("path", .string(file.path)), ("bytes", file.bytes.map { .number($0) } ?? .null),
                            ("sha256", file.sha256.map { .string($0) } ?? .null),
                        ])
                    })
            ),
        ])
    }

    private static func notification(_ level: String, _ text: String, location: JSONValue? = nil) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("level", .string(level)), ("message", .object([("text", .string(text))]))]
        if let location {
            pairs.append(("locations", .array([.object([("physicalLocation", .object([("artifactLocation", location)]))])])))
        }
        return .object(pairs)
    }

    /// `undeclared-field` → `UndeclaredField`: SARIF's rule name is an identifier.
    private static func ruleName(_ id: CheckID) -> String {
        id.rawValue.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// The artifact location of an input path: relative to the repository root with
    /// `uriBaseId` when it lies inside it, else an absolute `file://` URI (or the path as
    /// given when nothing is known about where the run happened). Standard input (`-`) has
    /// no URI, only a description: `-` would name a file in the working folder.
    static func artifactLocation(for path: String, context: ReportContext) -> JSONValue {
        if path == "-" { return .object([("description", .object([("text", .string("standard input"))]))]) }
        if let relative = context.pathInRepository(path) {
            return .object([("uri", .string(percentEncoded(relative))), ("uriBaseId", .string("SRCROOT"))])
        }
        if let absolute = context.absolutePath(path) { return .object([("uri", .string("file://" + percentEncoded(absolute)))]) }
        return .object([("uri", .string(percentEncoded(path)))])
    }

    /// RFC 3986: every byte but unreserved characters and `/` as `%XX`.
    static func percentEncoded(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
