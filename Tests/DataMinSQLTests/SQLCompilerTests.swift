import DataMinCore
import Foundation
import Testing

@testable import DataMinSQL

/// The SQL compiler's own decisions, checked without an engine; Scripts/sql/equivalence.py
/// runs the queries on PostgreSQL, DuckDB and Spark and compares them with file runs.
struct SQLCompilerTests {
    static let policy = """
        version: 1
        name: sql-unit
        subject: email
        record: { purpose: purpose, birth_date: born }
        timezone: Europe/Amsterdam
        fields:
          id: { type: string, personal: false }
          email: { type: email }
          purpose: { type: string, personal: false }
          born: { type: date }
          mobile: { type: phone, format: national, region: NL }
          created: { type: datetime, format: "yyyy-MM-dd HH:mm" }
          collected: { type: date }
        purposes:
          sales:
            lawful_basis: [contract]
            required: [id, email]
            optional: [mobile]
            retention: { period: P2Y, from: collected }
          events:
            lawful_basis: [contract]
            min_age: 16
            required: [id]
            optional: [created]
            retention: { period: P1Y, from: created }
        checks:
          duplicate-subject: "off"
        """

    static func compiler(_ dialect: SQLDialect = .postgres, purpose: String? = nil) throws -> SQLCompiler {
        let validator = Validator(policy: try Policy(yaml: policy), asOf: CalendarDate(iso: "2026-11-30")!)
        return SQLCompiler(
            validator: validator, dialect: dialect, target: SQLTarget(table: "crm.contacts list", key: "id", purpose: purpose))
    }

    @Test func whatSQLCannotDecideIsNamedInTheHeaderAndByExplain() throws {
        let compiler = try Self.compiler()
        let query = compiler.findingsQuery()
        let explanation = compiler.explanation()
        for text in [
            "invalid-value on 'mobile': phone numbers in international or national format are not checked in SQL",
            "consent, objection and retention checks that read 'created': local times in Europe/Amsterdam need datamin's time-zone rules",
            "pii-in-free-text, special-category-in-free-text",
        ] {
            #expect(query.contains("--   - " + text))
            #expect(explanation.contains("  - " + text))
        }
        // The zoned field's retention is left out, not guessed; the other purpose's stays.
        let hits = compiler.rowHits()
        #expect(!hits.contains { $0.check == .retentionExceeded && $0.purpose == "'events'" })
        #expect(hits.contains { $0.check == .retentionExceeded && $0.purpose == "'sales'" })
        #expect(!explanation.contains("duplicate-subject"))
        #expect(!query.contains("'duplicate-subject'"))
    }

    /// The whole row is named by the table's alias alone, which an engine reads as a column
    /// of that name first: the alias is never a declared field's name or the key's.
    @Test(arguments: SQLDialect.allCases)
    func theTablesAliasIsNoColumnsName(_ dialect: SQLDialect) throws {
        let policy = """
            version: 1
            name: aliases
            record: { purpose: purpose }
            fields:
              t: { type: string }
              DATAMIN_ROW: { type: string }
              purpose: { type: string, personal: false }
              at: { type: date }
            purposes:
              sales: { lawful_basis: contract, optional: [t, DATAMIN_ROW], retention: { period: P1Y, from: at } }
            """
        let validator = Validator(policy: try Policy(yaml: policy), asOf: CalendarDate(iso: "2026-11-30")!)
        let compiler = SQLCompiler(
            validator: validator, dialect: dialect, target: SQLTarget(table: "contacts", key: "datamin_row_", purpose: nil))
        #expect(compiler.rowAlias == "datamin_row__")
        #expect(compiler.findingsQuery().contains(" AS datamin_row__"))
    }

    @Test(arguments: SQLDialect.allCases)
    func identifiersAreQuotedForEachDialect(_ dialect: SQLDialect) throws {
        let query = try Self.compiler(dialect).findingsQuery()
        switch dialect {
        case .postgres, .duckdb:
            #expect(dialect.identifier("first \"name\"") == "\"first \"\"name\"\"\"")
            #expect(query.contains("FROM \"crm\".\"contacts list\" AS datamin_row"))
        case .spark:
            #expect(dialect.identifier("first `name`") == "`first ``name```")
            #expect(query.contains("FROM `crm`.`contacts list` AS datamin_row"))
        }
        // Spark before 4.1 reads '' as two strings joined, so a quote is \' there.
        #expect(dialect.literal("o'neil") == (dialect == .spark ? "'o\\'neil'" : "'o''neil'"))
    }

    @Test func sparkLiteralsDoubleTheirBackslashes() {
        #expect(SQLDialect.spark.literal("\\d") == "'\\\\d'")
        // PostgreSQL gets an E'' string, read the same under any standard_conforming_strings.
        #expect(SQLDialect.postgres.literal("\\d") == "E'\\\\d'")
    }

    /// The age cutoff is the latest birth date that is old enough, leap days included.
    @Test(arguments: ["2026-11-30", "2024-02-28", "2024-02-29", "2025-02-28", "2025-03-01", "2027-12-31"])
    func theAgeCutoffMatchesTheAgeCheck(_ day: String) {
        let asOf = CalendarDate(iso: day)!
        for age in [13, 16, 18] {
            let latest = SQLCompiler.latestBirthDate(forAge: age, on: asOf)
            #expect(BelowMinimumAgeCheck.age(born: latest, on: asOf) >= age)
            #expect(BelowMinimumAgeCheck.age(born: CalendarDate(dayNumber: latest.dayNumber + 1), on: asOf) < age)
        }
    }

