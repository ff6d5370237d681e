import DataMinCore

/// GitLab Code Quality JSON (`artifacts:reports:codequality`): an array of issues with
/// `description`, `check_name`, `severity`, `location.path` / `location.lines.begin` and
/// `fingerprint`, paths relative to the repository root. Errors are `major`,
/// warnings `minor`, an input that could not be read `blocker`, and what `--max-violations`
/// left out of a file one `info` issue (`not-listed`).
public struct GitLabReporter: Reporter {
    public init() {}

    public func write<Violations: Sequence<ReportedViolation>>(
        _ report: ValidationReport, violations: Violations, context: ReportContext,
        to output: (String) -> Void
    ) {
        let paths = report.files.map { Self.relativePath($0.path, context: context) }
        // Each file's path escaped once, not once per finding.
        let escapedPaths = paths.map(JSONText.quoted)
        var count = 0
        var fingerprints = Fingerprints()
        func emit(_ issue: JSONValue) {
            output((count == 0 ? "[\n  " : ",\n  ") + issue.rendered(indent: "  "))
            count += 1
        }
        // Each issue is made on two threads up to its fingerprint, which comes last because it
        // depends on the findings before it in the same record; the fingerprint's hash of the
        // finding is made there too.
        ParallelRendering.forEach(
            violations,
            render: { item, cache in
                let violation = item.violation
                // Written by hand rather than through JSONValue: a report may hold millions.
                var text = TextBuilder(capacity: 512)
                text += Self.head(of: violation, numbers: item.textNumbers, cache: &cache)
                text += escapedPaths[item.file]
                text += ",\n      \"lines\": {\n        \"begin\": "
                text += max(1, violation.location.line ?? 1)
                text += "\n      }\n    },\n    \"fingerprint\": \""
                return .init(text: text.text, hash: Fingerprints.base(of: violation, path: paths[item.file]))
            },
            write: { item, rendered in
                output(count == 0 ? "[\n  " : ",\n  ")
                output(rendered.text)
                output(fingerprints.next(base: rendered.hash, for: item.violation, file: item.file) + "\"\n  }")
                count += 1
            }
        )
        var failedPaths: [String: Int] = [:]
        for failure in report.failures {
            let path = Self.relativePath(failure.path, context: context)
            // One path given twice is two issues: a repeat's fingerprint counts it.
            let repeats = failedPaths[path, default: 0]
            failedPaths[path] = repeats + 1
            emit(
                .object([
                    ("description", .string("not validated: \(failure.message)")), ("check_name", .string("input-failure")),
                    ("fingerprint", .string(Fingerprint.of(["input-failure", path] + (repeats == 0 ? [] : [String(repeats)])))),
                    ("severity", .string("blocker")),
                    ("location", .object([("path", .string(path)), ("lines", .object([("begin", .number(1))]))])),
                ]))
        }
        // The format has no place for a note: what --max-violations left out is an `info` issue
        // per file, so the report says itself that it was cut short (SPEC §10).
        for (index, file) in report.files.enumerated() where file.errors + file.warnings > file.shown {
            let path = Self.relativePath(file.path, context: context)
            let more = file.errors + file.warnings - file.shown
            emit(
                .object([
                    (
                        "description",
                        .string(
                            "\(Counting.count(more, "more finding")) counted but not listed (--max-violations)\(Counting.omittedPerCheck(file.omittedByCheck)); counts are complete"
                        )
                    ),
                    // The file's place in the run as well: one path checked twice is two issues.
                    ("check_name", .string("not-listed")), ("fingerprint", .string(Fingerprint.of(["not-listed", path, String(index)]))),
                    ("severity", .string("info")),
                    ("location", .object([("path", .string(path)), ("lines", .object([("begin", .number(1))]))])),
                ]))
        }
        output(count == 0 ? "[]\n" : "\n]\n")
    }

    /// An issue up to its path, which repeats from finding to finding: from `cache`, by the
    /// texts' numbers when the run's spool gave them some.
    private static func head(of violation: Violation, numbers: TextNumbers?, cache: inout PieceCache) -> String {
        cache.piece(head: violation, numbers: numbers, kind: 2) {
            var description = violation.message
            if let article = violation.article { description += " (GDPR \(article))" }
            var text = "{\n    \"description\": "
            JSONText.append(description, to: &text)
            text += ",\n    \"check_name\": \"\(violation.check.rawValue)\",\n    \"severity\": \""
            text += violation.severity == .error ? "major" : "minor"
            return text + "\",\n    \"location\": {\n      \"path\": "
        }
    }

    /// The path relative to the repository root when it lies inside it, else as given.
    static func relativePath(_ path: String, context: ReportContext) -> String {
        context.pathInRepository(path) ?? path
    }
}
