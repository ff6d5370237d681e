/// A record naming a purpose the policy does not define (Art. 5(1)(b)).
package struct UnknownPurposeCheck: RecordCheck {
    package static let description = CheckDescription(
        .unknownPurpose, article: "Art. 5(1)(b)",
        summary: "The record names a purpose the policy does not define.",
        details: "the record names a purpose the policy does not define",
        remedy: "Correct the purpose word in the data, map it under 'vocabulary', or define the purpose in the policy.",
        examples: [
            .failing(ExamplePolicy.sales(("purpose", "marketing"))),
            // Values are taken as they are: a trailing space makes another purpose.
            .failing(ExamplePolicy.sales(("purpose", "sales "))),
            .failing(ExamplePolicy.sales(("purpose", "sales;marketing"))),
            // A typo gets the closest defined purpose; the record's own word is not repeated.
            .failing(ExamplePolicy.sales(("purpose", "sals")), messageEnd: "; did you mean 'sales'?"),
            .failing(ExamplePolicy.sales(("purpose", "sales;newsleter-product-a")), messageEnd: "; did you mean 'newsletter-product-a'?"),
            .passing(ExamplePolicy.sales()),
        ])

    /// Nothing to find in a record whose purposes (its own or the input's) are all defined.
    package static func mayFind(inRecordsFor purpose: Purpose, of policy: Policy) -> Bool { false }

    package static func check(_ record: RecordContext, into findings: inout [Finding]) {
        guard case .unknown = record.purposes else { return }
        let defined = record.plan.policy.purposes.map(\.name)
        var message =
            "the record's purpose is not defined in policy '\(record.plan.policy.name)' (defined: \(defined.joined(separator: ", ")))"
        // The suggestion is the policy's own word, so it may be shown; the record's word is data.
        if let text = record.plan.purposeField.flatMap(record.text(of:)) {
            let unknown = text.split(separator: UInt8(ascii: ";")).map(\.string).filter { record.plan.purposes[$0] == nil }
            let guesses = unknown.compactMap { Suggestion.closest(to: $0, among: defined) }
            if !guesses.isEmpty { message += "; did you mean '\(guesses.joined(separator: "', '"))'?" }
        }
        findings.append(Finding(Self.id, message, field: record.plan.policy.recordFields.purpose))
    }
}
