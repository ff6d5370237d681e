import DataMinTestSupport
import Foundation
import Testing

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

    @Test func anEntryGivingNoFileIsAWarningAtItsLine() throws {
        let row = "id,email,name,collected_at\n1,a@example.com,Ann,2026-01-01\n"
        let folder = try scratchFolder([
            ".datamin.yml":
                "policy: policy.yaml\ninputs:\n  - files: \"leads/*.csv\"\n    purpose: sales\n  - files: \"news/*.cvs\"\n    purpose: newsletter\n"
                + "  - files: \"leads/a*.csv\"\n    purpose: newsletter\n",
            "policy.yaml": testPolicy, "leads/a.csv": row, "news/b.csv": row,
        ])
        let result = try datamin(["validate", "--as-of", "2026-11-29"], in: folder)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(
            result.stderrLines.prefix(2) == [
                "datamin: warning: .datamin.yml:5:5: the 'inputs' entry 'news/*.cvs' matches no file; check the glob (it is relative to the config's folder)",
                "datamin: warning: .datamin.yml:7:5: the 'inputs' entry 'leads/a*.csv' names no file of its own: the entry at line 3 matches them first, "
                    + "and the first entry that matches a file decides how it is read",
            ])
        #expect(result.stderr.contains("1 file, 1 record"))
        // A file named on the command line is not looked for through the globs, so no entry is idle.
        let named = try datamin(["validate", "leads/a.csv", "--as-of", "2026-11-29"], in: folder)
        #expect(!named.stderr.contains("datamin: warning"), "\(named.stderr)")
    }

    @Test func aGlobStartingWithDotSlashNamesTheConfigsFolderAndHiddenFoldersAreNamedInTheWarning() throws {
        let row = "id,email,name,collected_at\n1,a@example.com,Ann,2026-01-01\n"
        let folder = try scratchFolder([
            ".datamin.yml":
                "policy: policy.yaml\ninputs:\n  - files: \"./leads/*.csv\"\n    purpose: sales\n  - files: \".cache/*.csv\"\n    purpose: sales\n",
            "policy.yaml": testPolicy, "leads/a.csv": row, ".cache/b.csv": row,
        ])
        let result = try datamin(["validate", "--as-of", "2026-11-29"], in: folder)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(
            result.stderrLines.first
                == "datamin: warning: .datamin.yml:5:5: the 'inputs' entry '.cache/*.csv' matches no file: hidden folders and node_modules are not searched; name such files on the command line"
        )
        #expect(result.stderr.contains("1 file, 1 record"))
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
                ".datamin.yml:4:14: error: unknown purpose 'marketing'; policy 'e2e' defines: sales, newsletter\n"))
    }

    @Test func noPolicyAnywhereIsExitTwoWithAHint() throws {
        let folder = try scratchFolder(["a.csv": records])
        let result = try datamin(["validate", "a.csv"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr == "datamin: error: no policy: pass --policy FILE or add a .datamin.yml with 'policy: <file>'\n")
    }
}
