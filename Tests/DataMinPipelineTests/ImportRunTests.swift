import DataMinCore
import DataMinIO
import DataMinTestSupport
import Foundation
import Testing

@testable import DataMinPipeline

struct ImportRunTests {
    /// A CSV of `rows` records with every few rows broken in another way, repeated subjects
    /// and malformed rows, so that batches and workers see all kinds of outcomes.
    static func messyCSV(rows: Int) -> String {
        var text = "id,email,purpose,lawful_basis,source,collected_at,phone,notes,religion\n"
        for index in 1...rows {
            let email = index % 7 == 0 ? "repeat\(index % 5)@example.com" : "p\(index)@example.com"
            let phone = index % 11 == 0 ? "06 12" : "+31201234567"
            let purpose = index % 13 == 0 ? "marketing" : (index % 17 == 0 ? "newsletter-product-a" : "sales")
            let collected = index % 19 == 0 ? "2020-01-01" : "2026-01-15"
            let notes = index % 23 == 0 ? "\"call \(index)@example.org,\nlater\"" : "ok"
            if index % 29 == 0 {
                text += "\(index),too,few\n"
            } else {
                text += "\(index),\(email),\(purpose),contract,web_form,\(collected),\(phone),\(notes),\n"
            }
        }
        return text
    }

    private func run(_ path: String, workers: Int, folder: String) throws -> (ValidationReport, String, String) {
        let validator = Validator(policy: try ExamplePolicy.policy(), asOf: ExamplePolicy.asOf)
        var run = ImportRun(validator: validator, limit: 0, workers: workers)
        let strip = "\(folder)/strip-\(workers).csv"
        let rejects = "\(folder)/rejects-\(workers).csv"
        try run.validate(path: path, options: .init(stripOut: strip, rejectsOut: rejects))
        let report = run.finish(seconds: 0)
        return (report, try String(contentsOfFile: strip, encoding: .utf8), try String(contentsOfFile: rejects, encoding: .utf8))
    }

    @Test(arguments: [2, 3, 5])
    func parallelRecordChecksGiveTheSameReportAndOutputsAsOneThread(workers: Int) throws {
        let path = try temporaryFile("messy.csv", Self.messyCSV(rows: 9_000))
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let (serial, serialStrip, serialRejects) = try run(path, workers: 1, folder: folder)
        let (parallel, parallelStrip, parallelRejects) = try run(path, workers: workers, folder: folder)
        #expect(serial.records == 9_000)
        #expect(serial.errors > 1_000)
        #expect(serial.files[0].violations.contains { $0.check == .duplicateSubject })
        #expect(serial.files[0].violations.contains { $0.check == .malformedRecord })
        #expect(parallel.files[0].violations == serial.files[0].violations)
        #expect(
            (parallel.records, parallel.rejected, parallel.errors, parallel.warnings)
                == (serial.records, serial.rejected, serial.errors, serial.warnings))
        #expect(parallelStrip == serialStrip)
        #expect(parallelRejects == serialRejects)
        #expect(serialStrip.split(separator: "\n").count - 1 + serialRejects.split(separator: "\n").count - 1 >= 9_000)
    }

    /// The checks run on whole batches (2,048 records), malformed ones among them: every
    /// finding is on the record that caused it, across batch ends, whatever the workers.
    @Test(arguments: [1, 2])
    func eachFindingIsOnItsOwnRecordAcrossBatches(workers: Int) throws {
        let path = try temporaryFile("messy.csv", Self.messyCSV(rows: 9_000))
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let violations = try run(path, workers: workers, folder: folder).0.files[0].violations
        let malformed = Set(violations.filter { $0.check == .malformedRecord }.compactMap(\.location.record))
        #expect(malformed == Set((1...9_000).filter { $0 % 29 == 0 }))
        let badPhones = Set(violations.filter { $0.check == .invalidValue && $0.field == "phone" }.compactMap(\.location.record))
        #expect(badPhones == Set((1...9_000).filter { $0 % 11 == 0 && $0 % 29 != 0 }))
    }

    @Test func rerunningOverAnExistingOutputReplacesIt() throws {
        let path = try temporaryFile(
            "in.csv", "id,email,purpose,lawful_basis,source,collected_at\n1,a@example.com,sales,contract,web_form,2026-01-15\n")
        let strip = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("out.csv").path
        try "old".write(toFile: strip, atomically: true, encoding: .utf8)
        var run = ImportRun(validator: Validator(policy: try ExamplePolicy.policy(), asOf: ExamplePolicy.asOf), limit: 0)
        try run.validate(path: path, options: .init(stripOut: strip))
        #expect(try String(contentsOfFile: strip, encoding: .utf8).hasPrefix("id,email,"))
    }

    /// A report that cannot be written ends the run at once: the merge throws, and the
    /// reading and worker threads are stopped and joined instead of left waiting.
    @Test(arguments: [1, 3])
    func aFailingReportStopsEveryThread(workers: Int) throws {
        let path = try temporaryFile("messy.csv", Self.messyCSV(rows: 20_000))
        let written = Counter()
        var run = ImportRun(
            validator: Validator(policy: try ExamplePolicy.policy(), asOf: ExamplePolicy.asOf), limit: 0, workers: workers,
            onViolation: { _, _, _ throws(Diagnostic) in
                written.count += 1
                if written.count == 100 { throw Diagnostic(.outputUnwritable, file: "report", message: "disk full") }
            })
        #expect(throws: Diagnostic(.outputUnwritable, file: "report", message: "disk full")) {
            try run.validate(path: path, options: .init())
        }
        #expect(written.count == 100)
        #expect(run.report.records < 20_000)
    }
}

/// Counts from inside a closure the run keeps.
private final class Counter {
    var count = 0
}
