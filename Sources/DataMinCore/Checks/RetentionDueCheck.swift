/// A record whose retention ends within the `--due-within` window: the list a deletion run
/// is planned from (Art. 5(1)(e)).
package struct RetentionDueCheck: RecordCheck {
    package static let description = CheckDescription(
        .retentionDue, severity: .warning, article: "Art. 5(1)(e)",
        summary: "Retention ends within the --due-within window (off without it; a warning with it).",
        details:
            "the record's retention ends on or after the as-of date and on or before the as-of date plus the window: the list a deletion run is planned from. Not for records on legal hold",
        remedy: "Plan the record's deletion before its retention ends, or put it on legal hold if a law requires keeping it.",
        offUnless: "with `--due-within`",
        examples: [
            // The examples run with --due-within P30D on 2026-11-29: ends 2026-12-20.
            .failing(ExamplePolicy.sales(("collected_at", "2024-12-20")), field: "collected_at"),
            // Ends on the as-of date itself: due, not yet exceeded.
            .failing(ExamplePolicy.sales(("collected_at", "2024-11-29")), field: "collected_at"),
            .passing(ExamplePolicy.sales(("collected_at", "2025-01-15"))),
            // Already past: retention-exceeded, not due.
            .passing(ExamplePolicy.sales(("collected_at", "2024-11-28"))),
            .passing(ExamplePolicy.sales(("collected_at", "2024-12-20"), ("legal_hold", "true"))),
        ])

    package static func check(_ record: RecordContext, into findings: inout [Finding]) {
        guard !record.isOnLegalHold else { return }
        for purpose in record.resolvedPurposes {
            guard let due = purpose.dueCutoff, case .started(let start, let field) = record.retentionStart(of: purpose),
                start.seconds >= purpose.retentionCutoff, start.seconds < due
            else { continue }
            let retention = purpose.purpose.retention
            let end = retention.period.added(to: start).date
            let aligned = retention.alignsToYearEnd ? " (from the end of its year)" : ""
            findings.append(
                Finding(
                    Self.id,
                    "retention for purpose '\(purpose.name)' ends on \(end): '\(record.name(of: field))'\(aligned) + \(retention.period)",
                    declared: field, in: record, purpose: purpose.name))
        }
    }
}
