/// Turns a parsed YAML tree into a ``Policy``, collecting every problem rather than
/// stopping at the first.
struct PolicyDecoder {
    private let source: SourceText
    /// The typed reads and every problem found.
    private var yaml: YAMLDecoder
    private var declared: [String: FieldPolicy] = [:]
    /// Fields declared with errors: references to them are not reported again.
    private var invalidFields: Set<String> = []
    /// The policy's `timezone:`, for datetime patterns without an offset.
    private var policyZone: ZoneRules?
    private var policyNamesZone = false
    /// Zones compiled so far, by name: each is compiled once however many fields name it.
    private var zones: [String: ZoneRules] = [:]

    static func decode(_ source: SourceText, file: String) throws(PolicyError) -> Policy {
        var decoder = PolicyDecoder(file: file, source: source)
        guard let root = try YAMLParser.parse(source, file: file) else {
            throw PolicyError(diagnostics: [
                Diagnostic(
                    .policyInvalid, file: file, line: 1, column: 1,
                    message: "policy is empty; start with 'version: 1', 'name:', 'fields:' and 'purposes:'")
            ])
        }
        decoder.yaml.diagnostics = PolicyStrings.problems(in: root, file: file)
        // A draft's open decisions are all that is reported: the rest follows from them.
        let todos = PolicyStrings.todos(in: root, file: file)
        if !todos.isEmpty {
            throw PolicyError(diagnostics: source.withExcerpts(decoder.yaml.diagnosticsInFileOrder + todos))
        }
        let policy = decoder.policy(root)
        guard let policy, decoder.yaml.diagnostics.isEmpty else {
            throw PolicyError(diagnostics: source.withExcerpts(decoder.yaml.diagnosticsInFileOrder))
        }
        return policy
    }

    private init(file: String, source: SourceText) {
        yaml = YAMLDecoder(file: file, code: .policyInvalid)
        self.source = source
    }

    // MARK: - Sections

    private mutating func policy(_ root: YAMLNode) -> Policy? {
        let topKeys = [
            "version", "name", "controller", "representative", "dpo", "security", "subject", "key", "timezone", "suppression", "record",
            "missing_values", "vocabulary", "extra_terms", "fields", "purposes", "checks",
        ]
        guard let top = yaml.mapping(root, in: "the policy", keys: topKeys, required: ["version", "name", "fields", "purposes"]) else {
            return nil
        }

        var version = Policy.supportedVersion
        if let node = top["version"]?.value {
            if node.scalar != String(Policy.supportedVersion) {
                yaml.error(
                    "unsupported policy version '\(node.scalar ?? node.kindName)'; this datamin reads 'version: \(Policy.supportedVersion)'",
                    at: node.mark)
            }
            version = Int(node.scalar ?? "") ?? version
        }
        let name = top["name"].flatMap { yaml.string($0.value, "'name'") } ?? ""
        let controller = top["controller"].flatMap { party($0.value, "'controller'") }

        policyNamesZone = top["timezone"] != nil
        if let node = top["timezone"]?.value, let name = yaml.string(node, "'timezone'") {
            policyZone = zone(named: name, at: node.mark, context: "'timezone'")
        }
        var fields: [FieldPolicy] = []
        if let pairs = top["fields"].flatMap({ yaml.orderedMapping($0.value, "'fields'") }) {
            for pair in pairs {
                guard let field = field(pair) else {
                    invalidFields.insert(pair.key)
                    continue
                }
                fields.append(field)
                declared[field.name] = field
            }
        }

        var recordFields = RecordFields()
        if let pair = top["record"] { recordFields = record(pair.value) }
        var subject: String?
        if let pair = top["subject"], let name = yaml.string(pair.value, "'subject'") {
            subject = reference(name, at: pair.value.mark, usage: "'subject'")
        }
        var key: String?
        if let pair = top["key"], let name = yaml.string(pair.value, "'key'") {
            key = reference(name, at: pair.value.mark, usage: "'key'")
        }
        var missingValues = [""]
        if let pair = top["missing_values"], let list = yaml.stringList(pair.value, "'missing_values'") {
            missingValues = list.map(\.text)
        }
        var vocabulary: [String: LawfulBasis] = [:]
        if let pair = top["vocabulary"] { vocabulary = self.vocabulary(pair.value) }

        var purposes: [Purpose] = []
        if let pairs = top["purposes"].flatMap({ yaml.orderedMapping($0.value, "'purposes'") }) {
            if pairs.isEmpty { yaml.error("'purposes' is empty; declare at least one purpose", at: top["purposes"]!.value.mark) }
            for pair in pairs {
                if let purpose = purpose(pair, recordFields: recordFields) { purposes.append(purpose) }
            }
        }
        if let pair = top["fields"], declared.isEmpty, yaml.diagnostics.isEmpty {
            yaml.error("'fields' is empty; declare every field the data may hold", at: pair.value.mark)
        }
        var checks: [CheckID: CheckSetting] = [:]
        if let pair = top["checks"] { checks = checkSettings(pair.value) }

        var policy = Policy(
            version: version, name: name, controller: controller?.name, subject: subject, recordFields: recordFields,
            missingValues: missingValues, lawfulBasisVocabulary: vocabulary, fields: fields,
            purposes: purposes, checkSettings: checks)
        policy.controllerParty = controller
        policy.key = key
        policy.representative = top["representative"].flatMap { party($0.value, "'representative'") }
        policy.dataProtectionOfficer = top["dpo"].flatMap { party($0.value, "'dpo'") }
        if let node = top["security"]?.value { policy.securityMeasures = yaml.stringList(node, "'security'")?.map(\.text) ?? [] }
        if let pair = top["extra_terms"] { policy.extraTerms = extraTerms(pair.value) }
        policy.warnings = source.withExcerpts(yaml.warnings)
        if let node = top["suppression"]?.value, let path = yaml.string(node, "'suppression'") {
            if subject == nil, top["subject"] == nil {
                yaml.error("'suppression' needs 'subject': the list holds erased subjects by their subject key", at: node.mark)
            }
            policy.suppressionFile = path
            policy.suppressionMark = node.mark
        }
        return policy
    }

