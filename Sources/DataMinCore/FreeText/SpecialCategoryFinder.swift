/// Finds mentions of Art. 9(1) and Art. 10 categories about a person in one note
/// (`special-category-in-free-text`, SPEC §8.4), from ``FreeTextLexicon``'s terms.
///
/// The method is a word list with rules about the neighbouring words, not a language model:
/// - a *strong* term (`diabetes`, `zwanger`, `vorbestraft`) counts on its own;
/// - a *weak* term (`ziek`, `church`, `union`, party names) counts only near a word that
///   describes a person (`she`, `klant`, `Kundin`), for unions near a pronoun or a word of
///   membership, for politics near a word of membership or voting (`member`, `lid`, `wählt`);
/// - no term counts in a note about material or an event (`brochure`, `campaign`,
///   `webinar`) that names nobody;
/// - no term counts when it names a thing, a place or a business: followed by a word such as
///   `strips`, `Street`, `firm` (`diabetic test strips`, `Church Street`, `criminal defence
///   law firm`), after a French `rue`, `école` or `produits pour`, as the start of a compound
///   ending in `-haus`, `-straat`, `-test`, `-kanzlei` (`Gewerkschaftshaus`), after a title
///   (`Herr Krebs` is a name), or inside an address (`www.church.org`).
struct SpecialCategoryFinder {
    private let words: NoteWords
    private let kinds: FreeTextKinds
    /// What was found so far, after what the caller's array held.
    private var matches: [TextMatch]
    /// True when the note speaks of material or an event (`brochure`, `campaign`) and of
    /// nobody: its terms name the subject, not a person's condition.
    private let isAboutATopic: Bool

    init(words: NoteWords, kinds: FreeTextKinds, matches: consuming [TextMatch]) {
        self.words = words
        self.kinds = kinds
        self.matches = matches
        var roles: FreeTextLexicon.Roles = []
        for index in 0..<words.count { roles.formUnion(words[index].roles) }
        isAboutATopic = roles.contains(.topic) && roles.isDisjoint(with: [.person, .pronoun, .honorific])
    }

    /// What ``run()`` found, after what the array lent to it held.
    consuming func results() -> [TextMatch] { matches }

    /// Finds the mentions the note holds.
    mutating func run() {
        var index = 0
        while index < words.count {
            guard let (entry, span) = entry(at: index) else {
                index += 1
                continue
            }
            defer { index += span }
            // A word that touches a dot is part of an address, unless the dot joins a known abbreviation (`ver.di`).
            guard let category = entry.category, kinds.contains(FreeTextKind(category)),
                !words.isTechnical(index) || abbreviation(at: index) != nil,
                describesAPerson(entry, category: category, at: index, span: span)
            else { continue }
            matches.append(TextMatch(kind: FreeTextKind(category), range: words[index].start..<words[index + span - 1].end))
        }
    }

    /// The entry of a known abbreviation written with a dot (`ver.di`) that starts at word
    /// `index`: two short parts joined by the dot alone, in ``FreeTextLexicon/dottedAbbreviations``.
    private func abbreviation(at index: Int) -> FreeTextLexicon.Entry? {
        // One character between the two, and a dot marks the second technical: checked first, as most words fail it.
        guard index + 1 < words.count, words.isTechnical(index + 1), words[index].end + 1 == words[index + 1].start,
            words.letters(index).count <= 3, words.letters(index + 1).count <= 3
        else { return nil }
        var hash = NoteWords.fnvOffset
        for byte in words.letters(index) { hash = (hash ^ UInt64(byte)) &* NoteWords.fnvPrime }
        for byte in words.letters(index + 1) { hash = (hash ^ UInt64(byte)) &* NoteWords.fnvPrime }
        guard FreeTextLexicon.dottedAbbreviations.contains(hash) else { return nil }
        return FreeTextLexicon.words[hash]
    }

    /// The lexicon entry of word `index`, and the number of words it spans (2 for a pair or
    /// an abbreviation written with a dot).
    private func entry(at index: Int) -> (FreeTextLexicon.Entry, span: Int)? {
        if let joined = abbreviation(at: index), joined.category != nil { return (joined, 2) }
        let exact = words[index].exact
        if let exact, exact.startsPair, index + 1 < words.count, !words[index + 1].afterPunctuation,
            let pair = FreeTextLexicon.pairs[words.pairHash(index)]
        {
            return (pair, 2)
        }
        return words[index].entry.map { ($0, 1) }
    }

