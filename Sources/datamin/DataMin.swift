import ArgumentParser
import DataMinCore
import DataMinRun
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `datamin` command: validate CRM imports against a data-minimisation policy.
@main
struct DataMin: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "datamin",
        abstract: "Enforce GDPR data minimisation on CRM data (CSV, JSON, JSON Lines).",
        discussion: "Exit codes: 0 no error-level violation, 1 violations found, 2 could not validate.",
        version: DataMinVersion.current,
        subcommands: [
            Validate.self, Init.self, Lint.self, Checks.self, Explain.self, Schema.self, Suppress.self, Key.self, Ropa.self, SQL.self,
            Serve.self,
        ],
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
            try refuseMistypedCommand(arguments)
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

extension DataMin {
    /// Refuses a first word that is no command but close to one (`vaildate`), which would
    /// otherwise be taken as a file for the default `validate`: a word with no extension that
    /// names no file.
    static func refuseMistypedCommand(_ arguments: [String]) throws {
        guard let word = arguments.first, !word.hasPrefix("-"), !word.contains("."), !word.contains("/"),
            !FileManager.default.fileExists(atPath: word)
        else { return }
        let names = configuration.subcommands.compactMap { $0.configuration.commandName }
        guard !names.contains(word), let guess = Suggestion.closest(to: word, among: names) else { return }
        throw UsageFailure(message: "unknown command '\(word)'; did you mean '\(guess)'?")
    }
}

/// A subcommand that decides its own exit status.
protocol StatusCommand: ParsableCommand {
    func execute() throws -> ExitStatus
}
