/// A value that fails its field's type or constraint (Art. 5(1)(d) accuracy).
package struct InvalidValueCheck: RecordCheck {
    package static let description = CheckDescription(
        .invalidValue, article: "Art. 5(1)(d)",
        summary: "A value fails its field's type or a constraint (max_length, pattern, values, min, max).",
        details: "a value fails its type, `max_length`, `pattern`, `values`, `min` or `max`",
        remedy:
            "Correct the value in the source system, or widen the field's type, format or constraint in the policy if the value is right.",
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
        let plan = record.plan
        for entry in record.entries {
            guard let index = entry.field, !record.isMissing(entry),
                let failure = plan.valueTests[index].failure(of: entry.kind, text: entry.value, field: index, plan: plan)
            else { continue }
            findings.append(finding(failure, of: entry, field: index, in: record))
        }
    }

    /// The finding of `entry`'s `failure`: out of the loop over values, which most records
    /// pass through without one.
    @inline(never)
    private static func finding(_ failure: ValueTest.Failure, of entry: RecordContext.Entry, field: Int, in record: RecordContext)
        -> Finding
    {
        let plan = record.plan
        let path = record.name(of: field)
        let rule = plan.fieldRules[field]
        func message() -> String {
            "field '\(path)' \(Self.problem(failure, kind: entry.kind, text: entry.value, rule: rule, plan: plan))"
        }
        // A lawful-basis word's suggestion depends on the word; every other message only on
        // the field, the failure and the value's kind.
        if failure == .syntax && rule.type == .lawfulBasis { return Finding(Self.id, message(), declared: field, in: record) }
        return Finding(
            Self.id, record.message(Self.id, field: field, detail: Self.detail(failure, entry.kind), message), declared: field, in: record)
    }

    /// The failure and the value's kind as a finding's detail, the two facts besides the
    /// field that ``problem(_:kind:text:rule:plan:)`` reads (but for a lawful basis's syntax).
    static func detail(_ failure: ValueTest.Failure, _ kind: RecordContext.ValueKind) -> Int {
        Int(failure.rawValue) << 3 | Int(kind.rawValue)
    }

    /// What is wrong with a value that failed `rule`'s test, as the end of a sentence.
    static func problem(_ failure: ValueTest.Failure, kind: RecordContext.ValueKind, text: UTF8Bytes, rule: FieldRule, plan: PolicyPlan)
        -> String
    {
        let type = rule.type
        switch failure {
        case .kind:
            switch kind {
            case .number: return "holds a number where \(type.rawValue) text is expected"
            case .bool: return "holds a boolean where \(type.rawValue) text is expected"
            default: return "holds \(kind.name) where a single \(type.rawValue) value is expected"
            }
        case .tooLong: return "is longer than \(rule.maxLength ?? 0) characters"
        case .pattern: return "does not match the pattern declared for it"
        case .belowMinimum: return "is below the minimum \(rule.minimum?.text ?? "")"
        case .aboveMaximum: return "is above the maximum \(rule.maximum?.text ?? "")"
        case .outOfRange:
            return
                "has more than \(ExactDecimal.maximumDigits) digits or an exponent beyond ±\(ExactDecimal.maximumExponent), which datamin does not compare"
        case .syntax: break
        }
        switch type {
        case .string, .text, .object: return "is not valid"  // these types have no syntax to fail
        case .email: return "is not a valid email address"
        case .phone, .date, .datetime: return "is not \(rule.formatDescription)"
        case .country: return "is not an ISO 3166-1 alpha-2 country code"
        case .enum: return "is not one of the allowed values (\(rule.field.values.joined(separator: ", ")))"
        case .integer: return "is not a whole number"
        case .number: return "is not a number"
        case .boolean: return "is not a boolean (true or false)"
        case .url: return "is not an http or https URL"
        case .lawfulBasis:
            // The suggestion is one of the policy's own words; the record's word is data.
            let unknown = text.split(separator: UInt8(ascii: ";")).filter { plan.lawfulBasis(for: $0) == nil }
            let guesses = unknown.compactMap { plan.suggestedLawfulBasisWord(for: $0.string) }
            return "is not a lawful basis the policy knows (an Art. 6(1) key or a vocabulary entry)"
                + (guesses.isEmpty ? "" : "; did you mean '\(guesses.joined(separator: "', '"))'?")
        }
    }
}
