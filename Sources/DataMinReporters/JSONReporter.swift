import DataMinCore

/// The JSON report of SPEC §4 and §10, key for key, written as the violations are read.
public struct JSONReporter: Reporter {
    public init() {}

    public func write<Violations: Sequence<ReportedViolation>>(
        _ report: ValidationReport, violations: Violations, context: ReportContext,
        to output: (String) -> Void
    ) {
        let stats = JSONValue.object([
            ("files", .number(report.files.count)), ("records", .number(report.records)),
            ("rejected", .number(report.rejected)), ("errors", .number(report.errors)),
            ("warnings", .number(report.warnings)), ("truncated", .bool(report.truncated)),
        ])
        output("{\n  \"version\": 1,\n  \"valid\": \(report.isValid),\n  \"asOf\": \"\(report.asOf)\",\n")
        // Provenance (SPEC §11.3): what was checked against what, when, and by which datamin.
        let provenance = report.provenance
        let policies = JSONValue.array(
            provenance.policies.map { .object([("name", .string($0.name)), ("path", .string($0.path)), ("sha256", .string($0.sha256))]) })
        let run = JSONValue.object([("startedAt", .string(provenance.startedAtText)), ("seconds", .decimal(report.seconds, digits: 3))])
        output("  \"datamin\": \(JSONValue.object([("version", .string(provenance.version))]).rendered(indent: "  ")),\n")
        output("  \"policies\": \(policies.rendered(indent: "  ")),\n  \"run\": \(run.rendered(indent: "  ")),\n")
        if let baseline = report.baseline {
            let use = JSONValue.object([
                ("path", .string(baseline.path)), ("matched", .number(baseline.matched)), ("stale", .number(baseline.stale)),
            ])
            output("  \"baseline\": \(use.rendered(indent: "  ")),\n")
        }
        output("  \"stats\": \(stats.rendered(indent: "  ")),\n  \"files\": [")
        var file = -1
        func startFile(_ index: Int) {
            let details = report.files[index]
            output(index == 0 ? "\n    {\n" : ",\n    {\n")
            for (key, value) in [
                ("path", JSONValue.string(details.path)), ("format", .string(details.format)),
                ("bytes", details.bytes.map { JSONValue.number($0) } ?? .null),
                ("sha256", details.sha256.map { JSONValue.string($0) } ?? .null),
                ("records", .number(details.records)), ("rejected", .number(details.rejected)),
            ] {
                output("      \(JSONValue.string(key).rendered(indent: "")): \(value.rendered(indent: "      ")),\n")
            }
            output("      \"violations\": [")
        }
        func endFile(_ index: Int, hadViolations: Bool) {
            output(hadViolations ? "\n      ]\n    }" : "]\n    }")
        }
        var hadViolations = false
        ParallelRendering.forEach(
            violations,
            render: { item in
                var text = ""
                text.reserveCapacity(512)
                Self.append(item.violation, indent: "        ", to: &text)
                return text
            },
            write: { item, text in
                while file < item.file {
                    if file >= 0 { endFile(file, hadViolations: hadViolations) }
                    file += 1
                    startFile(file)
                    hadViolations = false
                }
                output(hadViolations ? ",\n        " : "\n        ")
                output(text)
                hadViolations = true
            }
        )
        while file < report.files.count - 1 {
            if file >= 0 { endFile(file, hadViolations: hadViolations) }
            file += 1
            startFile(file)
            hadViolations = false
        }
        if file >= 0 { endFile(file, hadViolations: hadViolations) }
        output(report.files.isEmpty ? "],\n" : "\n  ],\n")
        let failures = JSONValue.array(
            report.failures.map {
                .object([("path", .string($0.path)), ("code", .string($0.code.rawValue)), ("message", .string($0.message))])
            })
        output("  \"failures\": \(failures.rendered(indent: "  "))\n}\n")
    }

    /// One violation as a JSON object nested at `indent` (the keys of SPEC §4, `value` only
    /// when shown), written straight into `text`: a report may hold millions.
    static func append(_ violation: Violation, indent: String, to text: inout String) {
        let inner = indent + "  "
        func key(_ name: String, first: Bool = false) {
            text += first ? "{\n" : ",\n"
            text += inner
            text += "\""
            text += name
            text += "\": "
        }
        func string(_ value: String?) {
            if let value { JSONText.append(value, to: &text) } else { text += "null" }
        }
        func number(_ value: Int?) {
            text += value.map(String.init) ?? "null"
        }
        key("check", first: true)
        text += "\""
        text += violation.check.rawValue
        text += "\""
        key("severity")
        text += "\""
        text += violation.severity.rawValue
        text += "\""
        key("article")
        string(violation.article)
        key("message")
        string(violation.message)
        key("record")
        number(violation.location.record)
        // Always present (SPEC §11.3): the record's key, its pseudonym, or null.
        key("key")
        string(violation.key)
        key("line")
        number(violation.location.line)
        key("column")
        number(violation.location.column)
        key("field")
        string(violation.field)
        key("purpose")
        string(violation.purpose)
        if let value = violation.value {
            key("value")
            string(value)
        }
        text += "\n"
        text += indent
        text += "}"
    }
}
