import DataMinCore
import DataMinTestSupport
import Foundation
import Testing

@testable import DataMinPipeline

/// Runs that choose the record checks per purpose (``CheckProgram``) report what runs of
/// every check report, on every shipped fixture under every shipped policy.
struct CheckProgramRunTests {
    static let fixtures: [String] = {
        let folder = repositoryRoot.appendingPathComponent("fixtures")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { name in [".csv", ".jsonl", ".json"].contains { name.hasSuffix($0) } }.sorted()
    }()

    static let policies: [String] = {
        let folder = repositoryRoot.appendingPathComponent("policies")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
    }()

    /// The run's violations, or the error that stopped it (a header with no declared cell).
    private func outcome(of fixture: String, with validator: Validator, purpose: String?) -> Result<[Violation], Diagnostic> {
        var run = ImportRun(validator: validator, limit: 0, workers: 1)
        do {
            try run.validate(path: repositoryRoot.appendingPathComponent("fixtures/\(fixture)").path, options: .init(purpose: purpose))
        } catch {
            return .failure(error)
        }
        return .success(run.finish(seconds: 0).files[0].violations)
    }

    /// With and without `--due-within` (`retention-due` on), and with and without a purpose
    /// given for the input (records without a purpose field get it).
    @Test(arguments: policies)
    func everyFixtureFindsWhatRunningEveryCheckFinds(policy name: String) throws {
        #expect(Self.fixtures.count >= 9)
        let policy = try Policy(contentsOf: repositoryRoot.appendingPathComponent("policies/\(name)"))
        let asOf = CalendarDate(year: 2026, month: 11, day: 29)
        var checked = 0
        for dueWithin in [nil, ISODuration("P1Y")] {
            let validator = Validator(policy: policy, asOf: asOf, dueWithin: dueWithin)
            let every = validator.runningEveryCheck()
            for fixture in Self.fixtures {
                for purpose in [nil, policy.purposes[0].name] {
                    let found = outcome(of: fixture, with: validator, purpose: purpose)
                    if case .success = found { checked += 1 }
                    #expect("\(found)" == "\(outcome(of: fixture, with: every, purpose: purpose))", "\(fixture) \(purpose ?? "")")
                }
            }
        }
        #expect(checked > 0)
    }
}
