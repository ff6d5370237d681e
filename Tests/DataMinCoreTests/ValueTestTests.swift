import Testing

@testable import DataMinCore

/// Each compiled value test against the message `invalid-value` words from its failure.
struct ValueTestTests {
    static let yaml = """
            version: 1
            name: value-tests
            fields:
              count:   { type: integer, personal: false, min: 1, max: 10 }
              ratio:   { type: number, personal: false, max: 2.5 }
              code:    { type: string, personal: false, max_length: 3, pattern: "[a-z]+" }
              note:    { type: text, personal: false }
              day:     { type: date, personal: false }
              moment:  { type: datetime, personal: false }
              local:   { type: datetime, personal: false, format: "yyyy-MM-dd HH:mm", timezone: Europe/Amsterdam }
              mobile:  { type: phone, format: national, region: GB }
              phone:   { type: phone }
              email:   { type: email }
              country: { type: country, personal: false }
              tier:    { type: enum, personal: false, values: [gold, silver] }
              flag:    { type: boolean, personal: false }
              site:    { type: url, personal: false }
              basis:   { type: lawful_basis, personal: false }
              address: { type: object }
            purposes:
              all:
                lawful_basis: contract
                optional: [count, ratio, code, note, day, moment, local, mobile, phone, email, country, tier, flag, site, basis, address]
                retention: { period: P1Y, from: day }
        """
    let validator: Validator

    init() throws { validator = Validator(policy: try Policy(yaml: Self.yaml), asOf: CalendarDate(year: 2026, month: 12, day: 1)!) }

    /// The `invalid-value` message for one field's value, or nil when it passes.
    private func message(_ field: String, _ value: FieldValue) -> String? {
        let violations = validator.validate(Record(fields: [Record.Field(name: field, value: value)]), purpose: "all")
        return violations.first { $0.check == .invalidValue }?.message
    }

    @Test(arguments: [
        ("count", FieldValue.string("7")), ("count", .number("10")), ("ratio", .string("2.5")), ("ratio", .number("-1e3")),
        ("code", .string("abc")), ("note", .number("12")), ("day", .string("2024-02-29")), ("moment", .string("2026-03-01T10:00:00Z")),
        ("local", .string("2026-03-29 02:30")), ("mobile", .string("07700 900456")), ("phone", .string("+31201234567")),
        ("email", .string("a@example.com")), ("country", .string("NL")), ("tier", .string("gold")), ("flag", .bool(false)),
        ("flag", .string("true")), ("site", .string("https://example.com")), ("basis", .string("contract;consent")),
        ("address", .object(["city": "Utrecht"])), ("email", .null), ("count", .string("")),
    ])
    func valuesOfTheirFieldsSyntaxPass(field: String, value: FieldValue) {
        #expect(message(field, value) == nil)
    }

    @Test(arguments: [
        ("count", FieldValue.string("0"), "field 'count' is below the minimum 1"),
        ("count", .number("11"), "field 'count' is above the maximum 10"),
        ("count", .string("2.5"), "field 'count' is not a whole number"),
        ("ratio", .string("2.6"), "field 'ratio' is above the maximum 2.5"),
        ("ratio", .string("x"), "field 'ratio' is not a number"),
        // Bounds are compared exactly, never as doubles (SPEC §11.4).
        ("ratio", .string("2.5000000000000000000001"), "field 'ratio' is above the maximum 2.5"),
        ("count", .string("-1e-400"), "field 'count' is not a whole number"),
        (
            "ratio", .string("1e-99999"),
            "field 'ratio' has more than 1000 digits or an exponent beyond ±9999, which datamin does not compare"
        ),
        (
            "count", .string(String(repeating: "9", count: 1_001)),
            "field 'count' has more than 1000 digits or an exponent beyond ±9999, which datamin does not compare"
        ),
        ("code", .string("abcd"), "field 'code' is longer than 3 characters"),
        ("code", .string("AB"), "field 'code' does not match the pattern declared for it"),
        ("day", .string("2023-02-29"), "field 'day' is not a calendar date (YYYY-MM-DD)"),
        ("day", .number("20240229"), "field 'day' holds a number where date text is expected"),
        (
            "moment", .string("2026-03-01"),
            "field 'moment' is not an ISO 8601 datetime with offset (YYYY-MM-DDTHH:MM:SSZ or ±HH:MM)"
        ),
        ("local", .string("2026-03-01T10:00:00Z"), "field 'local' is not a datetime in the format 'yyyy-MM-dd HH:mm'"),
        ("mobile", .string("12"), "field 'mobile' is not a phone number in international format or written as a national number of GB"),
        ("phone", .string("+31 20 123 4567"), "field 'phone' is not an E.164 phone number ('+', then 7 to 15 digits, no spaces)"),
        ("email", .string("a@"), "field 'email' is not a valid email address"),
        ("country", .string("XX"), "field 'country' is not an ISO 3166-1 alpha-2 country code"),
        ("tier", .string("bronze"), "field 'tier' is not one of the allowed values (gold, silver)"),
        ("flag", .string("yes"), "field 'flag' is not a boolean (true or false)"),
        ("flag", .number("1"), "field 'flag' holds a number where boolean text is expected"),
        ("email", .bool(true), "field 'email' holds a boolean where email text is expected"),
        ("site", .string("example.com"), "field 'site' is not an http or https URL"),
        (
            "basis", .string("contract;contrct"),
            "field 'basis' is not a lawful basis the policy knows (an Art. 6(1) key or a vocabulary entry); did you mean 'contract'?"
        ),
        ("tier", .array(["gold"]), "field 'tier' holds a list where a single enum value is expected"),
    ])
    func eachFailureIsWordedFromTheFieldsRule(field: String, value: FieldValue, expected: String) {
        #expect(message(field, value) == expected)
    }

    @Test func syntaxIsChosenOnceFromTypeAndFormat() {
        let syntaxes = Dictionary(
            uniqueKeysWithValues: zip(validator.policy.fields.map(\.name), validator.plan.valueTests.map(\.syntax)))
        #expect(syntaxes["day"] == .isoDate)
        #expect(syntaxes["moment"] == .isoDateTime)
        #expect(syntaxes["local"] == .formattedDate)
        #expect(syntaxes["phone"] == .e164Phone)
        #expect(syntaxes["mobile"] == .formattedPhone)
        #expect(syntaxes["note"] == .anyText)
        #expect(syntaxes["address"] == .object)
    }
}
