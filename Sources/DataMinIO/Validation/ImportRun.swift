import DataMinCore
import Dispatch
import Foundation

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
        /// The file's encoding; nil for UTF-8, where the first `encoding-error` then names
        /// the legacy encoding the bytes fit.
        public var encoding: InputEncoding?
        /// Replace what the free-text checks find in text fields of the minimised copy with
        /// `[kind]` (`--redact-free-text`).
        public var redactsFreeText: Bool

        public init(purpose: String? = nil, format: InputFormat? = nil, delimiter: UInt8? = nil,
                    stripOut: String? = nil, rejectsOut: String? = nil, encoding: InputEncoding? = nil, redactsFreeText: Bool = false) {
            self.redactsFreeText = redactsFreeText
            self.purpose = purpose
            self.format = format
            self.delimiter = delimiter
            self.stripOut = stripOut
            self.rejectsOut = rejectsOut
            self.encoding = encoding
        }
    }

    public let validator: Validator
    /// How many threads run record checks.
    public let workers: Int
    /// One validator per core, compiled separately: threads that share one would contend
    /// on the reference counts of its tables and run slower than one thread alone. Workers
    /// past the number of cores share them, so `--jobs` cannot multiply the compile time.
    private let workerValidators: [Validator]
    private var builder: ReportBuilder
    private var subjects = SubjectTracker()
    /// The size of the file being read, for progress.
    private var totalBytes: Int?
    /// Whether the file's first `encoding-error` has been given its hint.
    private var encodingHintGiven = false
    /// Whether kept violations stay in the report (false when the caller streams them).
    private let keepViolations: Bool
    /// Called with each violation that is within the limit, the file's path and its index
    /// among the run's files (0-based); throwing (the report cannot be written) ends the file's run.
    private let onViolation: (Violation, String, Int) throws(Diagnostic) -> Void
    /// Called now and then with bytes read, total bytes (nil for pipes) and records so far.
    private let onProgress: (Int, Int?, Int) -> Void
    /// Called with advice about a whole file, once per file (every record lacks a purpose).
    private let onHint: (String) -> Void
    /// Records of the current file with `missing-purpose`.
    private var recordsWithoutPurpose = 0

    /// Starts a run that checks files with `validator`.
    ///
    /// - Parameters:
    ///   - limit: the most violations kept or passed on; 0 means all. Counts stay complete.
    ///   - workers: threads for the record checks; the machine's cores by default. The
    ///     report and outputs do not depend on it.
    ///   - keepViolations: keep violations in the report; pass false when `onViolation`
    ///     prints them, so memory does not grow with the number of violations.
    public init(validator: Validator, limit: Int, workers: Int = ProcessInfo.processInfo.activeProcessorCount, keepViolations: Bool = true,
                onViolation: @escaping (Violation, String, Int) throws(Diagnostic) -> Void = { _, _, _ in },
                onProgress: @escaping (Int, Int?, Int) -> Void = { _, _, _ in },
                onHint: @escaping (String) -> Void = { _ in }) {
        self.validator = validator
        self.workers = max(1, workers)
        let copies = min(workers, ProcessInfo.processInfo.activeProcessorCount)
        workerValidators = workers > 1 ? (0..<max(1, copies)).map { _ in validator.independentCopy() } : []
        builder = ReportBuilder(asOf: validator.asOf, limit: limit)
        self.keepViolations = keepViolations
        self.onViolation = onViolation
        self.onProgress = onProgress
        self.onHint = onHint
    }

    /// The report so far.
    public var report: ValidationReport { builder.report }

    /// Records that `path` could not be read or validated, for the reports (SPEC §10).
    public mutating func recordFailure(path: String, message: String) {
        builder.addFailure(path: path, message: message)
    }

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
        let source = try ByteSource(path: path, encoding: options.encoding ?? .utf8)
        totalBytes = source.totalBytes
        encodingHintGiven = false
        recordsWithoutPurpose = 0
        builder.startFile(path: path, format: format.rawValue)
        var outputs = Outputs()
        do {
            switch format {
            case .csv:
                let delimiter = options.delimiter ?? (path.lowercased().hasSuffix(".tsv") ? UInt8(ascii: "\t") : nil)
                var reader = try CSVReader(source: source, delimiter: delimiter)
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
        // One line of advice instead of the same error on every record being the only clue.
        let records = builder.report.files[builder.report.files.count - 1].records
        if records > 0, recordsWithoutPurpose == records {
            let column = validator.policy.recordFields.purpose.map { "a '\($0)' column or key" } ?? "a purpose field ('record: { purpose: … }' in the policy)"
            onHint("\(path): no record names a purpose; add \(column), pass --purpose NAME, or set 'purpose:' on this input in .datamin.yml")
        }
    }

    // MARK: - Formats

    private mutating func validateCSV(_ reader: inout CSVReader, path: String, options: FileOptions, outputs: inout Outputs) throws(Diagnostic) {
        var headerViolations = validator.headerViolations(reader.header, line: reader.headerLine)
        headerViolations += reader.headerProblems.compactMap { violation(for: $0, record: nil, line: reader.headerLine) }
        headerViolations.sort { ($0.location.column ?? 0) < ($1.location.column ?? 0) }
        for violation in headerViolations { try emit(violation, path: path) }
        // Undeclared columns were reported once, at the header; rows are validated without them.
        reader.excludeColumns { validator.policy.field(named: $0) == nil }
        let fields = validator.fieldIndices(of: reader.fieldNames)
        let redacted = options.redactsFreeText ? fields.map { $0 < 0 ? [] : validator.redactedKinds(ofField: $0) } : []
        let layout = CSVLayout(columns: reader.includedColumns, fields: fields.map(Int32.init), redacted: redacted)

        var columns: [String: Int] = [:]
        for (index, name) in reader.header.enumerated() where columns[name] == nil { columns[name] = index + 1 }
        var strip: CSVWriter?
        var rejects: CSVWriter?
        if let output = options.stripOut {
            // The minimised copy keeps the columns records hold; cells are emptied per record.
            strip = CSVWriter(output: try outputs.open(output, input: path), delimiter: reader.delimiter, header: reader.fieldNames)
        }
        if let output = options.rejectsOut {
            rejects = CSVWriter(output: try outputs.open(output, input: path), delimiter: reader.delimiter, header: reader.header)
        }
        let purpose = options.purpose
        try forEachRecord(of: &reader, outcome: { batch, index, validator in
            layout.outcome(of: batch, row: index, validator: validator, purpose: purpose)
        }) { (run, batch, index, violations) throws(Diagnostic) in
            var violations = violations
            for index in violations.indices where violations[index].location.column == nil {
                if let field = violations[index].field, let column = columns[field] { violations[index].location.column = column }
            }
            let rejected = try run.finishRecord(violations, path: path)
            let row = batch.rows[index]
            if rejected {
                if let rawText = row.rawText { rejects?.write(rawLine: rawText) } else { rejects?.write(batch.cells(of: row)) }
            } else if let strip {
                layout.writeMinimised(row: index, of: batch, to: strip, validator: run.validator, purpose: purpose)
            }
        }
    }

    private mutating func validateJSON<Reader: BatchReader>(_ reader: inout Reader, path: String, format: InputFormat, options: FileOptions,
                                                            outputs: inout Outputs) throws(Diagnostic) where Reader.Batch == [ReadRecord] {
        var strip = try options.stripOut.map { (output) throws(Diagnostic) in JSONWriter(output: try outputs.open(output, input: path), format: format) }
        var rejects = try options.rejectsOut.map { (output) throws(Diagnostic) in JSONWriter(output: try outputs.open(output, input: path), format: format) }
        let purpose = options.purpose
        try forEachRecord(of: &reader, outcome: { batch, index, validator in
            let read = batch[index]
            guard !read.isMalformed else { return nil }
            return validator.evaluate(read.record, purpose: purpose, location: RecordLocation(record: read.number, line: read.line))
        }) { (run, batch, index, violations) throws(Diagnostic) in
            let read = batch[index]
            let rejected = try run.finishRecord(violations, path: path)
            if rejected {
                if let rawText = read.rawText { rejects?.write(rawJSON: rawText) } else { rejects?.write(read.record) }
            } else {
                let minimised = run.validator.minimise(read.record, purpose: purpose)
                strip?.write(options.redactsFreeText ? run.validator.redactingFreeText(minimised) : minimised)
            }
        }
        strip?.finish()
        rejects?.finish()
    }

    // MARK: - Records

    /// Reads every record of `reader` and hands each, in input order, to `body` with all its
    /// violations: its structural problems, then the policy's.
    ///
    /// Records are read in batches. With more than one worker, a thread of its own reads
    /// the next batches while this one checks the current batch, whose record checks
    /// (`outcome`, nil for a malformed record) run on ``workers`` threads (the validators
    /// are immutable); then `duplicate-subject` and `body` run in input order. Output is
    /// identical whatever the number of workers.
    private mutating func forEachRecord<Reader: BatchReader>(
        of reader: inout Reader,
        outcome: @escaping @Sendable (Reader.Batch, Int, Validator) -> Validator.Outcome?,
        _ body: (inout ImportRun, Reader.Batch, Int, [Violation]) throws(Diagnostic) -> Void
    ) throws(Diagnostic) {
        func process(_ batch: Reader.Batch, bytesRead: Int) throws(Diagnostic) {
            let outcomes = evaluate(batch, outcome: outcome)
            for index in 0..<batch.count {
                let problems = batch.problems(index)
                var violations = problems.isEmpty ? [] : problems.compactMap { violation(for: $0, record: batch.number(index), line: batch.line(index)) }
                if let outcome = outcomes[index] { violations += validator.complete(outcome, subjects: &subjects) }
                try body(&self, batch, index, violations)
            }
            onProgress(bytesRead, totalBytes, builder.report.files[builder.report.files.count - 1].records)
        }
        guard workers > 1 else {
            while let batch = try reader.nextBatch(maxRecords: ImportRun.batchSize, maxBytes: Limits.maxBatchBytes) {
                try process(batch, bytesRead: reader.bytesRead)
            }
            return
        }
        let pipe = BatchPipe<Reader.Batch>(capacity: 2)
        let box = ReaderBox(reader)
        let finished = DispatchSemaphore(value: 0)
        Thread {
            defer { finished.signal() }
            do throws(Diagnostic) {
                while let batch = try box.reader.nextBatch(maxRecords: ImportRun.batchSize, maxBytes: Limits.maxBatchBytes) {
                    guard pipe.put(.batch(batch, bytesRead: box.reader.bytesRead)) else { return }
                }
                _ = pipe.put(.end)
            } catch {
                _ = pipe.put(.failure(error))
            }
        }.start()
        defer {
            pipe.close()
            finished.wait()
            reader = box.reader
        }
        while true {
            switch pipe.take() {
            case .batch(let batch, let bytesRead): try process(batch, bytesRead: bytesRead)
            case .end: return
            case .failure(let diagnostic): throw diagnostic
            }
        }
    }

    /// Records read per batch, at most; ``Limits/maxBatchBytes`` also ends a batch.
    static let batchSize = 2048

    /// The record checks' outcome for each record of `batch`, computed on up to ``workers``
    /// threads.
    private func evaluate<Batch: RecordBatch>(_ batch: Batch, outcome: @escaping @Sendable (Batch, Int, Validator) -> Validator.Outcome?) -> [Validator.Outcome?] {
        // Below a few hundred records a thread costs more than it saves.
        let workers = min(self.workers, batch.count / 256)
        guard workers > 1 else {
            return (0..<batch.count).map { outcome(batch, $0, validator) }
        }
        let results = ResultSlots<Validator.Outcome?>(count: batch.count, initial: nil)
        let validators = workerValidators
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in (batch.count * worker / workers)..<(batch.count * (worker + 1) / workers) {
                results[index] = outcome(batch, index, validators[worker % validators.count])
            }
        }
        return results.values
    }

    private mutating func violation(for problem: ReadProblem, record: Int?, line: Int) -> Violation? {
        guard let severity = validator.plan.severities[problem.check] else { return nil }
        var message = problem.message
        // Readers guess an encoding only for UTF-8 files; the first bad cell of a file says what to pass.
        if !encodingHintGiven, let guess = problem.encodingGuess {
            encodingHintGiven = true
            message += "; the file looks like \(guess.rawValue): pass --encoding \(guess.rawValue) (or 'encoding: \(guess.rawValue)' on its input in .datamin.yml)"
        }
        return Violation(check: problem.check, severity: severity, article: nil, message: message, field: problem.field,
                         location: RecordLocation(record: record, line: problem.line ?? line, column: problem.column))
    }

    /// Counts and emits a record's violations; returns true when the record is rejected.
    fileprivate mutating func finishRecord(_ violations: [Violation], path: String) throws(Diagnostic) -> Bool {
        let rejected = violations.contains { $0.severity == .error }
        builder.countRecord(rejected: rejected)
        if violations.contains(where: { $0.check == .missingPurpose }) { recordsWithoutPurpose += 1 }
        for violation in violations { try emit(violation, path: path) }
        return rejected
    }

    private mutating func emit(_ violation: Violation, path: String) throws(Diagnostic) {
        if builder.add(violation, keep: keepViolations) { try onViolation(violation, path, builder.report.files.count - 1) }
    }
}

