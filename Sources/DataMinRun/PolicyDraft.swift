@_spi(Readers) import DataMinCore

/// A first policy drafted from an export's columns and a sample of its values (`datamin
/// init`, SPEC §11.1): every column declared with the type and format its values support,
/// and what only a person can decide — purposes, lawful bases, retention — written as
/// `TODO` values that `lint` refuses, each saying what to decide.
///
/// No value from the data is copied into the draft, except enum words and purpose and basis
/// words that read as names rather than data (``FieldNameText``).
package struct PolicyDraft {
    /// The most records of an input that are looked at.
    package static let sampleSize = 1_000
    /// The most distinct words a column may have to be drafted as an enum.
    static let maxEnumWords = 12

    /// What the sample showed of one column.
    private struct Column {
        var name: String
        var present = 0
        var distinct: [String: Int] = [:]
        var tooManyWords = false
        var longest = 0
        var failures: [Candidate: Int] = [:]
        /// For each value, which of ``PolicyDraft/datePatterns`` it matches (a bit each),
        /// kept once per distinct combination.
        var dateMatches: Set<UInt32> = []
        /// How many values match none of ``PolicyDraft/datePatterns``.
        var undated = 0
        /// How many values were JSON booleans (`true`, not `"true"`).
        var jsonBooleans = 0
        var isObject = false
    }

    /// Date and datetime patterns exports write, tried in order (SPEC §8.1); Salesforce
    /// writes its timestamps with an offset of four digits (`2024-01-05T10:00:00.000+0000`).
    static let datePatterns: [(text: String, pattern: DatePattern, hasTime: Bool)] = [
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "dd/MM/yyyy", "MM/dd/yyyy", "dd-MM-yyyy", "dd.MM.yyyy", "dd/MM/yyyy HH:mm",
        "MM/dd/yyyy HH:mm", "dd-MM-yyyy HH:mm", "dd.MM.yyyy HH:mm", "yyyy-MM-dd", "yyyy/MM/dd", "yyyy-MM-dd'T'HH:mm:ss.SSSXX",
        "yyyy-MM-dd'T'HH:mm:ssXX",
    ].compactMap { text in (try? DatePattern(text)).map { (text, $0, $0.hasTime) } }

    /// The types a column is tried as, most specific first.
    private enum Candidate: CaseIterable {
        case email, e164, internationalPhone, isoDate, isoDateTime, integer, number, boolean, country, url
    }

    /// The most columns a draft declares.
    static let maxColumns = 1_000
    private var columns: [Column] = []
    /// Names left out because they look like data; only their number is written.
    private var dataKeys: Set<String> = []
    /// True when a column has an empty name (a delimiter at the end of each line of a CSV).
    private var hasEmptyName = false
    /// True when a name came after ``maxColumns`` columns and was left out.
    private var columnsLeftOut = false
    private var index: [String: Int] = [:]
    /// Inputs drafted from, with what reading them showed.
    private var notes: [String] = []

    package init() {}

    /// Notes a line for the draft's header (an encoding to pass, a delimiter).
    package mutating func note(_ text: String) { notes.append(text) }

    /// The column named `name`, added when new; nil for a name that is a value, or past
    /// ``maxColumns``.
    private mutating func position(of name: String) -> Int? {
        // A key that is a value (a JSON object keyed by e-mail address) is personal data:
        // it is counted, never written into the draft.
        if name.allSatisfy(\.isWhitespace) {
            hasEmptyName = true
            return nil
        }
        guard FieldNameText.looksLikeName(name), !FieldNameText.looksLikeValue(name) else {
            dataKeys.insert(name)
            return nil
        }
        if let known = index[name] { return known }
        // Bounded: a sample of many records with ever new keys stops adding columns.
        guard columns.count < Self.maxColumns else {
            columnsLeftOut = true
            return nil
        }
        index[name] = columns.count
        columns.append(Column(name: name))
        return columns.count - 1
    }

    /// Looks at one record.
    package mutating func observe(_ record: Record) {
        for field in record.fields {
            guard let position = position(of: field.name) else { continue }
            switch field.value {
            case .object, .array:
                // A list is held as a whole too: `object` is the type that accepts one.
                columns[position].isObject = true
            case .bool(let value):
                // A JSON boolean is a value: the column is boolean, not one without values.
                observe(value ? "true" : "false", in: &columns[position], isJSONBoolean: true)
            default:
                guard let text = field.value.text, !text.allSatisfy(\.isWhitespace) else { continue }
                observe(text, in: &columns[position])
            }
        }
    }

    /// Counts one value of `column`. A JSON boolean (`isJSONBoolean`) is typed like the text
    /// `true`/`false`, but is never an enum word or an undated value: the TODO about it
    /// counts it instead.
    private func observe(_ text: String, in column: inout Column, isJSONBoolean: Bool = false) {
        column.present += 1
        column.longest = max(column.longest, text.count)
        if isJSONBoolean { column.jsonBooleans += 1 }
        if !column.tooManyWords, !isJSONBoolean {
            column.distinct[text, default: 0] += 1
            if column.distinct.count > Self.maxEnumWords { column.tooManyWords = true }
        }
        text.withUTF8Bytes { bytes in
            for candidate in Candidate.allCases where !Self.accepts(candidate, bytes) {
                column.failures[candidate, default: 0] += 1
            }
            var mask: UInt32 = 0
            for (bit, entry) in Self.datePatterns.enumerated() where entry.pattern.match(bytes) != nil { mask |= 1 << UInt32(bit) }
            if mask != 0 { column.dateMatches.insert(mask) } else if !isJSONBoolean { column.undated += 1 }
        }
    }

    private static func accepts(_ candidate: Candidate, _ bytes: UTF8Bytes) -> Bool {
        switch candidate {
        case .email: ValueSyntax.isEmail(bytes)
        case .e164: ValueSyntax.isE164Phone(bytes)
        case .internationalPhone: PhoneSyntax.isValid(bytes, format: .international)
        case .isoDate: Timestamp.parse(bytes, allowDate: true, allowDateTime: false) != nil
        case .isoDateTime: Timestamp.parse(bytes, allowDate: false, allowDateTime: true) != nil
        // A leading zero (`00123`, `0612345678`, a postcode `01067`) makes a code, not a quantity.
        case .integer: !Self.hasLeadingZero(bytes) && ExactDecimal.check(bytes, integerOnly: true) == nil
        case .number: !Self.hasLeadingZero(bytes) && ExactDecimal.check(bytes, integerOnly: false) == nil
        case .boolean: ValueSyntax.boolean(bytes) != nil
        case .country: ValueSyntax.isCountryCode(bytes)
        case .url: ValueSyntax.isURL(bytes)
        }
    }

    /// True for digits that start with a 0 followed by another digit (`007`, not `0` or `0.5`).
    private static func hasLeadingZero(_ bytes: UTF8Bytes) -> Bool {
        bytes.count > 1 && bytes[0] == UInt8(ascii: "0") && bytes[1] &- UInt8(ascii: "0") < 10
    }

    // MARK: - Writing

    /// The record field a column is, by the names exports give it (`Purpose`,
    /// `Person - Purpose`, `Purpose__c`, `Legal basis for processing contact's data`).
    private static func role(of name: String) -> String? {
        var lowered = name.lowercased()
        if lowered.hasSuffix("__c") { lowered.removeLast(3) }
        let folded = String(lowered.filter(\.isLetter))
        if ["purpose", "purposes", "doel", "doeleinde", "zweck", "finalite", "finalité"].contains(where: folded.hasSuffix) {
            return "purpose"
        }
        if ["lawfulbasis", "legalbasis", "grondslag", "rechtsgrundlage", "basejuridique"].contains(where: folded.contains) {
            return "lawful_basis"
        }
        if ["source", "leadsource", "bron", "quelle", "origine"].contains(where: folded.hasSuffix) { return "source" }
        return nil
    }

    /// The field's line of the draft: its type and what else its values support.
    private func declaration(_ column: Column) -> String {
        if column.isObject { return "{ type: object }" }
        func all(_ candidate: Candidate) -> Bool { column.present > 0 && column.failures[candidate, default: 0] == 0 }
        var parts: [String]
        // What only a person can decide about the column, said once in its description.
        var todos: [String] = []
        if column.present == 0 {
            parts = ["type: string"]
            todos.append("no value in the sample; choose the type")
        } else if all(.email) {
            parts = ["type: email"]
        } else if all(.e164) {
            parts = ["type: phone"]
        } else if all(.internationalPhone) {
            parts = ["type: phone", "format: international"]
        } else if all(.isoDate) {
            parts = ["type: date"]
        } else if all(.isoDateTime) {
            parts = ["type: datetime"]
        } else if all(.boolean) {
            parts = ["type: boolean"]
        } else if all(.integer) {
            parts = ["type: integer"]
        } else if all(.number) {
            parts = ["type: number"]
        } else if all(.country) {
            parts = ["type: country"]
        } else if all(.url) {
            parts = ["type: url"]
        } else if let near = Self.nearlyTyped.first(where: { nearly($0.candidate, column) }) {
            // A real export holds a few broken e-mails or dates: the type keeps checking the
            // rest, and validate reports the few (counted here, never quoted).
            let failed = column.failures[near.candidate, default: 0]
            parts = near.parts
            todos.append("\(failed) of \(column.present) sampled values are not \(near.what); validate reports each as invalid-value")
        } else if let formats = dateFormats(column) {
            let patterns = formats.compactMap { text in Self.datePatterns.first { $0.text == text }?.pattern }
            let hasTime = patterns.contains(where: \.hasTime)
            let list = formats.count == 1 ? Self.quoted(formats[0]) : "[" + formats.map(Self.quoted).joined(separator: ", ") + "]"
            parts = [hasTime ? "type: datetime" : "type: date", "format: \(list)"]
            // Times with their offset need no zone; local times do, and so do dates alone in
            // a datetime field (they start at midnight somewhere), or lint refuses the draft.
            if hasTime, patterns.contains(where: { !$0.hasOffset }) {
                parts.append("timezone: \"TODO: the zone these local times are in, e.g. Europe/Amsterdam\"")
            }
            for (dayFirst, monthFirst) in [("dd/MM/yyyy", "MM/dd/yyyy"), ("dd/MM/yyyy HH:mm", "MM/dd/yyyy HH:mm")] {
                if formats.contains(dayFirst) && formats.contains(monthFirst) {
                    todos.append("the sample holds day-first and month-first dates; keep the one format the export writes")
                } else if formats.contains(dayFirst),
                    column.dateMatches.allSatisfy({ $0 & Self.bit(monthFirst) != 0 || $0 & Self.bit(dayFirst) == 0 })
                {
                    todos.append("every sampled day is 12 or less; check the export writes \(dayFirst), not \(monthFirst)")
                }
            }
            if column.undated > 0 {
                let what = formats.count == 1 ? "in this format" : "in either format"
                todos.append(
                    "\(column.undated) of \(column.present) sampled values are not \(what); validate reports each as invalid-value")
            }
        } else if Self.namesNotes(column.name) {
            // Whatever it holds in the sample, a notes column is free text: never an enum of
            // its sentences, and read by the free-text checks.
            parts = ["type: text"]
        } else if isEnum(column) {
            parts = ["type: enum", "values: [" + column.distinct.keys.sorted().map(Self.quoted).joined(separator: ", ") + "]"]
        } else if column.longest > 60 {
            parts = ["type: text"]
        } else {
            parts = ["type: string"]
        }
        if column.jsonBooleans > 0, column.jsonBooleans < column.present, !parts.contains("type: boolean") {
            // `"opted_out": false` in one record, `"Yes"` in another: no type takes both.
            let type = parts[0].dropFirst(6)
            let article = type.first.map { "aeiou".contains($0) } == true ? "an" : "a"
            todos.append(
                "\(column.jsonBooleans) of \(column.present) sampled values are JSON booleans and the rest strings or numbers; \(article) \(type) field refuses booleans: make the export write one or the other"
            )
        }
        if !todos.isEmpty { parts.append("description: \(Self.quoted("TODO: " + todos.joined(separator: "; ")))") }
        if let category = SpecialCategoryVocabulary.category(ofFieldName: column.name) {
            parts.append("special_category: \(category.rawValue)")
        }
        if Self.role(of: column.name) != nil { parts.append("personal: false") }
        return "{ " + parts.joined(separator: ", ") + " }"
    }

    /// Types a column keeps when nearly all of its values fit them, with what those values are.
    private static let nearlyTyped: [(candidate: Candidate, parts: [String], what: String)] = [
        (.email, ["type: email"], "e-mail addresses"), (.e164, ["type: phone"], "E.164 phone numbers"),
        (.internationalPhone, ["type: phone", "format: international"], "phone numbers"),
        (.isoDate, ["type: date"], "ISO dates"), (.isoDateTime, ["type: datetime"], "ISO date-times"),
    ]

    /// True when at least 20 values were sampled and at most one in 20 fails `candidate`: a
    /// sample that small or that mixed says too little to type the column.
    private func nearly(_ candidate: Candidate, _ column: Column) -> Bool {
        nearlyAll(column.present - column.failures[candidate, default: 0], of: column.present)
    }

    /// True when at least 20 values were sampled and `fitting` of the `present` are all but at
    /// most one in 20.
    private func nearlyAll(_ fitting: Int, of present: Int) -> Bool {
        present >= 20 && (present - fitting) * 20 <= present
    }

    /// True when one pattern writes the day before the month and the other the month first.
    private static func ordersDiffer(_ a: String, _ b: String) -> Bool {
        func monthFirst(_ pattern: String) -> Bool? {
            guard let month = pattern.firstIndex(of: "M"), let day = pattern.firstIndex(of: "d") else { return nil }
            return month < day
        }
        guard let a = monthFirst(a), let b = monthFirst(b) else { return false }
        return a != b
    }

    private static func bit(_ text: String) -> UInt32 {
        datePatterns.firstIndex { $0.text == text }.map { 1 << UInt32($0) } ?? 0
    }

    /// The fewest patterns of ``datePatterns`` (at most two) that together read every
    /// sampled value, in the list's order; nil when none do.
    /// As with the other types, a large sample keeps its formats when at most one value in 20
    /// matches none (counted in a TODO, never quoted).
    private func dateFormats(_ column: Column) -> [String]? {
        guard column.present > column.undated, column.undated == 0 || nearlyAll(column.present - column.undated, of: column.present)
        else { return nil }
        let texts = Self.datePatterns.map(\.text)
        for first in texts.indices where column.dateMatches.allSatisfy({ $0 & (1 << UInt32(first)) != 0 }) {
            return [texts[first]]
        }
        // Two formats that order day and month alike first: a day-first date beside a
        // month-first date-time would read one of them the wrong way round.
        for mixingOrders in [false, true] {
            for first in texts.indices {
                for second in texts.indices where second > first && Self.ordersDiffer(texts[first], texts[second]) == mixingOrders {
                    let both: UInt32 = 1 << UInt32(first) | 1 << UInt32(second)
                    if column.dateMatches.allSatisfy({ $0 & both != 0 }) { return [texts[first], texts[second]] }
                }
            }
        }
        return nil
    }

    /// True when a column's name ends in a word for notes or comments (`Notes`, `call_notes`,
    /// `CallNotes`, `Bemerkung`, `Kundennotiz`, `opmerkingen`): its last word names what the
    /// column holds, so `Note Type` and `keynote` do not.
    private static func namesNotes(_ name: String) -> Bool {
        let last = words(ofName: name).last ?? ""
        let noteWords = [
            "note", "notes", "comment", "comments", "remark", "remarks", "memo", "memos", "description", "commentaire", "commentaires",
            "remarque", "remarques", "notitie", "notities", "aantekening", "aantekeningen",
        ]
        // German and Dutch write compounds as one word: Kundennotiz, klantopmerkingen.
        let compoundEnds = [
            "notiz", "notizen", "bemerkung", "bemerkungen", "kommentar", "kommentare", "beschreibung", "opmerking", "opmerkingen",
            "omschrijving",
        ]
        return noteWords.contains(last) || compoundEnds.contains(where: last.hasSuffix)
    }

    /// True when a column's name says it holds a birth date (`date_of_birth`, `DOB`,
    /// `Geburtsdatum`, `geboortedatum`, `date de naissance`): never where retention starts.
    private static func namesABirthDate(_ name: String) -> Bool {
        let folded = name.lowercased().filter(\.isLetter)
        return folded == "dob" || ["birth", "geburt", "geboorte", "naissance"].contains(where: folded.contains)
    }

    /// A column of few distinct words, each repeated and each reading as a name, not data:
    /// a status or a tier. Never a special-category column or one that holds names or places,
    /// whose words are personal data (Anna, Utrecht, Catholic); never words the free-text
    /// checks would report (`Patient has diabetes`) or that were not read as text (U+FFFD
    /// for bytes of another encoding).
    private func isEnum(_ column: Column) -> Bool {
        guard SpecialCategoryVocabulary.category(ofFieldName: column.name) == nil, !Self.namesPersonalData(column.name) else {
            return false
        }
        return !column.tooManyWords && column.present >= 3 * column.distinct.count && column.distinct.count > 1
            && column.distinct.keys.allSatisfy { word in
                FieldNameText.looksLikeName(word) && !FieldNameText.looksLikeValue(word)
                    && (Self.namesACategory(column.name) || !Self.readsAsPersonOrPlace(word))
                    && word.count <= 40 && !word.contains("\u{FFFD}")
                    && Array(word.utf8).withUTF8Bytes {
                        FreeTextScanner.matches(in: $0, kinds: FreeTextKinds.identifiers.union(.specialCategories)).isEmpty
                    }
            }
    }

    /// True when a column's name says its few distinct values are still a person's (a
    /// household's surnames, a street's houses), in the languages of the exports. A word of
    /// the name must be one of these, or end in one of four letters or more (`achternaam`,
    /// `Wohnstrasse`); `sort_order` and `nominal` are not `ort` and `nom`.
    private static func namesPersonalData(_ name: String) -> Bool {
        let vocabulary = [
            "name", "naam", "nom", "prenom", "vorname", "nachname", "city", "town", "stad", "stadt", "ville", "plaats", "ort",
            "wohnort", "street", "straat", "strasse", "straße", "rue", "address", "adres", "adresse", "anschrift", "huisnummer",
            "hausnummer", "place", "postcode", "postal", "zip", "zipcode", "birth", "birthday", "birthdate", "geboorte",
            "geboortedatum", "geburt", "geburtsdatum", "naissance", "nationality", "nationaliteit", "religion", "ethnic", "ethnicity",
            "person", "partner", "spouse", "child", "enfant", "relative", "email", "phone", "telefoon", "telefon", "mobile",
        ]
        return words(ofName: name).contains { word in
            vocabulary.contains { word == $0 || ($0.count >= 4 && word.hasSuffix($0)) }
        }
    }

    /// The lowercased words of a column's name: split at what is not a letter and where a
    /// lower-case letter is followed by a capital (`firstName`, `Last Name`, `date_of_birth`).
    private static func words(ofName name: String) -> [String] {
        var words: [String] = []
        var word = ""
        var previousIsLower = false
        for character in name {
            if !character.isLetter || (character.isUppercase && previousIsLower) {
                if !word.isEmpty { words.append(word.lowercased()) }
                word = ""
            }
            if character.isLetter { word.append(character) }
            previousIsLower = character.isLowercase
        }
        if !word.isEmpty { words.append(word.lowercased()) }
        return words
    }

    /// True when a column's name says it holds a category (`Lead Status`, `deal_stage`,
    /// `Lead Source`): its values are picklist entries even when they read like names
    /// (`Closed Won`, `Trade Show`, `Neuer Kunde`, `Tier 1`).
    private static func namesACategory(_ name: String) -> Bool {
        let categories: Set<String> = [
            "status", "stage", "source", "type", "category", "tier", "segment", "channel", "method", "reason", "priority", "rating",
            "lifecycle", "level", "class", "group", "outcome", "result", "phase", "state",
        ]
        return words(ofName: name).last.map(categories.contains) ?? false
    }

    /// True when `word` reads as a person's name or an address rather than a category: two
    /// or more capitalised words (`Marie Dupont`, `Jan de Vries`), or words with a number
    /// among them (`Kerkstraat 1`). Categories are one word or lower case (`web_form`,
    /// `Trade show`, `Lead`).
    private static func readsAsPersonOrPlace(_ word: String) -> Bool {
        let parts = word.split(whereSeparator: { $0 == " " || $0 == "-" })
        guard parts.count > 1 else { return false }
        if parts.contains(where: { $0.contains(where: \.isNumber) }) { return true }
        let capitalised = parts.filter { $0.first?.isUppercase == true }.count
        // `de Vries`, `van Dijk`, `von Trapp`: a family-name particle before a capitalised word.
        let particles: Set<String> = ["de", "van", "von", "le", "la", "du", "der", "den", "ten", "ter"]
        return capitalised >= 2 || (capitalised >= 1 && parts.contains { particles.contains($0.lowercased()) })
    }

    /// The words of a purpose or basis column that may be shown: names, not data.
    private func words(of column: Column) -> [String] {
        column.distinct.keys.flatMap { $0.split(separator: ";").map { String($0).trimmingSpaces } }
            .filter { !$0.isEmpty && FieldNameText.looksLikeName($0) && !FieldNameText.looksLikeValue($0) && !$0.contains(";") }
            .reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }.sorted()
    }

    private static func quoted(_ text: String) -> String { JSONText.quoted(text) }

    /// The draft as YAML.
    package func yaml(name: String) -> String {
        var lines = [
            "# Drafted by datamin init. For completion in an editor: datamin schema > policy.schema.json, and add",
            "# '# yaml-language-server: $schema=policy.schema.json' as this file's first line.",
        ]
        lines += notes.map { "# \($0)" }
        lines += [
            "# Decide every TODO (datamin lint lists them), then validate the export: datamin validate FILE --policy THIS",
            "version: 1",
            "name: \(Self.quoted(name))",
        ]
        let purposeColumns = columns.filter { Self.role(of: $0.name) == "purpose" }
        let purposeColumn = purposeColumns.first
        let basisColumn = columns.first { Self.role(of: $0.name) == "lawful_basis" }
        let sourceColumn = columns.first { Self.role(of: $0.name) == "source" }
        let recordColumns = Set([purposeColumn, basisColumn, sourceColumn].compactMap { $0?.name })
        if let subject = columns.first(where: { declaration($0).hasPrefix("{ type: email") }) {
            lines.append(
                "subject: \(Self.quoted(subject.name))   # the field that identifies a person; duplicate-subject and erasure use it")
        }
        var record = [("purpose", purposeColumn), ("lawful_basis", basisColumn), ("source", sourceColumn)].compactMap { key, column in
            column.map { "\(key): \(Self.quoted($0.name))" }
        }
        if purposeColumns.count > 1 {
            // Exports drafted together may name the purpose in different columns; record: reads one.
            let names = purposeColumns.map(\.name).joined(separator: ", ")
            record[0] =
                "purpose: "
                + Self.quoted(
                    "TODO: the exports name the purpose in \(purposeColumns.count) columns (\(names)): name the one to read, "
                        + "and rename the others in their exports or give each export its own policy")
        }
        if !record.isEmpty { lines.append("record: { " + record.joined(separator: ", ") + " }") }
        if let basisColumn {
            let words = words(of: basisColumn).filter { LawfulBasis(rawValue: $0) == nil }
            if !words.isEmpty {
                lines.append("vocabulary:")
                lines.append("  lawful_basis:")
                for word in words {
                    lines.append(
                        "    \(Self.quoted(word)): \"TODO: the Art. 6(1) basis this word means (consent, contract, legitimate_interests …)\""
                    )
                }
            }
        }
        if columnsLeftOut {
            lines.append("# more than \(Self.maxColumns) columns in the sample: only the first \(Self.maxColumns) are drafted")
        }
        if !dataKeys.isEmpty {
            let keys = dataKeys.count == 1 ? "1 key or column name that looks" : "\(dataKeys.count) keys or column names that look"
            lines.append("# \(keys) like data left out (an object keyed by e-mail address?)")
        }
        if hasEmptyName {
            lines.append(
                "# a column or key with an empty name left out (in a CSV, a delimiter at the end of each line?): validate reports it as undeclared-field; remove it from the export"
            )
        }
        lines.append("fields:")
        for column in columns {
            lines.append("  \(Self.quoted(column.name)): \(declaration(column))")
        }
        lines.append("purposes:")
        // Every purpose word of every purpose column: exports drafted together may name them apart.
        let names = purposeColumns.flatMap(words(of:)).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }.sorted()
        // Which date starts the clock is a decision (a birth date never does): the draft lists the candidates.
        let dates = columns.filter { declaration($0).contains("type: date") && !Self.namesABirthDate($0.name) }.map(\.name)
        for name in names.isEmpty ? ["TODO: a name for the purpose"] : names {
            lines.append("  \(Self.quoted(name)):")
            if names.isEmpty {
                lines.append("    description: \"TODO: name this purpose (the key above) and say what the data is used for\"")
            }
            lines.append(
                "    lawful_basis: \"TODO: the Art. 6(1) basis: consent, contract, legal_obligation, vital_interests, public_task or legitimate_interests\""
            )
            lines.append("    required: []   # the fields every record of this purpose must fill")
            // Every column but the record fields, which every purpose permits: a second source
            // column (`utm_source` beside `lead_source`) is data the purpose must permit.
            let optional = columns.filter { !recordColumns.contains($0.name) }
            lines.append(
                "    optional: [\(optional.map { Self.quoted($0.name) }.joined(separator: ", "))]   # keep only what this purpose needs (Art. 5(1)(c))"
            )
            let categories = optional.compactMap { SpecialCategoryVocabulary.category(ofFieldName: $0.name) }
            if categories.contains(where: { $0 != .criminal }) {
                lines.append(
                    "    article9_condition: \"TODO: the Art. 9(2) condition for its special-category fields (explicit_consent, "
                        + "employment_social_security, … health_or_social_care), or leave those fields out of this purpose\"")
            }
            if categories.contains(.criminal) {
                lines.append(
                    "    article10_authorisation: \"TODO: the law or official authority that allows this purpose its criminal-data "
                        + "fields (Art. 10), or leave those fields out of it\"")
            }
            let from = dates.isEmpty ? "add a date field and name it here" : "one of " + dates.joined(separator: ", ")
            lines.append(
                "    retention: { period: \"TODO: how long, as an ISO 8601 duration such as P2Y\", from: "
                    + Self.quoted("TODO: the date field the clock starts from: " + from) + " }")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }
}
