import DataMinTestSupport
import Foundation
import Testing

/// The project config is trusted only inside its repository, and nothing from a data file
/// reaches a message unless it is a declared field name or `--show-values` is given.
@Suite(.serialized) struct ConfigTrustTests {
    private let records = "id,email,purpose,collected_at\n1,a@example.com,sales,2026-01-01\n2,bad,sales,2026-01-01\n"

    @Test func aConfigAboveTheRepositoryRootIsNotUsed() throws {
        // A lax config in a parent folder would turn the failing run into a pass.
        let folder = try scratchFolder([
            ".datamin.yml": "policy: lax.yaml\n",
            "lax.yaml": testPolicy.replacingOccurrences(of: "email: { type: email }", with: "email: { type: string }"),
            "repo/.git/HEAD": "", "repo/in.csv": records,
        ])
        let result = try datamin(["validate", "in.csv"], in: folder.appendingPathComponent("repo"))
        #expect(result.status == 2)
        #expect(result.stderr == "datamin: error: no policy: pass --policy FILE or add a .datamin.yml with 'policy: <file>'\n")
    }

    @Test func outsideARepositoryOnlyTheCurrentFolderIsLookedIn() throws {
        let folder = try scratchFolder([".datamin.yml": "policy: policy.yaml\n", "policy.yaml": testPolicy, "sub/in.csv": records])
        let result = try datamin(["validate", "in.csv"], in: folder.appendingPathComponent("sub"))
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("datamin: error: no policy"))
    }

    @Test func aBrokenConfigIsNotReadWhenPolicyAndFilesAreGiven() throws {
        let hugeLine = "{" + (0..<8_000).map { "k\($0): v" }.joined(separator: ", ") + "}\n"
        let folder = try scratchFolder([".git/HEAD": "", ".datamin.yml": hugeLine, "policy.yaml": testPolicy, "sub/in.csv": records])
        let run = try measuredDatamin(
            ["validate", "in.csv", "--policy", "../policy.yaml", "--as-of", "2026-11-29"], in: folder.appendingPathComponent("sub"))
        #expect(run.result.status == 1)
        #expect(run.result.stdout == "in.csv:3:2: error: field 'email' is not a valid email address [invalid-value]\n")
        // Without --policy the config is needed: its errors are listed, briefly.
        let needed = try measuredDatamin(["validate", "in.csv"], in: folder.appendingPathComponent("sub"))
        #expect(needed.result.status == 2)
        #expect(needed.result.stderr.utf8.count < 64 << 10)
        #expect(needed.seconds < 10)
    }

    @Test(arguments: ["../secret.env", "/etc/hostname", "sub/../../secret.env"])
    func configPathsMayNotLeaveTheRepository(path: String) throws {
        let folder = try scratchFolder([
            "secret.env": "API_TOKEN=hunter2-secret\n", "repo/.git/HEAD": "",
            "repo/.datamin.yml": "policy: \(path)\n", "repo/in.csv": records,
        ])
        let result = try datamin(["validate", "in.csv"], in: folder.appendingPathComponent("repo"))
        #expect(result.status == 2)
        #expect(result.stderr.contains(".datamin.yml:1:9: error: 'policy' must"))
        #expect(!result.stderr.contains("hunter2"))
    }

    @Test func aGlobMayNotLeaveTheRepository() throws {
        let folder = try scratchFolder([
            "repo/.git/HEAD": "", "repo/policy.yaml": testPolicy,
            "repo/.datamin.yml": "policy: policy.yaml\ninputs:\n  - files: \"../*.csv\"\n",
        ])
        let result = try datamin(["validate"], in: folder.appendingPathComponent("repo"))
        #expect(result.status == 2)
        #expect(result.stderr.contains(".datamin.yml:3:12: error: 'files' must stay inside the repository"))
    }

    @Test func helpSaysWhichConfigARunWouldUse() throws {
        let folder = try scratchFolder([".git/HEAD": "", ".datamin.yml": "policy: p.yaml\n", "sub/x": ""])
        let help = try datamin(["validate", "--help"], in: folder.appendingPathComponent("sub"))
        let text = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("not read at all when both --policy and FILEs are given"))
        #expect(text.contains("From here: \(folder.path)/.datamin.yml."))
    }
}
