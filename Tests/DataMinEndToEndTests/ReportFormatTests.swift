import DataMinCore
import DataMinTestSupport
import Foundation
import Testing

/// The report formats through the real executable: several reports from one run, GitHub's
/// job summary, failures, and memory that does not grow with the number of findings.
@Suite struct ReportFormatTests {
    private let asOf = ["--as-of", "2026-11-29"]
    private static let rows =
        "id,email,purpose,collected_at\n1,a@example.com,sales,2026-01-01\n2,not-an-email,sales,2026-01-01\n3,c@example.com,marketing,2026-01-01\n"

    /// Standard input has no file: its SARIF location is a description, not the URI of a
    /// file named `-` in the working folder.
    @Test func sarifLocatesStandardInputWithoutAURI() throws {
        let folder = try scratchFolder(["policy.yaml": testPolicy])
        let result = try datamin(
            ["validate", "-", "--policy", "policy.yaml", "--input-format", "csv", "--format", "sarif"] + asOf, in: folder, stdin: Self.rows)
        #expect(result.status == 1)
        let sarif = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let results = try #require((sarif["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        let physical = try #require((results.first?["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        let artifact = try #require(physical["artifactLocation"] as? [String: Any])
        #expect(artifact["uri"] == nil)
        #expect((artifact["description"] as? [String: Any])?["text"] as? String == "standard input")
    }

