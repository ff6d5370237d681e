import DataMinCore

/// Validates whole input files against one policy: reads each record, runs the validator,
/// writes the minimised copy and the rejects, and counts everything into a report.
///
/// One run tracks data subjects across all its files, so `duplicate-subject` spans them.
public struct ImportRun {
    /// What to do with one input file.
    public struct FileOptions {
        /// The purpose(s) for records without a purpose field.
        public var purpose: String?
        /// The format; nil takes it from the extension.
        public var format: InputFormat?
        /// The CSV delimiter; nil detects it (tab for `.tsv`).
        public var delimiter: UInt8?
        /// Where to write the minimised copy of the admitted records.
        public var stripOut: String?
        /// Where to write the rejected records, unchanged.
        public var rejectsOut: String?

        public init(purpose: String? = nil, format: InputFormat? = nil, delimiter: UInt8? = nil,
                    stripOut: String? = nil, rejectsOut: String? = nil) {
            self.purpose = purpose
            self.format = format
            self.delimiter = delimiter
            self.stripOut = stripOut
            self.rejectsOut = rejectsOut
        }
    }

    public let validator: Validator
    private var builder: ReportBuilder
    private var subjects = SubjectTracker()
    /// The size of the file being read, for progress.
    private var totalBytes: Int?
    /// Whether kept violations stay in the report (false when the caller streams them).
    private let keepViolations: Bool
    /// Called with each violation that is within the limit, and the file's path.
    private let onViolation: (Violation, String) -> Void
    /// Called now and then with bytes read, total bytes (nil for pipes) and records so far.
    private let onProgress: (Int, Int?, Int) -> Void

    /// - Parameters:
    ///   - limit: the most violations kept or passed on; 0 means all. Counts stay complete.
    ///   - keepViolations: keep violations in the report; pass false when `onViolation`
    ///     prints them, so memory does not grow with the number of violations.
    public init(validator: Validator, limit: Int, keepViolations: Bool = true,
                onViolation: @escaping (Violation, String) -> Void = { _, _ in },
                onProgress: @escaping (Int, Int?, Int) -> Void = { _, _, _ in }) {
        self.validator = validator
        builder = ReportBuilder(asOf: validator.asOf, limit: limit)
        self.keepViolations = keepViolations
        self.onViolation = onViolation
        self.onProgress = onProgress
    }

    /// The report so far.
    public var report: ValidationReport { builder.report }

    public mutating func finish(seconds: Double) -> ValidationReport {
        builder.finish(seconds: seconds)
    }

    /// Validates one file (`-` for standard input).
    ///
    /// - Throws: ``Diagnostic`` when the file cannot be read or an output cannot be written;
    ///   outputs of this file are then discarded.
    public mutating func validate(path: String, options: FileOptions) throws(Diagnostic) {
        guard let format = options.format ?? InputFormat(path: path) else {
            throw Diagnostic(file: path, message: "cannot tell the input format from the name; pass --input-format csv, json or jsonl")
        }
        let source = try ByteSource(path: path)
        totalBytes = source.totalBytes
        builder.startFile(path: path, format: format.rawValue)
        var outputs = Outputs()
        do {
            switch format {
            case .csv:
                let delimiter = options.delimiter ?? (path.lowercased().hasSuffix(".tsv") ? UInt8(ascii: "\t") : nil)
                var reader = try CSVReader(source: source, delimiter: delimiter)
                reader.keepsCells = options.rejectsOut != nil
                try validateCSV(&reader, path: path, options: options, outputs: &outputs)
            case .jsonl:
                var reader = JSONLinesReader(source: source)
                try validateJSON(&reader, path: path, format: format, options: options, outputs: &outputs)
            case .json:
                var reader = JSONArrayReader(source: source)
                try validateJSON(&reader, path: path, format: format, options: options, outputs: &outputs)
            }
            try outputs.commit()
        } catch {
            outputs.discard()
            throw error
        }
    }

    // MARK: - Formats

