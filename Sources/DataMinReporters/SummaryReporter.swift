import DataMinCore

/// A table of violation counts per check, then the totals, what was not shown and what
/// could not be validated: for a quick look at a large run.
public struct SummaryReporter: Reporter {
    public init() {}

    public func write<Violations: Sequence<ReportedViolation>>(
        _ report: ValidationReport, violations: Violations, context: ReportContext,
        to output: (String) -> Void
    ) {
        let rows = report.countsByCheck.sorted { $0.key < $1.key }
        let width = max(24, rows.map { $0.key.rawValue.count }.max() ?? 0)
        func padded(_ name: String) -> String { name + String(repeating: " ", count: width - name.count) }
        var text = padded("check") + "  violations\n"
        for (check, count) in rows {
            text += padded(check.rawValue) + "  " + String(count) + "\n"
        }
        text += TextReporter.counts(report) + "\n"
        if report.truncated {
            text += "\(report.omitted) violations not shown (--max-violations)\(Counting.omittedPerCheck(report.omittedByCheck))\n"
        }
        for failure in report.failures { text += TerminalText.escaped("not validated: \(failure.path): \(failure.message)") + "\n" }
        // What was checked against what, and when (SPEC §11.3: every format).
        let policies = report.provenance.policies.map { "'\($0.name)' (\($0.path), sha256 \($0.sha256))" }
        text +=
            TerminalText.escaped(
                "datamin \(report.provenance.version), as of \(report.asOf)"
                    + (policies.isEmpty ? "" : ", policy " + policies.joined(separator: ", "))
                    + (report.provenance.startedAtText.map { ", run at \($0)" } ?? "")) + "\n"
        output(text)
    }
}
