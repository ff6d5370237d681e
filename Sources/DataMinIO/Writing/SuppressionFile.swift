import DataMinCore
import Foundation

/// Writes the suppression list: created owner-only with a fresh salt, and extended by
/// writing a new copy beside it and renaming it into place, so a reader never sees half a
/// list and a failed run leaves the old one.
public enum SuppressionFile {
    /// What adding keys did.
    public struct Result: Sendable, Equatable {
        public var added: Int
        public var alreadyListed: Int
        public var total: Int
    }

    /// Adds the entries for `keys` to the list at `path` (created when missing); a key
    /// already listed, or given twice, is added once.
    ///
    /// - Throws: ``Diagnostic`` when the list is malformed or cannot be written.
    public static func add(_ keys: [String], to path: String) throws(Diagnostic) -> Result {
        let exists = FileManager.default.fileExists(atPath: path)
        let list: SuppressionList
        var text: String
        if exists {
            list = try SuppressionList(contentsOf: path)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw Diagnostic(file: path, message: "cannot read the suppression list")
            }
            text = String(decoding: data, as: UTF8.self)
            if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
        } else {
            var generator = SystemRandomNumberGenerator()
            let salt = (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
            list = SuppressionList(salt: salt, keys: [])
            text = "# datamin suppression v1 salt=\(SuppressionList.hex(salt))\n"
        }
        var seen = Set<String>()
        var added = 0, already = 0
        for key in keys {
            let entry = SuppressionList.hex(list.entry(forKey: key))
            if list.contains(key: key) || !seen.insert(entry).inserted {
                already += 1
                continue
            }
            text += entry + "\n"
            added += 1
        }
        if added > 0 || !exists {
            // Owner-only whatever the umask: the salt is what keeps the hashes from being guessed.
            let output = try OutputFile(path: path, mode: 0o600)
            output.write(text)
            try output.commit()
        }
        return Result(added: added, alreadyListed: already, total: list.count + added)
    }
}
