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

    /// Whether the format lists violations one by one at the end, so the run must keep
    /// them; `summary` needs only counts and `text` prints each as it is found.
    public var keepsViolations: Bool {
        switch self {
        case .json, .sarif, .junit, .github: true
        case .text, .summary: false
        }
    }

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
