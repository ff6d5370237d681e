@_spi(Readers) import DataMinCore
import FoundationEssentials
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file written in full or not at all.
///
/// A regular file (or a path with no file yet) is written to a hidden temporary file beside
/// it, which ``commit()`` renames into place: a failed or interrupted run leaves no partial
/// file, and ``discard()`` or the signal handler removes the temporary one. A pipe, FIFO or
/// device (`/dev/stdout`, `>(gzip)`) is written to directly, since renaming over it would
/// replace it with a regular file.
package final class OutputFile {
    /// The path the user asked for.
    package let path: String
    /// The temporary file, or nil when writing straight to a pipe, FIFO or device.
    private let temporaryPath: String?
    private let mode: mode_t
    private var descriptor: Int32
    private var pending: [UInt8] = []
    private var writeError: Int32 = 0
    private static let flushThreshold = 1 << 16

    /// Opens `path` for writing.
    ///
    /// - Parameters:
    ///   - protecting: paths this run reads (inputs, the policy); writing over one is refused.
    ///   - mode: the permission bits the file gets (the umask applies); see
    ///     ``mode(forInputs:)``.
    /// - Throws: ``Diagnostic`` when the path names a protected file or cannot be written.
    package init(path: String, protecting protected: [String] = [], mode: mode_t = 0o600) throws(Diagnostic) {
        self.path = path
        self.mode = mode
        for other in protected where other != "-" && FileIdentity.same(other, path) {
            throw Diagnostic(
                .outputConflict, file: path, message: "refusing to write over '\(other)', which this run reads; choose another path")
        }
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
            guard (info.st_mode & S_IFMT) != S_IFDIR else {
                throw Diagnostic(.outputUnwritable, file: path, message: "cannot write output: it is a directory; name a file")
            }
            let fd = open(path, O_WRONLY | O_CLOEXEC)
            guard fd >= 0 else {
                throw Diagnostic(.outputUnwritable, file: path, message: "cannot write output: \(String(cString: strerror(errno)))")
            }
            descriptor = fd
            temporaryPath = nil
            return
        }
        let url = URL(fileURLWithPath: path)
        let (fd, temporary) = TemporaryFiles.create(in: url.deletingLastPathComponent().path, for: url.lastPathComponent)
        guard fd >= 0 else {
            throw Diagnostic(.outputUnwritable, file: path, message: "cannot write output: \(String(cString: strerror(errno)))")
        }
        descriptor = fd
        temporaryPath = temporary
    }

    deinit {
        if descriptor >= 0 { discard() }
    }

    /// Appends `text` to the file at `path`, creating it when missing: a file another
    /// program collects from several steps (GitHub's job summary), so it is not replaced.
    ///
    /// - Parameter what: what the file is, for the message (`the job summary`).
    /// - Throws: ``Diagnostic`` when the file cannot be opened or written.
    package static func append(_ text: String, to path: String, what: String) throws(Diagnostic) {
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw Diagnostic(.outputUnwritable, file: path, message: "cannot write \(what): \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        let failure = SystemIO.write(descriptor, Array(text.utf8))
        guard failure == 0 else {
            throw Diagnostic(.outputUnwritable, file: path, message: "cannot write \(what): \(SystemIO.describe(failure))")
        }
    }

    /// The permission bits for an output made from `inputs`: those every input file has
    /// (never more than read and write), or owner-only 0600 when no input is a regular file.
    package static func mode(forInputs inputs: [String]) -> mode_t {
        var mode: mode_t = 0o666
        var found = false
        for input in inputs where input != "-" {
            var info = stat()
            guard stat(input, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            mode &= info.st_mode & 0o666
            found = true
        }
        return found ? mode : 0o600
    }

    package func write(_ text: String) {
        pending.append(contentsOf: text.utf8)
        if pending.count >= OutputFile.flushThreshold { flush() }
    }

    package func write(_ bytes: [UInt8]) {
        pending.append(contentsOf: bytes)
        if pending.count >= OutputFile.flushThreshold { flush() }
    }

    /// True once a write failed; ``commit()`` then throws.
    package var failed: Bool { writeError != 0 }

    /// Writes what is pending; the first failure is kept for ``commit()`` to report.
    private func flush() {
        if writeError == 0 { writeError = SystemIO.write(descriptor, pending) }
        pending.removeAll(keepingCapacity: true)
    }

    /// Writes what is pending and puts the file in place.
    ///
    /// - Throws: ``Diagnostic`` when any write failed (a full disk, a closed pipe); the
    ///   target is then left as it was.
    package func commit() throws(Diagnostic) {
        flush()
        if writeError == 0, let temporaryPath {
            if fchmod(descriptor, mode & ~OutputFile.umask) != 0 || fsync(descriptor) != 0 { writeError = errno }
            if writeError == 0, rename(temporaryPath, path) != 0 { writeError = errno }
        }
        let failure = writeError
        if failure != 0 {
            discard()
            throw Diagnostic(.outputUnwritable, file: path, message: "cannot write output: \(String(cString: strerror(failure)))")
        }
        close(descriptor)
        descriptor = -1
        if let temporaryPath { TemporaryFiles.unregister(temporaryPath) }
    }

    /// Removes the temporary file; the target is left as it was. (What was already written
    /// to a pipe or device cannot be taken back.)
    package func discard() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
        if let temporaryPath {
            unlink(temporaryPath)
            TemporaryFiles.unregister(temporaryPath)
        }
    }

    private static let umask: mode_t = {
        let current = Glibc.umask(0o022)
        Glibc.umask(current)
        return current
    }()
}

