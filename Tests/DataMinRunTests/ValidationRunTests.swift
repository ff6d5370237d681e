import DataMinCore
import DataMinReporters
import DataMinTestSupport
import Foundation
import Testing

@testable import DataMinRun

/// What one run printed and wrote, collected in memory.
final class CapturedStreams: @unchecked Sendable {
    var output = ""
    var errors: [String] = []

    var streams: RunStreams {
        RunStreams(write: { self.output += $0 }, error: { self.errors.append($0) })
    }
}

/// A fresh folder holding `files`, as a path.
func scratchPath(_ files: [String: String]) throws -> String { try scratchFolder(files).path }

let runPolicy = """
    version: 1
    name: run
    record: { purpose: purpose }
    fields:
      id: { type: string, personal: false }
      email: { type: email }
      purpose: { type: string, personal: false }
      at: { type: date }
    purposes:
      sales: { lawful_basis: contract, required: [id, email], retention: { period: P1Y, from: at } }
      events: { lawful_basis: contract, required: [id], retention: { period: P1Y, from: at } }
    """

/// The run front end in-process: a request in, reports and an outcome out, with no process
/// spawned; the CLI tests keep proving the wiring of options to requests.
@Suite struct ValidationRunTests {
    func request(_ folder: String, files: [String] = ["in.csv"], configure: (inout RunRequest) -> Void = { _ in }) -> RunRequest {
        var request = RunRequest(workingDirectory: folder)
        request.source = .files(files.map { $0 == "-" || $0.hasPrefix("/") ? $0 : folder + "/" + $0 })
        request.policyPath = folder + "/policy.yaml"
        request.asOf = CalendarDate(iso: "2026-11-30")
        request.jobs = 1
        configure(&request)
        return request
    }

    @Test func aCleanFileIsCleanAndPrintsOnlyTheSummary() throws {
        let folder = try scratchPath(["policy.yaml": runPolicy, "in.csv": "id,email,purpose,at\n1,a@example.com,sales,2026-06-01\n"])
        let captured = CapturedStreams()
        let outcome = try ValidationRun.run(request(folder), streams: captured.streams)
        #expect(outcome.verdict == .clean)
        #expect(outcome.report.records == 1)
        #expect(captured.output == "")
        #expect(captured.errors.count == 1)
        #expect(captured.errors.first?.hasPrefix("datamin: 1 file, 1 record, 0 rejected, 0 errors, 0 warnings in ") == true)
    }

    @Test func findingsStreamAsTextLinesAndMakeTheVerdictViolations() throws {
        let folder = try scratchPath(["policy.yaml": runPolicy, "in.csv": "id,email,purpose,at\n1,not-an-email,sales,2026-06-01\n"])
        let captured = CapturedStreams()
        let outcome = try ValidationRun.run(request(folder), streams: captured.streams)
        #expect(outcome.verdict == .violations)
        #expect(captured.output == "\(folder)/in.csv:2:2: error: field 'email' is not a valid email address [invalid-value]\n")
    }

    @Test func everyFormatGoesThroughOneSinkAndAFileReportSaysWhatStandardErrorSaid() throws {
        let folder = try scratchPath(["policy.yaml": runPolicy, "in.csv": "id,email,purpose,at\n1,,sales,2026-06-01\n"])
        let captured = CapturedStreams()
        let outcome = try ValidationRun.run(
            request(folder) {
                $0.reports = [
                    ReportRequest(format: .json, path: folder + "/r.json"), ReportRequest(format: .text, path: folder + "/r.txt"),
                    ReportRequest(format: .summary, path: nil),
                ]
                $0.maxViolations = 0
            }, streams: captured.streams)
        #expect(outcome.verdict == .violations)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/r.json"))) as? [String: Any]
        #expect((json?["stats"] as? [String: Any])?["errors"] as? Int == 1)
        let text = try String(contentsOfFile: folder + "/r.txt", encoding: .utf8)
        #expect(text.hasSuffix("[missing-required-field]\n"))
        #expect(captured.output.contains("1 error"))
    }

