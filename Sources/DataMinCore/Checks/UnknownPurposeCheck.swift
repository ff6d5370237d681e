/// A record naming a purpose the policy does not define (Art. 5(1)(b)).
package struct UnknownPurposeCheck: RecordCheck {
    package static let id = CheckID.unknownPurpose
    package static let summary = "The record names a purpose the policy does not define."
    package static let article: String? = "Art. 5(1)(b)"
    package static let examples: [CheckExample] = [
        .failing(ExamplePolicy.sales(("purpose", "marketing"))),
        // Values are taken as they are: a trailing space makes another purpose.
        .failing(ExamplePolicy.sales(("purpose", "sales "))),
        .failing(ExamplePolicy.sales(("purpose", "sales;marketing"))),
        .passing(ExamplePolicy.sales()),
    ]

    package init() {}

    package func check(_ record: RecordContext, into findings: inout [Finding]) {
        guard case .unknown = record.purposes else { return }
        let names = record.plan.policy.purposes.map(\.name).joined(separator: ", ")
        findings.append(Finding(Self.id, "the record's purpose is not defined in policy '\(record.plan.policy.name)' (defined: \(names))",
                                field: record.plan.policy.recordFields.purpose))
    }
}
