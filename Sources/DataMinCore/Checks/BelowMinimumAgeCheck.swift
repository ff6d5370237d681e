/// A subject younger than the purpose's minimum age (Art. 8(1): a child's consent to an
/// online service needs a parent's below 16, or the member state's lower age).
package struct BelowMinimumAgeCheck: RecordCheck {
    package static let description = CheckDescription(
        .belowMinimumAge, article: "Art. 8(1)",
        summary: "The subject is younger than the purpose's min_age on the as-of date (from record.birth_date).",
        details:
            "the subject's age in whole years on the as-of date, from `record.birth_date`, is below a purpose's `min_age` (a 29 February birthday counts on 28 February in other years)",
        remedy: "Obtain the consent of the holder of parental responsibility (Art. 8(1)), or do not process the record for this purpose.",
        examples: [
            .failing(ExamplePolicy.mailing(("date_of_birth", "2015-06-01")), field: "date_of_birth"),
            // Sixteen on the as-of date itself.
            .passing(ExamplePolicy.mailing(("date_of_birth", "2010-11-29"))),
            .failing(ExamplePolicy.mailing(("date_of_birth", "2010-11-30")), field: "date_of_birth"),
            .passing(ExamplePolicy.mailing()),
        ])

    /// Nothing to find in the records of a purpose with no minimum age, or a policy with no birth date.
    package static func mayFind(inRecordsFor purpose: Purpose, of policy: Policy) -> Bool {
        purpose.minAge != nil && policy.recordFields.birthDate != nil
    }

    package static func check(_ record: RecordContext, into findings: inout [Finding]) {
        guard let field = record.plan.birthDateField, case .valid(let birth) = record.timestamp(of: field) else { return }
        let age = Self.age(born: birth.date, on: record.plan.asOf)
        for purpose in record.resolvedPurposes {
            guard let minimum = purpose.purpose.minAge, age < minimum else { continue }
            let message = record.message(Self.id, field: field, purpose: purpose) {
                "the subject is younger than \(minimum), the minimum age for purpose '\(purpose.name)'"
            }
            findings.append(Finding(Self.id, message, declared: field, in: record, purpose: purpose.name))
        }
    }

    /// Whole years from `born` to `day`; a 29 February birthday counts on 28 February in
    /// years without one.
    package static func age(born: CalendarDate, on day: CalendarDate) -> Int {
        let birthday = (born.month, min(born.day, CalendarDate.daysIn(month: born.month, year: day.year)))
        let hadBirthday = (day.month, day.day) >= birthday
        return day.year - born.year - (hadBirthday ? 0 : 1)
    }
}
