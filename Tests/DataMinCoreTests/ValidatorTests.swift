import DataMinTestSupport
import Foundation
import Testing

@testable import DataMinCore

struct ValidatorTests {
    let validator: Validator

    init() throws { validator = Validator(policy: try ExamplePolicy.policy(), asOf: ExamplePolicy.asOf) }

    @Test func oneValidatorGivesIdenticalResultsFromManyTasks() async {
        let records = (0..<200).map { index in
            index % 3 == 0
                ? ExamplePolicy.sales(("phone", "+31 20"), ("religion", "x")) : ExamplePolicy.newsletter(("consent_scope", "product-b"))
        }
        let validator = self.validator
        let expected = records.map { validator.validate($0) }
        let results = await withTaskGroup(of: (Int, [Violation]).self) { group in
            for (index, record) in records.enumerated() {
                group.addTask { (index, validator.validate(record)) }
            }
            var results = [[Violation]](repeating: [], count: records.count)
            for await (index, violations) in group { results[index] = violations }
            return results
        }
        #expect(results == expected)
        #expect(expected.allSatisfy { !$0.isEmpty })
    }

    @Test func noValueFromTheRecordReachesAnyMessage() {
        let planted = "ZQXJ-planted-7731"
        let record = ExamplePolicy.sales(
            ("email", .string("\(planted)@")), ("phone", .string(planted)), ("country", .string(planted)),
            ("purpose", .string("sales;\(planted)")),
            ("lawful_basis", .string(planted)), ("source", .string(planted)), ("collected_at", .string(planted)),
            ("first_name", .string(planted + planted)), ("customer_code", .string(planted)), ("notes", .string("\(planted)@example.com")),
            (planted, .string(planted)))
        var subjects = SubjectTracker()
        var violations = validator.validate(record, subjects: &subjects)
        violations += validator.validate(
            ExamplePolicy.newsletter(
                ("consent_scope", .string(planted)), ("consent_given_at", .string(planted)),
                ("email", .string(planted))), subjects: &subjects)
        violations += validator.validate(
            ExamplePolicy.sales(("purpose", .string(planted)), ("website", .string(planted)), ("employees", .string(planted))))
        #expect(violations.count >= 10)
        // A column's name is the data's schema, not a value: messages name it.
        for violation in violations where violation.field != planted {
            #expect(!violation.message.contains("ZQXJ"), "\(violation.check.rawValue) leaks: \(violation.message)")
            #expect(violation.value == nil)
        }
    }

    @Test func showValuesAttachesTheOffendingValue() {
        let showing = Validator(policy: validator.policy, asOf: ExamplePolicy.asOf, showValues: true)
        let violations = showing.validate(ExamplePolicy.sales(("phone", "+31 20")))
        #expect(violations.map(\.value) == ["+31 20"])
        #expect(!violations[0].message.contains("+31 20"))
        var subjects = SubjectTracker()
        _ = showing.validate(ExamplePolicy.sales(), subjects: &subjects)
        let repeated = showing.validate(ExamplePolicy.sales(("email", "ANNA@example.com")), subjects: &subjects)
        #expect(repeated.map(\.check) == [.duplicateSubject])
        #expect(repeated.map(\.value) == ["ANNA@example.com"])
    }

    @Test func admitReturnsTheMinimisedRecord() throws {
        let record = ExamplePolicy.sales(("phone", "+31201234567"), ("consent_scope", ""))
        let admitted = try validator.admit(record)
        #expect(admitted.fields.map(\.name) == ["id", "email", "purpose", "lawful_basis", "source", "collected_at", "phone"])
    }

    @Test func admitThrowsTheViolationsOfARejectedRecord() {
        #expect(throws: RecordRejection.self) { try validator.admit(ExamplePolicy.sales(("email", "nope"))) }
        do {
            _ = try validator.admit(ExamplePolicy.sales(("email", "nope")))
        } catch {
            #expect(error.violations.map(\.check) == [.invalidValue])
            #expect(error.description == "record rejected: field 'email' is not a valid email address [invalid-value]")
        }
    }

    @Test func warningsDoNotRejectARecord() throws {
        let severe = try Policy(yaml: ExamplePolicy.yaml + "checks:\n  field-not-permitted: warning\n")
        let lenient = Validator(policy: severe, asOf: ExamplePolicy.asOf)
        let admitted = try lenient.admit(ExamplePolicy.newsletter(("phone", "+31201234567")))
        #expect(admitted["phone"] == nil)
    }