    private mutating func field(_ pair: YAMLPair) -> FieldPolicy? {
        let context = "field '\(pair.key)'"
        let keys = [
            "type", "personal", "special_category", "max_length", "pattern", "values", "min", "max", "format", "timezone", "region",
            "allow", "description", "category",
        ]
        guard let map = yaml.mapping(pair.value, in: context, keys: keys, required: ["type"]) else { return nil }
        guard let typeNode = map["type"]?.value, let typeName = yaml.string(typeNode, "'type' of \(context)") else { return nil }
        guard let type = FieldType(rawValue: typeName) else {
            yaml.unknown("type", typeName, of: context, among: FieldType.allCases.map(\.rawValue), at: typeNode.mark)
            return nil
        }
        var field = FieldPolicy(name: pair.key, type: type)
        field.description = map["description"].flatMap { yaml.string($0.value, "'description' of \(context)") }
        field.category = map["category"].flatMap { yaml.string($0.value, "'category' of \(context)") }
        if let node = map["personal"]?.value { field.personal = yaml.boolean(node, "'personal' of \(context)") ?? true }
        if let node = map["special_category"]?.value, let text = yaml.string(node, "'special_category' of \(context)") {
            if let category = SpecialCategory(rawValue: text) {
                field.specialCategory = category
            } else {
                yaml.unknown("special category", text, of: context, among: SpecialCategory.allCases.map(\.rawValue), at: node.mark)
            }
        }
        if let node = map["max_length"]?.value {
            if let value = node.scalar.flatMap({ Int($0) }), value > 0 {
                field.maxLength = value
                if type.isTemporal || type == .boolean {
                    yaml.warn(
                        "'max_length' of \(context) limits the text of a '\(type.rawValue)', which its type already bounds; remove it",
                        at: node.mark)
                }
            } else {
                yaml.error("'max_length' of \(context) must be a whole number above 0", at: node.mark)
            }
        }
        if let node = map["pattern"]?.value, let text = yaml.string(node, "'pattern' of \(context)") {
            do {
                field.pattern = try FieldPattern(text)
            } catch {
                yaml.error("'pattern' of \(context), \(error)", at: node.mark)
            }
        }
        if let node = map["values"]?.value, let list = yaml.stringList(node, "'values' of \(context)") {
            field.values = list.map(\.text)
            if type != .enum { yaml.error("'values' only applies to 'type: enum'; \(context) is '\(type.rawValue)'", at: node.mark) }
        }
        if type == .enum, field.values.isEmpty {
            yaml.error("\(context) has 'type: enum' but no values; add 'values: [a, b]'", at: (map["values"]?.value ?? typeNode).mark)
        }
        for key in ["min", "max"] {
            guard let node = map[key]?.value else { continue }
            guard type == .integer || type == .number else {
                yaml.error("'\(key)' only applies to integer and number fields; \(context) is '\(type.rawValue)'", at: node.mark)
                continue
            }
            guard let text = node.scalar, let exact = ExactDecimal(text) else {
                yaml.error(
                    "'\(key)' of \(context) must be a decimal number such as 0, 18 or 0.35 (at most \(ExactDecimal.maximumDigits) digits, exponent within ±\(ExactDecimal.maximumExponent))",
                    at: node.mark)
                continue
            }
            // The nearest double, for the library's `min`/`max`; a bound past a double's range
            // (`1e400`, `1e-400`) is still compared exactly through `exact`.
            let value = Double(text) ?? (exact.exponent > 0 ? (exact.negative ? -.infinity : .infinity) : (exact.negative ? -0.0 : 0))
            if key == "min" {
                field.min = value
                field.exactMinimum = exact
            } else {
                field.max = value
                field.exactMaximum = exact
            }
        }
        if let min = field.exactMinimum, let max = field.exactMaximum, max.isLess(than: min) {
            yaml.error("'min' of \(context) is above its 'max'", at: map["min"]!.value.mark)
        }
        formats(of: &field, map, context: context)
        if let node = map["allow"]?.value, let list = yaml.stringList(node, "'allow' of \(context)") {
            if type != .text { yaml.error("'allow' only applies to 'type: text'; \(context) is '\(type.rawValue)'", at: node.mark) }
            for item in list {
                if let kind = FreeTextKind(id: item.text) {
                    field.allowedInText.insert(kind)
                } else {
                    yaml.unknown(
                        "free-text kind", item.text, of: "'allow' of \(context)", among: FreeTextKind.allCases.map(\.id), at: item.mark)
                }
            }
        }
        return field
    }

