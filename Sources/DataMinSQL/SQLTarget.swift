/// The table a policy is compiled against, and how its rows are named in findings.
public struct SQLTarget: Sendable {
    /// The table or view, `table` or `schema.table`, as the engine names it.
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
}
