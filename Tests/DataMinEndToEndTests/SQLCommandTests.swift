import DataMinCore
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
                == "-- datamin \(DataMinVersion.current): policy 'sql-equivalence', table crm contacts, key id, dialect \(dialect), as of 2026-11-30"
        )
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
        // A pattern means the same in every engine (docs/policy-format.md, "Patterns"): it is decided in SQL.
        #expect(!result.stdout.contains("pattern"))
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

    /// The default build has no database library: --database says how to get one, exit 2.
    @Test func validateDatabaseNeedsItsOptionsAndTheTrait() throws {
        let policy = "Scripts/sql/equivalence-policy.yaml"
        let alone = try datamin(["validate", "--policy", policy, "--database", "postgresql://u:pw@localhost/crm"])
        #expect(alone.status == 2)
        #expect(alone.stderr.contains("--database needs --table and --key"))
        let stray = try datamin(["validate", "--policy", policy, "--table", "contacts", "fixtures/leads-clean.csv"])
        #expect(stray.status == 2)
        #expect(stray.stderr.contains("--table goes with --database"))
        let withFile = try datamin([
            "validate", "--policy", policy, "--database", "", "--table", "t", "--key", "id", "fixtures/leads-clean.csv",
        ])
        #expect(withFile.status == 2)
        #expect(withFile.stderr.contains("it takes no FILE"))
        let run = try datamin([
            "validate", "--policy", policy, "--database", "postgresql://u:s3cretpw@localhost/crm", "--table", "t", "--key", "id",
        ])
        #expect(run.status == 2)
        #expect(!run.stderr.contains("s3cretpw") && !run.stdout.contains("s3cretpw"))
        #expect(
            run.stderr.contains(
                "--database: error: this datamin was built without PostgreSQL support; build it with 'swift build --traits PostgreSQL' (needs libpq-dev)"
            ) || run.stderr.contains("cannot connect to PostgreSQL"))
    }
}
