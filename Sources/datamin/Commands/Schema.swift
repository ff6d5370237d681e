import ArgumentParser
import DataMinReporters

/// `datamin schema`: the JSON Schema of the policy format, for editor completion.
struct Schema: StatusCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of the policy format, for editors (docs/policy.schema.json is the same).",
        discussion: "Put '# yaml-language-server: $schema=<path or URL of policy.schema.json>' on a policy's first line.")

    func execute() throws -> ExitStatus {
        Console.write(PolicySchema.render())
        try Console.checkOutput()
        return .clean
    }
}
