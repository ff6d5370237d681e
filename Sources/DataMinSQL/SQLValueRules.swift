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

    /// A number that matches `syntax`, within datamin's limits (at most 1,000 digits before
    /// the exponent, an exponent of at most four significant digits) and within `min` and
    /// `max` compared exactly: as text, never cast to a floating-point or engine-sized number,
    /// so every dialect decides as ``ExactDecimal`` does.
    private func numberValidity(syntax: String) -> String {
        let parts = "([+-]?)([0-9]*)[.]?([0-9]*)(?:[eE]([+-]?[0-9]+))?"
        func part(_ group: Int) -> String { "COALESCE(\(dialect.capture(value, parts, group: group)), '')" }
        let whole = part(2)
        let digits = "(\(whole) || \(part(3)))"
        let limits =
            "char_length(\(digits)) <= \(ExactDecimal.maximumDigits) AND \(dialect.fullMatch(value, "[^eE]*([eE][+-]?0*[0-9]{1,4})?"))"
        var tests: [String] = []
        if rule.minimum != nil || rule.maximum != nil {
            let number = SQLNumber(
                negative: "(\(part(1)) = '-')", significant: dialect.trimZeros(digits),
                exponent:
                    "(char_length(\(whole)) - (char_length(\(digits)) - char_length(\(dialect.trimLeadingZeros(digits)))) + CAST(COALESCE(NULLIF(\(part(4)), ''), '0') AS INTEGER))",
                dialect: dialect)
            if let minimum = rule.minimum { tests.append("NOT \(number.isLess(than: minimum))") }
            if let maximum = rule.maximum { tests.append("NOT \(number.isGreater(than: maximum))") }
        }
        let bounds = tests.isEmpty ? "TRUE" : tests.joined(separator: " AND ")
        return "(CASE WHEN \(dialect.fullMatch(value, syntax)) AND \(limits) THEN \(bounds) ELSE FALSE END)"
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

/// A value read as ``ExactDecimal`` reads it, in SQL: its sign, its significant digits as
/// text and the power of ten above the first, compared with a bound digit by digit.
private struct SQLNumber {
    /// TRUE when the value is written with a minus sign (zero is caught apart).
    let negative: String
    /// The digits without leading or trailing zeros; empty for zero.
    let significant: String
    /// ``ExactDecimal/exponent``: meaningful only when ``significant`` is not empty.
    let exponent: String
    let dialect: SQLDialect

    private var isZero: String { "(\(significant) = '')" }

    /// Whether the value's magnitude is below (`less`) or above the bound's (non-zero) one.
    private func magnitude(_ less: Bool, _ bound: ExactDecimal) -> String {
        let digits =
            dialect.bytewise("\(significant)") + (less ? " < " : " > ") + dialect.literal(String(decoding: bound.digits, as: UTF8.self))
        return "(\(exponent) \(less ? "<" : ">") \(bound.exponent) OR (\(exponent) = \(bound.exponent) AND \(digits)))"
    }

    /// TRUE when the value is below `bound`.
    func isLess(than bound: ExactDecimal) -> String {
        if bound.digits.isEmpty { return "(NOT \(isZero) AND \(negative))" }
        if bound.negative { return "(NOT \(isZero) AND \(negative) AND \(magnitude(false, bound)))" }
        return "(\(isZero) OR \(negative) OR \(magnitude(true, bound)))"
    }

    /// TRUE when the value is above `bound`.
    func isGreater(than bound: ExactDecimal) -> String {
        if bound.digits.isEmpty { return "(NOT \(isZero) AND NOT \(negative))" }
        if bound.negative { return "(\(isZero) OR NOT \(negative) OR \(magnitude(true, bound)))" }
        return "(NOT \(isZero) AND NOT \(negative) AND \(magnitude(false, bound)))"
    }
}
