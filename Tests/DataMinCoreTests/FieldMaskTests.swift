import DataMinTestSupport
import Testing

@testable import DataMinCore

/// `field-not-permitted` and `missing-required-field` test a record's present fields as a
/// mask first (issue #32): the masks must give the findings of the field-by-field path,
/// for repeated names and for policies too large for a mask.
struct FieldMaskTests {
    @Test func aMaskHoldsItsFieldsAndComparesAsASet() {
        let mask = FieldMask([0, 5, 63])
        #expect(mask.bits == UInt64(1) | 1 << 5 | 1 << 63)
        #expect(FieldMask([5]).isSubset(of: mask) && !mask.isSubset(of: FieldMask([5])))
        #expect(FieldMask([1]).union(FieldMask([2])) == FieldMask([1, 2]))
    }

    /// A repeated name inside the engine (as a list of objects gives one): the first value is
    /// the one `missing-required-field` reads, and any present value is one
    /// `field-not-permitted` reports. The public entry points validate only the first of a
    /// name an object repeats, as file runs do.
    @Test func repeatedNamesGiveTheFindingsOfTheFieldByFieldPath() throws {
        let validator = try ExamplePolicy.validator()
        let secondPhone = Record(
            fields: ExamplePolicy.newsletter().fields + [.init(name: "phone", value: ""), .init(name: "phone", value: "+31201234567")])
        let engine = validator.evaluate(secondPhone, purpose: nil, location: RecordLocation(), tracksSubjects: false).violations
        #expect(engine.contains { $0.check == .fieldNotPermitted && $0.field == "phone" })
        #expect(validator.validate(secondPhone).map(\.check) == [.duplicateField])
        var emptyFirst = ExamplePolicy.sales(("email", ""))
        emptyFirst.fields.append(.init(name: "email", value: "anna@example.com"))
        #expect(validator.validate(emptyFirst).contains { $0.check == .missingRequiredField && $0.field == "email" })
    }

    /// A policy of more than 64 fields carries no masks: every field is looked at.
    @Test func aPolicyOfManyFieldsIsCheckedFieldByField() throws {
        let extra = (1...70).map { "  f\($0): { type: string }" }.joined(separator: "\n")
        let policy = try Policy(
            yaml: """
                version: 1
                name: wide
                record: { purpose: purpose }
                fields:
                  purpose: { type: string, personal: false }
                  at: { type: date }
                \(extra)
                purposes:
                  p:
                    lawful_basis: [contract]
                    required: [f70]
                    optional: [f1, at]
                    retention: { period: P1Y, from: at, if_missing: keep }
                """)
        let validator = Validator(policy: policy, asOf: ExamplePolicy.asOf)
        #expect(validator.plan.fitsFieldMasks == false)
        let record: Record = ["purpose": "p", "f1": "a", "f69": "b"]
        let found = validator.validate(record).filter { $0.check == .fieldNotPermitted || $0.check == .missingRequiredField }
        #expect(found.map(\.check) == [.fieldNotPermitted, .missingRequiredField])
        #expect(found.map(\.field) == ["f69", "f70"])
    }
}
