#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The system calls that move bytes between files and arrays: the one place where the
/// readers, writers and reports hand memory to the C library.
///
/// Each call retries when a signal interrupts it, and reports a failure as the `errno` it
/// left, so callers word their own message.
@_spi(Readers) public enum SystemIO {
    /// Reads from `descriptor` into `buffer`, from index `offset` up to its end.
    ///
    /// - Parameter fileOffset: where in the file to read (`pread`), leaving the descriptor's
    ///   own position alone; nil reads from that position.
    /// - Returns: the number of bytes read, 0 at the end of the file, or -1 with `errno` set.
    public static func read(_ descriptor: Int32, into buffer: inout [UInt8], at offset: Int = 0, fileOffset: Int? = nil) -> Int {
        precondition(offset >= 0 && offset <= buffer.count, "read offset out of range")
        var result = 0
        repeat {
            result = buffer.withUnsafeMutableBytes { raw in
                let start = raw.baseAddress! + offset
                if let fileOffset { return pread(descriptor, start, raw.count - offset, off_t(fileOffset)) }
                return Glibc.read(descriptor, start, raw.count - offset)
            }
        } while result < 0 && errno == EINTR
        return result
    }

    /// Writes all of `bytes` to `descriptor`.
    ///
    /// - Returns: 0, or the `errno` of the failed write (`EIO` when the system wrote nothing
    ///   and gave no reason).
    public static func write(_ descriptor: Int32, _ bytes: [UInt8]) -> Int32 {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0, errno == EINTR { continue }
            if written <= 0 { return written < 0 ? errno : EIO }
            offset += written
        }
        return 0
    }

    /// Opens a new temporary file that has no name, so nothing is left behind however the
    /// process ends.
    ///
    /// - Returns: a descriptor open for reading and writing, or -1 with `errno` set.
    public static func anonymousTemporaryFile() -> Int32 {
        guard let file = tmpfile() else { return -1 }
        defer { fclose(file) }
        // The copy keeps the unnamed file open after the stream is closed.
        return dup(fileno(file))
    }

    /// The system's description of `code`, an `errno` value.
    public static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

/// A file path kept as a C string, so that a signal handler can remove the file without
/// allocating. Made and freed explicitly: the handler may run at any moment.
@_spi(Readers) public struct SignalSafePath: @unchecked Sendable {
    // Sendable by hand: the bytes never change after `strdup`, and only `free` ends them.
    private let bytes: UnsafeMutablePointer<CChar>

    /// Copies `path` into memory of its own.
    public init(_ path: String) {
        bytes = strdup(path)
    }

    /// True when this is the C string of `path`.
    public func names(_ path: String) -> Bool { String(cString: bytes) == path }

    /// Removes the file; async-signal-safe.
    public func unlinkFile() { unlink(bytes) }

    /// Frees the copy; the value must not be used afterwards.
    public func free() { Glibc.free(bytes) }
}

extension SystemIO {
    /// Runs `body` on a new thread of the system's own (detached: nobody joins it; callers
    /// track its end themselves).
    public static func startThread(_ body: @escaping @Sendable () -> Void) {
        final class Work: Sendable {
            let body: @Sendable () -> Void
            init(_ body: @escaping @Sendable () -> Void) { self.body = body }
        }
        let context = Unmanaged.passRetained(Work(body)).toOpaque()
        var thread = pthread_t()
        let result = pthread_create(
            &thread, nil,
            { context in
                Unmanaged<Work>.fromOpaque(context!).takeRetainedValue().body()
                return nil
            }, context)
        // Without a thread the run could not go on; the system is out of resources.
        precondition(result == 0, "cannot start a thread: \(describe(result))")
        pthread_detach(thread)
    }
}
