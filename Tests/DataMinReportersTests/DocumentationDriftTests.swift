import DataMinCore
import DataMinTestSupport
import Foundation
import Testing

@testable import DataMinReporters

/// Documents that restate the check descriptions are generated from them; these tests
/// fail when one drifts. Regenerate docs/checks.md's table with `datamin checks --format
/// markdown`, README's with `CheckCatalogue.markdownSummary()`.
struct DocumentationDriftTests {
    /// The text between the generated-table markers of `file`.
    static func generatedBlock(of file: String) throws -> String {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent(file), encoding: .utf8)
        let start = try #require(text.range(of: "<!-- generated: "))
        let body = try #require(text[start.upperBound...].range(of: "-->\n"))
        let end = try #require(text.range(of: "<!-- end of generated table -->"))
        return String(text[body.upperBound..<end.lowerBound])
    }

    @Test func theChecksTableOfTheDocsIsTheDescriptions() throws {
        #expect(try Self.generatedBlock(of: "docs/checks.md") == CheckCatalogue.render(as: .markdown))
    }

    @Test func theChecksTableOfTheReadmeIsTheDescriptions() throws {
        #expect(try Self.generatedBlock(of: "README.md") == CheckCatalogue.markdownSummary())
    }

    /// Every check says when it fires and what to do, in words of its own.
    @Test func everyCheckHasDetailsAndARemedy() {
        for check in CheckInfo.all {
            #expect(check.details.count > check.summary.count / 2, "\(check.id)")
            #expect(check.remedy.hasSuffix(".") || check.remedy.hasSuffix(")"), "\(check.id)")
        }
        #expect(Set(CheckInfo.all.map(\.remedy)).count == CheckInfo.all.count)
    }
}

extension DocumentationDriftTests {
    /// docs/policy.schema.json is what `datamin schema` prints: regenerate it with
    /// `datamin schema > docs/policy.schema.json`.
    @Test func theSchemaFileIsTheSchemaTheCommandPrints() throws {
        let file = try String(contentsOf: repositoryRoot.appendingPathComponent("docs/policy.schema.json"), encoding: .utf8)
        #expect(file == PolicySchema.render())
    }
}
