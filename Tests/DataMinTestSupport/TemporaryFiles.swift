import Foundation

/// Writes `bytes` to a fresh temporary folder as `name` and returns the file's path.
package func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> String {
    let folder = try scratchFolder([:])
    let url = folder.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
}

/// Writes `text` to a fresh temporary folder as `name` and returns the file's path.
package func temporaryFile(_ name: String, _ text: String) throws -> String {
    try temporaryFile(name, Array(text.utf8))
}

/// A fresh temporary folder holding `files` (relative path → text), subfolders made as needed.
///
/// Every folder lies inside one folder of this test process, removed when the process exits,
/// so a test run leaves nothing in the temporary directory.
package func scratchFolder(_ files: [String: String]) throws -> URL {
    let folder = testProcessFolder.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (name, text) in files {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
    return folder
}

/// The folder that holds this process's scratch folders; the first use registers its removal at exit.
private let testProcessFolder: URL = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "datamin-test-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
    atexit { removeTestProcessFolder() }
    return folder
}()

private func removeTestProcessFolder() {
    try? FileManager.default.removeItem(at: testProcessFolder)
}

/// The repository's root folder: the shipped policies, fixtures and docs.
package let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