    /// `extra_terms:` a special category's name, then its words: `dialysis`, or a stem
    /// of four letters or more with `*` (`chemokuur*`); letters only, one word each.
    private mutating func extraTerms(_ node: YAMLNode) -> [SpecialCategory: [String]] {
        var terms: [SpecialCategory: [String]] = [:]
        guard let pairs = yaml.orderedMapping(node, "'extra_terms'") else { return terms }
        for pair in pairs {
            guard let category = SpecialCategory(rawValue: pair.key) else {
                yaml.unknown(
                    "special category", pair.key, of: "'extra_terms'", among: SpecialCategory.allCases.map(\.rawValue), at: pair.keyMark)
                continue
            }
            guard let list = yaml.stringList(pair.value, "'\(pair.key)' of 'extra_terms'") else { continue }
            for item in list {
                let word = item.text.hasSuffix("*") ? String(item.text.dropLast()) : item.text
                let letters = NoteWords.foldedLetters(of: word)
                // Greek and Cyrillic letters all fold to one sign, which every such word matches.
                if word.isEmpty || letters == nil || word.first?.isLetter != true || letters!.contains(UInt8(ascii: "~")) {
                    yaml.error(
                        "'\(item.text)' in 'extra_terms' is not one word of Latin letters; write each word on its own "
                            + "(a stem ends in '*': 'chemokuur*')", at: item.mark)
                } else if !item.text.hasSuffix("*"), letters!.count < 3 {
                    yaml.error("the word '\(item.text)' in 'extra_terms' is shorter than three letters; write a longer word", at: item.mark)
                } else if item.text.hasSuffix("*"), letters!.count < 4 {
                    yaml.error("the stem '\(item.text)' in 'extra_terms' is shorter than four letters; write the whole word", at: item.mark)
                } else {
                    terms[category, default: []].append(item.text)
                }
            }
        }
        return terms
    }

