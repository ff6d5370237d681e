import Testing

@_spi(Readers) @testable import DataMinCore

/// The checksums of research/gdpr-domain.md §4 on their published test vectors, and the
/// recognisers on the separators and traps people type.
@Suite struct FreeTextRecognizerTests {
    static func digits(_ text: String) -> [UInt8] {
        text.utf8.compactMap { $0 &- UInt8(ascii: "0") < 10 ? $0 - UInt8(ascii: "0") : nil }
    }

    static func kinds(_ text: String) -> [String] {
        FreeTextCorpusTests.found(text).map(\.kind.id)
    }

    @Test(arguments: [
        "NL91ABNA0417164300", "DE89370400440532013000", "GB29NWBK60161331926819", "FR1420041010050500013M02606",
        "BE68539007547034", "BE31435411161155", "GR1601101050000010547023795",
    ])
    func ibanVectorsPassAndAChangedDigitFails(iban: String) {
        #expect(IdentifierChecksums.isIBAN(Array(iban.utf8)))
        #expect(!IdentifierChecksums.isIBAN(Array((String(iban.dropLast()) + (iban.last == "1" ? "2" : "1")).utf8)))
    }

    @Test func ibanNeedsItsCountrysLength() {
        #expect(!IdentifierChecksums.isIBAN(Array("NL91ABNA04171643001".utf8)))
    }

    @Test(arguments: [
        "4242424242424242", "4111111111111111", "5555555555554444", "2223003122003222", "378282246310005",
        "6011111111111117", "3530111333300000", "30569309025904",
    ])
    func cardVectorsPass(card: String) {
        #expect(IdentifierChecksums.isCard(Self.digits(card)))
    }

    @Test func cardsNeedLuhnAndAnIssuerPrefix() {
        #expect(!IdentifierChecksums.isCard(Self.digits("4242424242424241")))
        // Luhn-valid, but no issuer starts with 1.
        #expect(!IdentifierChecksums.isCard(Self.digits("1234567812345670")))
    }

