import DataMinCore
import FoundationEssentials

/// Writes the suppression list: created owner-only with a fresh salt, and extended by
/// writing a new copy beside it and renaming it into place, so a reader never sees half a
/// list and a failed run leaves the old one.
package enum SuppressionFile {
    /// What adding keys did.
    package struct Result: Sendable, Equatable {
        package var added: Int
        package var alreadyListed: Int
        package var total: Int
    }

    /// Adds the entries for `keys` to the list at `path` (created when missing); a key
    /// already listed, or given twice, is added once, and a blank one not at all.
    ///
    /// - Throws: ``Diagnostic`` when the list is malformed or cannot be written.
    package static func add(_ keys: [String], to path: String) throws(Diagnostic) -> Result {
        let exists = FileManager.default.fileExists(atPath: path)
        let list: SuppressionList
        if exists {
            list = try SuppressionList(contentsOf: path)
        } else {
            var generator = SystemRandomNumberGenerator()
            list = SuppressionList(salt: (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }, keys: [])
        }
        var seen = Set<[UInt8]>()
        var entries = ""
        var already = 0
        for key in keys where !key.allSatisfy(\.isWhitespace) {
            let entry = list.entry(forKey: key)
            guard !list.contains(entry: entry), seen.insert(entry).inserted else {
                already += 1
                continue
            }
            entries += SuppressionList.hex(entry) + "\n"
        }
        if !seen.isEmpty || !exists {
            // Owner-only whatever the umask: the salt is what keeps the hashes from being guessed.
            let output = try OutputFile(path: path, mode: 0o600)
            if exists {
                try copy(path, to: output)
            } else {
                output.write("\(SuppressionList.headerPrefix)\(SuppressionList.hex(list.salt))\n")
            }
            output.write(entries)
            try output.commit()
        }
        return Result(added: seen.count, alreadyListed: already, total: list.count + seen.count)
    }

    /// Streams the list at `path` into `output`, ending it with a line break.
    private static func copy(_ path: String, to output: OutputFile) throws(Diagnostic) {
        let source = try ByteSource(path: path)
        var chunk: [UInt8] = []
        var last: UInt8 = UInt8(ascii: "\n")
        while try source.read(into: &chunk) > 0 {
            output.write(chunk)
            last = chunk.last ?? last
            chunk.removeAll(keepingCapacity: true)
        }
        if last != UInt8(ascii: "\n") { output.write("\n") }
    }
}
