/// The words the free-text recognisers read, in English, Dutch, German and French, folded
/// as ``NoteWords`` folds them (lowercase, no accents, `ß` → `ss`).
///
/// Entries are written as `word` (the whole word), `stem*` (any word that starts with the
/// stem, for inflections and compounds: `diabet*` finds diabetes, diabetic, Diabetiker,
/// diabétique), `*stem*` (the stem anywhere in a word of 9 letters or more, for compounds
/// such as `brustkrebs`) and `two_words` (the two words in a row).
package enum FreeTextLexicon {
    /// What a word tells the recognisers about its neighbours.
    package struct Roles: OptionSet, Sendable, BitwiseCopyable {
        package let rawValue: UInt64
        package init(rawValue: UInt64) { self.rawValue = rawValue }

        /// A person is being described: pronouns, `client`, `Kundin`, `mevrouw`.
        package static let person = Roles(rawValue: 1 << 0)
        /// A personal pronoun or possessive: `she`, `zijn`, `ihr`, `elle`.
        package static let pronoun = Roles(rawValue: 1 << 19)
        /// Practising a belief: `attends`, `prays`, `fasts`, `kerkganger`.
        package static let practice = Roles(rawValue: 1 << 20)
        /// Membership or voting: `member`, `lid`, `Mitglied`, `votes`.
        package static let membership = Roles(rawValue: 1 << 1)
        /// A thing, place or business named after a term that follows it: `strips`, `street`, `firm`.
        package static let thingAfter = Roles(rawValue: 1 << 2)
        /// A thing, place or business that a term after it describes: `rue`, `école`, `produits`.
        package static let thingBefore = Roles(rawValue: 1 << 3)
        /// A short word a phrase is built with (`de`, `la`, `pour`): skipped between a term and its thing.
        package static let connector = Roles(rawValue: 1 << 4)
        /// Material or an event about a subject (`brochure`, `campaign`): a note with one and no
        /// person is about the subject, not about someone.
        package static let topic = Roles(rawValue: 1 << 22)
        /// A form of "to be" or "to have": `Thomas ist krank` describes Thomas.
        package static let copula = Roles(rawValue: 1 << 23)
        /// A word that links a thing to what it is for or of: `de`, `pour`, `contre`, `of`, `für`.
        package static let linking = Roles(rawValue: 1 << 21)
        /// An article or determiner: after one, a word such as `enceinte` is a noun (a loudspeaker).
        package static let determiner = Roles(rawValue: 1 << 5)
        /// A title before a surname: `Herr Krebs` is a name.
        package static let honorific = Roles(rawValue: 1 << 6)
        /// An order, invoice, ticket or tracking reference: the number after it is not personal.
        package static let reference = Roles(rawValue: 1 << 7)
        /// A company register or VAT number follows: not personal data.
        package static let company = Roles(rawValue: 1 << 8)
        /// A currency or amount word: the number is money.
        package static let amount = Roles(rawValue: 1 << 9)
        package static let birth = Roles(rawValue: 1 << 10)
        package static let phone = Roles(rawValue: 1 << 11)
        package static let bsn = Roles(rawValue: 1 << 12)
        package static let beNumber = Roles(rawValue: 1 << 13)
        package static let steuerID = Roles(rawValue: 1 << 14)
        package static let nir = Roles(rawValue: 1 << 15)
        package static let ssn = Roles(rawValue: 1 << 16)
        package static let nino = Roles(rawValue: 1 << 17)
        package static let card = Roles(rawValue: 1 << 18)
        package static let iban = Roles(rawValue: 1 << 24)
        /// `I`, `ich`, `ik`, `je`: with a copula (`je suis noir`), the speaker describes themself.
        package static let firstPerson = Roles(rawValue: 1 << 25)
        /// `part`, `onderdeel`, `pièce`, `Teil`: the number right after it is a part's, not a
        /// phone; further away the word means something else (`part time`, `zum Teil`).
        package static let partRightBefore = Roles(rawValue: 1 << 26)
        /// `active`, `actief`, `aktiv`: with a ``place`` word after it (`active in`), membership.
        package static let active = Roles(rawValue: 1 << 27)
        /// `in`, `bij`, `bei`, `chez`: after an ``active`` word, where someone is active.
        package static let place = Roles(rawValue: 1 << 28)
        /// A word for a man or a woman (`M.`, `il`, `Mme`, `elle`), for ``Strength/partnerOfAMan``.
        package static let man = Roles(rawValue: 1 << 29)
        package static let woman = Roles(rawValue: 1 << 30)
        /// `ze`, `wij`, `they`: a subject pronoun, after which `zijn` is a verb.
        package static let subject = Roles(rawValue: 1 << 31)
        /// A party's or union's meeting (`Treffen`, `réunion`, `vergadering`): a capitalised
        /// party or union name a few words after it is someone's activity.
        package static let gathering = Roles(rawValue: 1 << 32)
        /// `n°`, `Nr.`, `number`: read through between a part word and its number.
        package static let numberWord = Roles(rawValue: 1 << 33)
        /// `geb.`, `né`, `née`: a birth word only right before the date (`Geb. 4` is a building).
        package static let birthAbbreviation = Roles(rawValue: 1 << 34)
        /// `my`, `meine`, `mon`: right before a term, the speaker's own (`mit meiner Gewerkschaft`).
        package static let firstPersonPossessive = Roles(rawValue: 1 << 35)
        /// `party`, `Partei`, `parti`: a party, not a party's name (`Partei` is also a tenant).
        package static let genericParty = Roles(rawValue: 1 << 36)
        /// A word for paying (`paid`, `betaald`): like a card's word where an identifier's
        /// word is looked for, but not enough to make a reference number a card.
        package static let payment = Roles(rawValue: 1 << 37)
        /// A business (`company`, `bedrijf`, `Firma`, `magasin`): beside a birth word, its
        /// anniversary (`company birthday`, `verjaardag van het bedrijf`), not a date of birth.
        package static let organisation = Roles(rawValue: 1 << 38)
    }

    /// How a special-category term counts.
    package enum Strength: UInt8, Sendable, BitwiseCopyable {
        /// Reported unless it names a thing, place or business.
        case strong
        /// Reported only near a word that describes a person (`she`, `Kunde`) or membership.
        case weak
        /// Strong as an adjective, a thing after an article (`elle est enceinte` / `une enceinte`).
        case adjective
        /// Strong only right after an article or a word of belief (`a Christian`): also a first name.
        case afterArticle
        /// A woman's partner said of a woman, or a man's of a man: French possessives agree with
        /// the partner, so `son mari` counts only after a word for a man (`M. Leroux et son mari`).
        case partnerOfAMan
        case partnerOfAWoman
        /// Strong unless a subject pronoun comes right before it: `zijn man` is "his husband"
        /// after a name, "are husband" in `ze zijn man en vrouw`.
        case unlessASubjectBefore
    }

    package struct Entry: Sendable, BitwiseCopyable {
        package var roles: Roles = []
        package var category: SpecialCategory?
        package var strength: Strength = .strong
        /// The month a month name stands for, 1–12; 0 for other words.
        package var month: UInt8 = 0
        /// True when some two-word entry starts with this word.
        package var startsPair = false
    }

    /// Whole words by hash.
    package static let words = HashTable(tables.words)
    /// The hashes of every whole word the lexicon knows: most words of a note miss here
    /// after one look at a bit.
    package static let knownWords: BitFilter = {
        var filter = BitFilter()
        for hash in tables.words.keys { filter.insert(hash) }
        return filter
    }()
    /// The keys of the stems (``stemKey(_:)``).
    package static let stemFilter: BitFilter = {
        var filter = BitFilter()
        for key in tables.stems.keys { filter.insert(UInt64(key)) }
        return filter
    }()
    /// Words the lexicon knows that notes write with a dot inside (`ver.di`): only these are
    /// joined across a dot, which otherwise marks an address (`www.sp.nl`, `info@fnv.nl`).
    package static let dottedAbbreviations: Set<UInt64> = [NoteWords.hash("verdi")]

    /// Two-word entries by the hash of `first second`.
    package static let pairs = HashTable(tables.pairs)
    /// Stems by their first four letters: a range of ``stemList``, longest stem first.
    package static let stems: HashTable<Range<Int32>> = tables.stemIndex
    package static let stemList: [(bytes: Range<Int>, entry: Entry)] = tables.stemList
    /// The letters of every stem, one after another.
    package static let stemBytes: [UInt8] = tables.stemBytes
    /// Stems looked for inside long words.
    package static let infixes: [(stem: [UInt8], entry: Entry)] = tables.infixes
    /// Endings that make a compound a thing or a place: `Gewerkschafts|haus`, `Kerk|straat`.
    package static let thingEndings: [[UInt8]] = words(
        """
        haus huis straat strasse str weg laan plein platz gasse allee gebouw gebaude zentrum centrum markt winkel laden shop
        test tests testen scanner scanners sensor sensoren lezer lezers leser bedarf produkte producten artikel sokken socken schuhe schoenen verlag zeitung kantoor buro kanzlei
        advocaat advocaten anwalt verteidiger forschung onderzoek hilfe fonds stiftung stichting vereniging verein verband
        kasse versicherung verzekering ring kreis partei zentrale kerk kirche gemeinde apotheek apotheke strips streifen yoga studio cursus kurs cours fonds
        module modul dashboard app software rapportage statistik instituut institut school schule
        """
    ).map { Array($0.utf8) }

    /// A word's folded letters, as ``NoteWords/letters(_:)`` lends them.
    package typealias Letters = Slice<ElementView<UInt8>>

    /// The entry of the stem that `letters` start with, or of a stem inside a long word;
    /// with how many letters the stem has (0 for one found inside).
    package static func stemEntry(of letters: Letters) -> (entry: Entry, length: Int)? {
        guard letters.count >= 4 else { return nil }
        // Locals: each use of a static table would check its one-time initialisation again.
        let stems = stems
        let stemList = stemList
        let stemBytes = stemBytes
        if let range = stems[stemKey(letters)] {
            // Index loops: `starts(with:)` would walk two iterators per candidate.
            for index in Int(range.lowerBound)..<Int(range.upperBound) {
                let bytes = stemList[index].bytes
                guard letters.count >= bytes.count else { continue }
                var offset = 4  // the key: the first four letters are the same
                while offset < bytes.count, letters[letters.startIndex + offset] == stemBytes[bytes.lowerBound + offset] { offset += 1 }
                if offset == bytes.count { return (stemList[index].entry, bytes.count) }
            }
        }
        if letters.count >= 9 {
            // Indices, not `for infix in infixes`: each element copied out would retain its array.
            let infixes = infixes
            for index in infixes.indices where letters.count > infixes[index].stem.count && contains(letters, infixes[index].stem) {
                return (infixes[index].entry, 0)
            }
        }
        return nil
    }

    /// The key ``stems`` files a stem under: its first four letters.
    package static func stemKey(_ letters: Letters) -> UInt64 {
        let start = letters.startIndex
        return UInt64(letters[start]) << 24 | UInt64(letters[start + 1]) << 16 | UInt64(letters[start + 2]) << 8
            | UInt64(letters[start + 3])
    }

    /// True when `letters` ends with a ``thingEndings`` ending at least 3 letters after `stemLength`.
    package static func endsLikeAThing(_ letters: Letters, after stemLength: Int) -> Bool {
        guard let last = letters.last else { return false }
        let endings = thingEndings
        for index in endings.indices where endings[index].last == last {
            let ending = endings[index]
            guard letters.count >= stemLength + ending.count else { continue }
            var offset = 1
            while offset < ending.count, letters[letters.endIndex - 1 - offset] == ending[ending.count - 1 - offset] { offset += 1 }
            if offset == ending.count { return true }
        }
        return false
    }

    /// A set of 64-bit keys as 65,536 bits (8 KiB, in the first-level cache): false means
    /// absent, true means probably present.
    package struct BitFilter: Sendable {
        private var bits = [UInt64](repeating: 0, count: 1024)

        mutating func insert(_ key: UInt64) {
            let slot = Int(truncatingIfNeeded: (key >> 6) ^ (key >> 26)) & 1023
            bits[slot] |= 1 << (key & 63)
        }

        @inline(__always)
        package func contains(_ key: UInt64) -> Bool {
            bits[Int(truncatingIfNeeded: (key >> 6) ^ (key >> 26)) & 1023] & (1 << (key & 63)) != 0
        }
    }

    /// A read-only table keyed by the words' FNV hashes, probed without rehashing them (a
    /// `Dictionary` would hash each key again with SipHash on every lookup).
    package struct HashTable<Value: Sendable>: Sendable {
        private let keys: [UInt64]
        private let values: [Value?]
        private let mask: Int

        init(_ dictionary: [UInt64: Value]) {
            var capacity = 16
            while capacity < dictionary.count * 3 { capacity *= 2 }
            var keys = [UInt64](repeating: 0, count: capacity)
            var values = [Value?](repeating: nil, count: capacity)
            for (key, value) in dictionary {
                var slot = Self.start(key, capacity - 1)
                while values[slot] != nil { slot = (slot + 1) & (capacity - 1) }
                keys[slot] = key
                values[slot] = value
            }
            self.keys = keys
            self.values = values
            mask = capacity - 1
        }

        package subscript(key: UInt64) -> Value? {
            var slot = Self.start(key, mask)
            while let value = values[slot] {
                if keys[slot] == key { return value }
                slot = (slot + 1) & mask
            }
            return nil
        }

        private static func start(_ key: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: key ^ (key >> 29)) & mask }
    }

    /// True when `stem` occurs in `letters`, compared by index.
    private static func contains(_ letters: Letters, _ stem: [UInt8]) -> Bool {
        guard letters.count >= stem.count, let first = stem.first else { return false }
        var index = letters.startIndex
        let last = letters.endIndex - stem.count
        while index <= last {
            if letters[index] == first {
                var offset = 1
                while offset < stem.count, letters[index + offset] == stem[offset] { offset += 1 }
                if offset == stem.count { return true }
            }
            index += 1
        }
        return false
    }

    /// The words of a list. Split on UTF-8 bytes, not characters: the lists are built at the
    /// first note of a run, and splitting by grapheme cluster cost more than the rest of a
    /// run's start-up (issue #32).
    private static func words(_ text: String) -> [String] {
        text.utf8.split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\n") }).map { String(decoding: $0, as: UTF8.self) }
    }

    // MARK: - Building the tables

    private struct Tables {
        var words: [UInt64: Entry] = [:]
        var pairs: [UInt64: Entry] = [:]
        var stems: [UInt32: [(stem: [UInt8], entry: Entry)]] = [:]
        var infixes: [(stem: [UInt8], entry: Entry)] = []
        var stemIndex = HashTable<Range<Int32>>([:])
        var stemList: [(bytes: Range<Int>, entry: Entry)] = []
        var stemBytes: [UInt8] = []

        /// Lays the stems out flat, so a lookup reads plain values instead of nested arrays.
        mutating func flattenStems() {
            var index: [UInt64: Range<Int32>] = [:]
            for (key, list) in stems {
                let first = Int32(stemList.count)
                for (stem, entry) in list {
                    stemList.append((stemBytes.count..<stemBytes.count + stem.count, entry))
                    stemBytes += stem
                }
                index[UInt64(key)] = first..<Int32(stemList.count)
            }
            stemIndex = HashTable(index)
        }

        mutating func add(_ spelling: String, _ change: (inout Entry) -> Void) {
            let utf8 = spelling.utf8
            if utf8.first == UInt8(ascii: "*") {
                // NoteWords only looks inside long words that have a k.
                precondition(spelling.contains("k"), "infix '\(spelling)' has no k")
                var entry = Entry()
                change(&entry)
                infixes.append((Array(spelling.dropFirst().dropLast().utf8), entry))
            } else if utf8.last == UInt8(ascii: "*") {
                let stem = Array(spelling.dropLast().utf8)
                precondition(stem.count >= 4, "stem '\(spelling)' is shorter than four letters")
                let key = UInt32(stem[0]) << 24 | UInt32(stem[1]) << 16 | UInt32(stem[2]) << 8 | UInt32(stem[3])
                var entry = stems[key]?.first(where: { $0.stem == stem })?.entry ?? Entry()
                change(&entry)
                stems[key, default: []].removeAll { $0.stem == stem }
                // Longer stems first, so `ziekenhuis*` wins over `ziek*`.
                stems[key, default: []].append((stem, entry))
                stems[key]!.sort { $0.stem.count > $1.stem.count }
            } else if let underscore = utf8.firstIndex(of: UInt8(ascii: "_")) {
                let hash = NoteWords.hash(String(decoding: utf8.map { $0 == UInt8(ascii: "_") ? UInt8(ascii: " ") : $0 }, as: UTF8.self))
                change(&pairs[hash, default: Entry()])
                words[NoteWords.hash(String(decoding: utf8[..<underscore], as: UTF8.self)), default: Entry()].startsPair = true
            } else {
                change(&words[NoteWords.hash(spelling), default: Entry()])
            }
        }
    }

    private static let tables: Tables = {
        var tables = Tables()
        for (roles, list) in roleWords {
            for word in words(list) { tables.add(word) { $0.roles.formUnion(roles) } }
        }
        for (month, list) in monthNames.enumerated() {
            for word in words(list) { tables.add(word) { $0.month = UInt8(month + 1) } }
        }
        for pair in words(notTerms) { tables.add(pair) { $0.category = nil } }
        for (category, strength, list) in terms {
            for word in words(list) {
                tables.add(word) { entry in
                    entry.category = category
                    entry.strength = strength
                }
            }
        }
        tables.flattenStems()
        return tables
    }()

    private static let roleWords: [(Roles, String)] = [
        (
            .person,
            """
            he she him his her hers himself herself client customer cust contact patient lead prospect mr mrs ms miss wife husband son daughter \
            mother father mum mom dad child baby partner boyfriend girlfriend colleague employee applicant candidate caller buyer \
            hij zij ze zijn haar hem klant klantin cliente meneer mevrouw dhr mevr vrouw man zoon dochter moeder vader kind echtgenoot \
            echtgenote medewerker medewerkster sollicitant beller koper er sie ihm ihn ihr ihre sein seine seiner seinem ihrem kunde kundin \
            herr frau sohn tochter mutter vater ehemann ehefrau mitarbeiter mitarbeiterin bewerber il elle lui sa ses son madame monsieur \
            mme mlle fils fille mari femme epouse epoux salarie salariee candidat candidate acheteur interlocuteur interlocutrice
            """
        ),
        (
            .pronoun,
            """
            he she him his her hers himself herself hij zij ze zijn haar hem er sie ihm ihn ihr ihre sein seine seiner seinem ihrem \
            il elle lui sa ses son
            """
        ),
        (
            .practice,
            """
            attends attend goes prays pray fasts fasting observes visits eats wears draagt tragt porte bidt bidden gaat vast bezoekt eet betet geht fastet \
            besucht isst prie va jeune frequente mange converted convert converts bekeerd bekeerde konvertiert konvertierte \
            converti convertie practises practices praktiserend praktizierend glaubig glaubige gelooft believes glaubt croit
            """
        ),
        (
            .membership,
            """
            member members membership votes voted voter voters vote supporter supporters activist volunteer lid leden lidmaatschap stemt \
            stemde kiezer aanhanger aanhangster mitglied mitglieder mitgliedschaft wahlt wahlte gewahlt wahler wahlerin anhanger anhangerin \
            unterstutzer membre membres adherent adherente vote votait electeur electrice militant militante sympathisant sympathisante \
            encarte encartee joined joins beigetreten adhere rejoint campaigns campaigned campaigner councillor councilor raadslid gemeenteraadslid stadtrat gemeinderat conseiller supports supported supporting steunt unterstutzt soutient registered \
            kaderlid kaderleden delegue deleguee delegate \
            afgevaardigde vertrauensmann vertrauensfrau betriebsrat ondernemingsraad conseillere municipal municipale maire mayor \
            burgemeester wethouder burgermeister burgermeisterin abgeordneter abgeordnete depute deputee mp candidate kandidaat \
            kandidat candidat steward milite militer volunteers volunteered leafleting canvassing campaigning \
            ortsverein fractie fractievergadering bestuurslid vorsitzender vorsitzende organisiert georganiseerd afdeling canvasses \
            canvassed engagiert engagierte engagee kandidiert kandidierte kandideert gemeenteraad kreistag landtag bundestag \
            parlement parliament senaat kreisvorsitzender kreisvorsitzende ortsvorsitzender ortsvorsitzende fraktionsvorsitzender \
            delegee greve streik streikt warnstreik staking strike striking bargaining adherente
            """
        ),
        (
            .thingAfter,
            """
            strip strips test tests kit kits supplies supply product products range shoes socks food foods snack snacks bread chocolate \
            street st road rd lane avenue ave square sq way drive close hall house building centre center museum school university \
            college hospital clinic foundation association council society charity fund firm company companies lawyer lawyers attorney \
            attorneys law practice department magazine journal conference congress fair expo store shop bakery butcher restaurant \
            bank app software platform system tool tools module insurance insurer catering campaign research network event events \
            label brand section aisle shelf ward unit team desk office offices choir cemetery library fund fees fee \
            straat laan weg plein kerk winkel bakker slager school ziekenhuis kliniek verzekering stichting vereniging kantoor \
            strasse platz gasse allee kirche schule universitat klinik versicherung stiftung verein kanzlei laden geschaft \
            produkte rue bluetooth connectee connectees portable portables sans speaker speakers lautsprecher luidspreker jbl sonos \
            boutique magasin cabinet assurance period periode probezeit proeftijd detection prevention friendly free awareness \
            access reminder reminders delivery packaging dispenser pillow pillows cushion vitamins supplements tea cream clothing \
            krankenhaus klinikum hopital kindergarten kita bar club clubs service officer officers guard guards staff \
            women men people patients mothers parents kids families vrouwen mannen mensen patienten moeders ouders frauen manner \
            menschen mutter eltern femmes hommes personnes meres \
            course courses training workshop workshops formation opleiding schulung seminar webinar holiday holidays \
            ramp ramps lift lifts chronicle news herald gazette radio channel bureau agency federation federatie \
            feestdagen feiertage feiertag \
            academy akademie academie pride parade sponsorship sponsoring donation donations fonds teststrips teststreifen streifen bandelettes \
            scanner scanners reader readers sensor sensors lock locks slot terminal terminals device devices \
            dashboard dashboards report reports rapport rapportage statistik statistics statistieken overzicht modul \
            distributor distributors supplier suppliers wholesaler wholesalers
            """
        ),
        (
            .thingBefore,
            """
            rue place avenue boulevard bd chemin impasse allee quai route ecole college lycee universite institut magasin boutique \
            cabinet produits produit articles article association federation syndicat banque eglise clinique hopital centre \
            stichting vereniging verein stiftung fondation ligue lutte vetements vetement test tests module modules logiciel lecteur lecteurs licence licentie lizenz \
            assurance mutuelle caisse librairie epicerie restaurant boucherie boulangerie chaussures chaussettes rayon \
            appli application applications app country
            """
        ),
        (
            .connector,
            """
            de la le les l d du des pour a au aux en et the of for and van het voor en der die das den dem des fur und von contre against tegen gegen \
            to in on at with by from into naar met bij aan op uit zu mit bei nach auf im am vom zum zur dans sur avec par chez was is has had \
            during tijdens wahrend pendant
            """
        ),
        (.linking, "de du des d pour contre of for against van voor tegen von fur gegen"),
        (.copula, "is was has had feels ist war hat hatte fuhlt heeft had voelt est etait a avait am m bin ben suis"),
        (.firstPerson, "i ich ik je j"),
        (
            .topic,
            """
            brochure brochures leaflet leaflets flyer flyers folder folders poster posters campaign campagne kampagne webinar \
            symposium congres kongress congress fundraiser awareness research onderzoek forschung recherche magazine tijdschrift \
            zeitschrift depliant
            """
        ),
        (
            .determiner,
            """
            l la le les une un cette ces cet mon ma mes ton ta tes notre nos votre vos leur leurs des du a an the this that these those
            de het een die der das den dem ein eine einen einem einer
            """
        ),
        (.honorific, "mr mrs ms miss dr mx herr frau meneer mevrouw dhr mevr monsieur madame mme mlle m prof"),
        (
            .reference,
            """
            order orders invoice inv ref reference ticket case tracking track trace shipment parcel package po sku item article art quote \
            offer serial batch lot barcode ean gtin isbn imei artikel artikelnummer artikelnr bestelling bestelnummer factuur factuurnummer offerte referentie \
            kenmerk zending pakket dossier zaak klantnummer ordernummer bestellung bestellnummer rechnung rechnungsnummer auftrag \
            auftragsnummer sendung sendungsnummer sendungsverfolgung trackingnummer verzendnummer awb waybill consignment vrachtbrief frachtbrief paket dhl ups fedex postnl dpd gls colissimo chronopost hermes tnt bpost kundennummer angebot vorgang aktenzeichen commande facture devis colis suivi \
            contrat contract customerid room kamer zimmer chambre partnumber part_no part_number onderdeelnummer \
            ersatzteil ersatzteile ersatzteilnummer teilenummer teilenr typenummer modelnummer \
            serienummer seriennummer onderdeelnr p_n pn artnr art_nr ordernr bestelnr factuurnr auftragsnr \
            bestellnr rechnungsnr referenznr refnr ticketnr dossiernr zaaknr sendungsnr kundennr kunden_nr kdnr kd_nr
            """
        ),
        (
            .company,
            """
            vat btw tva ust ustid kvk siret siren rcs hrb hra handelsregister kbo ondernemingsnummer ein ustidnr uid \
            helpline hotline switchboard zentrale klantenservice kundenservice servicedesk helpdesk freephone gratis \
            kamer_van_koophandel company_number registration_number chamber_of_commerce numero_tva
            """
        ),
        (
            .amount,
            """
            eur euro euros usd gbp chf dollar dollars pound pounds k mln million millions mio bn cents ct prijs price preis prix \
            total totaal gesamt montant bedrag betrag amount budget revenue omzet umsatz
            """
        ),
        (
            .birth,
            """
            born birth birthday birthdate dob geboren geboortedatum geboortedag verjaardag jarig geburtsdatum geburtstag geburt \
            naissance naiss ddn anniversaire ne_le nee_le date_de_naissance o_b geboren_op geb_am geb_datum bday
            """
        ),
        (
            .phone,
            """
            tel tele phone telephone mobile cell cellphone call calls ring ringing bel bellen gebeld belt mobiel telefoon telefoonnummer \
            nummer handy telefon rufnummer anrufen erreichbar mobil portable telephoner appeler rappeler joindre whatsapp sms fax gsm \
            handynummer mobilnummer telefonnummer festnetznummer faxnummer mobielnummer mobiele_nummer gsmnummer whatsappnummer \
            joignable telefonisch telefonicamente
            """
        ),
        (.bsn, "bsn burgerservicenummer burgerservicenr sofinummer sofinr sofi sofi_nummer citizen_service"),
        (
            .beNumber,
            """
            rijksregisternummer rijksregister rrn insz niss nationaal_nummer numero_national registre_national national_number \
            nationalregisternummer nationalnummer identificatienummer national_register
            """
        ),
        (
            .steuerID,
            """
            steuer_id steuer_idnr idnr steueridentifikationsnummer steuerid steuerliche identifikationsnummer steuernummer tax_id tin \
            steuer_identifikationsnummer tax_identification
            """
        ),
        (.nir, "nir insee securite_sociale secu carte_vitale numero_ss sozialversicherungsnummer zekerheidsnummer socialezekerheidsnummer"),
        (.ssn, "ssn social_security soc_sec ss your_social"),
        (.nino, "national_insurance nino ni_number ni_no"),
        (
            .card,
            """
            card creditcard kaart karte carte visa mastercard amex kaartnummer kartennummer creditcardnummer \
            kreditkartennummer kreditkarte debitcard debitkaart
            """
        ),
        (.payment, "cc paid betaald bezahlt paye"),
        (.iban, "iban rekeningnummer kontonummer rib bankrekening bankverbindung bank_account account_number ibannummer"),
        (.partRightBefore, "part parts onderdeel onderdelen piece pieces teil teile model modell modele sku"),
        (.active, "active actief actieve aktiv aktive actif"),
        (.place, "in bij bei dans chez for voor fur within"),
        (.man, "m monsieur mr herr dhr meneer"),
        (.woman, "mme madame mrs ms miss frau mevrouw mevr"),
        (.subject, "ze zij wij we jullie they wir ils elles"),
        (.gathering, "reunion treffen vergadering bijeenkomst versammlung parteitag congres kongress partijcongres"),
        (.numberWord, "n no nr nrs num number numero nummer"),
        (.birthAbbreviation, "geb ne nee"),
        (.firstPersonPossessive, "my mijn mein meine meiner meinem meinen mon ma mes"),
        (.genericParty, "party parties partij partijen partei parteien parti partis"),
        (.company, "kbo_nummer btw_nummer ondernemingsnummer kbo_nr"),
        (
            .organisation,
            """
            company companies firm business shop store bakery restaurant agency brand club team office bedrijf bedrijven firma \
            onderneming winkel zaak vestiging kantoor vereniging unternehmen geschaft laden verein entreprise societe magasin \
            boutique agence association
            """
        ),
    ]

    private static let monthNames: [String] = [
        "january jan januari januar janner janvier", "february feb februari februar fevrier fevr",
        "march mar maart mrt marz maerz mars", "april apr avril avr", "may mei mai", "june jun juni juin",
        "july jul juli juillet juil", "august aug augustus aout", "september sep sept septembre",
        "october oct oktober okt octobre", "november nov novembre", "december dec dezember dez decembre",
    ]

    private static let terms: [(SpecialCategory, Strength, String)] = [
        (
            .health, .strong,
            """
            heeft_ms hat_ms has_ms hospitalised hospitalized gehospitaliseerd hospitalise hospitalisee \
            diabet* suikerziekte zuckerkrank* pregnan* zwanger* schwanger* grossesse mutterschutz zwangerschapsverlof \
            maternity_leave conge_maternite expecting_a cancer* kanker* krebs krebserkrank* chemo* leukemi* leukaemi* leukam* \
            tumor* tumour* hiv epilep* asthma* astma* asthme autis* adhd tdah dyslex* dementia dementie demenz alzheimer* \
            parkinson* depressi* burnout burn_out overspannen bipolar* schizophren* schizofren* ptsd psychiatr* psychos* \
            disability disabilities wheelchair rolstoel rollstuhl fauteuil_roulant gehandicapt* handicape handicapee \
            behinderung* schwerbehindert* arbeidsongeschikt* arbeitsunfahig* krankgeschrieben krankmeldung ziekmelding ziekgemeld \
            ziekteverlof ziekteverzuim sick_leave off_sick out_sick arret_maladie arrets_maladie maladie maladies insulin* insuline dialys* miscarriage \
            miskraam fehlgeburt fausse_couche ivf chronically medication medications medicatie medicijnen medikament* medicament* \
            allerg* hartaanval herzinfarkt heart_attack crise_cardiaque beroerte schlaganfall herseninfarct hospitalis* \
            hospitaliz* in_hospital im_krankenhaus opgenomen_in admitted_to geopereerd operiert ziekte* krankheit* erkrankt* \
            *krankheit* *erkrankung* *krebs* *kanker* *ziekte* multiple_sclerosis sclerose* multiple_sklerose covid* \
            rehab* revalid* sclerosis expecting_twins alcoholi* alkoholi* alcoolique* verslaafd* verslaving* addicted addiction \
            drugsverslaafd* drogenabhangig* drogensucht* toxicoman* mental_health panic_attacks heart_condition heart_disease \
            pacemaker amputat* paralys* verlamd gelahmt hearing_impaired visually_impaired slechtziend* slechthorend* \
            sehbehindert* horgeschadigt* malvoyant* malentendant* psychiatric eating_disorder anxiety_disorder hearing_aid \
            avc infarctus antidepress* chemotherap* radiotherap* bestraling* hernia hernie bandscheibenvorfall migraine migrane migraene arthritis arthrose artrose rheuma* reuma* rhumatism* \
            osteoporos* fibromyalg* lupus crohn coeliac celiac coeliakie zoliakie gave_birth bevallen bevalling entbunden \
            entbindung accouche accouchee accouchement chimio* seropositi* hiv_positive hiv_positief hiv_positiv hearing_aids gehoorapparaat horgerat appareil_auditif \
            gehorlos* taubstumm* doofstom* aa_meetings anonieme_alcoholisten anonyme_alkoholiker alcooliques_anonymes \
            kidney_transplant liver_transplant heart_transplant lung_transplant organ_transplant niertransplant* \
            nierentransplant* bipolair* hersenbloeding* hirnblutung* rugpijn ruckenschmerz* armbruch* pregnat
            """
        ),
        (
            .health, .weak,
            """
            ill illness sick ziek krank malade diagnosed gediagnosticeerd diagnostiziert surgery therapy therapie therapist therapeut \
            blind deaf doof taub sourd sourde chronic chronisch chronique infection handicap stroke disease diseases disorder \
            anxiety obese obesity overgewicht psychisch psychische psychological flu griep grippe transplant transplanted
            """
        ),
        (.health, .adjective, "enceinte"),
        (
            .religiousOrPhilosophicalBeliefs, .strong,
            """
            muslim* moslim* moslem* musulman* islamitisch* islamisch* islamic catholic* katholiek* katholisch* catholique* \
            protestant* evangelisch* jewish jew jews joods joodse jood jude judin judisch* juedisch* juif juive juifs \
            judaism* judaisme hindu hindoe hindou* buddhist* boeddhist* bouddhist* sikh atheist* atheiste athee agnost* \
            islam jehova* scientolog* mormon* gelovig* religious religieus religieuze religios* konfessionslos* kirchensteuer* \
            pratiquant pratiquante practising practicing devout christelijk* christlich* chretien* evangelical* baptist* \
            methodist* anglican* quaker* sikhs katholik* buddhis* boeddhis* bouddhis* hinduis* hindoeis* christendom christentum \
            christianisme judentum jodendom judaisme islamitische moslima musulmane adventist* gereformeerd* hervormd* calvinist* \
            lutheran* lutheraner* lutherisch* pinkstergemeente*
            """
        ),
        (
            .religiousOrPhilosophicalBeliefs, .weak,
            """
            church kerk kirche eglise mosque moskee moschee mosquee synagogue synagoge temple tempel ramadan kosher koosjer koscher \
            halal religion religie godsdienst believer orthodox hijab headscarf hoofddoek kopftuch voile glaubig* gelovige croyant \
            croyante shabbat sabbath shabbos diwali divali hanukkah chanoeka chanukka yom_kippur
            """
        ),
        (.religiousOrPhilosophicalBeliefs, .afterArticle, "christian christen christin christ"),
        (
            .politicalOpinions, .strong,
            """
            votes_for voted_for stemt_op stemde_op vote_pour partijlid parteimitglied party_member politieke_voorkeur \
            politische_einstellung political_views political_opinions opinions_politiques parteibuch communist* communiste* \
            kommunist* socialist* sozialist* socialiste* left_wing right_wing far_right far_left extreme_droite extreme_gauche \
            rechtsextrem* linksextrem* rechtsradikal* maga candidat_renaissance
            """
        ),
        (
            .politicalOpinions, .weak,
            """
            labour tory tories conservative conservatives libdem lib_dem ukip snp reform_uk republican republicans democrat democrats \
            green_party greens pvda vvd cda d66 groenlinks pvv sp fvd bbb ja21 sgp pvdd volt denk spd cdu csu fdp afd grunen linke bsw \
            lfi insoumis insoumise republicains linken rn rassemblement_national front_national ps lr eelv reconquete party partij partei parti politics \
            brexit brexiteer remainer leave_voter remain_voter tory_voter labour_voter n_va nva vlaams_belang ptb pvda_ptb ecolo \
            die_linke die_grunen plaid_cymru sinn_fein liberal_democrats lib_dems \
            politiek politik politique political politically
            """
        ),
        (
            .tradeUnionMembership, .strong,
            """
            union_member union_members union_membership unionised unionized shop_steward vakbondslid vakbondsleden \
            gewerkschaftsmitglied* gewerkschafter* syndique syndiquee syndiques delegue_syndical deleguee_syndicale \
            kaderlid_fnv verdi_mitglied di_mitglied igmetall_mitglied unite_rep union_rep \
            vakbondsman vakbondsvrouw
            """
        ),
        (
            .tradeUnionMembership, .weak,
            """
            union unions trade_union vakbond* fnv cnv gewerkschaft* verdi ver_di ig_metall igmetall dgb syndicat syndical syndicale cgt cfdt \
            force_ouvriere unsa acv abvv aclvb csc fgtb cgslb unite_union unison gmb rmt nasuwt ucu aflcio teamsters \
            igbce ig_bce fnv_jong gew sud_rail
            """
        ),
        (
            .racialOrEthnicOrigin, .strong,
            """
            ethnic ethnicity ethnically etnisch* etniciteit ethnisch* ethnizitat ethnie ethnique ethniques descent afkomst \
            migratieachtergrond migrationshintergrund abstammung allochtoon allochtone maghrebin* migrant_background \
            migration_background sinti skin_colour skin_color huidskleur hautfarbe couleur_de turkischstammig* arabischstammig* \
            afrikanischstammig* russischstammig* polnischstammig* russlanddeutsch* sorbe sorbin kabyle berbere berberophone romani \
            black_woman black_man schwarze_frau schwarzer_mann zwarte_man zwarte_vrouw homme_noir femme_noire british_pakistani british_indian british_bangladeshi \
            turks_nederlandse marokkaans_nederlandse deutsch_turkin deutsch_turke afroamerikan* afro_american afrodeutsch* \
            marokkaanse_afkomst turkse_afkomst racist racisme rassismus sinto sintiza afro_caribbean komaf \
            kurdische_wurzeln turkische_wurzeln caribbean_heritage nederlandse_achtergrond turkse_achtergrond suis_noir suis_noire \
            moluks molukse koerdisch koerdische deutsch_ghanaerin deutsch_ghanaer antilliaan antilliaans antilliaanse
            """
        ),
        (
            .racialOrEthnicOrigin, .weak,
            "origin d_origine herkunft racial refugee vluchteling fluchtling refugie immigrant immigrante kurdish kurde kurdisch kurdische"
        ),
        (
            .sexLifeOrSexualOrientation, .strong,
            """
            gay lesbian* lesbisch* lesbienne* bisexual* biseksueel* bisexuel* homosexual* homoseksueel* homosexuel* homofiel* \
            schwul* queer transgender* transgenre* same_sex trans_woman trans_man transvrouw transman non_binary nonbinary pansexual* asexual* \
            sex_life sexleben sexualleben seksleven vie_sexuelle his_husband her_wife sein_ehemann haar_echtgenote \
            zijn_echtgenoot sein_mann haar_vrouw his_boyfriend his_fiance gleichgeschlechtlich*
            """
        ),
        (.sexLifeOrSexualOrientation, .partnerOfAMan, "son_mari son_epoux"),
        (.sexLifeOrSexualOrientation, .unlessASubjectBefore, "zijn_man"),
        (.sexLifeOrSexualOrientation, .partnerOfAWoman, "sa_femme son_epouse sa_compagne"),
        (.sexLifeOrSexualOrientation, .weak, "lgbt lgbtq lgbtqia homo"),
        (
            .criminal, .strong,
            """
            criminal_record criminal_records criminal_conviction criminal_convictions previous_convictions convicted convict* \
            prison* jail jailed incarcerat* inmate paroled sentenced felony felon dui arrested police_record served_time \
            strafblad veroordeeld* gevangenis* gedetineerd* taakstraf celstraf vorbestraft* vorstrafe* verurteilt* gefangnis* \
            gefaengnis* haftstrafe inhaftiert* bewahrung bewahrungsstrafe* strafverfahren* casier_judiciaire condamne condamnee \
            incarcere incarceree garde_a mis_en_examen mise_en_examen condamnation* criminal_charges drunk_driving police_custody \
            untersuchungshaft* in_haft ex_convict veroordeling* strafrechtelijk* strafrechtliche vorstraf* verurteilung* \
            straftat* fraudeur fraudster convicted_of vastgezeten electronic_tag ankle_tag ankle_monitor enkelband fussfessel \
            bracelet_electronique controle_judiciaire fuhrungszeugnis* my_sentence his_sentence her_sentence ex_prisoner
            """
        ),
        (.criminal, .weak, "criminal probation detention detention_centre diebstahl inbraak theft burglary"),
        (
            .genetic, .strong,
            """
            brca* genetic_test genetic_tests dna_test dna_tests gentest genetisch* genetic_testing genetic_screening genetische_test \
            erfelijk* erbkrank* erbgut* hereditaire genetique test_adn test_genetique analyse_genetique genomsequenz* genome_sequenc* \
            dna_profile dna_profiel dna_profil huntington* mucoviscidos* cystic_fibrosis \
            sequenzier* vaterschaftstest* vaderschapstest* paternity_test dna_analyse dna_analysis analyse_adn \
            genanaly* gene_panel gene_variant genvariant* tragerstatus dragerschap carrier_status
            """
        ),
        (.genetic, .weak, "dna adn genetic genetics genetica genetik genome genoom"),
        (.biometric, .afterArticle, "iris"),
        (
            .biometric, .strong,
            """
            fingerprint* vingerafdruk* fingerabdr* empreinte_digitale empreintes_digitales face_template facial_template \
            facial_recognition face_recognition gezichtsherkenning gesichtserkennung reconnaissance_faciale iris_scan irisscan* \
            iris_template retina_scan retinascan* voiceprint voice_print stemafdruk stimmabdruck empreinte_vocale biometri* \
            handvene* palm_vein gezichtsscan gesichtsscan face_scan stimmprofil* stemprofiel* \
            gesichtsbild* profil_vocal voice_profile
            """
        ),
    ]

    /// Two-word names whose second word alone would be a term: `European Union`.
    private static let notTerms = """
        european_union europese_unie credit_union student_union customs_union union_square union_street \
        union_jack union_station europaische_union union_europeenne sick_of sick_and krank_vor blind_to arrested_development \
        ziek_van krank_teuer krank_gut krank_viel \
        dna_of islamic_relief lead_origin lead_origins afkomst_lead
        """
}
