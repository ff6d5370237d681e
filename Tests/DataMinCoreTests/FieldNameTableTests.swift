import Testing

@_spi(Readers) @testable import DataMinCore

/// JSON keys are matched to declared fields by their bytes through a perfect hash (issue
/// #32): every name must be found, nothing else, and what bytes cannot decide is left to the
/// `String` lookup.
struct FieldNameTableTests {
    private func lookup(_ table: FieldNameTable, _ key: String) -> FieldNameTable.Lookup {
        Array(key.utf8).withUTF8Bytes { table.field($0) }
    }

    /// Names of every length the hash loads differently (1–3, 4–7, 8, 9–16, longer), names
    /// that differ in one middle byte, dotted and non-ASCII names.
    static let names: [String] =
        ["a", "ab", "abc", "abd", "abcd", "abce", "email", "emaIl", "country", "lawful_basis", "collected_at", "collected_by"]
        + ["address.city", "address.zip", "consent_given_at", "consent_withdrawn_at", "a_name_longer_than_thirty_two_bytes_1"]
        + ["a_name_longer_than_thirty_two_bytes_2", "stra\u{DF}e", "caf\u{E9}", "", "x.y.z"]

    @Test func everyNameIsFoundAtItsIndex() throws {
        let table = try #require(FieldNameTable(names: Self.names))
        for (index, name) in Self.names.enumerated() {
            #expect(lookup(table, name) == .field(index), "\(name)")
        }
    }

    @Test(arguments: [0, 1, 64, 200, 5_000])
    func largePoliciesGetATable(count: Int) throws {
        let names = (0..<count).map { "field_\($0)" }
        let table = try #require(FieldNameTable(names: names))
        #expect(names.indices.allSatisfy { lookup(table, names[$0]) == .field($0) })
    }

    @Test(arguments: ["b", "abcde", "Email", "email ", "collected_a", "collected_att", "address", "a_name_longer_than_thirty_two_bytes_3"])
    func anASCIIKeyThatIsNoASCIINameIsUndeclared(key: String) throws {
        let table = try #require(FieldNameTable(names: Self.names.filter { $0.utf8.allSatisfy { $0 < 0x80 } }))
        #expect(lookup(table, key) == .undeclared)
    }

    /// `Key` equals `\u{212A}ey` (a Kelvin sign) as a `String`: with a name that is not
    /// ASCII, no miss is decided by bytes.
    @Test func withANameThatIsNotASCIIEveryMissIsLeftToStrings() throws {
        let table = try #require(FieldNameTable(names: ["\u{212A}ey", "id"]))
        #expect(lookup(table, "Key") == .unknown)
        #expect(lookup(table, "other") == .unknown)
        #expect(lookup(table, "id") == .field(1))
        #expect(lookup(table, "\u{212A}ey") == .field(0))
    }

    /// `café` spelt with a combining accent equals the declared `café` as a `String`, not
    /// as bytes: bytes do not decide it.
    @Test(arguments: ["cafe\u{301}", "stra\u{DF}en", "\u{E9}"])
    func aKeyThatIsNotASCIIAndNoNameIsLeftToStrings(key: String) throws {
        let table = try #require(FieldNameTable(names: Self.names))
        #expect(lookup(table, key) == .unknown)
    }

    /// Names of one hash (here the same name twice) share a slot under every displacement:
    /// there is no table, and the plan looks every key up as a `String`.
    @Test func namesNoDisplacementSeparatesGetNoTable() {
        #expect(FieldNameTable(names: ["email", "id", "email"], attempts: 1_000) == nil)
    }
}
