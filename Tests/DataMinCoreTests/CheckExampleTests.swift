import DataMinTestSupport
import Testing

@testable import DataMinCore

/// One check example with the check it belongs to, for parameterised tests.
struct LabelledExample: CustomTestStringConvertible, Sendable {
    var check: CheckID
    var index: Int
    var example: CheckExample

    var testDescription: String { "\(check.rawValue) example \(index + 1) (\(example.triggers ? "fails" : "passes"))" }

    static var all: [LabelledExample] {
        CheckRegistry.all.flatMap { check in
            check.description.examples.enumerated().map { LabelledExample(check: check.id, index: $0.offset, example: $0.element) }
        }
    }
}

struct CheckExampleTests {
    let validator: Validator

    init() throws { validator = try ExamplePolicy.validator() }

    @Test(arguments: LabelledExample.all)
    func exampleBehavesAsDocumented(labelled: LabelledExample) {
        var subjects = SubjectTracker()
        var violations: [Violation] = []
        for record in labelled.example.records {
            violations = validator.validate(record, purpose: labelled.example.purpose, subjects: &subjects)
        }
        let own = violations.filter { $0.check == labelled.check }
        if labelled.example.triggers {
            #expect(!own.isEmpty, "expected \(labelled.check.rawValue), got \(violations.map(\.check.rawValue))")
            if let field = labelled.example.field { #expect(own.allSatisfy { $0.field == field }) }
            if let end = labelled.example.messageEnd { #expect(own.contains { $0.message.hasSuffix(end) }, "\(own.map(\.message))") }
        } else {
            #expect(own.isEmpty, "unexpected: \(own.map(\.message))")
        }
    }

    /// The record as values in the policy's field order, when it can be written so: every
    /// field declared, named once and holding text.
    private func values(of record: Record) -> [String?]? {
        var values = [String?](repeating: nil, count: validator.policy.fields.count)
        for field in record.fields {
            guard let index = validator.policy.fields.firstIndex(where: { $0.name == field.name }), values[index] == nil,
                case .string(let text) = field.value
            else { return nil }
            values[index] = text
        }
        return values
    }

    @Test func valuesInFieldOrderGiveTheViolationsOfTheRecord() {
        var compared = 0
        for labelled in LabelledExample.all {
            guard let record = labelled.example.records.last, let values = values(of: record) else { continue }
            compared += 1
            let expected = validator.validate(record, purpose: labelled.example.purpose)
            #expect(validator.validate(values: values, purpose: labelled.example.purpose) == expected, "\(labelled.testDescription)")
        }
        #expect(compared >= 60)
    }

    @Test func absentValuesAreMissingFieldsAndValuesPastThePolicysFieldsAreIgnored() throws {
        let record = ExamplePolicy.sales(("email", nil))
        var values = try #require(self.values(of: record))
        #expect(validator.validate(values: values).map(\.check) == [.missingRequiredField])
        #expect(validator.validate(values: values + ["extra", "values"]) == validator.validate(values: values))
        // Fewer values than fields: the fields after them are absent.
        values.removeLast(values.count - 2)
        let firstTwo = Set(validator.policy.fields.prefix(2).map(\.name))
        #expect(
            validator.validate(values: values) == validator.validate(Record(fields: record.fields.filter { firstTwo.contains($0.name) })))
    }

    @Test(arguments: CheckRegistry.recordChecks.map { $0.id })
    func everyRecordCheckHasPassingAndFailingExamples(id: CheckID) {
        let examples = CheckRegistry.check(id).description.examples
        #expect(examples.contains { $0.triggers })
        #expect(examples.contains { !$0.triggers })
    }

    @Test func cleanExampleRecordsHaveNoViolations() {
        #expect(validator.validate(ExamplePolicy.sales()).isEmpty)
        #expect(validator.validate(ExamplePolicy.newsletter()).isEmpty)
    }

    @Test func registryListsEveryCheckOnceInSpecOrder() {
        #expect(CheckRegistry.all.map { $0.id } == CheckID.allCases)
        for id in CheckID.allCases {
            #expect(id.rawValue.allSatisfy { $0.isLowercase || $0 == "-" })
        }
    }

    @Test func defaultSeveritiesMatchTheSpec() {
        let warnings = CheckInfo.all.filter { $0.defaultSeverity == .warning }.map(\.id)
        #expect(warnings == [.duplicateSubject, .piiInFreeText, .retentionDue, .specialCategoryInFreeText, .emptyInput])
    }
}
