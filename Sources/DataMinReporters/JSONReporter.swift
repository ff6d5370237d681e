import DataMinCore

/// The JSON report of SPEC §4 and §10, key for key, written as the violations are read.
public struct JSONReporter: Reporter {
    public init() {}

    public func write<Violations: Sequence<ReportedViolation>>(
        _ report: ValidationReport, violations: Violations, context: ReportContext,
        to output: (String) -> Void
    ) {
        var stats: [(String, JSONValue)] = [
            ("files", .number(report.files.count)), ("records", .number(report.records)),
            ("rejected", .number(report.rejected)), ("errors", .number(report.errors)),
            ("warnings", .number(report.warnings)), ("truncated", .bool(report.truncated)),
        ]
        // What --max-violations left out, per check (SPEC §11.3); only in a truncated report.
        if report.truncated, !report.omittedByCheck.isEmpty {
            stats.append(
                ("notListed", .object(report.omittedByCheck.sorted { $0.key < $1.key }.map { ($0.key.rawValue, .number($0.value)) })))
        }
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
        output("  \"stats\": \(JSONValue.object(stats).rendered(indent: "  ")),\n  \"files\": [")
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
        let labels = Labels(indent: "        ")
        ParallelRendering.forEach(
            violations,
            render: { item, cache in .init(text: Self.rendered(item.violation, numbers: item.textNumbers, labels: labels, cache: &cache)) },
            write: { item, rendered in
                while file < item.file {
                    if file >= 0 { endFile(file, hadViolations: hadViolations) }
                    file += 1
                    startFile(file)
                    hadViolations = false
                }
                output(hadViolations ? ",\n        " : "\n        ")
                output(rendered.text)
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

    /// The text between a violation's own values when it is nested at one indent: made once
    /// per report, not once per violation.
    package struct Labels: Sendable {
        let indent: String
        /// A comma, a line break and the indent of the violation's keys, up to a key's quote.
        let inner: String
        let key: String
        let line: String
        let column: String
        let value: String
        let end: String

        package init(indent: String) {
            self.indent = indent
            inner = ",\n" + indent + "  \""
            key = inner + "key\": "
            line = inner + "line\": "
            column = inner + "column\": "
            value = inner + "value\": "
            end = "\n" + indent + "}"
        }
    }

    /// One violation as a JSON object nested at the indent of `labels` (the keys of SPEC §4,
    /// `value` only when shown). The keys before `record` and after `column` repeat from
    /// finding to finding: they come escaped from `cache`, so a million findings escape a
    /// few hundred messages; by the texts' numbers when the run's spool gave them some.
    package static func rendered(_ violation: Violation, numbers: TextNumbers? = nil, labels: Labels, cache: inout PieceCache) -> String {
        func head() -> String {
            let inner = labels.inner
            var text = "{\n" + labels.indent + "  \"check\": \"" + violation.check.rawValue
            text += "\"" + inner + "severity\": \"" + violation.severity.rawValue + "\"" + inner + "article\": "
            Self.append(violation.article, to: &text)
            text += inner + "message\": "
            Self.append(violation.message, to: &text)
            return text + inner + "record\": "
        }
        func tail() -> String {
            var text = labels.inner + "field\": "
            Self.append(violation.field, to: &text)
            text += labels.inner + "purpose\": "
            Self.append(violation.purpose, to: &text)
            return text
        }
        let head = cache.piece(head: violation, numbers: numbers, kind: 0, head)
        let tail = cache.piece(
            numbered: numbers.flatMap { numbers in
                min(numbers.field, numbers.purpose) > TextNumbers.unnumbered
                    ? .init(kind: 1, check: 0, severity: .error, first: numbers.field, second: numbers.purpose) : nil
            },
            else: .init(kind: 1, first: violation.field, second: violation.purpose),
            tail)
        var text = TextBuilder(capacity: head.utf8.count + tail.utf8.count + 200)
        text += head
        Self.append(violation.location.record, to: &text)
        // Always present (SPEC §11.3): the record's key, its pseudonym, or null.
        text += labels.key
        text += violation.key.map(JSONText.quoted) ?? "null"
        text += labels.line
        Self.append(violation.location.line, to: &text)
        text += labels.column
        Self.append(violation.location.column, to: &text)
        text += tail
        if let value = violation.value {
            text += labels.value
            text += JSONText.quoted(value)
        }
        text += labels.end
        return text.text
    }

    private static func append(_ value: String?, to text: inout String) {
        if let value { JSONText.append(value, to: &text) } else { text += "null" }
    }

    private static func append(_ value: Int?, to text: inout TextBuilder) {
        if let value { text += value } else { text += "null" }
    }
}