/// Whether two paths name one file, whether or not it exists yet.
package enum FileIdentity {
    /// True when `a` and `b` are the same existing file (device and inode), or, when
    /// either does not exist, the same place once links and `..` are resolved.
    package static func same(_ a: String, _ b: String) -> Bool {
        var first = stat()
        var second = stat()
        if stat(a, &first) == 0, stat(b, &second) == 0 {
            return first.st_dev == second.st_dev && first.st_ino == second.st_ino
        }
        return canonical(a) == canonical(b)
    }

    /// The path with its folder resolved through `realpath`.
    private static func canonical(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let folder = url.deletingLastPathComponent().path
        guard let real = realpath(folder, nil) else { return url.path }
        defer { free(real) }
        return String(cString: real) + "/" + url.lastPathComponent
    }
}

/// Temporary output files to remove if the process is ended by a signal.
package enum TemporaryFiles {
    // Touched from the signal handler, which cannot take locks; the handler only reads it.
    nonisolated(unsafe) private static var paths: [SignalSafePath] = []
    private static let lock = Mutex(())

    /// The signals whose default action ends the process: each removes the registered files
    /// and exits with 128 + its number.
    static let fatalSignals = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU]

    /// Installs the handlers. SIGPIPE and SIGXFSZ are ignored instead: a closed pipe or a
    /// file-size limit then fails the write (EPIPE, EFBIG), which the run reports as exit 2
    /// after removing what it wrote.
    package static func removeOnInterrupt() {
        signal(SIGPIPE, SIG_IGN)
        signal(SIGXFSZ, SIG_IGN)
        // A parent may have blocked these signals (some test runners and job controls do);
        // the handlers only work once they are delivered.
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        for signalNumber in fatalSignals { sigaddset(&unblocked, signalNumber) }
        sigprocmask(SIG_UNBLOCK, &unblocked, nil)
        for signalNumber in fatalSignals {
            signal(signalNumber) { received in
                for path in TemporaryFiles.paths { path.unlinkFile() }
                _exit(128 + received)
            }
        }
    }

    /// Creates a hidden file `.<name>.datamin-<random>` in `directory` for the owner alone
    /// (0600: personal data is never readable by others, not even while it is written).
    /// Its path is registered before the file exists, so a signal at any moment removes it.
    ///
    /// - Returns: the open descriptor (-1 with `errno` set on failure) and the path.
    static func create(in directory: String, for name: String) -> (descriptor: Int32, path: String) {
        while true {
            let path = "\(directory)/.\(name).datamin-\(String(UInt64.random(in: 0 ... .max), radix: 36))"
            register(path)
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if descriptor >= 0 { return (descriptor, path) }
            let failure = errno
            unregister(path)
            errno = failure
            if failure != EEXIST { return (-1, path) }
        }
    }

    static func register(_ path: String) {
        lock.withLock { _ in paths.append(SignalSafePath(path)) }
    }

    static func unregister(_ path: String) {
        lock.withLock { _ in
            if let index = paths.firstIndex(where: { $0.names(path) }) {
                paths.remove(at: index).free()
            }
        }
    }
}
