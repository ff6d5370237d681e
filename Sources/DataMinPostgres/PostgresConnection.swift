#if PostgreSQL
    import CLibPQ
    import DataMinCore
    import FoundationEssentials

    /// One connection to a PostgreSQL server through libpq.
    ///
    /// libpq reads the password from the connection URL, `PGPASSWORD` or `~/.pgpass`; it is
    /// never echoed: failures carry the server's message, which names the user, not the password.
    final class PostgresConnection {
        private let connection: OpaquePointer

        /// Connects with a `postgresql://` URL or `key=value` string; an empty one uses the `PG*` environment.
        init(_ target: String) throws(Diagnostic) {
            guard let connection = PQconnectdb(target) else {
                throw Diagnostic(.databaseFailure, file: "--database", message: "libpq could not allocate a connection")
            }
            self.connection = connection
            guard PQstatus(connection) == CONNECTION_OK else {
                // deinit closes the failed connection: the object is fully initialised here.
                let message = PostgresConnection.oneLine(PQerrorMessage(connection).map { String(cString: $0) })
                throw Diagnostic(
                    .databaseFailure, file: "--database",
                    message:
                        "cannot connect to PostgreSQL: \(message); check the URL, and that the server runs and accepts this user (password from the URL, PGPASSWORD or ~/.pgpass)"
                )
            }
        }

        deinit { PQfinish(connection) }

        /// Runs one statement that returns no rows.
        ///
        /// Statements go through the extended query protocol, which takes exactly one
        /// statement: text that ends one and starts another is refused by the server, never run.
        func execute(_ sql: String) throws(Diagnostic) {
            let result = PQexecParams(connection, sql, 0, nil, nil, nil, nil, 0)
            defer { PQclear(result) }
            let status = PQresultStatus(result)
            guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK else { throw failure(result) }
        }

        /// Runs one statement, `sql`, and hands each row to `row` as it arrives, one at a time, so a result of
        /// any size streams in bounded memory. NULL is nil.
        func query(_ sql: String, row: ([String?]) throws(Diagnostic) -> Void) throws(Diagnostic) {
            guard PQsendQueryParams(connection, sql, 0, nil, nil, nil, nil, 0) == 1 else { throw failure(nil) }
            PQsetSingleRowMode(connection)
            var firstFailure: Diagnostic?
            // Every result must be read, even after a failure, before the connection is usable again.
            while let result = PQgetResult(connection) {
                defer { PQclear(result) }
                switch PQresultStatus(result) {
                case PGRES_SINGLE_TUPLE:
                    guard firstFailure == nil else { continue }
                    let columns = PQnfields(result)
                    var values: [String?] = []
                    values.reserveCapacity(Int(columns))
                    for column in 0..<columns {
                        values.append(PQgetisnull(result, 0, column) == 1 ? nil : String(cString: PQgetvalue(result, 0, column)))
                    }
                    do { try row(values) } catch { firstFailure = error }
                case PGRES_TUPLES_OK, PGRES_COMMAND_OK:
                    break
                default:
                    if firstFailure == nil { firstFailure = failure(result) }
                }
            }
            if let firstFailure { throw firstFailure }
        }

        private func failure(_ result: OpaquePointer?) -> Diagnostic {
            let text = result.map { PostgresConnection.oneLine(PQresultErrorMessage($0).map { String(cString: $0) }) } ?? ""
            let message = text.isEmpty ? PostgresConnection.oneLine(PQerrorMessage(connection).map { String(cString: $0) }) : text
            return Diagnostic(.databaseFailure, file: "--database", message: "PostgreSQL: \(message)")
        }

        /// libpq's message on one line: it spans lines and indents with tabs.
        private static func oneLine(_ text: String?) -> String {
            (text ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
    }
#endif