    @Test func theGitHubJobSummaryIsASideOutputTheEnvironmentAsksFor() throws {
        let folder = try scratchPath(["policy.yaml": runPolicy, "in.csv": "id,email,purpose,at\n1,,sales,2026-06-01\n"])
        let summary = folder + "/summary.md"
        try "earlier step\n".write(toFile: summary, atomically: true, encoding: .utf8)
        let outcome = try ValidationRun.run(
            request(folder) {
                $0.reports = [ReportRequest(format: .github, path: nil)]
                $0.environment = ["GITHUB_STEP_SUMMARY": summary]
            }, streams: CapturedStreams().streams)
        #expect(outcome.verdict == .violations)
        let text = try String(contentsOfFile: summary, encoding: .utf8)
        #expect(text.hasPrefix("earlier step\n## datamin\n"))
        let none = try ValidationRun.run(
            request(folder) { $0.reports = [ReportRequest(format: .github, path: nil)] }, streams: CapturedStreams().streams)
        #expect(none.verdict == .violations)
        #expect(try String(contentsOfFile: summary, encoding: .utf8) == text)
    }

    @Test func anOutputThatWouldReplaceAnInputIsRefusedBeforeAnythingIsRead() throws {
        let folder = try scratchPath(["policy.yaml": runPolicy, "in.csv": "id,email,purpose,at\n"])
        #expect(
            throws: UsageFailure(
                message: "--strip-out '\(folder)/in.csv' is the input '\(folder)/in.csv' this run reads; choose another path")
        ) {
            try ValidationRun.run(request(folder) { $0.stripOut = folder + "/in.csv" }, streams: CapturedStreams().streams)
        }
        #expect(
            throws: UsageFailure(message: "--output and --report name the same file '\(folder)/r.json'; give each its own path")
        ) {
            try ValidationRun.run(
                request(folder) {
                    $0.reports = [
                        ReportRequest(format: .sarif, path: folder + "/r.json"),
                        ReportRequest(format: .json, path: folder + "/r.json", option: "--output"),
                    ]
                }, streams: CapturedStreams().streams)
        }
    }

    @Test func theConfigGivesThePolicyTheInputsAndTheirPurpose() throws {
        let folder = try scratchPath([
            "policies/p.yaml": runPolicy.replacingOccurrences(of: "record: { purpose: purpose }\n", with: ""),
            ".datamin.yml": "policy: policies/p.yaml\ninputs:\n  - files: \"imports/*.csv\"\n    purpose: events\n",
            "imports/a.csv": "id,email,at\n1,,2026-06-01\n",
        ])
        var request = RunRequest(workingDirectory: folder)
        request.asOf = CalendarDate(iso: "2026-11-30")
        let resolver = try InputResolver(request: request)
        #expect(try resolver.policyPath() == "policies/p.yaml")
        #expect(
            try resolver.inputs() == [
                InputResolver.Input(path: "imports/a.csv", policy: "policies/p.yaml", purpose: "events", entry: 0)
            ])
    }

    @Test func anUnknownPurposeOptionIsAUsageFailure() throws {
        let folder = try scratchPath(["policy.yaml": runPolicy, "in.csv": "id\n"])
        #expect(throws: UsageFailure(message: "unknown purpose 'marketing' for --purpose; policy 'run' defines: sales, events")) {
            try ValidationRun.run(request(folder) { $0.purpose = "marketing" }, streams: CapturedStreams().streams)
        }
    }

    @Test func anUnreadableInputFailsTheRunButTheReportIsStillWritten() throws {
        let folder = try scratchPath(["policy.yaml": runPolicy, "in.csv": "id,email,purpose,at\n1,a@example.com,sales,2026-06-01\n"])
        let captured = CapturedStreams()
        let outcome = try ValidationRun.run(
            request(folder, files: ["in.csv", "missing.csv"]) { $0.reports = [ReportRequest(format: .json, path: folder + "/r.json")] },
            streams: captured.streams)
        #expect(outcome.verdict == .failed)
        #expect(outcome.report.failures.map(\.path) == [folder + "/missing.csv"])
        #expect(FileManager.default.fileExists(atPath: folder + "/r.json"))
        #expect(captured.errors.first?.hasPrefix(folder + "/missing.csv: error: cannot read") == true)
    }
}
