import FoundationEssentials

/// What a run does with a baseline: lets through only the findings the baseline does not
/// hold (`--baseline`), and records every finding for a new one (`--write-baseline`).
///
/// Paths are compared as the repository sees them (relative to its root; else to the
/// working folder), so `exports/a.csv`, `./exports/a.csv` and an absolute path are one
/// input, whichever folder the run starts in.
///
/// A class: the inputs of every policy in a run pass through the one gate, in input order,
/// on the thread that merges results.
package final class BaselineGate {
    /// The accepted findings; nil without `--baseline`.
    package private(set) var accepted: Baseline?
    /// Every finding of the run; nil without `--write-baseline`.
    package private(set) var recorded: Baseline?
    /// The folder paths are made relative to, absolute, ending in `/`.
    private let root: String
    /// The working folder relative paths start from.
    private let workingDirectory: String
    /// Each input path as given, as the baseline names it.
    private var shownPaths: [String: String] = [:]
    /// The inputs the run checked to the end, as the baseline names them.
    private var checked: Set<String> = []

    /// - Parameters:
    ///   - salt: the salt of the baseline to write, to keep its hashes (the one it replaces);
    ///     nil draws one, or takes `accepted`'s.
    ///   - secret: keys the record hashes (`DATAMIN_KEY_SALT`); empty for none.
    ///   - root: the repository root, or nil outside a repository.
    package init(
        accepted: Baseline?, records: Bool, salt: [UInt8]?, secret: [UInt8], root: String?, workingDirectory: String
    ) {
        self.accepted = accepted
        recorded = records ? Baseline(salt: salt ?? accepted?.salt, secret: secret) : nil
        let base = root ?? workingDirectory
        self.root = base.hasSuffix("/") ? base : base + "/"
        self.workingDirectory = workingDirectory
    }

    /// True when `violation`, found in the input at `path`, is reported: it is not in the
    /// accepted baseline (or there is none).
    package func reports(_ violation: Violation, path: String) -> Bool {
        let shown = shownPath(path)
        recorded?.add(violation, path: shown)
        return accepted?.absorbs(violation, path: shown) != true
    }

    /// Notes that the input at `path` was checked to the end, so its unmatched entries are stale.
    package func finished(path: String) {
        checked.insert(shownPath(path))
    }

    /// Entries of the accepted baseline, of inputs this run checked, that no finding matched.
    package var stale: Int { accepted?.stale(in: checked) ?? 0 }

    private func shownPath(_ path: String) -> String {
        if let shown = shownPaths[path] { return shown }
        var shown = path
        if path != "-" {
            let absolute = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: workingDirectory, isDirectory: true))
                .standardizedFileURL.path
            if absolute.hasPrefix(root) { shown = String(absolute.dropFirst(root.count)) }
        }
        shownPaths[path] = shown
        return shown
    }
}
