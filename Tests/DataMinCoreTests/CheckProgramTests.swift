import DataMinTestSupport
import Testing

@testable import DataMinCore

/// Each purpose runs only the record checks that may find something in its records, and a
/// record with no undeclared field skips the checks of undeclared fields (issue #32): the
/// findings must be those of running every check.
struct CheckProgramTests {
    private func ids(_ checks: [any RecordCheck.Type]) -> Set<String> { Set(checks.map { $0.id.rawValue }) }

    @Test func aPurposeWithoutConsentObjectionOrMinimumAgeLeavesTheirChecksOut() throws {
        let plan = try ExamplePolicy.validator().plan
        let everyCheck = ids(plan.checks)
        let purposeSpecific: Set = [
            "consent-withdrawn", "objection-ignored", "below-minimum-age", "missing-consent-evidence", "consent-scope-mismatch",
            "unknown-purpose", "missing-purpose",
        ]
        #expect(purposeSpecific.isSubset(of: everyCheck))
        let sales = try #require(plan.purposes["sales"]).program
        #expect(ids(sales.all) == everyCheck.subtracting(purposeSpecific))
        // The newsletter's consent names a scope but no withdrawal; mailing has withdrawal,
        // objection and a minimum age, and no scope.
        let newsletter = try #require(plan.purposes["newsletter-product-a"]).program
        #expect(
            ids(newsletter.all)
                == everyCheck.subtracting([
                    "consent-withdrawn", "objection-ignored", "below-minimum-age", "unknown-purpose", "missing-purpose",
                ]))
        let mailing = try #require(plan.purposes["mailing"]).program
        #expect(ids(mailing.all) == everyCheck.subtracting(["consent-scope-mismatch", "unknown-purpose", "missing-purpose"]))
        #expect(ids(plan.program.all) == everyCheck)
    }

    @Test func recordsWithOnlyDeclaredFieldsSkipTheChecksOfUndeclaredOnes() throws {
        let plan = try ExamplePolicy.validator().plan
        #expect(ids(plan.program.all).subtracting(ids(plan.program.declaredOnly)) == ["undeclared-field", "special-category-field"])
        let sales = try #require(plan.purposes["sales"]).program
        #expect(ids(sales.all).subtracting(ids(sales.declaredOnly)) == ["undeclared-field", "special-category-field"])
    }

    @Test func aRecordOfOnePurposeThatKeepsItsRulesSkipsTheChecksTheyStandFor() throws {
        let plan = try ExamplePolicy.validator().plan
        let sales = try #require(plan.purposes["sales"]).program
        #expect(sales.rules == [.permitted, .required, .basisNamed, .basisAllowed, .source, .retention])
        let ruled: Set = [
            "field-not-permitted", "missing-required-field", "missing-lawful-basis", "lawful-basis-not-permitted", "missing-source",
            "retention-exceeded", "retention-unknown",
        ]
        #expect(ids(sales.beyondRules.all) == ids(sales.all).subtracting(ruled))
        #expect(ids(sales.beyondRules.declaredOnly) == ids(sales.declaredOnly).subtracting(ruled))
        // Records of no single purpose keep no rules: they run the policy's whole program.
        #expect(plan.program.rules.isEmpty)
    }

    /// Every check's examples, passing and failing, under each purpose the policy defines,
    /// none, and an unknown one.
    @Test(arguments: LabelledExample.all)
    func everyExampleFindsWhatRunningEveryCheckFinds(labelled: LabelledExample) throws {
        let validator = try ExamplePolicy.validator()
        let every = validator.runningEveryCheck()
        for purpose in [labelled.example.purpose, "sales", "newsletter-product-a", "mailing", "nope", nil] {
            var subjects = (SubjectTracker(), SubjectTracker())
            for record in labelled.example.records {
                let found = validator.validate(record, purpose: purpose, subjects: &subjects.0)
                #expect(found == every.validate(record, purpose: purpose, subjects: &subjects.1), "purpose \(purpose ?? "none")")
            }
        }
    }
}
