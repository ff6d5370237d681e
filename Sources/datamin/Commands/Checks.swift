import ArgumentParser
import DataMinCore
import DataMinReporters

/// `datamin checks`: every check id with its default severity, article and summary.
struct Checks: StatusCommand {
    static let configuration = CommandConfiguration(
        commandName: "checks",
        abstract: "List every check with its default severity, GDPR article and summary.",
        discussion: "--format json adds when each check fires and what to do; --format markdown writes the table of docs/checks.md.")

    @Option(help: "Output format.")
    var format: CheckCatalogue.Format = .text

    func execute() throws -> ExitStatus {
        Console.write(CheckCatalogue.render(as: format))
        try Console.checkOutput()
        return .clean
    }
}

extension CheckCatalogue.Format: CaseArgument {}
