import DataMinCore

/// GitLab Code Quality JSON (`artifacts:reports:codequality`): an array of issues with
/// `description`, `check_name`, `fingerprint`, `severity` and `location.path` /
/// `location.lines.begin`, paths relative to the repository root. Errors are `major`,
/// warnings `minor`, an input that could not be read `blocker`.
public struct GitLabReporter: Reporter {
    public init() {}

    public func write<Violations: Sequence<ReportedViolation>>(_ report: ValidationReport, violations: Violations, context: ReportContext,
                                                                to output: (String) -> Void) {
        let paths = report.files.map { Self.relativePath($0.path, context: context) }
        var count = 0
        var seen: [String: Int] = [:]
        func emit(_ issue: JSONValue) {
            output((count == 0 ? "[\n  " : ",\n  ") + issue.rendered(indent: "  "))
            count += 1
        }
        for item in violations {
            let violation = item.violation
            let position = violation.location.record.map { "record \($0)" } ?? "line \(violation.location.line ?? 0):\(violation.location.column ?? 0)"
            var fingerprint = Fingerprint.of([violation.check.rawValue, paths[item.file], position, violation.field ?? "", violation.message])
            let occurrence = seen[fingerprint, default: 0]
            seen[fingerprint] = occurrence + 1
            if occurrence > 0 { fingerprint = Fingerprint.of([fingerprint, String(occurrence)]) }
            var description = violation.message
            if let article = violation.article { description += " (GDPR \(article))" }
            emit(.object([
                ("description", .string(description)),
                ("check_name", .string(violation.check.rawValue)),
                ("fingerprint", .string(fingerprint)),
                ("severity", .string(violation.severity == .error ? "major" : "minor")),
                ("location", .object([("path", .string(paths[item.file])), ("lines", .object([("begin", .number(max(1, violation.location.line ?? 1)))]))])),
            ]))
        }
        for failure in report.failures {
            let path = Self.relativePath(failure.path, context: context)
            emit(.object([
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
