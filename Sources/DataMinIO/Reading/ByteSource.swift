@_spi(Readers) import DataMinCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a file (or standard input) in fixed-size chunks, so memory stays flat whatever
/// the file's size.
public final class ByteSource {
    /// Bytes read per system call.
    public static let chunkSize = 1 << 18

    private let descriptor: Int32
    private let ownsDescriptor: Bool
    /// Total bytes read so far.
    public private(set) var bytesRead = 0
    /// The file's size in bytes, or nil for pipes and standard input.
    public let totalBytes: Int?
    /// The path as the user named it (`-` for standard input).
    public let path: String
    /// The encoding the file is read in: UTF-8, whatever was asked for, when the file starts
    /// with a UTF-8 byte-order mark.
    ///
    /// Constant once the file is open: readers ask it for every record, and reading a class's
    /// variable costs an exclusivity check each time.
    public let encoding: InputEncoding
    /// The legacy encoding asked for, when the file's UTF-8 byte-order mark overrode it.
    package let overriddenEncoding: InputEncoding?
    /// True when a bad byte may suggest a legacy encoding: the file is read as UTF-8 because
    /// nobody asked otherwise, not because its byte-order mark overrode what was asked.
    package var suggestsEncodings: Bool { encoding == .utf8 && overriddenEncoding == nil }
    /// Decodes a legacy encoding to UTF-8; nil for UTF-8 input, which is passed on as is.
    private let transcoder: Transcoder?
    /// Where each read lands before it is appended (and decoded).
    private var scratch: [UInt8] = []
    /// The size of the chunk read when the file was opened, waiting in ``scratch`` for the
    /// first ``read(into:count:)``; nil once handed out (or when none was read ahead).
    private var prefetched: Int?
    /// The SHA-256 of the bytes read so far, as stored (before decoding), when asked for.
    package var digest: SHA256.Stream?

    /// Opens `path` for reading; `-` means standard input.
    ///
    /// - Parameter encoding: the file's encoding; anything but UTF-8 is decoded to UTF-8
    ///   as it is read.
    /// - Throws: ``Diagnostic`` naming the file and the system's reason.
    public init(path: String, encoding: InputEncoding = .utf8) throws(Diagnostic) {
        self.path = path
        let descriptor: Int32
        if path == "-" {
            descriptor = STDIN_FILENO
            ownsDescriptor = false
            totalBytes = nil
        } else {
            var info = stat()
            guard stat(path, &info) == 0 else {
                throw Diagnostic(.fileUnreadable, file: path, message: "cannot read input: \(String(cString: strerror(errno)))")
            }
            guard (info.st_mode & S_IFMT) != S_IFDIR else {
                throw Diagnostic(.fileUnreadable, file: path, message: "cannot read input: it is a directory")
            }
            descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else {
                throw Diagnostic(.fileUnreadable, file: path, message: "cannot read input: \(String(cString: strerror(errno)))")
            }
            ownsDescriptor = true
            totalBytes = (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : nil
        }
        self.descriptor = descriptor
        // A UTF-8 byte-order mark says the file is UTF-8 (SPEC §4): decoded as a legacy
        // encoding, its first column would be named `ï»¿id` and every accent be two letters.
        // The first chunk is read now, so the encoding is settled before anyone reads it.
        var overridden: InputEncoding?
        if encoding != .utf8 {
            do {
                let count = try Self.readChunk(descriptor, into: &scratch, size: Self.chunkSize, atLeast: 3, path: path)
                prefetched = count
                if count >= 3, scratch[0] == 0xEF, scratch[1] == 0xBB, scratch[2] == 0xBF { overridden = encoding }
            } catch {
                // An initializer that throws runs no deinit.
                if ownsDescriptor { close(descriptor) }
                throw error
            }
        }
        overriddenEncoding = overridden
        self.encoding = overridden == nil ? encoding : .utf8
        transcoder = Transcoder(self.encoding)
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// Reads up to `count` bytes (``chunkSize`` by default) and appends them to `buffer`, as
    /// UTF-8; returns how many bytes were read (0 at the end), which is fewer than were
    /// appended when a legacy encoding is decoded.
    ///
    /// - Throws: ``Diagnostic`` when the system reports a read error.
    public func read(into buffer: inout [UInt8], count: Int = chunkSize) throws(Diagnostic) -> Int {
        let readCount: Int
        if let held = prefetched {
            readCount = held
            prefetched = nil
        } else {
            readCount = try Self.readChunk(descriptor, into: &scratch, size: count, path: path)
        }
        if digest != nil { scratch.withUnsafeBytes { digest!.update(UnsafeRawBufferPointer(rebasing: $0[..<readCount])) } }
        if let transcoder {
            scratch.withUTF8Bytes { transcoder.decode($0.view(0..<readCount), into: &buffer) }
        } else {
            buffer += scratch[..<readCount]
        }
        bytesRead += readCount
        return readCount
    }

    /// Reads up to `size` bytes of `descriptor` into `scratch`, at least `minimum` unless the
    /// input ends first (a pipe may hand out a few bytes at a time); returns how many (0 at
    /// the end).
    private static func readChunk(
        _ descriptor: Int32, into scratch: inout [UInt8], size: Int, atLeast minimum: Int = 1, path: String
    ) throws(Diagnostic) -> Int {
        // Read into scratch memory and append it in one copy: growing the array element by
        // element would cost per byte, which a long record multiplies. The scratch is on the
        // heap and kept: a chunk on the stack would not fit a worker thread's stack.
        if scratch.count != size { scratch = [UInt8](repeating: 0, count: size) }
        var readCount = 0
        repeat {
            let more = SystemIO.read(descriptor, into: &scratch, at: readCount)
            if more < 0 {
                throw Diagnostic(.fileUnreadable, file: path, message: "cannot read input: \(SystemIO.describe(errno))")
            }
            if more == 0 { break }
            readCount += more
        } while readCount < minimum
        return readCount
    }

    /// Reads what is left of the input without keeping it, so that its size and SHA-256
    /// cover every byte even when a reader stopped early (a JSON array broken midway).
    package func readToEnd() throws(Diagnostic) {
        var discarded: [UInt8] = []
        while try read(into: &discarded) > 0 { discarded.removeAll(keepingCapacity: true) }
    }
}