    @Test func severalReportsComeFromOneRun() throws {
        let folder = try scratchFolder(["policy.yaml": testPolicy, "in.csv": Self.rows])
        let result = try datamin(
            [
                "validate", "in.csv", "--policy", "policy.yaml", "--report", "text", "--report", "sarif:out.sarif",
                "--report", "junit:out.xml", "--report", "json:out.json", "--report", "gitlab:quality.json",
                "--report", "html:report.html",
            ] + asOf, in: folder)
        #expect(result.status == 1)
        #expect(
            result.stdoutLines == [
                "in.csv:3:2: error: field 'email' is not a valid email address [invalid-value]",
                "in.csv:4:3: error: the record's purpose is not defined in policy 'e2e' (defined: sales, newsletter) [unknown-purpose]",
            ])
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("out.json"))) as? [String: Any])
        let files = try #require(json["files"] as? [[String: Any]])
        #expect((files.first?["violations"] as? [Any])?.count == 2)
        let sarif = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("out.sarif"))) as? [String: Any])
        #expect(((sarif["runs"] as? [[String: Any]])?.first?["results"] as? [Any])?.count == 2)
        let xml = try String(contentsOf: folder.appendingPathComponent("out.xml"), encoding: .utf8)
        #expect(xml.contains("<testsuite name=\"in.csv\" tests=\"2\" failures=\"2\" errors=\"0\" skipped=\"0\">"))
        let quality = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("quality.json"))) as? [[String: Any]])
        #expect(quality.count == 2)
        let html = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("data-errors=\"2\""))
    }

    @Test func onlyOneReportMayUseStandardOutput() throws {
        let folder = try scratchFolder(["policy.yaml": testPolicy, "in.csv": Self.rows])
        let result = try datamin(["validate", "in.csv", "--policy", "policy.yaml", "--report", "text", "--report", "json"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("only one report can go to standard output; give the others a path"))
        let unknown = try datamin(["validate", "in.csv", "--policy", "policy.yaml", "--report", "xml:out.xml"], in: folder)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("--report 'xml:out.xml': unknown format 'xml'"))
    }

    @Test func theGitHubFormatAppendsAJobSummaryWithoutValues() throws {
        let folder = try scratchFolder(["policy.yaml": testPolicy, "in.csv": Self.rows, "summary.md": "earlier step\n"])
        let summaryPath = folder.appendingPathComponent("summary.md").path
        let result = try datamin(
            ["validate", "in.csv", "--policy", "policy.yaml", "--format", "github", "--show-values"] + asOf, in: folder,
            environment: ["GITHUB_STEP_SUMMARY": summaryPath])
        #expect(result.status == 1)
        #expect(
            result.stdoutLines.first
                == "::error file=in.csv,line=3,title=datamin invalid-value::in.csv:3:2: error: field 'email' is not a valid email address (value: \"not-an-email\") [invalid-value]"
        )
        let summary = try String(contentsOfFile: summaryPath, encoding: .utf8)
        #expect(summary.hasPrefix("earlier step\n## datamin\n\n❌ 2 errors, 0 warnings in 3 records of 1 file (2 rejected).\n"))
        #expect(summary.contains("\ndatamin \(DataMinVersion.current), as of 2026-11-29, policy `e2e` (SHA-256 `"))
        #expect(summary.contains("| `in.csv:3:2` | error | `invalid-value` | field 'email' is not a valid email address |"))
        #expect(!summary.contains("not-an-email"))
    }

    /// Every evidence format says what was checked against what, when and by which version
    /// (SPEC §11.3), with the same bytes on every run under SOURCE_DATE_EPOCH.
    @Test func everyFormatCarriesTheRunsProvenance() throws {
        let folder = try scratchFolder(["policy.yaml": testPolicy, "in.csv": Self.rows])
        let expected = try String(contentsOf: folder.appendingPathComponent("in.csv"), encoding: .utf8)
        let digest = SuppressionList.hex(SHA256.hash(Array(expected.utf8)))
        let policyDigest = SuppressionList.hex(SHA256.hash(Array(testPolicy.utf8)))
        let arguments =
            [
                "validate", "in.csv", "--policy", "policy.yaml", "--report", "sarif:out.sarif", "--report", "junit:out.xml",
                "--report", "json:out.json", "--report", "html:report.html",
            ] + asOf
        let environment = ["SOURCE_DATE_EPOCH": "1764979200"]
        _ = try datamin(arguments, in: folder, environment: environment)
        func read(_ name: String) throws -> String { try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) }
        let first = try ["out.sarif", "out.xml", "out.json", "report.html"].map(read)
        let json = try read("out.json")
        #expect(json.contains("\"sha256\": \"\(digest)\""))
        #expect(json.contains("\"startedAt\": \"2025-12-06T00:00:00Z\""))
        let sarif = try read("out.sarif")
        #expect(sarif.contains("\"startTimeUtc\": \"2025-12-06T00:00:00Z\""))
        #expect(sarif.contains("\"sha256\": \"\(policyDigest)\"") && sarif.contains("\"sha256\": \"\(digest)\""))
        let junit = try read("out.xml")
        #expect(junit.contains("<property name=\"datamin.policy.sha256\" value=\"\(policyDigest)\"/>"))
        #expect(junit.contains("<property name=\"datamin.input.sha256\" value=\"\(digest)\"/>"))
        #expect(junit.contains("<property name=\"datamin.version\" value=\"\(DataMinVersion.current)\"/>"))
        let html = try read("report.html")
        #expect(html.contains("<title>datamin: e2e \u{2013} 2 errors</title>"))
        #expect(html.contains("<dt>datamin</dt><dd>\(DataMinVersion.current)</dd>"))
        #expect(html.contains("SHA-256 \(policyDigest)") && html.contains("SHA-256 \(digest)"))
        #expect(html.contains("<dt>run</dt><dd>2025-12-06T00:00:00Z, 0.00 s</dd>"))
        // Reproducible: a second run writes the same bytes.
        _ = try datamin(arguments, in: folder, environment: environment)
        #expect(try ["out.sarif", "out.xml", "out.json", "report.html"].map(read) == first)
    }

    /// A reader that stops early (a JSON array broken midway) must not leave the evidence
    /// describing half a file: size and SHA-256 cover every byte.
    @Test func theInputsHashCoversEveryByteWhenTheReaderStopsEarly() throws {
        let record = "{\"id\": \"1\", \"email\": \"a@example.com\", \"purpose\": \"sales\", \"collected_at\": \"2026-01-01\"}"
        let text = "[" + record + " " + record + "," + String(repeating: record + ",", count: 20_000) + record + "]"
        let folder = try scratchFolder(["policy.yaml": testPolicy, "in.json": text])
        let result = try datamin(["validate", "in.json", "--policy", "policy.yaml", "--format", "json"] + asOf, in: folder)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let file = try #require((report["files"] as? [[String: Any]])?.first)
        #expect(file["bytes"] as? Int == text.utf8.count)
        #expect(file["sha256"] as? String == SuppressionList.hex(SHA256.hash(Array(text.utf8))))
    }

    /// A SOURCE_DATE_EPOCH that is not whole seconds (or past year 9999) is refused before
    /// the run, where it was ignored and the clock used.
    @Test(arguments: ["abc", "1700000000.5", " 1700000000", "99999999999999"])
    func aMalformedSourceDateEpochIsRefused(value: String) throws {
        let folder = try scratchFolder(["policy.yaml": testPolicy, "in.csv": Self.rows])
        let expected =
            "datamin: error: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC (at most 253402300799); fix or unset it\n"
        for arguments in [["validate", "in.csv", "--policy", "policy.yaml"] + asOf, ["ropa", "policy.yaml"]] {
            let result = try datamin(arguments, in: folder, environment: ["SOURCE_DATE_EPOCH": value])
            #expect(result.status == 2)
            #expect(result.stderr.hasPrefix(expected), "\(arguments[0]): \(result.stderr)")
        }
    }

    /// An empty input is a failure (SPEC §11.3), never a file whose 0 records passed: JUnit
    /// gives it the error case only.
    @Test func aFailedInputIsNoPassingTestInJUnit() throws {
        let folder = try scratchFolder(["policy.yaml": testPolicy, "empty.csv": ""])
        let result = try datamin(["validate", "empty.csv", "--policy", "policy.yaml", "--format", "junit"] + asOf, in: folder)
        #expect(result.status == 2)
        #expect(result.stdout.contains("<testsuites name=\"datamin\" tests=\"1\" failures=\"0\" errors=\"1\">"))
        #expect(!result.stdout.contains("records valid"))
        #expect(result.stdout.components(separatedBy: "<testsuite name=\"empty.csv\"").count == 2)
        #expect(result.stdout.contains("<error type=\"input-failure\""))
    }

    @Test func cutsAndFailuresAreSaidInTheReport() throws {
        let folder = try scratchFolder(["policy.yaml": testPolicy, "in.csv": Self.rows])
        let result = try datamin(
            [
                "validate", "in.csv", "missing.csv", "--policy", "policy.yaml", "--max-violations", "1",
                "--report", "junit:out.xml", "--report", "summary",
            ] + asOf, in: folder)
        #expect(result.status == 2)
        #expect(
            result.stdout.contains(
                "1 violations not shown (--max-violations): 1 unknown-purpose\nnot validated: missing.csv: cannot read input: No such file or directory\n"
            ))
        let xml = try String(contentsOf: folder.appendingPathComponent("out.xml"), encoding: .utf8)
        #expect(xml.contains("<testsuites name=\"datamin\" tests=\"3\" failures=\"1\" errors=\"1\">"))
        let text = try datamin(
            [
                "validate", "in.csv", "missing.csv", "--policy", "policy.yaml", "--max-violations", "1",
                "--output", "out.txt",
            ] + asOf, in: folder)
        #expect(text.status == 2)
        #expect(
            try String(contentsOf: folder.appendingPathComponent("out.txt"), encoding: .utf8) == """
                in.csv:3:2: error: field 'email' is not a valid email address [invalid-value]
                missing.csv: error: cannot read input: No such file or directory [input-failure]
                datamin: 1 violation not shown: 1 unknown-purpose; raise --max-violations, 0 shows all

                """)
    }

    /// 120,000 findings (an invalid e-mail and a repeated subject per row): every format
    /// written from one run with memory that does not grow with them (before the spool, the
    /// JSON report alone held them all).
    @Test(.timeLimit(.minutes(3))) func everyFormatHoldsManyFindingsInBoundedMemory() throws {
        let folder = try scratchFolder(["policy.yaml": testPolicy])
        try writeRepeated(
            "1,not-an-email,sales,2026-01-01\n", count: 60_000, to: folder.appendingPathComponent("many.csv"),
            header: "id,email,purpose,collected_at\n")
        let run = try measuredDatamin(
            [
                "validate", "many.csv", "--policy", "policy.yaml", "--jobs", "2", "--report", "summary",
                "--report", "json:r.json", "--report", "sarif:r.sarif", "--report", "junit:r.xml",
                "--report", "github:r.txt", "--report", "gitlab:r.gl.json", "--report", "html:r.html",
            ] + asOf, in: folder)
        #expect(run.result.status == 1)
        #expect(run.result.stdout.contains("invalid-value             60000"))
        #expect(run.peakBelow(64), "peak \(run.peakMiB ?? 0) MiB")
        let sarif = try Data(contentsOf: folder.appendingPathComponent("r.sarif"))
        #expect(sarif.count > 10_000_000)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("r.json"))) as? [String: Any])
        #expect(((json["files"] as? [[String: Any]])?.first?["violations"] as? [Any])?.count == 119_999)
    }
}
