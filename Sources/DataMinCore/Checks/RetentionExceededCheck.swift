/// A record kept past its purpose's retention (Art. 5(1)(e) storage limitation).
package struct RetentionExceededCheck: RecordCheck {
    package static let id = CheckID.retentionExceeded
    package static let summary = "The retention's from + period is before the as-of date."
    package static let article: String? = "Art. 5(1)(e)"
    package static let examples: [CheckExample] = [
        .failing(ExamplePolicy.sales(("collected_at", "2024-11-28")), field: "collected_at"),
        // The last day of the period is still inside it.
        .passing(ExamplePolicy.sales(("collected_at", "2024-11-29"))),
        .failing(ExamplePolicy.newsletter(("consent_given_at", "2025-11-28T23:00:00Z")), field: "consent_given_at"),
        .passing(ExamplePolicy.newsletter(("consent_given_at", "2025-11-29T08:00:00+01:00"))),
    ]

    package init() {}

    package func check(_ record: RecordContext, into findings: inout [Finding]) {
        guard case .resolved(let purposes) = record.purposes else { return }
        for purpose in purposes {
            guard case .valid(let start) = record.retentionStart(of: purpose), start.seconds < purpose.retentionCutoff else { continue }
            let retention = purpose.purpose.retention
            findings.append(Finding(Self.id, "record is past its retention for purpose '\(purpose.name)': '\(retention.from)' + \(retention.period) ended before \(record.plan.asOf)",
                                    field: retention.from, purpose: purpose.name))
        }
    }
}
