import ArgumentParser
import DataMinCore
import DataMinIO
import DataMinReporters
import DataMinRun
import FoundationEssentials

/// `datamin ropa`: the Art. 30(1) record of processing activities the policies describe.
struct Ropa: StatusCommand {
    static let configuration = CommandConfiguration(
        commandName: "ropa",
        abstract: "Write the Art. 30(1) record of processing activities of the policies.",
        discussion:
            "With no POLICY, uses the policy named in .datamin.yml, or every .yaml/.yml file in policies/. What the policy does not state is listed as missing."
    )

    @Argument(help: "Policy files.")
    var policies: [String] = []

    @Option(help: "Output format.")
    var format: Article30Renderer.Format = .markdown

    @Option(help: "Write to this file instead of standard output.")
    var output: String?

    func execute() throws -> ExitStatus {
        TemporaryFiles.removeOnInterrupt()
        let paths = try policies.isEmpty ? Lint.defaultPolicies() : policies
        let loaded = try paths.map { path throws(PolicyError) in try Policy(contentsOf: URL(fileURLWithPath: path)) }
        let records = loaded.map(Article30Record.init(policy:))
        // With SOURCE_DATE_EPOCH the register states that day, so it is the same bytes on every run.
        let day = try RunRequest.sourceDateEpoch(in: Console.environment).map { ValidationReport.Provenance.day(ofSeconds: $0) }
        let text = Article30Renderer.render(records, as: format, generated: .init(date: day ?? "\(CalendarDate.today())"))
        if let output {
            // Nor over a policy's suppression list: the erasure evidence would be lost.
            let file = try OutputFile(path: output, protecting: paths + loaded.compactMap(\.suppressionFile), mode: 0o644)
            file.write(text)
            try file.commit()
        } else {
            Console.write(text)
            try Console.checkOutput()
        }
        return .clean
    }
}

extension Article30Renderer.Format: CaseArgument {}
