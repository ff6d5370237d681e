/// The table a policy is compiled against, and how its rows are named in findings.
public struct SQLTarget: Sendable {
    /// The table or view, `table`, `schema.table` or `catalog.schema.table`, as the engine names it.
    public var table: String
    /// The column whose value names a row in findings (the record), usually the primary key.
    public var key: String
    /// The purpose(s) of rows when the table has no `record.purpose` column (`--purpose`).
    public var purpose: String?
    /// A table whose `hash` column holds the suppression list's entries, for `erased-subject`.
    public var suppressionTable: String?
    /// The table's columns and their types as PostgreSQL's catalogue names them
    /// (`format_type`), when the caller read them; nil to have the query read each row by name
    /// from its JSON form. Known columns are read directly, which is faster and gives the
    /// same text.
    public var columnTypes: [String: String]?

    public init(table: String, key: String, purpose: String? = nil, suppressionTable: String? = nil, columnTypes: [String: String]? = nil) {
        self.table = table
        self.key = key
        self.purpose = purpose
        self.suppressionTable = suppressionTable
        self.columnTypes = columnTypes
    }

    /// Why this target's table and column names cannot be written into a query for
    /// `dialect`, or nil. A name is always a quoted identifier, never text; what no quoting
    /// makes safe is refused: control characters (a NUL or CR would end the query or a
    /// comment early), `$` for Spark (its variable substitution runs before parsing and
    /// reaches inside quotes), and PostgreSQL names over 63 bytes (it would cut them short
    /// and read another column).
    public func problem(for dialect: SQLDialect) -> String? {
        let names = [("--table", table), ("--key", key), ("--suppression-table", suppressionTable)]
        for (option, name) in names {
            guard let name else { continue }
            if name.unicodeScalars.contains(where: SQLDialect.isControl) {
                return "\(option) holds a control character; name the table or column without it"
            }
            if dialect == .spark, name.contains("$") {
                return
                    "\(option) holds '$', which Spark's variable substitution would rewrite inside the query; rename the table or column, or use a view"
            }
            let parts = option == "--key" ? [name] : SQLDialect.tableParts(name)
            if parts.count > 3 || parts.contains(where: \.isEmpty) {
                return
                    "\(option) is not a table name: write table, schema.table or catalog.schema.table, with no empty part; a name's dots separate its parts"
            }
            if dialect == .postgres, let long = parts.first(where: { $0.utf8.count > SQLDialect.postgresNameBytes }) {
                return
                    "\(option) names '\(long)', longer than PostgreSQL's \(SQLDialect.postgresNameBytes)-byte limit for names; PostgreSQL would cut it short"
            }
        }
        return nil
    }
}
