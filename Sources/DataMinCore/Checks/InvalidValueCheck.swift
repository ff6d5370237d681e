/// A value that fails its field's type or constraint (Art. 5(1)(d) accuracy).
package struct InvalidValueCheck: RecordCheck {
    package static let description = CheckDescription(
        .invalidValue, article: "Art. 5(1)(d)",
        summary: "A value fails its field's type or a constraint (max_length, pattern, values, min, max).",
        examples: [
            .passing(ExamplePolicy.sales(("email", "anna.de-vries+crm@mail.example.co.uk"))),
            .failing(ExamplePolicy.sales(("email", "anna@")), field: "email"),
            .failing(ExamplePolicy.sales(("email", " anna@example.com")), field: "email"),
            .passing(ExamplePolicy.sales(("phone", "+31201234567"))),
            .failing(ExamplePolicy.sales(("phone", "+31 20 123 4567")), field: "phone"),
            .failing(ExamplePolicy.sales(("phone", "+0123456789")), field: "phone"),
            .failing(ExamplePolicy.sales(("collected_at", "2023-02-29")), field: "collected_at"),
            .passing(ExamplePolicy.sales(("collected_at", "2024-02-29"))),
            .failing(ExamplePolicy.newsletter(("consent_given_at", "2026-03-01T10:00:00")), field: "consent_given_at"),
            .passing(ExamplePolicy.newsletter(("consent_given_at", "2026-03-01T10:00:00.250+01:00"))),
            .passing(ExamplePolicy.sales(("country", "NL"))),
            .failing(ExamplePolicy.sales(("country", " NL")), field: "country"),
            .failing(ExamplePolicy.sales(("country", "XX")), field: "country"),
            .failing(ExamplePolicy.sales(("source", "cold_call")), field: "source"),
            .passing(ExamplePolicy.sales(("employees", "250"))),
            .passing(ExamplePolicy.sales(("employees", .number("250")))),
            .failing(ExamplePolicy.sales(("employees", "2.5")), field: "employees"),
            .failing(ExamplePolicy.sales(("employees", "0")), field: "employees"),
            .passing(ExamplePolicy.sales(("revenue", "1.5e6"))),
            .failing(ExamplePolicy.sales(("revenue", "-3")), field: "revenue"),
            .passing(ExamplePolicy.sales(("vip", .bool(true)))),
            .failing(ExamplePolicy.sales(("vip", "yes")), field: "vip"),
            .passing(ExamplePolicy.sales(("website", "https://example.com/about"))),
            .failing(ExamplePolicy.sales(("website", "example.com")), field: "website"),
            .passing(ExamplePolicy.sales(("first_name", "Émilie-Zoë"))),
            .failing(ExamplePolicy.sales(("first_name", "Bartholomew")), field: "first_name"),
            .passing(ExamplePolicy.sales(("customer_code", "C-1234"))),
            .failing(ExamplePolicy.sales(("customer_code", "C-1234x")), field: "customer_code"),
            .failing(ExamplePolicy.sales(("lawful_basis", "because")), field: "lawful_basis"),
            .failing(ExamplePolicy.sales(("lawful_basis", "contrct")), field: "lawful_basis", messageEnd: "; did you mean 'contract'?"),
            .failing(ExamplePolicy.sales(("lawful_basis", "opt-in")), field: "lawful_basis", messageEnd: "; did you mean 'consent'?"),
            .failing(ExamplePolicy.sales(("first_name", .object(["a": "b"]))), field: "first_name"),
        ])

    package static func check(_ record: RecordContext, into findings: inout [Finding]) {
        for entry in record.entries {
            guard let index = entry.field, !record.isMissing(entry),
                let problem = Self.problem(with: entry, of: record.plan.fieldRules[index], plan: record.plan)
            else { continue }
            let path = record.path(of: entry)
            findings.append(Finding(Self.id, "field '\(path)' \(problem)", field: path))
        }
    }

    /// What is wrong with the entry's value as a value of `rule`'s field, as the end of a
    /// sentence; nil if fine.
    static func problem(with entry: RecordContext.Entry, of rule: FieldRule, plan: PolicyPlan) -> String? {
        // Reads the rule's own copies: binding `rule.field` would copy (and retain) the
        // whole field policy for every value.
        let type = rule.type
        if type == .object { return nil }
        switch entry.kind {
        case .null:
            return nil
        case .string:
            break
        case .number:
            guard type == .integer || type == .number || type == .string || type == .text else {
                return "holds a number where \(type.rawValue) text is expected"
            }
        case .bool:
            return type == .boolean ? nil : "holds a boolean where \(type.rawValue) text is expected"
        case .array, .object:
            return "holds \(entry.kind.name) where a single \(type.rawValue) value is expected"
        }
        let text = entry.value
        if let problem = typeProblem(text, rule: rule, plan: plan) { return problem }
        // A character is at least one byte: only a long value needs counting.
        if let maxLength = rule.maxLength, text.count > maxLength, text.string.count > maxLength {
            return "is longer than \(maxLength) characters"
        }
        if let pattern = rule.pattern, !pattern.matches(text.string) {
            return "does not match the pattern declared for it"
        }
        return nil
    }

    private static func typeProblem(_ text: UTF8Bytes, rule: FieldRule, plan: PolicyPlan) -> String? {
        switch rule.type {
        case .string, .text, .object:
            return nil
        case .email:
            return ValueSyntax.isEmail(text) ? nil : "is not a valid email address"
        case .phone:
            return PhoneSyntax.isValid(text, format: rule.phoneFormat, region: rule.phoneRegion) ? nil : "is not \(rule.formatDescription)"
        case .date, .datetime:
            return rule.timestamp(text) != nil ? nil : "is not \(rule.formatDescription)"
        case .country:
            return ValueSyntax.isCountryCode(text) ? nil : "is not an ISO 3166-1 alpha-2 country code"
        case .enum:
            return rule.allowedValues.contains(where: text.equals)
                ? nil : "is not one of the allowed values (\(rule.field.values.joined(separator: ", ")))"
        case .integer, .number:
            guard let number = rule.type == .integer ? ValueSyntax.integer(text) : ValueSyntax.number(text) else {
                return rule.type == .integer ? "is not a whole number" : "is not a number"
            }
            if let min = rule.field.min, number < min { return "is below the minimum \(ValueSyntax.format(min))" }
            if let max = rule.field.max, number > max { return "is above the maximum \(ValueSyntax.format(max))" }
            return nil
        case .boolean:
            return ValueSyntax.boolean(text) != nil ? nil : "is not a boolean (true or false)"
        case .url:
            return ValueSyntax.isURL(text) ? nil : "is not an http or https URL"
        case .lawfulBasis:
            if plan.lawfulBasis(for: text) != nil { return nil }
            let words = text.split(separator: UInt8(ascii: ";"))
            let unknown = words.filter { plan.lawfulBasis(for: $0) == nil }
            if !words.isEmpty, unknown.isEmpty { return nil }
            // The suggestion is one of the policy's own words; the record's word is data.
            let guesses = unknown.compactMap { plan.suggestedLawfulBasisWord(for: $0.string) }
            return "is not a lawful basis the policy knows (an Art. 6(1) key or a vocabulary entry)"
                + (guesses.isEmpty ? "" : "; did you mean '\(guesses.joined(separator: "', '"))'?")
        }
    }
}
