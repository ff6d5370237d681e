/// Identifiers hidden in free text, where no policy rule can see them (SPEC §8.5).
package struct PIIInFreeTextCheck: RecordCheck {
    package static let description = CheckDescription(
        .piiInFreeText, severity: .warning, article: "Art. 5(1)(c)",
        summary:
            "An email address, phone number, IBAN, card number, national id (BSN, Belgian, Steuer-ID, NIR, NINO, SSN) or date of birth inside a text field.",
        details:
            "a `text` field contains an e-mail address (also `[at]` spellings; not role mailboxes), a phone number (international, or national in the regions of §8.1), an IBAN (country length, MOD 97-10), a payment card number (issuer prefix, length, Luhn), a Dutch BSN, Belgian national number, German Steuer-ID, French NIR, UK NINO, US SSN or a date of birth; one violation per kind and field, naming the kind. Kinds the field's `allow:` names are not reported. Details, exclusions and scores: [free-text.md](free-text.md)",
        remedy:
            "Remove the identifier from the note (--redact-free-text writes a copy without it), or 'allow:' the kind on the field if the purpose needs it.",
        examples: [
            .failing(
                ExamplePolicy.sales(("notes", "Prefers mail to anna.private@example.org, not work.")), field: "notes",
                messageEnd: "appears to contain an email address"),
            .failing(ExamplePolicy.sales(("notes", "Call +44 20 7946 0958 after 5")), field: "notes"),
            .failing(
                ExamplePolicy.sales(("notes", "Refund to nl91-abna-0417-1643-00")), field: "notes", messageEnd: "appears to contain an IBAN"
            ),
            .failing(ExamplePolicy.sales(("notes", "Paid with 4111 1111 1111 1111")), field: "notes"),
            .failing(
                ExamplePolicy.sales(("notes", "BSN 111222333 checked at the desk")), field: "notes",
                messageEnd: "appears to contain a Dutch BSN"),
            .failing(
                ExamplePolicy.sales(("notes", "geb. 12.03.1985, prefers mornings")), field: "notes",
                messageEnd: "appears to contain a date of birth"),
            .passing(ExamplePolicy.sales(("notes", "Met at booth 12 on 2026-01-15; order 12345678 pending."))),
            .passing(ExamplePolicy.sales(("notes", "Write to info@example.com; SIRET 732 829 320 00074."))),
        ])

    package static func check(_ record: RecordContext, into findings: inout [Finding]) {
        FreeTextFindings.append(Self.id, in: record, to: &findings)
    }
}
