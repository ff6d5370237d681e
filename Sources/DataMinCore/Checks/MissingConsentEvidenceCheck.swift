/// A record processed on consent without a valid consent timestamp: the controller must be
/// able to demonstrate consent (Art. 7(1)).
package struct MissingConsentEvidenceCheck: RecordCheck {
    package static let description = CheckDescription(
        .missingConsentEvidence, article: "Art. 7(1)",
        summary:
            "The basis is consent but its timestamp is absent, invalid or after the as-of date, the double opt-in is not confirmed, or the notice is missing.",
        details:
            "the record relies on consent and the consent timestamp is missing, not a date/datetime, or after the as-of date; with `confirmed_at`, no valid double opt-in confirmation on or after the consent and on or before the as-of date; with `notice`, the notice field is missing",
        remedy:
            "Import the consent timestamp (and the confirmation or notice the policy asks for) with the record, or do not process it under consent.",
        examples: [
            .failing(ExamplePolicy.newsletter(("consent_given_at", "")), field: "consent_given_at"),
            .failing(ExamplePolicy.newsletter(("consent_given_at", "yesterday")), field: "consent_given_at"),
            .failing(ExamplePolicy.newsletter(("consent_given_at", "2027-01-01T00:00:00Z")), field: "consent_given_at"),
            .passing(ExamplePolicy.newsletter()),
            // Double opt-in: a confirmation on or after the consent, on or before the as-of date.
            .failing(ExamplePolicy.mailing(("doi_confirmed_at", nil)), field: "doi_confirmed_at"),
            .failing(ExamplePolicy.mailing(("doi_confirmed_at", "2026-04-30T09:00:00Z")), field: "doi_confirmed_at"),
            .failing(ExamplePolicy.mailing(("notice_version", "")), field: "notice_version"),
            .passing(ExamplePolicy.mailing()),
        ])

    /// Nothing to find in the records of a purpose with no consent block.
    package static func mayFind(inRecordsFor purpose: Purpose, of policy: Policy) -> Bool { purpose.consent != nil }

    package static func check(_ record: RecordContext, into findings: inout [Finding]) {
        guard case .resolved(let purposes) = record.purposes else { return }
        for purpose in purposes where record.reliesOnConsent(purpose) {
            guard let field = purpose.consentAt else { continue }
            let name = record.name(of: field)
            // The message's detail: 0 and 1 absent (``RecordContext/absenceDetail(of:)``), 2 not a date, 3 after the as-of date.
            let detail: Int
            switch record.timestamp(of: field) {
            case .absent: detail = record.absenceDetail(of: field)
            case .invalid: detail = 2
            case .valid(let timestamp):
                guard timestamp.date > record.plan.asOf else { continue }
                detail = 3
            }
            let message = record.message(Self.id, field: field, purpose: purpose, detail: detail) {
                let problem =
                    switch detail {
                    case 2: "'\(name)' is not a valid date or datetime"
                    case 3: "'\(name)' is after the as-of date \(record.plan.asOf)"
                    default: "'\(name)' is \(record.absence(of: field))"
                    }
                return "purpose '\(purpose.name)' relies on consent but \(problem)"
            }
            findings.append(Finding(Self.id, message, declared: field, in: record, purpose: purpose.name))
        }
        for purpose in purposes where record.reliesOnConsent(purpose) {
            if let field = purpose.consentConfirmedAt {
                let name = record.name(of: field)
                // The message's detail: 4 no confirmation on or after the consent, 7 one after the as-of date.
                var detail: Int?
                if case .valid(let confirmation) = record.timestamp(of: field) {
                    if confirmation.date > record.plan.asOf {
                        detail = 7
                    } else if let at = purpose.consentAt, case .valid(let given) = record.timestamp(of: at),
                        record.isLater(given, of: at, than: confirmation, of: field)
                    {
                        detail = 4
                    }
                } else {
                    detail = 4
                }
                if let detail {
                    let message = record.message(Self.id, field: field, purpose: purpose, detail: detail) {
                        let problem =
                            detail == 7
                            ? "'\(name)' confirms it after the as-of date \(record.plan.asOf)"
                            : "'\(name)' holds no confirmation on or after the consent"
                        return "purpose '\(purpose.name)' relies on double opt-in consent but \(problem)"
                    }
                    findings.append(Finding(Self.id, message, declared: field, in: record, purpose: purpose.name))
                }
            }
            if let field = purpose.consentNotice, record.isMissing(field: field) {
                let name = record.name(of: field)
                let message = record.message(Self.id, field: field, purpose: purpose, detail: 5 + record.absenceDetail(of: field)) {
                    "purpose '\(purpose.name)' relies on consent but '\(name)', the notice agreed to, is \(record.absence(of: field))"
                }
                findings.append(Finding(Self.id, message, declared: field, in: record, purpose: purpose.name))
            }
        }
    }
}
