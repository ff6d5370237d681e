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
///
/// Findings are spooled as compact codes (#32): a violation's check is one byte, and its
/// article, message, field and purpose — texts that repeat from record to record — are
/// written in full the first time and then as a number (``TextNumbers``). A message from
/// ``FindingTexts`` is the very same string each time, so telling that it repeats is a
/// pointer compare. The key and the value are the record's own and are always written
/// whole. With `--show-values` a message or field may name what a header cell held; such
/// texts are then also kept in the tables of numbered texts until the run ends.
package final class ViolationSpool: @unchecked Sendable {
    // One owner appends, then reads; the class only exists to own the file. So the buffer
    // and the table of recent texts are not checked for exclusive access at run time.
    private let descriptor: Int32
    @exclusivity(unchecked) private var buffer: [UInt8] = []
    /// How many violations were appended.
    package private(set) var count = 0
    /// The last file appended to and how many of its violations came so far.
    private var current = (file: -1, count: 0)
    /// Texts written in full are numbered in order, up to ``numberedTexts``; the reader
    /// numbers them the same way.
    private var textsNumbered: Int32 = 0
    /// The texts last written in full, with their numbers, in a small table per slot
    /// (article, message, field, purpose) indexed by the check and the text's length: a
    /// text equal to its entry is written as the entry's number.
    @exclusivity(unchecked) private var recent = [(text: String, number: Int32)?](repeating: nil, count: 4 * ViolationSpool.recentPerSlot)

    /// At most this many texts are numbered (the reader keeps each one): about 2 MB of
    /// messages; later texts are written in full.
    package static let numberedTexts: Int32 = 1 << 14
    private static let recentPerSlot = 256

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
        buffer.append(UInt8(violation.check.position))
        buffer.append(violation.severity == .error ? 1 : 0)
        appendText(violation.article, slot: 0, check: violation.check)
        appendText(violation.message, slot: 1, check: violation.check)
        appendText(violation.field, slot: 2, check: violation.check)
        appendText(violation.purpose, slot: 3, check: violation.check)
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
        // After a failed write nothing more is written: later violations may refer to texts
        // by the numbers they got in the lost bytes, which the reader never saw. The file
        // stays the violations before the failure, and the run fails (checkWritten).
        guard writeError == 0 else { return buffer.removeAll(keepingCapacity: true) }
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

    /// Appends `value` as 8 bytes, least significant first; nil as `Int64.min`.
    private func appendInteger(_ value: Int?) {
        withUnsafeBytes(of: Int64(value ?? Int(Int64.min)).littleEndian) { buffer.append(contentsOf: $0) }
    }

    /// Appends a text that repeats from finding to finding: as the number it was given when
    /// it was last written in full in `slot` for a finding of `check`, else in full.
    private func appendText(_ text: String?, slot: Int, check: CheckID) {
        guard let text else {
            appendInteger(-1)
            return
        }
        let entry = slot * Self.recentPerSlot + (check.position &* 31 &+ text.utf8.count) % Self.recentPerSlot
        if let known = recent[entry], ExactText(known.text) == ExactText(text) {
            appendInteger(-2 - Int(known.number))
            return
        }
        appendString(text)
        guard textsNumbered < Self.numberedTexts else { return }
        recent[entry] = (text, textsNumbered)
        textsNumbered += 1
    }

    /// Appends a length (-1 for nil) and the text's UTF-8.
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
        /// The checks by ``CheckID/position``, as the spool writes them.
        private static let checks = CheckID.allCases

        fileprivate init(descriptor: Int32) {
            reader = Reader(descriptor: descriptor)
        }

        package mutating func next() -> ReportedViolation? {
            guard let fileIndex = reader.integer(), let number = reader.integer(),
                let position = reader.byte(), Int(position) < Self.checks.count,
                let severityByte = reader.byte()
            else { return nil }
            let article = reader.text()
            let message = reader.text()
            let field = reader.text()
            let purpose = reader.text()
            let location = RecordLocation(record: reader.integer(), line: reader.integer(), column: reader.integer())
            let key = reader.string()
            let value = reader.string()
            var reported = ReportedViolation(
                file: fileIndex, number: number,
                violation: Violation(
                    check: Self.checks[Int(position)], severity: severityByte == 1 ? .error : .warning, article: article.text,
                    message: message.text ?? "", field: field.text, purpose: purpose.text, location: location, key: key, value: value))
            reported.textNumbers = TextNumbers(
                article: article.number, message: message.number, field: field.number, purpose: purpose.number)
            return reported
        }
    }

    /// Reads the spool's bytes in large pieces.
    private final class Reader {
        // One sequence reads through its reader: no access is checked at run time.
        private let descriptor: Int32
        @exclusivity(unchecked) private var buffer = [UInt8](repeating: 0, count: 1 << 16)
        @exclusivity(unchecked) private var position = 0
        @exclusivity(unchecked) private var filled = 0
        /// Where in the file the next read starts.
        @exclusivity(unchecked) private var fileOffset = 0

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
            // In bounds: ensure(8) made 8 bytes available from position.
            let value = Int64(littleEndian: buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: position, as: Int64.self) })
            position += 8
            return value == Int64.min ? nil : Int(value)
        }

        func string() -> String? {
            guard let length = integer(), length >= 0, ensure(length) else { return nil }
            defer { position += length }
            return String(decoding: buffer[position..<position + length], as: UTF8.self)
        }

        /// The texts read in full, by the numbers the writer gave them.
        @exclusivity(unchecked) private var numbered: [String] = []

        /// A text written by `appendText`, with its number (-1 for nil,
        /// ``TextNumbers/unnumbered`` for a text past the numbered ones).
        func text() -> (text: String?, number: Int32) {
            guard let length = integer() else { return (nil, -1) }
            if length <= -2 {
                let number = -2 - length
                guard number < numbered.count else { return (nil, -1) }
                return (numbered[number], Int32(number))
            }
            guard length >= 0, ensure(length) else { return (nil, -1) }
            let text = String(decoding: buffer[position..<position + length], as: UTF8.self)
            position += length
            guard numbered.count < ViolationSpool.numberedTexts else { return (text, TextNumbers.unnumbered) }
            numbered.append(text)
            return (text, Int32(numbered.count - 1))
        }
    }
}
