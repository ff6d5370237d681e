/// Every bound datamin puts on its inputs, in one place (README "Limits" lists them).
///
/// Each keeps one hostile or broken input from costing more than a moment or a few
/// megabytes; each is far above what real files need. Passing one ends in a clear error
/// (policy, config, a CSV header) or a `malformed-record` (one record), never in swap.
public enum Limits {
    // MARK: Data files

    /// The largest record accepted, in bytes: a CSV row, a JSON Lines line, an element of a
    /// JSON array.
    public static let maxRecordBytes = 16 << 20
    /// The most fields one record may have: CSV header columns and row cells, keys of all
    /// objects in one JSON record together.
    public static let maxFieldsPerRecord = 10_000
    /// The longest field name accepted, in bytes: a CSV header cell, a JSON key.
    public static let maxFieldNameBytes = 1_024
    /// The deepest JSON nesting accepted inside one record.
    public static let maxJSONDepth = 64
    /// The bytes of input read into one batch before it is checked; with the rows-per-batch
    /// cap this bounds the memory of the batches in flight.
    public static let maxBatchBytes = 4 << 20

    // MARK: Policies and project configs

    /// The largest policy or `.datamin.yml` accepted, in bytes; checked before it is read.
    public static let maxPolicyBytes = 4 << 20
    /// The largest baseline (`--baseline`) accepted, in bytes: about a million entries.
    public static let maxBaselineBytes = 256 << 20
    /// The deepest nesting of YAML lists and mappings.
    public static let maxYAMLDepth = 64
    /// The most nodes a YAML document may hold, aliases expanded ("billion laughs" guard).
    public static let maxYAMLNodes = 100_000
    /// The most items in one YAML list or mapping.
    public static let maxYAMLCollectionItems = 10_000
    /// The most problems listed for one policy; the rest are counted.
    public static let maxDiagnostics = 100
    /// The most characters of a source line echoed under a diagnostic; a longer line is cut
    /// around the column, with `…` where text was left out.
    public static let maxEchoedLineCharacters = 120

    // MARK: Runs

    /// The most threads `--jobs` may ask for.
    public static let maxJobs = 64
}
