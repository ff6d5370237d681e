import DataMinCore

/// The formats datamin reads and writes.
public enum InputFormat: String, Sendable, CaseIterable {
    /// Comma-, semicolon- or tab-separated values with a header row.
    case csv
    /// A JSON array of objects, or a single object.
    case json
    /// JSON Lines: one object per line.
    case jsonl

    /// The format an input's extension implies: `.csv`, `.tsv`, `.json`, `.jsonl`, `.ndjson`.
    public init?(path: String) {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".csv") || lowered.hasSuffix(".tsv") {
            self = .csv
        } else if lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".ndjson") {
            self = .jsonl
        } else if lowered.hasSuffix(".json") {
            self = .json
        } else {
            return nil
        }
    }

    /// The format a word names, in any case: `csv`, `tsv` (CSV), `json`, `jsonl` or `ndjson`.
    public init?(word: String) {
        switch word.lowercased() {
        case "csv", "tsv": self = .csv
        case "json": self = .json
        case "jsonl", "ndjson": self = .jsonl
        default: return nil
        }
    }

    /// The CSV delimiter byte a word names: `,`, `;` or `tab`; nil for anything else.
    public static func delimiterByte(_ text: String) -> UInt8? {
        switch text {
        case ",": UInt8(ascii: ",")
        case ";": UInt8(ascii: ";")
        case "tab", "\\t", "\t": UInt8(ascii: "\t")
        default: nil
        }
    }

    /// A reader of whole records for the file at `path` in this format (`.tsv` read as
    /// tab-separated), for commands that look at records one at a time (`suppress add
    /// --from`, `init`); a validation run reads batches instead.
    public func recordReader(source: ByteSource, path: String) throws(Diagnostic) -> any RecordReader {
        switch self {
        case .csv: try CSVReader(source: source, delimiter: path.lowercased().hasSuffix(".tsv") ? UInt8(ascii: "\t") : nil)
        case .jsonl: JSONLinesReader(source: source)
        case .json: JSONArrayReader(source: source)
        }
    }
}
