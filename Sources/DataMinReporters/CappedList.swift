import DataMinCore

/// Which findings a report with a cap lists (SPEC §11.3): never a warning in place of an
/// error. Errors are listed up to the cap, warnings only in what the errors leave of it, all
/// in file order; what is left out is counted per check, so the report can say so.
struct CappedList {
    let cap: Int
    /// Warnings that may be listed: the cap less every error the report lists.
    private let warningRoom: Int
    private var warnings = 0
    /// Findings listed so far.
    private(set) var listed = 0
    /// Findings left out, per check.
    private(set) var leftOut: [CheckID: Int] = [:]

    init(cap: Int, report: ValidationReport) {
        self.cap = cap
        warningRoom = max(0, cap - report.files.reduce(0) { $0 + $1.shownErrors })
    }

    /// True when `violation` is listed; counts it either way.
    mutating func admits(_ violation: Violation) -> Bool {
        let isWarning = violation.severity == .warning
        guard listed < cap, !isWarning || warnings < warningRoom else {
            leftOut[violation.check, default: 0] += 1
            return false
        }
        if isWarning { warnings += 1 }
        listed += 1
        return true
    }

    /// Findings left out in all.
    var leftOutCount: Int { leftOut.values.reduce(0, +) }

    /// What was left out, most first: `9,516 duplicate-subject, 12 invalid-value`.
    var leftOutText: String { Counting.perCheck(leftOut) }
}

/// Numbers and nouns as people read them in a report.
enum Counting {
    /// `10362` → `10,362`.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text += "," }
            text.append(digit)
        }
        return value < 0 ? "-" + text : text
    }

    /// Counts per check, most first: `9,516 duplicate-subject, 12 invalid-value`.
    static func perCheck(_ counts: [CheckID: Int]) -> String {
        counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { "\(grouped($0.value)) \($0.key.rawValue)" }.joined(separator: ", ")
    }

    /// What `--max-violations` left out, per check, to end a sentence: `: 2 invalid-value,
    /// 1 pii-in-free-text`, or nothing when there are no counts.
    static func omittedPerCheck(_ counts: [CheckID: Int]) -> String {
        counts.isEmpty ? "" : ": " + perCheck(counts)
    }

    /// `1 file`, `2 files`, `1,204 entries` (with `plural` for irregular nouns).
    static func count(_ value: Int, _ noun: String, _ plural: String? = nil) -> String {
        "\(grouped(value)) \(value == 1 ? noun : plural ?? noun + "s")"
    }
}
