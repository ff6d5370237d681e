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

    @Test func jsonLinesInADotJSONFileGetsAHint() throws {
        let folder = try scratchFolder(["policy.yaml": testPolicy, "in.json": "{\"id\":\"1\"}\n{\"id\":\"2\"}\n"])
        let result = try datamin(["validate", "in.json", "--policy", "policy.yaml", "--purpose", "sales"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdoutLines.last?.contains("name the file .jsonl or pass --input-format jsonl") == true)
    }
}
