import DataMinTestSupport
import Foundation
import Testing

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
