import DataMinTestSupport
import Foundation
import Testing

/// Docs that run (SPEC §11.1, issue #26): the README's shell examples, read from the README
/// itself, run against the shipped files and do what the README says.
@Suite(.serialized) struct ReadmeExampleTests {
    /// The commands of the README's `sh` code blocks, in order, one per block: continuation
    /// lines joined, comments and blank lines dropped.
    static func shellBlocks() throws -> [[String]] {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        return text.components(separatedBy: "```sh\n").dropFirst().map { block in
            let body = block.components(separatedBy: "```")[0].replacingOccurrences(of: "\\\n", with: " ")
            return body.split(separator: "\n").compactMap { line in
                let command = line.components(separatedBy: " #")[0].trimmingCharacters(in: .whitespaces)
                return command.isEmpty || command.hasPrefix("#") ? nil : command
            }
        }
    }

    /// A README command's arguments after `datamin` (none of them is quoted).
    static func arguments(_ command: String) -> [String] {
        Array(command.split(separator: " ").map(String.init).drop { $0 != "datamin" }.dropFirst())
    }

    /// The decisions `init` leaves to a person, taken as a sales team would take them.
    static func decide(_ draft: String) -> String {
        var lines: [String] = []
        for line in draft.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            var line = line
            if line.contains("\"TODO: the Art. 6(1) basis this word means") {
                let word = line.lowercased()
                let basis = word.contains("interest") ? "legitimate_interests" : word.contains("contract") ? "contract" : "consent"
                line = line.components(separatedBy: "\"TODO:")[0] + basis
            }
            // Sales keeps no religion (below), so it needs no Art. 9(2) condition.
            if line.contains("article9_condition: \"TODO:") { continue }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
            .replacingOccurrences(of: "\"TODO: a name for the purpose\":", with: "sales:")
            .replacingOccurrences(
                of: "\"TODO: name this purpose (the key above) and say what the data is used for\"", with: "Selling to trade-show leads."
            )
            .replacingOccurrences(
                of:
                    "\"TODO: the Art. 6(1) basis: consent, contract, legal_obligation, vital_interests, public_task or legitimate_interests\"",
                with: "[contract, legitimate_interests]"
            )
            .replacingOccurrences(of: "\"TODO: how long, as an ISO 8601 duration such as P2Y\"", with: "P2Y")
            .replacingOccurrences(
                of: "\"TODO: the date field the clock starts from: one of collected_at\"", with: "collected_at"
            )
            // Minimisation: sales has no use for a birth date or a religion.
            .replacingOccurrences(of: ", \"date_of_birth\", \"religion\"]", with: "]")
    }

