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
}
