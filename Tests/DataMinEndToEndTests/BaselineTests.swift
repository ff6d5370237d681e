import DataMinTestSupport
import Foundation
import Testing

/// A baseline of accepted findings (SPEC §11.1): a team adopts the gate on an export that
/// is not clean yet, and from then on only new findings fail it.
@Suite(.serialized) struct BaselineTests {
    static let header = "id,email,purpose,collected_at,phone\n"
    /// Three records with an invalid phone (one of them twice the same subject), one clean.
    static let rows = [
        "1,ann@example.com,sales,2026-01-01,not-a-phone\n",
        "2,bob@example.com,sales,2026-01-01,+4930123456\n",
        "3,cy@example.com,sales,2026-01-01,also-not\n",
    ]
    let asOf = ["--as-of", "2026-11-29"]

    func folder(_ rows: [String]) throws -> URL {
        try scratchFolder(["policy.yaml": testPolicy, "in.csv": Self.header + rows.joined()])
    }

    @Test func aBaselineHoldsBackTheFindingsItRecordedAndTheRunPasses() throws {
        let folder = try folder(Self.rows)
        let first = try datamin(["validate", "in.csv", "--policy", "policy.yaml", "--write-baseline", "baseline.json"] + asOf, in: folder)
        #expect(first.status == 1)
        #expect(first.stdoutLines.count == 2)
        let again = try datamin(["validate", "in.csv", "--policy", "policy.yaml", "--baseline", "baseline.json"] + asOf, in: folder)
        #expect(again.status == 0)
        #expect(again.stdout.isEmpty)
        // Still rejected from a minimised copy: the baseline changes what fails the gate, not what is imported.
        #expect(again.stderr.contains("1 file, 3 records, 2 rejected, 0 errors, 0 warnings"))
        #expect(again.stderr.contains("; 2 findings in the baseline not counted"))
    }

