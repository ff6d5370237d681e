import DataMinCore

/// Where a run writes what is not a file: standard output, standard error and the progress
/// line. The command line passes the process's own; tests pass closures that collect.
package struct RunStreams {
    /// Appends text to standard output (a report as it is made).
    package var write: (String) -> Void
    /// Writes one line to standard error at once.
    package var error: (String) -> Void
    /// Writes out what standard output holds.
    package var flush: () -> Void
    /// Throws once standard output could not be written (a closed pipe, a full disk).
    package var checkOutput: () throws(Diagnostic) -> Void
    /// Shows progress: bytes read, total bytes when known, records.
    package var progress: (Int, Int?, Int) -> Void
    /// Removes the progress line before other output on standard error.
    package var clearProgress: () -> Void

    package init(
        write: @escaping (String) -> Void, error: @escaping (String) -> Void, flush: @escaping () -> Void = {},
        checkOutput: @escaping () throws(Diagnostic) -> Void = {}, progress: @escaping (Int, Int?, Int) -> Void = { _, _, _ in },
        clearProgress: @escaping () -> Void = {}
    ) {
        self.write = write
        self.error = error
        self.flush = flush
        self.checkOutput = checkOutput
        self.progress = progress
        self.clearProgress = clearProgress
    }
}
