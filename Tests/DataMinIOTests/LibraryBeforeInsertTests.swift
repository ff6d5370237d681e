import DataMinCore
import DataMinIO
import DataMinTestSupport
import Foundation
import Testing

/// The library as a Swift back end uses it before an insert (issue #33): records from JSON
/// bytes and `Codable` values, repeated names refused as the CLI refuses them, one call for
/// findings and the minimised record, findings that encode as the JSON report's.
struct LibraryBeforeInsertTests {
    static let validator: Validator = {
        let policy = try! Policy(contentsOf: URL(fileURLWithPath: "policies/sales-contacts.yaml", relativeTo: repositoryRoot))
        return Validator(policy: policy, asOf: CalendarDate(year: 2026, month: 11, day: 29)!)
    }()

    /// A contact as an app models it, its coding keys the policy's field names.
    struct Contact: Codable, Equatable {
        var id: String
        var email: String
        var lastName: String
        var company: String
        var purpose: String
        var lawfulBasis: String
        var source: String
        var collectedAt: String
        var dateOfBirth: String?

        enum CodingKeys: String, CodingKey {
            case id, email, company, purpose, source
            case lastName = "last_name"
            case lawfulBasis = "lawful_basis"
            case collectedAt = "collected_at"
            case dateOfBirth = "date_of_birth"
        }
    }

    @Test func aRepeatedNameIsRefusedAsTheCommandLineRefusesIt() throws {
        let record = try Record(
            json: Array(
                #"{"id": "42", "email": "a@example.com", "lawful_basis": "contract", "lawful_basis": "consent", "purpose": "sales", "collected_at": "2026-11-01"}"#
                    .utf8))
        let violations = Self.validator.validate(record)
        #expect(violations.first?.check == .duplicateField)
        #expect(violations.first?.message == "field 'lawful_basis' occurs twice in the object; only the first is validated")
        #expect(throws: RecordRejection.self) { try Self.validator.admit(record) }
        let admission = Self.validator.admission(of: record)
        #expect(admission.minimised == nil && !admission.isAdmitted)
        // minimise keeps only the first of a repeated name: the value that was checked.
        #expect(Self.validator.minimise(record).fields.filter { $0.name == "lawful_basis" }.map(\.value) == [.string("contract")])
    }

