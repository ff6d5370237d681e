#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a small file (a policy, a project config) whole, after making sure it is small:
/// a huge or endless file is refused after reading at most `limit + 1` bytes.
package enum SmallFile {
    /// The bytes of the file at `path`.
    ///
    /// - Parameter what: names the file in messages ("policy", "project config").
    /// - Throws: ``Diagnostic`` naming the file and a reason a person can act on.
    package static func read(_ path: String, what: String, limit: Int = Limits.maxPolicyBytes) throws(Diagnostic) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw failure(path, what, errno) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw failure(path, what, errno) }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw Diagnostic(.fileUnreadable, file: path, message: "cannot read \(what): it is a directory; name a file")
        }
        if (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) > limit {
            throw tooLarge(path, what, limit)
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = SystemIO.read(descriptor, into: &chunk)
            if count < 0 { throw failure(path, what, errno) }
            if count == 0 { return bytes }
            bytes += chunk[..<count]
            // Pipes and devices have no size to check first: stop once past the limit.
            if bytes.count > limit { throw tooLarge(path, what, limit) }
        }
    }

    private static func failure(_ path: String, _ what: String, _ code: Int32) -> Diagnostic {
        Diagnostic(.fileUnreadable, file: path, message: "cannot read \(what): \(String(cString: strerror(code)))")
    }

    private static func tooLarge(_ path: String, _ what: String, _ limit: Int) -> Diagnostic {
        Diagnostic(
            .fileTooLarge, file: path,
            message: "\(what) is larger than \(limit >> 20) MiB; a \(what) is expected to be small (is this the right file?)")
    }
}