    private func describesAPerson(_ entry: FreeTextLexicon.Entry, category: SpecialCategory, at index: Int, span: Int) -> Bool {
        let last = index + span - 1
        if index > 0, !words[index].afterPunctuation || words[index - 1].end + 2 >= words[index].start,
            roles(of: index - 1).contains(.honorific), words.isCapitalized(index)
        {
            return false  // a surname: Herr Krebs, Mr Gay
        }
        if span == 1, words[index].isStem,
            FreeTextLexicon.endsLikeAThing(words.letters(index), after: Int(words[index].stemLength))
        {
            return false  // Gewerkschaftshaus, Kerkstraat, Schwangerschaftstest
        }
        // `her BRCA1 test`, `zijn vingerafdruk`: a possessive right before the term makes it the person's.
        let possessed =
            index > 0 && !words[index].afterPunctuation && !roles(of: index - 1).isDisjoint(with: [.pronoun, .firstPersonPossessive])
        // `mit meiner Gewerkschaft`, `my union`: the speaker's own.
        let ownedBySpeaker = possessed && roles(of: index - 1).contains(.firstPersonPossessive)
        // `volunteers for the Lib Dems during the campaign`: membership said right next to a
        // party or union is about a person, even in a note about a campaign.
        let memberNextToIt =
            entry.strength == .weak && (category == .politicalOpinions || category == .tradeUnionMembership)
            && hasNearby(.membership, around: index, through: last, before: 3, after: 3)
        if !possessed && namesAThingAfter(last) || namesAThingBefore(index) || isAboutATopic && !memberNextToIt { return false }
        switch entry.strength {
        case .strong:
            return true
        case .adjective:
            return index == 0 || !roles(of: index - 1).contains(.determiner)
        case .afterArticle:
            // `a Christian Dior fan`: a capitalised word after it makes it a first name.
            if last + 1 < words.count, !words[last + 1].afterPunctuation, words.isCapitalized(last + 1) { return false }
            return index > 0 && !words[index].afterPunctuation
                && (roles(of: index - 1).contains(.determiner) || words[index - 1].exact?.category != nil
                    || roles(of: index - 1).contains(.practice))
        case .unlessASubjectBefore:
            // `Joost en zijn man`, `met zijn man`; not `ze zijn man en vrouw`, `hij stond zijn man`.
            guard index > 0, !roles(of: index - 1).contains(.subject),
                roles(of: index - 1).contains(.connector) || words.isCapitalized(index - 1)
            else { return false }
            let nextIsWife = last + 2 < words.count && roles(of: last + 1).contains(.connector) && roles(of: last + 2).contains(.person)
            return !nextIsWife
        case .partnerOfAMan:
            return hasTitle(.man, before: index)
        case .partnerOfAWoman:
            return hasTitle(.woman, before: index)
        case .weak:
            // `ill-advised`, `ill-configured`: a weak word that starts a hyphenated compound
            // (`SPD-Mitglied` is a party and a member).
            if last + 1 < words.count, words.isAfterHyphen(last + 1), roles(of: last + 1).isEmpty { return false }
            let needed: FreeTextLexicon.Roles =
                switch category {
                case .politicalOpinions: .membership
                case .tradeUnionMembership: [.membership, .pronoun]
                case .religiousOrPhilosophicalBeliefs: [.pronoun, .practice]
                default: [.person, .pronoun]
                }
            // `Mme Dupont fait le ramadan`: a title before a name says a person is meant.
            let titledPerson = category == .religiousOrPhilosophicalBeliefs && hasTitledName(around: index, through: last)
            // `Treffen der Linken`, `réunion de section chez Les Républicains`: a party's meeting.
            let atAMeeting =
                category == .politicalOpinions && words.isCapitalized(index) && !roles(of: index).contains(.genericParty)
                && hasNearby(.gathering, around: index, through: last, before: 5, after: 0)
            // `in der SPD aktiv`: active said after the party, as German puts it.
            let activeAfter = needed.contains(.membership) && hasNearby(.active, around: index, through: last, before: 0, after: 2)
            return hasNearby(needed, around: index, through: last) || (needed.contains(.person) && followsANamedSubject(index))
                || describesTheSpeaker(index) || atAMeeting || activeAfter || titledPerson
                || (ownedBySpeaker && category != .politicalOpinions)
        }
    }