    /// Only the first of a repeated name is validated, as in a file run: a later value that
    /// would fail is not checked, and the minimised record keeps the first; also when
    /// `duplicate-field` is off and says nothing of the repeat.
    @Test(arguments: ["warning", "off"])
    func onlyTheFirstOfARepeatedNameIsValidatedAsInAFileRun(duplicateField: String) throws {
        let policy = try Policy(
            yaml: """
                version: 1
                name: repeats
                record: { purpose: purpose }
                fields:
                  purpose: { type: string, personal: false }
                  nm: { type: string, max_length: 3 }
                  d: { type: date }
                purposes:
                  p: { lawful_basis: contract, optional: [nm], retention: { period: P1Y, from: d, if_missing: keep } }
                checks: { duplicate-field: \(duplicateField) }
                """)
        let validator = Validator(policy: policy, asOf: CalendarDate(year: 2026, month: 11, day: 29)!)
        let record = try Record(json: Array(#"{"purpose": "p", "nm": "abc", "nm": "too long"}"#.utf8))
        let expected =
            duplicateField == "off" ? [] : ["duplicate-field: field 'nm' occurs twice in the object; only the first is validated"]
        #expect(validator.validate(record).map { "\($0.check.rawValue): \($0.message)" } == expected)
        var subjects = SubjectTracker()
        #expect(validator.validate(record, subjects: &subjects).map { "\($0.check.rawValue): \($0.message)" } == expected)
        let admission = validator.admission(of: record)
        #expect(admission.violations.map { "\($0.check.rawValue): \($0.message)" } == expected)
        #expect(admission.minimised?.fields.map(\.name) == ["purpose", "nm"])
        #expect(admission.minimised?.fields.last?.value == .string("abc"))
        #expect(try validator.admit(record) == admission.minimised)
    }

    @Test func aCodableValueGoesInAndTheMinimisedRecordComesBack() throws {
        let contact = Contact(
            id: "42", email: "anna@example.com", lastName: "de Vries", company: "Example B.V.", purpose: "sales", lawfulBasis: "contract",
            source: "web_form",
            collectedAt: "2026-11-01", dateOfBirth: nil)
        let admission = Self.validator.admission(of: try Record(encoding: contact))
        #expect(admission.violations.isEmpty, "\(admission.violations.map(\.message))")
        let minimised = try #require(admission.minimised)
        #expect(try minimised.decode(as: Contact.self) == contact)

        // A field the purpose does not permit is a finding, and the copy leaves it out.
        var withBirthDate = contact
        withBirthDate.dateOfBirth = "1990-01-01"
        let refused = Self.validator.admission(of: try Record(encoding: withBirthDate))
        #expect(refused.violations.map(\.check) == [.undeclaredField])
        #expect(refused.minimised == nil)
    }

    @Test func oneCallGivesWarningsTooAndTheSameFindingsAsValidate() throws {
        let record: Record = [
            "id": "7", "email": "b@example.com", "last_name": "Smit", "company": "Example B.V.", "purpose": "sales",
            "lawful_basis": "contract", "source": "web_form",
            "collected_at": "2026-11-01", "notes": "call her on +31 6 12345678",
        ]
        let admission = Self.validator.admission(of: record)
        #expect(admission.violations == Self.validator.validate(record))
        #expect(admission.violations.map(\.severity) == [.warning])
        #expect(admission.minimised == Self.validator.minimise(record))
    }

    @Test func findingsEncodeAsTheJSONReportWritesThem() throws {
        let record: Record = ["id": "9", "email": "not-an-email", "purpose": "sales"]
        let rejection = try #require(throws: RecordRejection.self) { try Self.validator.admit(record) }
        let json = try #require(
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(rejection)) as? [String: Any])
        let first = try #require((json["violations"] as? [[String: Any]])?.first)
        #expect(Set(first.keys) == ["check", "severity", "article", "message", "record", "key", "line", "column", "field", "purpose"])
        let decoded = try JSONDecoder().decode(RecordRejection.self, from: JSONEncoder().encode(rejection))
        #expect(decoded.violations == rejection.violations)
    }

    @Test func bytesThatAreNotOneObjectSayWhereWithoutQuotingThem() {
        #expect(throws: RecordDecodingError(message: "the JSON value is not an object")) { try Record(json: Array("[1, 2]".utf8)) }
        let error = #expect(throws: RecordDecodingError.self) { try Record(json: Array(#"{"email": "secret@example.com""#.utf8)) }
        #expect(error?.message.hasPrefix("not valid JSON:") == true)
        #expect(error?.message.contains("secret") == false)
        // A value of several lines is placed by its own line and column.
        #expect(throws: RecordDecodingError(message: "not valid JSON: expected ',' or '}' at line 3, column 3")) {
            try Record(json: Array("{\n  \"id\": \"1\"\n  \"x\": 2\n}".utf8))
        }
    }

    /// A service's caller has no command line: findings name no flag.
    @Test func messagesNameNoCommandLineFlag() {
        let record: Record = ["id": "3", "email": "c@example.com", "purpose": ""]
        let violations = Self.validator.validate(record)
        #expect(violations.map(\.check).contains(.missingPurpose))
        #expect(
            violations.first { $0.check == .missingPurpose }?.message
                == "record has no purpose; fill 'purpose', or give a purpose for the whole input")
        #expect(violations.allSatisfy { !$0.message.contains("--") })
    }

    @Test func aPolicyErrorEncodesEveryProblemWithItsPlace() throws {
        let error = try #require(throws: PolicyError.self) {
            try Policy(yaml: "version: 1\nname: x\nfields:\n  a: {type: strin}\n", file: "p.yaml")
        }
        let json = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(error)) as? [String: Any])
        let first = try #require((json["diagnostics"] as? [[String: Any]])?.first { $0["line"] as? Int == 4 })
        #expect(first["file"] as? String == "p.yaml" && first["line"] as? Int == 4 && first["severity"] as? String == "error")
        #expect(first["code"] as? String == "policy-invalid")
        #expect(
            try JSONDecoder().decode(PolicyError.self, from: JSONEncoder().encode(error)).diagnostics.map(\.message)
                == error.diagnostics.map(\.message))
    }
}
