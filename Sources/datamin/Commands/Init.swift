import ArgumentParser
import DataMinCore
import DataMinIO
import DataMinRun
import FoundationEssentials

/// `datamin init FILE…`: a first policy drafted from an export's header and a sample of its
/// values; what only a person can decide is left as TODOs that `lint` lists.
struct Init: StatusCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Draft a policy from an export: every column typed from a sample, the decisions left as TODOs.",
        discussion: """
            Reads the header and the first \(PolicyDraft.sampleSize) records of each FILE (.csv, .tsv, .json, .jsonl). \
            No value is copied into the draft except enum, purpose and lawful-basis words that read as names, not data. \
            Decide every TODO ('datamin lint POLICY' lists them), then validate the export against the policy.
            """)

    @Argument(help: "Export files to draft from.")
    var files: [String]

    @Option(help: "Write the draft here instead of standard output (never over an existing file).")
    var output: String?

    @Option(help: "The policy's name (default: the first file's name).")
    var name: String?

    @Option(help: "The files' encoding (default utf-8), as validate's --encoding: their words are read in it.")
    var encoding: InputEncoding?

    func execute() throws -> ExitStatus {
        TemporaryFiles.removeOnInterrupt()
        var draft = PolicyDraft()
        for file in files {
            guard let format = InputFormat(path: file) else {
                throw UsageFailure(message: "cannot tell the format of '\(file)' from its name (.csv, .tsv, .json, .jsonl)")
            }
            let source = try ByteSource(path: file, encoding: encoding ?? .utf8)
            var reader = try format.recordReader(source: source, path: file)
            // No data at all is a failed export, as for validate: nothing to draft from.
            if let csv = reader as? CSVReader, csv.header.isEmpty { throw EmptyInput.failure(path: file, bytes: source.bytesRead) }
            // A first row of data would become field names: values in the draft.
            if let csv = reader as? CSVReader, let column = csv.header.firstIndex(where: FieldNameText.looksLikeValue) {
                throw Diagnostic(
                    .inputHeaderInvalid, file: file, line: csv.headerLine, column: column + 1,
                    message: "the first row looks like data, not a header (column \(column + 1) holds what looks like a value, "
                        + "not a name); add a header row naming the columns")
            }
            var sampled = 0
            var guessed: InputEncoding?
            while sampled < PolicyDraft.sampleSize, let read = try reader.next() {
                sampled += 1
                if source.suggestsEncodings { guessed = guessed ?? read.problems.lazy.compactMap(\.encodingGuess).first }
                if !read.isMalformed { draft.observe(read.record) }
            }
            if sampled == 0, format == .jsonl { throw EmptyInput.failure(path: file, bytes: source.bytesRead) }
            draft.note("\(TerminalText.escaped(file)): \(sampled) record\(sampled == 1 ? "" : "s") sampled")
            if let asked = source.overriddenEncoding {
                draft.note(
                    "\(TerminalText.escaped(file)) starts with a UTF-8 byte-order mark, so it was read as UTF-8, not \(asked.rawValue)")
            }
            if sampled == 0, let csv = reader as? CSVReader {
                // A header alone cannot be told from a row of data: its cells are not made names.
                draft.note(
                    "\(TerminalText.escaped(file)) has a header and no records: its \(csv.fieldNames.count) columns are not drafted; "
                        + "draft from an export with records")
            }
            if let guessed {
                // Its words were not read in their encoding: none of them is made an enum value.
                draft.note(
                    "\(TerminalText.escaped(file)) is not UTF-8; draft again and validate it with --encoding \(guessed.rawValue)")
            }
        }
        let policyName = name ?? URL(fileURLWithPath: files[0]).deletingPathExtension().lastPathComponent
        let text = draft.yaml(name: policyName)
        if let output {
            guard !FileManager.default.fileExists(atPath: output) else {
                throw UsageFailure(message: "--output '\(output)' exists; choose another path, or remove it to draft again")
            }
            let file = try OutputFile(path: output, protecting: files, mode: 0o644)
            file.write(text)
            try file.commit()
            Console.error("datamin: drafted \(output); decide its TODOs ('datamin lint \(output)' lists them)")
        } else {
            Console.write(text)
            try Console.checkOutput()
        }
        return .clean
    }
}
