import DataMinCore
import FoundationEssentials

/// Loads the policy a run checks against and compiles it, for `validate`, `sql` and any
/// other front end alike.
package enum ValidatorLoader {
    /// The policy at `policyPath` compiled for a run, with its suppression list: a list the
    /// policy names but that cannot be read fails the run, so erased subjects cannot slip through.
    ///
    /// - Throws: ``PolicyError`` for an invalid policy or an unreadable suppression list.
    /// - Parameters:
    ///   - severities: settings over the policy's `checks:` (`--severity`).
    ///   - keySalt: the salt of record-key pseudonyms (`DATAMIN_KEY_SALT`).
    package static func load(
        policyPath: String, asOf: CalendarDate?, showValues: Bool, dueWithin: ISODuration?, severities: [CheckID: CheckSetting] = [:],
        keySalt: [UInt8]? = nil
    ) throws(PolicyError) -> Validator {
        var loaded = try Policy(contentsOf: URL(fileURLWithPath: policyPath))
        loaded.checkSettings.merge(severities) { _, given in given }
        var suppression: SuppressionList?
        if let path = loaded.suppressionFile {
            do throws(Diagnostic) { suppression = try SuppressionList(contentsOf: path) } catch { throw PolicyError(diagnostics: [error]) }
        }
        return Validator(
            policy: loaded, asOf: asOf ?? .today(), showValues: showValues, dueWithin: dueWithin, suppression: suppression, keySalt: keySalt
        )
    }

    /// Refuses a `--purpose` the policy does not define.
    package static func checkPurpose(_ purpose: String?, of validator: Validator) throws(UsageFailure) {
        guard let purpose, !validator.definesPurposes(purpose) else { return }
        let policy = validator.policy
        let names = policy.purposes.map(\.name)
        let unknown = purpose.split(separator: ";").map(String.init).first { !names.contains($0) } ?? purpose
        let guess = Suggestion.closestName(to: unknown, among: names).map { "did you mean '\($0)'? " } ?? ""
        let what = unknown == purpose ? "'\(purpose)' for --purpose" : "'\(unknown)' in --purpose '\(purpose)'"
        throw UsageFailure(message: "unknown purpose \(what); \(guess)policy '\(policy.name)' defines: \(names.joined(separator: ", "))")
    }
}
