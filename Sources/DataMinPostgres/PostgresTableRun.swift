import DataMinCore
import DataMinSQL

/// Checks a PostgreSQL table inside the server (`datamin validate --database`): runs the
/// query `datamin sql` prints and turns its rows into violations, each located by the row's key.
///
/// Every statement is one datamin wrote, sent alone through the extended query protocol;
/// all but the suppression list's temporary table run in one read-only transaction. The
/// list's hashes go into that temporary table of the session, so `erased-subject` runs in
/// the server too; no key leaves datamin in clear. What the query
/// cannot decide (free text, phone numbers in national or international format) is
/// decided by datamin itself in a second pass that reads only the key and those columns.
package struct PostgresTableRun {
    /// False when datamin was built without the `PostgreSQL` package trait.
    package static var isAvailable: Bool {
        #if PostgreSQL
            true
        #else
            false
        #endif
    }

    package let validator: Validator
    package let target: SQLTarget

    package init(validator: Validator, target: SQLTarget) {
        self.validator = validator
        self.target = target
    }

    /// What the run counted.
    package struct Counts {
        /// Rows in the table.
        package var records = 0
        /// Rows with at least one error-level finding.
        package var rejected = 0
    }

    /// Connects to `database`, runs the checks and hands each violation to `onViolation` as
    /// its row arrives.
    package func run(database: String, onViolation: (Violation) throws(Diagnostic) -> Void) throws(Diagnostic) -> Counts {
        #if PostgreSQL
            let connection = try PostgresConnection(database)
            var target = target
            if let list = validator.plan.suppression {
                try load(list, into: connection)
                target.suppressionTable = "pg_temp.datamin_erased"
            }
            // Everything after the list's temporary table (CREATE is refused in a read-only
            // transaction) reads one snapshot and can change nothing, whatever the query holds.
            try connection.execute("BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            // The catalogue's columns let the query read them directly instead of through each row's JSON form.
            var types: [String: String] = [:]
            let table = SQLDialect.postgres.literal(SQLDialect.postgres.tableName(target.table))
            try connection.query(
                "SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = CAST(\(table) AS regclass) AND attnum > 0 AND NOT attisdropped"
            ) { row in
                if let name = row[0], let type = row[1] { types[name] = type }
            }
            target.columnTypes = types
            let compiler = SQLCompiler(validator: validator, dialect: .postgres, target: target)
            if let refusal = compiler.refusal { throw Diagnostic(.databaseFailure, file: "--database", message: refusal) }
            var counts = Counts()
            try connection.query("SELECT count(*) FROM \(SQLDialect.postgres.tableName(target.table))") { row in
                counts.records = Int(row.first.flatMap { $0 } ?? "0") ?? 0
            }
            // Rejected rows are counted by their keys' 64-bit hashes, 10 to 15 bytes each, so a
            // table of any size is counted in bounded memory (two keys collide with odds of
            // about n²/2⁶⁵).
            var rejectedKeys = FingerprintSet()
            var rejected = 0
            func reject(_ key: String) {
                var hasher = Hasher()
                hasher.combine(key)
                if rejectedKeys.insert(UInt64(bitPattern: Int64(hasher.finalize()))) { rejected += 1 }
            }
            try connection.query(compiler.findingsQuery()) { row throws(Diagnostic) in
                guard row.count == 6, let checkName = row[1], let check = CheckID(rawValue: checkName),
                    let severity = row[2].flatMap(Severity.init(rawValue:))
                else { return }
                let key = row[0]
                if severity == .error, let key { reject(key) }
                try onViolation(
                    Violation(
                        check: check, severity: severity, article: row[5],
                        message: PostgresTableRun.message(check, field: row[3], purpose: row[4]),
                        field: row[3], purpose: row[4], key: key))
            }
            try secondPass(connection) { violation throws(Diagnostic) in
                if violation.severity == .error, let key = violation.key { reject(key) }
                try onViolation(violation)
            }
            try connection.execute("COMMIT")
            counts.rejected = rejected
            return counts
        #else
            throw Diagnostic(
                .databaseFailure, file: "--database",
                message:
                    "this datamin was built without PostgreSQL support; build it with 'swift build --traits PostgreSQL' (needs libpq-dev)")
        #endif
    }

    /// The check's summary, with the field and purpose it concerns: the query returns no
    /// message, and never a value.
    static func message(_ check: CheckID, field: String?, purpose: String?) -> String {
        var message = CheckInfo.all.first { $0.id == check }?.summary ?? check.rawValue
        if message.hasSuffix(".") { message.removeLast() }
        let about = [field.map { "field '\($0)'" }, purpose.map { "purpose '\($0)'" }].compactMap { $0 }
        return about.isEmpty ? message : message + " (" + about.joined(separator: ", ") + ")"
    }

    /// The columns datamin checks itself, and with which check: `text` fields for the
    /// free-text checks, phone fields in `international` or `national` format for `invalid-value`.
    var secondPassFields: [(name: String, checks: Set<CheckID>)] {
        let severities = validator.plan.severities
        let freeText = Set([CheckID.piiInFreeText, .specialCategoryInFreeText].filter { severities[$0] != nil })
        return validator.plan.fieldRules.compactMap { rule in
            if rule.type == .text, !freeText.isEmpty { return (rule.name, freeText) }
            if rule.type == .phone, rule.phoneFormat != .e164, severities[.invalidValue] != nil { return (rule.name, [.invalidValue]) }
            return nil
        }
    }

    #if PostgreSQL
        /// Reads the key and the ``secondPassFields`` of every row and runs datamin's own
        /// checks on them, with every other check off.
        private func secondPass(_ connection: PostgresConnection, onViolation: (Violation) throws(Diagnostic) -> Void) throws(Diagnostic) {
            let fields = secondPassFields
            guard !fields.isEmpty else { return }
            var policy = validator.policy
            let kept = fields.reduce(into: Set<CheckID>()) { $0.formUnion($1.checks) }
            for check in CheckID.allCases where !kept.contains(check) { policy.checkSettings[check] = .off }
            let checker = Validator(policy: policy, asOf: validator.asOf)
            let dialect = SQLDialect.postgres
            let row = SQLCompiler.rowAlias(avoiding: validator.policy.fields.map(\.name) + [target.key])
            let columns = fields.map { "to_jsonb(\(row)) ->> \(dialect.literal($0.name))" }.joined(separator: ", ")
            let sql =
                "SELECT CAST(\(row).\(dialect.identifier(target.key)) AS text), \(columns) FROM \(dialect.tableName(target.table)) AS \(row)"
            try connection.query(sql) { row throws(Diagnostic) in
                var record = Record()
                for (index, field) in fields.enumerated() {
                    if let value = row[index + 1] { record.fields.append(Record.Field(name: field.name, value: .string(value))) }
                }
                guard !record.fields.isEmpty else { return }
                for var violation in checker.validate(record, purpose: target.purpose) {
                    violation.key = row[0]
                    // Only what the query left out: a text field's max_length, say, was checked there.
                    guard fields.contains(where: { $0.name == violation.field && $0.checks.contains(violation.check) }) else { continue }
                    try onViolation(violation)
                }
            }
        }

        /// Copies the suppression list's entries, as the validator loaded them, into a
        /// temporary table of this session.
        private func load(_ list: SuppressionList, into connection: PostgresConnection) throws(Diagnostic) {
            let entries = list.entryPrefixes
            try connection.execute("CREATE TEMPORARY TABLE datamin_erased (hash text)")
            for start in stride(from: 0, to: entries.count, by: 1000) {
                let values = entries[start..<min(start + 1000, entries.count)].map { "('\($0)')" }
                try connection.execute("INSERT INTO datamin_erased VALUES " + values.joined(separator: ", "))
            }
        }
    #endif
}
