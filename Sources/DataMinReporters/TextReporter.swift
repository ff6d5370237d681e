import DataMinCore

/// One compiler-style line per violation, `path:line:column: severity: message [check-id]`
/// (`path:line: …` when there is no column, as in JSON inputs), which editors and CI
/// problem matchers understand. Control characters are escaped (see `TerminalText`).
public struct TextReporter: Reporter {
    public init() {}

    public func write<Violations: Sequence<ReportedViolation>>(
        _ report: ValidationReport, violations: Violations, context: ReportContext,
        to output: (String) -> Void
    ) {
        for item in violations { output(Self.line(for: item.violation, path: report.files[item.file].path) + "\n") }
    }

    /// The line for one violation (no line break).
    public static func line(for violation: Violation, path: String) -> String {
        // Appended piece by piece into one buffer: interpolating builds a string per piece,
        // and a report of a million findings makes this line a million times.
        var text = TextBuilder(capacity: path.utf8.count + violation.message.utf8.count + 64)
        text += path
        if let line = violation.location.line {
            text += ":"
            text += line
            if let column = violation.location.column {
                text += ":"
                text += column
            }
        } else if let key = violation.key {
            text += ":"
            text += key
        }
        text += ": "
        text += violation.severity.rawValue
        text += ": "
        text += violation.message
        if let value = violation.value {
            text += " (value: "
            text += JSONText.quoted(value)
            text += ")"
        }
        text += " ["
        text += violation.check.rawValue
        text += "]"
        // Paths and names come from the data's side: a control character in one must not
        // reach the terminal, where it could forge or hide a line.
        return TerminalText.escaped(text.text)
    }

    /// Lines that end a text report written to a file: each input that could not be read,
    /// in the violations' style, and what `--max-violations` left out.
    public static func trailer(_ report: ValidationReport) -> [String] {
        var lines = report.failures.map { TerminalText.escaped("\($0.path): error: \($0.message) [input-failure]") }
        if report.truncated {
            lines.append(
                "datamin: \(plural(report.omitted, "violation")) not shown\(Counting.omittedPerCheck(report.omittedByCheck)); raise --max-violations, 0 shows all"
            )
        }
        return lines
    }

    /// The run's one-line summary, for standard error.
    public static func summary(_ report: ValidationReport) -> String {
        var text = "datamin: \(counts(report)) in \(DecimalText.fixed(report.seconds, decimals: 2)) s"
        if report.truncated {
            text +=
                " (\(plural(report.omitted, "violation")) not shown\(Counting.omittedPerCheck(report.omittedByCheck)); raise --max-violations, 0 shows all)"
        }
        if let baseline = report.baseline {
            text += "; \(plural(baseline.matched, "finding")) in the baseline not counted"
            if baseline.stale > 0 { text += ", \(plural(baseline.stale, "baseline entry", "baseline entries")) no longer found" }
        }
        if !report.failures.isEmpty {
            text += "; \(plural(report.failures.count, "input")) could not be validated"
        }
        return text
    }

    /// "2 files, 3 records, 1 rejected, 2 errors, 1 warning".
    static func counts(_ report: ValidationReport) -> String {
        "\(plural(report.files.count, "file")), \(plural(report.records, "record")), \(report.rejected) rejected, "
            + "\(plural(report.errors, "error")), \(plural(report.warnings, "warning"))"
    }

    private static func plural(_ value: Int, _ noun: String, _ nouns: String? = nil) -> String {
        "\(value) \(value == 1 ? noun : nouns ?? noun + "s")"
    }
}