    /// True for `Name is|has …term`: a capitalised word, a form of "to be" or "to have", and
    /// at most one word more before the term (`Thomas ist krank`, `Jan is erg ziek`).
    private func followsANamedSubject(_ index: Int) -> Bool {
        for copula in stride(from: index - 1, through: max(1, index - 2), by: -1) where roles(of: copula).contains(.copula) {
            let subject = copula - 1
            return words.isCapitalized(subject) && !words[copula].afterPunctuation
                && roles(of: subject).isDisjoint(with: [.determiner, .thingAfter, .thingBefore])
        }
        return false
    }

    /// True for `je suis noir`, `ich bin …`, `I'm …`: the speaker (a caller in a transcript)
    /// says it of themself, with at most one word between.
    private func describesTheSpeaker(_ index: Int) -> Bool {
        for copula in stride(from: index - 1, through: max(1, index - 2), by: -1) where roles(of: copula).contains(.copula) {
            return roles(of: copula - 1).contains(.firstPerson)
        }
        return false
    }

    /// True when a thing word follows the term: right after it, or after up to two more
    /// describing words (`criminal defence law firm`, `mental health first aid course`),
    /// with no punctuation in between.
    private func namesAThingAfter(_ last: Int) -> Bool {
        var index = last + 1
        var skipped = 0
        while index < words.count, !words[index].afterPunctuation, skipped <= 2 {
            let roles = roles(of: index)
            if roles.contains(.thingAfter) { return true }
            if !roles.isDisjoint(with: [.connector, .person, .pronoun, .membership, .practice]) { return false }
            skipped += 1
            index += 1
        }
        return false
    }

    /// True when the term describes a thing named before it, French-style: `rue de l'Église`,
    /// `produits pour diabétiques`, `université catholique`.
    private func namesAThingBefore(_ first: Int) -> Bool {
        var index = first - 1
        var steps = 0
        while index >= 0, steps < 4, !words[index + 1].afterPunctuation {
            let roles = roles(of: index)
            if roles.contains(.thingBefore) { return true }
            if roles.isDisjoint(with: [.linking, .determiner]) { return false }
            steps += 1
            index -= 1
        }
        return false
    }

    /// True when a capitalised word for a man or a woman (`M.`, `Monsieur`, `Mme`) is within
    /// four words before word `index`: `m'a dit`, `lui` and `il` are not taken for one.
    private func hasTitle(_ gender: FreeTextLexicon.Roles, before index: Int) -> Bool {
        for word in max(0, index - 4)..<index where roles(of: word).contains(gender) && words.isCapitalized(word) { return true }
        return false
    }

    /// True when a capitalised title followed by a capitalised name (`Mme Dupont`, `Herr Weber`)
    /// is within eight words before the term or six after it.
    private func hasTitledName(around first: Int, through last: Int) -> Bool {
        for index in max(0, first - 8)..<min(words.count - 1, last + 7) where index < first || index > last {
            if roles(of: index).contains(.honorific), words.isCapitalized(index), words.isCapitalized(index + 1), index + 1 != first {
                return true
            }
        }
        return false
    }

    /// True when a word with one of `roles` is within `before` words before the term or
    /// `after` words after it (eight and six unless said).
    private func hasNearby(
        _ wanted: FreeTextLexicon.Roles, around first: Int, through last: Int, before: Int = 8, after: Int = 6
    ) -> Bool {
        for index in max(0, first - before)..<first where !roles(of: index).isDisjoint(with: wanted) { return true }
        for index in (last + 1)..<min(words.count, last + 1 + after) where !roles(of: index).isDisjoint(with: wanted) { return true }
        return false
    }

    private func roles(of index: Int) -> FreeTextLexicon.Roles {
        let roles = words[index].roles
        // `active in`, `actief bij`, `aktiv bei`: being active somewhere is membership; `active` alone is not.
        if roles.contains(.active), index + 1 < words.count, words[index + 1].roles.contains(.place) { return .membership }
        return roles
    }
}