    /// `format`, `timezone` and `region` (SPEC §8.1): date patterns and their zone, or a
    /// phone format.
    private mutating func formats(of field: inout FieldPolicy, _ map: [String: YAMLPair], context: String) {
        let type = field.type
        let formatNode = map["format"]?.value
        if type == .phone {
            var regionName: String?
            if let node = map["region"]?.value, let text = yaml.string(node, "'region' of \(context)") {
                if PhoneRegion.all[text] != nil {
                    regionName = text
                } else {
                    yaml.unknown("phone region", text, of: context, among: PhoneRegion.all.keys.sorted(), at: node.mark)
                }
            }
            if let node = formatNode, let text = yaml.string(node, "'format' of \(context)") {
                switch text {
                case "e164": field.phoneFormat = .e164
                case "international": field.phoneFormat = .international
                case "national":
                    if let regionName {
                        field.phoneFormat = .national(region: regionName)
                    } else if map["region"] == nil {
                        yaml.error("\(context) has 'format: national' but no 'region'; add one such as 'region: NL'", at: node.mark)
                    }
                default: yaml.unknown("phone format", text, of: context, among: ["e164", "international", "national"], at: node.mark)
                }
            }
            if let node = map["region"]?.value, field.phoneFormat == .e164 || field.phoneFormat == .international,
                formatNode?.scalar != "national"
            {
                yaml.error("'region' only applies to 'format: national'; \(context) is not national", at: node.mark)
            }
        } else if type.isTemporal, let node = formatNode {
            let items: [(text: String, mark: SourceMark)]? =
                node.scalar.map { [($0, node.mark)] } ?? yaml.stringList(node, "'format' of \(context)")
            if case .sequence(let list) = node.content, list.isEmpty {
                // An empty list would silently mean the ISO default the key was written to replace.
                yaml.error(
                    "'format' of \(context) is an empty list; name at least one pattern, or remove 'format' to read ISO 8601", at: node.mark
                )
            }
            for item in items ?? [] {
                do {
                    let pattern = try DatePattern(item.text)
                    if type == .date, pattern.hasTime || pattern.hasOffset {
                        yaml.error(
                            "'format' of \(context) reads a time, but the field is a date; make it 'type: datetime' or drop the time",
                            at: item.mark)
                    }
                    field.datePatterns.append(pattern)
                } catch {
                    var mark = item.mark
                    mark.column += error.offset + (source.isQuote(at: item.mark) ? 1 : 0)
                    yaml.error("'format' of \(context): \(error.message)", at: mark)
                }
            }
        } else if let node = formatNode {
            yaml.error("'format' only applies to date, datetime and phone fields; \(context) is '\(type.rawValue)'", at: node.mark)
        }
        if type != .phone, let node = map["region"]?.value {
            yaml.error("'region' only applies to phone fields; \(context) is '\(type.rawValue)'", at: node.mark)
        }
        var fieldZone: ZoneRules?
        if let node = map["timezone"]?.value, let name = yaml.string(node, "'timezone' of \(context)") {
            if type != .datetime {
                yaml.error("'timezone' only applies to datetime fields; \(context) is '\(type.rawValue)'", at: node.mark)
            } else {
                fieldZone = zone(named: name, at: node.mark, context: "'timezone' of \(context)")
            }
        }
        if type == .datetime, field.datePatterns.contains(where: { !$0.hasOffset }) {
            field.zone = fieldZone ?? policyZone
            // A zone that is named but unknown was reported already.
            if field.zone == nil, map["timezone"] == nil, !policyNamesZone, let node = formatNode {
                yaml.error(
                    "'format' of \(context) has no offset (XXX or XX), so values need a zone: add 'timezone:' to the field or the policy, such as 'timezone: Europe/Amsterdam'",
                    at: node.mark)
            }
        }
    }

    /// The compiled zone named `name`, or nil and an error with the closest known name.
    private mutating func zone(named name: String, at mark: SourceMark, context: String) -> ZoneRules? {
        if let known = zones[name] { return known }
        guard let rules = ZoneRules(identifier: name) else {
            let guess = Suggestion.closest(to: name, among: ZoneRules.knownIdentifiers).map { "; did you mean '\($0)'?" }
            yaml.error(
                "unknown time zone '\(name)' in \(context)\(guess ?? "; write an IANA name such as Europe/Amsterdam or UTC")", at: mark)
            return nil
        }
        zones[name] = rules
        return rules
    }

