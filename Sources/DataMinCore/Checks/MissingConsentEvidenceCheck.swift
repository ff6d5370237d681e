/// A record processed on consent without a valid consent timestamp: the controller must be
/// able to demonstrate consent (Art. 7(1)).
package struct MissingConsentEvidenceCheck: RecordCheck {
    package static let id = CheckID.missingConsentEvidence
    package static let summary = "The basis is consent but the consent timestamp is absent, invalid or after the as-of date."
    package static let article: String? = "Art. 7(1)"
    package static let examples: [CheckExample] = [
        .failing(ExamplePolicy.newsletter(("consent_given_at", "")), field: "consent_given_at"),
        .failing(ExamplePolicy.newsletter(("consent_given_at", "yesterday")), field: "consent_given_at"),
        .failing(ExamplePolicy.newsletter(("consent_given_at", "2027-01-01T00:00:00Z")), field: "consent_given_at"),
        .passing(ExamplePolicy.newsletter()),
    ]

    package init() {}

    package func check(_ record: RecordContext, into findings: inout [Finding]) {
        guard case .resolved(let purposes) = record.purposes else { return }
        for purpose in purposes where record.reliesOnConsent(purpose) {
            guard let field = purpose.consentAt else { continue }
            let name = record.name(of: field)
            let problem: String
            switch record.timestamp(of: field) {
            case .absent: problem = "'\(name)' is \(record.absence(of: field))"
            case .invalid: problem = "'\(name)' is not a valid date or datetime"
            case .valid(let timestamp):
                guard timestamp.date > record.plan.asOf else { continue }
                problem = "'\(name)' is after the as-of date \(record.plan.asOf)"
            }
            findings.append(Finding(Self.id, "purpose '\(purpose.name)' relies on consent but \(problem)", field: name, purpose: purpose.name))
        }
    }
}
