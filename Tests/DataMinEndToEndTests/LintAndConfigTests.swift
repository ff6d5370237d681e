import Foundation
import Testing

@Suite(.serialized) struct LintCommandTests {
    @Test func shippedPoliciesLintClean() throws {
        let result = try datamin(["lint", "policies/sales-contacts.yaml", "policies/newsletters.yaml", "policies/call-log.yaml"])
        #expect(result.status == 0)
        #expect(result.stdout == "")
        #expect(result.stderr == "policies/sales-contacts.yaml: ok\npolicies/newsletters.yaml: ok\npolicies/call-log.yaml: ok\n")
    }

    @Test func aTypoExitsTwoNamingFileLineColumnAndTheFix() throws {
        let folder = try scratchFolder(["policies/crm.yaml": testPolicy.replacingOccurrences(of: "P2Y", with: "P2Yr")])
        let result = try datamin(["lint"], in: folder)
        #expect(result.status == 2)
        #expect(
            result.stdout == """
                policies/crm.yaml:20:26: error: 'P2Yr' is not an ISO 8601 duration; write it like P2Y, P6M, P30D, P2W, P1Y6M or PT72H
                    retention: { period: P2Yr, from: collected_at }
                                         ^

                """)
        #expect(result.stderr == "policies/crm.yaml: 1 error\n")
    }

    @Test func withNoArgumentsLintsThePolicyInTheProjectConfig() throws {
        // The config is found above the current folder, up to the repository root.
        let folder = try scratchFolder([
            ".datamin.yml": "policy: rules/p.yaml\n", "rules/p.yaml": testPolicy, "sub/x.txt": "", ".git/HEAD": "",
        ])
        let result = try datamin(["lint"], in: folder.appendingPathComponent("sub"))
        #expect(result.status == 0)
        #expect(result.stderr.hasSuffix("/rules/p.yaml: ok\n"))
    }

    @Test func checksListsEveryCheckWithSeverityAndArticle() throws {
        let result = try datamin(["checks"])
        #expect(result.status == 0)
        #expect(result.stdoutLines.count == 25)
        #expect(result.stdoutLines.first?.hasPrefix("malformed-record ") == true)
        #expect(
            result.stdoutLines.contains { $0.hasPrefix("duplicate-subject ") && $0.contains(" warning ") && $0.contains("Art. 5(1)(d)") })
    }

    @Test func helpAndVersionExitZero() throws {
        #expect(try datamin(["--version"]).stdout == "0.1.0\n")
        #expect(try datamin(["validate", "--help"]).status == 0)
    }
}

@Suite(.serialized) struct ProjectConfigTests {
    private let records = "id,email,collected_at\n1,a@example.com,2026-01-01\n"

    @Test func validateWithNoFilesUsesEveryConfiguredInputAndItsPurpose() throws {
        let folder = try scratchFolder([
            ".datamin.yml":
                "policy: policy.yaml\ninputs:\n  - files: \"imports/leads/*.csv\"\n    purpose: sales\n  - files: \"imports/news/*.csv\"\n    purpose: newsletter\n",
            "policy.yaml": testPolicy,
            "imports/leads/a.csv": "id,email,name,collected_at\n1,a@example.com,Ann,2026-01-01\n",
            "imports/news/b.csv": "id,email,name,collected_at\n2,b@example.com,Bob,2026-01-01\n",
            "imports/other.txt": "ignored",
        ])
        let result = try datamin(["validate", "--as-of", "2026-11-29"], in: folder)
        #expect(result.status == 1)
        // 'name' is permitted for sales, not for the newsletter.
        #expect(
            result.stdoutLines == [
                "imports/news/b.csv:2:3: error: field 'name' is not permitted for purpose 'newsletter' [field-not-permitted]"
            ])
        #expect(result.stderr.hasPrefix("datamin: 2 files, 2 records, 1 rejected"))
    }

    @Test func configuredInputsSkipHiddenAndDependencyFolders() throws {
        let row = "id,email,name,collected_at\n1,a@example.com,Ann,2026-01-01\n"
        let folder = try scratchFolder([
            ".datamin.yml": "policy: policy.yaml\ninputs:\n  - files: \"**/*.csv\"\n    purpose: sales\n",
            "policy.yaml": testPolicy,
            "data/deep/a.csv": row,
            ".b.csv": row,
            ".cache/c.csv": row,
            "node_modules/pkg/d.csv": row,
        ])
        let result = try datamin(["validate", "--as-of", "2026-11-29", "--format", "json"], in: folder)
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let files = (report?["files"] as? [[String: Any]])?.compactMap { $0["path"] as? String }
        #expect(files == [".b.csv", "data/deep/a.csv"])
    }

    @Test func aFileArgumentMatchingAGlobTakesItsPurpose() throws {
        let folder = try scratchFolder([
            ".datamin.yml": "policy: policy.yaml\ninputs:\n  - files: \"data/**/*.csv\"\n    purpose: sales\n",
            "policy.yaml": testPolicy, "data/2026/x.csv": records,
        ])
        let result = try datamin(["validate", "data/2026/x.csv", "--as-of", "2026-11-29"], in: folder)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test func anUnknownConfiguredPurposeIsAPositionedError() throws {
        let folder = try scratchFolder([
            ".datamin.yml": "policy: policy.yaml\ninputs:\n  - files: \"*.csv\"\n    purpose: marketing\n",
            "policy.yaml": testPolicy, "a.csv": records,
        ])
        let result = try datamin(["validate"], in: folder)
        #expect(result.status == 2)
        #expect(
            result.stderr.hasPrefix(
                "\(folder.path)/.datamin.yml:3:5: error: unknown purpose 'marketing'; policy 'e2e' defines: sales, newsletter\n"))
    }

    @Test func noPolicyAnywhereIsExitTwoWithAHint() throws {
        let folder = try scratchFolder(["a.csv": records])
        let result = try datamin(["validate", "a.csv"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr == "datamin: error: no policy: pass --policy FILE or add a .datamin.yml with 'policy: <file>'\n")
    }
}

