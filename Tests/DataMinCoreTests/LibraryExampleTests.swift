import DataMinTestSupport
import Foundation
import Testing

@testable import DataMinCore

/// validate and admit as a Swift caller uses them, before an insert (the README's own
/// example, with admission and JSON bodies, is built verbatim by Scripts/check-readme-library.sh).
struct LibraryExampleTests {
    @Test func validateListsFindingsAndAdmitRefusesARecordWithAnError() throws {
        let policy = try Policy(contentsOf: URL(fileURLWithPath: "policies/sales-contacts.yaml", relativeTo: repositoryRoot))
        let validator = Validator(policy: policy)  // compile once; Sendable, share it across threads

        let record: Record = [
            "id": "42", "email": "anna@example.com", "last_name": "de Vries",
            "company": "Example Trading B.V.", "purpose": "sales", "lawful_basis": "contract",
            "source": "web_form", "collected_at": "2026-11-01", "date_of_birth": "1990-01-01",
        ]
        for violation in validator.validate(record) {
            print("\(violation.check.rawValue): \(violation.message)")  // never prints values
        }
        do {
            let minimised = try validator.admit(record)  // throws RecordRejection when rejected
            _ = minimised  // insert this one into the CRM
        } catch {
            // error.violations says why; nothing was inserted
        }
        #expect(validator.validate(record).map(\.check) == [.undeclaredField])
        #expect(throws: RecordRejection.self) { try validator.admit(record) }
    }
}
