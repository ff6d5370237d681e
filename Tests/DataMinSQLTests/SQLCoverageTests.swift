import DataMinCore
import DataMinTestSupport
import Foundation
import Testing

@testable import DataMinSQL

/// Every check says how SQL decides it (``CheckID/sqlCoverage``), and the compiler keeps its
/// word: what is decided in the query has a row hit or comes from the catalogue, and what is
/// not is named by `--explain`.
struct SQLCoverageTests {
    @Test func theQueryDecidesExactlyTheChecksThatSayItDoes() throws {
        let folder = repositoryRoot.appendingPathComponent("Scripts/sql")
        let policy = try Policy(contentsOf: folder.appendingPathComponent("equivalence-policy.yaml"))
        let validator = Validator(
            policy: policy, asOf: CalendarDate(iso: "2026-11-30")!, dueWithin: ISODuration("P90D"),
            suppression: try SuppressionList(contentsOf: folder.appendingPathComponent("equivalence-erased.txt").path))
        let compiler = SQLCompiler(
            validator: validator, dialect: .duckdb, target: SQLTarget(table: "t", key: "id", suppressionTable: "erased"))
        let decided = Set<CheckID>(compiler.rowHits().compactMap(\.check)).union([.undeclaredField, .specialCategoryField])
        let explanation = compiler.explanation()
        for check in CheckID.allCases {
            switch check.sqlCoverage {
            case .query: #expect(decided.contains(check), "\(check) says the query decides it")
            case .secondPass, .notDecided:
                #expect(!decided.contains(check))
                #expect(explanation.contains(check.rawValue), "\(check) is not named by --explain")
            }
        }
    }
}
