/// Finds the identifiers of `pii-in-free-text` in one note (SPEC §8.5).
///
/// Numbers are read as ``DigitRun``s and decided by checksum, length, grouping and the words
/// around them: a national id of 9–11 digits counts only next to its own word (`BSN`,
/// `Steuer-ID`, `SSN`), unless it is written in a form only that id has (a NINO, a NIR, a
/// Belgian number as `85.07.30-033.28`); a number after an order, invoice, tracking or
/// company-register word, or next to a currency, is not personal data.
struct IdentifierFinder {
    private let text: UTF8Bytes
    private let kinds: FreeTextKinds
    /// What was found so far, after what the caller's array held.
    private var matches: [TextMatch]
    /// Where this note's matches start in ``matches``.
    private let firstMatch: Int
    /// The note's words, for the context of numbers, dates and lower-case NINOs.
    private let words: NoteWords
    /// Whether the note spells a dot out; nil until an ` at ` asks.
    private var spelledDot: Bool?
    /// The number being read, in storage the caller lends (and takes back with
    /// ``results()``), so its arrays are allocated once per thread rather than once per note.
    private var number: DigitRun

    init(text: UTF8Bytes, words: NoteWords, kinds: FreeTextKinds, matches: consuming [TextMatch], number: consuming DigitRun) {
        self.text = text
        self.words = words
        self.kinds = kinds
        self.matches = matches
        firstMatch = self.matches.count
        self.number = number
    }

    /// What ``run()`` found, after what the array lent to it held, and the number storage.
    consuming func results() -> (matches: [TextMatch], number: DigitRun) { (matches, number) }

    /// Finds the identifiers of the note.
    mutating func run() {
        let findsEmails = kinds.contains(.email)
        var index = 0
        var lastDigit = Int.min / 2
        var nextDigit = -1
        var word = 0
        while index < text.count {
            let byte = text[index]
            // Most bytes are a word's, which the words were read for once, or the space after one.
            while word < words.count, words[word].start < index { word += 1 }
            if word < words.count, words[word].start == index {
                let end = words[word].end
                word += 1
                // Most words are neither a month nor two letters before a digit or space (IBAN, NINO).
                let mayStartIdentifier =
                    words[word - 1].exact.map { $0.month != 0 } == true
                    || index + 2 < text.count && Self.isLetter(text[index + 1]) && !Self.isLetter(text[index + 2])
                if mayStartIdentifier, let range = identifierStarting(atWord: word - 1, lastDigit: lastDigit, nextDigit: &nextDigit) {
                    index = range.upperBound
                    continue
                }
                index = end
                continue
            }
            if byte == UInt8(ascii: " "), !findsEmails || !Self.mayStartAnAtSign(byte, at: index, in: text) {
                index += 1
                continue
            }
            if findsEmails, Self.mayStartAnAtSign(byte, at: index, in: text), let end = email(at: index) {
                index = end
                continue
            }
            let startsNumber =
                DigitRun.isDigit(byte)
                || ((byte == UInt8(ascii: "+") || byte == UInt8(ascii: "(")) && index + 1 < text.count && DigitRun.isDigit(text[index + 1])
                    && !NoteWords.endsWordCharacter(at: index, in: text))
            if startsNumber, DigitRun.isDigit(byte), let end = Self.endOfShortNumber(at: index, in: text) {
                // One group of up to six digits (`booth 12`, `3 pm`): no identifier is that short.
                index = end
                lastDigit = end - 1
                continue
            }
            if startsNumber {
                number.read(at: index, in: text)
                let run = number
                classify(run)
                index = max(run.end, index + 1)
                lastDigit = index - 1
                continue
            }
            // The rest of a word that a number or an address ended in (`2026abc`): what can start one, then its end.
            guard (byte >= 0x80 || Self.isLetter(byte)) && NoteWords.startsWordCharacter(at: index, in: text) else {
                index += 1
                continue
            }
            if let end = ibanOrNINO(at: index) {
                index = end
                continue
            }
            index = max(index + 1, NoteWords.wordEnd(from: index, in: text))
        }
    }

    /// An IBAN, a NINO or a date of birth with its month in words that starts at word `word`.
    private mutating func identifierStarting(atWord word: Int, lastDigit: Int, nextDigit: inout Int) -> Range<Int>? {
        let start = words[word].start
        if let end = ibanOrNINO(at: start) { return start..<end }
        guard kinds.contains(.birthDate), let month = words[word].exact?.month, month != 0 else { return nil }
        // A month name is only worth reading next to a day or a year.
        if nextDigit < start { nextDigit = Self.firstDigit(from: start, in: text) }
        guard start - lastDigit <= 8 || nextDigit - start <= 12, let range = textualBirthDate(monthAt: start, ending: words[word].end)
        else { return nil }
        add(.birthDate, range)
        return range
    }

    /// The end of an IBAN or a NINO that starts at `index`, recorded; nil when none does.
    private mutating func ibanOrNINO(at index: Int) -> Int? {
        // Both start with two letters and a digit, or a space (of any width) and a digit for a NINO.
        guard Self.isLetter(text[index]), index + 2 < text.count, Self.isLetter(text[index + 1]) else { return nil }
        let space = DigitRun.isDigit(text[index + 2]) ? 0 : DigitRun.spaceWidth(at: index + 2, in: text) ?? -1
        guard space >= 0, index + 2 + space < text.count, DigitRun.isDigit(text[index + 2 + space]) else { return nil }
        if kinds.contains(.iban), let end = ibanEnd(from: index) {
            add(.iban, index..<end)
            return end
        }
        if kinds.contains(.nino), let end = ninoEnd(from: index) {
            add(.nino, index..<end)
            return end
        }
        return nil
    }

