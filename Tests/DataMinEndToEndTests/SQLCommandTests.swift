import Foundation
import Testing

/// `datamin sql`: the query printed for each engine, and the usage errors.
struct SQLCommandTests {
    @Test(arguments: ["postgres", "duckdb", "spark"])
    func printsOneQueryWithItsLimitsForEachDialect(_ dialect: String) throws {
        let result = try datamin([
            "sql", "--policy", "Scripts/sql/equivalence-policy.yaml", "--table", "crm contacts", "--key", "id", "--dialect", dialect,
            "--as-of", "2026-11-30",
        ])
        #expect(result.status == 0)
        #expect(
            result.stdoutLines.first
                == "-- datamin 0.1.0: policy 'sql-equivalence', table crm contacts, key id, dialect \(dialect), as of 2026-11-30")
        #expect(result.stdout.contains("--   - erased-subject: pass --suppression-table with a table of the suppression list's hashes"))
        #expect(result.stdout.hasSuffix(";\n"))
        #expect(result.stdout.components(separatedBy: ";\n").count == 2)
    }

    @Test func explainListsTheDecidedChecksAndTheRest() throws {
        let result = try datamin([
            "sql", "--policy", "Scripts/sql/equivalence-policy.yaml", "--table", "t", "--key", "id", "--dialect", "duckdb", "--explain",
        ])
        #expect(result.status == 0)
        let decided = result.stdout.components(separatedBy: "Not decided in SQL:")[0]
        for check in ["invalid-value", "consent-withdrawn", "duplicate-subject", "undeclared-field", "special-category-field"] {
            #expect(decided.contains("  \(check)\n"))
        }
        #expect(!decided.contains("pii-in-free-text"))
        #expect(result.stdout.contains("  - invalid-value on 'code': its pattern runs in the engine's regular-expression dialect\n"))
    }

    @Test func anUnknownPurposeOrDialectIsAUsageError() throws {
        let purpose = try datamin([
            "sql", "--policy", "Scripts/sql/equivalence-policy.yaml", "--table", "t", "--key", "id", "--dialect", "postgres", "--purpose",
            "marketing",
        ])
        #expect(purpose.status == 2)
        #expect(purpose.stderr.contains("unknown purpose 'marketing' for --purpose"))
        let dialect = try datamin([
            "sql", "--policy", "Scripts/sql/equivalence-policy.yaml", "--table", "t", "--key", "id", "--dialect", "oracle",
        ])
        #expect(dialect.status == 2)
        #expect(dialect.stdout.isEmpty)
    }
}
