import DataMinCore

/// A reporter that prints each violation as it is found, so a long run shows findings at
/// once and holds none of them: the run hands it violations one by one instead of at the end.
public protocol StreamingReporter: Reporter {
    /// The report's text for one violation of the input `path` (no line break).
    func line(for violation: Violation, path: String) -> String
    /// Lines that end the report when it goes to a file, where standard error's summary
    /// is not seen: inputs that could not be read, and what was not listed.
    func trailer(_ report: ValidationReport) -> [String]
}

/// A reporter with a second document that its platform reads from a file the platform
/// names in the environment (GitHub's job summary in `$GITHUB_STEP_SUMMARY`).
public protocol SideOutputReporter: Reporter {
    /// The file the side document is appended to; nil when the platform did not ask for one.
    func sideOutputPath(environment: [String: String]) -> String?
    /// Writes the side document.
    func writeSideOutput<Violations: Sequence<ReportedViolation>>(
        _ report: ValidationReport, violations: Violations, to output: (String) -> Void)
}

extension TextReporter: StreamingReporter {
    public func line(for violation: Violation, path: String) -> String { Self.line(for: violation, path: path) }
    public func trailer(_ report: ValidationReport) -> [String] { Self.trailer(report) }
}

extension GitHubReporter: SideOutputReporter {
    public func sideOutputPath(environment: [String: String]) -> String? {
        environment["GITHUB_STEP_SUMMARY"].flatMap { $0.isEmpty ? nil : $0 }
    }

    public func writeSideOutput<Violations: Sequence<ReportedViolation>>(
        _ report: ValidationReport, violations: Violations, to output: (String) -> Void
    ) {
        output(jobSummary(report, violations: violations))
    }
}
