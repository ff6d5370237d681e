import DataMinCore

/// JUnit XML for CI test-report views: one test suite per file, one failing test case per
/// error-level violation (warnings pass, with the warning as output), and one passing case
/// for a file without errors. Test names are unique, as GitLab needs.
public struct JUnitReporter: Reporter {
    public init() {}

    public func render(_ report: ValidationReport) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        let tests = report.files.reduce(0) { $0 + max(1, $1.violations.count) }
        xml += "<testsuites name=\"datamin\" tests=\"\(tests)\" failures=\"\(report.errors)\">\n"
        for file in report.files {
            let cases = max(1, file.violations.count)
            xml += "  <testsuite name=\"\(escape(file.path))\" tests=\"\(cases)\" failures=\"\(file.violations.filter { $0.severity == .error }.count)\">\n"
            if file.violations.isEmpty {
                let name = file.errors == 0 ? "\(file.path): \(file.records) records valid" : "\(file.path): violations not shown"
                xml += "    <testcase classname=\"datamin\" name=\"\(escape(name))\"/>\n"
            }
            for (index, violation) in file.violations.enumerated() {
                let position = violation.location.line.map { ":\($0)" } ?? ""
                let name = "\(file.path)\(position) \(violation.check.rawValue) #\(index + 1)"
                xml += "    <testcase classname=\"datamin.\(violation.check.rawValue)\" name=\"\(escape(name))\">\n"
                let body = detail(violation, path: file.path)
                if violation.severity == .error {
                    xml += "      <failure type=\"\(violation.check.rawValue)\" message=\"\(escape(violation.message))\">\(escape(body))</failure>\n"
                } else {
                    xml += "      <system-out>\(escape("warning: " + body))</system-out>\n"
                }
                xml += "    </testcase>\n"
            }
            xml += "  </testsuite>\n"
        }
        return xml + "</testsuites>\n"
    }

    private func detail(_ violation: Violation, path: String) -> String {
        var lines = [TextReporter.line(for: violation, path: path)]
        if let article = violation.article { lines.append("Article: GDPR \(article)") }
        if let record = violation.location.record { lines.append("Record: \(record)") }
        return lines.joined(separator: "\n")
    }

    private func escape(_ text: String) -> String {
        var result = ""
        for character in TerminalText.escaped(text) {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default: result.append(character)
            }
        }
        return result
    }
}
