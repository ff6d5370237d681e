import DataMinCore
import DataMinReporters
import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Checks datamin's JUnit XML against the rules of `junit-10.xsd` (the schema Jenkins and
/// GitLab follow): which element may hold which, the attributes each allows and requires,
/// and counts that agree with the cases written. Like `SARIFSchemaTests`, the schema's
/// rules are spelled out here because no package from the registries ships the file.
@Suite struct JUnitSchemaTests {
    static let children: [String: Set<String>] = [
        "": ["testsuites"], "testsuites": ["testsuite"], "testsuite": ["properties", "testcase", "system-out", "system-err"],
        "testcase": ["skipped", "error", "failure", "system-out", "system-err"],
        "skipped": [], "error": [], "failure": [], "system-out": [], "system-err": [],
        "properties": ["property"], "property": [],
    ]
    static let attributes: [String: (allowed: Set<String>, required: Set<String>)] = [
        "testsuites": (["name", "time", "tests", "failures", "disabled", "errors"], []),
        "testsuite": (
            ["name", "tests", "failures", "errors", "time", "disabled", "skipped", "timestamp", "hostname", "id", "package"],
            ["name", "tests", "failures", "errors"]
        ),
        "testcase": (["name", "assertions", "time", "classname", "status"], ["name", "classname"]),
        "skipped": (["message"], []), "error": (["message", "type"], []), "failure": (["message", "type"], []),
        "system-out": ([], []), "system-err": ([], []),
        "properties": ([], []), "property": (["name", "value"], ["name", "value"]),
    ]

    /// Walks the document and collects what breaks the rules.
    final class Checker: NSObject, XMLParserDelegate {
        var problems: [String] = []
        private var stack: [String] = []
        private var suite: (attributes: [String: String], cases: Int, failures: Int, errors: Int, skipped: Int)?

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            let parent = stack.last ?? ""
            if !(JUnitSchemaTests.children[parent] ?? []).contains(name) { problems.append("<\(name)> inside <\(parent)>") }
            if let rules = JUnitSchemaTests.attributes[name] {
                for key in Set(attributes.keys).subtracting(rules.allowed) { problems.append("<\(name)> has '\(key)'") }
                for key in rules.required.subtracting(attributes.keys) { problems.append("<\(name)> lacks '\(key)'") }
            }
            switch name {
            case "testsuite": suite = (attributes, 0, 0, 0, 0)
            case "testcase": suite?.cases += 1
            case "failure": suite?.failures += 1
            case "error": suite?.errors += 1
            case "skipped": suite?.skipped += 1
            default: break
            }
            stack.append(name)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
            guard name == "testsuite", let suite else { return }
            let counts = ["tests": suite.cases, "failures": suite.failures, "errors": suite.errors, "skipped": suite.skipped]
            // A missing `skipped` means none; the other counts are required.
            for (key, count) in counts where suite.attributes[key].map({ Int($0) != count }) ?? (key != "skipped") {
                problems.append(
                    "testsuite '\(suite.attributes["name"] ?? "")' says \(key)=\(suite.attributes[key] ?? "nothing"), has \(count)")
            }
        }
    }

    static func problems(_ xml: String) -> [String] {
        let parser = XMLParser(data: Data(xml.utf8))
        let checker = Checker()
        parser.delegate = checker
        guard parser.parse() else { return ["not well-formed XML"] }
        return checker.problems
    }

    @Test func aRunWithWarningsCutsAndFailuresFollowsTheSchema() {
        var report = ValidationReport(asOf: CalendarDate(year: 2026, month: 11, day: 29)!)
        var csv = FileReport(path: "imports/a \"quoted\" <name>.csv", format: "csv")
        csv.records = 4
        csv.errors = 5
        csv.warnings = 1
        csv.shown = 3
        csv.shownErrors = 2
        csv.violations = [
            Violation(
                check: .invalidValue, severity: .error, article: "Art. 5(1)(d)", message: "field 'e' & co", field: "e",
                location: RecordLocation(record: 1, line: 2)),
            Violation(
                check: .invalidValue, severity: .error, article: nil, message: "x\u{1}y", location: RecordLocation(record: 2, line: 3)),
            Violation(
                check: .duplicateSubject, severity: .warning, article: nil, message: "seen", location: RecordLocation(record: 3, line: 4)),
        ]
        var clean = FileReport(path: "clean.jsonl", format: "jsonl")
        clean.records = 2
        report.files = [csv, clean]
        report.truncated = true
        report.omitted = 3
        report.failures = [RunFailure(path: "missing.csv", code: .fileUnreadable, message: "cannot read input")]
        let xml = JUnitReporter().render(report)
        #expect(Self.problems(xml) == [])
        #expect(xml.contains("<testsuites name=\"datamin\" tests=\"6\" failures=\"2\" errors=\"1\">"))
    }

    @Test func theCheckerCatchesWhatTheSchemaForbids() {
        let bad = """
            <testsuites skipped="1"><testsuite name="x" tests="2" failures="0"><testcase name="a"/><failure/></testsuite></testsuites>
            """
        #expect(
            Set(Self.problems(bad)) == [
                "<testsuites> has 'skipped'", "<testsuite> lacks 'errors'", "<testcase> lacks 'classname'", "<failure> inside <testsuite>",
                "testsuite 'x' says tests=2, has 1", "testsuite 'x' says failures=0, has 1", "testsuite 'x' says errors=nothing, has 0",
            ])
    }
}
