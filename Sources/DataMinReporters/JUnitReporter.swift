import DataMinCore

/// JUnit XML for CI test-report views, valid against the widely used `junit-10.xsd`: one
/// test suite per file, one failing test case per error-level violation (warnings pass,
/// with the warning as output), one passing case for a file without violations, one
/// skipped case saying how many violations `--max-violations` left out, and a suite with an
/// `error` for each input that could not be read. Counts are those of the cases written.
/// Test names are unique, as GitLab needs. Each suite's `properties` carry the run's
/// provenance (SPEC §11.3): datamin's version, the as-of date, the start time, the policies
/// with their SHA-256, and the file's size.
public struct JUnitReporter: Reporter {
    public init() {}

    public func write<Violations: Sequence<ReportedViolation>>(
        _ report: ValidationReport, violations: Violations, context: ReportContext,
        to output: (String) -> Void
    ) {
        // A file that could not be read is an error in a suite of its own, not a passing test.
        let failed = Set(report.failures.map(\.path))
        let suites = report.files.map { SuiteCounts($0, failed: failed.contains($0.path)) }
        let tests = suites.reduce(0) { $0 + $1.tests } + report.failures.count
        let failures = suites.reduce(0) { $0 + $1.failures }
        output("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        // junit-10.xsd has no `skipped` on testsuites, only on each testsuite.
        output("<testsuites name=\"datamin\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(report.failures.count)\">\n")
        var file = -1
        let properties = Self.provenance(report)
        func startFile(_ index: Int) {
            let counts = suites[index]
            guard !counts.isOnlyAFailure else { return }
            output(
                "  <testsuite name=\"\(MarkupText.escaped(report.files[index].path))\" tests=\"\(counts.tests)\" failures=\"\(counts.failures)\" errors=\"0\" skipped=\"\(counts.skipped)\">\n"
            )
            var fileProperties = properties
            if let bytes = report.files[index].bytes { fileProperties.append(("datamin.input.bytes", String(bytes))) }
            if let sha256 = report.files[index].sha256 { fileProperties.append(("datamin.input.sha256", sha256)) }
            output("    <properties>\n")
            for (name, value) in fileProperties {
                output("      <property name=\"\(MarkupText.escaped(name))\" value=\"\(MarkupText.escaped(value))\"/>\n")
            }
            output("    </properties>\n")
        }
        func endFile(_ index: Int) {
            let details = report.files[index]
            let counts = suites[index]
            guard !counts.isOnlyAFailure else { return }
            if counts.passes {
                output(
                    "    <testcase classname=\"datamin\" name=\"\(MarkupText.escaped("\(details.path): \(details.records) records valid"))\"/>\n"
                )
            }
            if counts.omitted > 0 {
                let text =
                    "\(details.path): \(counts.omitted) more violations not shown (--max-violations)\(Counting.omittedPerCheck(details.omittedByCheck))"
                output(
                    "    <testcase classname=\"datamin\" name=\"\(MarkupText.escaped(text))\">\n      <skipped message=\"\(MarkupText.escaped(text))\"/>\n    </testcase>\n"
                )
            }
            output("  </testsuite>\n")
        }
        // Escaped once per file, not once per finding.
        let paths = report.files.map { MarkupText.escaped($0.path) }
        ParallelRendering.forEach(
            violations,
            render: { item, cache in
                .init(
                    text: Self.testCase(
                        item.violation, numbers: item.textNumbers, escapedPath: paths[item.file], number: item.number, cache: &cache))
            },
            write: { item, rendered in
                while file < item.file {
                    if file >= 0 { endFile(file) }
                    file += 1
                    startFile(file)
                }
                output(rendered.text)
            }
        )
        while file < report.files.count - 1 {
            if file >= 0 { endFile(file) }
            file += 1
            startFile(file)
        }
        if file >= 0 { endFile(file) }
        for failure in report.failures {
            let name = "\(failure.path): not validated"
            output("  <testsuite name=\"\(MarkupText.escaped(failure.path))\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\">\n")
            output("    <testcase classname=\"datamin\" name=\"\(MarkupText.escaped(name))\">\n")
            output(
                "      <error type=\"input-failure\" message=\"\(MarkupText.escaped(failure.message))\">\(MarkupText.escaped("\(failure.path): \(failure.message)"))</error>\n"
            )
            output("    </testcase>\n  </testsuite>\n")
        }
        output("</testsuites>\n")
    }

    /// The run's provenance as JUnit properties, the same in every suite.
    private static func provenance(_ report: ValidationReport) -> [(String, String)] {
        var properties = [("datamin.version", report.provenance.version), ("datamin.asOf", "\(report.asOf)")]
        if let started = report.provenance.startedAtText { properties.append(("datamin.startedAt", started)) }
        for (index, policy) in report.provenance.policies.enumerated() {
            let prefix = report.provenance.policies.count == 1 ? "datamin.policy" : "datamin.policy.\(index + 1)"
            properties += [("\(prefix).name", policy.name), ("\(prefix).path", policy.path), ("\(prefix).sha256", policy.sha256)]
        }
        return properties
    }

    /// What one file's suite holds.
    private struct SuiteCounts {
        var tests: Int
        var failures: Int
        var skipped: Int
        var omitted: Int
        /// True when the suite holds the one passing case: a file read whole without a finding.
        var passes: Bool
        /// True for a file that failed before any finding: its failure's suite stands for it.
        var isOnlyAFailure: Bool

        init(_ file: FileReport, failed: Bool) {
            omitted = file.errors + file.warnings - file.shown
            skipped = omitted > 0 ? 1 : 0
            failures = file.shownErrors
            passes = file.shown == 0 && omitted == 0 && !failed
            tests = file.shown + skipped + (passes ? 1 : 0)
            isOnlyAFailure = failed && tests == 0
        }
    }

    /// One finding's test case. The pieces that repeat from finding to finding (the message,
    /// the article) come escaped from `cache`, by the spool's numbers for the texts when it
    /// gave some; the text is that of ``TextReporter/line(for:path:)`` and the finding's
    /// article, record and key, one per line.
    private static func testCase(
        _ violation: Violation, numbers: TextNumbers?, escapedPath: String, number: Int, cache: inout PieceCache
    ) -> String {
        let check = violation.check.rawValue
        let checkPosition = UInt8(violation.check.position)
        // The message's number, when the spool gave it one: its pieces are then keyed by it.
        let messageNumber = numbers.map(\.message).flatMap { $0 > TextNumbers.unnumbered ? $0 : nil }
        let line = violation.location.line
        // Appended piece by piece into one buffer: `a + b + c` would build a string per `+`.
        var xml = TextBuilder(capacity: 384)
        xml += "    <testcase classname=\"datamin."
        xml += check
        xml += "\" name=\""
        xml += escapedPath
        if let line {
            xml += ":"
            xml += line
        }
        xml += " "
        xml += check
        xml += " #"
        xml += number
        xml += "\">\n"
        let isError = violation.severity == .error
        if isError {
            xml += cache.piece(
                numbered: messageNumber.map { .init(kind: 3, check: checkPosition, severity: .error, first: $0, second: -1) },
                else: .init(kind: 3, first: check, second: violation.message)
            ) { "      <failure type=\"\(check)\" message=\"\(MarkupText.escaped(violation.message))\">" }
        } else {
            xml += "      <system-out>warning: "
        }
        // The body: the text report's line, then the article, record and key. Escaping works
        // character by character, so the line's pieces can be escaped apart.
        xml += escapedPath
        if let line {
            xml += ":"
            xml += line
            if let column = violation.location.column {
                xml += ":"
                xml += column
            }
        } else if let key = violation.key {
            xml += ":"
            xml += MarkupText.escaped(key)
        }
        if let value = violation.value {
            xml += MarkupText.escaped(
                ": \(violation.severity.rawValue): \(violation.message) (value: \(JSONText.quoted(value))) [\(check)]")
        } else {
            xml += cache.piece(
                numbered: messageNumber.map { .init(kind: 1, check: checkPosition, severity: violation.severity, first: $0, second: -1) },
                else: .init(kind: 1, first: violation.severity.rawValue, second: violation.message, third: check)
            ) { MarkupText.escaped(": \(violation.severity.rawValue): \(violation.message) [\(check)]") }
        }
        if let article = violation.article {
            let articleNumber = numbers.map(\.article).flatMap { $0 > TextNumbers.unnumbered ? $0 : nil }
            xml += cache.piece(
                numbered: articleNumber.map { .init(kind: 2, check: 0, severity: .error, first: $0, second: -1) },
                else: .init(kind: 2, first: article)
            ) { "\n" + MarkupText.escaped("Article: GDPR \(article)") }
        }
        if let record = violation.location.record {
            xml += "\nRecord: "
            xml += record
        }
        if let key = violation.key {
            xml += "\nKey: "
            xml += MarkupText.escaped(key)
        }
        xml += isError ? "</failure>\n    </testcase>\n" : "</system-out>\n    </testcase>\n"
        return xml.text
    }
}
