import ArgumentParser
import DataMinIO
import DataMinReporters
import Testing

@testable import datamin

/// What keeps the command line's start-up short (issue #32): the argument parser is never
/// left to name a command or an option value by reflecting on a type.
struct StartUpTests {
    /// Every command and subcommand, depth first.
    private static func commands(under command: any ParsableCommand.Type) -> [any ParsableCommand.Type] {
        [command] + command.configuration.subcommands.flatMap { commands(under: $0) }
    }

    @Test func everyCommandSpellsOutItsName() {
        let unnamed = Self.commands(under: DataMin.self).filter { $0.configuration.commandName == nil }
        #expect(unnamed.isEmpty, "\(unnamed.map { "\($0)" }) would be named through String(describing:) on every run")
        #expect(Self.commands(under: DataMin.self).count == 14)
    }

    @Test func enumOptionsListTheirRawValues() {
        #expect(ReportFormat.allValueStrings == ReportFormat.allCases.map(\.rawValue))
        #expect(InputEncoding.allValueStrings == InputEncoding.allCases.map(\.rawValue))
        #expect(ReportFormat.allValueDescriptions.isEmpty)
        #expect(ReportFormat.html.defaultValueDescription == "html")
    }

    @Test func helpListsTheValuesOfAnEnumOption() throws {
        let help = try datamin(["validate", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("(values: text, json,"))
    }
}
