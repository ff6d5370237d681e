@_spi(Readers) import DataMinCore
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The violations of a run, kept on disk instead of in memory so a report of any size can
/// be assembled at the end in bounded memory: JSON, SARIF, JUnit and the other formats
/// read them back once, in order.
///
/// The file is an anonymous temporary file (`tmpfile`): it has no name, so nothing is left
/// behind however the run ends.
package final class ViolationSpool: @unchecked Sendable {
    // One owner appends, then reads; the class only exists to own the file.
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    /// How many violations were appended.
    package private(set) var count = 0
    /// The last file appended to and how many of its violations came so far.
    private var current = (file: -1, count: 0)

    package init() throws(Diagnostic) {
        descriptor = SystemIO.anonymousTemporaryFile()
        guard descriptor >= 0 else {
            throw Diagnostic(
                .outputUnwritable, file: FileManager.default.temporaryDirectory.path,
                message: "cannot create a temporary file for the report: \(SystemIO.describe(errno))")
        }
        buffer.reserveCapacity(1 << 16)
    }

    deinit { close(descriptor) }

    /// Appends one violation of the run's file `fileIndex` (0-based).
    package func append(_ violation: Violation, file fileIndex: Int) {
        current = current.file == fileIndex ? (fileIndex, current.count + 1) : (fileIndex, 1)
        appendInteger(fileIndex)
        appendInteger(current.count)
        appendString(violation.check.rawValue)
        buffer.append(violation.severity == .error ? 1 : 0)
        appendString(violation.article)
        appendString(violation.message)
        appendString(violation.field)
        appendString(violation.purpose)
        appendInteger(violation.location.record)
        appendInteger(violation.location.line)
        appendInteger(violation.location.column)
        appendString(violation.key)
        appendString(violation.value)
        count += 1
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Every violation appended so far, in order; each call reads the file from the start.
    package func violations() -> Violations {
        flush()
        return Violations(descriptor: descriptor)
    }

    private func flush() {
        guard !buffer.isEmpty else { return }
        lseek(descriptor, 0, SEEK_END)
        let failure = SystemIO.write(descriptor, buffer)
        if writeError == 0 { writeError = failure }
        buffer.removeAll(keepingCapacity: true)
    }

    /// The `errno` of the first failed write (a full disk), 0 while all succeeded.
    private var writeError: Int32 = 0

    /// Throws when a violation could not be kept: the reports would miss it.
    package func checkWritten() throws(Diagnostic) {
        flush()
        guard writeError != 0 else { return }
        throw Diagnostic(
            .outputUnwritable, file: FileManager.default.temporaryDirectory.path,
            message: "cannot keep the run's findings for the reports: \(String(cString: strerror(writeError)))")
    }

    private func appendInteger(_ value: Int?) {
        var raw = UInt64(bitPattern: Int64(value ?? Int(Int64.min)))
        for _ in 0..<8 {
            buffer.append(UInt8(truncatingIfNeeded: raw))
            raw >>= 8
        }
    }

    private func appendString(_ text: String?) {
        guard let text else {
            appendInteger(-1)
            return
        }
        appendInteger(text.utf8.count)
        buffer.append(contentsOf: text.utf8)
    }

    /// The spooled violations, read back one at a time through a 64 KiB buffer.
    package struct Violations: Sequence, IteratorProtocol {
        private let reader: Reader

        fileprivate init(descriptor: Int32) {
            reader = Reader(descriptor: descriptor)
        }

        package mutating func next() -> ReportedViolation? {
            guard let fileIndex = reader.integer(), let number = reader.integer(),
                let check = reader.string().flatMap(CheckID.init(rawValue:)),
                let severityByte = reader.byte()
            else { return nil }
            let article = reader.string()
            let message = reader.string() ?? ""
            let field = reader.string()
            let purpose = reader.string()
            let location = RecordLocation(record: reader.integer(), line: reader.integer(), column: reader.integer())
            let key = reader.string()
            let value = reader.string()
            return ReportedViolation(
                file: fileIndex, number: number,
                violation: Violation(
                    check: check, severity: severityByte == 1 ? .error : .warning, article: article, message: message, field: field,
                    purpose: purpose, location: location, key: key, value: value))
        }
    }

    /// Reads the spool's bytes in large pieces.
    private final class Reader {
        private let descriptor: Int32
        private var buffer = [UInt8](repeating: 0, count: 1 << 16)
        private var position = 0
        private var filled = 0
        /// Where in the file the next read starts.
        private var fileOffset = 0

        init(descriptor: Int32) {
            self.descriptor = descriptor
        }

        /// Makes at least `count` bytes available from ``position``; false at the end.
        private func ensure(_ count: Int) -> Bool {
            if filled - position >= count { return true }
            if position > 0 {
                buffer.replaceSubrange(0..<(filled - position), with: buffer[position..<filled])
                filled -= position
                position = 0
            }
            if buffer.count < count { buffer += [UInt8](repeating: 0, count: count - buffer.count) }
            while filled < count {
                let read = SystemIO.read(descriptor, into: &buffer, at: filled, fileOffset: fileOffset)
                if read <= 0 { return false }
                filled += read
                fileOffset += read
            }
            return true
        }

        func byte() -> UInt8? {
            guard ensure(1) else { return nil }
            defer { position += 1 }
            return buffer[position]
        }

        func integer() -> Int? {
            guard ensure(8) else { return nil }
            var raw: UInt64 = 0
            for offset in (0..<8).reversed() { raw = raw << 8 | UInt64(buffer[position + offset]) }
            position += 8
            let value = Int64(bitPattern: raw)
            return value == Int64.min ? nil : Int(value)
        }

        func string() -> String? {
            guard let length = integer(), length >= 0, ensure(length) else { return nil }
            defer { position += length }
            return String(decoding: buffer[position..<position + length], as: UTF8.self)
        }
    }
}
