import DataMinCore

/// The SQL engines a policy compiles to, and how each spells the few things that differ:
/// quoting, literals, regular expressions, integer division, string and hash functions.
///
/// Every expression is built so that it cannot raise an error on a bad value: casts only
/// run inside a `CASE` branch that has already matched the value's syntax, because
/// PostgreSQL does not promise to evaluate `AND` from left to right.
public enum SQLDialect: String, Sendable, CaseIterable {
    case postgres
    case duckdb
    case spark

    /// The longest name PostgreSQL keeps, in bytes; it silently cuts longer ones.
    package static let postgresNameBytes = 63

    /// A quoted identifier: `"first name"` (PostgreSQL, DuckDB) or `` `first name` `` (Spark).
    package func identifier(_ name: String) -> String {
        switch self {
        case .postgres, .duckdb: "\"" + name.replacingEvery("\"", with: "\"\"") + "\""
        case .spark: "`" + name.replacingEvery("`", with: "``") + "`"
        }
    }

    /// A table name as the user wrote it, `table`, `schema.table` or `catalog.schema.table`,
    /// each part quoted.
    package func tableName(_ name: String) -> String {
        SQLDialect.tableParts(name).map(identifier).joined(separator: ".")
    }

    /// A table name split at its dots, each part an identifier: one part is the table, two
    /// schema and table (in DuckDB, also an attached database and table), three catalog
    /// (PostgreSQL's database), schema and table. ``SQLTarget/problem(for:)`` refuses more
    /// than three parts and empty ones.
    static func tableParts(_ name: String) -> [String] {
        name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }

    /// A string literal that means `text` to the engine and to any client the query passes
    /// through, whatever `text` holds: no raw control character (a CR or NUL would end a
    /// comment or throw psql off its quotes), no `${` for Spark to substitute, and no backslash
    /// whose meaning depends on a server setting.
    ///
    /// PostgreSQL gets an `E'…'` string when `text` needs escapes (the same under any
    /// `standard_conforming_strings`), DuckDB a concatenation with `chr()`, Spark its own
    /// backslash escapes (`\u0024` for every `$`).
    package func literal(_ text: String) -> String {
        func special(_ scalar: Unicode.Scalar) -> Bool {
            SQLDialect.isControl(scalar) || (self == .spark && scalar == "$")
        }
        let quoted = text.replacingEvery("'", with: "''")
        switch self {
        case .postgres:
            guard text.unicodeScalars.contains(where: { special($0) || $0 == "\\" }) else { return "'" + quoted + "'" }
            var body = ""
            for scalar in quoted.unicodeScalars {
                if scalar == "\\" {
                    body += "\\\\"
                } else if special(scalar) {
                    body +=
                        scalar.value > 0xFFFF
                        ? "\\U" + SQLDialect.hex(scalar.value, digits: 8) : "\\u" + SQLDialect.hex(scalar.value, digits: 4)
                } else {
                    body.unicodeScalars.append(scalar)
                }
            }
            return "E'" + body + "'"
        case .duckdb:
            guard text.unicodeScalars.contains(where: special) else { return "'" + quoted + "'" }
            var parts: [String] = []
            var run = ""
            for scalar in quoted.unicodeScalars {
                if special(scalar) {
                    if !run.isEmpty { parts.append("'" + run + "'") }
                    run = ""
                    parts.append("chr(\(scalar.value))")
                } else {
                    run.unicodeScalars.append(scalar)
                }
            }
            if !run.isEmpty { parts.append("'" + run + "'") }
            return "(" + parts.joined(separator: " || ") + ")"
        case .spark:
            // \' rather than '': Spark before 4.1 reads 'a''b' as two strings, 'a' and 'b', joined.
            var body = ""
            for scalar in text.unicodeScalars {
                if scalar == "\\" {
                    body += "\\\\"
                } else if scalar == "'" {
                    body += "\\'"
                } else if special(scalar) {
                    // Spark's \u takes four hex digits; a scalar beyond them is written as its UTF-16 pair.
                    for unit in String(scalar).utf16 { body += "\\u" + SQLDialect.hex(UInt32(unit), digits: 4) }
                } else {
                    body.unicodeScalars.append(scalar)
                }
            }
            return "'" + body + "'"
        }
    }

    /// A `--` comment line: control characters and `$` written as `\u{…}`, so the comment
    /// ends where the line does and Spark finds nothing to substitute.
    package func comment(_ text: String) -> String {
        "-- " + TerminalText.escaped(text).replacingEvery("$", with: "\\u{24}")
    }