    @Test func nationalIdentifierVectors() {
        for valid in ["111222333", "249566758", "123456782"] { #expect(IdentifierChecksums.isBSN(Self.digits(valid)), "\(valid)") }
        #expect(!IdentifierChecksums.isBSN(Self.digits("111252333")))
        for valid in ["36574261809", "12345678995", "11234567890", "11123456786", "86095742719"] {
            #expect(IdentifierChecksums.isSteuerID(Self.digits(valid)), "\(valid)")
        }
        for invalid in ["36574261890", "36554266806", "12345678903"] {
            #expect(!IdentifierChecksums.isSteuerID(Self.digits(invalid)), "\(invalid)")
        }
        for valid in ["85073003328", "17073003384", "98472899765", "01490700185"] {
            #expect(IdentifierChecksums.isBelgianNationalNumber(Self.digits(valid)), "\(valid)")
        }
        #expect(!IdentifierChecksums.isBelgianNationalNumber(Self.digits("12345678901")))
        #expect(IdentifierChecksums.isNIR(Self.digits("295109912611193")))
        #expect(!IdentifierChecksums.isNIR(Self.digits("295109912611199")))
        #expect(IdentifierChecksums.isNIR(Array("253072".utf8).map { $0 - 48 } + [UInt8(ascii: "B")] + Self.digits("07300470")))
        #expect(IdentifierChecksums.isNINO(Array("AB123456C".utf8)))
        for invalid in ["QQ123456A", "BG123456A", "AO123456A", "AB123456E"] {
            #expect(!IdentifierChecksums.isNINO(Array(invalid.utf8)), "\(invalid)")
        }
        #expect(IdentifierChecksums.isSSN(Self.digits("536904399")))
        for invalid in ["666000000", "900123456", "123004567"] { #expect(!IdentifierChecksums.isSSN(Self.digits(invalid)), "\(invalid)") }
    }

    @Test(arguments: [
        ("Mail anna.jansen@example.org", "email"), ("anna [at] example [dot] org", "email"), ("anna (at) example.org", "email"),
        // A role word and a name, or initials, is a person's mailbox, not a role's.
        ("mail sales.jan@example.com", "email"), ("mail info-tom@example.org", "email"), ("mail sales.jd@example.com", "email"),
        ("mail hr.j@example.com", "email"), ("mail sales.12@example.com", "email"),
        // A wide at sign, as East Asian input methods write it.
        ("mail jan\u{FF20}example.com", "email"), ("contact: anna \u{FE6B} example.org", "email"),
        ("écrire à claire.dupont arobase orange point fr", "email"),
        ("Call +44\u{00A0}20\u{00A0}7946\u{00A0}0958", "phone"), ("Bel 06-12345678", "phone"), ("+31 (0)6 1234 5678", "phone"),
        ("Appeler le 06.12.34.56.78", "phone"), ("Cell (555) 010-0199", "phone"), ("Tel. +49 (0)30 / 123 456 78", "phone"),
        ("Bel me: 0031-(0)6-12345678", "phone"), ("Tel\u{00A0}0612345678", "phone"), ("Café: 0612345678", "phone"),
        ("iban nl91 abna 0417 1643 00", "iban"), ("NL91-ABNA-0417-1643-00", "iban"),
        ("card 4111\u{202F}1111\u{202F}1111\u{202F}1111", "card"), ("amex 3782 822463 10005", "card"),
        ("BSN 1234.56.782", "bsn"), ("85.07.30-033.28", "be_national_number"), ("Steuer-ID 36 574 261 809", "steuer_id"),
        ("2 95 10 99 126 111 93", "nir"), ("NI number AB 12 34 56 C", "nino"), ("SSN 536-90-4399", "ssn"),
        ("DOB 03/15/1982", "birth_date"), ("Her birthday is 12 March 1985, she runs the company", "birth_date"),
        ("Geburtstag am 3. März 1990", "birth_date"), ("born on the 3rd of May 1985", "birth_date"),
    ])
    func identifiersAreFoundWhateverTheSeparator(text: String, kind: String) {
        #expect(Self.kinds(text) == [kind])
    }

    @Test(arguments: [
        "Write to info@example.com or sales+eu@example.org", "Write to info.nl@example.com or sales-eu@example.org",
        "Write to sales.team@example.com", "Write to sales.usa@example.com or support.api@example.com", "Write to INFO.DE@example.com",
        "SIRET 732 829 320 00074", "N° SIRET : 73282932000074", "VAT DE123456789", "KvK 12345678",
        "Budget +1 960 411 € approved", "Offerte van € 1.960.411,00", "Tracking 4539148803436467", "Sendungsnummer 4111111111111111",
        "Reference 12345 67890123", "Meeting on 12/03/2026", "Version 2.14.3", "Code 111222333 at the desk",
        "Order 0612345678 shipped", "NI: QQ 12 34 56 A", "Code é0612345678", "Prix €\u{00A0}1\u{00A0}960\u{00A0}411",
        // A business's anniversary is no one's date of birth.
        "Birthday of the company is 12 March 1985", "Our company birthday: 1985-03-12", "Verjaardag van het bedrijf: 12-03-1985",
    ])
    func trapsAreNotIdentifiers(text: String) {
        #expect(Self.kinds(text) == [])
    }

    @Test(arguments: [
        ("Klant heeft diabetes", "health"), ("Élodie est enceinte", "health"), ("Sie hat Brustkrebs", "health"),
        ("He is Muslim", "religious_or_philosophical_beliefs"), ("Kunde ist SPD-Mitglied", "political_opinions"),
        ("Il est syndiqué", "trade_union_membership"), ("Klant is van Marokkaanse afkomst", "racial_or_ethnic_origin"),
        ("Er ist schwul", "sex_life_or_sexual_orientation"), ("Le client a un casier judiciaire", "criminal"),
    ])
    func specialCategoriesAboutAPersonAreFound(text: String, kind: String) {
        #expect(Self.kinds(text) == [kind])
    }

    @Test(arguments: [
        "Ordered diabetic test strips", "Delivery to 4 Church Street", "Meeting in the Gewerkschaftshaus",
        "Referred by a criminal defence law firm", "Herr Krebs bestellt Stühle", "Enceinte Bluetooth en rupture de stock",
        "Livraison rue de l'Église", "European Union funding", "Labour costs went up", "Christian called back",
        "Stichting Kankerbestrijding wil een demo", "Katholische Akademie bestellt Beamer",
    ])
    func categoryWordsThatNameAThingAreNot(text: String) {
        #expect(Self.kinds(text) == [])
    }

    @Test func redactionReplacesSpansAndKeepsTheRest() {
        let bytes = Array("Zij is zwanger; mail anna@example.org!".utf8)
        let redacted = bytes.withUTF8Bytes {
            FreeTextScanner.redacted($0, kinds: .identifiers.union(.specialCategories))
        }
        #expect(redacted.map { String(decoding: $0, as: UTF8.self) } == "[redacted]; mail [email]!")
    }

    /// The clause that names a special category goes whole: the words around the one found
    /// say the category as plainly (SPEC §11.4). Other clauses and identifiers' kinds stay.
    @Test(arguments: [
        ("is of Roma descent", "[redacted]"), ("Jehovah's Witness, no birthday cards", "[redacted], no birthday cards"),
        ("Contact is of Moroccan ethnic origin. Call back Monday", "[redacted]. Call back Monday"),
        ("lid van de SP, stemt links", "[redacted], stemt links"), ("AfD-Mitglied", "[redacted]"),
        ("Refund to NL91ABNA0417164300, klant heeft diabetes", "Refund to [iban], [redacted]"),
        ("Gewicht 82,5 kg wegens diabetes", "[redacted]"),
        ("Called 12/3 - wife pregnant - quote sent", "Called 12/3 - [redacted] - quote sent"),
        ("diabetes.\r\nCall back", "[redacted].\r\nCall back"),
    ])
    func redactionTakesTheClauseOfASpecialCategory(note: String, expected: String) {
        let redacted = Array(note.utf8).withUTF8Bytes { FreeTextScanner.redacted($0, kinds: .identifiers.union(.specialCategories)) }
        #expect(redacted.map { String(decoding: $0, as: UTF8.self) } == expected)
    }

    @Test func foldingTablesCoverTheirUnicodeBlocks() {
        let bytes = Array("ÀÉÎÕÜß Łódź Œuvre".utf8)
        let letters = bytes.withUTF8Bytes { text in
            NoteWords.read(text) { words in (0..<words.count).map { String(decoding: words.letters($0), as: UTF8.self) } }
        }
        #expect(letters == ["aeiouss", "lodz", "oeuvre"])
    }
}

/// What a hostile review found the issue-#29 vocabulary and rules reported or missed in
/// ordinary notes: each stays as it should.
@Suite struct FreeTextReviewTests {
    static func kinds(_ text: String) -> [String] { FreeTextCorpusTests.found(text).map(\.kind.id) }

    @Test(arguments: [
        "Tel. 0612345657", "Mobile 0470 123 465", "Paid in full, her number is 0612345678",
        "Found her on social media: 0612345678", "Rekening betaald, bereikbaar op 06-12345678",
        "Applicant wants part time work, 06 12345678", "Kunde zum Teil unzufrieden, 0171 1234567",
        // A reference word that has its number already names that one, not the phone after it.
        "klant gebeld ivm factuur 2024-1187, vraagt betalingsregeling. 06-12345678 na 17u", "factuur 2024-1187, 06-12345678",
        "Invoice 2024-1187 discussed, callback 07700 900461",
        // Dashes that word processors and phones type.
        "bel 06 \u{2013} 1234 5678 na de lunch", "bel 06\u{2013}12345678", "call 020\u{2014}7946\u{2014}0958", "bel 06\u{2011}12345678",
        // A word after the number names what follows it, not the number.
        "Lisa Brandt, 0160 98765432, Steuer-ID folgt",
    ])
    func aPhoneNumberIsStillFound(note: String) {
        #expect(Self.kinds(note) == ["phone"], "\(note)")
    }

    @Test(arguments: [
        "Customer wants the black model", "Elle veut la robe noire", "Klant belt, veel lawaai op de achtergrond",
        "Engaged couple, wedding party for 80 guests", "Aktive Kundin, bestellt die grüne Jacke", "Registered at the Renaissance hotel",
        "Registered for the webinar on diabetes", "DHL is the carrier of this parcel", "can't log in with Face ID",
        "Sehr geehrter Herr Weber, Ihre Ehefrau hat angerufen", "Ze zijn man en vrouw", "Elle commande à l'unité",
        "P.S. she is an active member of our loyalty club", "mail info@fnv.nl for the brochure", "see www.sp.nl",
        "* 12.03.2025 Kunde angerufen", "Bestellung *12.03.2025* eingegangen",
        // Abbreviated order and invoice words; "sick of" and slang "krank" are no illness.
        "bedrag 1.250,00 overgemaakt op 14-02, ordernr 0612345678", "Bestellnr. 0612345678 versandt", "factuurnr 0612345678",
        "klant is ziek van de vertraging haha", "Kunde findet unser Angebot krank teuer lol",
    ])
    func anOrdinaryNoteRaisesNothing(note: String) {
        #expect(Self.kinds(note).isEmpty, "\(note): \(Self.kinds(note))")
    }

    @Test(arguments: [
        ("Monsieur Girard viendra avec son mari", "sex_life_or_sexual_orientation"),
        ("Pieter de Wit en zijn man zijn verhuisd", "sex_life_or_sexual_orientation"),
        ("Herr Vogel kommt mit seinem Mann, sein Mann zahlt", "sex_life_or_sexual_orientation"),
        ("Kunde sagt, Donnerstag ist Versammlung der Grünen", "political_opinions"),
        ("Lena volunteers for Labour during the election campaign", "political_opinions"),
        ("Kundin engagiert sich bei der SPD", "political_opinions"),
        ("Agent: and your social? Caller: 238-29-0769", "ssn"),
        ("Please record my tax identification number 74690329189", "steuer_id"),
        ("n° SS 2 84 05 2A 123 456 32 au dossier", "nir"),
        ("BSN van de klant voor de garantieclaim - kreeg hem toch: 111222333", "bsn"),
        ("Devis PO-58226 envoyé. Joignable au 06 12 34 56 78 le matin", "phone"),
        ("Kunde, geb. am 12.03.1985, ruft zurück", "birth_date"),
        ("Er ist in der SPD aktiv und will in den Vorstand", "political_opinions"),
        ("Mme Dupont fait le ramadan, rappeler après 18h", "religious_or_philosophical_beliefs"),
        ("Erst nach Rücksprache mit meiner Gewerkschaft", "trade_union_membership"),
        ("Die Genanalyse der Kundin liegt vor, bitte vermerken", "genetic"),
        ("Kontaktnummer: 0171 2345678", "phone"), ("privénummer 06-12345678", "phone"),
        ("pasnummer 4111 1111 1111 1111", "card"), ("Steuer-ID liegt vor, Kunde bittet um Rückruf unter 0171 2345678", "phone"),
        ("Call 555-010-0123x12 after lunch", "phone"),
        // No identifier is written with a `+`: the identifier's word after it does not make it one.
        ("+31612349876 iban", "phone"), ("+31612349876 BSN", "phone"), ("0031612349876 iban", "phone"),
        // A card's word outweighs a reference word: the number is the card's.
        ("Customer card ref 4111 1111 1111 1111", "card"), ("Kreditkarte Ref. 4532015112830366", "card"),
        ("order ref 4532015112830366 paid by card", "card"),
        ("Mark off sick w/ flu this wk", "health"),
        ("Chris mentioned his boyfriend works at our competitor", "sex_life_or_sexual_orientation"),
    ])
    func categoriesAndIdentifiersSaidPlainlyAreFound(note: String, kind: String) {
        #expect(Self.kinds(note) == [kind], "\(note): \(Self.kinds(note))")
    }

    @Test(arguments: [
        "Mme Girard viendra avec son mari", "Mevrouw de Wit en haar man zijn verhuisd", "Treffen mit dem Kunden am Montag",
        "Meeting with the Green Party office about new chairs", "Réunion commerciale chez Renault mardi",
        "Lieferung an Geb. 7, Rampe 2 am 14.05.2026", "Paketnummer 4111 1111 1111 1111 liegt im Depot",
        "Art.-Nr. 030/1234567-X ersetzt durch 030/7654321-Y", "Onderdeel nr. 0612 345 678 besteld",
        "Verzuimmodule gedemonstreerd, ook het ziekteverzuim-dashboard", "Il ne veut pas de livraison le 12/03/2026",
        "Ref. no. 0612 345 678 in the subject line", "Mme Dubois m'a dit que son mari rappellera", "Parking 200 m from the church",
        "Deliver to 12 Church Dr", "Union Pacific shipment arrives Mon", "Please post the diabetes brochure to my office",
        "Het zijn man en vrouw", "Hij stond zijn man", "Treffen mit der Partei aus Wohnung 3 wegen Wasserschaden",
        "Nee, 12-03-2025 past niet",
        // A paid order's number is the order's, whatever its checksum.
        "Order 4539148803436467 paid, shipped", "Kenmerk 5012 3456 7890 1237 betaald",
    ])
    func aPartnerOrAMeetingOfTheUsualKindRaisesNothing(note: String) {
        #expect(Self.kinds(note).isEmpty, "\(note): \(Self.kinds(note))")
    }

    @Test func aNINOBeforeAnotherNumberIsStillANINO() {
        #expect(Self.kinds("NI number AB123456C, phone 07700 900123") == ["nino", "phone"])
        #expect(Self.kinds("NI number AB123456C 12.03.1985 start date") == ["nino"])
    }

    @Test func aKnownDottedAbbreviationStillCounts() {
        #expect(Self.kinds("Kunde: bin bei ver.di, Warnstreik morgen") == ["trade_union_membership"])
        #expect(Self.kinds("KBO 0403 170 701 is het nummer van de vennootschap").isEmpty)
        #expect(Self.kinds("BCE 0403.170.701").isEmpty)
    }
}

/// What an independent corpus of 270 CRM notes (written apart from the lexicon, 2026-12-07;
/// docs/free-text.md) found missed or wrongly reported in classes of everyday notes: each
/// fixed class keeps one note either way.
@Suite struct FreeTextFourthCorpusTests {
    static func kinds(_ text: String) -> [String] { FreeTextCorpusTests.found(text).map(\.kind.id) }

    @Test(arguments: [
        ("kidney transplant last yr, limited travel", "health"), ("She has an insulin pump, no travel", "health"),
        ("Pregnant lead wants a callback", "health"), ("Muslim lead, no calls on Friday", "religious_or_philosophical_beliefs"),
        ("bipolair, soms lastig aan de lijn", "health"),
        ("heeft een hersenbloeding gehad vorige maand", "health"), ("Kunde hat Rückenschmerzen, später anrufen", "health"),
        ("shes pregnat, back in sept", "health"), ("cust is deaf, email only pls", "health"),
        ("prefers no meetings on Shabbat, he asked twice", "religious_or_philosophical_beliefs"),
        ("burgerservicenr: 111222333 klant stuurde kopie", "bsn"), ("bday 12.03.1985, send promo", "birth_date"),
    ])
    func aMentionSaidInEverydayWordsIsFound(note: String, kind: String) {
        #expect(Self.kinds(note) == [kind], "\(note): \(Self.kinds(note))")
    }

    @Test(arguments: [
        "lead origin: trade show, he wants a demo", "afkomst lead: beurs, hij wil demo", "country of origin CN on invoice, she asked why",
        "sie ist krank vor Sorge wegen der Lieferung", "He's blind to the risk, escalate to CFO",
        "arrested development of the project, he said", "he says the DNA of their company is innovation",
        "Islamic Relief (NGO) renewal, contact finance dept", "insulin pens distributor wants pricing for 3 regions",
        "Called back, she will send the quote tomorrow", "Did the demo on time, he was happy",
        "Hotel Roma, customer stays there", "Transplant the olive trees next week", "Customer reported a fracture in the pipe",
        "Hals- und Beinbruch für die Präsentation morgen, sagt sie",
    ])
    func aBusinessOrFigurativeUseRaisesNothing(note: String) {
        #expect(Self.kinds(note).isEmpty, "\(note): \(Self.kinds(note))")
    }
}

/// What a fifth independent corpus (272 CRM notes labelled before any run, 2026-12-08;
/// docs/free-text.md) found missed or wrongly reported: each fixed class keeps one note
/// either way.
@Suite struct FreeTextFifthCorpusTests {
    static func kinds(_ text: String) -> [String] { FreeTextCorpusTests.found(text).map(\.kind.id) }

    @Test(arguments: [
        ("Kundin gehörlos, bitte nur schriftlich kommunizieren", "health"), ("taubstumm seit der Geburt", "health"),
        ("He is in recovery (AA meetings twice a week) so no pub venue", "health"),
        ("She's off next week for Diwali, invited the team", "religious_or_philosophical_beliefs"),
        ("Lebt in einer gleichgeschlechtlichen Partnerschaft, Partner heißt Jonas", "sex_life_or_sexual_orientation"),
        ("Geb.-Datum 12.05.1968 für Bonitätsprüfung", "birth_date"),
    ])
    func aMentionSaidInEverydayWordsIsFound(note: String, kind: String) {
        #expect(Self.kinds(note) == [kind], "\(note): \(Self.kinds(note))")
    }

    @Test(arguments: [
        "Kundennr. 0301234567, bitte bei Rückfragen angeben", "Kunden-Nr. 0301234567 angeben", "Kd.-Nr. 0301234567 angeben",
        "Hanukkah party invite sent to the whole team", "Doofstommeninstituut Sint-Michielsgestel is klant",
    ])
    func aCustomerNumberAFestivityOrAnInstituteRaisesNothing(note: String) {
        #expect(Self.kinds(note).isEmpty, "\(note): \(Self.kinds(note))")
    }
}