    @Test func entriesSurviveReorderedAndAppendedRowsAndOnlyNewFindingsFail() throws {
        let folder = try folder(Self.rows)
        _ = try datamin(["validate", "in.csv", "--policy", "policy.yaml", "--write-baseline", "baseline.json"] + asOf, in: folder)
        // Reordered, and a new record with the same kind of problem appended.
        let changed = Self.header + Self.rows.reversed().joined() + "4,dee@example.com,sales,2026-01-01,nope\n"
        try changed.write(to: folder.appendingPathComponent("in.csv"), atomically: true, encoding: .utf8)
        let result = try datamin(["validate", "in.csv", "--policy", "policy.yaml", "--baseline", "baseline.json"] + asOf, in: folder)
        #expect(result.status == 1)
        #expect(
            result.stdoutLines == [
                "in.csv:5:5: error: field 'phone' is not an E.164 phone number ('+', then 7 to 15 digits, no spaces) [invalid-value]"
            ])
        #expect(result.stderr.contains("1 error, 0 warnings"))
    }

    @Test func fixedFindingsAreCountedAsStaleEntries() throws {
        let folder = try folder(Self.rows)
        _ = try datamin(["validate", "in.csv", "--policy", "policy.yaml", "--write-baseline", "baseline.json"] + asOf, in: folder)
        try (Self.header + Self.rows[1]).write(to: folder.appendingPathComponent("in.csv"), atomically: true, encoding: .utf8)
        let result = try datamin(
            ["validate", "in.csv", "--policy", "policy.yaml", "--baseline", "baseline.json", "--format", "json"] + asOf, in: folder)
        #expect(result.status == 0)
        #expect(result.stderr.contains("; 0 findings in the baseline not counted, 2 baseline entries no longer found"))
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let baseline = try #require(report["baseline"] as? [String: Any])
        #expect(baseline["path"] as? String == "baseline.json")
        #expect(baseline["matched"] as? Int == 0)
        #expect(baseline["stale"] as? Int == 2)
    }

    @Test func theBaselineHoldsNoValueAndNoLineNumber() throws {
        let folder = try folder(Self.rows)
        _ = try datamin(["validate", "in.csv", "--policy", "policy.yaml", "--write-baseline", "baseline.json"] + asOf, in: folder)
        let text = try String(contentsOf: folder.appendingPathComponent("baseline.json"), encoding: .utf8)
        for value in ["ann@", "cy@", "not-a-phone", "also-not", "\"line\""] { #expect(!text.contains(value), "baseline holds \(value)") }
        let lines = text.split(separator: "\n")
        #expect(lines.first?.hasPrefix("{\"datamin\": \"baseline\", \"version\": 1, \"salt\": \"") == true)
        #expect(lines.count == 4)
        #expect(
            lines[1].hasPrefix(
                "{\"path\": \"in.csv\", \"check\": \"invalid-value\", \"field\": \"phone\", \"purpose\": null, \"record\": \""))
        #expect(lines.last == "]}")
    }

    @Test func aBaselineThatIsNotOneIsRefusedWithWhatToDo() throws {
        let folder = try scratchFolder([
            "policy.yaml": testPolicy, "in.csv": Self.header + Self.rows[1], "baseline.json": "{\"findings\": []}",
        ])
        let result = try datamin(["validate", "in.csv", "--policy", "policy.yaml", "--baseline", "baseline.json"], in: folder)
        #expect(result.status == 2)
        #expect(
            result.stderr.contains(
                "baseline.json: error: not a datamin baseline ('datamin' is missing); write it again with 'datamin validate --write-baseline baseline.json'"
            ))
        let missing = try datamin(["validate", "in.csv", "--policy", "policy.yaml", "--baseline", "none.json"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("none.json: error: cannot read baseline"))
    }

    @Test func aRunThatCouldNotReadAnInputWritesNoBaseline() throws {
        let folder = try folder(Self.rows)
        let result = try datamin(
            ["validate", "in.csv", "missing.csv", "--policy", "policy.yaml", "--write-baseline", "baseline.json"] + asOf, in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--write-baseline 'baseline.json' not written: an input could not be checked"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("baseline.json").path))
    }

    @Test func theBaselineMayReplaceItselfAndKeepsItsSalt() throws {
        let folder = try folder(Self.rows)
        let arguments = ["validate", "in.csv", "--policy", "policy.yaml"] + asOf
        _ = try datamin(arguments + ["--write-baseline", "baseline.json"], in: folder)
        let before = try String(contentsOf: folder.appendingPathComponent("baseline.json"), encoding: .utf8)
        let result = try datamin(arguments + ["--baseline", "baseline.json", "--write-baseline", "baseline.json"], in: folder)
        #expect(result.status == 0)
        #expect(try String(contentsOf: folder.appendingPathComponent("baseline.json"), encoding: .utf8) == before)
    }

    /// Only --write-baseline may replace the baseline: a report or copy written over it
    /// would lose the accepted findings, so the run is refused before anything is written.
    @Test(arguments: [["--output", "./baseline.json"], ["--report", "sarif:baseline.json"], ["--strip-out", "baseline.json"]])
    func anOutputOverTheBaselineIsRefused(output: [String]) throws {
        let folder = try folder(Self.rows)
        let arguments = ["validate", "in.csv", "--policy", "policy.yaml"] + asOf
        _ = try datamin(arguments + ["--write-baseline", "baseline.json"], in: folder)
        let before = try String(contentsOf: folder.appendingPathComponent("baseline.json"), encoding: .utf8)
        let result = try datamin(arguments + ["--baseline", "baseline.json"] + output, in: folder)
        #expect(result.status == 2)
        let option = output[0]
        let path = output[1].replacingOccurrences(of: "sarif:", with: "")
        let expected = "datamin: error: \(option) '\(path)' is the baseline 'baseline.json' this run reads; choose another path\n"
        #expect(result.stderr.hasPrefix(expected))
        #expect(try String(contentsOf: folder.appendingPathComponent("baseline.json"), encoding: .utf8) == before)
    }

    @Test func aPathSpelledAnotherWayIsTheSameInput() throws {
        let folder = try folder(Self.rows)
        _ = try datamin(["validate", "in.csv", "--policy", "policy.yaml", "--write-baseline", "baseline.json"] + asOf, in: folder)
        for spelling in ["./in.csv", folder.appendingPathComponent("in.csv").path, ".//in.csv"] {
            let result = try datamin(["validate", spelling, "--policy", "policy.yaml", "--baseline", "baseline.json"] + asOf, in: folder)
            #expect(result.status == 0, "\(spelling): \(result.stdout)")
        }
    }

    @Test func entriesOfInputsTheRunDidNotCheckAreNotStale() throws {
        let folder = try scratchFolder([
            "policy.yaml": testPolicy, "in.csv": Self.header + Self.rows.joined(), "other.csv": Self.header + Self.rows[0],
        ])
        _ = try datamin(
            ["validate", "in.csv", "other.csv", "--policy", "policy.yaml", "--write-baseline", "baseline.json"] + asOf, in: folder)
        let result = try datamin(["validate", "in.csv", "--policy", "policy.yaml", "--baseline", "baseline.json"] + asOf, in: folder)
        #expect(result.status == 0)
        #expect(result.stderr.contains("; 2 findings in the baseline not counted\n"))
    }

    @Test func writingTheBaselineAgainKeepsItsBytes() throws {
        let folder = try folder(Self.rows)
        let arguments = ["validate", "in.csv", "--policy", "policy.yaml", "--write-baseline", "baseline.json"] + asOf
        _ = try datamin(arguments, in: folder)
        let before = try Data(contentsOf: folder.appendingPathComponent("baseline.json"))
        _ = try datamin(arguments, in: folder)
        #expect(try Data(contentsOf: folder.appendingPathComponent("baseline.json")) == before)
    }

    @Test func withASecretTheBaselineNeedsTheSameSecret() throws {
        let folder = try folder(Self.rows)
        let arguments = ["validate", "in.csv", "--policy", "policy.yaml"] + asOf
        _ = try datamin(arguments + ["--write-baseline", "baseline.json"], in: folder, environment: ["DATAMIN_KEY_SALT": "s1"])
        #expect(try datamin(arguments + ["--baseline", "baseline.json"], in: folder, environment: ["DATAMIN_KEY_SALT": "s1"]).status == 0)
        let other = try datamin(arguments + ["--baseline", "baseline.json"], in: folder, environment: ["DATAMIN_KEY_SALT": "s2"])
        #expect(other.status == 2)
        #expect(other.stderr.contains("this baseline was written with another DATAMIN_KEY_SALT"))
        let none = try datamin(arguments + ["--baseline", "baseline.json"], in: folder)
        #expect(none.status == 2)
    }

    @Test func aBaselinedErrorStillKeepsItsRecordOutOfTheMinimisedCopy() throws {
        let folder = try folder(Self.rows)
        let arguments = ["validate", "in.csv", "--policy", "policy.yaml"] + asOf
        _ = try datamin(arguments + ["--write-baseline", "baseline.json"], in: folder)
        let result = try datamin(
            arguments + ["--baseline", "baseline.json", "--strip-out", "clean.csv", "--rejects-out", "rejects.csv"], in: folder)
        #expect(result.status == 0)
        let rejects = try String(contentsOf: folder.appendingPathComponent("rejects.csv"), encoding: .utf8)
        #expect(rejects.split(separator: "\n").count == 3)
    }

    @Test func aBaselineNeverHoldsValues() throws {
        let folder = try folder(Self.rows)
        let result = try datamin(
            ["validate", "in.csv", "--policy", "policy.yaml", "--show-values", "--write-baseline", "b.json"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--write-baseline does not go with --show-values"))
    }
}
