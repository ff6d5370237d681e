import DataMinCore

/// GitLab Code Quality JSON (`artifacts:reports:codequality`): an array of issues with
/// `description`, `check_name`, `severity`, `location.path` / `location.lines.begin` and
/// `fingerprint`, paths relative to the repository root. Errors are `major`,
/// warnings `minor`, an input that could not be read `blocker`.
public struct GitLabReporter: Reporter {
    public init() {}

    public func write<Violations: Sequence<ReportedViolation>>(
        _ report: ValidationReport, violations: Violations, context: ReportContext,
        to output: (String) -> Void
    ) {
        let paths = report.files.map { Self.relativePath($0.path, context: context) }
        var count = 0
        var fingerprints = Fingerprints()
        func emit(_ issue: JSONValue) {
            output((count == 0 ? "[\n  " : ",\n  ") + issue.rendered(indent: "  "))
            count += 1
        }
        // Each issue is made on two threads up to its fingerprint, which comes last because it
        // depends on the findings before it in the same record.
        ParallelRendering.forEach(
            violations,
            render: { item, _ in
                let violation = item.violation
                var description = violation.message
                if let article = violation.article { description += " (GDPR \(article))" }
                // Written by hand rather than through JSONValue: a report may hold millions.
                var text = "{\n    \"description\": "
                JSONText.append(description, to: &text)
                text += ",\n    \"check_name\": \"\(violation.check.rawValue)\",\n    \"severity\": \""
                text += violation.severity == .error ? "major" : "minor"
                text += "\",\n    \"location\": {\n      \"path\": "
                JSONText.append(paths[item.file], to: &text)
                text +=
                    ",\n      \"lines\": {\n        \"begin\": \(max(1, violation.location.line ?? 1))\n      }\n    },\n    \"fingerprint\": \""
                return text
            },
            write: { item, text in
                output(count == 0 ? "[\n  " : ",\n  ")
                output(text)
                output(fingerprints.next(for: item.violation, file: item.file, path: paths[item.file]) + "\"\n  }")
                count += 1
            }
        )
        for failure in report.failures {
            let path = Self.relativePath(failure.path, context: context)
            emit(
                .object([
                    ("description", .string("not validated: \(failure.message)")), ("check_name", .string("input-failure")),
                    ("fingerprint", .string(Fingerprint.of(["input-failure", path]))), ("severity", .string("blocker")),
                    ("location", .object([("path", .string(path)), ("lines", .object([("begin", .number(1))]))])),
                ]))
        }
        output(count == 0 ? "[]\n" : "\n]\n")
    }

    /// The path relative to the repository root when it lies inside it, else as given.
    static func relativePath(_ path: String, context: ReportContext) -> String {
        context.pathInRepository(path) ?? path
    }
}