    /// Where a lone group of at most six digits starting at `start` ends, or nil when more
    /// digits or another group follow.
    private static func endOfShortNumber(at start: Int, in text: UTF8Bytes) -> Int? {
        var end = start
        while end < text.count, DigitRun.isDigit(text[end]) {
            end += 1
            if end - start > 6 { return nil }
        }
        var next = end
        if next < text.count, text[next] == UInt8(ascii: ")") { next += 1 }
        if let width = DigitRun.spaceWidth(at: next, in: text) { next += width }
        if let width = DigitRun.dashWidth(at: next, in: text) {
            next += width
        } else if next < text.count, text[next] == UInt8(ascii: ".") || text[next] == UInt8(ascii: "/") || text[next] == UInt8(ascii: "(") {
            next += 1
        }
        if let width = DigitRun.spaceWidth(at: next, in: text) { next += width }
        if next < text.count, DigitRun.isDigit(text[next]) || text[next] == UInt8(ascii: "(") { return nil }
        // The Corsican department of a NIR: 2A, 2B.
        if end < text.count, text[end] == UInt8(ascii: "A") || text[end] == UInt8(ascii: "B") { return nil }
        return end
    }

    private static func firstDigit(from start: Int, in text: UTF8Bytes) -> Int {
        var index = start
        while index < text.count, !DigitRun.isDigit(text[index]) { index += 1 }
        return index < text.count ? index : Int.max / 2
    }

    private mutating func add(_ kind: FreeTextKind, _ range: Range<Int>) {
        if kinds.contains(kind) { matches.append(TextMatch(kind: kind, range: range)) }
    }

    // MARK: - Numbers

    private mutating func classify(_ run: DigitRun) {
        guard !run.tooLong, run.count >= 7 || run.groups.count >= 3 else {
            if let range = shortDate(run) { add(.birthDate, range) }
            return
        }
        if let range = numericDate(run) {
            if context(around: run).contains(.birth) || followsABirthSign(run) || followsABirthAbbreviation(run.start) {
                add(.birthDate, range)
            }
            return
        }
        // A national id's own word may sit further back than other context (`his BSN for the
        // warranty claim - gave it anyway: …`): those words are looked for nine words back.
        let context = context(around: run)
        var idContext = context
        if run.count == 8 || run.count == 9 || run.count == 11 {
            idContext.formUnion(self.context(around: run, reach: 9).intersection([.bsn, .beNumber, .steuerID, .ssn]))
        }
        let blocked = isBlocked(run)
        guard run.isAllDigits else {
            if run.count == 15, !blocked, IdentifierChecksums.isNIR(run.digits) { add(.nir, run.start..<run.end) }
            return
        }
        let digits = run.digits
        switch digits.count {
        case 15 where !blocked && IdentifierChecksums.isNIR(digits):
            add(.nir, run.start..<run.end)
            return
        case 11
        where IdentifierChecksums.isBelgianNationalNumber(digits)
            && (idContext.contains(.beNumber) || run.hasGroups(2, 2, 2, 3, 2) || run.hasGroups(6, 3, 2) || run.hasGroups(6, 5)):
            add(.beNationalNumber, run.start..<run.end)
            return
        case 11 where idContext.contains(.steuerID) && IdentifierChecksums.isSteuerID(digits):
            add(.steuerID, run.start..<run.end)
            return
        case 8, 9:
            if idContext.contains(.bsn), IdentifierChecksums.isBSN(digits) {
                add(.bsn, run.start..<run.end)
                return
            }
            if idContext.contains(.ssn), digits.count == 9, IdentifierChecksums.isSSN(digits), run.hasGroups(9) || run.hasGroups(3, 2, 4) {
                add(.ssn, run.start..<run.end)
                return
            }
        default:
            break
        }
        let isCard = (13...19).contains(digits.count) && hasCardGrouping(run) && IdentifierChecksums.isCard(digits)
        // A card's word beside the number outweighs a reference word before it: `card ref 4111 …`,
        // `order ref 4532… paid by card`; without one (`paid` is not one: a paid order's
        // number is still the order's), `Paketnummer 4111 …` stays a parcel's.
        if isCard, !blocked || context.contains(.card), !isAmount(run) {
            add(.card, run.start..<run.end)
            return
        }
        guard !blocked, !isAmount(run), !isEnterpriseNumber(run, context: context) else { return }
        // A number after another identifier's word that failed that identifier's checksum is
        // a mistyped (or made-up) identifier, not a phone number; but none of those is written
        // with an international prefix (`+31612349876 iban`), and a word after the number names
        // what follows it (`0160 98765432, IBAN DE29 …`).
        let otherIdentifier: FreeTextLexicon.Roles = [.bsn, .beNumber, .steuerID, .nir, .ssn, .nino, .iban]
        let dialledAbroad = run.plus || (digits.count >= 10 && digits[0] == 0 && digits[1] == 0)
        if !dialledAbroad, !self.context(around: run, after: 0).isDisjoint(with: otherIdentifier), !context.contains(.phone) { return }
        // `030/21936187-N`, `0612 035 504-B`: a letter after the digits makes it a code.
        if endsInALetter(run) { return }
        if isPhone(run, context: context) { add(.phone, run.start..<run.end) }
    }

    /// A Belgian enterprise number (KBO/BCE): ten digits from 0 or 1, the last two 97 less
    /// the first eight modulo 97, written with dots (`0403.170.701`) or after a company
    /// word (`KBO 0403 170 701`). A company's. One phone number in 97 has the checksum too,
    /// so a phone word, or no sign of a company, leaves it a phone.
    private func isEnterpriseNumber(_ run: DigitRun, context: FreeTextLexicon.Roles) -> Bool {
        guard run.count == 10, run.isAllDigits, run.digits[0] <= 1, !context.contains(.phone),
            run.hasGroups(4, 3, 3) && run.separators.allSatisfy({ $0 == UInt8(ascii: ".") })
                || (run.hasGroups(4, 3, 3) || run.hasGroups(10)) && context.contains(.company)
        else { return false }
        let body = run.digits[0..<8].reduce(0) { $0 * 10 + Int($1) }
        let check = Int(run.digits[8]) * 10 + Int(run.digits[9])
        return check == 97 - body % 97
    }

    /// Card numbers are typed unbroken or in their issuer's groups: 4-4-4-4(-3), 4-6-5, 4-6-4.
    private func hasCardGrouping(_ run: DigitRun) -> Bool {
        guard run.groups.count > 1 else { return true }
        guard run.hasOneSeparator,
            run.separators[0] == UInt8(ascii: " ") || run.separators[0] == UInt8(ascii: "-") || run.separators[0] == UInt8(ascii: ".")
        else { return false }
        if run.hasGroups(4, 6, 5) || run.hasGroups(4, 6, 4) { return true }
        return run.groups.dropLast().allSatisfy { $0 == 4 } && (1...4).contains(run.groups.last!)
    }

