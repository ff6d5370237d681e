import DataMinTestSupport
import Foundation
import Testing

/// Findings point at records by a key a CRM user can look up (SPEC §11.3), and never show a
/// personal key by default.
@Suite(.serialized) struct RecordKeyTests {
    let files = [
        "policy.yaml": testPolicy,
        "in.csv":
            "id,email,purpose,collected_at,phone\nC-1,ann@example.com,sales,2026-01-01,bad\nC-2,Ann@Example.com ,sales,2026-01-01,+4930123456\n",
    ]
    let run = ["validate", "in.csv", "--policy", "policy.yaml", "--as-of", "2026-11-29", "--format", "json"]

    func keys(_ result: CLIResult) throws -> [String?] {
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let files = try #require(report["files"] as? [[String: Any]])
        return (files[0]["violations"] as? [[String: Any]] ?? []).map { $0["key"] as? String }
    }

    @Test func aPersonalSubjectIsNeverShownAndWithoutASaltNothingNamesTheRecord() throws {
        let result = try datamin(run, in: try scratchFolder(files))
        #expect(try keys(result) == [nil, nil, nil])
        #expect(!result.stdout.contains("ann@") && !result.stdout.contains("Ann@"))
    }

    @Test func aKeyThatIsNotPersonalIsShownInClear() throws {
        let folder = try scratchFolder(files)
        #expect(try keys(try datamin(run + ["--key", "id"], in: folder)) == ["C-1", "C-2", "C-2"])
        let policy = testPolicy.replacingOccurrences(of: "subject: email\n", with: "subject: email\nkey: id\n")
        try policy.write(to: folder.appendingPathComponent("policy.yaml"), atomically: true, encoding: .utf8)
        #expect(try keys(try datamin(run, in: folder)) == ["C-1", "C-2", "C-2"])
    }

    @Test func aSaltGivesAStablePseudonymThatTheKeyCommandReproduces() throws {
        let folder = try scratchFolder(files)
        let environment = ["DATAMIN_KEY_SALT": "team-secret"]
        let shown = try keys(try datamin(run, in: folder, environment: environment))
        // The same subject, written differently, is the same pseudonym: keys are trimmed and case-folded.
        #expect(shown.count == 3 && shown[0] == shown[1] && shown[1] == shown[2])
        let pseudonym = try #require(shown[0])
        #expect(pseudonym.hasPrefix("k:") && pseudonym.count == 18)
        let lookedUp = try datamin(["key", "ann@example.com"], in: folder, environment: environment)
        #expect(lookedUp.stdout == pseudonym + "\n")
        let fromInput = try spawn(["key"], in: folder, stdin: "ANN@example.com\n\nbob@example.com\n", environment: environment)
        #expect(fromInput.stdoutLines.count == 2 && fromInput.stdoutLines[0] == pseudonym)
        // Another salt, another pseudonym.
        #expect(try keys(try datamin(run, in: folder, environment: ["DATAMIN_KEY_SALT": "other"]))[0] != pseudonym)
    }

    @Test func theKeyCommandNeedsTheSalt() throws {
        let result = try datamin(["key", "ann@example.com"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("DATAMIN_KEY_SALT is not set"))
        #expect(!result.stderr.contains("ann@"))
    }

    @Test func anUndeclaredKeyIsRefusedWithADidYouMean() throws {
        let folder = try scratchFolder(files)
        let result = try datamin(run + ["--key", "ids"], in: folder)
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "datamin: error: --key 'ids' is not a field of policy 'e2e'; did you mean 'id'? a key must be declared under 'fields:'\n"
        )
        let config = try scratchFolder(
            files.merging([".datamin.yml": "policy: policy.yaml\ninputs:\n  - files: in.csv\n    key: ids\n"]) { $1 })
        let fromConfig = try datamin(["validate"], in: config)
        #expect(fromConfig.status == 2)
        #expect(
            fromConfig.stderr.contains(
                ".datamin.yml:4:10: error: 'key' names 'ids', which policy 'e2e' does not declare; did you mean 'id'?"))
    }

    @Test func aConfigEntryNamesTheKeyOfItsInput() throws {
        let folder = try scratchFolder(
            files.merging([".datamin.yml": "policy: policy.yaml\ninputs:\n  - files: in.csv\n    key: id\n"]) { $1 })
        #expect(try keys(try datamin(["validate", "--as-of", "2026-11-29", "--format", "json"], in: folder)) == ["C-1", "C-2", "C-2"])
    }

    /// A file with its own key still shares the run: a subject in two files is a duplicate.
    @Test func aPerInputKeyKeepsDuplicatesAcrossFiles() throws {
        let folder = try scratchFolder([
            "policy.yaml": testPolicy,
            "a.csv": "id,email,purpose,collected_at\nA-1,ann@example.com,sales,2026-01-01\n",
            "b.csv": "id,email,purpose,collected_at\nB-1,ann@example.com,sales,2026-01-01\n",
            ".datamin.yml": "policy: policy.yaml\ninputs:\n  - files: b.csv\n    key: id\n  - files: a.csv\n",
        ])
        let result = try datamin(["validate", "a.csv", "b.csv", "--as-of", "2026-11-29"], in: folder)
        #expect(result.stdoutLines == ["b.csv:2:2: warning: subject 'email' already occurred earlier in this run [duplicate-subject]"])
        let json = try datamin(["validate", "a.csv", "b.csv", "--as-of", "2026-11-29", "--format", "json"], in: folder)
        #expect(json.stdout.contains("\"key\": \"B-1\""))
    }

    /// CRM ids that differ only in case are different records; e-mail subjects are not.
    @Test func onlySubjectKeysAreCaseFolded() throws {
        let environment = ["DATAMIN_KEY_SALT": "s"]
        let folded = try datamin(["key", "Ann@Example.com", "ann@example.com"], environment: environment).stdoutLines
        #expect(folded.count == 2 && folded[0] == folded[1])
        let exact = try datamin(["key", "--exact", "0015000000AbCdE", "0015000000aBcDe"], environment: environment).stdoutLines
        #expect(exact.count == 2 && exact[0] != exact[1])
    }
}