@Suite(.serialized) struct MessyFileTests {
    @Test func aBlankHeaderCellIsNamedByItsColumn() throws {
        let folder = try scratchFolder(["policy.yaml": testPolicy, "in.csv": "id,email,collected_at,\n1,a@example.com,2026-01-01,\n"])
        let result = try datamin(
            ["validate", "in.csv", "--policy", "policy.yaml", "--purpose", "sales", "--as-of", "2026-11-29"], in: folder)
        #expect(
            result.stdoutLines == [
                "in.csv:1:4: error: a field has an empty name; name it after a declared field or remove it [undeclared-field]"
            ])
    }

    @Test func jsonLinesInADotJSONFileGetsAHint() throws {
        let folder = try scratchFolder(["policy.yaml": testPolicy, "in.json": "{\"id\":\"1\"}\n{\"id\":\"2\"}\n"])
        let result = try datamin(["validate", "in.json", "--policy", "policy.yaml", "--purpose", "sales"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdoutLines.last?.contains("name the file .jsonl or pass --input-format jsonl") == true)
    }
}

/// The progress line, run under `script` so that standard error is a terminal.
@Suite(.serialized) struct ProgressLineTests {
    private func underTerminal(ci: Bool) throws -> String {
        let command = "\(dataminExecutable.path) validate fixtures/leads-clean.csv --policy policies/sales-contacts.yaml --purpose sales"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = (ci ? ["CI=true"] : ["-u", "CI"]) + ["script", "-qec", command, "/dev/null"]
        process.currentDirectoryURL = repositoryRoot
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func progressShowsOnATerminalAndIsErasedAfterwards() throws {
        let screen = try underTerminal(ci: false)
        #expect(screen.hasPrefix("\rdatamin: 0.0 MB of 0.0 MB read, 2 records, "))
        #expect(screen.contains("records/s\r\u{1B}[Kdatamin: 1 file, 2 records, 0 rejected"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func progressStaysOutOfCILogs() throws {
        let screen = try underTerminal(ci: true)
        #expect(!screen.contains("records/s"))
        #expect(screen.hasPrefix("datamin: 1 file, 2 records, 0 rejected"))
    }
}

/// The pre-commit hook's `--only-configured`: staged files that no `inputs:` entry names are
/// not imports and are skipped.
@Suite struct OnlyConfiguredTests {
    @Test func filesTheConfigDoesNotNameAreSkipped() throws {
        let folder = try scratchFolder([
            ".git/HEAD": "", ".datamin.yml": "policy: p.yaml\ninputs:\n  - files: \"imports/*.csv\"\n    purpose: sales\n",
            "p.yaml": testPolicy, "package.json": "{\"name\": \"x\"}",
            "imports/a.csv": "id,email,collected_at\n1,not-an-email,2026-01-01\n",
        ])
        let skipped = try datamin(["validate", "--only-configured", "package.json"], in: folder)
        #expect(skipped.status == 0)
        #expect(skipped.stderr == "datamin: none of the files is named by an 'inputs:' entry of .datamin.yml; nothing to validate\n")
        let both = try datamin(["validate", "--only-configured", "package.json", "imports/a.csv", "--as-of", "2026-11-29"], in: folder)
        #expect(both.status == 1)
        #expect(both.stdoutLines == ["imports/a.csv:2:2: error: field 'email' is not a valid email address [invalid-value]"])
    }
}
