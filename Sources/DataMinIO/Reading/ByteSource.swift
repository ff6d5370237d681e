import DataMinCore
import Foundation

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

    /// Opens `path` for reading; `-` means standard input.
    ///
    /// - Throws: ``Diagnostic`` naming the file and the system's reason.
    public init(path: String) throws(Diagnostic) {
        self.path = path
        if path == "-" {
            descriptor = STDIN_FILENO
            ownsDescriptor = false
            totalBytes = nil
            return
        }
        var info = stat()
        guard stat(path, &info) == 0 else { throw Diagnostic(file: path, message: "cannot read input: \(String(cString: strerror(errno)))") }
        guard (info.st_mode & S_IFMT) != S_IFDIR else { throw Diagnostic(file: path, message: "cannot read input: it is a directory") }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw Diagnostic(file: path, message: "cannot read input: \(String(cString: strerror(errno)))") }
        descriptor = fd
        ownsDescriptor = true
        totalBytes = (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : nil
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// Appends up to `count` bytes (``chunkSize`` by default) to `buffer`; returns how many
    /// (0 at the end).
    ///
    /// - Throws: ``Diagnostic`` when the system reports a read error.
    public func read(into buffer: inout [UInt8], count: Int = chunkSize) throws(Diagnostic) -> Int {
        // Read into scratch memory and append it in one copy: growing the array element by
        // element would cost per byte, which a long record multiplies.
        let (readCount, failure) = withUnsafeTemporaryAllocation(byteCount: count, alignment: 1) { scratch -> (Int, Int32) in
            while true {
                let result = Glibc.read(descriptor, scratch.baseAddress, count)
                if result < 0, errno == EINTR { continue }
                if result < 0 { return (0, errno) }
                buffer.append(contentsOf: UnsafeRawBufferPointer(rebasing: scratch[..<result]))
                return (result, 0)
            }
        }
        if failure != 0 {
            throw Diagnostic(file: path, message: "cannot read input: \(String(cString: strerror(failure)))")
        }
        bytesRead += readCount
        return readCount
    }
}
