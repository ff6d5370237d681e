import ArgumentParser
import DataMinCore
import DataMinRun

/// `datamin key [VALUE…]`: the pseudonym reports show for a record key, so that a CRM user
/// can find a reported record, or a report's finding for a record they hold.
struct Key: StatusCommand {
    static let configuration = CommandConfiguration(
        commandName: "key",
        abstract: "Print the pseudonym reports show for each record key (salted with DATAMIN_KEY_SALT).",
        discussion: """
            Reports name a record by its key in clear only when the key field is 'personal: false' \
            (or with --show-values); otherwise by 'k:' and 16 hex digits, salted with the secret in \
            DATAMIN_KEY_SALT. Give the same secret here. Keys are trimmed, and case-folded as subject \
            keys are unless --exact is given (for a key field other than the policy's subject, such as \
            a CRM id whose case matters). With no VALUE, keys are read one per line from standard \
            input, which keeps them out of the shell's history.
            """)

    @Argument(help: "Record keys (e.g. e-mail addresses); none reads them from standard input, one per line.")
    var values: [String] = []

    @Flag(help: "Keep the keys' case: for a key field that is not the policy's subject.")
    var exact = false

    func execute() throws -> ExitStatus {
        guard let salt = Console.environment["DATAMIN_KEY_SALT"], !salt.isEmpty else {
            throw UsageFailure(
                message: "DATAMIN_KEY_SALT is not set: give the secret the reports were made with (validate reads the same variable)")
        }
        let keys = values.isEmpty ? Self.standardInputLines() : values
        for key in keys { Console.write(RecordDigest(key: key, folding: !exact).pseudonym(salt: Array(salt.utf8)) + "\n") }
        try Console.checkOutput()
        return .clean
    }

    /// Standard input's lines, without their line breaks; blank lines are skipped.
    private static func standardInputLines() -> [String] {
        var lines: [String] = []
        while let line = readLine(strippingNewline: true) {
            let trimmed = line.hasSuffix("\r") ? String(line.dropLast()) : line
            if !trimmed.allSatisfy(\.isWhitespace) { lines.append(trimmed) }
        }
        return lines
    }
}
