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
        // A second reading starts again from the beginning, numbering the texts again.
        let again = Array(spool.violations())
        #expect(again.map(\.violation) == expected.map(\.violation))
        #expect(again.map(\.textNumbers) == read.map(\.textNumbers))
    }
}

/// Repeating texts are spooled as numbers (#32): whatever repeats and however many texts a
/// run has, each violation reads back with its own bytes.
@Suite struct ViolationSpoolNumberingTests {
    private func violation(_ message: String, field: String? = "notes", check: CheckID = .invalidValue) -> Violation {
        Violation(check: check, severity: .error, article: "Art. 5(1)(d)", message: message, field: field, purpose: "sales")
    }

    private func roundTrip(_ violations: [Violation]) throws -> [ReportedViolation] {
        let spool = try ViolationSpool()
        for violation in violations { spool.append(violation, file: 0) }
        return Array(spool.violations())
    }

    @Test func aRepeatedTextReadsBackWithTheNumberItFirstHad() throws {
        let read = try roundTrip([violation("a"), violation("b"), violation("a"), violation("a")])
        #expect(read.map(\.violation.message) == ["a", "b", "a", "a"])
        let numbers = read.map { $0.textNumbers?.message }
        #expect(numbers[2] == numbers[3])
        #expect(numbers[0] != numbers[1])
        #expect(read.allSatisfy { $0.textNumbers?.field == read[0].textNumbers?.field })
    }

    /// `==` on strings compares by canonical equivalence: the two spellings of `café` are
    /// equal strings but different bytes, and each must come back as it was given.
    @Test func textsEqualOnlyAsUnicodeKeepTheirOwnBytes() throws {
        let composed = "field 'caf\u{E9}' is not declared"
        let decomposed = "field 'cafe\u{301}' is not declared"
        let read = try roundTrip([violation(composed, field: "caf\u{E9}"), violation(decomposed, field: "cafe\u{301}")])
        #expect(read.map { Array($0.violation.message.utf8) } == [Array(composed.utf8), Array(decomposed.utf8)])
        #expect(read.map { Array(($0.violation.field ?? "").utf8) } == [Array("caf\u{E9}".utf8), Array("cafe\u{301}".utf8)])
        #expect(read[0].textNumbers?.message != read[1].textNumbers?.message)
    }

    /// Past the numbered texts, texts are written whole and carry no number a reporter could
    /// mistake for another's; the ones numbered before are still read back by number.
    @Test func textsPastTheNumberedOnesAreWrittenWhole() throws {
        let numbered = Int(ViolationSpool.numberedTexts)
        let count = numbered + 100
        // Only the messages are texts here, so message `n` is text number `n`.
        func message(_ number: Int) -> Violation {
            Violation(check: .invalidValue, severity: .error, article: nil, message: "message \(number)")
        }
        var violations = (0..<count).map(message)
        violations += [message(numbered - 1), message(count - 1)]
        let read = try roundTrip(violations)
        #expect(read.map(\.violation.message) == violations.map(\.message))
        #expect(read[count].textNumbers?.message == Int32(numbered - 1))
        #expect(read[numbered - 1].textNumbers?.message == Int32(numbered - 1))
        #expect(read[count - 1].textNumbers?.message == TextNumbers.unnumbered)
        #expect(read[count + 1].textNumbers?.message == TextNumbers.unnumbered)
        #expect(read[0].textNumbers?.field == -1)
    }
}