    private mutating func record(_ node: YAMLNode) -> RecordFields {
        let keys = ["purpose", "lawful_basis", "source", "birth_date", "legal_hold"]
        guard let map = yaml.mapping(node, in: "'record'", keys: keys, required: []) else { return RecordFields() }
        func named(_ key: String, _ decoder: inout PolicyDecoder) -> String? {
            guard let value = map[key]?.value, let name = decoder.yaml.string(value, "'record.\(key)'") else { return nil }
            return decoder.reference(name, at: value.mark, usage: "'record.\(key)'")
        }
        var fields = RecordFields(
            purpose: named("purpose", &self), lawfulBasis: named("lawful_basis", &self), source: named("source", &self))
        fields.birthDate = named("birth_date", &self)
        if let birthDate = fields.birthDate, let node = map["birth_date"]?.value, declared[birthDate]?.type != .date {
            yaml.error(
                "'record.birth_date' names '\(birthDate)', a \(declared[birthDate]!.type.rawValue) field; it must name a date field",
                at: node.mark)
        }
        fields.legalHold = named("legal_hold", &self)
        if let hold = fields.legalHold, let node = map["legal_hold"]?.value { trueish(hold, at: node.mark, usage: "'record.legal_hold'") }
        return fields
    }

    private mutating func vocabulary(_ node: YAMLNode) -> [String: LawfulBasis] {
        guard let map = yaml.mapping(node, in: "'vocabulary'", keys: ["lawful_basis"], required: []),
            let entries = map["lawful_basis"].flatMap({ yaml.orderedMapping($0.value, "'vocabulary.lawful_basis'") })
        else { return [:] }
        var result: [String: LawfulBasis] = [:]
        var firstEntry: [String: YAMLPair] = [:]
        for entry in entries {
            guard let target = yaml.string(entry.value, "vocabulary entry '\(entry.key)'") else { continue }
            guard let basis = LawfulBasis(rawValue: target) else {
                yaml.unknown(
                    "lawful basis", target, of: "vocabulary entry '\(entry.key)'", among: LawfulBasis.allCases.map(\.rawValue),
                    at: entry.value.mark)
                continue
            }
            yaml.separatorFree(entry.key, "a vocabulary word", at: entry.keyMark)
            let word = entry.key.lowercased()
            if let key = LawfulBasis(rawValue: word), key != basis {
                yaml.error(
                    "vocabulary entry '\(entry.key)' is the lawful basis '\(word)' itself, which always means \(word); remove the entry or map another word",
                    at: entry.keyMark)
                continue
            }
            // Words match case-insensitively: two spellings of one word with different bases
            // would leave a record's basis to whichever entry came last.
            if let earlier = firstEntry[word], result[word] != basis {
                yaml.error(
                    "vocabulary entry '\(entry.key)' is the word of entry '\(earlier.key)' (line \(earlier.keyMark.line)), as vocabulary words match case-insensitively, but maps it to another basis; keep one of them",
                    at: entry.keyMark)
                continue
            }
            firstEntry[word] = firstEntry[word] ?? entry
            result[word] = basis
        }
        return result
    }

