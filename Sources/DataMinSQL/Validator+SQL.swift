import DataMinCore

extension Validator {
    /// The query that finds this validator's violations in a table, as `datamin sql` prints it.
    ///
    /// - Parameter counts: a query of the counts per check and of the rows read and rejected,
    ///   instead of one row per finding.
    public func sqlQuery(for target: SQLTarget, dialect: SQLDialect, counts: Bool = false) -> String {
        let compiler = SQLCompiler(validator: self, dialect: dialect, target: target)
        return counts ? compiler.countsQuery() : compiler.findingsQuery()
    }

    /// What that query does not decide, one line each, as `datamin sql --explain` lists it.
    public func sqlLimits(for target: SQLTarget, dialect: SQLDialect) -> [String] {
        SQLCompiler(validator: self, dialect: dialect, target: target).limits
    }
}
