import Testing

@testable import DataMinCore

/// The remembered did-you-mean gives what the direct one gives for every set of absent names.
struct NameSuggestionsTests {
    static let declared = ["email", "first_name", "last_name", "phone", "mobile_phone", "date_of_birth", "lawful_basis", "purpose"]

    @Test(arguments: ["Email", "e-mail", "emial", "LastName", "last name ", "frist_name", "phnoe", "dob", "lawfull_basis", "zzzzzz", ""])
    func theRememberedSuggestionIsTheDirectOneWhateverTheRecordLacks(_ name: String) {
        let suggestions = NameSuggestions(declared: Self.declared)
        // Every subset of a few names present in the record, the direct answer among the rest.
        for mask in 0..<16 {
            let present = Set(Self.declared.prefix(4).enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element))
            let absent = Self.declared.filter { !present.contains($0) }
            let expected = Suggestion.closestName(to: name, among: absent)
            // Asked twice: computed, then remembered.
            #expect(suggestions.suggestion(for: name, isAbsent: { !present.contains($0) }) == expected)
            #expect(suggestions.suggestion(for: name, isAbsent: { !present.contains($0) }) == expected)
        }
    }
}
