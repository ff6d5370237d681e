import DataMinCore
import Foundation

/// A table of violation counts per check, then the totals: for a quick look at a large run.
public struct SummaryReporter: Reporter {
    public init() {}

    public func render(_ report: ValidationReport) -> String {
        let rows = report.countsByCheck.sorted { $0.key < $1.key }
        let width = max(24, rows.map { $0.key.rawValue.count }.max() ?? 0)
        var text = "check".padding(toLength: width, withPad: " ", startingAt: 0) + "  violations\n"
        for (check, count) in rows {
            text += check.rawValue.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + String(count) + "\n"
        }
        text += TextReporter.counts(report) + "\n"
        return text
    }
}
