@_spi(_Unicode) import Swift
import Synchronization

/// Field names that reveal special-category data (Art. 9(1)) or criminal data (Art. 10),
/// in English, Dutch, German and French (research/gdpr-domain.md §5).
///
/// A name is split into words at `_`, `-`, `.`, spaces and lower-to-upper case changes,
/// lowercased with accents folded (`ü` → `u`, `ß` → `ss`). It matches when one word, or a
/// run of consecutive words, is a listed term, or a word contains one of a few long
/// compound stems (German and Dutch build words such as `ziekteverzuimdagen`). Whole-word
/// matching keeps `page`, `usage`, `stage` and `european_union` clear.
package enum SpecialCategoryVocabulary {
    package static let terms: [SpecialCategory: [String]] = [
        .racialOrEthnicOrigin: [
            "race", "racial", "racial origin", "ethnicity", "ethnic", "ethnic origin", "ethnic group",
            "ras", "etniciteit", "etnische afkomst", "ethnie", "ethnizitat", "ethnische herkunft", "rassische herkunft",
            "abstammung", "ethnicite", "origine raciale", "origine ethnique",
        ],
        .politicalOpinions: [
            "political", "political opinion", "political opinions", "political party", "party affiliation", "political views",
            "politieke opvattingen", "politieke partij", "partijlidmaatschap", "politische meinung", "politische meinungen",
            "parteizugehorigkeit", "partei", "opinions politiques", "opinion politique", "parti politique", "affiliation politique",
        ],
        .religiousOrPhilosophicalBeliefs: [
            "religion", "religious", "religious belief", "faith", "denomination", "church", "philosophical belief",
            "religie", "godsdienst", "geloof", "kerkgenootschap", "levensbeschouwing", "levensbeschouwelijke",
            "konfession", "religionszugehorigkeit", "bekenntnis", "kirchensteuer", "kirchensteuermerkmal",
            "confession", "croyance", "culte", "convictions religieuses", "religiose", "religiose uberzeugung", "religioese",
            "religioese ueberzeugung", "weltanschauung", "glaube", "glaubensrichtung", "appartenance religieuse", "croyance religieuse",
        ],
        .tradeUnionMembership: [
            "trade union", "union member", "union membership", "vakbond", "vakbondslid",
            "gewerkschaft", "gewerkschaftszugehorigkeit", "gewerkschaftsmitglied", "syndicat", "syndique", "appartenance syndicale",
        ],
        .genetic: ["genetic", "dna", "genome", "genotype", "genetische", "erbgut", "adn", "genetique", "genetiques"],
        .biometric: [
            "biometric", "biometrics", "fingerprint", "face template", "facial recognition", "iris", "voiceprint",
            "biometrische", "vingerafdruk", "gezichtsherkenning", "fingerabdruck", "gesichtserkennung",
            "biometrique", "biometriques", "empreinte digitale", "reconnaissance faciale", "biometrie", "biometrisch",
        ],
        .health: [
            "health", "medical", "diagnosis", "condition", "disability", "allergy", "allergies", "illness", "sick leave",
            "medication", "pregnancy", "pregnant", "blood type", "blood group", "bmi", "vaccination", "hiv", "hiv status",
            "gezondheid", "medisch", "diagnose", "ziekte", "ziekteverzuim", "ziekmelding", "handicap", "beperking", "allergie",
            "medicatie", "zwangerschap", "bloedgroep",
            "gesundheit", "gesundheitsdaten", "medizinisch", "krankheit", "erkrankung", "behinderung", "schwerbehinderung",
            "medikation", "krankmeldung", "arbeitsunfahigkeit", "schwangerschaft", "blutgruppe",
            "sante", "medicale", "diagnostic", "maladie", "arret maladie", "grossesse", "groupe sanguin",
        ],
        .sexLifeOrSexualOrientation: [
            "sexual orientation", "sexuality", "sex life", "seksuele geaardheid", "seksueel gedrag", "seksuele gerichtheid",
            "sexualleben", "sexuelle orientierung", "vie sexuelle", "orientation sexuelle",
        ],
        .criminal: [
            "criminal", "criminal record", "conviction", "convictions", "offences", "offenses", "background check", "police record",
            "strafblad", "strafrechtelijke", "veroordelingen", "vog", "justitiele documentatie",
            "vorstrafen", "fuhrungszeugnis", "strafregister", "verurteilungen", "straftaten",
            "casier judiciaire", "antecedents judiciaires", "condamnations", "condamnations penales",
        ],
    ]

    /// Stems long enough (≥ 6 letters) to match inside compound words.
    package static let stems: [(String, SpecialCategory)] = [
        ("gewerkschaft", .tradeUnionMembership), ("vakbond", .tradeUnionMembership),
        ("gesundheit", .health), ("krankheit", .health), ("erkrankung", .health), ("behinderung", .health),
        ("schwangerschaft", .health), ("blutgruppe", .health), ("ziekteverzuim", .health), ("zwangerschap", .health),
        ("gezondheid", .health), ("religion", .religiousOrPhilosophicalBeliefs), ("godsdienst", .religiousOrPhilosophicalBeliefs),
        ("konfession", .religiousOrPhilosophicalBeliefs), ("vorstrafe", .criminal), ("strafblad", .criminal),
        ("fingerabdruck", .biometric), ("vingerafdruk", .biometric),
    ]

    /// Term (words joined by single spaces) → category.
    private static let lookup: [String: SpecialCategory] = {
        var result: [String: SpecialCategory] = [:]
        for (category, words) in terms {
            for word in words { result[word] = category }
        }
        return result
    }()

    private static let longestTerm = terms.values.joined().map { $0.split(separator: " ").count }.max() ?? 1

    /// The special category a field name reveals, or nil. Remembered per name: a service
    /// sees the same few undeclared names on every call, and working one out costs about
    /// 20 µs, a whole record's check ten times over.
    package static func category(ofFieldName name: String) -> SpecialCategory? {
        if let known = remembered.withLock({ $0[name] }) { return known }
        let category = lookUp(name)
        remembered.withLock { names in
            // Bounded: a stream of made-up names must not grow it without end.
            if names.count >= 4_096 { names.removeAll(keepingCapacity: true) }
            names[name] = .some(category)
        }
        return category
    }

    /// Names already looked up, with what they revealed.
    private static let remembered = Mutex<[String: SpecialCategory?]>([:])

    private static func lookUp(_ name: String) -> SpecialCategory? {
        let words = self.words(of: name)
        guard !words.isEmpty else { return nil }
        for start in words.indices {
            for length in stride(from: min(longestTerm, words.count - start), through: 1, by: -1) {
                if let category = lookup[words[start..<(start + length)].joined(separator: " ")] { return category }
            }
        }
        // Stems are looked for inside words of a real name's length only: a run of hundreds
        // of letters is no word, and searching it for every stem would cost time per byte.
        // Bytes, not `String.contains`: that one costs tens of microseconds a call here.
        for word in words where word.utf8.count >= 6 && word.utf8.count <= 64 {
            let letters = Array(word.utf8)
            if let (_, category) = stemBytes.first(where: { contains(letters, $0.stem) }) { return category }
        }
        return nil
    }

    /// ``stems`` in UTF-8.
    private static let stemBytes: [(stem: [UInt8], category: SpecialCategory)] = stems.map { (Array($0.0.utf8), $0.1) }

    private static func contains(_ letters: [UInt8], _ stem: [UInt8]) -> Bool {
        guard letters.count >= stem.count else { return false }
        for start in 0...(letters.count - stem.count) where letters[start] == stem[0] {
            if letters[start..<(start + stem.count)].elementsEqual(stem) { return true }
        }
        return false
    }

    /// The lowercased, accent-folded words of a field name.
    static func words(of name: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previousWasLower = false
        for scalar in name.unicodeScalars {
            if scalar == "_" || scalar == "-" || scalar == "." || scalar == " " || scalar == "/" {
                if !current.isEmpty {
                    words.append(current)
                    current = ""
                }
                previousWasLower = false
                continue
            }
            let isUpper = scalar.properties.isUppercase
            if isUpper, previousWasLower, !current.isEmpty {
                words.append(current)
                current = ""
            }
            previousWasLower = scalar.properties.isLowercase
            current += fold(scalar)
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    private static func fold(_ scalar: Unicode.Scalar) -> String {
        if scalar.isASCII {
            let value = UInt8(scalar.value)
            return String(UnicodeScalar(value >= 0x41 && value <= 0x5A ? value + 0x20 : value))
        }
        if scalar == "ß" { return "ss" }
        let lowered = String(scalar).lowercased()
        // Canonical decomposition, then drop the combining marks: é → e, ü → u. The
        // standard library's own decomposition (the one Foundation uses) spares this file
        // the whole of Foundation.
        return String(
            String.UnicodeScalarView(
                lowered._nfd.filter {
                    !$0.properties.isDiacritic && $0.properties.generalCategory != .nonspacingMark
                }))
    }
}
