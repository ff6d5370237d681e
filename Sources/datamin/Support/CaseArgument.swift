import ArgumentParser

/// An option whose values are the raw strings of an enum's cases.
///
/// ArgumentParser's defaults name each case through `String(describing:)`, which reflects
/// on the value: about 5M instructions of every run's start-up for the few enum options
/// `validate` declares. The raw value is the same text, read directly.
protocol CaseArgument: ExpressibleByArgument, CaseIterable, RawRepresentable<String> {}

extension CaseArgument {
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
    /// No case has a description beyond its name (help lists the names alone).
    public static var allValueDescriptions: [String: String] { [:] }
    public var defaultValueDescription: String { rawValue }
}
