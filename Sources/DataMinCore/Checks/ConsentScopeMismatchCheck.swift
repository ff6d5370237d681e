/// Consent given for something else than this purpose: consent for product A does not cover
/// mail about product B (Art. 6(1)(a) "specific purposes", Art. 5(1)(b)).
package struct ConsentScopeMismatchCheck: RecordCheck {
    package static let description = CheckDescription(
        .consentScopeMismatch, article: "Art. 6(1)(a), 5(1)(b)",
        summary: "The consent was given for another scope than the purpose's.",
        details:
            "the record relies on consent and its scope field is empty or does not list the purpose's scope (`;` separates several scopes)",
        remedy:
            "Collect consent for this purpose's scope before processing, or process the record only for the purposes its consent covers.",
        examples: [
            .failing(ExamplePolicy.newsletter(("consent_scope", "product-b")), field: "consent_scope"),
            .failing(ExamplePolicy.newsletter(("consent_scope", "")), field: "consent_scope"),
            .passing(ExamplePolicy.newsletter(("consent_scope", "product-b;product-a"))),
            .passing(ExamplePolicy.newsletter()),
        ])

    /// Nothing to find in the records of a purpose whose consent names no scope.
    package static func mayFind(inRecordsFor purpose: Purpose, of policy: Policy) -> Bool {
        purpose.consent?.scopeField != nil && purpose.consent?.scope != nil
    }

    package static func check(_ record: RecordContext, into findings: inout [Finding]) {
        guard case .resolved(let purposes) = record.purposes else { return }
        for purpose in purposes where record.reliesOnConsent(purpose) {
            guard let field = purpose.consentScopeField, let scope = purpose.purpose.consent?.scope, let scopeBytes = purpose.consentScope
            else { continue }
            let given = record.text(of: field)?.split(separator: UInt8(ascii: ";")).contains { $0.equals(scopeBytes) } ?? false
            if given { continue }
            let name = record.name(of: field)
            let recordsNone = record.text(of: field) == nil
            let message = record.message(Self.id, field: field, purpose: purpose, detail: recordsNone ? 0 : 1) {
                let state = recordsNone ? "records no consent scope" : "records consent for another scope"
                return "'\(name)' \(state); purpose '\(purpose.name)' needs consent for '\(scope)'"
            }
            findings.append(Finding(Self.id, message, declared: field, in: record, purpose: purpose.name))
        }
    }
}
