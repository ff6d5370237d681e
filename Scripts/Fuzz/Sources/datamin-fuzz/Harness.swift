import DataMinCore
import DataMinIO
import DataMinPipeline
import Foundation

/// One fuzz input through one of datamin's entry points for untrusted bytes, chosen by
/// `DATAMIN_FUZZ_TARGET`: `csv`, `jsonl`, `json` (a reader, then the validator and both
/// output writers, as `validate --strip-out --rejects-out` runs them) or `policy` (the
/// YAML loader and policy decoder).
///
/// A crash, a sanitizer report or a run past libFuzzer's `-timeout`/`-rss_limit_mb` is a
/// finding; every input must otherwise end in records, violations or a thrown error.
enum Harness {
    static let target = ProcessInfo.processInfo.environment["DATAMIN_FUZZ_TARGET"] ?? "csv"
    static let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("datamin-fuzz-\(getpid())")
    static let policy: Policy = {
        // The harness runs from Scripts/Fuzz; the shipped example policy covers every field type.
        try! Policy(contentsOf: URL(fileURLWithPath: "../../Benchmarks/policy.yaml"))
    }()

    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        if target == "policy" {
            _ = try? Policy(yaml: String(decoding: bytes, as: UTF8.self), file: "fuzz.yaml")
            return
        }
        try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let input = scratch.appendingPathComponent("input.\(target)")
        guard FileManager.default.createFile(atPath: input.path, contents: Data(buffer: bytes)) else { return }
        var run = ImportRun(validator: Validator(policy: policy, asOf: CalendarDate(iso: "2026-11-29")!), limit: 0, workers: 1)
        _ = try? run.validate(
            path: input.path,
            options: ImportRun.FileOptions(
                purpose: "sales",
                stripOut: scratch.appendingPathComponent("strip.\(target)").path,
                rejectsOut: scratch.appendingPathComponent("rejects.\(target)").path))
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    Harness.run(UnsafeBufferPointer(start: data, count: count))
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// SwiftPM links an executable's entry point under this name; hand control to libFuzzer.
@_cdecl("datamin_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments, fuzzOneInput)
}
