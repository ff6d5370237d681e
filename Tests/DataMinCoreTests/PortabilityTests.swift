import DataMinTestSupport
import Foundation
import Testing

/// The library targets build where Swift runs (issue #33): the C library is imported under
/// `#if canImport(Glibc)` / `Musl` / `Darwin`, never unconditionally. macOS itself cannot be
/// tried here; this keeps the one thing that certainly breaks there out of the sources.
struct PortabilityTests {
    @Test func noSourceImportsTheCLibraryOutsideAConditional() throws {
        let sources = repositoryRoot.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        var unconditional: [String] = []
        for file in files where file.pathExtension == "swift" {
            let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
            for (index, line) in lines.enumerated() where line.trimmingCharacters(in: .whitespaces).hasSuffix("import Glibc") {
                if index == 0 || !lines[index - 1].hasPrefix("#if canImport(Glibc)") {
                    unconditional.append("\(file.lastPathComponent):\(index + 1)")
                }
            }
        }
        #expect(files.count > 50)
        #expect(unconditional.isEmpty, "import Glibc without #if canImport(Glibc): \(unconditional)")
    }
}
