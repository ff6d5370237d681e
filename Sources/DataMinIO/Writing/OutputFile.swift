import DataMinCore
import Foundation

/// A file written in full or not at all: bytes go to a temporary file beside the target,
/// which is renamed into place by ``commit()``. A failed or interrupted run leaves no
/// partial file: ``discard()`` or the signal handler removes the temporary one.
public final class OutputFile {
    /// The path the user asked for.
    public let path: String
    private let temporaryPath: String
    private var descriptor: Int32
    private var pending: [UInt8] = []
    private static let flushThreshold = 1 << 16

    /// Creates the temporary file for `path`.
    ///
    /// - Parameter inputs: paths being read in this run; writing over one is refused.
    /// - Throws: ``Diagnostic`` when the path names an input or cannot be written.
    public init(path: String, inputs: [String] = []) throws(Diagnostic) {
        self.path = path
        for input in inputs where input != "-" && OutputFile.sameFile(input, path) {
            throw Diagnostic(file: path, message: "refusing to write over the input file '\(input)'; choose another path")
        }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var template = Array("\(directory)/.\(url.lastPathComponent).datamin-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw Diagnostic(file: path, message: "cannot write output: \(String(cString: strerror(errno)))")
        }
        descriptor = fd
        temporaryPath = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        TemporaryFiles.register(temporaryPath)
    }

    deinit {
        if descriptor >= 0 { discard() }
    }

    public func write(_ text: String) {
        pending.append(contentsOf: text.utf8)
        if pending.count >= OutputFile.flushThreshold { try? flush() }
    }

    public func write(_ bytes: [UInt8]) {
        pending.append(contentsOf: bytes)
        if pending.count >= OutputFile.flushThreshold { try? flush() }
    }

    private var writeError: Int32 = 0

    private func flush() throws(Diagnostic) {
        var offset = 0
        while offset < pending.count, writeError == 0 {
            let written = pending.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, pending.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                writeError = errno
            } else {
                offset += written
            }
        }
        pending.removeAll(keepingCapacity: true)
        if writeError != 0 {
            throw Diagnostic(file: path, message: "cannot write output: \(String(cString: strerror(writeError)))")
        }
    }

    /// Writes what is pending and renames the temporary file to ``path``.
    public func commit() throws(Diagnostic) {
        do {
            try flush()
        } catch {
            discard()
            throw error
        }
        fchmod(descriptor, 0o644 & ~OutputFile.umask)
        close(descriptor)
        descriptor = -1
        guard rename(temporaryPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            TemporaryFiles.unregister(temporaryPath)
            throw Diagnostic(file: path, message: "cannot write output: \(reason)")
        }
        TemporaryFiles.unregister(temporaryPath)
    }

    /// Removes the temporary file; the target is left as it was.
    public func discard() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
        unlink(temporaryPath)
        TemporaryFiles.unregister(temporaryPath)
    }

    private static let umask: mode_t = {
        let current = Glibc.umask(0o022)
        Glibc.umask(current)
        return current
    }()

    private static func sameFile(_ a: String, _ b: String) -> Bool {
        var first = stat(), second = stat()
        guard stat(a, &first) == 0, stat(b, &second) == 0 else { return false }
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }
}

/// Temporary output files to remove if the process is interrupted.
public enum TemporaryFiles {
    // Touched from the signal handler, which cannot take locks; the handler only reads it.
    nonisolated(unsafe) private static var paths: [UnsafeMutablePointer<CChar>] = []
    private static let lock = NSLock()

    /// Installs handlers for SIGINT, SIGTERM and SIGHUP that remove registered files and
    /// exit with 128 + the signal number.
    public static func removeOnInterrupt() {
        // A parent may have blocked these signals (some test runners and job controls do);
        // the handlers only work once they are delivered.
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&unblocked, signalNumber) }
        sigprocmask(SIG_UNBLOCK, &unblocked, nil)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber) { received in
                for path in TemporaryFiles.paths { unlink(path) }
                _exit(128 + received)
            }
        }
    }

    static func register(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        paths.append(strdup(path))
    }

    static func unregister(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        if let index = paths.firstIndex(where: { String(cString: $0) == path }) {
            free(paths.remove(at: index))
        }
    }
}
