import DataMinCore
import DataMinReporters
import DataMinTestSupport
import Foundation
import Testing

@testable import DataMinRun

/// `.datamin.yml` is read with the policy decoder's building blocks: every problem at once,
/// each at its line and column, unknown keys with a did-you-mean.
@Suite struct ProjectConfigErrorTests {
    @Test func everyProblemOfTheConfigIsReportedAtItsPosition() throws {
        let folder = try scratchPath([
            ".datamin.yml": """
            policy: [a, b]
            imputs: []
            inputs:
              - files: "*.csv"
                purpse: sales
              - just-a-word
              - purpose: sales

            """
        ])
        #expect {
            try InputResolver(request: RunRequest(workingDirectory: folder))
        } throws: { error in
            (error as? PolicyError)?.diagnostics.map { "\($0.line ?? 0):\($0.column ?? 0): \($0.message)" } == [
                "1:9: 'policy' must be a single value, not a list",
                "2:1: unknown key 'imputs' in .datamin.yml; did you mean 'inputs'?",
                "5:5: unknown key 'purpse' in an input; did you mean 'purpose'?",
                "6:5: an input must be a mapping of 'key: value' lines, not a scalar",
                "7:5: an input is missing 'files'",
            ]
        }
    }
}
