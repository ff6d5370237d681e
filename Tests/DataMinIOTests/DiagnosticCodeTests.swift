import DataMinCore
import DataMinTestSupport
import Testing

@testable import DataMinIO

struct DiagnosticCodeTests {
    @Test func aHeaderThatCannotNameColumnsHasTheHeaderCode() throws {
        let path = try temporaryFile("t.csv", "id,\"open\n")
        let error = #expect(throws: Diagnostic.self) { try CSVReader(source: ByteSource(path: path), delimiter: nil) }
        #expect(error?.code == .inputHeaderInvalid)
    }

    @Test func codesAreStableKebabCaseNames() {
        #expect(
            Diagnostic.Code.allCases.map(\.rawValue) == [
                "yaml-syntax", "policy-invalid", "config-invalid", "file-unreadable", "file-too-large", "suppression-list-invalid",
                "baseline-invalid",
                "input-format-unknown", "input-encoding-unsupported", "input-header-invalid", "input-empty", "output-unwritable",
                "output-conflict",
                "database-failure",
            ])
    }
}
