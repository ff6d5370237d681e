import DataMinTestSupport
import Foundation
import Testing

@Suite(.serialized) struct MessyFileTests {
    @Test func aBlankHeaderCellIsNamedByItsColumn() throws {
        let folder = try scratchFolder(["policy.yaml": testPolicy, "in.csv": "id,email,collected_at,\n1,a@example.com,2026-01-01,\n"])
        let result = try datamin(
            ["validate", "in.csv", "--policy", "policy.yaml", "--purpose", "sales", "--as-of", "2026-11-29"], in: folder)
        #expect(
            result.stdoutLines == [
                "in.csv:1:4: error: a field has an empty name; name it after a declared field or remove it [undeclared-field]"
            ])
    }

    /// SPEC §4: a header cell's line is where the cell starts, so a quoted name holding a
    /// line break (\n, \r\n or a lone \r) moves the names after it to later lines.
    @Test(arguments: ["\n", "\r\n", "\r"])
    func aHeaderNameAfterAQuotedLineBreakIsOnTheNextLine(lineBreak: String) throws {
        let header = "id,\"collected\(lineBreak)at\",email,zz,email\n"
        let folder = try scratchFolder(["policy.yaml": testPolicy, "in.csv": header + "1,2026-01-01,a@example.com,y,b@example.com\n"])
        let result = try datamin(
            ["validate", "in.csv", "--policy", "policy.yaml", "--purpose", "sales", "--as-of", "2026-11-29"], in: folder)
        let withheld = "a field whose name looks like data (\(11 + lineBreak.utf8.count) bytes; --show-values shows it)"
        #expect(
            result.stdoutLines.prefix(3) == [
                "in.csv:1:2: error: \(withheld) is not declared in policy 'e2e' [undeclared-field]",
                "in.csv:2:4: error: field 'zz' is not declared in policy 'e2e' [undeclared-field]",
                "in.csv:2:5: error: column 5 repeats the header name 'email' of column 3; the repeat is not validated [duplicate-field]",
            ])
    }

    /// A header cell's line does not move for a name whose bytes were repaired (not UTF-8)
    /// or whose doubled quotes were undone: only its line breaks move the next names.
    @Test func headerLinesCountOnlyTheNamesLineBreaks() throws {
        let folder = try scratchFolder(["policy.yaml": testPolicy])
        let badByte = Data("id,n".utf8) + Data([0xE9]) + Data("m,zz\n1,x,y\n2,x,y\n".utf8)
        try badByte.write(to: folder.appendingPathComponent("bad.csv"))
        try Data("id,\"a\"\"\n\",zz\n1,x,y\n".utf8).write(to: folder.appendingPathComponent("quotes.csv"))
        let arguments = ["--policy", "policy.yaml", "--purpose", "sales", "--as-of", "2026-11-29", "--format", "json"]
        // The line of each header column a finding names.
        for (file, expected) in [("bad.csv", [2: 1, 3: 1]), ("quotes.csv", [2: 1, 3: 2])] {
            let result = try datamin(["validate", file] + arguments, in: folder)
            let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            let violations = ((report?["files"] as? [[String: Any]])?.first?["violations"] as? [[String: Any]]) ?? []
            var lines: [Int: Int] = [:]
            for violation in violations where violation["record"] is NSNull {
                if let column = violation["column"] as? Int { lines[column] = violation["line"] as? Int }
            }
            #expect(lines == expected, "\(file): \(violations)")
        }
    }

    @Test func jsonLinesInADotJSONFileGetsAHint() throws {
        let folder = try scratchFolder(["policy.yaml": testPolicy, "in.json": "{\"id\":\"1\"}\n{\"id\":\"2\"}\n"])
        let result = try datamin(["validate", "in.json", "--policy", "policy.yaml", "--purpose", "sales"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdoutLines.last?.contains("name the file .jsonl or pass --input-format jsonl") == true)
    }

    /// SPEC §3: a malformed record is rejected whatever the check's severity. Its cells were
    /// not checked, so admitting it would put an empty row in the minimised copy and lose it.
    @Test(arguments: ["warning", "off"])
    func aMalformedRowIsRejectedWhateverTheCheckSeverity(severity: String) throws {
        let policy = testPolicy + "checks:\n  malformed-record: \(severity)\n"
        let header = "id,email,purpose,collected_at\n"
        let rows = "2,b@example.com\n3,c@example.com,sales,2026-01-01,extra\n4,\"d\"x,sales,2026-01-01\n"
        let folder = try scratchFolder(["policy.yaml": policy, "in.csv": header + "1,a@example.com,sales,2026-01-01\n" + rows])
        let result = try datamin(
            [
                "validate", "in.csv", "--policy", "policy.yaml", "--as-of", "2026-11-29", "--strip-out", "strip.csv", "--rejects-out",
                "rejects.csv",
            ],
            in: folder)
        #expect(result.status == 0)
        #expect(result.stdoutLines.count == (severity == "off" ? 0 : 3))
        #expect(result.stderr.contains("1 file, 4 records, 3 rejected, 0 errors, \(severity == "off" ? 0 : 3) warnings"))
        let strip = try String(contentsOf: folder.appendingPathComponent("strip.csv"), encoding: .utf8)
        #expect(strip == header + "1,a@example.com,sales,2026-01-01\n")
        let rejects = try String(contentsOf: folder.appendingPathComponent("rejects.csv"), encoding: .utf8)
        #expect(rejects == header + rows)
        // With the check off nothing else would say where the three records went.
        let hint = "in.csv: 3 malformed records were rejected without a finding ('malformed-record' is off)"
        #expect(result.stderr.contains(hint) == (severity == "off"))
    }

    /// The same for JSON Lines: a line that is not an object goes to the rejects as written.
    @Test func aMalformedJSONLineIsRejectedUnderAWarning() throws {
        let policy = testPolicy + "checks:\n  malformed-record: warning\n"
        let good = #"{"id":"1","email":"a@example.com","purpose":"sales","collected_at":"2026-01-01"}"#
        let folder = try scratchFolder(["policy.yaml": policy, "in.jsonl": good + "\n[1,2]\n{\"id\":\n"])
        let result = try datamin(
            [
                "validate", "in.jsonl", "--policy", "policy.yaml", "--as-of", "2026-11-29", "--strip-out", "strip.jsonl", "--rejects-out",
                "rejects.jsonl",
            ],
            in: folder)
        #expect(result.status == 0)
        #expect(result.stdoutLines.count == 2)
        #expect(try String(contentsOf: folder.appendingPathComponent("strip.jsonl"), encoding: .utf8) == good + "\n")
        #expect(try String(contentsOf: folder.appendingPathComponent("rejects.jsonl"), encoding: .utf8) == "[1,2]\n{\"id\":\n")
    }

    /// SPEC §6: rejected records are written unchanged, so they can be fixed and run again:
    /// a byte that is not UTF-8 stays that byte, in a row that was read and in one that was not.
    @Test func rejectedRowsKeepBytesThatAreNotUTF8() throws {
        let header = Array("id,email,purpose,collected_at\n".utf8)
        let badEmail = Array("1,j".utf8) + [0xFC] + Array("rgen@example.com,sales,2026-01-01\n".utf8)
        let brokenRow = Array("2,\"a\"\"".utf8) + [0xFC] + Array("\"\"b\"x,sales,2026-01-01\n".utf8)
        // Doubled quotes undone in a cell whose bytes are repaired: written back quoted, byte for byte.
        let quotedCell = Array("3,\"j\"\"".utf8) + [0xFC] + Array("r,gen\"\"@example.com\",sales,2026-01-01\n".utf8)
        let input = try temporaryFile(
            "in.csv", header + badEmail + brokenRow + quotedCell + Array("4,ok@example.com,sales,2026-01-01\n".utf8))
        let folder = URL(fileURLWithPath: input).deletingLastPathComponent()
        try testPolicy.write(to: folder.appendingPathComponent("policy.yaml"), atomically: true, encoding: .utf8)
        let result = try datamin(
            ["validate", "in.csv", "--policy", "policy.yaml", "--as-of", "2026-11-29", "--rejects-out", "rejects.csv"], in: folder)
        #expect(result.status == 1)
        #expect(Array(try Data(contentsOf: folder.appendingPathComponent("rejects.csv"))) == header + badEmail + brokenRow + quotedCell)
    }

    /// Input read in a legacy encoding is written in UTF-8 (SPEC §8.1): its rejects hold the
    /// decoded text, and a byte the encoding leaves undefined (0x81 in windows-1252) as U+FFFD,
    /// in a row that was read and in one that was not.
    @Test func rejectsOfALegacyEncodingAreUTF8() throws {
        let header = Array("id,email,purpose,collected_at\n".utf8)
        let row = Array("1,j".utf8) + [0xFC, 0x81] + Array("@example.com,sales,2026-01-01\n".utf8)
        let broken = Array("2,\"a\"".utf8) + [0x81] + Array("b,sales,2026-01-01\n".utf8)
        let input = try temporaryFile("in.csv", header + row + broken)
        let folder = URL(fileURLWithPath: input).deletingLastPathComponent()
        try testPolicy.write(to: folder.appendingPathComponent("policy.yaml"), atomically: true, encoding: .utf8)
        let result = try datamin(
            [
                "validate", "in.csv", "--policy", "policy.yaml", "--as-of", "2026-11-29", "--encoding", "windows-1252", "--rejects-out",
                "r.csv",
            ],
            in: folder)
        #expect(result.status == 1)
        let expected = "id,email,purpose,collected_at\n1,jü\u{FFFD}@example.com,sales,2026-01-01\n2,\"a\"\u{FFFD}b,sales,2026-01-01\n"
        #expect(try String(contentsOf: folder.appendingPathComponent("r.csv"), encoding: .utf8) == expected)
    }

    /// A null object whose fields the policy declares by dotted path holds none of them: they
    /// are absent, as in `{}`, not an undeclared field. Checked on the path that reads JSON
    /// members in place and on the one that builds records for the minimised copy.
    @Test(arguments: [false, true])
    func aNullParentOfDeclaredNestedFieldsIsAbsent(writesCopy: Bool) throws {
        let policy = testPolicy.replacingOccurrences(
            of: "  notes: { type: text }\n", with: "  notes: { type: text }\n  address.city: { type: string }\n"
        )
        .replacingOccurrences(of: "optional: [name, phone, notes]", with: "optional: [name, phone, notes, address.city]")
        let records = #"""
            [{"id":"1","email":"a@example.com","address":null,"collected_at":"2026-01-01"},
            {"id":"2","email":"b@example.com","address":{},"collected_at":"2026-01-01"}]
            """#
        let folder = try scratchFolder(["policy.yaml": policy, "in.json": records])
        let copy = writesCopy ? ["--strip-out", "strip.json"] : []
        let result = try datamin(
            ["validate", "in.json", "--policy", "policy.yaml", "--purpose", "sales", "--as-of", "2026-11-29"] + copy, in: folder)
        #expect(result.stdout == "")
        #expect(result.status == 0)
        if writesCopy {
            let strip = try String(contentsOf: folder.appendingPathComponent("strip.json"), encoding: .utf8)
            #expect(strip.contains(#"{"id":"1","email":"a@example.com","collected_at":"2026-01-01"}"#))
        }
    }

    /// A header that spells every declared name another way (a Salesforce Data Loader export
    /// writes `ID,EMAIL`) names its columns: each is an undeclared field with its did-you-mean,
    /// not a first row of data.
    /// A data row may hold words that spell declared names (`Phone`, `Name`): with any
    /// other cell it is still refused as data, and no cell is quoted.
    @Test func aDataRowWithSomeFieldWordsIsStillRefusedQuotingNoCell() throws {
        let folder = try scratchFolder(["policy.yaml": testPolicy, "in.csv": "Jane Doe,diabetes,Phone,Name\nx,y,z,w\n"])
        let result = try datamin(
            ["validate", "in.csv", "--policy", "policy.yaml", "--purpose", "sales", "--as-of", "2026-11-29"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("none of the 4 cells of the first row names a field of policy 'e2e'"))
        #expect(!result.stdout.contains("Jane") && !result.stderr.contains("Jane") && !result.stderr.contains("diabetes"))
    }

    @Test func aHeaderInCapitalsIsUndeclaredFieldsWithADidYouMean() throws {
        let folder = try scratchFolder(["policy.yaml": testPolicy, "in.csv": "ID,EMAIL\n1,a@example.com\n"])
        let result = try datamin(
            ["validate", "in.csv", "--policy", "policy.yaml", "--purpose", "sales", "--as-of", "2026-11-29"], in: folder)
        #expect(result.status == 1)
        #expect(
            Array(result.stdoutLines.prefix(2)) == [
                "in.csv:1:1: error: field 'ID' is not declared in policy 'e2e'; did you mean 'id'? [undeclared-field]",
                "in.csv:1:2: error: field 'EMAIL' is not declared in policy 'e2e'; did you mean 'email'? [undeclared-field]",
            ])
    }

    /// A JSON key is an undeclared field with the did-you-mean a CSV header name gets, when
    /// the record lacks the field it stands for; a record that has it gets none.
    @Test func anUndeclaredJSONKeyGetsADidYouMean() throws {
        let records = #"""
            {"id":"1","Email":"a@example.com","purpose":"sales","collected_at":"2026-01-01"}
            {"id":"2","email":"b@example.com","Email":"b@example.com","purpose":"sales","collected_at":"2026-01-01"}
            """#
        let folder = try scratchFolder(["policy.yaml": testPolicy, "in.jsonl": records + "\n"])
        let result = try datamin(["validate", "in.jsonl", "--policy", "policy.yaml", "--as-of", "2026-11-29"], in: folder)
        #expect(result.status == 1)
        #expect(
            result.stdoutLines.contains(
                "in.jsonl:1: error: field 'Email' is not declared in policy 'e2e'; did you mean 'email'? [undeclared-field]"))
        #expect(result.stdoutLines.contains("in.jsonl:2: error: field 'Email' is not declared in policy 'e2e' [undeclared-field]"))
    }
}
