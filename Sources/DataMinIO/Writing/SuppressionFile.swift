import DataMinCore
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes the suppression list: created owner-only with a fresh salt, and extended by
/// writing a new copy beside it and renaming it into place, so a reader never sees half a
/// list and a failed run leaves the old one.
///
/// Writers take an exclusive lock on `LIST.lock` beside the list and read the list again
/// under it, so concurrent `suppress add` runs each keep every entry (an erased person is
/// never re-imported because two runs raced). A list reached through a symbolic link is
/// written at the link's target; the link stays.
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
    /// - Throws: ``Diagnostic`` when the list is malformed or cannot be locked or written.
    package static func add(_ keys: [String], to path: String) throws(Diagnostic) -> Result {
        let target = try resolvedPath(path)
        let lock = try Lock(listPath: target, shownAs: path)
        defer { lock.release() }

        let exists = access(target, F_OK) == 0
        let list: SuppressionList
        if exists {
            list = try SuppressionList(contentsOf: target)
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
            let output = try OutputFile(path: target, mode: 0o600)
            // The first line is written anew, so a list from before the salt check gets one.
            output.write(SuppressionList.header(salt: list.salt))
            if exists { try copyEntries(target, to: output) }
            output.write(entries)
            try output.commit()
        }
        return Result(added: seen.count, alreadyListed: already, total: list.count + seen.count)
    }

    /// The file `path` names: itself, or the target of the symbolic link it is.
    private static func resolvedPath(_ path: String) throws(Diagnostic) -> String {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return path }
        guard let real = realpath(path, nil) else {
            throw Diagnostic(
                .outputUnwritable, file: path,
                message: "the suppression list is a symbolic link to a file that does not exist; fix the link or remove it")
        }
        defer { free(real) }
        return String(cString: real)
    }

    /// Streams the list at `path`, without its first line and its salt check, into
    /// `output`, ending it with a line break.
    private static func copyEntries(_ path: String, to output: OutputFile) throws(Diagnostic) {
        let source = try ByteSource(path: path)
        var chunk: [UInt8] = []
        var pending: [UInt8] = []
        var lineNumber = 0
        let check = Array(SuppressionList.checkPrefix.utf8)
        func take(_ line: ArraySlice<UInt8>) {
            lineNumber += 1
            if lineNumber == 1 || line.starts(with: check) { return }
            output.write(Array(line))
            output.write("\n")
        }
        while try source.read(into: &chunk) > 0 {
            pending += chunk
            chunk.removeAll(keepingCapacity: true)
            var start = pending.startIndex
            while let end = pending[start...].firstIndex(of: UInt8(ascii: "\n")) {
                take(pending[start..<end])
                start = end + 1
            }
            pending.removeSubrange(..<start)
        }
        if !pending.isEmpty { take(pending[...]) }
    }

    /// An exclusive `flock` on `LIST.lock`, held while the list is read and replaced. The
    /// lock file is left in place: removing it would let two writers lock different files.
    private struct Lock {
        let descriptor: Int32

        init(listPath: String, shownAs path: String) throws(Diagnostic) {
            // Never through a link: a planted LIST.lock -> elsewhere must not create or lock another file.
            descriptor = open(listPath + ".lock", O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
            guard descriptor >= 0 else {
                let reason = errno == ELOOP ? "it is a symbolic link; remove it" : String(cString: strerror(errno))
                throw Diagnostic(
                    .outputUnwritable, file: path + ".lock", message: "cannot create the suppression list's lock file: \(reason)")
            }
            while flock(descriptor, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    let reason = String(cString: strerror(errno))
                    close(descriptor)
                    throw Diagnostic(.outputUnwritable, file: path + ".lock", message: "cannot lock the suppression list: \(reason)")
                }
            }
        }

        func release() { close(descriptor) }
    }
}