    private mutating func purpose(_ pair: YAMLPair, recordFields: RecordFields) -> Purpose? {
        let context = "purpose '\(pair.key)'"
        yaml.separatorFree(pair.key, "a purpose name", at: pair.keyMark)
        let keys = [
            "description", "lawful_basis", "consent", "required", "optional", "retention", "article9_condition",
            "direct_marketing", "objection", "min_age", "article10_authorisation", "data_subjects", "recipients", "transfers",
            "legitimate_interest", "profiling", "article22_ground",
        ]
        guard let map = yaml.mapping(pair.value, in: context, keys: keys, required: ["lawful_basis", "retention"]) else { return nil }

        var bases: [LawfulBasis] = []
        if let node = map["lawful_basis"]?.value {
            let words: [(text: String, mark: SourceMark)]? =
                node.scalar != nil ? [(node.scalar!, node.mark)] : yaml.stringList(node, "'lawful_basis' of \(context)")
            for word in words ?? [] {
                if let basis = LawfulBasis(rawValue: word.text) {
                    bases.append(basis)
                } else {
                    yaml.unknown("lawful basis", word.text, of: context, among: LawfulBasis.allCases.map(\.rawValue), at: word.mark)
                }
            }
            if words?.isEmpty == true { yaml.error("\(context) lists no lawful basis; name at least one Art. 6(1) basis", at: node.mark) }
        }
        var consent: ConsentRule?
        if let node = map["consent"]?.value { consent = consentRule(node, context: context) }
        let required = fieldList(map["required"]?.value, "'required' of \(context)")
        let optional = fieldList(map["optional"]?.value, "'optional' of \(context)")
        warnRepeatedFields(in: [map["required"]?.value, map["optional"]?.value], of: context)
        var retention: Retention?
        if let pair = map["retention"] { retention = retentionRule(pair.value, context: context) }
        var condition: Article9Condition?
        if let node = map["article9_condition"]?.value, let text = yaml.string(node, "'article9_condition' of \(context)") {
            condition = Article9Condition(rawValue: text)
            if condition == nil {
                yaml.unknown("Art. 9(2) condition", text, of: context, among: Article9Condition.allCases.map(\.rawValue), at: node.mark)
            }
        }
        let rules = PurposeRules(declared: declared, recordFields: recordFields)
        rules.checkConsent(bases: bases, condition: condition, map, context: context, into: &yaml)
        guard let retention else { return nil }
        var purpose = Purpose(
            name: pair.key, description: map["description"]?.value.scalar, lawfulBases: bases, consent: consent,
            required: required, optional: optional, retention: retention, article9Condition: condition)
        if let node = map["direct_marketing"]?.value {
            purpose.directMarketing = yaml.boolean(node, "'direct_marketing' of \(context)") ?? false
        }
        if let node = map["objection"]?.value, let name = yaml.string(node, "'objection' of \(context)"),
            let field = reference(name, at: node.mark, usage: "'objection' of \(context)")
        {
            trueish(field, at: node.mark, usage: "'objection' of \(context)")
            purpose.objection = field
        }
        if let node = map["min_age"]?.value {
            if let value = node.scalar.flatMap({ Int($0) }), (1...120).contains(value) {
                purpose.minAge = value
                if let birthDate = recordFields.birthDate, !purpose.required.contains(birthDate) {
                    purpose.required.append(birthDate)  // min_age permits and requires the birth date
                }
            } else {
                yaml.error("'min_age' of \(context) must be a whole number of years from 1 to 120", at: node.mark)
            }
        }
        purpose.record = purposeRecord(map, context: context)
        rules.check(purpose, pair, map, context: context, into: &yaml)
        PurposeAdvice(declared: declared, recordFields: recordFields).warn(about: purpose, pair, map, context: context, into: &yaml)
        return purpose
    }

    /// The Art. 30 keys of a purpose.
    private mutating func purposeRecord(_ map: [String: YAMLPair], context: String) -> PurposeRecord {
        var record = PurposeRecord()
        if let node = map["data_subjects"]?.value {
            record.dataSubjects = yaml.stringList(node, "'data_subjects' of \(context)")?.map(\.text) ?? []
        }
        if let node = map["recipients"]?.value {
            record.recipients = yaml.stringList(node, "'recipients' of \(context)")?.map(\.text) ?? []
        }
        if let node = map["transfers"]?.value {
            if case .sequence(let items) = node.content {
                record.transfers = items.compactMap { item in
                    guard
                        let fields = yaml.mapping(
                            item, in: "a transfer of \(context)", keys: ["country", "safeguard"], required: ["country"]),
                        let country = fields["country"].flatMap({ yaml.string($0.value, "'country' of a transfer") })
                    else { return nil }
                    return Transfer(
                        country: country, safeguard: fields["safeguard"].flatMap { yaml.string($0.value, "'safeguard' of a transfer") })
                }
            } else if node.isEmptyPlain || node.scalar == "none" {
                record.transfers = []
            } else {
                yaml.error("'transfers' of \(context) must be a list of '{ country: …, safeguard: … }', or 'none'", at: node.mark)
            }
        }
        if let node = map["legitimate_interest"]?.value,
            let fields = yaml.mapping(node, in: "'legitimate_interest' of \(context)", keys: ["interest", "assessment"], required: [])
        {
            record.legitimateInterest = LegitimateInterest(
                interest: fields["interest"].flatMap { yaml.string($0.value, "'legitimate_interest.interest'") },
                assessment: fields["assessment"].flatMap { yaml.string($0.value, "'legitimate_interest.assessment'") })
        }
        if let node = map["profiling"]?.value { record.profiling = yaml.boolean(node, "'profiling' of \(context)") }
        if let node = map["article22_ground"]?.value, let text = yaml.string(node, "'article22_ground' of \(context)") {
            record.article22Ground = Article22Ground(rawValue: text)
            if record.article22Ground == nil {
                yaml.unknown("Art. 22(2) ground", text, of: context, among: Article22Ground.allCases.map(\.rawValue), at: node.mark)
            }
        }
        if let node = map["article10_authorisation"]?.value {
            record.article10Authorisation = yaml.string(node, "'article10_authorisation' of \(context)")
        }
        return record
    }