    @Test func checksSetOffAreNotEvaluated() throws {
        let policy = try Policy(yaml: ExamplePolicy.yaml + "checks:\n  missing-source: off\n")
        let quiet = Validator(policy: policy, asOf: ExamplePolicy.asOf)
        #expect(quiet.validate(ExamplePolicy.sales(("source", ""))).isEmpty)
        #expect(validator.validate(ExamplePolicy.sales(("source", ""))).map(\.check) == [.missingSource])
    }

    @Test func declaredParentPermitsTheWholeObjectAndChildrenAreAddressedByPath() throws {
        let policy = try Policy(
            yaml: ExamplePolicy.yaml.replacingOccurrences(of: "  address.city: { type: string }", with: "  address: { type: object }")
                .replacingOccurrences(of: "notes, address.city]", with: "notes, address]"))
        let nested = Validator(policy: policy, asOf: ExamplePolicy.asOf)
        let record = ExamplePolicy.sales(("address", .object(["city": "Utrecht", "street": "Main 1"])))
        #expect(nested.validate(record).isEmpty)
        #expect(validator.validate(record).map(\.field) == ["address.street"])
    }

    @Test func minimiseDropsUndeclaredAndUnpermittedFieldsIncludingNestedOnes() {
        let record = ExamplePolicy.newsletter(("phone", "+31201234567"), ("hobby", "golf"), ("address", .object(["city": "Utrecht"])))
        let minimised = validator.minimise(record)
        #expect(minimised.fields.map(\.name) == ["id", "email", "purpose", "lawful_basis", "source", "consent_given_at", "consent_scope"])
        let sales = validator.minimise(ExamplePolicy.sales(("address", .object(["city": "Utrecht", "street": "x"]))))
        #expect(sales["address"] == .object(["city": "Utrecht"]))
    }

    @Test func severalPurposesEachApplyTheirOwnRules() {
        let record = ExamplePolicy.newsletter(("purpose", "newsletter-product-a;sales"), ("lawful_basis", "consent"))
        let checks = validator.validate(record).map(\.check)
        // sales needs collected_at and does not allow consent; newsletter is satisfied.
        #expect(checks == [.missingRequiredField, .lawfulBasisNotPermitted, .retentionUnknown])
    }

    @Test func emptyConsentTimestampTriggersEveryCheckItConcerns() throws {
        let policy = try Policy(
            yaml: ExamplePolicy.yaml.replacingOccurrences(of: "required: [id, email]\n", with: "required: [id, email, consent_given_at]\n"))
        let strict = Validator(policy: policy, asOf: ExamplePolicy.asOf)
        let checks = Set(strict.validate(ExamplePolicy.newsletter(("consent_given_at", ""))).map(\.check))
        #expect(checks == [.missingRequiredField, .missingConsentEvidence, .retentionUnknown])
    }

    @Test func purposeFromTheCallerIsUsedOnlyWhenTheRecordHasNoPurposeField() {
        #expect(validator.validate(ExamplePolicy.sales(("purpose", nil)), purpose: "sales").isEmpty)
        #expect(validator.validate(ExamplePolicy.sales(("purpose", "")), purpose: "sales").map(\.check) == [.missingPurpose])
    }

    @Test func violationsCarryCheckArticleFieldPurposeAndLocation() {
        let location = RecordLocation(record: 7, line: 9)
        let violation = validator.validate(ExamplePolicy.newsletter(("phone", "+31201234567")), location: location).first
        #expect(
            violation
                == Violation(
                    check: .fieldNotPermitted, severity: .error, article: "Art. 5(1)(b)(c), 25(2)",
                    message: "field 'phone' is not permitted for purpose 'newsletter-product-a'",
                    field: "phone", purpose: "newsletter-product-a", location: location))
    }

    @Test func headerViolationsNameTheColumn() {
        let violations = validator.headerViolations(["id", "email", "passport_number", "Religion"], lines: [1, 1, 1, 1])
        #expect(violations.map(\.check) == [.undeclaredField, .specialCategoryField])
        #expect(violations.map(\.location) == [RecordLocation(line: 1, column: 3), RecordLocation(line: 1, column: 4)])
        #expect(violations.allSatisfy { $0.location.record == nil })
    }
}

/// The retention checks read the first purpose's clock once per record (issue #32); every
/// other purpose still reads its own.
struct RetentionClockTests {
    let validator: Validator

    init() throws { validator = Validator(policy: try ExamplePolicy.policy(), asOf: ExamplePolicy.asOf) }

