import ArgumentParser
import DataMinCore
import DataMinRun
import DataMinSQL

/// `datamin sql`: the policy compiled to one query that finds violations inside a database.
struct SQL: StatusCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Print a query that checks a database table against a policy, inside the engine.",
        discussion: """
            The query returns one row per finding (key, check, severity, field, purpose, article), never a \
            value, in one scan of the table. A row is checked like a CSV record of its values. What SQL cannot \
            decide exactly is listed in the query's header and by --explain.
            """
    )

    @Option(help: "The policy file.")
    var policy: String

    @Option(help: "The table or view to check: 'table', 'schema.table' or 'catalog.schema.table'.")
    var table: String

    @Option(help: "The column that names a row in findings, usually the primary key.")
    var key: String

    @Option(help: "The SQL engine: postgres, duckdb or spark.")
    var dialect: SQLDialect

    @Option(help: "The date retention and consent are judged on, YYYY-MM-DD (default: today in UTC).")
    var asOf: String?

    @Option(help: "Turn on retention-due for rows whose retention ends within this ISO 8601 duration.")
    var dueWithin: String?

    @Option(help: "The purpose(s) of rows when the table has no purpose column.")
    var purpose: String?

    @Option(help: "A table whose 'hash' column holds the suppression list's entries (for erased-subject).")
    var suppressionTable: String?

    @Flag(help: "Print a query that counts findings per check, rows read and rows rejected.")
    var counts = false

    @Flag(help: "List what the query does not decide, instead of printing it.")
    var explain = false

    func validate() throws {
        try Validate.checkDates(asOf: asOf, dueWithin: dueWithin)
    }

    func execute() throws -> ExitStatus {
        let validator = try ValidatorLoader.load(
            policyPath: policy, asOf: asOf.flatMap(CalendarDate.init(iso:)), showValues: false,
            dueWithin: dueWithin.flatMap(ISODuration.init))
        try ValidatorLoader.checkPurpose(purpose, of: validator)
        let target = SQLTarget(table: table, key: key, purpose: purpose, suppressionTable: suppressionTable)
        if let problem = target.problem(for: dialect) { throw UsageFailure(message: problem) }
        let compiler = SQLCompiler(validator: validator, dialect: dialect, target: target)
        if let refusal = compiler.refusal { throw UsageFailure(message: refusal) }
        if explain {
            Console.write(compiler.explanation())
        } else {
            Console.write(counts ? compiler.countsQuery() : compiler.findingsQuery())
        }
        try Console.checkOutput()
        return .clean
    }
}

extension SQLDialect: CaseArgument {}
