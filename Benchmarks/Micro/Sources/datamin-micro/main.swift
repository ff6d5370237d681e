import DataMinCore
import Foundation

// Usage: datamin-micro POLICY [ITERATIONS]
// Prints the mean time of Validator.validate on a clean 12-field record, and on one with a
// violation, in nanoseconds per call.
let arguments = CommandLine.arguments
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

func measure(_ record: Record) -> Double {
    var sink = 0
    for _ in 0..<(iterations / 10) { sink &+= validator.validate(record).count }  // warm up
    let start = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<iterations { sink &+= validator.validate(record).count }
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start)
    precondition(sink >= 0)
    return elapsed / Double(iterations)
}

print(String(format: "clean_ns=%.0f invalid_ns=%.0f iterations=%d", measure(clean), measure(invalid), iterations))
