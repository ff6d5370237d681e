import Testing

@testable import DataMinCore

/// Numbers read exactly and compared digit by digit: the rule docs/policy-format.md states
/// once and the SQL compiler reproduces.
struct ExactDecimalTests {
    @Test(arguments: [
        ("0", true, "number"), ("-17", true, "number"), ("+7", true, "number"), ("2.5", true, "syntax"), ("1e3", true, "syntax"),
        (".5", false, "number"), ("5.", false, "number"), ("+.5e-3", false, "number"), ("1E+0009999", false, "number"),
        (".", false, "syntax"), ("1e", false, "syntax"), ("1e+", false, "syntax"), ("e5", false, "syntax"), ("--1", false, "syntax"),
        ("1.2.3", false, "syntax"), ("0x10", false, "syntax"), ("inf", false, "syntax"), ("", false, "syntax"), (" 1", false, "syntax"),
        ("1e10000", false, "outOfRange"), ("0e99999", false, "outOfRange"), (String(repeating: "1", count: 1_000), true, "number"),
        (String(repeating: "1", count: 1_001), true, "outOfRange"),
    ])
    func aTextReadsAsItsSyntaxAndLimitsSay(_ text: String, _ integerOnly: Bool, _ expected: String) {
        let reading =
            switch ExactDecimal.read(Array(text.utf8), integerOnly: integerOnly) {
            case .number: "number"
            case .syntax: "syntax"
            case .outOfRange: "outOfRange"
            }
        #expect(reading == expected)
    }

    @Test(arguments: [
        ("0.35", "0.3500000000000000000001"), ("-1e-400", "0"), ("0", "1e-9999"), ("-2", "-1.5"), ("-0.35", "-0.3499"),
        ("99", "1e2"), ("0.099", "0.1"), ("1.2", "1.23"), ("-1.23", "-1.2"), (String(repeating: "9", count: 400), "1e400"),
    ])
    func theSmallerNumberIsLessByValue(_ smaller: String, _ larger: String) throws {
        let low = try #require(ExactDecimal(smaller))
        let high = try #require(ExactDecimal(larger))
        #expect(low.isLess(than: high))
        #expect(!high.isLess(than: low))
    }

    @Test(arguments: [("1.5", "1.50"), ("0", "-0"), ("0.0e5", "0"), ("100", "1e2"), ("0.05", "5e-2"), ("-12", "-1.2e1")])
    func theSameValueWrittenTwoWaysIsEqual(_ left: String, _ right: String) throws {
        let a = try #require(ExactDecimal(left))
        let b = try #require(ExactDecimal(right))
        #expect(a == b)
        #expect(!a.isLess(than: b) && !b.isLess(than: a))
    }

    @Test func aBoundSetFromCodeIsTheDoubleAsSwiftWritesIt() {
        var field = FieldPolicy(name: "ratio", type: .number, min: 0.35)
        #expect(field.exactMinimum?.text == "0.35")
        field.max = 1e-5
        #expect(field.exactMaximum == ExactDecimal("0.00001"))
    }

    @Test func aBoundPastADoublesRangeIsReadAndComparedExactly() throws {
        let policy = try Policy(
            yaml: """
                version: 1
                name: huge-bounds
                fields:
                  amount: { type: number, personal: false, min: -1e-400, max: 1e400 }
                  at: { type: date, personal: false }
                purposes:
                  all:
                    lawful_basis: contract
                    optional: [amount, at]
                    retention: { period: P1Y, from: at, if_missing: keep }
                """)
        let validator = Validator(policy: policy, asOf: CalendarDate(year: 2026, month: 12, day: 1)!)
        func message(_ text: String) -> String? {
            validator.validate(Record(fields: [Record.Field(name: "amount", value: .string(text))]), purpose: "all")
                .first { $0.check == .invalidValue }?.message
        }
        #expect(message("9e399") == nil)
        #expect(message("-1e-401") == nil)
        #expect(message("2e400") == "field 'amount' is above the maximum 1e400")
        #expect(message("-2e-400") == "field 'amount' is below the minimum -1e-400")
    }
}
