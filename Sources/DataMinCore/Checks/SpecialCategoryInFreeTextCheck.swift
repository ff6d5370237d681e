/// A note that mentions a person's health, beliefs, politics, union, origin, sexual
/// orientation or criminal record (SPEC §8.4): special-category data no field declares.
package struct SpecialCategoryInFreeTextCheck: RecordCheck {
    package static let description = CheckDescription(
        .specialCategoryInFreeText, severity: .warning, article: "Art. 9(1), 10",
        summary: "A text field mentions an Art. 9(1) or Art. 10 category about a person (EN/NL/DE/FR).",
        details:
            "a `text` field mentions health (incl. pregnancy, disability, medication), religion, political opinion, trade-union membership, ethnic origin, sexual orientation or a criminal record about a person (EN/NL/DE/FR), not when the words name a product, place or business; cites Art. 10 for criminal records, Art. 9(1) otherwise. Not run on a field that declares a `special_category`",
        remedy:
            "Remove the mention from the note (--redact-free-text writes a copy without it), or declare a special-category field with a condition if the purpose needs it.",
        examples: [
            .failing(
                ExamplePolicy.sales(("notes", "Klant heeft diabetes, liever geen afspraak voor 10 uur")), field: "notes",
                messageEnd: "appears to mention health data (Art. 9(1))"),
            .failing(ExamplePolicy.sales(("notes", "Élodie est enceinte, rappeler en mai")), field: "notes"),
            .failing(
                ExamplePolicy.sales(("notes", "Herr Braun ist vorbestraft")), field: "notes",
                messageEnd: "appears to mention criminal convictions and offences data (Art. 10)"),
            .failing(ExamplePolicy.sales(("notes", "She is a union member and asked about the strike")), field: "notes"),
            .passing(ExamplePolicy.sales(("notes", "Ordered diabetic test strips for the pharmacy"))),
            .passing(ExamplePolicy.sales(("notes", "Delivery to 4 Church Street, back entrance"))),
            .passing(ExamplePolicy.sales(("notes", "Meeting in the Gewerkschaftshaus, 3rd floor"))),
            .passing(ExamplePolicy.sales(("notes", "Referred by a criminal defence law firm"))),
            .passing(ExamplePolicy.sales(("notes", "Herr Krebs bestellt 20 Stühle"))),
        ])

    package static func check(_ record: RecordContext, into findings: inout [Finding]) {
        FreeTextFindings.append(Self.id, in: record, to: &findings)
    }
}