/// Which cells of a CSV row the checks read, and as which policy fields.
private struct CSVLayout: Sendable {
    /// The 0-based columns records hold (declared, first of their name).
    let columns: [Int]
    /// The policy field index of each of `columns`.
    let fields: [Int32]
    /// What redaction replaces in each of `columns`; empty when the run does not redact.
    let redacted: [FreeTextKinds]

    /// The record checks' outcome for one row of `batch`; nil for a malformed row.
    func outcome(of batch: CSVBatch, row index: Int, validator: Validator, purpose: String?) -> Validator.Outcome? {
        let row = batch.rows[index]
        guard !row.isMalformed else { return nil }
        return withEntries(of: batch, row: row) { entries in
            validator.evaluate(entries: entries, purpose: purpose, location: RecordLocation(record: row.number, line: row.line))
        }
    }

    /// Writes the minimised copy of one admitted row: each of ``columns`` with its cell
    /// when the row's purposes keep the field, else empty. A malformed row admitted because
    /// `malformed-record` is only a warning has no fields: its cells are all empty.
    func writeMinimised(row index: Int, of batch: CSVBatch, to writer: CSVWriter, validator: Validator, purpose: String?) {
        let row = batch.rows[index]
        guard !row.isMalformed else {
            writer.write(cells: [[UInt8]](repeating: [], count: columns.count))
            return
        }
        withEntries(of: batch, row: row) { entries in
            let purposes = validator.purposes(of: entries, purpose: purpose)
            let kept = entries.map { validator.keeps(Int($0.fieldIndex), for: purposes) ? $0.value : UTF8Bytes(start: nil, count: 0) }
            // Only a row with something to redact pays for copying its cells.
            var replacements: [Int: [UInt8]] = [:]
            for (offset, kinds) in redacted.enumerated() where !kinds.isEmpty && !kept[offset].isEmpty {
                replacements[offset] = FreeTextScanner.redacted(kept[offset], kinds: kinds)
            }
            guard !replacements.isEmpty else { return writer.write(cells: kept) }
            writer.write(cells: kept.enumerated().map { offset, cell in replacements[offset] ?? Array(cell) })
        }
    }

