/// A record processed on consent the subject has withdrawn (Art. 7(3)): withdrawal must be
/// as easy as giving consent, and processing on that consent stops with it.
package struct ConsentWithdrawnCheck: RecordCheck {
    package static let description = CheckDescription(
        .consentWithdrawn, article: "Art. 7(3)",
        summary: "The record relies on consent for a purpose and that consent was withdrawn (and not given again since).",
        details:
            "the record relies on consent for a purpose, its `withdrawn_at` holds a date on or before the as-of date, and consent was not given again after it",
        remedy: "Stop processing the record for this purpose; delete it if no other purpose permits it.",
        examples: [
            .failing(ExamplePolicy.mailing(("consent_withdrawn_at", "2026-06-01T00:00:00Z")), field: "consent_withdrawn_at"),
            // Withdrawn without a consent date at all.
            .failing(
                ExamplePolicy.mailing(("consent_withdrawn_at", "2026-06-01T00:00:00Z"), ("consent_given_at", nil)),
                field: "consent_withdrawn_at"),
            // Consent given again after the withdrawal stands.
            .passing(ExamplePolicy.mailing(("consent_withdrawn_at", "2026-04-01T00:00:00Z"))),
            // A withdrawal dated after the as-of date has not happened yet.
            .passing(ExamplePolicy.mailing(("consent_withdrawn_at", "2026-12-01T00:00:00Z"))),
            // A record on legitimate interests does not rely on the withdrawn consent.
            .passing(ExamplePolicy.mailing(("consent_withdrawn_at", "2026-06-01T00:00:00Z"), ("lawful_basis", "legitimate_interests"))),
            .passing(ExamplePolicy.mailing()),
        ])

    /// Nothing to find in the records of a purpose whose consent records no withdrawal.
    package static func mayFind(inRecordsFor purpose: Purpose, of policy: Policy) -> Bool { purpose.consent?.withdrawnAt != nil }

    package static func check(_ record: RecordContext, into findings: inout [Finding]) {
        for purpose in record.resolvedPurposes where record.reliesOnConsent(purpose) {
            guard let field = purpose.consentWithdrawnAt, case .valid(let withdrawn) = record.timestamp(of: field),
                withdrawn.date <= record.plan.asOf
            else { continue }
            if let at = purpose.consentAt, case .valid(let given) = record.timestamp(of: at),
                record.isLater(given, of: at, than: withdrawn, of: field)
            {
                continue
            }
            let message = record.message(Self.id, field: field, purpose: purpose) {
                "purpose '\(purpose.name)' relies on consent that '\(record.name(of: field))' records as withdrawn"
            }
            findings.append(Finding(Self.id, message, declared: field, in: record, purpose: purpose.name))
        }
    }
}
