import DataMinCore

/// One record as a reader yields it: the fields, where it starts, and any structural
/// problem found while reading it.
public struct ReadRecord: Sendable {
    /// The 1-based data record number (a CSV header is not a record).
    public var number: Int
    /// The 1-based physical line the record starts on.
    public var line: Int
    /// The record's fields. For CSV, only the columns the header names once.
    public var record: Record
    /// Structural problems: `malformed-record`, `encoding-error`, `duplicate-field`.
    public var problems: [ReadProblem]
    /// The record exactly as read, for writing rejects unchanged: CSV cells in column order.
    /// Nil for JSON, where `record` holds every field, and for a CSV row that could not be
    /// read (see `rawText`).
    public var cells: [String]?
    /// The raw text of a record that could not be read as one (a JSON value that is not an
    /// object, the first line of a broken CSV row) or that repeats a key: what rejects write.
    public var rawText: String?

    /// True when the record could not be read as one: its fields are not validated.
    public var isMalformed: Bool { problems.contains { $0.check == .malformedRecord } }
}

/// A structural problem a reader found.
public struct ReadProblem: Sendable, Equatable {
    public var check: CheckID
    /// What is wrong, naming positions and fields, never values.
    public var message: String
    public var field: String?
    /// The 1-based CSV column, nil in JSON.
    public var column: Int?
    /// The 1-based physical line, when it differs from the record's.
    public var line: Int?
    /// For an `encoding-error`: the legacy encoding the bad bytes fit.
    public var encodingGuess: InputEncoding?

    public init(
        check: CheckID, message: String, field: String? = nil, column: Int? = nil, line: Int? = nil, encodingGuess: InputEncoding? = nil
    ) {
        self.check = check
        self.message = message
        self.field = field
        self.column = column
        self.line = line
        self.encodingGuess = encodingGuess
    }
}

/// A reader of records from one input.
public protocol RecordReader: SendableMetatype {
    /// The next record, or nil at the end of the input.
    ///
    /// - Throws: ``Diagnostic`` when the input cannot be read further (an I/O error).
    mutating func next() throws(Diagnostic) -> ReadRecord?
    /// How many bytes have been read, for progress.
    var bytesRead: Int { get }
}

/// Bounds that keep one bad record from taking all memory.
public enum ReadLimits {
    /// The largest record accepted, in bytes; a larger one is `malformed-record`.
    public static let maxRecordBytes = 16 << 20
    /// The deepest JSON nesting accepted inside one record.
    public static let maxJSONDepth = 64
}
