import DataMinCore

/// Tells, in SQL, whether a column name reveals special-category data, as
/// `special-category-field` does for a CSV header: the name split into words at `_`, `-`,
/// `.`, `/`, spaces and lower-to-upper case changes, lowercased with accents folded, and
/// matched against the same terms and compound stems.
struct SQLFieldNames {
    let dialect: SQLDialect

    /// Latin capitals and accented letters, and what folding makes of them.
    private static let foldedFrom =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿŠšŽžČčŘřŐőŰűĘęĄąŚśŹźŻżŃńĆćĚěŮů"
    private static let foldedTo =
        "abcdefghijklmnopqrstuvwxyzaaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyysszzccrroouueeaasszzzznncceeuu"

    /// The name's words joined by single underscores: `HealthNotes` → `health_notes`.
    func folded(_ name: String) -> String {
        let split = dialect.replaceAll(name, "([a-zà-öø-ÿ])([A-ZÀ-ÖØ-Þ])", with: "\\1_\\2")
        let lowered =
            "replace(translate(\(split), \(dialect.literal(SQLFieldNames.foldedFrom)), \(dialect.literal(SQLFieldNames.foldedTo))), 'ß', 'ss')"
        return dialect.replaceAll(lowered, "[-_. /]+", with: "_")
    }

    /// True when the folded name `name` holds a term, or a word holding a stem, of a
    /// category cited with `article`.
    func matches(_ name: String, article: String) -> String {
        let categories = SpecialCategory.allCases.filter { $0.article == article }
        let terms = categories.flatMap { SpecialCategoryVocabulary.terms[$0] ?? [] }.map {
            SQLValueRules.regexEscaped($0.replacingEvery(" ", with: "_"))
        }
        let stems = SpecialCategoryVocabulary.stems.filter { categories.contains($0.1) }.map { SQLValueRules.regexEscaped($0.0) }
        var tests = [dialect.fullMatch(name, "(.*_)?(\(terms.joined(separator: "|")))(_.*)?")]
        if !stems.isEmpty { tests.append(dialect.fullMatch(name, ".*(\(stems.joined(separator: "|"))).*")) }
        return "(" + tests.joined(separator: " OR ") + ")"
    }
}
