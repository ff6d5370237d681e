import Foundation

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
        let megabytes = Double(bytesRead) / 1_048_576
        let of = totalBytes.map { String(format: " of %.1f MB", Double($0) / 1_048_576) } ?? ""
        let line = String(
            format: "\rdatamin: %.1f MB%@ read, %d records, %.0f records/s", megabytes, of, records, Double(records) / elapsed)
        FileHandle.standardError.write(Data(line.utf8))
        shown = true
    }

    /// Removes the progress line before other output.
    func clear() {
        guard shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        shown = false
    }
}
