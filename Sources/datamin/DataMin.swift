import ArgumentParser
import DataMinCore
import Glibc

/// The `datamin` command: validate CRM imports against a data-minimisation policy.
@main
struct DataMin: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "datamin",
        abstract: "Enforce GDPR data minimisation on CRM data (CSV, JSON, JSON Lines).",
        discussion: "Exit codes: 0 no error-level violation, 1 violations found, 2 could not validate.",
        version: DataMinVersion.current,
        subcommands: [Validate.self, Lint.self, Checks.self, Suppress.self, Ropa.self, SQL.self],
        defaultSubcommand: Validate.self
    )

    /// Runs the command line and exits with its status.
    static func main() {
        // A closed pipe (`datamin … | head`) fails the write with EPIPE, which is reported
        // and exits 2, instead of killing the process before it can clean up.
        signal(SIGPIPE, SIG_IGN)
        run(arguments: Array(CommandLine.arguments.dropFirst())).exit()
    }

    /// Runs one command line and maps every outcome to an exit code through ``ExitStatus``;
    /// the tests call it in-process.
    static func run(arguments: [String]) -> ExitStatus {
        let status: ExitStatus
        do {
            var command = try parseAsRoot(arguments)
            if let runnable = command as? any StatusCommand {
                status = try runnable.execute()
            } else {
                try command.run()
                status = .clean
            }
        } catch {
            status = ExitStatus.report(error)
        }
        Console.flush()
        return status
    }
}

/// A subcommand that decides its own exit status.
protocol StatusCommand: ParsableCommand {
    func execute() throws -> ExitStatus
}
