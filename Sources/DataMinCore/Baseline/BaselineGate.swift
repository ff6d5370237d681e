/// What a run does with a baseline: lets through only the findings the baseline does not
/// hold (`--baseline`), and records every finding for a new one (`--write-baseline`).
///
/// A class: the inputs of every policy in a run pass through the one gate, in input order,
/// on the thread that merges results.
package final class BaselineGate {
    /// The accepted findings; nil without `--baseline`.
    package private(set) var accepted: Baseline?
    /// Every finding of the run; nil without `--write-baseline`.
    package private(set) var recorded: Baseline?

    package init(accepted: Baseline?, records: Bool) {
        self.accepted = accepted
        recorded = records ? Baseline(salt: accepted?.salt) : nil
    }

    /// True when `violation`, found in the input at `path`, is reported: it is not in the
    /// accepted baseline (or there is none).
    package func reports(_ violation: Violation, path: String) -> Bool {
        recorded?.add(violation, path: path)
        return accepted?.absorbs(violation, path: path) != true
    }
}
