import DataMinCore
import Foundation

/// GitHub Actions workflow commands: `::error file=…,line=…,title=…::message` per violation,
/// shown as annotations on the pull request.
public struct GitHubReporter: Reporter {
    public init() {}

    public func render(_ report: ValidationReport) -> String {
        var text = ""
        for file in report.files {
            for violation in file.violations {
                var properties = "file=\(escapeProperty(TerminalText.escaped(file.path)))"
                if let line = violation.location.line { properties += ",line=\(line)" }
                properties += ",title=\(escapeProperty("datamin " + violation.check.rawValue))"
                text += "::\(violation.severity.rawValue) \(properties)::\(escapeData(TextReporter.line(for: violation, path: file.path)))\n"
            }
        }
        if report.truncated {
            text += "::notice title=datamin::\(report.omitted) more violations were not shown; raise --max-violations\n"
        }
        return text
    }

    private func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    private func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
