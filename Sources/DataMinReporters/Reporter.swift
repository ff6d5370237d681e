import DataMinCore
import FoundationEssentials

/// Writes a finished ``ValidationReport`` in one format. Reporters hold no state and cannot
/// open files: they see the report's counts, read its violations once, in order, from a
/// sequence the caller provides (a run spools them to disk, so memory does not grow with
/// their number), and hand their text to `output` piece by piece.
public protocol Reporter: Sendable {
    func write<Violations: Sequence<ReportedViolation>>(
        _ report: ValidationReport, violations: Violations, context: ReportContext,
        to output: (String) -> Void)
}

extension Reporter {
    /// The report as one string, from the violations kept in `report.files`.
    public func render(_ report: ValidationReport, context: ReportContext = ReportContext()) -> String {
        var text = ""
        write(report, violations: report.keptViolations, context: context) { text += $0 }
        return text
    }
}

/// What a reporter may know about where the run happened, given by the caller.
public struct ReportContext: Sendable {
    /// The repository root as an absolute path ending in `/`, when the run is inside one:
    /// SARIF locations are made relative to it.
    public var repositoryRoot: String?
    /// The folder relative input paths are relative to, absolute.
    public var workingDirectory: String?
    /// Whether values may appear (`--show-values`); the job summary never shows them.
    public var showsValues: Bool
    /// Whether the formats read line by line fold a repeated cause (``RepeatFolding``);
    /// false with `--all`.
    public var foldsRepeats: Bool

    public init(repositoryRoot: String? = nil, workingDirectory: String? = nil, showsValues: Bool = false, foldsRepeats: Bool = true) {
        self.repositoryRoot = repositoryRoot
        self.workingDirectory = workingDirectory
        self.showsValues = showsValues
        self.foldsRepeats = foldsRepeats
    }
}

extension ReportContext {
    /// `path` made absolute against ``workingDirectory`` and normalised (`./`, `..`); nil
    /// when it is relative and the working directory is not known.
    func absolutePath(_ path: String) -> String? {
        if path.hasPrefix("/") { return URL(fileURLWithPath: path).standardized.path }
        guard let workingDirectory else { return nil }
        return URL(fileURLWithPath: workingDirectory + "/" + path).standardized.path
    }

    /// `path` relative to ``repositoryRoot`` when it lies inside it.
    func pathInRepository(_ path: String) -> String? {
        guard let root = repositoryRoot, let absolute = absolutePath(path), absolute.hasPrefix(root) else { return nil }
        return String(absolute.dropFirst(root.count))
    }
}

/// The report formats of `--format` and `--report`.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, json, sarif, junit, github, gitlab, html, summary

    /// Whether the format lists violations one by one, so the run must spool them; `summary`
    /// needs only counts and `text` prints each as it is found.
    public var readsViolations: Bool {
        switch self {
        case .text, .summary: false
        default: true
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
        case .gitlab: GitLabReporter()
        case .html: HTMLReporter()
        case .summary: SummaryReporter()
        }
    }
}
