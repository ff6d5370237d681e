/// A record kept past its purpose's retention (Art. 5(1)(e) storage limitation).
package struct RetentionExceededCheck: RecordCheck {
    package static let description = CheckDescription(
        .retentionExceeded, article: "Art. 5(1)(e)",
        summary: "The retention's from + period is before the as-of date.",
        details:
            "the retention's start + `period` (calendar arithmetic, UTC) falls before the as-of date. The start is the latest valid value of the `from` fields, moved to 31 December of its year with `align: year_end`; the finding names that field. Never for a record whose `record.legal_hold` is true-ish",
        remedy: "Delete or anonymise the record, or put it on legal hold if a law requires keeping it.",
        examples: [
            .failing(ExamplePolicy.sales(("collected_at", "2024-11-28")), field: "collected_at"),
            // The last day of the period is still inside it.
            .passing(ExamplePolicy.sales(("collected_at", "2024-11-29"))),
            .failing(ExamplePolicy.newsletter(("consent_given_at", "2025-11-28T23:00:00Z")), field: "consent_given_at"),
            .passing(ExamplePolicy.newsletter(("consent_given_at", "2025-11-29T08:00:00+01:00"))),
            // The latest of several dates starts the clock; the finding names that field.
            .failing(ExamplePolicy.customer(("contract_end", "2018-06-30"), ("last_contact_at", "2019-01-10")), field: "last_contact_at"),
            .passing(ExamplePolicy.customer(("contract_end", "2018-06-30"), ("last_contact_at", "2020-01-10"))),
            // "Seven years from the end of the year": 2019-03-01 counts from 2019-12-31.
            .passing(ExamplePolicy.sales(("purpose", "invoicing"), ("lawful_basis", "legal_obligation"), ("invoice_date", "2019-03-01"))),
            .failing(
                ExamplePolicy.sales(("purpose", "invoicing"), ("lawful_basis", "legal_obligation"), ("invoice_date", "2018-12-31")),
                field: "invoice_date"),
            // A legal hold keeps a record past its retention.
            .passing(ExamplePolicy.sales(("collected_at", "2020-01-01"), ("legal_hold", "true"))),
        ])

    package static func check(_ record: RecordContext, into findings: inout [Finding]) {
        guard !record.isOnLegalHold else { return }
        for purpose in record.resolvedPurposes {
            guard case .started(let start, let field) = record.retentionStart(of: purpose), start.seconds < purpose.retentionCutoff else {
                continue
            }
            let name = record.name(of: field)
            let message = record.message(Self.id, field: field, purpose: purpose) {
                let retention = purpose.purpose.retention
                let aligned = retention.alignsToYearEnd ? " (from the end of its year)" : ""
                return
                    "record is past its retention for purpose '\(purpose.name)': '\(name)'\(aligned) + \(retention.period) ended before \(record.plan.asOf)"
            }
            findings.append(Finding(Self.id, message, declared: field, in: record, purpose: purpose.name))
        }
    }
}
