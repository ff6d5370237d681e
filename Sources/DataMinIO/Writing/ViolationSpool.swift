import DataMinCore
import Foundation

/// The violations of a run, kept on disk instead of in memory so a report of any size can
/// be assembled at the end in bounded memory: JSON, SARIF, JUnit and the other formats
/// read them back once, in order.
///
/// The file is an anonymous temporary file (`tmpfile`): it has no name, so nothing is left
/// behind however the run ends.
public final class ViolationSpool: @unchecked Sendable {
    // One owner appends, then reads; the class only exists to own the file handle.
    private let file: UnsafeMutablePointer<FILE>
    private var buffer: [UInt8] = []
    /// How many violations were appended.
    public private(set) var count = 0

    public init() throws(Diagnostic) {
        guard let file = tmpfile() else {
            throw Diagnostic(file: NSTemporaryDirectory(), message: "cannot create a temporary file for the report: \(String(cString: strerror(errno)))")
        }
        self.file = file
        buffer.reserveCapacity(1 << 16)
    }

    deinit { fclose(file) }

    /// Appends one violation of the run's file `fileIndex` (0-based).
    public func append(_ violation: Violation, file fileIndex: Int) {
        appendInteger(fileIndex)
        appendString(violation.check.rawValue)
        buffer.append(violation.severity == .error ? 1 : 0)
        appendString(violation.article)
        appendString(violation.message)
        appendString(violation.field)
        appendString(violation.purpose)
        appendInteger(violation.location.record)
        appendInteger(violation.location.line)
        appendInteger(violation.location.column)
        appendString(violation.value)
        count += 1
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Every violation appended so far, in order; each call reads the file from the start.
    public func violations() -> Violations {
        flush()
        rewind(file)
        return Violations(file: file)
    }

    private func flush() {
        guard !buffer.isEmpty else { return }
        fseek(file, 0, SEEK_END)
        _ = buffer.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        buffer.removeAll(keepingCapacity: true)
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

    /// The spooled violations, read back one at a time.
    public struct Violations: Sequence, IteratorProtocol {
        fileprivate let file: UnsafeMutablePointer<FILE>

        public mutating func next() -> ReportedViolation? {
            guard let fileIndex = integer(), let check = string().flatMap(CheckID.init(rawValue:)) else { return nil }
            let severity: Severity = fgetc(file) == 1 ? .error : .warning
            let article = string(), message = string() ?? "", field = string(), purpose = string()
            let location = RecordLocation(record: integer(), line: integer(), column: integer())
            let value = string()
            return ReportedViolation(file: fileIndex, violation: Violation(
                check: check, severity: severity, article: article, message: message, field: field, purpose: purpose,
                location: location, value: value))
        }

        private func integer() -> Int? {
            var bytes = [UInt8](repeating: 0, count: 8)
            guard fread(&bytes, 1, 8, file) == 8 else { return nil }
            var raw: UInt64 = 0
            for byte in bytes.reversed() { raw = raw << 8 | UInt64(byte) }
            let value = Int64(bitPattern: raw)
            return value == Int64.min ? nil : Int(value)
        }

        private func string() -> String? {
            guard let length = integer(), length >= 0 else { return nil }
            var bytes = [UInt8](repeating: 0, count: length)
            guard length == 0 || fread(&bytes, 1, length, file) == length else { return nil }
            return String(decoding: bytes, as: UTF8.self)
        }
    }
}