    /// Runs `body` with the row's ``columns`` as entries viewing the batch's bytes.
    private func withEntries<Result>(of batch: CSVBatch, row: CSVBatch.Row, _ body: (UnsafeBufferPointer<RecordContext.Entry>) -> Result) -> Result {
        batch.bytes.withUnsafeBufferPointer { bytes in
            withUnsafeTemporaryAllocation(of: RecordContext.Entry.self, capacity: columns.count) { entries in
                for (offset, column) in columns.enumerated() {
                    let cell = UTF8Bytes(rebasing: bytes[batch.range(ofCell: row.firstCell + column)])
                    entries.initializeElement(at: offset, to: RecordContext.Entry(fieldIndex: fields[offset], kind: .string, value: cell))
                }
                return body(UnsafeBufferPointer(entries))
            }
        }
    }
}

/// The output files of one input, committed together or discarded together.
private struct Outputs {
    private(set) var files: [OutputFile] = []

    mutating func open(_ path: String, input: String) throws(Diagnostic) -> OutputFile {
        if files.contains(where: { FileIdentity.same($0.path, path) }) {
            throw Diagnostic(file: path, message: "--strip-out and --rejects-out name the same file; give each its own path")
        }
        let file = try OutputFile(path: path, protecting: [input], mode: OutputFile.mode(forInputs: [input]))
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

/// Slots that parallel workers fill at disjoint indices.
private final class ResultSlots<Value>: @unchecked Sendable {
    // Each index is written by exactly one worker, through the raw buffer (never through an
    // array access, which would race on the array's own bookkeeping), and read only after
    // every worker finished.
    private let buffer: UnsafeMutableBufferPointer<Value>

    init(count: Int, initial: Value) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: initial)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    subscript(index: Int) -> Value {
        get { buffer[index] }
        set { buffer[index] = newValue }
    }

    var values: [Value] { Array(buffer) }
}
