import DataMinCore
import DataMinReporters
import Testing

/// The JSON reporter keys the pieces it reuses by the numbers the violation spool gave the
/// texts (#32) when there are some: the report must be the one made from the texts.
@Suite struct NumberedPiecesTests {
    /// Violations whose texts repeat out of order, with nils, a text in two Unicode
    /// spellings and one the spool did not number.
    private func violations() -> [ReportedViolation] {
        let messages = [
            "field 'email' is not a valid email address", "field 'caf\u{E9}' is not declared", "field 'cafe\u{301}' is not declared",
        ]
        let articles: [String?] = ["Art. 5(1)(d)", nil, "Art. 9(1)"]
        let fields: [String?] = ["email", nil, "caf\u{E9}", "cafe\u{301}"]
        let purposes: [String?] = [nil, "sales", "support"]
        var numbers: [[[UInt8]?]: Int32] = [:]
        func number(_ text: String?, slot: Int) -> Int32 {
            guard let text else { return -1 }
            let key = [[UInt8(slot)], Array(text.utf8)]
            if let known = numbers[key] { return known }
            numbers[key] = Int32(numbers.count)
            return numbers[key]!
        }
        return (0..<600).map { index in
            let message = messages[index * 7 % messages.count]
            let article = articles[index % articles.count]
            let field = fields[index * 5 % fields.count]
            let purpose = purposes[index % purposes.count]
            let check: CheckID = index % 2 == 0 ? .invalidValue : .undeclaredField
            var reported = ReportedViolation(
                file: 0, number: index + 1,
                violation: Violation(
                    check: check, severity: index % 4 == 3 ? .warning : .error, article: article, message: message, field: field,
                    purpose: purpose, location: RecordLocation(record: index + 1, line: index + 2, column: index % 3 == 0 ? nil : 4)))
            reported.textNumbers = TextNumbers(
                article: number(article, slot: 0),
                message: index % 50 == 0 ? TextNumbers.unnumbered : number(message, slot: 1),
                field: number(field, slot: 2), purpose: number(purpose, slot: 3))
            return reported
        }
    }

    @Test func aReportFromNumberedTextsIsTheReportFromTheTexts() {
        let numbered = violations()
        var plain = numbered
        for index in plain.indices { plain[index].textNumbers = nil }
        var report = ValidationReport(asOf: CalendarDate(year: 2026, month: 11, day: 29)!)
        var file = FileReport(path: "in.jsonl", format: "jsonl")
        file.records = numbered.count
        report.files = [file]
        var fromNumbers = ""
        JSONReporter().write(report, violations: numbered, context: ReportContext()) { fromNumbers += $0 }
        var fromTexts = ""
        JSONReporter().write(report, violations: plain, context: ReportContext()) { fromTexts += $0 }
        // Compared as bytes, since `==` on strings would take either spelling of `café` for the other.
        #expect(ExactText(fromNumbers) == ExactText(fromTexts), "the reports differ")
        // Each spelling of `café` is written as it was given.
        let bytes = Array(fromTexts.utf8)
        for spelling in ["field 'caf\u{E9}' is not declared", "field 'cafe\u{301}' is not declared"] {
            let needle = Array(spelling.utf8)
            #expect((0...(bytes.count - needle.count)).contains { bytes[$0..<$0 + needle.count].elementsEqual(needle) }, "\(spelling)")
        }
    }
}
