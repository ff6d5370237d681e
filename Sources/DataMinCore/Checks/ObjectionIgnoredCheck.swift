/// A record processed for a purpose the subject objected to: for direct marketing the
/// objection is absolute (Art. 21(3)); otherwise the controller must stop unless it shows
/// compelling grounds (Art. 21(1)), which a bulk import cannot.
package struct ObjectionIgnoredCheck: RecordCheck {
    package static let description = CheckDescription(
        .objectionIgnored, article: "Art. 21(1), 21(3)",
        summary: "The purpose's objection field is true-ish: the subject objected to this processing.",
        details: "the purpose's `objection` field is true-ish (a true boolean, or a date on or before the as-of date)",
        remedy: "Stop processing the record for this purpose (for direct marketing unconditionally, Art. 21(3)).",
        examples: [
            .failing(
                ExamplePolicy.mailing(("unsubscribed", "2026-10-01")), field: "unsubscribed",
                messageEnd: "(Art. 21(3): direct marketing stops on objection)"),
            // An objection dated after the as-of date has not been made yet; an invalid one is invalid-value only.
            .passing(ExamplePolicy.mailing(("unsubscribed", "2027-01-01"))),
            .passing(ExamplePolicy.mailing(("unsubscribed", "soon"))),
            .passing(ExamplePolicy.mailing()),
        ])

    /// Nothing to find in the records of a purpose with no objection field.
    package static func mayFind(inRecordsFor purpose: Purpose, of policy: Policy) -> Bool { purpose.objection != nil }

    package static func check(_ record: RecordContext, into findings: inout [Finding]) {
        for purpose in record.resolvedPurposes {
            guard let field = purpose.objectionField, record.isTrueish(field) else { continue }
            let marketing = purpose.purpose.directMarketing
            let message = record.message(Self.id, field: field, purpose: purpose) {
                "the subject objected to purpose '\(purpose.name)' ('\(record.name(of: field))') but the record is processed for it "
                    + (marketing ? "(Art. 21(3): direct marketing stops on objection)" : "(Art. 21(1))")
            }
            findings.append(
                Finding(
                    Self.id, message, declared: field, in: record, purpose: purpose.name, article: marketing ? "Art. 21(3)" : "Art. 21(1)"))
        }
    }
}
