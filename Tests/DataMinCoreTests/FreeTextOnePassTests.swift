import Testing

@_spi(Readers) @testable import DataMinCore

/// One reading of each note serves both free-text checks and the redacted copy (issue #29):
/// the cheap look that lets a note skip a recogniser, notes scanned into one array, and
/// redaction from what evaluating the record found.
@Suite struct FreeTextOnePassTests {
    static func flags(_ text: String) -> (identifier: Bool, category: Bool) {
        Array(text.utf8).withUTF8Bytes { text in NoteWords.read(text) { ($0.mayHoldAnIdentifier, $0.mayMentionACategory) } }
    }

    /// What a word's neighbours tell is read from the note when a recogniser asks.
    @Test func aWordsNeighboursTellCaseHyphensAndAddresses() {
        let note = "Über ill-advised anna@church.org, www.union.nl - Ok"
        let read = Array(note.utf8).withUTF8Bytes { text in
            NoteWords.read(text) { words in
                (0..<words.count).map { (words.isCapitalized($0), words.isAfterHyphen($0), words.isTechnical($0)) }
            }
        }
        let expected: [(Bool, Bool, Bool)] = [
            (true, false, false),  // Über
            (false, false, false), (false, true, false),  // ill-advised
            (false, false, true), (false, false, true), (false, false, true),  // anna@church.org
            (false, false, true), (false, false, true), (false, false, true),  // www.union.nl
            (true, false, false),  // Ok, after a hyphen set apart by spaces
        ]
        #expect(read.count == expected.count)
        for (index, flags) in zip(read, expected).enumerated() {
            #expect(flags.0 == flags.1, "word \(index)")
        }
    }

    @Test func aNoteWithNoDigitAtSignOrTermSkipsBothRecognisers() {
        #expect(Self.flags("Called back, she will send the quote tomorrow.") == (false, false))
    }

    @Test(arguments: [
        "Call 0612345678", "Refund to nl91abna0417164300", "mail anna@example.org", "anna [at] example [dot] org",
        "anna at example dot org",
    ])
    func aNoteThatMayHoldAnIdentifierIsScannedForOne(note: String) {
        #expect(Self.flags(note).identifier, "\(note)")
    }

    @Test(arguments: ["Klant is zwanger", "Sie ist Diabetikerin", "active in the ver.di union", "has a criminal record"])
    func aNoteWithATermIsScannedForCategories(note: String) {
        #expect(Self.flags(note).category, "\(note)")
    }

    @Test func notesScannedIntoOneArrayKeepEachOthersFindings() {
        // The second note's address swallows the number read from its local part; the first
        // note's phone number sits at the same offsets and must stay.
        var found: [TextMatch] = []
        for note in ["Tel 0612345678 after five", "0612345678a@example.org wrote"] {
            Array(note.utf8).withUTF8Bytes { FreeTextScanner.matches(in: $0, kinds: .identifiers, into: &found) }
        }
        #expect(found.map(\.kind) == [.phone, .email])
        #expect(found.map(\.range) == [4..<14, 0..<23])
    }

    static func policy() throws -> Policy {
        try Policy(
            yaml: """
                version: 1
                name: notes
                fields:
                  id: { type: string, personal: false }
                  notes: { type: text }
                  seen: { type: date }
                purposes:
                  support:
                    lawful_basis: [contract]
                    optional: [id, notes]
                    retention: { period: P1Y, from: seen, if_missing: keep }
                """)
    }

    @Test func evaluatingARecordKeepsWhatItsNotesHoldForTheRedactedCopy() throws {
        let validator = Validator(policy: try Self.policy(), asOf: CalendarDate(year: 2026, month: 12, day: 6)!)
        let record: Record = ["id": "1", "notes": "Klant is zwanger, bel 0612345678"]
        let outcome = validator.evaluate(record, purpose: "support", location: RecordLocation(record: 1, line: 2))
        let notes = Int32(validator.plan.fieldIndex["notes"]!)
        #expect(outcome.freeTextMatches.map(\.kind) == [.health, .phone])
        #expect(outcome.freeTextMatches.allSatisfy { $0.field == notes })
        let redacted = validator.redactingFreeText(record, matches: outcome.freeTextMatches)
        #expect(redacted.fields[1].value == .string("[redacted], bel [phone]"))
    }

    /// The copy is made as the record view is built: a field's first occurrence is the one
    /// scanned, and an object the view does not look into is scanned on its own.
    @Test func aRepeatedOrNestedNoteIsRedactedFromItsOwnText() throws {
        let policy = try Policy(
            yaml: """
                version: 1
                name: nested
                fields:
                  contact: { type: object }
                  contact.notes: { type: text }
                  seen: { type: date }
                purposes:
                  support:
                    lawful_basis: [contract]
                    optional: [contact, contact.notes]
                    retention: { period: P1Y, from: seen, if_missing: keep }
                """)
        let validator = Validator(policy: policy, asOf: CalendarDate(year: 2026, month: 12, day: 6)!)
        let record: Record = ["contact": .object(["notes": "IBAN NL91ABNA0417164300"]), "contact.notes": "Refund to NL91ABNA0417164300"]
        let outcome = validator.evaluate(record, purpose: "support", location: RecordLocation(record: 1, line: 1))
        let redacted = validator.redactingFreeText(record, matches: outcome.freeTextMatches)
        #expect(redacted.fields[0].value == .object(["notes": "IBAN [iban]"]))
        #expect(redacted.fields[1].value == .string("Refund to [iban]"))
    }

    @Test func theRedactedCopyReplacesWhatEvaluationFoundWithoutScanningAgain() throws {
        let validator = Validator(policy: try Self.policy(), asOf: CalendarDate(year: 2026, month: 12, day: 6)!)
        let record: Record = ["id": "1", "notes": "Nothing to see here"]
        var planted = TextMatch(kind: .iban, range: 0..<7)
        planted.field = Int32(validator.plan.fieldIndex["notes"]!)
        // A span no recogniser would find is replaced: the copy is made from the matches given.
        #expect(validator.redactingFreeText(record, matches: [planted]).fields[1].value == .string("[iban] to see here"))
        // Without matches (a record that was not evaluated) the note is scanned: nothing there.
        #expect(validator.redactingFreeText(record, matches: nil).fields[1].value == .string("Nothing to see here"))
    }
}