    private mutating func validateCSV(_ reader: inout CSVReader, path: String, options: FileOptions, outputs: inout Outputs) throws(Diagnostic) {
        var headerViolations = validator.headerViolations(reader.header, line: reader.headerLine)
        headerViolations += reader.headerProblems.compactMap { violation(for: $0, record: nil, line: reader.headerLine) }
        headerViolations.sort { ($0.location.column ?? 0) < ($1.location.column ?? 0) }
        for violation in headerViolations { emit(violation, path: path) }
        // Undeclared columns were reported once, at the header; rows are validated without them.
        reader.excludeColumns { validator.policy.field(named: $0) == nil }
        let fieldIndices = validator.fieldIndices(of: reader.fieldNames)

        var columns: [String: Int] = [:]
        for (index, name) in reader.header.enumerated() where columns[name] == nil { columns[name] = index + 1 }
        // The minimised copy keeps declared columns (once each); cells are emptied per record.
        let kept = reader.header.enumerated().filter { columns[$0.element] == $0.offset + 1 && validator.policy.field(named: $0.element) != nil }.map(\.element)
        var strip: CSVWriter?
        var rejects: CSVWriter?
        if let path = options.stripOut {
            strip = CSVWriter(output: try outputs.open(path, input: path), delimiter: reader.delimiter, header: kept)
        }
        if let path = options.rejectsOut {
            rejects = CSVWriter(output: try outputs.open(path, input: path), delimiter: reader.delimiter, header: reader.header)
        }
        while let read = try reader.next() {
            var violations = check(read, purpose: options.purpose, fieldIndices: fieldIndices)
            for index in violations.indices where violations[index].location.column == nil {
                if let field = violations[index].field, let column = columns[field] { violations[index].location.column = column }
            }
            let rejected = finishRecord(violations, path: path, bytesRead: reader.bytesRead)
            if rejected {
                if let rawText = read.rawText { rejects?.write(rawLine: rawText) } else { rejects?.write(read.cells ?? []) }
            } else if let strip {
                let minimised = validator.minimise(read.record, purpose: options.purpose)
                strip.write(kept.map { minimised[$0]?.text ?? "" })
            }
        }
    }

    private mutating func validateJSON(_ reader: inout some RecordReader, path: String, format: InputFormat,
                                       options: FileOptions, outputs: inout Outputs) throws(Diagnostic) {
        var strip = try options.stripOut.map { (output) throws(Diagnostic) in JSONWriter(output: try outputs.open(output, input: path), format: format) }
        var rejects = try options.rejectsOut.map { (output) throws(Diagnostic) in JSONWriter(output: try outputs.open(output, input: path), format: format) }
        while let read = try reader.next() {
            let violations = check(read, purpose: options.purpose)
            let rejected = finishRecord(violations, path: path, bytesRead: reader.bytesRead)
            if rejected {
                if let rawText = read.rawText { rejects?.write(rawJSON: rawText) } else { rejects?.write(read.record) }
            } else {
                strip?.write(validator.minimise(read.record, purpose: options.purpose))
            }
        }
        strip?.finish()
        rejects?.finish()
    }

    // MARK: - Records

    /// Every violation of one read record: its structural problems, then the policy's.
    private mutating func check(_ read: ReadRecord, purpose: String?, fieldIndices: [Int]? = nil) -> [Violation] {
        var violations = read.problems.isEmpty ? [] : read.problems.compactMap { violation(for: $0, record: read.number, line: read.line) }
        if !read.isMalformed {
            let location = RecordLocation(record: read.number, line: read.line)
            if let fieldIndices {
                violations += validator.validate(read.record, fieldIndices: fieldIndices, purpose: purpose, location: location, subjects: &subjects)
            } else {
                violations += validator.validate(read.record, purpose: purpose, location: location, subjects: &subjects)
            }
        }
        return violations
    }

    private func violation(for problem: ReadProblem, record: Int?, line: Int) -> Violation? {
        guard let severity = validator.plan.severities[problem.check] else { return nil }
        return Violation(check: problem.check, severity: severity, article: nil, message: problem.message, field: problem.field,
                         location: RecordLocation(record: record, line: problem.line ?? line, column: problem.column))
    }

    /// Counts and emits a record's violations; returns true when the record is rejected.
    private mutating func finishRecord(_ violations: [Violation], path: String, bytesRead: Int) -> Bool {
        let rejected = violations.contains { $0.severity == .error }
        builder.countRecord(rejected: rejected)
        for violation in violations { emit(violation, path: path) }
        let records = builder.report.files[builder.report.files.count - 1].records
        if records % 8192 == 0 { onProgress(bytesRead, totalBytes, records) }
        return rejected
    }

    private mutating func emit(_ violation: Violation, path: String) {
        if builder.add(violation, keep: keepViolations) { onViolation(violation, path) }
    }
}

/// The output files of one input, committed together or discarded together.
private struct Outputs {
    private(set) var files: [OutputFile] = []

    mutating func open(_ path: String, input: String) throws(Diagnostic) -> OutputFile {
        if files.contains(where: { $0.path == path }) {
            throw Diagnostic(file: path, message: "--strip-out and --rejects-out name the same file; give each its own path")
        }
        let file = try OutputFile(path: path, inputs: [input])
        files.append(file)
        return file
    }

    func commit() throws(Diagnostic) {
        for file in files { try file.commit() }
    }

    func discard() {
        for file in files { file.discard() }
    }
}
