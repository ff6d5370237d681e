import DataMinCore
import Foundation
import Testing

@testable import DataMinSQL

/// Every string that reaches a query goes through one quoting layer per dialect (SPEC
/// §11.4): no raw control character in a literal or comment, nothing for Spark to
/// substitute, table and key names as identifiers or refused. Scripts/sql/hostile.py runs
/// the same strings through the real engines.
struct SQLQuotingTests {
    /// True when `text` holds a character that would end a comment or confuse a client.
    static func hasRawControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) || $0 == "\u{2028}" }
    }

    @Test(arguments: SQLDialect.allCases)
    func aLiteralHoldsNoRawControlCharacter(_ dialect: SQLDialect) {
        let hostile = "x'\r\n\\! id\u{0}\u{85}${env:HOME}\\"
        let literal = dialect.literal(hostile)
        #expect(!Self.hasRawControl(literal) && !literal.contains("\n"))
        switch dialect {
        case .postgres: #expect(literal == "E'x''\\u000D\\u000A\\\\! id\\u0000\\u0085${env:HOME}\\\\'")
        case .duckdb: #expect(literal == "('x''' || chr(13) || chr(10) || '\\! id' || chr(0) || chr(133) || '${env:HOME}\\')")
        case .spark: #expect(literal == "'x\\'\\u000D\\u000A\\\\! id\\u0000\\u0085\\u0024{env:HOME}\\\\'")
        }
    }

    @Test(arguments: SQLDialect.allCases)
    func aCommentEndsWhereItsLineEnds(_ dialect: SQLDialect) {
        #expect(dialect.comment("policy 'a\rDROP TABLE t; ${x}'") == "-- policy 'a\\rDROP TABLE t; \\u{24}{x}'")
    }

    /// A policy name with a carriage return cannot reach the header (lint refuses it), and the
    /// header escapes whatever reaches it from the command line.
    @Test(arguments: SQLDialect.allCases)
    func theHeaderOfEveryQueryIsCommentsOnly(_ dialect: SQLDialect) throws {
        let validator = Validator(policy: try Policy(yaml: SQLCompilerTests.policy), asOf: CalendarDate(iso: "2026-11-30")!)
        let compiler = SQLCompiler(
            validator: validator, dialect: dialect, target: SQLTarget(table: "t", key: "id", purpose: "sales\r\n!touch x"))
        let query = compiler.findingsQuery()
        #expect(!Self.hasRawControl(query))
        let header = query.split(separator: "\n").prefix { $0.hasPrefix("--") }
        #expect(header.count >= 4)
        #expect(!query.contains("sales\r"))
    }

    @Test(arguments: [
        (SQLDialect.postgres, "t", "id\u{0}", "--key holds a control character; name the table or column without it"),
        (.duckdb, "t\rx", "id", "--table holds a control character; name the table or column without it"),
        (
            .spark, "${env:HOME}", "id",
            "--table holds '$', which Spark's variable substitution would rewrite inside the query; rename the table or column, or use a view"
        ),
        (
            .postgres, "s." + String(repeating: "t", count: 64), "id",
            "--table names '\(String(repeating: "t", count: 64))', longer than PostgreSQL's 63-byte limit for names; PostgreSQL would cut it short"
        ),
    ])
    func aTableOrKeyNoQuotingMakesSafeIsRefused(dialect: SQLDialect, table: String, key: String, message: String) {
        #expect(SQLTarget(table: table, key: key).problem(for: dialect) == message)
    }

    @Test(arguments: ["a.b.c.d", "crm..contacts", ".contacts", "contacts."])
    func aTableNameOfMoreThanThreePartsOrAnEmptyPartIsRefused(_ table: String) {
        #expect(
            SQLTarget(table: table, key: "id").problem(for: .duckdb)
                == "--table is not a table name: write table, schema.table or catalog.schema.table, with no empty part; a name's dots separate its parts"
        )
    }

    @Test func everyDotOfATableNameSeparatesAPart() {
        #expect(SQLDialect.postgres.tableName("crm.sales.contacts list") == "\"crm\".\"sales\".\"contacts list\"")
        #expect(SQLDialect.spark.tableName("sales.contacts") == "`sales`.`contacts`")
        #expect(SQLDialect.duckdb.tableName("contacts") == "\"contacts\"")
    }

    @Test(arguments: SQLDialect.allCases)
    func ordinaryNamesAreAccepted(_ dialect: SQLDialect) {
        #expect(SQLTarget(table: "crm.contacts list", key: "contact \"id\"", suppressionTable: "erased").problem(for: dialect) == nil)
    }

    /// A pattern is written in each engine's syntax with the same meaning: classes spelled
    /// out, punctuation escaped, control characters as escapes.
    @Test(arguments: [
        (SQLDialect.postgres, "C-\\d{4}\\t.", "C\\-[0-9]{4}\\u0009[^\\u000A]"),
        (.duckdb, "C-\\d{4}\\t.", "C\\-[0-9]{4}\\x{9}[^\\x{A}]"),
        (.spark, "C-\\d{4}\\t.", "C\\-[0-9]{4}\\x{9}[^\\x{A}]"),
        (.postgres, "(mr|dr)\\.? [\\w']+", "(?:mr|dr)\\.? [\\'0-9A-Z\\_a-z]+"),
        (.spark, "\\$[0-9]+", "\\$[0-9]+"),
        (.postgres, "[\\s\\S]x", "(?:[^\\n]|\\n)x"),
        (.spark, "[\\s\\S]x", "[\\s\\S]x"),
        (.duckdb, "([a-z]|-)+", "[\\-a-z]+"),
    ])
    func aPatternIsWrittenInTheEnginesSyntax(dialect: SQLDialect, pattern: String, regex: String) throws {
        #expect(dialect.regex(try FieldPattern(pattern).node) == regex)
    }

    @Test func aPolicyTooWideForPostgreSQLIsRefusedByName() throws {
        let names = (0..<830).map { "f\($0)" }
        let yaml = """
            version: 1
            name: wide
            fields:
              at: { type: date }
            \(names.map { "  \($0): { type: string }" }.joined(separator: "\n"))
            purposes:
              s: { lawful_basis: contract, optional: [\(names.joined(separator: ", "))], retention: { period: P1Y, from: at } }
            """
        let validator = Validator(policy: try Policy(yaml: yaml), asOf: CalendarDate(iso: "2026-11-30")!)
        let target = SQLTarget(table: "t", key: "id")
        #expect(
            SQLCompiler(validator: validator, dialect: .postgres, target: target).refusal
                == "policy 'wide' declares 831 fields and 1 purposes, which need 1683 columns in one select list; PostgreSQL takes at most 1663 here: split the policy, or check the table with DuckDB or Spark"
        )
        #expect(SQLCompiler(validator: validator, dialect: .duckdb, target: target).refusal == nil)
    }

    /// PostgreSQL cuts names at 63 bytes: a longer field could never be found as a column.
    @Test func aFieldNameLongerThanPostgreSQLNamesIsRefused() throws {
        let long = String(repeating: "x", count: 64)
        let yaml = """
            version: 1
            name: long
            fields:
              at: { type: date }
              \(long): { type: string }
            purposes:
              s: { lawful_basis: contract, optional: [\(long)], retention: { period: P1Y, from: at } }
            """
        let validator = Validator(policy: try Policy(yaml: yaml), asOf: CalendarDate(iso: "2026-11-30")!)
        let target = SQLTarget(table: "t", key: "id")
        #expect(
            SQLCompiler(validator: validator, dialect: .postgres, target: target).refusal
                == "field '\(String(repeating: "x", count: 40))…' of policy 'long' has a name of 64 bytes; PostgreSQL cuts column names at 63 bytes, so no column can have it: shorten the column and the field, or check the table with DuckDB or Spark"
        )
        #expect(SQLCompiler(validator: validator, dialect: .duckdb, target: target).refusal == nil)
    }
}
