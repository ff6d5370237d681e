@_spi(Readers) import DataMinCore
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A progress line on standard error for long runs on a terminal: bytes read of total and
/// records per second. Never shown when standard error is not a terminal or `CI` is set.
final class Progress {
    private let enabled: Bool
    private let started = Date()
    private var lastShown = Date.distantPast
    private var shown = false

    init(enabled: Bool) {
        self.enabled = enabled
    }

    func update(bytesRead: Int, totalBytes: Int?, records: Int) {
        guard enabled, Date().timeIntervalSince(lastShown) >= 0.5 else { return }
        lastShown = Date()
        let elapsed = max(Date().timeIntervalSince(started), 0.001)
        func megabytes(_ bytes: Int) -> String { DecimalText.fixed(Double(bytes) / 1_048_576, decimals: 1) }
        let of = totalBytes.map { " of \(megabytes($0)) MB" } ?? ""
        let rate = DecimalText.fixed(Double(records) / elapsed, decimals: 0)
        _ = SystemIO.write(
            STDERR_FILENO, Array("\rdatamin: \(megabytes(bytesRead)) MB\(of) read, \(records) records, \(rate) records/s".utf8))
        shown = true
    }

    /// Removes the progress line before other output.
    func clear() {
        guard shown else { return }
        _ = SystemIO.write(STDERR_FILENO, Array("\r\u{1B}[K".utf8))
        shown = false
    }
}
