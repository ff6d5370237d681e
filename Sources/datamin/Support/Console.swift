import Foundation

/// Standard output and error. Output is buffered: validation can print millions of lines.
enum Console {
    nonisolated(unsafe) private static var buffer: [UInt8] = []

    /// Appends `line` and a line break to standard output.
    static func out(_ line: String) {
        buffer.append(contentsOf: line.utf8)
        buffer.append(UInt8(ascii: "\n"))
        if buffer.count > 1 << 16 { flush() }
    }

    /// Writes text to standard output as is (a rendered report).
    static func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        flush()
    }

    static func flush() {
        buffer.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(STDOUT_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes `line` to standard error at once (after any pending output).
    static func error(_ line: String) {
        flush()
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// True when standard error is a terminal and not a CI log.
    static var showsProgress: Bool {
        isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["CI"] == nil
    }
}
