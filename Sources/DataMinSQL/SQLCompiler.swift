import DataMinCore

/// Compiles a policy into one SQL query that finds, in a single scan of a table, the
/// violations datamin would report for a CSV file of the table's rows.
///
/// The query reads every column as the text of its JSON form, so a row is checked exactly
/// like a CSV record of those values: the same types, formats, purposes, consent, retention
/// and subject rules. Dates are compared with cutoffs datamin computes itself and writes as
/// literals, so month ends and leap days follow datamin's calendar, not the engine's.
/// What SQL cannot decide exactly is listed in ``limits`` and in the query's header.
package struct SQLCompiler {
    /// One possible finding per row: when it holds, and what it names.
    struct Hit {
        var condition: String
        /// The check; nil for a row count of the counts query, named by ``field``.
        var check: CheckID?
        /// SQL text for the field and purpose columns (a literal or an expression).
        var field: String
        var purpose: String
        var article: String?
    }

    let plan: PolicyPlan
    let dialect: SQLDialect
    let target: SQLTarget
    let asOfNext: Int
    let rules: [SQLValueRules]

    package init(validator: Validator, dialect: SQLDialect, target: SQLTarget) {
        plan = validator.plan
        self.dialect = dialect
        self.target = target
        asOfNext = (plan.asOf.dayNumber + 1) * 86_400
        rules = plan.fieldRules.indices.map { SQLValueRules(dialect: dialect, rule: validator.plan.fieldRules[$0], value: "v\($0)") }
    }

    // MARK: - Queries

    /// One row per finding: `key`, `check`, `severity`, `field`, `purpose`, `article`.
    package func findingsQuery() -> String {
        let hits = rowHits()
        var query =
            header() + "SELECT f.k AS key, f.check_id AS \(dialect.identifier("check")), f.severity, f.field, f.purpose, f.article\n"
        query += unpivot(hits, over: "(\n\(rows())\n) AS r")
        if let catalogue = catalogueFindings() { query += "\nUNION ALL\n" + catalogue }
        return query + ";\n"
    }

    /// One row per check with its number of findings, and the rows `records` (rows read)
    /// and `rejected` (rows with at least one error-level finding).
    package func countsQuery() -> String {
        var hits = rowHits()
        let errors = hits.filter { $0.check.flatMap { plan.severities[$0] } == .error }.map(\.condition)
        hits.append(Hit(condition: "TRUE", check: nil, field: "'records'", purpose: dialect.optionalLiteral(nil)))
        hits.append(
            Hit(
                condition: errors.isEmpty ? "FALSE" : "(" + errors.joined(separator: " OR ") + ")", check: nil,
                field: "'rejected'", purpose: dialect.optionalLiteral(nil)))
        var inner = "SELECT f.k AS key, f.check_id, f.severity, f.field, f.purpose, f.article\n"
        inner += unpivot(hits, over: "(\n\(rows())\n) AS r")
        if let catalogue = catalogueFindings() { inner += "\nUNION ALL\n" + catalogue }
        return header()
            + "SELECT x.check_id AS \(dialect.identifier("check")), x.severity, count(*) AS findings\nFROM (\n\(inner)\n) AS x\nGROUP BY x.check_id, x.severity;\n"
    }

    /// The most columns the widest layer may have for PostgreSQL: its select lists hold at
    /// most 1,664 entries, and the query above the layers adds one (measured on PostgreSQL 15).
    package static let maxPostgresColumns = 1_663

    /// Why the query could not run in the engine, or nil. The widest layer of ``rows()`` has
    /// about two columns a field and four a purpose, so PostgreSQL refuses a policy of
    /// roughly 800 fields or more.
    package var refusal: String? {
        guard dialect == .postgres else { return nil }
        // PostgreSQL cuts a longer name to 63 bytes: the column could not be named, and every
        // row would seem to lack it (issue #30).
        if let long = plan.fieldRules.first(where: { $0.name.utf8.count > 63 }) {
            return "field '\(TerminalText.escaped(String(long.name.prefix(40))))…' of policy '\(plan.policy.name)' has a name of "
                + "\(long.name.utf8.count) bytes; PostgreSQL cuts column names at 63 bytes, so no column can have it: "
                + "shorten the column and the field, or check the table with DuckDB or Spark"
        }
        let width = rowLayers().width
        guard width > SQLCompiler.maxPostgresColumns else { return nil }
        return "policy '\(plan.policy.name)' declares \(plan.fieldRules.count) fields and \(plan.purposes.count) purposes, which need "
            + "\(width) columns in one select list; PostgreSQL takes at most \(SQLCompiler.maxPostgresColumns) here: split the policy, "
            + "or check the table with DuckDB or Spark"
    }

    /// What the query does not decide exactly, one line each.
    package var limits: [String] {
        // The checks SQL leaves to readers or to datamin, grouped by their reason.
        var reasons: [(reason: String, checks: [CheckID])] = []
        for check in CheckID.allCases where plan.severities[check] != nil {
            let reason: String
            switch check.sqlCoverage {
            case .query: continue
            case .secondPass(let why), .notDecided(let why): reason = why
            }
            if let index = reasons.firstIndex(where: { $0.reason == reason }) {
                reasons[index].checks.append(check)
            } else {
                reasons.append((reason, [check]))
            }
        }
        var limits = reasons.map { $0.checks.map(\.rawValue).joined(separator: ", ") + ": " + $0.reason }
        if plan.severities[.invalidValue] != nil {
            for rule in rules { limits += rule.limits }
        }
        let readsInstants: [CheckID] = [
            .missingConsentEvidence, .consentWithdrawn, .objectionIgnored, .retentionExceeded, .retentionDue, .retentionUnknown,
        ]
        for (index, rule) in rules.enumerated()
        where rule.isZoned && instantsRead.contains(index) && readsInstants.contains(where: { plan.severities[$0] != nil }) {
            limits.append(
                "consent, objection and retention checks that read '\(rule.rule.name)': local times in \(rule.rule.zone?.identifier ?? "a named zone") need datamin's time-zone rules"
            )
        }
        if plan.suppression != nil, target.suppressionTable == nil {
            limits.append("erased-subject: pass --suppression-table with a table of the suppression list's hashes")
        }
        if !plan.policy.lawfulBasisVocabulary.keys.allSatisfy({ $0.unicodeScalars.allSatisfy(\.isASCII) }) {
            limits.append("lawful-basis words: only A–Z are matched in any case; other letters must match the vocabulary's case")
        }
        if plan.severities[.specialCategoryField] != nil {
            limits.append(
                "special-category-field: names are folded as datamin folds them for Latin letters; other scripts are matched as written")
        }
        return limits
    }

    /// What `--explain` prints: the checks the query decides, then what it leaves out.
    package func explanation() -> String {
        let decided = Set(rowHits().compactMap(\.check)).union(catalogueFindings() == nil ? [] : [.undeclaredField, .specialCategoryField])
        let checks = CheckRegistry.all.map { $0.id }.filter { decided.contains($0) && plan.severities[$0] != nil }
        var text = "Decided in SQL (\(dialect.rawValue)) for policy '\(plan.policy.name)':\n"
        text += checks.map { "  \($0.rawValue)\n" }.joined()
        text += "Not decided in SQL:\n" + limits.map { "  - \($0)\n" }.joined()
        return text
    }

    private func header() -> String {
        var lines = [
            "datamin \(DataMinVersion.current): policy '\(plan.policy.name)', table \(target.table), key \(target.key), dialect \(dialect.rawValue), as of \(plan.asOf)",
            "One row per finding: key (the row's \(target.key); NULL for a column of the table), check, severity, field, purpose, article.",
            "Values are never returned. Not decided here (datamin sql --explain):",
        ]
        lines += limits.map { "  - " + $0 }
        return lines.map(dialect.comment).joined(separator: "\n") + "\n"
    }

    // MARK: - Rows

    /// The fields whose instants (not only validity) some covered check reads.
    var instantsRead: Set<Int> {
        var fields = Set<Int>()
        for purpose in plan.purposes.values {
            fields.formUnion(purpose.retentionFrom)
            fields.formUnion(
                [purpose.consentAt, purpose.consentWithdrawnAt, purpose.consentConfirmedAt, purpose.objectionField].compactMap { $0 })
        }
        fields.formUnion([plan.legalHoldField, plan.birthDateField].compactMap { $0 })
        return fields
    }

    func isZoned(_ field: Int?) -> Bool { field.map { rules[$0].isZoned } ?? false }

    /// The table's rows with every value, instant, purpose and basis the checks read, in
    /// layers, each computed once per row.
    private func rows() -> String { rowLayers().sql }

    /// ``rows()``, and how many columns its widest (outermost) select list has.
    private func rowLayers() -> (sql: String, width: Int) {
        let fields = plan.fieldRules.indices
        // Layer 1: each declared field's value as text, NULL when missing.
        var values = ["s0.k", "s0.o"]
        for index in fields {
            values.append("\(missingAsNull(column(plan.fieldRules[index].name))) AS v\(index)")
        }
        values.append("\(purposeText()) AS pv")
        let layer1 = "SELECT \(values.joined(separator: ",\n  "))\nFROM (\(source())\(dialect.fence)) AS s0"

        // Layer 2: instants of date and datetime fields.
        var layer2 = ["s1.*"]
        for index in fields where plan.fieldRules[index].type.isTemporal {
            layer2.append("\(rules[index].instant) AS t\(index)")
        }
        let basis = plan.basisField.map { dialect.asciiLowercase("s1.v\($0)") } ?? "CAST(NULL AS \(dialect.textType))"
        layer2.append("\(basis) AS bt")
        // The purpose and basis texts between semicolons, so each word is one substring test.
        layer2.append("';' || s1.pv || ';' AS pvw")
        layer2.append("';' || \(basis) || ';' AS btw")

        // Layer 3: validity, purposes, bases, legal hold, retention starts, subjects.
        var layer3 = ["s2.*"]
        for index in fields {
            layer3.append("\(rules[index].validity(instant: "t\(index)", plan: plan)) AS ok\(index)")
        }
        layer3.append("(pv IS NULL OR replace(pv, ';', '') = '') AS pm")
        let names = [""] + plan.policy.purposes.map(\.name)
        layer3.append("(pv IS NOT NULL AND replace(pv, ';', '') <> '' AND NOT \(dialect.everyPart(of: "pv", isIn: names))) AS pu")
        layer3.append("(bt IS NOT NULL AND replace(bt, ';', '') <> '') AS nb")
        for basis in LawfulBasis.allCases {
            let words = SQLValueRules.basisWords(plan: plan).filter { $0.basis == basis }.map(\.word)
            let tests =
                ["bt IN (\(words.map(dialect.literal).joined(separator: ", ")))"]
                + words.map { dialect.contains("btw", dialect.literal(";\($0);")) }
            layer3.append("(bt IS NOT NULL AND (\(tests.joined(separator: " OR ")))) AS b_\(basis.rawValue)")
        }
        layer3.append("\(plan.legalHoldField.map(trueish) ?? "FALSE") AS lh")
        for (index, purpose) in orderedPurposes.enumerated() {
            let starts = purpose.retentionFrom.map { "t\($0)" }
            let start = starts.count == 1 ? starts[0] : "greatest(\(starts.joined(separator: ", ")))"
            layer3.append("\(start) AS rs\(index)")
        }
        var join = ""
        if let subject = plan.subjectField {
            let key = subjectKey("s2.v\(subject)")
            layer3.append("row_number() OVER (PARTITION BY \(key) ORDER BY s2.o) AS dup")
            // The first 128 bits of each entry are compared, as datamin itself compares them.
            if let list = plan.suppression, let table = target.suppressionTable {
                let hash = dialect.saltedSHA256(saltHex: SuppressionList.hex(list.salt), key: key)
                join =
                    "\nLEFT JOIN (SELECT DISTINCT substr(\(dialect.identifier("hash")), 1, 32) AS h FROM \(dialect.tableName(table))) AS e ON e.h = substr(\(hash), 1, 32)"
                layer3.append("(e.h IS NOT NULL) AS erased")
            }
        }

        // Layer 4: the purposes each row names, and the names findings report, so that
        // turning a row into findings only reads columns.
        var layer4 = ["s3.*", "\(purposeNames) AS pn"]
        for (index, purpose) in orderedPurposes.enumerated() {
            let name = dialect.literal(purpose.name)
            layer4.append(
                "(NOT pm AND NOT pu AND (pv = \(name) OR \(dialect.contains("pvw", dialect.literal(";\(purpose.name);"))))) AS in\(index)"
            )
            let from = purpose.retentionFrom
            guard !from.isEmpty else { continue }
            let names = from.map { dialect.literal(plan.fieldRules[$0].name) }
            // The field whose value started the clock (the first of equal ones).
            layer4.append(
                from.count == 1
                    ? "\(names[0]) AS rsf\(index)"
                    : "CASE " + zip(from, names).map { "WHEN t\($0) = rs\(index) THEN \($1)" }.joined(separator: " ")
                        + " END AS rsf\(index)")
        }
        let fence = dialect.fence
        let width = values.count + layer2.count + layer3.count + layer4.count - 3
        let sql = """
            SELECT \(layer4.joined(separator: ",\n  "))
            FROM (SELECT \(layer3.joined(separator: ",\n  "))
            FROM (SELECT \(layer2.joined(separator: ",\n  "))
            FROM (\(layer1)\(fence)) AS s1\(fence)) AS s2\(join)\(fence)) AS s3\(fence)
            """
        return (sql, width)
    }

    /// The purposes in policy order, as the layers number them.
    var orderedPurposes: [PurposePlan] { plan.policy.purposes.map { plan.purposes[$0.name]! } }

    /// The subject key folded as datamin folds it: trimmed of Unicode white space, then lowercased.
    private func subjectKey(_ value: String) -> String {
        let whiteSpace: [Unicode.Scalar] = [
            "\u{09}", "\u{0A}", "\u{0B}", "\u{0C}", "\u{0D}", "\u{20}", "\u{85}", "\u{A0}", "\u{1680}", "\u{2000}", "\u{2001}", "\u{2002}",
            "\u{2003}", "\u{2004}", "\u{2005}", "\u{2006}", "\u{2007}", "\u{2008}", "\u{2009}", "\u{200A}", "\u{2028}", "\u{2029}",
            "\u{202F}",
            "\u{205F}", "\u{3000}",
        ]
        return dialect.lowercase(dialect.trim(value, characters: dialect.codePoints(whiteSpace)))
    }

    /// The row's purpose text: the purpose column's value, or `--purpose` when the table has no such column.
    private func purposeText() -> String {
        let fallback = dialect.optionalLiteral(target.purpose)
        guard let field = plan.purposeField else { return fallback }
        // Layer 1 computes it beside the field's value, so it cannot refer to that column.
        let text = missingAsNull(column(plan.fieldRules[field].name))
        guard target.purpose != nil else { return text }
        return "CASE WHEN \(hasColumn(plan.fieldRules[field].name)) THEN \(text) ELSE \(fallback) END"
    }

    /// `raw` with the policy's missing values turned into NULL.
    private func missingAsNull(_ raw: String) -> String {
        let missing = plan.policy.missingValues
        guard !missing.isEmpty else { return raw }
        return "CASE WHEN \(raw) IN (\(missing.map(dialect.literal).joined(separator: ", "))) THEN NULL ELSE \(raw) END"
    }

    /// True-ish (SPEC §8.2): a boolean field's valid true, or a date on or before the as-of date.
    func trueish(_ field: Int) -> String {
        if plan.fieldRules[field].type == .boolean { return "COALESCE(v\(field) IN ('true', 'True', 'TRUE'), FALSE)" }
        return "COALESCE(t\(field) < \(asOfNext), FALSE)"
    }

    // MARK: - Dialect parts

    /// The table's alias: ``rowAlias(avoiding:)`` of the declared fields, the key and, when
    /// the catalogue gave them, the table's columns.
    var rowAlias: String {
        SQLCompiler.rowAlias(avoiding: plan.fieldRules.map(\.name) + [target.key] + (target.columnTypes.map { Array($0.keys) } ?? []))
    }

    /// An alias for the table that no column in `names` has, in any case: the whole-row JSON
    /// names it bare (`to_json(datamin_row)`), and an engine reads a bare name as a column
    /// first, so a short alias such as `t` became the column of that name when the table had
    /// one, and every row lost its fields.
    package static func rowAlias(avoiding names: [String]) -> String {
        let taken = Set(names.map { $0.lowercased() })
        var alias = "datamin_row"
        while taken.contains(alias) { alias += "_" }
        return alias
    }

    private func source() -> String {
        let row = rowAlias
        let key = "\(row).\(dialect.identifier(target.key))"
        let table = "\(dialect.tableName(target.table)) AS \(row)"
        switch dialect {
        case .postgres:
            guard let types = target.columnTypes else {
                return "SELECT CAST(\(key) AS text) AS k, \(key) AS o, to_jsonb(\(row)) AS j FROM \(table)"
            }
            // Text columns as they are; other types through their JSON text, as the JSON form
            // would give them (a timestamptz in ISO 8601, a boolean as true or false).
            let values = plan.fieldRules.enumerated().map { index, rule in
                let column = "\(row).\(dialect.identifier(rule.name))"
                guard let type = types[rule.name] else { return "CAST(NULL AS text) AS c\(index)" }
                let isText = type == "text" || type.hasPrefix("character varying")
                return (isText ? column : "to_json(\(column)) #>> '{}'") + " AS c\(index)"
            }
            return "SELECT CAST(\(key) AS text) AS k, \(key) AS o, \(values.joined(separator: ", ")) FROM \(table)"
        case .duckdb:
            // One parse per row: every declared field's value in one list, in policy order.
            let paths = plan.fieldRules.map { dialect.literal(jsonPath($0.name)) }.joined(separator: ", ")
            return
                "SELECT CAST(\(key) AS VARCHAR) AS k, \(key) AS o, to_json(\(row)) AS j, json_extract_string(to_json(\(row)), [\(paths)]) AS jv FROM \(table)"
        case .spark:
            return
                "SELECT CAST(\(key) AS STRING) AS k, \(key) AS o, from_json(to_json(struct(\(row).*), map('ignoreNullFields', 'false')), 'map<string,string>') AS j FROM \(table)"
        }
    }

    /// A column's value as text, NULL for SQL NULL or a column the table does not have.
    private func column(_ name: String) -> String {
        switch dialect {
        case .postgres: target.columnTypes == nil ? "(s0.j ->> \(dialect.literal(name)))" : "s0.c\(plan.fieldIndex[name]!)"
        case .duckdb: "s0.jv[\(plan.fieldIndex[name]! + 1)]"
        case .spark: "s0.j[\(dialect.literal(name))]"
        }
    }

    private func hasColumn(_ name: String) -> String {
        switch dialect {
        case .postgres: target.columnTypes.map { $0[name] == nil ? "FALSE" : "TRUE" } ?? "jsonb_exists(s0.j, \(dialect.literal(name)))"
        case .duckdb: "json_exists(s0.j, \(dialect.literal(jsonPath(name))))"
        case .spark: "map_contains_key(s0.j, \(dialect.literal(name)))"
        }
    }

    private func jsonPath(_ name: String) -> String {
        "$.\"" + name.replacingEvery("\\", with: "\\\\").replacingEvery("\"", with: "\\\"") + "\""
    }

    /// Turns each row into one output row per hit that holds: `FROM … AS f` with the columns
    /// `k`, `check_id`, `severity`, `field`, `purpose` and `article`.
    ///
    /// A row evaluates every condition once into a list of the numbers of the hits that
    /// hold (usually none), and only those become rows; check, severity and article are
    /// looked up in constant lists, field and purpose computed for the hits alone.
    private func unpivot(_ hits: [Hit], over rows: String) -> String {
        func checkName(_ hit: Hit) -> String {
            hit.check.map { dialect.literal($0.rawValue) } ?? hit.field
        }
        func severity(_ hit: Hit) -> String {
            dialect.optionalLiteral(hit.check.flatMap { plan.severities[$0]?.rawValue })
        }
        guard !hits.isEmpty else {
            // Every row check is off: no row, and no empty list for the engine to type.
            let none = dialect.optionalLiteral(nil)
            return
                "FROM (SELECT \(none) AS k, \(none) AS check_id, \(none) AS severity, \(none) AS field, \(none) AS purpose, \(none) AS article) AS f WHERE FALSE"
        }
        let numbers = hits.enumerated().map { "CASE WHEN \($0.element.condition) THEN \($0.offset + 1) END" }.joined(separator: ",\n  ")
        func pick(_ items: [String]) -> String {
            "CASE u.n " + items.enumerated().map { "WHEN \($0.offset + 1) THEN \($0.element)" }.joined(separator: " ") + " END"
        }
        func lookup(_ items: [String]) -> String {
            switch dialect {
            case .postgres: "(ARRAY[\(items.joined(separator: ", "))]::text[])[u.n]"
            case .duckdb: "[\(items.joined(separator: ", "))][u.n]"
            case .spark: "element_at(array(\(items.joined(separator: ", "))), u.n)"
            }
        }
        let columns = [
            "u.k", "\(lookup(hits.map(checkName))) AS check_id", "\(lookup(hits.map(severity))) AS severity",
            "\(pick(hits.map(\.field))) AS field", "\(pick(hits.map(\.purpose))) AS purpose",
            "\(lookup(hits.map { dialect.optionalLiteral($0.article) })) AS article",
        ].joined(separator: ", ")
        let unnested: String
        switch dialect {
        case .postgres:
            unnested = "SELECT r.*, x.n FROM \(rows)\nCROSS JOIN LATERAL unnest(array_remove(ARRAY[\n  \(numbers)\n], NULL)) AS x(n)"
        case .duckdb:
            // Unnested whole and filtered after: no lambda, whose syntax changed between versions.
            unnested = "SELECT * FROM (SELECT r.*, unnest([\n  \(numbers)\n]) AS n FROM \(rows)) AS x WHERE x.n IS NOT NULL"
        case .spark:
            unnested = "SELECT r.*, x.n FROM \(rows)\nLATERAL VIEW explode(filter(array(\n  \(numbers)\n), x -> x IS NOT NULL)) x AS n"
        }
        return "FROM (SELECT \(columns)\nFROM (\(unnested)) AS u) AS f"
    }

    /// Findings about the table's columns: the ones the policy does not declare, from the
    /// engine's catalogue; nil when both checks are off.
    private func catalogueFindings() -> String? {
        let special = plan.severities[.specialCategoryField]
        let undeclared = plan.severities[.undeclaredField]
        guard special != nil || undeclared != nil else { return nil }
        let names: String
        switch dialect {
        case .postgres:
            names =
                "SELECT CAST(a.attname AS text) AS name FROM pg_attribute AS a WHERE a.attrelid = CAST(\(dialect.literal(dialect.tableName(target.table))) AS regclass) AND a.attnum > 0 AND NOT a.attisdropped"
        case .duckdb:
            // DuckDB reads `a.b` as schema `a` of the current database and, when it has none, as
            // the default schema of the attached database `a`.
            let parts = SQLDialect.tableParts(target.table).map(dialect.literal)
            let place: String
            switch parts.count {
            case 1: place = "table_catalog = current_database() AND table_schema = current_schema()"
            case 2:
                place =
                    "((table_catalog = current_database() AND table_schema = \(parts[0])) OR (table_catalog = \(parts[0]) AND table_schema = 'main' AND NOT EXISTS (SELECT 1 FROM information_schema.schemata WHERE catalog_name = current_database() AND schema_name = \(parts[0]))))"
            default: place = "table_catalog = \(parts[0]) AND table_schema = \(parts[1])"
            }
            names = "SELECT column_name AS name FROM information_schema.columns WHERE table_name = \(parts.last!) AND \(place)"
        case .spark:
            // Spark has no catalogue views: every row has the same columns, so one row's names are the table's.
            names = "SELECT explode(map_keys(s0.j)) AS name FROM (SELECT j FROM (\(source())) AS s0 LIMIT 1) AS s0"
        }
        let declared = plan.fieldRules.map { dialect.literal($0.name) }.joined(separator: ", ")
        let folded = SQLFieldNames(dialect: dialect).folded("c.name")
        var category = "CAST(NULL AS \(dialect.textType))"
        if special != nil {
            let test = SQLFieldNames(dialect: dialect)
            category =
                "CASE WHEN \(test.matches("n", article: "Art. 9(1)")) THEN 'Art. 9(1)' WHEN \(test.matches("n", article: "Art. 10")) THEN 'Art. 10' END"
        }
        let undeclaredCheck = undeclared.map { (dialect.literal(CheckID.undeclaredField.rawValue), dialect.literal($0.rawValue)) }
        let check =
            "CASE WHEN cat IS NOT NULL THEN \(dialect.literal(CheckID.specialCategoryField.rawValue)) ELSE \(undeclaredCheck?.0 ?? "NULL") END"
        let severity =
            "CASE WHEN cat IS NOT NULL THEN \(dialect.optionalLiteral(special?.rawValue)) ELSE \(undeclaredCheck?.1 ?? "NULL") END"
        let article =
            "CASE WHEN cat IS NOT NULL THEN cat ELSE \(dialect.optionalLiteral(CheckRegistry.check(.undeclaredField).description.article)) END"
        return """
            SELECT CAST(NULL AS \(dialect.textType)) AS key, \(check) AS check_id, \(severity) AS severity, d.name AS field, CAST(NULL AS \(dialect.textType)) AS purpose, \(article) AS article
            FROM (SELECT c.name, \(category) AS cat FROM (SELECT c.name, \(folded) AS n FROM (\(names)) AS c WHERE c.name NOT IN (\(declared))) AS c) AS d
            WHERE d.cat IS NOT NULL OR \(undeclared == nil ? "FALSE" : "TRUE")
            """
    }
}
