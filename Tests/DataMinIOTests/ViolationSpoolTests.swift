import DataMinCore
import DataMinIO
import Testing

/// The spool gives back exactly what it was given, so a report written from it is the
/// report that would have been written from memory.
@Suite struct ViolationSpoolTests {
    @Test func violationsComeBackUnchangedAndInOrder() throws {
        let spool = try ViolationSpool()
        var expected: [ReportedViolation] = []
        for index in 0..<70_000 {
            let violation = Violation(
                check: index % 3 == 0 ? .invalidValue : .piiInFreeText, severity: index % 2 == 0 ? .error : .warning,
                article: index % 5 == 0 ? nil : "Art. 5(1)(c)",
                message: "field 'naïve 📎' #\(index) " + String(repeating: "x", count: index % 300),
                field: index % 7 == 0 ? nil : "notes", purpose: index % 11 == 0 ? "sales" : nil,
                location: RecordLocation(record: index % 13 == 0 ? nil : index + 1, line: index + 2, column: index % 4 == 0 ? nil : 3),
                key: index % 19 == 0 ? "C-\(index)" : nil,
                value: index % 17 == 0 ? "" : nil)
            spool.append(violation, file: index / 1000)
            expected.append(ReportedViolation(file: index / 1000, number: index % 1000 + 1, violation: violation))
        }
        #expect(spool.count == 70_000)
        let read = Array(spool.violations())
        #expect(read.count == expected.count)
        #expect(read.map(\.file) == expected.map(\.file))
        #expect(read.map(\.number) == expected.map(\.number))
        #expect(read.map(\.violation) == expected.map(\.violation))
        // A second reading starts again from the beginning.
        #expect(Array(spool.violations()).count == 70_000)
    }
}
