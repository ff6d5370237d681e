import DataMinCore

/// The JSON report of SPEC §4, key for key.
public struct JSONReporter: Reporter {
    public init() {}

    public func render(_ report: ValidationReport) -> String {
        let stats: JSONValue = .object([
            ("files", .number(report.files.count)), ("records", .number(report.records)),
            ("rejected", .number(report.rejected)), ("errors", .number(report.errors)),
            ("warnings", .number(report.warnings)), ("truncated", .bool(report.truncated)),
        ])
        let files: [JSONValue] = report.files.map { file in
            .object([
                ("path", .string(file.path)), ("format", .string(file.format)), ("records", .number(file.records)),
                ("rejected", .number(file.rejected)), ("violations", .array(file.violations.map(Self.violation))),
            ])
        }
        return JSONValue.object([
            ("version", .number(1)), ("valid", .bool(report.isValid)), ("asOf", .string(report.asOf.description)),
            ("stats", stats), ("files", .array(files)),
        ]).rendered()
    }

    static func violation(_ violation: Violation) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("check", .string(violation.check.rawValue)), ("severity", .string(violation.severity.rawValue)),
            ("article", .string(violation.article)), ("message", .string(violation.message)),
            ("record", .number(violation.location.record)), ("line", .number(violation.location.line)),
            ("column", .number(violation.location.column)), ("field", .string(violation.field)),
            ("purpose", .string(violation.purpose)),
        ]
        if let value = violation.value { pairs.append(("value", .string(value))) }
        return .object(pairs)
    }
}
