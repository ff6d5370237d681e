/// A record whose retention clock cannot be read, so nobody can tell when it must go
/// (Art. 5(1)(e), and 5(2) accountability).
package struct RetentionUnknownCheck: RecordCheck {
    package static let id = CheckID.retentionUnknown
    package static let summary = "The retention's from field is absent or not a date."
    package static let article: String? = "Art. 5(1)(e), 5(2)"
    package static let examples: [CheckExample] = [
        .failing(ExamplePolicy.sales(("collected_at", nil)), field: "collected_at"),
        .failing(ExamplePolicy.sales(("collected_at", "15/01/2026")), field: "collected_at"),
        .passing(ExamplePolicy.sales()),
    ]

    package init() {}

    package func check(_ record: RecordContext, into findings: inout [Finding]) {
        guard case .resolved(let purposes) = record.purposes else { return }
        for purpose in purposes {
            let state: String
            switch record.retentionStart(of: purpose) {
            case .valid: continue
            case .absent: state = "is \(record.absence(of: purpose.retentionFrom))"
            case .invalid: state = "is not a date"
            }
            let from = purpose.purpose.retention.from
            findings.append(Finding(Self.id, "retention for purpose '\(purpose.name)' cannot be evaluated: '\(from)' \(state)",
                                    field: from, purpose: purpose.name))
        }
    }
}