    /// `controller:`, `representative:` or `dpo:` as a name or `{ name:, contact: }`.
    private mutating func party(_ node: YAMLNode, _ context: String) -> Party? {
        if let name = node.scalar { return Party(name: name) }
        guard let fields = yaml.mapping(node, in: context, keys: ["name", "contact"], required: ["name"]),
            let name = fields["name"].flatMap({ yaml.string($0.value, "'name' of \(context)") })
        else { return nil }
        return Party(name: name, contact: fields["contact"].flatMap { yaml.string($0.value, "'contact' of \(context)") })
    }

    private mutating func consentRule(_ node: YAMLNode, context: String) -> ConsentRule? {
        let keys = ["at", "scope_field", "scope", "withdrawn_at", "confirmed_at", "notice"]
        guard let map = yaml.mapping(node, in: "'consent' of \(context)", keys: keys, required: ["at"]) else { return nil }
        guard let atNode = map["at"]?.value, let at = yaml.string(atNode, "'consent.at' of \(context)"),
            let field = reference(at, at: atNode.mark, usage: "'consent.at' of \(context)")
        else { return nil }
        temporal(field, at: atNode.mark, usage: "'consent.at' of \(context)")
        var rule = ConsentRule(at: field)
        if let node = map["scope_field"]?.value, let name = yaml.string(node, "'consent.scope_field' of \(context)") {
            rule.scopeField = reference(name, at: node.mark, usage: "'consent.scope_field' of \(context)")
        }
        if let node = map["scope"]?.value, let scope = yaml.string(node, "'consent.scope' of \(context)") {
            yaml.separatorFree(scope, "'consent.scope' of \(context)", at: node.mark)
            rule.scope = scope
        }
        for (key, path) in [
            ("withdrawn_at", \ConsentRule.withdrawnAt), ("confirmed_at", \ConsentRule.confirmedAt), ("notice", \ConsentRule.notice),
        ] {
            guard let node = map[key]?.value, let name = yaml.string(node, "'consent.\(key)' of \(context)"),
                let field = reference(name, at: node.mark, usage: "'consent.\(key)' of \(context)")
            else { continue }
            if key != "notice" { temporal(field, at: node.mark, usage: "'consent.\(key)' of \(context)") }
            rule[keyPath: path] = field
        }
        if (rule.scope == nil) != (map["scope_field"] == nil) {
            yaml.error(
                "'consent' of \(context) needs both 'scope_field' and 'scope' to check what consent covers, or neither", at: node.mark)
        }
        return rule
    }

