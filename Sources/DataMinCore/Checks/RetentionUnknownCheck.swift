/// A record whose retention clock cannot be read, so nobody can tell when it must go
/// (Art. 5(1)(e), and 5(2) accountability).
package struct RetentionUnknownCheck: RecordCheck {
    package static let description = CheckDescription(
        .retentionUnknown, article: "Art. 5(1)(e), 5(2)",
        summary: "The retention's from field is absent or not a date.",
        details: "no `from` field holds a valid date/datetime: all are missing (unless `if_missing: keep`), or present ones are invalid",
        remedy: "Fill the date the retention counts from, or set 'if_missing: keep' if an empty date means the clock has not started.",
        examples: [
            .failing(ExamplePolicy.sales(("collected_at", nil)), field: "collected_at"),
            .failing(ExamplePolicy.sales(("collected_at", "15/01/2026")), field: "collected_at"),
            .passing(ExamplePolicy.sales()),
            // A running contract has no end date yet: 'if_missing: keep'. A bad date still counts.
            .passing(ExamplePolicy.customer()),
            .failing(ExamplePolicy.customer(("contract_end", "soon")), field: "contract_end"),
        ])

    package static func check(_ record: RecordContext, into findings: inout [Finding]) {
        for purpose in record.resolvedPurposes {
            let retention = purpose.purpose.retention
            let message: String
            let field: String
            switch record.retentionStart(of: purpose) {
            case .started: continue
            case .allMissing:
                guard !retention.keepIfMissing else { continue }
                field = retention.from
                let first = purpose.retentionFrom[0]
                message = record.message(Self.id, field: first, purpose: purpose, detail: record.absenceDetail(of: first)) {
                    let others =
                        retention.fromFields.count > 1
                        ? " (nor any other of \(retention.fromFields.map { "'\($0)'" }.joined(separator: ", ")))" : ""
                    return
                        "retention for purpose '\(purpose.name)' cannot be evaluated: '\(field)' is \(record.absence(of: first))\(others)"
                }
            case .invalid(let invalid):
                // SPEC §8.3: the finding names the first field of the list; its message, the
                // field whose value is not a date.
                field = retention.from
                message = record.message(Self.id, field: invalid, purpose: purpose, detail: 2) {
                    "retention for purpose '\(purpose.name)' cannot be evaluated: '\(record.name(of: invalid))' is not a date"
                }
            }
            findings.append(Finding(Self.id, message, field: field, purpose: purpose.name))
        }
    }
}
