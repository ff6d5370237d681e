import DataMinCore
import DataMinSQL
import Testing

@testable import DataMinPostgres

/// What `validate --database` decides without a server; Scripts/check-sql-equivalence.sh
/// runs it against PostgreSQL.
struct PostgresTableRunTests {
    static func run(checks: String = "") throws -> PostgresTableRun {
        let policy = try Policy(
            yaml: """
                version: 1
                name: db
                fields:
                  id: { type: string, personal: false }
                  notes: { type: text, max_length: 500 }
                  mobile: { type: phone, format: national, region: NL }
                  phone: { type: phone }
                  since: { type: date }
                purposes:
                  sales:
                    lawful_basis: [contract]
                    optional: [id, notes, mobile, phone]
                    retention: { period: P1Y, from: since, if_missing: keep }
                \(checks)
                """)
        return PostgresTableRun(validator: Validator(policy: policy), target: SQLTarget(table: "crm", key: "id"))
    }

    @Test func theSecondPassReadsTextAndNationalPhoneColumnsOnly() throws {
        let fields = try Self.run().secondPassFields
        #expect(fields.map(\.name) == ["notes", "mobile"])
        #expect(fields[0].checks == [.piiInFreeText, .specialCategoryInFreeText])
        #expect(fields[1].checks == [.invalidValue])
    }

    @Test func checksTurnedOffLeaveNothingForTheSecondPass() throws {
        let run = try Self.run(
            checks: """
                checks:
                  pii-in-free-text: "off"
                  special-category-in-free-text: "off"
                  invalid-value: "off"
                """)
        #expect(run.secondPassFields.isEmpty)
    }

    @Test func messagesNameTheCheckFieldAndPurposeButNoValue() {
        #expect(
            PostgresTableRun.message(.missingRequiredField, field: "email", purpose: "sales")
                == "A field the purpose requires is absent or empty (field 'email', purpose 'sales')")
    }

    @Test func aBuildWithoutTheTraitSaysHowToGetOne() throws {
        guard !PostgresTableRun.isAvailable else { return }
        let run = try Self.run()
        let error = try #require(throws: Diagnostic.self) { try run.run(database: "") { _ in } }
        #expect(error.code == .databaseFailure)
        #expect(error.message.contains("swift build --traits PostgreSQL"))
    }
}