    private mutating func retentionRule(_ node: YAMLNode, context: String) -> Retention? {
        guard
            let map = yaml.mapping(
                node, in: "'retention' of \(context)", keys: ["period", "from", "if_missing", "align"], required: ["period", "from"]),
            let periodNode = map["period"]?.value, let periodText = yaml.string(periodNode, "'retention.period' of \(context)"),
            let fromNode = map["from"]?.value
        else { return nil }
        let period = ISODuration(periodText)
        if period == nil {
            yaml.error(
                "'\(periodText)' is not an ISO 8601 duration; write it like P2Y, P6M, P30D, P2W, P1Y6M or PT72H", at: periodNode.mark)
        }
        let names: [(text: String, mark: SourceMark)] =
            fromNode.scalar.map { [($0, fromNode.mark)] } ?? yaml.stringList(fromNode, "'retention.from' of \(context)") ?? []
        if names.isEmpty {
            yaml.error("'retention.from' of \(context) names no field; name the date the clock starts from", at: fromNode.mark)
        }
        var from: [String] = []
        for name in names {
            guard let field = reference(name.text, at: name.mark, usage: "'retention.from' of \(context)") else { return nil }
            temporal(field, at: name.mark, usage: "'retention.from' of \(context)")
            from.append(field)
        }
        guard let period, !from.isEmpty else { return nil }
        var retention = Retention(period: period, fromFields: from)
        if let node = map["if_missing"]?.value, let text = yaml.string(node, "'retention.if_missing' of \(context)") {
            switch text {
            case "keep": retention.keepIfMissing = true
            case "unknown": break
            default: yaml.unknown("'if_missing' value", text, of: context, among: ["keep", "unknown"], at: node.mark)
            }
        }
        if let node = map["align"]?.value, let text = yaml.string(node, "'retention.align' of \(context)") {
            switch text {
            case "year_end": retention.alignsToYearEnd = true
            case "none": break
            default: yaml.unknown("'align' value", text, of: context, among: ["none", "year_end"], at: node.mark)
            }
        }
        return retention
    }

    private mutating func checkSettings(_ node: YAMLNode) -> [CheckID: CheckSetting] {
        guard let pairs = yaml.orderedMapping(node, "'checks'") else { return [:] }
        var result: [CheckID: CheckSetting] = [:]
        for pair in pairs {
            guard let id = CheckID(rawValue: pair.key) else {
                yaml.unknown("check", pair.key, of: "'checks'", among: CheckID.allCases.map(\.rawValue), at: pair.keyMark)
                continue
            }
            guard let text = yaml.string(pair.value, "check '\(pair.key)'") else { continue }
            guard let setting = CheckSetting(rawValue: text) else {
                yaml.error("check '\(pair.key)' is set to '\(text)'; use error, warning or off", at: pair.value.mark)
                continue
            }
            result[id] = setting
        }
        return result
    }

    // MARK: - References

    private mutating func fieldList(_ node: YAMLNode?, _ usage: String) -> [String] {
        guard let node, let list = yaml.stringList(node, usage) else { return [] }
        return list.compactMap { reference($0.text, at: $0.mark, usage: usage) }
    }

    /// Warns where a field is named again among a purpose's `required` and `optional`. It does
    /// no harm (required wins), but says the lists were edited in two places.
    private mutating func warnRepeatedFields(in lists: [YAMLNode?], of context: String) {
        var first: [String: SourceMark] = [:]
        for case .sequence(let items)? in lists.map({ $0?.content }) {
            for item in items {
                guard let name = item.scalar else { continue }
                if let earlier = first[name] {
                    yaml.warn(
                        "field '\(name)' is named again in \(context) (first on line \(earlier.line)); name each field once, in 'required' or in 'optional'",
                        at: item.mark)
                } else {
                    first[name] = item.mark
                }
            }
        }
    }

    /// `name` if the policy declares it, else nil and an error that suggests a declared name.
    private mutating func reference(_ name: String, at mark: SourceMark, usage: String) -> String? {
        if declared[name] != nil { return name }
        if invalidFields.contains(name) { return nil }
        var message = "\(usage) names undeclared field '\(name)'"
        if let guess = Suggestion.closest(to: name, among: Array(declared.keys)) {
            message += "; did you mean '\(guess)'?"
        } else {
            message += "; declare it under 'fields:' first"
        }
        yaml.error(message, at: mark)
        return nil
    }

    /// Errors unless `name` can be true-ish: a boolean, date or datetime field (SPEC §8.2).
    private mutating func trueish(_ name: String, at mark: SourceMark, usage: String) {
        guard let field = declared[name], ![.boolean, .date, .datetime].contains(field.type) else { return }
        yaml.error("\(usage) names '\(name)', a \(field.type.rawValue) field; it must name a boolean, date or datetime field", at: mark)
    }

    private mutating func temporal(_ name: String, at mark: SourceMark, usage: String) {
        guard let field = declared[name], !field.type.isTemporal else { return }
        yaml.error("\(usage) names '\(name)', a \(field.type.rawValue) field; it must name a date or datetime field", at: mark)
    }
}