    private func isPhone(_ run: DigitRun, context: FreeTextLexicon.Roles) -> Bool {
        var digits = run.digits
        let groups = run.groups
        // `+31 (0)6 …`, `0031-(0)6-…`: the trunk 0 in parentheses is not dialled from abroad.
        let international = run.plus || (digits.count > 2 && digits[0] == 0 && digits[1] == 0)
        if international, groups.count > 2, groups[1] == 1, digits[groups[0]] == 0, run.separators[0] == UInt8(ascii: "(") {
            digits.remove(at: groups[0])
        }
        if run.plus { return Self.isInternational(digits[...]) }
        if digits.count >= 10, digits[0] == 0, digits[1] == 0 { return Self.isInternational(digits.dropFirst(2)) }
        if digits[0] == 0, digits[1] != 0 {
            // National numbers of the regions of §8.1 have 9–12 digits with the trunk 0.
            guard (9...12).contains(digits.count) else { return false }
            return groups.count > 1 || digits.count >= 10 || context.contains(.phone)
        }
        // North America: (555) 010-0123, 555-010-0123, 555.010.0123, 1-555-010-0123.
        let northAmerican = run.hasGroups(3, 3, 4) || (run.hasGroups(1, 3, 3, 4) && digits[0] == 1)
        if northAmerican, digits[digits.count - 10] >= 2, run.separators.last != UInt8(ascii: "/") { return true }
        if run.hasGroups(10) || run.hasGroups(3, 4) { return context.contains(.phone) && digits[0] >= 2 }
        return false
    }

    /// E.164 digits after the `+` or `00`: the lengths of the most common calling codes are
    /// known exactly, others take 8 to 15 digits.
    private static func isInternational(_ digits: ArraySlice<UInt8>) -> Bool {
        guard let first = digits.first, first != 0 else { return false }
        let start = digits.startIndex
        let two = digits.count > 1 ? Int(first) * 10 + Int(digits[start + 1]) : 0
        let exact: ClosedRange<Int>? =
            switch true {
            case first == 1: 11...11
            case [31, 33, 34, 41, 48].contains(two): 11...11
            case two == 44: 11...12
            case two == 32: 10...11
            case [45, 47].contains(two): 10...10
            case two == 49: 10...14
            default: nil
            }
        return (exact ?? 8...15).contains(digits.count)
    }

    /// True when the number is money: a currency or amount word or symbol next to it, or
    /// decimals after it.
    private func isAmount(_ run: DigitRun) -> Bool {
        var after = run.end
        if after + 2 < text.count, text[after] == UInt8(ascii: ",") || text[after] == UInt8(ascii: "."),
            DigitRun.isDigit(text[after + 1]), DigitRun.isDigit(text[after + 2]),
            after + 3 == text.count || !DigitRun.isDigit(text[after + 3])
        {
            return true
        }
        if let width = DigitRun.spaceWidth(at: after, in: text) { after += width }
        if Self.isCurrency(at: after, in: text) { return true }
        var before = run.start
        if let width = Self.spaceWidth(endingAt: before, in: text) { before -= width }
        if before > 0, Self.isCurrencyEnding(at: before, in: text) { return true }
        let (previous, next) = neighbours(of: run)
        return previous.map { roles(of: $0).contains(.amount) && words[$0].end + 2 >= run.start } == true
            || next.map { roles(of: $0).contains(.amount) && words[$0].start <= run.end + 2 } == true
    }

    /// True when the nearest telling word before the number (within three) is an order,
    /// invoice, tracking or company-register word, not a word for an identifier.
    private func isBlocked(_ run: DigitRun) -> Bool {
        let (previous, _) = neighbours(of: run)
        guard let previous else { return false }
        let identifierRoles: FreeTextLexicon.Roles = [.phone, .bsn, .beNumber, .steuerID, .nir, .ssn, .nino, .card, .payment, .birth]
        // `Part 0172 237 8227`, `pièce 0332000070`: a part word right before the number names it,
        // also through a word for "number" (`Pièce n° 04-25-15-42-98`, `Teil-Nr. 0049-503-638021`).
        var part = previous
        var gapEnd = run.start
        if roles(of: part).contains(.numberWord), part > 0, words[part].end + 3 >= run.start {
            gapEnd = words[part].start
            part -= 1
        }
        if roles(of: part).contains(.partRightBefore), words[part].end + 3 >= gapEnd { return true }
        for index in stride(from: previous, through: max(0, previous - 2), by: -1) {
            let roles = roles(of: index)
            // A company's number word (`KBO-nummer`) is a company word first; a reference word
            // that has its number already (`factuur 2024-1187, 06-12345678`) names that one.
            if !roles.isDisjoint(with: [.reference, .company]) { return !hasANumberOfItsOwn(index, before: run) }
            if !roles.isDisjoint(with: identifierRoles) { return false }
            // Words before the end of a sentence are about something else (`devis PO-58226. Joignable au 06 …`).
            if sentenceEnds(before: index) { return false }
        }
        return false
    }

    /// True when a number stands between word `index` and `run`, and something other than
    /// spaces between that number and `run` (`factuur 2024-1187, 06-12345678`,
    /// `Invoice 2024-1187 discussed, callback 07700 900461`): the word's number is that one.
    /// Groups of one number (`Reference 12345 67890123`) are not apart.
    private func hasANumberOfItsOwn(_ index: Int, before run: DigitRun) -> Bool {
        // Read back from the run to the nearest digit only: after a reference word with many
        // numbers, each run costs its gap to the one before, not the way back to the word.
        var apart = false
        var position = run.start - 1
        while position >= words[index].end {
            let byte = text[position]
            if DigitRun.isDigit(byte) { return apart }
            if DigitRun.spaceWidth(at: position, in: text) == nil, byte & 0xC0 != 0x80 {
                apart = true
            }
            position -= 1
        }
        return false
    }

