@_spi(Benchmarks) import DataMinCore
import Foundation

// Usage: datamin-micro POLICY [ITERATIONS]
//        datamin-micro --free-text CORPUS.tsv… [ROUNDS]
// Prints the mean time of Validator.validate on a clean 12-field record, on one with a
// violation, on one with an undeclared field, and on the clean record given as values in the
// policy's field order (`validate(values:)`), in nanoseconds per call; with
// --free-text, per corpus, what the scanner alone costs per 100 bytes of note, and what both
// free-text checks add to a record (the time of a record with the note less that of the
// same record with an empty note, findings included).
let arguments = CommandLine.arguments
if arguments.count > 1, arguments[1] == "--free-text" {
    let files = arguments.dropFirst(2).filter { $0.hasSuffix(".tsv") }
    let rounds = Int(arguments.last ?? "") ?? 20
    let notePolicy = try Policy(
        yaml: """
            version: 1
            name: notes
            fields:
              id: { type: string, personal: false }
              note: { type: text }
              seen: { type: date }
            purposes:
              support:
                lawful_basis: [contract]
                optional: [id, note]
                retention: { period: P1Y, from: seen, if_missing: keep }
            """)
    let noteValidator = Validator(policy: notePolicy, asOf: CalendarDate(year: 2026, month: 11, day: 29)!)
    var sink = 0
    func time(_ body: () -> Void) -> Double {
        body()  // warm up
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<rounds { body() }
        return Double(DispatchTime.now().uptimeNanoseconds - start) / Double(rounds)
    }
    for file in files {
        var notes: [String] = []
        let text = try String(contentsOf: URL(fileURLWithPath: file), encoding: .utf8)
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t", maxSplits: 2)
            if parts.count == 3 { notes.append(parts[2].replacingOccurrences(of: "\\n", with: "\n")) }
        }
        let withNotes = notes.map { note -> Record in ["id": "1", "note": .string(note)] }
        let empty: Record = ["id": "1", "note": ""]
        let bytes = notes.reduce(0) { $0 + $1.utf8.count }
        let noteBytes = notes.map { Array($0.utf8) }
        let scanner = time { sink &+= FreeTextScanning.matchCount(in: noteBytes) }
        let full = time { for record in withNotes { sink &+= noteValidator.validate(record, purpose: "support").count } }
        let base = time { for _ in withNotes { sink &+= noteValidator.validate(empty, purpose: "support").count } }
        print(
            String(
                format: "corpus=%@ notes=%d bytes=%d scanner_ns_per_100_bytes=%.0f checks_ns_per_100_bytes=%.0f",
                URL(fileURLWithPath: file).lastPathComponent, notes.count, bytes, scanner / Double(bytes) * 100,
                (full - base) / Double(bytes) * 100))
    }
    precondition(sink >= 0)
    exit(0)
}
let policy = try Policy(contentsOf: URL(fileURLWithPath: arguments[1]))
let iterations = arguments.count > 2 ? Int(arguments[2]) ?? 1_000_000 : 1_000_000
let validator = Validator(policy: policy, asOf: CalendarDate(year: 2026, month: 11, day: 29)!)

let clean: Record = [
    "id": "C-00000042", "first_name": "Anna", "last_name": "de Vries", "email": "anna.devries.42@example.com",
    "company": "Example Trading B.V.", "country": "NL", "phone": "+31201234567", "purpose": "sales",
    "lawful_basis": "contract", "source": "web_form", "collected_at": "2026-06-01", "notes": "Asked for a quote on product A.",
]
var invalid = clean
invalid.fields[6].value = "06 1234 5678"

/// The mean nanoseconds of `call` over `iterations` calls, after a tenth as many to warm up.
func measure(_ call: () -> Int) -> Double {
    var sink = 0
    for _ in 0..<(iterations / 10) { sink &+= call() }  // warm up
    let start = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<iterations { sink &+= call() }
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start)
    precondition(sink >= 0)
    return elapsed / Double(iterations)
}

func measure(_ record: Record) -> Double { measure { validator.validate(record).count } }

var undeclared = clean
undeclared.fields.append(Record.Field(name: "preferred_contact_channel", value: "email"))

// The same clean record as values in the policy's field order (`validate(values:)`).
let cleanValues: [String?] = policy.fields.map { field in
    clean.fields.first { $0.name == field.name }.flatMap { if case .string(let text) = $0.value { text } else { nil } }
}
precondition(validator.validate(values: cleanValues) == validator.validate(clean), "the two entry points disagree")

print(
    String(
        format: "clean_ns=%.0f invalid_ns=%.0f undeclared_ns=%.0f values_clean_ns=%.0f iterations=%d", measure(clean), measure(invalid),
        measure(undeclared), measure { validator.validate(values: cleanValues).count }, iterations))
