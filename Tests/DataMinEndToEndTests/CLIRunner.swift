import Foundation

/// The repository's root folder, for the shipped policies and fixtures.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// What one run of the `datamin` executable produced.
struct CLIResult {
    var status: Int32
    var stdout: String
    var stderr: String

    var stdoutLines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
}

/// The `datamin` executable that `swift test` built beside the test bundle.
let dataminExecutable: URL = {
    let candidates = [
        Bundle.main.bundleURL.appendingPathComponent("datamin"),
        Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("datamin"),
        repositoryRoot.appendingPathComponent(".build/debug/datamin"),
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
}()

/// Runs `datamin` with `arguments` in `directory` (the repository root by default).
func datamin(_ arguments: [String], in directory: URL = repositoryRoot, stdin: String? = nil,
             environment: [String: String] = [:]) throws -> CLIResult {
    let process = Process()
    process.executableURL = dataminExecutable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var env = ProcessInfo.processInfo.environment
    env["CI"] = nil
    for (key, value) in environment { env[key] = value }
    process.environment = env
    // Standard error goes to a file, so reading standard output to its end cannot deadlock.
    let errorURL = FileManager.default.temporaryDirectory.appendingPathComponent("datamin-stderr-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: errorURL) }
    let out = Pipe(), input = Pipe()
    process.standardOutput = out
    process.standardError = try FileHandle(forWritingTo: errorURL)
    process.standardInput = input
    // A child that exits before reading its input (a usage error) must not kill the tests.
    signal(SIGPIPE, SIG_IGN)
    try process.run()
    if let stdin { try? input.fileHandleForWriting.write(contentsOf: Data(stdin.utf8)) }
    try? input.fileHandleForWriting.close()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let errData = try Data(contentsOf: errorURL)
    return CLIResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                     stderr: String(decoding: errData, as: UTF8.self))
}

/// A fresh temporary folder holding `files` (name → text).
func scratchFolder(_ files: [String: String]) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("datamin-e2e-\(UUID().uuidString)")
    for (name, text) in files {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

/// A small policy for end-to-end tests.
let testPolicy = """
    version: 1
    name: e2e
    subject: email
    record:
      purpose: purpose
    fields:
      id: { type: string, personal: false }
      email: { type: email }
      name: { type: string }
      phone: { type: phone }
      notes: { type: text }
      purpose: { type: string, personal: false }
      source: { type: enum, values: [web_form, trade_show], personal: false }
      collected_at: { type: date }
    purposes:
      sales:
        lawful_basis: [contract]
        required: [id, email]
        optional: [name, phone, notes]
        retention: { period: P2Y, from: collected_at }
      newsletter:
        lawful_basis: [contract]
        required: [id, email]
        retention: { period: P1Y, from: collected_at }

    """
