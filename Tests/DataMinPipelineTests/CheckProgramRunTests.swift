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
    private func outcome(of fixture: String, with validator: Validator) -> Result<[Violation], Diagnostic> {
        var run = ImportRun(validator: validator, limit: 0, workers: 1)
        do {
            try run.validate(path: repositoryRoot.appendingPathComponent("fixtures/\(fixture)").path, options: .init())
        } catch {
            return .failure(error)
        }
        return .success(run.finish(seconds: 0).files[0].violations)
    }

    @Test(arguments: policies)
    func everyFixtureFindsWhatRunningEveryCheckFinds(policy name: String) throws {
        #expect(Self.fixtures.count >= 9)
        let policy = try Policy(contentsOf: repositoryRoot.appendingPathComponent("policies/\(name)"))
        let validator = Validator(policy: policy, asOf: CalendarDate(year: 2026, month: 11, day: 29))
        let every = validator.runningEveryCheck()
        var checked = 0
        for fixture in Self.fixtures {
            let found = outcome(of: fixture, with: validator)
            if case .success = found { checked += 1 }
            #expect("\(found)" == "\(outcome(of: fixture, with: every))", "\(fixture)")
        }
        #expect(checked > 0)
    }
}
