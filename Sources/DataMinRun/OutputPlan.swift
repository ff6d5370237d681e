import DataMinCore
import DataMinIO

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Decides, before anything is written, that the files a run writes are its own: none
/// replaces a file the run reads (an input, the policy, the config, a policy's suppression
/// list, the baseline) or another output of the run, since either would lose data without
/// a word. A suppression list replaced by rejected records would also put the erased
/// subjects' keys, which it holds only as salted hashes, in clear.
package enum OutputPlan {
    /// Checks `request`'s report files and copies against `inputs`, `policies`, their
    /// `suppressionLists`, `config` and the request's baseline.
    ///
    /// - Throws: ``UsageFailure`` naming the option and the file it would replace.
    package static func check(
        _ request: RunRequest, inputs: [String], policies: [String], suppressionLists: [String], config: String?
    ) throws(UsageFailure) {
        // --output first, then each --report, then the copies: the order messages name them in.
        let reports = request.reports.filter { $0.option == "--output" } + request.reports.filter { $0.option != "--output" }
        var outputs = reports.compactMap { report in report.path.map { (option: report.option, path: $0) } }
        if let path = request.stripOut { outputs.append(("--strip-out", path)) }
        if let path = request.rejectsOut { outputs.append(("--rejects-out", path)) }
        if let path = request.writeBaselinePath { outputs.append(("--write-baseline", path)) }
        var read: [(what: String, path: String)] = inputs.filter { $0 != "-" }.map { ("input", $0) }
        read += policies.map { ("policy", $0) }
        if let config { read.append(("project config", config)) }
        read += suppressionLists.map { ("suppression list", $0) }
        if let baseline = request.baselinePath { read.append(("baseline", baseline)) }
        for (index, output) in outputs.enumerated() {
            // --write-baseline may replace the baseline it reads: the file is read whole first.
            for file in read
            where FileIdentity.same(output.path, file.path) && !(file.what == "baseline" && output.option == "--write-baseline") {
                throw UsageFailure(
                    message: "\(output.option) '\(output.path)' is the \(file.what) '\(file.path)' this run reads; choose another path")
            }
            for other in outputs[..<index] where FileIdentity.same(output.path, other.path) && !isCharacterDevice(output.path) {
                throw UsageFailure(
                    message: "\(other.option) and \(output.option) name the same file '\(output.path)'; give each its own path")
            }
        }
    }

    /// True for `/dev/null` and its kind, which several outputs may share.
    private static func isCharacterDevice(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR
    }
}
