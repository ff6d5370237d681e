import ArgumentParser
import DataMinCore
import DataMinRun

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The exit codes of SPEC §5, decided here and nowhere else.
enum ExitStatus: Int32 {
    /// No error-level violation.
    case clean = 0
    /// Error-level violations found.
    case violations = 1
    /// Could not validate: bad usage, invalid policy, unknown purpose, unreadable input.
    case failure = 2

    /// Prints `error` to standard error the way users expect and returns its status.
    /// Help and `--version` print to standard output and are clean.
    static func report(_ error: any Error) -> ExitStatus {
        switch error {
        case let error as PolicyError:
            Console.error(error.description)
            return .failure
        case let error as Diagnostic:
            Console.error(error.description)
            return .failure
        // A usage problem the argument parser cannot see (an unknown --purpose, no inputs).
        case let error as UsageFailure:
            Console.error("datamin: error: \(error.message)")
            return .failure
        default:
            let code = DataMin.exitCode(for: error)
            if code == .success {
                Console.write(DataMin.fullMessage(for: error) + "\n")
                return .clean
            }
            // Argument-parser usage errors exit 64 by default; datamin's contract says 2.
            Console.error(DataMin.fullMessage(for: error))
            return .failure
        }
    }

    /// The code for how a run ended.
    init(_ verdict: RunOutcome.Verdict) {
        switch verdict {
        case .clean: self = .clean
        case .violations: self = .violations
        case .failed: self = .failure
        }
    }

    func exit() -> Never {
        Glibc.exit(rawValue)
    }
}