    @Test(arguments: [("sales;invoicing", "invoicing"), ("invoicing;sales", "invoicing")])
    func eachPurposeOfARecordIsJudgedByItsOwnClock(purposes: String, expired: String) {
        let record = ExamplePolicy.sales(
            ("purpose", .string(purposes)), ("lawful_basis", .string("contract;legal_obligation")),
            ("collected_at", .string("2026-01-10")), ("invoice_date", .string("2018-03-01")))
        let retention = validator.validate(record).filter { $0.check == .retentionExceeded || $0.check == .retentionUnknown }
        #expect(retention.map(\.check) == [.retentionExceeded])
        #expect(retention.map(\.purpose) == [expired])
        #expect(retention.map(\.field) == ["invoice_date"])
    }

    @Test func aSecondPurposeWithoutADateIsUnknownWhileTheFirstHasOne() {
        let record = ExamplePolicy.sales(
            ("purpose", .string("sales;invoicing")), ("lawful_basis", .string("contract;legal_obligation")),
            ("collected_at", .string("2026-01-10")), ("invoice_date", .string("03/01/2018")))
        let retention = validator.validate(record).filter { $0.check == .retentionExceeded || $0.check == .retentionUnknown }
        #expect(retention.map(\.check) == [.retentionUnknown])
        #expect(retention.map(\.purpose) == ["invoicing"])
        #expect(retention.map(\.message) == ["retention for purpose 'invoicing' cannot be evaluated: 'invoice_date' is not a date"])
    }
}

/// SPEC §8.3: with `from` a list, `retention-unknown` names the first field of the list;
/// its message says which value is not a date.
@Test func retentionUnknownNamesTheFirstFieldOfTheList() throws {
    let policy = try Policy(
        yaml: """
            version: 1
            name: from-list
            record: { purpose: purpose }
            fields:
              purpose: { type: string, personal: false }
              a: { type: date }
              b: { type: date }
            purposes:
              sales: { lawful_basis: contract, optional: [a, b], retention: { period: P1Y, from: [a, b] } }
            """)
    let validator = Validator(policy: policy, asOf: CalendarDate(iso: "2026-11-30")!)
    let record: Record = ["purpose": "sales", "a": "", "b": "xx"]
    let unknown = validator.validate(record).filter { $0.check == .retentionUnknown }
    #expect(unknown.map(\.field) == ["a"])
    #expect(unknown.map(\.message) == ["retention for purpose 'sales' cannot be evaluated: 'b' is not a date"])
}

/// `duplicate-subject` names the subject field as its declaration spells it, like every
/// other finding on the field, even when `subject:` spells it in another normal form.
struct DuplicateSubjectNameTests {
    @Test func theFindingNamesTheDeclaredSpellingOfTheSubjectField() throws {
        let declared = "pr\u{E9}nom"  // é as one scalar (NFC)
        let written = "pre\u{301}nom"  // e and a combining accent (NFD)
        let policy = try Policy(
            yaml: """
                version: 1
                name: spelled
                subject: \(written)
                fields:
                  \(declared): { type: string }
                  at: { type: date }
                purposes:
                  p:
                    lawful_basis: [contract]
                    optional: [\(declared), at]
                    retention: { period: P1Y, from: at, if_missing: keep }
                """)
        // The premise: the policy keeps `subject:` as written, so a finding built from it differs.
        #expect(Array(try #require(policy.subject).utf8) == Array(written.utf8))
        let validator = Validator(policy: policy, asOf: ExamplePolicy.asOf)
        var subjects = SubjectTracker()
        let record = Record(fields: [.init(name: declared, value: "anna")])
        _ = validator.validate(record, purpose: "p", subjects: &subjects)
        let duplicate = try #require(validator.validate(record, purpose: "p", subjects: &subjects).first { $0.check == .duplicateSubject })
        #expect(Array(duplicate.field!.utf8) == Array(declared.utf8))
        #expect(Array(duplicate.message.utf8) == Array("subject '\(declared)' already occurred earlier in this run".utf8))
    }
}

/// A validator without a fixed date judges each call as of its own day (issue #33).
struct ValidatorCalendarTests {
    @Test func withoutAnAsOfDateEachCallIsJudgedOnTheDayOfTheCall() throws {
        let validator = Validator(policy: try ExamplePolicy.policy())
        #expect(validator.asOf == CalendarDate.today())
        // A record collected 2 years and a day before today is past the sales retention today.
        let daily = DailyValidators(Validator(policy: try ExamplePolicy.policy(), asOf: CalendarDate(year: 2020, month: 1, day: 1)!))
        let later = daily.validator(for: CalendarDate(year: 2030, month: 6, day: 1)!)
        #expect(later.asOf == CalendarDate(year: 2030, month: 6, day: 1)!)
        #expect(daily.validator(for: CalendarDate(year: 2030, month: 6, day: 1)!).plan === later.plan)
    }
}