    /// C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
    package static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029: true
        default: false
        }
    }

    /// `value` in upper-case hex, padded with zeros to `digits`.
    static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    /// A literal or NULL, typed as text so every branch of a `CASE` and every list element agrees.
    func optionalLiteral(_ text: String?) -> String {
        text.map(literal) ?? "CAST(NULL AS \(textType))"
    }

    var textType: String {
        switch self {
        case .postgres: "text"
        case .duckdb: "VARCHAR"
        case .spark: "STRING"
        }
    }

    /// True when the whole of `expression` matches `regex` (written without anchors).
    func fullMatch(_ expression: String, _ regex: String) -> String {
        switch self {
        case .postgres: "(\(expression) ~ \(literal("^(?:" + regex + ")$")))"
        case .duckdb: "regexp_full_match(\(expression), \(literal(regex)))"
        // Java's `$` also matches before a final line break; `\z` is the true end.
        case .spark: "(\(expression) RLIKE \(literal("^(?:" + regex + ")\\z")))"
        }
    }

    /// A policy's `pattern:` as this engine's regular expression, without anchors: classes
    /// spelled out, punctuation escaped, control characters as escapes the engine reads
    /// (PostgreSQL `\u000D`, RE2 and Java `\x{D}`).
    func regex(_ pattern: PatternNode) -> String {
        let writer = PatternWriter(everyCharacter: self == .postgres ? "(?:[^\\n]|\\n)" : "[\\s\\S]") { [self] value in
            if let scalar = Unicode.Scalar(value), !SQLDialect.isControl(scalar) { return String(Character(scalar)) }
            return switch self {
            case .postgres: value > 0xFFFF ? "\\U" + SQLDialect.hex(value, digits: 8) : "\\u" + SQLDialect.hex(value, digits: 4)
            case .duckdb, .spark: "\\x{" + SQLDialect.hex(value, digits: 1) + "}"
            }
        }
        return writer.text(pattern)
    }

    /// True when `regex` matches somewhere in `expression`.
    func containsMatch(_ expression: String, _ regex: String) -> String {
        switch self {
        case .postgres: "(\(expression) ~ \(literal(regex)))"
        case .duckdb: "regexp_matches(\(expression), \(literal(regex)))"
        case .spark: "(\(expression) RLIKE \(literal(regex)))"
        }
    }

    /// True when every `;`-separated part of `expression` is one of `words` (list '' to allow empty parts).
    func everyPart(of expression: String, isIn words: [String]) -> String {
        let list = words.map(literal).joined(separator: ", ")
        switch self {
        case .postgres: return "(string_to_array(\(expression), ';') <@ ARRAY[\(list)]::text[])"
        case .duckdb: return "list_has_all([\(list)], string_split(\(expression), ';'))"
        case .spark: return "(size(array_except(split(\(expression), ';'), array(\(list)))) = 0)"
        }
    }

    /// The 1-based position of `needle` in `haystack`, 0 when absent.
    func position(of needle: String, in haystack: String) -> String {
        switch self {
        case .postgres, .duckdb: "strpos(\(haystack), \(needle))"
        case .spark: "instr(\(haystack), \(needle))"
        }
    }

    /// `expression` with A–Z lowercased and nothing else changed, whatever the collation.
    func asciiLowercase(_ expression: String) -> String {
        switch self {
        // Under the C collation PostgreSQL's lower() changes A–Z only, and is much faster than translate().
        case .postgres: "lower(\(expression) COLLATE \"C\")"
        case .duckdb, .spark: "translate(\(expression), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
        }
    }

    /// Capture group `group` (1-based) of `regex` matched against the whole of `expression`;
    /// empty or NULL when the group did not take part, so callers read it only after
    /// ``fullMatch(_:_:)`` held and the group is not optional.
    func capture(_ expression: String, _ regex: String, group: Int) -> String {
        switch self {
        case .postgres: "(regexp_match(\(expression), \(literal("^(?:" + regex + ")$"))))[\(group)]"
        case .duckdb: "regexp_extract(\(expression), \(literal("^(?:" + regex + ")$")), \(group))"
        case .spark: "regexp_extract(\(expression), \(literal("^(?:" + regex + ")\\z")), \(group))"
        }
    }

    /// Every match of `regex` in `expression` replaced; `replacement` refers to groups as `\1`.
    func replaceAll(_ expression: String, _ regex: String, with replacement: String) -> String {
        switch self {
        case .postgres, .duckdb: "regexp_replace(\(expression), \(literal(regex)), \(literal(replacement)), 'g')"
        case .spark:
            "regexp_replace(\(expression), \(literal(regex)), \(literal(replacement.replacingEvery("\\1", with: "$1").replacingEvery("\\2", with: "$2"))))"
        }
    }

    /// `expression` without the characters of `characters` at either end.
    func trim(_ expression: String, characters: String) -> String {
        switch self {
        case .postgres: "btrim(\(expression), \(characters))"
        case .duckdb: "trim(\(expression), \(characters))"
        case .spark: "trim(BOTH \(characters) FROM \(expression))"
        }
    }

    /// `expression` without leading zeros.
    func trimLeadingZeros(_ expression: String) -> String {
        self == .spark ? "trim(LEADING '0' FROM \(expression))" : "ltrim(\(expression), '0')"
    }

    /// `expression` without leading or trailing zeros.
    func trimZeros(_ expression: String) -> String {
        self == .spark ? "trim(BOTH '0' FROM \(expression))" : trim(expression, characters: "'0'")
    }

    /// `expression` compared byte by byte, whatever the column's collation.
    func bytewise(_ expression: String) -> String {
        self == .postgres ? "(\(expression) COLLATE \"C\")" : expression
    }

    /// A text literal of arbitrary code points, control characters included, spelled
    /// without raw control bytes in the query.
    func codePoints(_ scalars: [Unicode.Scalar]) -> String {
        switch self {
        case .postgres:
            "U&'" + scalars.map { "\\+" + SQLDialect.hex($0.value, digits: 6) }.joined() + "'"
        case .duckdb:
            scalars.map { "chr(\($0.value))" }.joined(separator: " || ")
        case .spark:
            "'" + scalars.map { "\\u" + SQLDialect.hex($0.value, digits: 4) }.joined() + "'"
        }
    }

    /// True when `needle` (a literal) occurs in `haystack`.
    func contains(_ haystack: String, _ needle: String) -> String {
        switch self {
        case .postgres, .duckdb: "(strpos(\(haystack), \(needle)) > 0)"
        case .spark: "(instr(\(haystack), \(needle)) > 0)"
        }
    }

    /// Whole-number division of two non-negative integers.
    func divide(_ dividend: String, _ divisor: Int) -> String {
        switch self {
        case .postgres: "((\(dividend)) / \(divisor))"
        case .duckdb: "((\(dividend)) // \(divisor))"
        case .spark: "((\(dividend)) div \(divisor))"
        }
    }

    /// The number of characters in `expression` as datamin counts them: extended grapheme
    /// clusters, so `é` written as `e` and a combining accent is one, as is a flag, an emoji
    /// joined with zero-width joiners, a Thai or Tamil syllable with its vowel signs and an
    /// Indic conjunct.
    ///
    /// No engine's own count is used: DuckDB's `length_grapheme` counts CR LF as two and
    /// Spark's `\X` predates Indic conjuncts. Every dialect runs the same two replacements,
    /// built from ``SQLGraphemeRules`` (the Swift runtime's grapheme breaking, which a file
    /// run counts by), and counts code points.
    func characterCount(_ expression: String) -> String {
        let rules = SQLGraphemeRules.shared
        // One character each: a flag's two letters, CR LF, and a mark that starts the value.
        let single = "\(rules.flagLetters(self))\(rules.flagLetters(self))|\\r\\n|^\(rules.extenders(self))"
        // Nothing: what joins the character before it (a zero-width joiner with the character
        // it joins, a virama with the consonant it joins, a mark that extends a character).
        let joining = "\(rules.joiner(self)).|\(rules.linkers(self))\(rules.consonants(self))|\(rules.extenders(self))"
        return "char_length(\(replaceAll(replaceAll(expression, single, with: "x"), joining, with: "")))"
    }

    /// The salted SHA-256 of a subject key, in lowercase hex, as the suppression list holds it.
    func saltedSHA256(saltHex: String, key: String) -> String {
        switch self {
        case .postgres: "encode(sha256(decode(\(literal(saltHex)), 'hex') || convert_to(\(key), 'UTF8')), 'hex')"
        case .duckdb: "sha256(unhex(\(literal(saltHex))) || encode(\(key)))"
        case .spark: "sha2(concat(unhex(\(literal(saltHex))), encode(\(key), 'UTF-8')), 256)"
        }
    }

    /// Lowercases letters as datamin does: each character by Unicode's lowercase mapping,
    /// with no context and no language.
    ///
    /// Two capitals are lowered by hand first, because the engines' own `lower` disagrees
    /// on them: `İ` (U+0130) is `i` followed by U+0307 in Unicode, but a plain `i` in DuckDB;
    /// `Σ` (U+03A3) is `ς` at the end of a word in PostgreSQL's ICU and in Java, `σ` for
    /// datamin and DuckDB. Every other letter's lowercase is the same in all of them.
    func lowercase(_ expression: String) -> String {
        let settled =
            "replace(replace(\(expression), \(literal("\u{130}")), \(literal("i\u{307}"))), \(literal("\u{3A3}")), \(literal("\u{3C3}")))"
        switch self {
        // Lowercased by ICU, then compared and sorted byte by byte: a linguistic collation
        // would make the duplicate check's sort slower and change nothing.
        case .postgres: return "lower(\(settled) COLLATE \"und-x-icu\") COLLATE \"C\""
        case .duckdb, .spark: return "lower(\(settled))"
        }
    }

    /// Keeps the engine from merging a subquery into the one above it, which would compute
    /// an expression once per use instead of once per row.
    var fence: String { self == .postgres ? " OFFSET 0" : "" }
}
