import Testing

@testable import DataMinCore

/// `--max-violations`: errors first under the cap, in a report streamed in file order.
struct ReportBuilderTests {
    private func finding(_ severity: Severity, _ record: Int) -> Violation {
        Violation(
            check: severity == .error ? .invalidValue : .duplicateSubject, severity: severity, article: nil, message: "m",
            field: "email", location: RecordLocation(record: record, line: record + 1, column: nil))
    }

    @Test func anErrorAfterTheCapIsStillListedWhileWarningsStopAtIt() {
        var builder = ReportBuilder(asOf: CalendarDate(year: 2026, month: 12, day: 1)!, limit: 2)
        builder.startFile(path: "in.csv", format: "csv")
        let severities: [Severity] = [.warning, .warning, .error, .error, .error, .warning]
        let kept = severities.enumerated().map { builder.add(finding($1, $0 + 1)) }
        #expect(kept == [true, true, true, true, false, false])
        #expect(builder.report.files[0].shownErrors == 2)
        #expect(builder.report.omitted == 2)
        #expect(builder.report.truncated)
    }

    @Test func errorsShownByAnEarlierPartCountTowardTheCap() {
        var builder = ReportBuilder(asOf: CalendarDate(year: 2026, month: 12, day: 1)!, limit: 2, shownBefore: 2, shownErrorsBefore: 1)
        builder.startFile(path: "b.csv", format: "csv")
        #expect(builder.add(finding(.warning, 1)) == false)
        #expect(builder.add(finding(.error, 2)) == true)
        #expect(builder.add(finding(.error, 3)) == false)
    }

    @Test func countsPerCheckTakeInEveryViolationKeptOrNot() {
        var builder = ReportBuilder(asOf: CalendarDate(year: 2026, month: 12, day: 1)!, limit: 1)
        builder.startFile(path: "in.csv", format: "csv")
        for (index, severity) in [Severity.error, .error, .warning, .error].enumerated() { builder.add(finding(severity, index + 1)) }
        #expect(builder.report.countsByCheck == [.invalidValue: 3, .duplicateSubject: 1])
        #expect(builder.finish(seconds: 0).countsByCheck == [.invalidValue: 3, .duplicateSubject: 1])
    }

    /// Counts are kept in an array by position; every check must have its own, in the order
    /// reports sort checks in.
    @Test func everyCheckHasItsDeclarationIndexAsPosition() {
        #expect(CheckID.allCases.map(\.position) == Array(CheckID.allCases.indices))
        #expect(CheckID.allCases.sorted() == CheckID.allCases)
    }
}