    /// A start moved to 31 December of its year is before the cutoff exactly when the raw
    /// start is before the year-end cutoff.
    /// Also at the calendar's edges, where a start's UTC day can be in year 0 or 10000.
    @Test(arguments: ["2019-12-31", "2020-01-01", "2019-06-15", "2020-02-29", "0001-01-01", "0001-06-15", "9999-06-15", "9999-12-31"])
    func theYearEndCutoffMatchesAligningEachStart(cutoffDay: String) {
        let cutoffDate = CalendarDate(iso: cutoffDay)!
        for offset in [0, 1, 43_200, 86_399] {
            let cutoff = Timestamp(date: cutoffDate).seconds + offset
            let rawCutoff = SQLCompiler.yearEndCutoff(cutoff)
            for startDay in stride(from: cutoffDate.dayNumber - 550, to: cutoffDate.dayNumber + 550, by: 7) {
                let start = startDay * 86_400 + 3_600
                let aligned = Timestamp(date: Timestamp(seconds: start).date.yearEnd).seconds
                #expect((aligned < cutoff) == (start < rawCutoff), "start day \(startDay), cutoff \(cutoffDay)+\(offset)")
            }
        }
    }

    @Test func aDefaultPurposeAppliesOnlyWhenTheTableHasNoPurposeColumn() throws {
        let query = try Self.compiler(purpose: "sales").findingsQuery()
        #expect(query.contains("CASE WHEN jsonb_exists(s0.j, 'purpose') THEN"))
        #expect(query.contains("ELSE 'sales' END AS pv"))
    }

    @Test func theCountsQueryCountsRowsAndRejectedRowsInTheSameScan() throws {
        let query = try Self.compiler().countsQuery()
        #expect(query.contains("CASE WHEN TRUE THEN \(try Self.compiler().rowHits().count + 1) END"))
        #expect(query.contains("ARRAY[") && query.contains("'records', 'rejected']::text[]"))
        #expect(query.contains("GROUP BY x.check_id, x.severity;"))
    }

    /// A timestamp without a zone read in UTC (a PostgreSQL `timestamp` column) is exact:
    /// nothing about it is left out.
    @Test func datetimesReadInUTCAreDecidedInSQL() throws {
        let utc = Self.policy.replacingOccurrences(of: "timezone: Europe/Amsterdam", with: "timezone: UTC")
        let validator = Validator(policy: try Policy(yaml: utc), asOf: CalendarDate(iso: "2026-11-30")!)
        let compiler = SQLCompiler(validator: validator, dialect: .postgres, target: SQLTarget(table: "t", key: "id"))
        #expect(!compiler.limits.contains { $0.contains("'created'") })
        #expect(compiler.rowHits().contains { $0.check == .retentionExceeded && $0.purpose == "'events'" })
    }

    /// With the catalogue's columns known, text columns are read as they are, others
    /// through their JSON text, and a column the table lacks is NULL.
    @Test func knownColumnsAreReadDirectly() throws {
        let validator = Validator(policy: try Policy(yaml: Self.policy), asOf: CalendarDate(iso: "2026-11-30")!)
        let target = SQLTarget(
            table: "crm", key: "id", purpose: "sales",
            columnTypes: ["id": "integer", "email": "character varying(200)", "collected": "date", "purpose": "text"])
        let query = SQLCompiler(validator: validator, dialect: .postgres, target: target).findingsQuery()
        #expect(query.contains("datamin_row.\"email\" AS c1"))
        #expect(query.contains("to_json(datamin_row.\"collected\") #>> '{}' AS c6"))
        #expect(query.contains("CAST(NULL AS text) AS c3"))  // born
        #expect(query.contains("CASE WHEN TRUE THEN"))  // the purpose column exists: --purpose does not apply
        #expect(!query.contains("to_jsonb(datamin_row)"))
    }

    /// A policy that turns every row check off still compiles to a query that runs: no
    /// empty list for the engine to type, and the limits name only what is on.
    @Test(arguments: SQLDialect.allCases)
    func aPolicyWithEveryRowCheckOffGivesAnEmptyResult(_ dialect: SQLDialect) throws {
        let off = CheckInfo.all.map { "  \($0.id.rawValue): \"off\"" }.joined(separator: "\n")
        let validator = Validator(policy: try Policy(yaml: Self.policy.replacingOccurrences(of: "  duplicate-subject: \"off\"", with: off)))
        let compiler = SQLCompiler(validator: validator, dialect: dialect, target: SQLTarget(table: "t", key: "id"))
        #expect(compiler.rowHits().isEmpty)
        #expect(compiler.findingsQuery().contains(") AS f WHERE FALSE"))
        #expect(!compiler.findingsQuery().contains("UNION ALL"))
        // The reader checks are off too, so nothing is left to name.
        #expect(compiler.limits == [])
    }

    /// Library users get the same query as the command line.
    @Test func theLibraryGivesTheQueryTheCommandPrints() throws {
        let validator = Validator(policy: try Policy(yaml: Self.policy), asOf: CalendarDate(iso: "2026-11-30")!)
        let target = SQLTarget(table: "crm.contacts list", key: "id")
        #expect(
            validator.sqlQuery(for: target, dialect: .duckdb)
                == SQLCompiler(validator: validator, dialect: .duckdb, target: target).findingsQuery())
        #expect(validator.sqlQuery(for: target, dialect: .spark, counts: true).contains("count(*) AS findings"))
        #expect(validator.sqlLimits(for: target, dialect: .postgres) == (try Self.compiler()).limits)
    }
}
