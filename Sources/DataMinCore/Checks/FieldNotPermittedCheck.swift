/// A declared field with a value that none of the record's purposes permits
/// (Art. 5(1)(b) purpose limitation, 5(1)(c) minimisation, 25(2) by default).
package struct FieldNotPermittedCheck: RecordCheck {
    package static let description = CheckDescription(
        .fieldNotPermitted, article: "Art. 5(1)(b)(c), 25(2)",
        summary: "A declared field with a value, not permitted for the record's purpose.",
        details: "a declared field has a non-missing value and none of the record's purposes permits it",
        remedy:
            "Leave the value out for this record's purposes (--strip-out writes a copy without it), or add the field to 'optional' of a purpose that needs it.",
        examples: [
            .failing(ExamplePolicy.newsletter(("phone", "+31201234567")), field: "phone"),
            .passing(ExamplePolicy.newsletter(("phone", ""))),
            .passing(ExamplePolicy.sales(("phone", "+31201234567"))),
            // Several purposes permit the union of their fields.
            .passing(
                ExamplePolicy.newsletter(
                    ("purpose", "newsletter-product-a;sales"), ("phone", "+31201234567"), ("collected_at", "2026-01-15"))),
            // Without a known purpose there is nothing to compare against.
            .passing(ExamplePolicy.newsletter(("purpose", "unknown"), ("phone", "+31201234567"))),
        ])

    package static func check(_ record: RecordContext, into findings: inout [Finding]) {
        guard case .resolved(let purposes) = record.purposes, let first = purposes.first else { return }
        // Most records hold only permitted fields: one mask test instead of one test per field.
        let permitted = purposes.dropFirst().reduce(first.permittedMask) { $0.union($1.permittedMask) }
        if let present = record.presentAnywhere, present.isSubset(of: permitted) { return }
        for entry in record.entries {
            guard let field = entry.field, !record.isMissing(entry), !purposes.contains(where: { $0.permitted[field] }) else { continue }
            let names = purposes.count == 1 ? first.name : purposes.map(\.name).joined(separator: ";")
            let path = record.path(of: entry)
            func message() -> String { "field '\(path)' is not permitted for purpose '\(names)'" }
            // A message for several purposes names them all, so it is made for each finding.
            let text = purposes.count == 1 ? record.message(Self.id, field: field, purpose: first, message) : message()
            findings.append(Finding(Self.id, text, declared: field, in: record, purpose: names))
        }
    }
}