    @Test func fromAnExportToAGreenGateAsTheReadmeLeads() throws {
        let block = try Self.shellBlocks()[0]
        #expect(block.count == 6)
        // An export the tests did not write a policy for, where the README puts its own.
        let folder = try scratchFolder([
            "exports/contacts.csv": try String(
                contentsOf: repositoryRoot.appendingPathComponent("fixtures/leads-trade-show.csv"), encoding: .utf8),
            "policies/.keep": "",
        ])
        let asOf = ["--as-of", "2026-11-29"]
        var statuses: [Int32] = []
        for command in block {
            var arguments = Self.arguments(command)
            if arguments.first == "validate" { arguments += asOf }
            if arguments.first == "validate", statuses.count == 2 {
                let url = folder.appendingPathComponent("policies/contacts.yaml")
                try Self.decide(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
                #expect(try datamin(["lint", "policies/contacts.yaml"], in: folder).status == 0)
            }
            let result = try datamin(arguments, in: folder)
            if arguments.first == "lint" { #expect(result.stdout.contains("still to decide")) }
            statuses.append(result.status)
        }
        // init, lint (TODOs), validate (never fails), explain, write the baseline (findings), gate on it (passes).
        #expect(statuses == [0, 2, 0, 0, 1, 0])
        // From now on only what is new fails.
        let url = folder.appendingPathComponent("exports/contacts.csv")
        let export = try String(contentsOf: url, encoding: .utf8)
        try (export + "L-105,Dan,Doe,dan@example.com,Example Ltd,,NL,12345,trade_show,Performance of a contract,2026-03-13,,,\n")
            .write(to: url, atomically: true, encoding: .utf8)
        let gate = try datamin(Self.arguments(block[5]) + asOf, in: folder)
        #expect(gate.status == 1, "\(gate.stdout)")
        #expect(gate.stdoutLines.allSatisfy { $0.hasPrefix("exports/contacts.csv:7:") }, "\(gate.stdout)")
    }

    @Test func theQuickStartPrintsWhatTheReadmeShows() throws {
        let command = try #require(try Self.shellBlocks()[1].first { $0.hasPrefix("swift run datamin") })
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let shown = try #require(text.components(separatedBy: command + "\n```\n\n```text\n").dropFirst().first)
            .components(separatedBy: "```")[0].split(separator: "\n").map(String.init)
        let result = try datamin(Self.arguments(command))
        #expect(result.status == 1)
        #expect(result.stdoutLines == Array(shown.dropLast()))
        // The summary line, but for the time the run took.
        let summary = result.stderr.split(separator: "\n").last.map(String.init) ?? ""
        #expect(summary.components(separatedBy: " in ")[0] == shown.last?.components(separatedBy: " in ")[0])
    }

    @Test func theSQLExamplesNameAShippedPolicyAndRun() throws {
        let commands = try Self.shellBlocks().flatMap { $0 }.filter { $0.hasPrefix("datamin sql") }
        #expect(commands.count == 3)
        for command in commands {
            let arguments = Self.arguments(command.components(separatedBy: " |")[0].components(separatedBy: " >")[0])
            let result = try datamin(arguments)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(result.stdout.contains("SELECT"))
        }
    }

    @Test func theConfigExampleChecksEachShippedExportAgainstItsOwnPolicy() throws {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let config = try #require(
            text.components(separatedBy: "```yaml\n").first { $0.hasPrefix("policy: policies/sales-contacts.yaml") }?
                .components(separatedBy: "```")[0])
        func shipped(_ path: String) throws -> String {
            try String(decoding: Data(contentsOf: repositoryRoot.appendingPathComponent(path)), as: UTF8.self)
        }
        var files = [
            ".datamin.yml": config,
            "imports/leads/leads.csv": try shipped("fixtures/leads-clean.csv"),
            "imports/newsletter/signups.jsonl": try shipped("fixtures/newsletter-signups.jsonl"),
            "imports/hubspot/contacts.csv": try shipped("fixtures/hubspot-contacts.csv"),
        ]
        for name in ["sales-contacts", "newsletters", "hubspot-contacts", "pipedrive-persons"] {
            files["policies/\(name).yaml"] = try shipped("policies/\(name).yaml")
        }
        files["policies/erased-subjects.txt"] = try shipped("policies/erased-subjects.txt")
        files["imports/pipedrive/persons.txt"] = ""
        let folder = try scratchFolder(files)
        // The Pipedrive export is windows-1252: copied byte for byte.
        try Data(contentsOf: repositoryRoot.appendingPathComponent("fixtures/pipedrive-persons.csv"))
            .write(to: folder.appendingPathComponent("imports/pipedrive/persons.txt"))
        let result = try datamin(["validate", "--as-of", "2026-11-29", "--format", "json"], in: folder)
        #expect(result.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let policies = try #require(report["policies"] as? [[String: Any]]).compactMap { $0["name"] as? String }
        // Files in path order, each policy's files together in the order the policies are first met.
        #expect(policies == ["hubspot-contacts", "sales-contacts", "newsletters", "pipedrive-persons"])
        #expect((report["failures"] as? [Any])?.isEmpty == true)
        // A file read with the wrong policy, purpose or encoding shows as these.
        for wrong in ["undeclared-field", "encoding-error", "missing-purpose", "missing-required-field"] {
            #expect(!result.stdout.contains("\"\(wrong)\""), "\(wrong)")
        }
        let reported = try #require(report["files"] as? [[String: Any]])
        #expect(
            reported.map { $0["path"] as? String } == [
                "imports/hubspot/contacts.csv", "imports/leads/leads.csv", "imports/newsletter/signups.jsonl",
                "imports/pipedrive/persons.txt",
            ])
    }
}
