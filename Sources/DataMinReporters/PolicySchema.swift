import DataMinCore

/// The JSON Schema (draft 2020-12) of the policy format, for editors that complete and check
/// a policy as it is typed (`# yaml-language-server: $schema=…`). `datamin schema` prints
/// it; docs/policy.schema.json is it, and a test keeps the two equal.
///
/// It describes shapes and words; `datamin lint` remains the judge of what only the whole
/// policy can tell (references to declared fields, the GDPR rules).
public enum PolicySchema {
    public static func render() -> String { document.rendered() + "\n" }

    private static func object(_ properties: [(String, JSONValue)], required: [String] = [], description: String? = nil) -> JSONValue {
        var members: [(String, JSONValue)] = [("type", .string("object"))]
        if let description { members.append(("description", .string(description))) }
        members.append(("properties", .object(properties)))
        if !required.isEmpty { members.append(("required", .array(required.map { .string($0) }))) }
        members.append(("additionalProperties", .bool(false)))
        return .object(members)
    }

    private static func text(_ description: String) -> JSONValue {
        .object([("type", .string("string")), ("description", .string(description))])
    }

    private static func words(_ values: [String], _ description: String) -> JSONValue {
        .object([("description", .string(description)), ("enum", .array(values.map { .string($0) }))])
    }

    private static func list(_ items: JSONValue, _ description: String) -> JSONValue {
        .object([("type", .string("array")), ("description", .string(description)), ("items", items)])
    }

    private static func oneOrList(_ item: JSONValue, _ description: String) -> JSONValue {
        .object([
            ("description", .string(description)), ("anyOf", .array([item, .object([("type", .string("array")), ("items", item)])])),
        ])
    }

    private static let boolean = JSONValue.object([("type", .string("boolean"))])
    private static let fieldName = text("the name of a field declared under 'fields:'")
    private static let party = JSONValue.object([
        (
            "anyOf",
            .array([
                .object([("type", .string("string"))]),
                object([("name", text("name")), ("contact", text("contact details"))], required: ["name"]),
            ])
        )
    ])

    private static let field = object(
        [
            ("type", words(FieldType.allCases.map(\.rawValue), "the type of the values")),
            ("personal", .object([("type", .string("boolean")), ("description", .string("false for data that is not personal"))])),
            ("special_category", words(SpecialCategory.allCases.map(\.rawValue), "the Art. 9(1) / Art. 10 category")),
            ("max_length", .object([("type", .string("integer")), ("minimum", .number(1))])),
            ("pattern", text("a regular expression the whole value must match (docs/policy-format.md, Patterns)")),
            ("values", list(.object([("type", .string("string"))]), "the allowed values of an enum")),
            ("min", .object([("type", .string("number"))])),
            ("max", .object([("type", .string("number"))])),
            (
                "format",
                oneOrList(
                    .object([("type", .string("string"))]), "date patterns (yyyy-MM-dd), or e164 | international | national for phones")
            ),
            ("timezone", text("an IANA zone for a datetime format without an offset")),
            ("region", text("the ISO 3166-1 region of national phone numbers")),
            ("allow", list(words(FreeTextKind.allCases.map(\.id), "a free-text kind"), "kinds the free-text checks tolerate")),
            ("description", text("documentation")),
            ("category", text("the category of personal data, as the Art. 30 record names it (e.g. contact details)")),
        ], required: ["type"])

    private static let consent = object(
        [
            ("at", fieldName), ("scope_field", fieldName), ("scope", text("the scope this purpose needs")), ("withdrawn_at", fieldName),
            ("confirmed_at", fieldName), ("notice", fieldName),
        ], required: ["at"])

    private static let retention = object(
        [
            (
                "period",
                .object([
                    ("type", .string("string")),
                    ("pattern", .string("^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$")),
                ])
            ),
            ("from", oneOrList(fieldName, "the date or datetime field(s) the clock starts from")),
            ("if_missing", words(["keep", "unknown"], "what an empty start means")),
            ("align", words(["none", "year_end"], "count from the end of the start's year")),
        ], required: ["period", "from"])

