/// An undeclared field whose name reveals special-category (Art. 9(1)) or criminal (Art. 10)
/// data, in English, Dutch, German or French.
package struct SpecialCategoryFieldCheck: HeaderCheck {
    package static let description = CheckDescription(
        .specialCategoryField, article: "Art. 9(1), 10",
        summary: "An undeclared field whose name reveals Art. 9/10 data (EN/NL/DE/FR names); reported instead of undeclared-field.",
        details:
            "an undeclared field whose name, split into words at `_ - . /` spaces and case changes and with accents folded, contains an Art. 9(1) or Art. 10 term in English, Dutch, German or French (or a long compound stem such as `gewerkschaft`); reported instead of `undeclared-field`. Whole words only: `page`, `usage`, `european_union`, `terms_and_conditions` do not match",
        remedy:
            "Remove the column: Art. 9 and 10 data may not be held without a condition. If a purpose needs it, declare the field with its 'special_category' and state the purpose's 'article9_condition' (or 'article10_authorisation').",
        examples: [
            .failing(ExamplePolicy.sales(("religion", "none")), field: "religion"),
            .failing(ExamplePolicy.sales(("HealthNotes", "x")), field: "HealthNotes"),
            .failing(ExamplePolicy.sales(("Gewerkschaftszugehörigkeit", "x")), field: "Gewerkschaftszugehörigkeit"),
            .failing(ExamplePolicy.sales(("casier judiciaire", "x")), field: "casier judiciaire"),
            .passing(ExamplePolicy.sales(("page", "2"))),
            .passing(ExamplePolicy.sales(("european_union", "yes"))),
            // Declared special-category fields are governed by the policy, not by their name.
            .passing(ExamplePolicy.sales(("health_notes", ""))),
        ])

    package static func check(_ record: RecordContext, into findings: inout [Finding]) {
        for entry in record.entries where entry.field == nil {
            let path = record.path(of: entry)
            guard let category = SpecialCategoryVocabulary.category(ofFieldName: path) else { continue }
            let shown = FieldNameText.showable(path, showValues: record.plan.showsValues)
            findings.append(
                Finding(
                    Self.id,
                    "\(FieldNameText.described(path, showValues: record.plan.showsValues)) is not declared in policy '\(record.plan.policy.name)' and its name suggests special-category data (\(category.label), \(category.article))",
                    field: shown, article: category.article))
        }
    }
}
