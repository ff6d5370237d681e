import DataMinCore

/// GitHub Actions workflow commands, shown as annotations on the pull request.
///
/// GitHub shows at most ten error and ten warning annotations per step, so this writes the
/// first ten errors, then the first ten warnings; a cause that repeats is folded as in the
/// text report (``RepeatFolding``, SPEC §11.1): its first ten findings may be annotated, then
/// a notice says how many more it has. Another notice, before those, says how many findings
/// were not annotated and why (GitHub's limit, `--max-violations` per check, or both); GitHub
/// shows ten notices too, so it comes first. Inputs that could not be read are errors too.
/// ``jobSummary(_:violations:)`` is the Markdown for `$GITHUB_STEP_SUMMARY`.
public struct GitHubReporter: Reporter {
    /// Annotations GitHub shows per type and step.
    public static let annotationsPerType = 10

    public init() {}

    public func write<Violations: Sequence<ReportedViolation>>(
        _ report: ValidationReport, violations: Violations, context: ReportContext,
        to output: (String) -> Void
    ) {
        var errors: [ReportedViolation] = []
        var warnings: [ReportedViolation] = []
        var folding = context.foldsRepeats ? RepeatFolding() : nil
        let failureSlots = min(report.failures.count, Self.annotationsPerType)
        for item in violations {
            if folding?.lists(item.violation, file: item.file, path: report.files[item.file].path) == false { continue }
            if item.violation.severity == .error {
                if errors.count < Self.annotationsPerType - failureSlots { errors.append(item) }
            } else if warnings.count < Self.annotationsPerType {
                warnings.append(item)
            }
            // Folding counts every finding; without it, the rest would change nothing.
            if folding == nil, errors.count + failureSlots == Self.annotationsPerType, warnings.count == Self.annotationsPerType { break }
        }
        for failure in report.failures.prefix(failureSlots) {
            output(
                "::error file=\(escapeProperty(TerminalText.escaped(failure.path))),title=\(escapeProperty("datamin: input not validated"))::"
                    + escapeData(TerminalText.escaped("\(failure.path): \(failure.message)")) + "\n")
        }
        for item in errors + warnings {
            let violation = item.violation
            let path = report.files[item.file].path
            var properties = "file=\(escapeProperty(TerminalText.escaped(path)))"
            if let line = violation.location.line { properties += ",line=\(line)" }
            properties += ",title=\(escapeProperty("datamin " + violation.check.rawValue))"
            output("::\(violation.severity.rawValue) \(properties)::\(escapeData(TextReporter.line(for: violation, path: path)))\n")
        }
        let notes = folding?.notes(report) ?? []
        let annotated = errors.count + warnings.count + failureSlots
        // Listed: what --max-violations kept, less what folding said in its notes.
        let listed = report.violationCount - report.omitted - (folding?.foldedCount ?? 0) + report.failures.count
        var reasons: [String] = []
        if listed > annotated { reasons.append("\(listed - annotated) because GitHub shows \(Self.annotationsPerType) per type") }
        if report.omitted > 0 {
            reasons.append("\(report.omitted) left out by --max-violations\(Counting.omittedPerCheck(report.omittedByCheck))")
        }
        // GitHub shows ten notices too: this one goes first, and the notes take the room left.
        let noteRoom = Self.annotationsPerType - (reasons.isEmpty && notes.count <= Self.annotationsPerType ? 0 : 1)
        var sentences: [String] = []
        if !reasons.isEmpty {
            let more = listed - annotated + report.omitted
            sentences.append("\(Counting.count(more, "more finding")) not annotated (\(reasons.joined(separator: "; ")))")
        }
        if notes.count > noteRoom {
            sentences.append("\(notes.count - noteRoom) notes on repeated findings not shown (the text report has them)")
        }
        if !sentences.isEmpty {
            output(
                "::notice title=datamin::\(sentences.joined(separator: "; ")); "
                    + "the job summary counts them all, and --report sarif:FILE or --report json:FILE lists them\n")
        }
        for note in notes.prefix(noteRoom) {
            output("::notice title=datamin::\(escapeData(note))\n")
        }
    }

    /// The Markdown job summary: the result, counts per check and per file, the first
    /// findings and the inputs that could not be read. It never shows values.
    public func jobSummary<Violations: Sequence<ReportedViolation>>(_ report: ValidationReport, violations: Violations) -> String {
        var text = "## datamin\n\n"
        let verdict = report.isValid ? "✅ no errors" : "❌ \(Counting.count(report.errors, "error"))"
        text +=
            "\(verdict), \(Counting.count(report.warnings, "warning")) in \(Counting.count(report.records, "record")) of \(Counting.count(report.files.count, "file")) (\(Counting.grouped(report.rejected)) rejected).\n\n"
        // Provenance (SPEC §11.3): what was checked against what, and by which datamin.
        let policies = report.provenance.policies.map { "`\(Self.code($0.name))` (SHA-256 `\($0.sha256.prefix(12))…`)" }
        text +=
            "datamin \(report.provenance.version), as of \(report.asOf)"
            + (policies.isEmpty ? "" : ", policy \(policies.joined(separator: ", "))")
            + (report.provenance.startedAtText.map { ", run at \($0)" } ?? "") + ".\n\n"
        if !report.failures.isEmpty {
            text += "**Not validated:**\n\n"
            for failure in report.failures { text += "- `\(Self.code(failure.path))`: \(Self.cell(failure.message))\n" }
            text += "\n"
        }
        if !report.countsByCheck.isEmpty {
            text += "| check | findings |\n|---|---:|\n"
            for (check, count) in report.countsByCheck.sorted(by: { $0.key < $1.key }) { text += "| `\(check.rawValue)` | \(count) |\n" }
            text += "\n"
        }
        text += "| file | records | rejected | errors | warnings |\n|---|---:|---:|---:|---:|\n"
        for file in report.files {
            text += "| `\(Self.code(file.path))` | \(file.records) | \(file.rejected) | \(file.errors) | \(file.warnings) |\n"
        }
        var first: [String] = []
        for item in violations.prefix(Self.summaryFindings) {
            let violation = item.violation
            let position = [violation.location.line, violation.location.column].compactMap { $0 }.map(String.init).joined(separator: ":")
            first.append(
                "| `\(Self.code(report.files[item.file].path))\(position.isEmpty ? "" : ":" + position)` | \(violation.severity.rawValue) | `\(violation.check.rawValue)` | \(Self.cell(violation.message)) |"
            )
        }
        if !first.isEmpty {
            text +=
                "\n**First findings:**\n\n| where | severity | check | message |\n|---|---|---|---|\n" + first.joined(separator: "\n")
                + "\n"
            let rest = report.violationCount - first.count
            if rest > 0 { text += "\n\(rest) more not listed here.\n" }
        }
        return text + "\n"
    }

    /// Findings listed in the job summary.
    static let summaryFindings = 20

    private static func code(_ text: String) -> String {
        TerminalText.escaped(text).replacingEvery("`", with: "'").replacingEvery("|", with: "\\|")
    }

    private static func cell(_ text: String) -> String {
        TerminalText.escaped(text).replacingEvery("|", with: "\\|").replacingEvery("<", with: "&lt;")
    }

    private func escapeData(_ text: String) -> String {
        text.replacingEvery("%", with: "%25").replacingEvery("\r", with: "%0D").replacingEvery("\n", with: "%0A")
    }

    private func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingEvery(":", with: "%3A").replacingEvery(",", with: "%2C")
    }
}
