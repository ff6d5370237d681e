import DataMinCore
import DataMinTestSupport
import Foundation
import Testing

/// Inputs made to hurt: each must end quickly, in little memory, with a clear error or a
/// `malformed-record`. Bounds are generous (a debug build, a busy CI machine); the builds
/// before these limits took minutes or gigabytes on every one of them.
@Suite(.serialized) struct HostileInputTests {
    private let policyFiles = ["policy.yaml": testPolicy]
    private let header = "id,email,purpose,collected_at\n"
    private let validRecord = "\"id\":\"1\",\"email\":\"a@example.com\",\"purpose\":\"sales\",\"collected_at\":\"2026-01-01\""

    private func validate(_ file: String, in folder: URL, _ extra: [String] = []) throws -> MeasuredRun {
        try measuredDatamin(["validate", file, "--policy", "policy.yaml", "--as-of", "2026-11-29"] + extra, in: folder)
    }

    // MARK: - Time

    @Test func aJSONRecordWithAHundredThousandKeysIsOneMalformedRecord() throws {
        let folder = try scratchFolder(policyFiles)
        let keys = (0..<100_000).map { "\"k\($0)\":\"v\"" }.joined(separator: ",")
        try Data("{\(validRecord),\(keys)}\n".utf8).write(to: folder.appendingPathComponent("keys.jsonl"))
        let run = try validate("keys.jsonl", in: folder)
        #expect(run.result.status == 1)
        #expect(run.result.stdoutLines.count == 1)
        #expect(
            run.result.stdout.hasPrefix(
                "keys.jsonl:1: error: record is not valid JSON: record has more than 10000 keys (the limit) at column "))
        #expect(run.seconds < 10)
    }

    @Test func nineThousandUndeclaredKeysAreEachReportedInLinearTime() throws {
        let folder = try scratchFolder(policyFiles)
        let keys = (0..<9_000).map { "\"extra_\($0)\":\"v\"" }.joined(separator: ",")
        try writeRepeated("{\(validRecord),\(keys)}\n", count: 5, to: folder.appendingPathComponent("keys.jsonl"))
        let run = try validate("keys.jsonl", in: folder)
        #expect(run.result.status == 1)
        let undeclared = run.result.stdoutLines.filter { $0.hasSuffix("[undeclared-field]") }
        #expect(undeclared.count == 45_000)
        #expect(undeclared.last == "keys.jsonl:5: error: field 'extra_8999' is not declared in policy 'e2e' [undeclared-field]")
        #expect(run.seconds < 30)
    }

    @Test func aTenMegabyteFieldNameIsMalformedInAMoment() throws {
        let folder = try scratchFolder(policyFiles)
        let name = String(repeating: "a", count: 10_000_000)
        try Data("{\(validRecord),\"\(name)\":\"x\"}\n{\(validRecord)}\n".utf8).write(to: folder.appendingPathComponent("name.jsonl"))
        let run = try validate("name.jsonl", in: folder)
        #expect(
            run.result.stdoutLines == [
                "name.jsonl:1: error: record is not valid JSON: a key of 10000000 bytes is longer than field names may be (1024 bytes) at column 81 [malformed-record]"
            ])
        #expect(run.seconds < 10)
        #expect(run.peakBelow(200), "\(run.peakMiB ?? 0) MiB")
    }

    @Test func longUndeclaredNamesCostLittlePerRecord() throws {
        let folder = try scratchFolder(policyFiles)
        let name = String(repeating: "x", count: 1_000)
        try writeRepeated("{\(validRecord),\"\(name)\":\"x\"}\n", count: 2_000, to: folder.appendingPathComponent("names.jsonl"))
        let run = try validate("names.jsonl", in: folder, ["--all"])
        #expect(
            run.result.stdoutLines.filter {
                $0.hasSuffix("(1000 bytes; --show-values shows it) is not declared in policy 'e2e' [undeclared-field]")
            }.count == 2_000)
        #expect(run.seconds < 20)
    }

    @Test func aPolicyListOf160KilobytesLintsQuickly() throws {
        let items = (0..<9_999).map { "undeclared_\($0)" }.joined(separator: ", ")
        let folder = try scratchFolder([
            "p.yaml": testPolicy.replacingOccurrences(of: "optional: [name, phone, notes]", with: "optional: [\(items)]")
        ])
        let run = try measuredDatamin(["lint", "p.yaml"], in: folder)
        #expect(run.result.status == 2)
        #expect(run.result.stderr.hasSuffix("p.yaml: 9999 errors\n"))
        #expect(run.seconds < 5)
    }

    @Test func aPolicyCollectionPastTheItemLimitIsOneClearError() throws {
        let items = (0..<20_000).map { "f\($0)" }.joined(separator: ", ")
        let folder = try scratchFolder([
            "p.yaml": testPolicy.replacingOccurrences(of: "optional: [name, phone, notes]", with: "optional: [\(items)]")
        ])
        let run = try measuredDatamin(["lint", "p.yaml"], in: folder)
        #expect(run.result.status == 2)
        #expect(
            run.result.stdoutLines.first
                == "p.yaml:19:68906: error: list starting on line 19 has more than 10000 items; a policy is expected to be small")
        #expect(run.seconds < 10)
    }

    @Test func aPolicyWithoutAliasesPastTheNodeLimitSaysSoWithoutBlamingAliases() throws {
        let lists = (0..<11).map { list in "  l\(list): [" + (0..<9_500).map { "x\($0)" }.joined(separator: ", ") + "]" }
        let folder = try scratchFolder(["p.yaml": "version: 1\nname: big\nextra:\n" + lists.joined(separator: "\n") + "\n"])
        let run = try measuredDatamin(["lint", "p.yaml"], in: folder)
        #expect(run.result.status == 2)
        #expect(run.result.stdout.contains("error: document has more than 100000 nodes; a policy is expected to be small"))
        #expect(!run.result.stdout.contains("alias"))
    }

    @Test func lintOfAPolicyWithThousandsOfErrorsOnLongLinesPrintsLittle() throws {
        let fields = (0..<3_000).map { "f\($0): {type: nope}" }.joined(separator: ", ")
        let folder = try scratchFolder(["p.yaml": "version: 1\nname: x\nfields: {\(fields)}\npurposes: {}\n"])
        let run = try measuredDatamin(["lint", "p.yaml"], in: folder)
        #expect(run.result.status == 2)
        #expect(run.result.stdout.utf8.count < 64 << 10)
        #expect(run.result.stdoutLines.last == "p.yaml: 2901 more errors not shown; fix these first")
        // The echoed line is a window around the column, with the caret under it.
        let echoed = run.result.stdoutLines[1]
        let caret = run.result.stdoutLines[2]
        #expect(echoed.count <= 122)
        #expect(caret.hasSuffix("^"))
        #expect(run.seconds < 10)
    }

    // MARK: - Memory

    @Test func aHeaderOfTwoMillionEmptyCellsIsOneClearError() throws {
        let folder = try scratchFolder(policyFiles)
        try Data((String(repeating: ",", count: 2_000_000) + "\n1\n").utf8).write(to: folder.appendingPathComponent("wide.csv"))
        let run = try validate("wide.csv", in: folder)
        #expect(run.result.status == 2)
        #expect(run.result.stdout == "")
        #expect(
            run.result.stderr.hasPrefix(
                "wide.csv:1: error: the header row cannot be read: row has more than 10000 cells (the limit); the first row must name the columns\n"
            ))
        #expect(run.peakBelow(200), "\(run.peakMiB ?? 0) MiB")
    }

    @Test func rowsOfFifteenMebibytesOfCommasAreMalformedInBoundedMemory() throws {
        let folder = try scratchFolder(policyFiles)
        try writeRepeated(
            String(repeating: ",", count: 15 << 20) + "\n", count: 3, to: folder.appendingPathComponent("commas.csv"), header: header)
        let run = try validate("commas.csv", in: folder)
        #expect(
            run.result.stdoutLines
                == (2...4).map { "commas.csv:\($0): error: row has more than 104 cells; the header has 4 [malformed-record]" })
        #expect(run.peakBelow(300), "\(run.peakMiB ?? 0) MiB")
        #expect(run.seconds < 30)
    }

    @Test func batchesOfLongRowsAreCappedByBytes() throws {
        let folder = try scratchFolder(policyFiles)
        let notes = String(repeating: "n", count: 60_000)
        try writeRepeated(
            "1,a@example.com,sales,2026-01-01,\(notes)\n", count: 2_000, to: folder.appendingPathComponent("long.csv"),
            header: "id,email,purpose,collected_at,notes\n")
        let run = try validate("long.csv", in: folder)
        #expect(run.result.status == 0, "\(run.result.stdout.prefix(300))")
        #expect(run.result.stderr.hasPrefix("datamin: 1 file, 2000 records, 0 rejected"))
        // 120 MB of input: before the byte cap each batch of 2,048 rows held all of it.
        #expect(run.peakBelow(150), "\(run.peakMiB ?? 0) MiB")
    }

    /// One order word before a hundred thousand numbers: each number looks back to the number
    /// before it, not to the word (that was quadratic: minutes for this note).
    @Test func aNoteOfManyNumbersAfterOneOrderWordIsReadOnce() throws {
        let note = "order " + String(repeating: "1234567, ", count: 100_000)
        let folder = try scratchFolder(
            policyFiles.merging(["notes.csv": "id,email,purpose,collected_at,notes\n1,a@example.com,sales,2026-01-01,\"\(note)\"\n"]) { $1 }
        )
        let run = try validate("notes.csv", in: folder)
        #expect(run.result.stderr.hasPrefix("datamin: 1 file, 1 record, 0 rejected"), "\(run.result.stderr.prefix(300))")
        #expect(run.seconds < 20)
    }

    @Test func aPolicyLargerThanTheLimitIsRefusedBeforeItIsRead() throws {
        let folder = try scratchFolder(["in.csv": header])
        let url = folder.appendingPathComponent("huge.yaml")
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 100 << 20)  // sparse: 100 MB that cost no disk
        try handle.close()
        let run = try measuredDatamin(["validate", "in.csv", "--policy", "huge.yaml"], in: folder)
        #expect(run.result.status == 2)
        #expect(
            run.result.stderr
                == "huge.yaml: error: policy is larger than 4 MiB; a policy is expected to be small (is this the right file?)\n")
        #expect(run.peakBelow(100), "\(run.peakMiB ?? 0) MiB")
    }

    @Test(arguments: ["0", "65", "100000"])
    func jobsOutsideItsRangeIsAUsageError(jobs: String) throws {
        let result = try datamin(["validate", "fixtures/leads-clean.csv", "--policy", "policies/sales-contacts.yaml", "--jobs", jobs])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--jobs must be from 1 to 64"))
    }

    // MARK: - Smaller

    /// A file of no bytes, or of nothing but blank lines and a byte-order mark, is a failed
    /// export in every format (exit 2, SPEC §11.3): a failure with no finding and no record,
    /// not a pass with a warning and not a malformed record.
    @Test(arguments: [
        ("empty.csv", "", "is empty (0 bytes)"), ("empty.jsonl", "", "is empty (0 bytes)"), ("empty.json", "", "is empty (0 bytes)"),
        ("blank.csv", "\n\r\n", "holds no header and no record (3 bytes of blank lines, spaces or marks)"),
        ("mark.csv", "\u{FEFF}", "holds no header and no record (3 bytes of blank lines, spaces or marks)"),
        ("blank.jsonl", "\n \n", "holds no header and no record (3 bytes of blank lines, spaces or marks)"),
        ("blank.json", "  \n\t\n", "holds no header and no record (5 bytes of blank lines, spaces or marks)"),
        ("spaces.csv", "   \r\n\t\r\n", "holds no header and no record (8 bytes of blank lines, spaces or marks)"),
        ("separator.csv", "sep=;\r\n", "holds no header and no record (7 bytes of blank lines, spaces or marks)"),
    ])
    func anInputOfNothingButWhiteSpaceFailsInEveryFormat(name: String, text: String, what: String) throws {
        let folder = try scratchFolder(policyFiles.merging([name: text]) { $1 })
        let result = try datamin(["validate", name, "--policy", "policy.yaml", "--format", "json", "--output", "r.json"], in: folder)
        #expect(result.status == 2)
        #expect(
            result.stderr.hasPrefix(
                "\(name): error: the input \(what), which an export that ran never is; export it again, or remove it from the run\n"))
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("r.json"))) as? [String: Any]
        let failures = report?["failures"] as? [[String: Any]]
        #expect(failures?.map { $0["code"] as? String } == ["input-empty"])
        let stats = report?["stats"] as? [String: Any]
        #expect(stats?["records"] as? Int == 0)
        #expect(stats?["errors"] as? Int == 0)
        #expect(stats?["warnings"] as? Int == 0)
        // The input was read whole, so its size and digest are evidence of what arrived.
        let file = (report?["files"] as? [[String: Any]])?.first
        #expect(file?["bytes"] as? Int == text.utf8.count)
        #expect(file?["sha256"] as? String == SuppressionList.hex(SHA256.hash(Array(text.utf8))))
    }

    /// Where a `.json` array breaks, the rejects file holds the records read before it, as
    /// they were, and no record made up for the break.
    @Test func aBrokenArrayPutsNoMadeUpRecordInTheRejects() throws {
        let broken = "[\n{\(validRecord),\"x\":\"1\"}\n{\(validRecord)}\n]\n"
        let folder = try scratchFolder(policyFiles.merging(["in.json": broken]) { $1 })
        let result = try datamin(
            ["validate", "in.json", "--policy", "policy.yaml", "--as-of", "2026-11-29", "--rejects-out", "rejects.json"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.contains("in.json:3: error: expected ',' or ']' after record 1 on line 3; the rest of the file was not read"))
        let rejects = try String(contentsOf: folder.appendingPathComponent("rejects.json"), encoding: .utf8)
        #expect(rejects == "[\n  {\(validRecord),\"x\":\"1\"}\n]\n")
    }

    /// A comma before the closing bracket ends the array: no record is made up for it.
    @Test func aCommaBeforeTheClosingBracketMakesNoRecord() throws {
        let folder = try scratchFolder(policyFiles.merging(["in.json": "[\n{\(validRecord)},\n{\(validRecord)},\n]\n"]) { $1 })
        let result = try validateWithCopies(in: folder)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stderr.hasPrefix("datamin: 1 file, 2 records, 0 rejected, 0 errors"))
        #expect(try String(contentsOf: folder.appendingPathComponent("rejects.json"), encoding: .utf8) == "[\n]\n")
    }

    /// A record that breaks on a later line of its own is located at that line and column of
    /// the file, not at a count of bytes from where the record starts.
    @Test func aBreakInsideAPrettyPrintedRecordNamesItsLineAndColumn() throws {
        let pretty = "[\n  {\n    \"id\": \"1\",\n    \"note\": \"x\" \"y\"\n  }\n]\n"
        let folder = try scratchFolder(policyFiles.merging(["in.json": pretty]) { $1 })
        let result = try datamin(["validate", "in.json", "--policy", "policy.yaml", "--as-of", "2026-11-29"], in: folder)
        #expect(
            result.stdoutLines.first
                == "in.json:2: error: record is not valid JSON: expected ',' or '}' at line 4, column 17 [malformed-record]")
        // On the record's first line, the column is the file's too, not a count from the record's start.
        let indented = try scratchFolder(
            policyFiles.merging(["in.json": "[\n  {\"id\": \"1\" \"x\": 1}\n]\n", "in.jsonl": "   {\"id\": \"1\" \"x\": 1}\n"]) { $1 })
        let array = try datamin(["validate", "in.json", "--policy", "policy.yaml", "--as-of", "2026-11-29"], in: indented)
        #expect(
            array.stdoutLines.first == "in.json:2: error: record is not valid JSON: expected ',' or '}' at column 14 [malformed-record]")
        let lines = try datamin(["validate", "in.jsonl", "--policy", "policy.yaml", "--as-of", "2026-11-29"], in: indented)
        #expect(
            lines.stdoutLines.first == "in.jsonl:1: error: record is not valid JSON: expected ',' or '}' at column 15 [malformed-record]")
    }

    /// `in.json` validated with a minimised copy (`strip.json`) and the rejects (`rejects.json`).
    func validateWithCopies(in folder: URL) throws -> CLIResult {
        try datamin(
            [
                "validate", "in.json", "--policy", "policy.yaml", "--as-of", "2026-11-29", "--rejects-out", "rejects.json", "--strip-out",
                "strip.json",
            ],
            in: folder)
    }

    /// A file cut off inside its last record: the rejects file keeps that record's start as
    /// read, so that it and the minimised copy still hold every record once (SPEC §6).
    @Test func aTruncatedLastRecordGoesToTheRejectsAsRead() throws {
        let truncated = "[\n{\(validRecord)},\n{\"id\":\"2\",\"email\":\"cut@exam"
        let folder = try scratchFolder(policyFiles.merging(["in.json": truncated]) { $1 })
        let result = try validateWithCopies(in: folder)
        #expect(result.status == 1)
        #expect(
            result.stdoutLines == [
                "in.json:3: error: record starting on line 3 is never completed (a truncated file?); the rest of the file was not read [malformed-record]"
            ])
        let rejects = try String(contentsOf: folder.appendingPathComponent("rejects.json"), encoding: .utf8)
        #expect(rejects == "[\n  {\"id\":\"2\",\"email\":\"cut@exam\n]\n")
        let kept = try String(contentsOf: folder.appendingPathComponent("strip.json"), encoding: .utf8)
        #expect(kept == "[\n  {\(validRecord)}\n]\n")
    }

    /// A lone object with text after it is the file's one record, malformed: numbered 1,
    /// and copied to the rejects as it was read.
    @Test func aLoneObjectWithTextAfterItIsRecordOneAndGoesToTheRejects() throws {
        let folder = try scratchFolder(policyFiles.merging(["in.json": "{\(validRecord)}\ntrailing\n"]) { $1 })
        let result = try validateWithCopies(in: folder)
        #expect(result.status == 1)
        #expect(
            result.stdoutLines.first
                == "in.json:1: error: text after the top-level object on line 2; a .json file holds one array or one object (for one "
                + "object per line, name the file .jsonl or pass --input-format jsonl); the rest of the file was not read [malformed-record]"
        )
        let rejects = try String(contentsOf: folder.appendingPathComponent("rejects.json"), encoding: .utf8)
        #expect(rejects == "[\n  {\(validRecord)}\n]\n")
        let report = try datamin(["validate", "in.json", "--policy", "policy.yaml", "--format", "json"], in: folder)
        #expect(report.stdout.contains("\"record\": 1,"))
    }

    @Test func aQuoteLeftOpenInTheHeaderIsOneClearError() throws {
        let folder = try scratchFolder(policyFiles)
        try writeRepeated(
            "1,a@example.com,sales,2026-01-01\n", count: 100_000, to: folder.appendingPathComponent("open.csv"),
            header: "\"id,email,purpose,collected_at\n")
        let run = try validate("open.csv", in: folder)
        #expect(run.result.status == 2)
        #expect(run.result.stdout == "")
        #expect(
            run.result.stderr.hasPrefix(
                "open.csv:1: error: the header row cannot be read: quoted field opened on line 1 is never closed; the first row must name the columns\n"
            ))
        #expect(run.seconds < 10)
    }

    @Test func aDirectoryAsPolicyOrInputSaysItIsADirectory() throws {
        let folder = try scratchFolder(policyFiles.merging(["d/x": ""]) { $1 })
        let asPolicy = try datamin(["validate", "x.csv", "--policy", "d"], in: folder)
        #expect(asPolicy.status == 2)
        #expect(asPolicy.stderr == "d: error: cannot read policy: it is a directory; name a file\n")
        let asInput = try datamin(["validate", "d", "--policy", "policy.yaml", "--input-format", "csv"], in: folder)
        #expect(asInput.status == 2)
        #expect(asInput.stderr.hasPrefix("d: error: cannot read input: it is a directory\n"))
    }

    @Test func aPolicyReadFromAFIFOWorks() throws {
        let folder = try scratchFolder(["in.csv": header + "1,a@example.com,sales,2026-01-01\n"])
        let fifo = folder.appendingPathComponent("policy.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let writer = Thread {
            if let handle = FileHandle(forWritingAtPath: fifo) {
                handle.write(Data(testPolicy.utf8))
                try? handle.close()
            }
        }
        writer.start()
        let result = try datamin(["validate", "in.csv", "--policy", "policy.fifo", "--as-of", "2026-11-29"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
    }
}
