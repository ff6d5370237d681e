import DataMinCore

/// Renders a finished ``ValidationReport`` in one format. Reporters hold no state and
/// cannot open files: they see only the report.
public protocol Reporter: Sendable {
    /// The report as the text to print or save.
    func render(_ report: ValidationReport) -> String
}

/// The report formats of `--format`.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, json, sarif, junit, github, summary

    /// The reporter for this format.
    public var reporter: any Reporter {
        switch self {
        case .text: TextReporter()
        case .json: JSONReporter()
        case .sarif: SARIFReporter()
        case .junit: JUnitReporter()
        case .github: GitHubReporter()
        case .summary: SummaryReporter()
        }
    }
}
