import ArgumentParser
import DataMinCore
import DataMinIO
import DataMinRun
import FoundationEssentials

/// `datamin suppress`: the list of erased subjects (SPEC §8.2), so they are not imported again.
struct Suppress: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suppress",
        abstract: "Keep the list of erased subjects (Art. 17) that validate refuses to import again.",
        discussion:
            "The list is the file the policy names under 'suppression:'. It holds salted SHA-256 hashes only; keys are never written or printed.",
        subcommands: [Add.self, Count.self]
    )

    /// Adds subject keys to the list, creating it (owner-only) when it does not exist.
    struct Add: StatusCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add erased subjects to the suppression list.")

        @Option(help: "The policy naming the list.")
        var policy: String

        @Argument(help: "Subject keys (for example email addresses). They are hashed, never stored.")
        var keys: [String] = []

        @Option(help: "Take the keys from the subject field of this import file.")
        var from: String?

        func execute() throws -> ExitStatus {
            let (loaded, path) = try Suppress.listPath(policy)
            var added = keys
            if let from { added += try Suppress.subjectKeys(in: from, policy: loaded) }
            let result = try SuppressionFile.add(added, to: path)
            Console.error("datamin: \(path): \(result.added) added, \(result.alreadyListed) already listed, \(result.total) in all")
            return .clean
        }
    }

    /// Prints how many subjects the list holds.
    struct Count: StatusCommand {
        static let configuration = CommandConfiguration(
            commandName: "count", abstract: "Print how many erased subjects the suppression list holds.")

        @Option(help: "The policy naming the list.")
        var policy: String

        func execute() throws -> ExitStatus {
            let (_, path) = try Suppress.listPath(policy)
            let list = try SuppressionList(contentsOf: path)
            try Console.out(String(list.count))
            Console.flush()
            try Console.checkOutput()
            return .clean
        }
    }

    /// The policy and the path of the list it names.
    static func listPath(_ policyPath: String) throws -> (Policy, String) {
        let loaded = try Policy(contentsOf: URL(fileURLWithPath: policyPath))
        guard let path = loaded.suppressionFile else {
            throw UsageFailure(message: "policy '\(loaded.name)' names no suppression list; add 'suppression: erased-subjects.txt' to it")
        }
        return (loaded, path)
    }

    /// The subject key of every record of an import file.
    ///
    /// - Throws: ``Diagnostic`` naming the line of the first record that cannot be read or
    ///   has no key: a list that silently missed someone would let them be imported again.
    static func subjectKeys(in file: String, policy: Policy) throws -> [String] {
        guard let subject = policy.subject else {
            throw UsageFailure(message: "policy '\(policy.name)' names no 'subject' field to take keys from")
        }
        guard let format = InputFormat(path: file) else {
            throw UsageFailure(message: "cannot tell the format of '\(file)' from its name (.csv, .tsv, .json, .jsonl)")
        }
        var reader = try format.recordReader(source: try ByteSource(path: file), path: file)
        if let csv = reader as? CSVReader, csv.header.filter({ $0 == subject }).count > 1 {
            throw Diagnostic(
                .fileUnreadable, file: file, line: csv.headerLine,
                message: "the header names '\(subject)' more than once; nothing was added: keep one such column and run again")
        }
        var keys: [String] = []
        while let read = try reader.next() {
            // A repeated subject field is unreadable too: which of its keys was erased is anyone's guess.
            if let problem = read.problems.first(where: { $0.check != .duplicateField || $0.field == subject }) {
                throw Diagnostic(
                    .fileUnreadable, file: file, line: problem.line ?? read.line,
                    message: "record \(read.number) cannot be read (\(problem.message)); nothing was added: fix the record and run again")
            }
            guard let key = read.record[subject]?.text, !key.allSatisfy(\.isWhitespace) else {
                throw Diagnostic(
                    .fileUnreadable, file: file, line: read.line,
                    message: "record \(read.number) has no '\(subject)'; nothing was added: give it one or remove the record, and run again"
                )
            }
            keys.append(key)
        }
        return keys
    }
}
