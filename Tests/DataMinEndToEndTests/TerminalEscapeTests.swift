import DataMinTestSupport
import Foundation
import Testing

/// Control characters that reach standard error (a file name, a policy string in a message)
/// are shown as escapes, so they cannot move the cursor or forge a line of output.
@Suite(.serialized) struct TerminalEscapeTests {
    @Test func aFileNameCannotRewriteTheTerminal() throws {
        let name = "p\u{1B}[2Jx\rforged.yaml"
        let folder = try scratchFolder([name: testPolicy])
        let result = try datamin(["lint", name], in: folder)
        #expect(result.status == 0)
        #expect(result.stderr == "p\\u{1B}[2Jx\\rforged.yaml: ok\n")
    }
}