    private static let purpose = object(
        [
            ("description", text("the purpose in words (Art. 30(1)(b))")),
            ("lawful_basis", oneOrList(words(LawfulBasis.allCases.map(\.rawValue), "an Art. 6(1) basis"), "the lawful bases")),
            ("consent", consent),
            ("required", list(fieldName, "fields every record must fill")),
            ("optional", list(fieldName, "fields a record may have")),
            ("retention", retention),
            ("article9_condition", words(Article9Condition.allCases.map(\.rawValue), "the Art. 9(2) ground")),
            ("direct_marketing", boolean),
            ("objection", fieldName),
            ("min_age", .object([("type", .string("integer")), ("minimum", .number(1)), ("maximum", .number(120))])),
            ("article10_authorisation", text("the law or authority that allows criminal-offence data")),
            ("data_subjects", list(.object([("type", .string("string"))]), "categories of data subjects")),
            ("recipients", list(.object([("type", .string("string"))]), "categories of recipients")),
            (
                "transfers",
                .object([
                    (
                        "anyOf",
                        .array([
                            .object([("const", .string("none"))]),
                            list(
                                object([("country", text("country")), ("safeguard", text("safeguard"))], required: ["country"]), "transfers"
                            ),
                        ])
                    )
                ])
            ),
            ("legitimate_interest", object([("interest", text("the interest")), ("assessment", text("a reference to the assessment"))])),
            ("profiling", boolean),
            ("article22_ground", words(Article22Ground.allCases.map(\.rawValue), "the Art. 22(2) ground")),
        ], required: ["lawful_basis", "retention"])

    private static let document: JSONValue = {
        var top = object(
            [
                ("version", .object([("enum", .array([.number(1), .string("1")]))])),
                ("name", text("the policy's name")),
                ("controller", party), ("representative", party), ("dpo", party),
                ("security", list(.object([("type", .string("string"))]), "security measures (Art. 30(1)(g))")),
                ("subject", fieldName), ("key", fieldName),
                ("timezone", text("the IANA zone of datetime formats without an offset")),
                ("suppression", text("the suppression list, relative to the policy")),
                (
                    "record",
                    object([
                        ("purpose", fieldName), ("lawful_basis", fieldName), ("source", fieldName), ("birth_date", fieldName),
                        ("legal_hold", fieldName),
                    ])
                ),
                ("missing_values", list(.object([("type", .string("string"))]), "values that count as absent")),
                (
                    "vocabulary",
                    object([
                        (
                            "lawful_basis",
                            .object([
                                ("type", .string("object")),
                                ("additionalProperties", words(LawfulBasis.allCases.map(\.rawValue), "the basis the word means")),
                            ])
                        )
                    ])
                ),
                (
                    "extra_terms",
                    object(
                        SpecialCategory.allCases.map {
                            ($0.rawValue, list(.object([("type", .string("string"))]), "words (or stems ending in *) that mention it"))
                        }, description: "a sector's own words for special categories, found in text fields")
                ),
                ("fields", .object([("type", .string("object")), ("additionalProperties", field)])),
                ("purposes", .object([("type", .string("object")), ("minProperties", .number(1)), ("additionalProperties", purpose)])),
                (
                    "checks",
                    .object([
                        ("type", .string("object")),
                        ("propertyNames", .object([("enum", .array(CheckID.allCases.map { .string($0.rawValue) }))])),
                        ("additionalProperties", words(CheckSetting.allCases.map(\.rawValue), "the check's severity")),
                    ])
                ),
            ], required: ["version", "name", "fields", "purposes"], description: "A datamin policy (docs/policy-format.md).")
        if case .object(var members) = top {
            members.insert(("$schema", .string("https://json-schema.org/draft/2020-12/schema")), at: 0)
            members.insert(("title", .string("datamin policy, version 1")), at: 1)
            top = .object(members)
        }
        return top
    }()
}