    /// True when a sentence ends between word `index` and the word before it: a question or
    /// exclamation mark, a line break, or a full stop and a space before a capital, unless the
    /// stop ends a short word (`Ref. no.`, `Inv. Nr.`, `Art.-Nr.` are abbreviations).
    private func sentenceEnds(before index: Int) -> Bool {
        guard index > 0 else { return false }
        for position in words[index - 1].end..<words[index].start {
            switch text[position] {
            case UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: "\n"): return true
            case UInt8(ascii: ".") where position + 1 < text.count && text[position + 1] == UInt8(ascii: " "):
                let afterShortWord = position == words[index - 1].end && words.letters(index - 1).count <= 4
                if !afterShortWord, words.isCapitalized(index) { return true }
            default: continue
            }
        }
        return false
    }

    // MARK: - Dates

    /// A date written with digits (2026-03-12, 12.03.1985, 03/12/1985, 12-03-85): its range,
    /// or nil when the run is not one.
    private func numericDate(_ run: DigitRun) -> Range<Int>? {
        guard run.groups.count == 3, run.hasOneSeparator, run.separators[0] != UInt8(ascii: " "), run.separators[0] != UInt8(ascii: "(")
        else { return nil }
        let (a, b, c) = Self.groupValues(run)
        let lengths = run.groups
        if lengths[0] == 4, lengths[1] <= 2, lengths[2] <= 2, (1900...2099).contains(a), (1...12).contains(b), (1...31).contains(c) {
            return run.start..<run.end
        }
        guard lengths[0] <= 2, lengths[1] <= 2, lengths[2] == 4 || lengths[2] == 2 else { return nil }
        if lengths[2] == 4, !(1900...2099).contains(c) { return nil }
        let dayMonth = (1...31).contains(a) && (1...12).contains(b)
        let monthDay = (1...12).contains(a) && (1...31).contains(b)
        return dayMonth || monthDay ? run.start..<run.end : nil
    }

    /// True when `geb.`, `né` or `née` stands right before the date that starts at `start`
    /// (`geb. 12.03.1985`, `geb. am 3. März 1990`): further away they are other words
    /// (`Geb. 4` is a building, `ne … pas` a negation).
    private func followsABirthAbbreviation(_ start: Int) -> Bool {
        var index = firstWord(atOrAfter: start) - 1
        guard index >= 0, words[index].end + 3 >= start else { return false }
        if !roles(of: index).contains(.birthAbbreviation), index > 0, roles(of: index).contains(.connector),
            words[index - 1].end + 3 >= words[index].start
        {
            index -= 1  // `geb. am`, `née le`
        }
        guard roles(of: index).contains(.birthAbbreviation) else { return false }
        // `né`, `née` only with their accent: `nee` is also Dutch for "no".
        return words.letters(index).first != UInt8(ascii: "n")
            || (words[index].start..<words[index].end).contains { text[$0] == 0xC3 && $0 + 1 < text.count && text[$0 + 1] == 0xA9 }
    }

    /// True when one letter alone follows the run's last digit, directly or after a dash
    /// (`-N`, `504-B`): a product or part code, not a phone number. An extension (`x12`) is
    /// not one.
    private func endsInALetter(_ run: DigitRun) -> Bool {
        var index = run.end
        if index < text.count, text[index] == UInt8(ascii: "-") { index += 1 }
        guard index < text.count, Self.isLetter(text[index]) else { return false }
        if text[index] | 0x20 == UInt8(ascii: "x"), index + 1 < text.count, DigitRun.isDigit(text[index + 1]) { return false }
        return index + 1 == text.count || !Self.isLetter(text[index + 1])
    }

    /// True for `° 01.02.1971` (Belgian) and `(* 06.01.1938)` (German): the signs that say
    /// "born". A bare `*` is a bullet or emphasis; only `(*` says it.
    private func followsABirthSign(_ run: DigitRun) -> Bool {
        var index = run.start
        while index > 0, text[index - 1] == UInt8(ascii: " ") { index -= 1 }
        if index > 1, text[index - 1] == UInt8(ascii: "*"), text[index - 2] == UInt8(ascii: "(") { return true }
        return index > 1 && text[index - 2] == 0xC2 && text[index - 1] == 0xB0  // °
    }

    /// A day and month without a year (`12.03.`, `12/03`) next to a birth word.
    private func shortDate(_ run: DigitRun) -> Range<Int>? {
        guard kinds.contains(.birthDate), run.groups.count == 2, run.groups.allSatisfy({ $0 <= 2 }),
            run.separators[0] == UInt8(ascii: ".") || run.separators[0] == UInt8(ascii: "/")
        else { return nil }
        let (first, second, _) = Self.groupValues(run)
        guard (1...31).contains(first), (1...12).contains(second) || (1...12).contains(first) && (1...31).contains(second) else {
            return nil
        }
        return context(around: run).contains(.birth) || followsABirthAbbreviation(run.start) ? run.start..<run.end : nil
    }

    /// A date with the month in words (`12 March 1985`, `3. März 1990`, `1er mars 1985`,
    /// `March 12, 1985`, `12 maart`) near a birth word, when the word from `index` to
    /// `wordEnd` is a month.
    private func textualBirthDate(monthAt index: Int, ending wordEnd: Int) -> Range<Int>? {
        let monthStart = index
        var monthEnd = wordEnd
        if monthEnd < text.count, text[monthEnd] == UInt8(ascii: ".") { monthEnd += 1 }
        // The day before the month: digits, then `.`, `er`, `st`, `nd`, `rd` or `th`, then spaces.
        var start = monthStart
        var cursor = monthStart
        while cursor > 0, text[cursor - 1] == UInt8(ascii: " ") { cursor -= 1 }
        // `26-JUN-1980`, `26/jun/1980`: a dash or slash instead of the space.
        if cursor == monthStart, cursor > 0, text[cursor - 1] == UInt8(ascii: "-") || text[cursor - 1] == UInt8(ascii: "/") { cursor -= 1 }
        // `3rd of May`, `3 de mayo`: one short linking word.
        for link in Self.dayLinks
        where cursor > link.count + 1 && text[cursor - link.count - 1] == UInt8(ascii: " ")
            && (0..<link.count).allSatisfy({ text[cursor - link.count + $0] | 0x20 == link[$0] })
        {
            cursor -= link.count + 1
            break
        }
        if cursor > 0, text[cursor - 1] == UInt8(ascii: ".") { cursor -= 1 }
        if cursor > 1, Self.ordinalSuffixes.contains(where: { text[cursor - 2] == $0.0 && text[cursor - 1] == $0.1 }) {
            cursor -= 2
        }
        var dayDigits = 0
        while cursor > 0, DigitRun.isDigit(text[cursor - 1]), dayDigits < 3 {
            cursor -= 1
            dayDigits += 1
        }
        if (1...2).contains(dayDigits), !NoteWords.endsWordCharacter(at: cursor, in: text) { start = cursor }
        // The day after the month (when none came before), then the year.
        var end = monthEnd
        var position = monthEnd
        func skipSpacesAndComma() {
            while position < text.count,
                text[position] == UInt8(ascii: " ") || text[position] == UInt8(ascii: ",") || text[position] == UInt8(ascii: "-")
                    || text[position] == UInt8(ascii: "/")
            {
                position += 1
            }
        }
        func digits(atMost limit: Int) -> Int {
            var count = 0
            while position + count < text.count, DigitRun.isDigit(text[position + count]) { count += 1 }
            return count <= limit ? count : 0
        }
        skipSpacesAndComma()
        if start == monthStart {
            let count = digits(atMost: 2)
            guard count > 0 else { return nil }
            position += count
            end = position
            for suffix in Self.ordinalSuffixes.dropFirst()
            where position + 1 < text.count && text[position] == suffix.0 && text[position + 1] == suffix.1 {
                position += 2
            }
            skipSpacesAndComma()
        }
        let year = digits(atMost: 4)
        if year == 4 { end = position + 4 }
        guard start < monthStart || end > monthEnd else { return nil }
        let before = firstWord(atOrAfter: start) - 1
        let after = firstWord(atOrAfter: end)
        return hasRole(.birth, before: before, after: after) || followsABirthAbbreviation(start) ? start..<end : nil
    }

    /// The numbers the first three groups hold (0 for a missing group).
    private static func groupValues(_ run: DigitRun) -> (Int, Int, Int) {
        var values = (0, 0, 0)
        var offset = 0
        for (group, length) in run.groups.prefix(3).enumerated() {
            var value = 0
            for digit in run.digits[offset..<offset + length] { value = value * 10 + Int(digit) }
            switch group {
            case 0: values.0 = value
            case 1: values.1 = value
            default: values.2 = value
            }
            offset += length
        }
        return values
    }

    // MARK: - Letters first: IBAN and NINO

    /// The end of a valid IBAN starting at `start` (any case; spaces, dashes or dots between groups).
    private func ibanEnd(from start: Int) -> Int? {
        guard Self.isLetter(text[start]), Self.isLetter(text[start + 1]), start + 3 < text.count,
            DigitRun.isDigit(text[start + 2]), DigitRun.isDigit(text[start + 3])
        else { return nil }
        guard let length = IdentifierChecksums.ibanLength(text[start] & ~0x20, text[start + 1] & ~0x20) else { return nil }
        return Scratch<UInt8>.with(capacity: length) { characters in ibanEnd(from: start, length: length, into: &characters) }
    }

    /// ``ibanEnd(from:)`` once the country's `length` is known, reading into `characters`.
    private func ibanEnd(from start: Int, length: Int, into characters: inout Scratch<UInt8>) -> Int? {
        var index = start
        while index < text.count, characters.count < length {
            let byte = text[index]
            if DigitRun.isDigit(byte) || Self.isLetter(byte) {
                characters.append(Self.isLetter(byte) ? byte & ~0x20 : byte)
                index += 1
            } else if let width = DigitRun.spaceWidth(at: index, in: text)
                ?? (byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") ? 1 : nil),
                startsWordCharacter(at: index + width), characters.count >= 4 || byte != UInt8(ascii: ".")
            {
                index += width
            } else {
                break
            }
        }
        guard characters.count == length, !startsWordCharacter(at: index) else { return nil }
        return IdentifierChecksums.isIBAN(characters.elements) ? index : nil
    }

    /// The end of a NINO starting at `start`: `AB123456C`, `AB 12 34 56 C`; lower case only
    /// next to its own words.
    private func ninoEnd(from start: Int) -> Int? {
        Scratch<UInt8>.with(capacity: 9) { characters in ninoEnd(from: start, into: &characters) }
    }

    /// ``ninoEnd(from:)``, reading the characters into `characters`.
    private func ninoEnd(from start: Int, into characters: inout Scratch<UInt8>) -> Int? {
        var index = start
        var lowercase = false
        while index < text.count, characters.count < 9 {
            let byte = text[index]
            let expectsLetter = characters.count < 2 || characters.count == 8
            if expectsLetter ? Self.isLetter(byte) : DigitRun.isDigit(byte) {
                if byte &- UInt8(ascii: "a") < 26 { lowercase = true }
                characters.append(Self.isLetter(byte) ? byte & ~0x20 : byte)
                index += 1
            } else if let width = DigitRun.spaceWidth(at: index, in: text) ?? (byte == UInt8(ascii: "-") ? 1 : nil), characters.count >= 2,
                startsWordCharacter(at: index + width)
            {
                // Any space (no-break and thin ones too, as word processors write them) or a dash.
                index += width
            } else {
                break
            }
        }
        guard characters.count == 9, !startsWordCharacter(at: index), IdentifierChecksums.isNINO(characters.elements) else { return nil }
        // `SS 1 17 06 2B 558 016 13`: a Corsican department (`2A`, `2B`) as its last digit and
        // letter, and more digit groups after it, make it part of a NIR.
        if characters[8] == UInt8(ascii: "A") || characters[8] == UInt8(ascii: "B"), characters[7] == UInt8(ascii: "2"),
            let width = DigitRun.spaceWidth(at: index, in: text), index + width < text.count, DigitRun.isDigit(text[index + width])
        {
            return nil
        }
        if lowercase {
            let before = firstWord(atOrAfter: start) - 1
            guard hasRole(.nino, before: before, after: firstWord(atOrAfter: index)) else { return nil }
        }
        return index
    }

    // MARK: - Email

    /// The end of an address whose at sign is written at `index` (`@`, or spelled out:
    /// `anna [at] example [dot] org`, `anna (at) example.org`, `anna at example dot org`),
    /// recorded unless it is a role mailbox (`info@`, `sales@` …, a business's); nil when
    /// no address is there.
    private mutating func email(at index: Int) -> Int? {
        if text[index] == UInt8(ascii: " "), !spellsADot() { return nil }
        guard let (localEnd, domainStart) = atSign(at: index) else { return nil }
        var localStart = localEnd
        while localStart > 0, Self.isLocalPartByte(text[localStart - 1]) { localStart -= 1 }
        while localStart < localEnd, text[localStart] == UInt8(ascii: ".") { localStart += 1 }
        guard localStart < localEnd, let domainEnd = domainEnd(from: domainStart) else { return nil }
        if !Self.isRoleMailbox(text, localStart..<localEnd) {
            // The local part was read before its at sign: a number in it is part of the address.
            var kept = firstMatch
            for index in firstMatch..<matches.count where !matches[index].range.overlaps(localStart..<domainEnd) {
                matches[kept] = matches[index]
                kept += 1
            }
            matches.removeSubrange(kept...)
            add(.email, localStart..<domainEnd)
        }
        return domainEnd
    }

    /// When an at sign is written at `index` (`@`, `[at]`, `(at)`, `{at}`, `<at>`, or ` at `
    /// before a spelled-out ` dot `): the end of the local part and the start of the domain.
    private func atSign(at index: Int) -> (Int, Int)? {
        let byte = text[index]
        let width = byte == UInt8(ascii: "@") ? 1 : Self.wideAtSignLength(at: index, in: text)
        if width > 0 {
            let localEnd = index > 0 && text[index - 1] == UInt8(ascii: " ") ? index - 1 : index
            let domainStart = index + width < text.count && text[index + width] == UInt8(ascii: " ") ? index + width + 1 : index + width
            return (localEnd, domainStart)
        }
        let close: UInt8 =
            switch byte {
            case UInt8(ascii: "["): UInt8(ascii: "]")
            case UInt8(ascii: "("): UInt8(ascii: ")")
            case UInt8(ascii: "{"): UInt8(ascii: "}")
            case UInt8(ascii: "<"): UInt8(ascii: ">")
            default: 0
            }
        if close != 0, index + 3 < text.count {
            var inner = index + 1
            if text[inner] == UInt8(ascii: " ") { inner += 1 }
            var word = 0
            if inner + 1 < text.count, text[inner] | 0x20 == UInt8(ascii: "a"), text[inner + 1] | 0x20 == UInt8(ascii: "t") {
                word = 2
            } else if text[inner] == UInt8(ascii: "@") {
                word = 1
            }
            guard word > 0 else { return nil }
            var closing = inner + word
            if closing < text.count, text[closing] == UInt8(ascii: " ") { closing += 1 }
            guard closing < text.count, text[closing] == close, index > 0 else { return nil }
            let localEnd = text[index - 1] == UInt8(ascii: " ") ? index - 1 : index
            var domainStart = closing + 1
            if domainStart < text.count, text[domainStart] == UInt8(ascii: " ") { domainStart += 1 }
            return (localEnd, domainStart)
        }
        if byte == UInt8(ascii: " "), index > 0, Self.isLocalPartByte(text[index - 1]),
            let word = Self.atWords.first(where: { word in
                index + word.count + 2 < text.count && text[index + word.count + 1] == UInt8(ascii: " ")
                    && word.indices.allSatisfy { text[index + 1 + $0] | 0x20 == word[$0] }
            })
        {
            // Plain ` at ` (` arobase `) only counts when the domain is spelled with ` dot ` too.
            let domainStart = index + word.count + 2
            var cursor = domainStart
            while cursor < text.count, Self.isDomainByte(text[cursor]), text[cursor] != UInt8(ascii: ".") { cursor += 1 }
            guard cursor + 5 < text.count, dotWord(at: cursor) != nil else { return nil }
            return (index, domainStart)
        }
        return nil
    }

    /// An at sign spelled out between spaces: English `at`, French `arobase`.
    private static let atWords: [[UInt8]] = ["at", "arobase"].map { Array($0.utf8) }

    /// The end of a domain starting at `start`: labels joined by `.` or a spelled-out dot,
    /// at least two labels, the last of two letters or more.
    private func domainEnd(from start: Int) -> Int? {
        var index = start
        var labels = 0
        var lastLabelLetters = true
        var lastLabelLength = 0
        var end = start
        while index < text.count {
            var length = 0
            var letters = true
            while index < text.count, Self.isDomainByte(text[index]), text[index] != UInt8(ascii: ".") {
                if !Self.isLetter(text[index]) { letters = false }
                length += 1
                index += 1
            }
            guard length > 0 else { break }
            labels += 1
            lastLabelLength = length
            lastLabelLetters = letters
            end = index
            if index < text.count, text[index] == UInt8(ascii: "."), index + 1 < text.count, Self.isLetterOrDigit(text[index + 1]) {
                index += 1
            } else if let next = dotWord(at: index) {
                index = next
            } else {
                break
            }
        }
        guard labels >= 2, lastLabelLetters, lastLabelLength >= 2 else { return nil }
        return end
    }

    /// After a spelled-out dot at `index` (` dot `, `[dot]`, `(dot)`, ` punt `, ` punkt `, ` point `), where the next label starts.
    private func dotWord(at index: Int) -> Int? {
        var cursor = index
        if cursor < text.count, text[cursor] == UInt8(ascii: " ") { cursor += 1 }
        var bracket: UInt8?
        if cursor < text.count, text[cursor] == UInt8(ascii: "[") || text[cursor] == UInt8(ascii: "(") || text[cursor] == UInt8(ascii: "{")
        {
            bracket = text[cursor]
            cursor += 1
        }
        for word in Self.dotWords {
            guard cursor + word.count < text.count, (0..<word.count).allSatisfy({ text[cursor + $0] | 0x20 == word[$0] }) else { continue }
            var next = cursor + word.count
            if bracket != nil {
                guard text[next] == UInt8(ascii: "]") || text[next] == UInt8(ascii: ")") || text[next] == UInt8(ascii: "}") else {
                    return nil
                }
                next += 1
            } else if text[next] != UInt8(ascii: " ") || index >= text.count || text[index] != UInt8(ascii: " ") {
                return nil
            }
            if next < text.count, text[next] == UInt8(ascii: " ") { next += 1 }
            return next < text.count && Self.isLetterOrDigit(text[next]) ? next : nil
        }
        return nil
    }

    private static let dotWords: [[UInt8]] = ["dot", "punt", "punkt", "point"].map { Array($0.utf8) }
    /// `3rd of May`, `3 de mayo`, `3 van mei`: one short word between a day and its month.
    private static let dayLinks: [[UInt8]] = ["of", "de", "van"].map { Array($0.utf8) }
    /// `1er mars`, `3rd May`: what may follow a day's digits.
    private static let ordinalSuffixes: [(UInt8, UInt8)] = ["er", "st", "nd", "rd", "th"].map { (Array($0.utf8)[0], Array($0.utf8)[1]) }

    /// True when an at sign may be written at `index`: `@`, a wide at sign, a bracket, or
    /// ` a? ` (` at `).
    @inline(__always)
    private static func mayStartAnAtSign(_ byte: UInt8, at index: Int, in text: UTF8Bytes) -> Bool {
        switch byte {
        case UInt8(ascii: "@"), UInt8(ascii: "["), UInt8(ascii: "("), UInt8(ascii: "{"), UInt8(ascii: "<"): true
        case UInt8(ascii: " "):
            index + 3 < text.count && text[index + 1] | 0x20 == UInt8(ascii: "a")
                && (text[index + 3] == UInt8(ascii: " ") || text[index + 2] | 0x20 == UInt8(ascii: "r"))
        case 0xEF: wideAtSignLength(at: index, in: text) > 0
        default: false
        }
    }

    /// The bytes of a wide at sign at `index` (`＠` U+FF20, `﹫` U+FE6B, as East Asian input
    /// methods and some copy-pastes write it), or 0.
    static func wideAtSignLength(at index: Int, in text: UTF8Bytes) -> Int {
        guard index + 2 < text.count, text[index] == 0xEF else { return 0 }
        let second = text[index + 1]
        let third = text[index + 2]
        return (second == 0xBC && third == 0xA0) || (second == 0xB9 && third == 0xAB) ? 3 : 0
    }

    /// True when the note spells a dot out somewhere (` dot `, `[dot]`, ` punt ` …): only
    /// then can a plain ` at ` be part of an address.
    private mutating func spellsADot() -> Bool {
        if let spelledDot { return spelledDot }
        var found = false
        // Every spelled-out dot starts with d or p after a space or bracket.
        for index in 1..<max(1, text.count) where text[index] | 0x20 == UInt8(ascii: "d") || text[index] | 0x20 == UInt8(ascii: "p") {
            if dotWord(at: index - 1) != nil || (index >= 2 && dotWord(at: index - 2) != nil) {
                found = true
                break
            }
        }
        spelledDot = found
        return found
    }

    /// Local parts that name a function, not a person (a role mailbox), by the FNV-1a hash
    /// of their lower-case letters.
    private static let roleMailboxes: Set<UInt64> = Set(
        """
        info sales support office noreply no-reply donotreply do-not-reply admin administrator contact hello help billing accounts \
        accounting invoices invoice finance hr jobs careers recruitment press media marketing service team mail enquiries inquiries \
        webmaster postmaster hostmaster abuse security privacy dpo gdpr legal orders order reception kontakt verkauf vertrieb \
        buchhaltung rechnung rechnungen facturen factuur facturatie klantenservice administratie boekhouding secretariaat receptie \
        bureau accueil compta comptabilite commercial facturation factures facture debiteuren crediteuren rechnungswesen ventes \
        commandes commande bestellingen bestellungen bestellung auftraege verkoop achat service-client serviceclient newsletter news feedback \
        customerservice customer.service customer-service helpdesk servicedesk it ops mailbox info-nl info-de info-fr sales-eu \
        bookings booking reservations events partners partnerships procurement purchasing inkoop einkauf achats ap ar payroll \
        notifications alerts system root verkoop planning logistiek logistik logistique kundendienst kundenservice sav direction directie \
        geschaftsfuhrung geschaeftsfuehrung secretariat sekretariat empfang zentrale administration
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { NoteWords.hash(String($0)) })

    /// Parts that may follow a role word and leave the mailbox a role's: country codes (the
    /// list `type: country` checks against), a few language codes, regions and business words
    /// (`info.nl`, `sales-eu`, `sales.usa`, `support.api`), by the same hash as
    /// ``roleMailboxes``. Anything else may be a name or initials: `sales.jan`, `sales.jd` are
    /// a person's.
    private static let mailboxQualifiers: Set<UInt64> = Set(
        (ValueSyntax.countryCodeList.lowercased() + " eu uk en "
            + """
            usa gbr deu fra nld bel aut che esp ita pol swe dnk nor fin irl lux prt \
            emea apac amer latam dach benelux nordics nordic intl international global europe \
            b2b b2c api crm erp web online shop store app
            """).split(whereSeparator: { $0 == " " || $0 == "\n" }).map { NoteWords.hash(String($0)) })

    /// True for a role word (`info`), also with a tag (`info+crm`) or followed by parts that
    /// are role words or ``mailboxQualifiers`` (`info.nl`, `sales-eu`, `sales.team`).
    private static func isRoleMailbox(_ text: UTF8Bytes, _ range: Range<Int>) -> Bool {
        var local = range
        if let plus = text[range].firstIndex(of: UInt8(ascii: "+")) { local = range.lowerBound..<plus }
        if roleMailboxes.contains(lowercaseHash(text, local)) { return true }
        // The parts between `.`, `-` and `_`: the first a role word, every other a qualifier or a role word too.
        var partStart = local.lowerBound
        var parts = 0
        for index in local.lowerBound...local.upperBound {
            guard
                index == local.upperBound || text[index] == UInt8(ascii: ".") || text[index] == UInt8(ascii: "-")
                    || text[index] == UInt8(ascii: "_")
            else { continue }
            if index > partStart {
                let hash = lowercaseHash(text, partStart..<index)
                let isRole = roleMailboxes.contains(hash)
                if parts == 0 ? !isRole : !isRole && !mailboxQualifiers.contains(hash) { return false }
                parts += 1
            }
            partStart = index + 1
        }
        return parts > 1
    }

    /// FNV-1a of the ASCII letters of `range` in lower case, as ``NoteWords/hash(_:)`` hashes.
    private static func lowercaseHash(_ text: UTF8Bytes, _ range: Range<Int>) -> UInt64 {
        var hash = NoteWords.fnvOffset
        for index in range {
            let byte = text[index] &- UInt8(ascii: "A") < 26 ? text[index] | 0x20 : text[index]
            hash = (hash ^ UInt64(byte)) &* NoteWords.fnvPrime
        }
        return hash
    }

    // MARK: - Context

    /// The roles of the words near a number: up to `reach` + 1 before it and `after` after it.
    private func context(around run: DigitRun, reach: Int = 5, after: Int = 3) -> FreeTextLexicon.Roles {
        let (previous, next) = neighbours(of: run)
        var roles: FreeTextLexicon.Roles = []
        if let previous {
            for index in stride(from: previous, through: max(0, previous - reach), by: -1) { roles.formUnion(self.roles(of: index)) }
        }
        if let next { for index in next..<min(words.count, next + after) { roles.formUnion(self.roles(of: index)) } }
        return roles
    }

    private func hasRole(_ role: FreeTextLexicon.Roles, before: Int, after: Int) -> Bool {
        for index in stride(from: before, through: max(0, before - 5), by: -1) where index >= 0 && roles(of: index).contains(role) {
            return true
        }
        for index in after..<min(words.count, after + 2) where roles(of: index).contains(role) { return true }
        return false
    }

    /// The last word before the run and the first after it.
    private func neighbours(of run: DigitRun) -> (Int?, Int?) {
        let next = firstWord(atOrAfter: run.start)
        let after = firstWord(atOrAfter: run.end)
        return (next > 0 ? next - 1 : nil, after < words.count ? after : nil)
    }

    /// The roles of word `index`, with those of a two-word entry that starts there or ends there.
    private func roles(of index: Int) -> FreeTextLexicon.Roles {
        var roles: FreeTextLexicon.Roles = []
        if let entry = words[index].exact {
            roles = entry.roles
            if entry.startsPair, index + 1 < words.count, let pair = FreeTextLexicon.pairs[words.pairHash(index)] {
                roles.formUnion(pair.roles)
            }
        }
        if index > 0, words[index - 1].exact?.startsPair == true,
            let pair = FreeTextLexicon.pairs[words.pairHash(index - 1)]
        {
            roles.formUnion(pair.roles)
        }
        if roles.contains(.birth), isAnOrganisationsAnniversary(index) { roles.remove(.birth) }
        return roles
    }

    /// True when birth word `index` is a business's anniversary: right after a business's word
    /// (`company birthday`), or before one with only linking words and determiners between
    /// (`birthday of the company`, `verjaardag van het bedrijf`, `anniversaire de la boutique`).
    private func isAnOrganisationsAnniversary(_ index: Int) -> Bool {
        func roles(_ word: Int) -> FreeTextLexicon.Roles { words[word].exact?.roles ?? [] }
        if index > 0, roles(index - 1).contains(.organisation) { return true }
        for next in (index + 1)..<min(words.count, index + 4) {
            if roles(next).contains(.organisation) { return true }
            if roles(next).isDisjoint(with: [.linking, .determiner]) { return false }
        }
        return false
    }

    /// The index of the first word that starts at or after byte `position`.
    private func firstWord(atOrAfter position: Int) -> Int {
        var low = 0
        var high = words.count
        while low < high {
            let middle = (low + high) / 2
            if words[middle].start < position { low = middle + 1 } else { high = middle }
        }
        return low
    }

    // MARK: - Bytes

    /// The width of a space that ends at `end`, as ``DigitRun/spaceWidth(at:in:)`` counts them.
    private static func spaceWidth(endingAt end: Int, in text: UTF8Bytes) -> Int? {
        for width in 1...3 where end >= width && DigitRun.spaceWidth(at: end - width, in: text) == width { return width }
        return nil
    }

    private static func isCurrency(at index: Int, in text: UTF8Bytes) -> Bool {
        guard index < text.count else { return false }
        let byte = text[index]
        if byte == UInt8(ascii: "$") || byte == UInt8(ascii: "%") { return true }
        if byte == 0xE2, index + 2 < text.count, text[index + 1] == 0x82, text[index + 2] == 0xAC { return true }  // €
        if byte == 0xC2, index + 1 < text.count, text[index + 1] == 0xA3 { return true }  // £
        return false
    }

    private static func isCurrencyEnding(at end: Int, in text: UTF8Bytes) -> Bool {
        let byte = text[end - 1]
        if byte == UInt8(ascii: "$") { return true }
        if byte == 0xAC, end >= 3, text[end - 3] == 0xE2, text[end - 2] == 0x82 { return true }
        if byte == 0xA3, end >= 2, text[end - 2] == 0xC2 { return true }
        return false
    }

    /// True when a letter or digit (of any script) starts at `index`; false at the end, at
    /// punctuation and at spaces of any width.
    private func startsWordCharacter(at index: Int) -> Bool {
        NoteWords.startsWordCharacter(at: index, in: text)
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- UInt8(ascii: "a") < 26 }
    private static func isLetterOrDigit(_ byte: UInt8) -> Bool { isLetter(byte) || DigitRun.isDigit(byte) }
    private static func isDomainByte(_ byte: UInt8) -> Bool {
        isLetterOrDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }
    private static func isLocalPartByte(_ byte: UInt8) -> Bool {
        isLetterOrDigit(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "+")
            || byte == UInt8(ascii: "'")
    }
}
