import DataMinCore

/// JUnit XML for CI test-report views, valid against the widely used `junit-10.xsd`: one
/// test suite per file, one failing test case per error-level violation (warnings pass,
/// with the warning as output), one passing case for a file without violations, one
/// skipped case saying how many violations `--max-violations` left out, and a suite with an
/// `error` for each input that could not be read. Counts are those of the cases written.
/// Test names are unique, as GitLab needs.
public struct JUnitReporter: Reporter {
    public init() {}

    public func write<Violations: Sequence<ReportedViolation>>(_ report: ValidationReport, violations: Violations, context: ReportContext,
                                                                to output: (String) -> Void) {
        let suites = report.files.map(SuiteCounts.init)
        let tests = suites.reduce(0) { $0 + $1.tests } + report.failures.count
        let failures = suites.reduce(0) { $0 + $1.failures }
        let skipped = suites.reduce(0) { $0 + $1.skipped }
        output("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        output("<testsuites name=\"datamin\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(report.failures.count)\" skipped=\"\(skipped)\">\n")
        var iterator = violations.makeIterator()
        var pending = iterator.next()
        for (index, file) in report.files.enumerated() {
            let counts = suites[index]
            output("  <testsuite name=\"\(Self.escape(file.path))\" tests=\"\(counts.tests)\" failures=\"\(counts.failures)\" errors=\"0\" skipped=\"\(counts.skipped)\">\n")
            var number = 0
            while let item = pending, item.file <= index {
                if item.file == index {
                    number += 1
                    output(Self.testCase(item.violation, path: file.path, number: number))
                }
                pending = iterator.next()
            }
            if file.shown == 0 && counts.omitted == 0 {
                output("    <testcase classname=\"datamin\" name=\"\(Self.escape("\(file.path): \(file.records) records valid"))\"/>\n")
            }
            if counts.omitted > 0 {
                let text = "\(file.path): \(counts.omitted) more violations not shown (--max-violations)"
                output("    <testcase classname=\"datamin\" name=\"\(Self.escape(text))\">\n      <skipped message=\"\(Self.escape(text))\"/>\n    </testcase>\n")
            }
            output("  </testsuite>\n")
        }
        for failure in report.failures {
            let name = "\(failure.path): not validated"
            output("  <testsuite name=\"\(Self.escape(failure.path))\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\">\n")
            output("    <testcase classname=\"datamin\" name=\"\(Self.escape(name))\">\n")
            output("      <error type=\"input-failure\" message=\"\(Self.escape(failure.message))\">\(Self.escape("\(failure.path): \(failure.message)"))</error>\n")
            output("    </testcase>\n  </testsuite>\n")
        }
        output("</testsuites>\n")
    }

    /// What one file's suite holds.
    private struct SuiteCounts {
        var tests: Int
        var failures: Int
        var skipped: Int
        var omitted: Int

        init(_ file: FileReport) {
            omitted = file.errors + file.warnings - file.shown
            skipped = omitted > 0 ? 1 : 0
            failures = file.shownErrors
            tests = file.shown + skipped + (file.shown == 0 && omitted == 0 ? 1 : 0)
        }
    }

    private static func testCase(_ violation: Violation, path: String, number: Int) -> String {
        let position = violation.location.line.map { ":\($0)" } ?? ""
        let name = "\(path)\(position) \(violation.check.rawValue) #\(number)"
        var xml = "    <testcase classname=\"datamin.\(violation.check.rawValue)\" name=\"\(escape(name))\">\n"
        var lines = [TextReporter.line(for: violation, path: path)]
        if let article = violation.article { lines.append("Article: GDPR \(article)") }
        if let record = violation.location.record { lines.append("Record: \(record)") }
        let body = lines.joined(separator: "\n")
        if violation.severity == .error {
            xml += "      <failure type=\"\(violation.check.rawValue)\" message=\"\(escape(violation.message))\">\(escape(body))</failure>\n"
        } else {
            xml += "      <system-out>\(escape("warning: " + body))</system-out>\n"
        }
        return xml + "    </testcase>\n"
    }

    /// Text for an XML attribute or element: control characters shown as escapes, then any
    /// character XML 1.0 cannot hold (noncharacters such as U+FFFE) too, then the five
    /// entities.
    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in TerminalText.escaped(text).unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default:
                switch scalar.value {
                case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: result.unicodeScalars.append(scalar)
                default: result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                }
            }
        }
        return result
    }
}
