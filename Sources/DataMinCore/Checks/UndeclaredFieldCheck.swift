/// A field the policy does not declare at all: the organisation has not decided it may hold
/// it (Art. 5(1)(c) data minimisation, Art. 25(2) data protection by default).
package struct UndeclaredFieldCheck: HeaderCheck {
    package static let description = CheckDescription(
        .undeclaredField, article: "Art. 5(1)(c), 25(2)",
        summary: "A field the policy does not declare at all (CSV: reported once, at the header cell).",
        details:
            "a field the policy does not declare. CSV: once, at its header cell; the rows are not rejected for it. JSON: on each record that has the key",
        remedy:
            "Remove the field from the export if no purpose needs it; otherwise declare it under 'fields:' and permit it for the purposes that need it.",
        examples: [
            .passing(ExamplePolicy.sales(("phone", "+31201234567"))),
            .passing(ExamplePolicy.sales(("address", .object(["city": "Utrecht"])))),
            .failing(ExamplePolicy.sales(("passport_number", "X1234567")), field: "passport_number"),
            .failing(ExamplePolicy.sales(("address", .object(["street": "Main 1"]))), field: "address.street"),
            .failing(ExamplePolicy.sales(("", "x")), field: ""),
            // A special-category name is reported by special-category-field instead.
            .passing(ExamplePolicy.sales(("religion", "none"))),
        ])

    package static func check(_ record: RecordContext, into findings: inout [Finding]) {
        let specialChecked = record.plan.checksSpecialCategoryNames
        for entry in record.entries where entry.field == nil {
            let path = record.path(of: entry)
            if specialChecked, SpecialCategoryVocabulary.category(ofFieldName: path) != nil { continue }
            if path.isEmpty {
                findings.append(Finding(Self.id, "a field has an empty name; name it after a declared field or remove it", field: path))
                continue
            }
            let shown = FieldNameText.showable(path, showValues: record.plan.showsValues)
            findings.append(
                Finding(
                    Self.id,
                    "\(FieldNameText.described(path, showValues: record.plan.showsValues)) is not declared in policy '\(record.plan.policy.name)'",
                    field: shown))
        }
    }
}
