import DataMinCore

/// The SQL that decides one declared field's values: whether a value is valid for the
/// field's type and constraints, and the instant a date or datetime value stands for.
///
/// Every expression reads the field's value as text (`value`, NULL when the value is
/// missing) and is never NULL for a present value, so a finding is never lost to
/// three-valued logic.
struct SQLValueRules {
    let dialect: SQLDialect
    let rule: FieldRule
    let value: String

    /// The field's type and constraints hold; TRUE, FALSE or (only for a missing value) NULL.
    /// `instant` is the column holding ``instant`` for temporal fields.
    func validity(instant: String?, plan: PolicyPlan) -> String {
        var parts = [typeValidity(instant: instant, plan: plan)]
        if let maxLength = rule.maxLength {
            // A character is at least one code point: only a value with more code points
            // than the limit needs its characters counted.
            parts.append("(char_length(\(value)) <= \(maxLength) OR \(dialect.characterCount(value)) <= \(maxLength))")
        }
        if let pattern = rule.pattern {
            parts.append(dialect.fullMatch(value, dialect.regex(pattern.node)))
        }
        return parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " AND ") + ")"
    }

    /// What SQL cannot decide exactly about this field's values, for the query's header.
    var limits: [String] {
        var limits: [String] = []
        if rule.type == .phone, rule.phoneFormat != .e164 {
            limits.append("invalid-value on '\(rule.name)': phone numbers in international or national format are not checked in SQL")
        }
        return limits
    }

    /// True when datamin would check this field's type in SQL; false for phone formats it leaves to a second pass.
    var typeIsChecked: Bool { !(rule.type == .phone && rule.phoneFormat != .e164) }

    private func typeValidity(instant: String?, plan: PolicyPlan) -> String {
        switch rule.type {
        case .string, .text, .object:
            return "TRUE"
        case .email:
            // Labels are at most 63 characters: checked apart, as bounded repetitions make
            // PostgreSQL's regular expressions many times slower.
            let at = dialect.position(of: "'@'", in: value)
            let labels =
                "CASE WHEN char_length(\(value)) - \(at) <= 63 THEN TRUE ELSE NOT \(dialect.containsMatch("substr(\(value), \(at) + 1)", "[A-Za-z0-9-]{64}")) END"
            return "(\(dialect.fullMatch(value, SQLValueRules.emailRegex)) AND char_length(\(value)) <= 254 AND \(labels))"
        case .phone:
            return rule.phoneFormat == .e164 ? dialect.fullMatch(value, "[+][1-9][0-9]{6,14}") : "TRUE"
        case .date, .datetime:
            return "(\(instant ?? "NULL") IS NOT NULL)"
        case .country:
            return
                "(\(value) IN (\(ValueSyntax.countryCodeList.split(separator: " ").map { dialect.literal(String($0)) }.joined(separator: ", "))))"
        case .enum:
            guard !rule.field.values.isEmpty else { return "FALSE" }
            return "(\(value) IN (\(rule.field.values.map(dialect.literal).joined(separator: ", "))))"
        case .boolean:
            return "(\(value) IN ('true', 'True', 'TRUE', 'false', 'False', 'FALSE'))"
        case .url:
            return dialect.fullMatch(value, "https?://[^/?#\\x01-\\x20\\x7F][^\\x01-\\x20\\x7F]*")
        case .integer:
            return numberValidity(syntax: "[+-]?[0-9]+")
        case .number:
            return numberValidity(syntax: "[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?")
        case .lawfulBasis:
            // Every non-empty word names a basis, and there is one.
            let words = dialect.asciiLowercase(value)
            return
                "(replace(\(value), ';', '') <> '' AND \(dialect.everyPart(of: words, isIn: [""] + SQLValueRules.basisWords(plan: plan).map(\.word))))"
        }
    }

    /// A number that matches `syntax`, is finite as a double, and lies within `min` and `max`.
    private func numberValidity(syntax: String) -> String {
        switch dialect {
        case .postgres:
            // numeric reads any number of digits without error, but not an exponent past its
            // range: such values are decided by the exponent's sign (a huge negative one is
            // zero, a huge positive one overflows a double unless every digit is zero).
            let hugeExponent =
                rule.field.min == nil && rule.field.max == nil
                ? "(\(dialect.fullMatch(value, "[^eE]*[eE]-[0-9]*")) OR \(dialect.fullMatch(value, "[+-]?[0.]*[eE].*")))" : "FALSE"
            return
                "(CASE WHEN NOT \(dialect.fullMatch(value, syntax)) THEN FALSE WHEN \(dialect.fullMatch(value, "[^eE]*([eE][+-]?[0-9]{1,4})?")) THEN \(bounds("CAST(\(value) AS numeric)")) ELSE \(hugeExponent) END)"
        case .duckdb:
            return
                "(CASE WHEN \(dialect.fullMatch(value, syntax)) THEN COALESCE(\(bounds("TRY_CAST(\(value) AS DOUBLE)")), FALSE) ELSE FALSE END)"
        case .spark:
            return
                "(CASE WHEN \(dialect.fullMatch(value, syntax)) THEN COALESCE(\(bounds("try_cast(\(value) AS DOUBLE)")), FALSE) ELSE FALSE END)"
        }
    }

    /// Finite as a double, and within the field's `min` and `max`.
    private func bounds(_ number: String) -> String {
        var tests = ["abs(\(number)) <= 1.7976931348623157e308"]
        if let min = rule.field.min { tests.append("\(number) >= \(SQLValueRules.numberLiteral(min))") }
        if let max = rule.field.max { tests.append("\(number) <= \(SQLValueRules.numberLiteral(max))") }
        return "(" + tests.joined(separator: " AND ") + ")"
    }

    static func numberLiteral(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }

    /// Seconds since the epoch of a date or datetime value, NULL when the value is missing
    /// or not valid; for a datetime read in a named time zone, the local time as if it were
    /// UTC (``isZoned``), which is enough to tell valid from invalid.
    var instant: String {
        let alternatives = SQLTemporalSyntax.alternatives(for: rule).map { syntax in
            "CASE WHEN \(dialect.fullMatch(value, syntax.regex)) THEN CASE WHEN \(syntax.validity(of: value, dialect)) THEN \(syntax.seconds(of: value, dialect)) END END"
        }
        return alternatives.count == 1 ? alternatives[0] : "COALESCE(" + alternatives.joined(separator: ", ") + ")"
    }

    /// True when the field's datetimes are local times in a named zone: their instants need
    /// the zone's rules, which the SQL does not carry.
    /// UTC itself needs no rules: its local time is the instant.
    var isZoned: Bool {
        guard rule.type == .datetime, let zone = rule.zone, rule.datePatterns.contains(where: { !$0.hasOffset }) else { return false }
        return !["UTC", "Etc/UTC", "GMT", "Etc/GMT", "Zulu", "Etc/Zulu", "Universal", "Etc/Universal"].contains(zone.identifier)
    }

    /// The record's words for lawful bases, lowercased in ASCII as the checks compare them.
    static func basisWords(plan: PolicyPlan) -> [(word: String, basis: LawfulBasis)] {
        LawfulBasis.allCases.map { ($0.rawValue, $0) }
            + plan.policy.lawfulBasisVocabulary.sorted { $0.key < $1.key }.map { (asciiLowercased($0.key), $0.value) }
    }

    static func asciiLowercased(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.isASCII ? Unicode.Scalar(UInt8($0.value)).lowercasedASCII : $0 }))
    }

    /// `text` with every regular-expression metacharacter escaped, for an alternation.
    static func regexEscaped(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if "\\^$.|?*+()[]{}".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    /// A practical email syntax, the same as datamin's own: local part of letters, digits
    /// and ``!#$%&'*+/=?^_`{|}~.-``, then at least two dot-separated domain labels of
    /// letters, digits and inner hyphens (63 characters at most each, checked apart).
    static let emailRegex =
        "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?[.])+[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?"
}

extension Unicode.Scalar {
    fileprivate var lowercasedASCII: Unicode.Scalar {
        (0x41...0x5A).contains(value) ? Unicode.Scalar(value + 0x20)! : self
    }
}
