@_spi(Readers) import DataMinCore
import DataMinIO
import Dispatch
import FoundationEssentials

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
        /// Compute the SHA-256 of the input's bytes as they are read, for the report's
        /// provenance (SPEC §11.3). Off unless a report shows it: it costs about a tenth of a run.
        public var hashesInput = false

        public init(
            purpose: String? = nil, format: InputFormat? = nil, delimiter: UInt8? = nil,
            stripOut: String? = nil, rejectsOut: String? = nil, encoding: InputEncoding? = nil, redactsFreeText: Bool = false
        ) {
            self.redactsFreeText = redactsFreeText
            self.purpose = purpose
            self.format = format
            self.delimiter = delimiter
            self.stripOut = stripOut
            self.rejectsOut = rejectsOut
            self.encoding = encoding
        }
    }

    /// The validator of the next file; a run may give each file its own record key
    /// (``Validator/keyed(by:)``) while subjects are tracked across all of them.
    public package(set) var validator: Validator
    /// How many threads run record checks.
    public let workers: Int
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
    /// Malformed records of the current input rejected while `malformed-record` is off:
    /// nothing else would say where they went.
    private var unreportedMalformed = 0
    /// The baseline findings pass through before they count (`--baseline`,
    /// `--write-baseline`); nil counts every finding.
    package var baseline: BaselineGate?
    /// How the hint on a file's first `encoding-error` says to name the encoding its bytes
    /// fit: `--encoding` here; a service tells its client to declare the body's charset.
    package var encodingAdvice: @Sendable (InputEncoding) -> String = ImportRun.commandLineEncodingAdvice

    package static let commandLineEncodingAdvice: @Sendable (InputEncoding) -> String = { guess in
        "pass --encoding \(guess.rawValue) (or 'encoding: \(guess.rawValue)' on its input in .datamin.yml)"
    }

    /// Starts a run that checks files with `validator`.
    ///
    /// - Parameters:
    ///   - limit: the most violations kept or passed on; 0 means all. Counts stay complete.
    ///   - workers: threads for the record checks; the machine's cores by default. The
    ///     report and outputs do not depend on it.
    ///   - keepViolations: keep violations in the report; pass false when `onViolation`
    ///     prints them, so memory does not grow with the number of violations.
    ///   - shownBefore: violations an earlier run of the same report already showed, which
    ///     count toward `limit` (a run over inputs of several policies).
    ///   - shownErrorsBefore: how many of them were errors.
    public init(
        validator: Validator, limit: Int, shownBefore: Int = 0, shownErrorsBefore: Int = 0,
        workers: Int = ProcessInfo.processInfo.activeProcessorCount,
        keepViolations: Bool = true,
        onViolation: @escaping (Violation, String, Int) throws(Diagnostic) -> Void = { _, _, _ in },
        onProgress: @escaping (Int, Int?, Int) -> Void = { _, _, _ in },
        onHint: @escaping (String) -> Void = { _ in }
    ) {
        self.validator = validator
        self.workers = max(1, workers)
        builder = ReportBuilder(asOf: validator.asOf, limit: limit, shownBefore: shownBefore, shownErrorsBefore: shownErrorsBefore)
        self.keepViolations = keepViolations
        self.onViolation = onViolation
        self.onProgress = onProgress
        self.onHint = onHint
    }

    /// The report so far.
    public var report: ValidationReport { builder.report }

    /// Records that `path` could not be read or validated, for the reports (SPEC §10).
    public mutating func recordFailure(path: String, _ diagnostic: Diagnostic) {
        builder.addFailure(path: path, diagnostic)
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
            throw Diagnostic(
                .inputFormatUnknown, file: path,
                message: "cannot tell the input format from the name; pass --input-format csv, json or jsonl")
        }
        let source = try ByteSource(path: path, encoding: options.encoding ?? .utf8)
        if options.hashesInput { source.digest = SHA256.Stream() }
        totalBytes = source.totalBytes
        if let asked = source.overriddenEncoding {
            onHint("\(path): starts with a UTF-8 byte-order mark, so it is read as UTF-8, not \(asked.rawValue)")
        }
        // Its bad bytes suggest no encoding when its mark overrode the one asked for.
        encodingHintGiven = !source.suggestsEncodings
        recordsWithoutPurpose = 0
        unreportedMalformed = 0
        builder.startFile(path: path, format: format.rawValue)
        var outputs = Outputs()
        // Copies need each JSON record as a Record; checks alone read laid-out members.
        let writesCopies = options.stripOut != nil || options.rejectsOut != nil
        do throws(Diagnostic) {
            switch format {
            case .csv:
                let delimiter = options.delimiter ?? (path.lowercased().hasSuffix(".tsv") ? UInt8(ascii: "\t") : nil)
                var reader = try CSVReader(source: source, delimiter: delimiter)
                // Before the header's findings: an input with no header has none, only its failure.
                if reader.header.isEmpty { throw EmptyInput.failure(path: path, bytes: source.bytesRead) }
                try validateCSV(&reader, path: path, options: options, outputs: &outputs)
            case .jsonl where writesCopies:
                var reader = JSONLinesReader(source: source)
                try validateJSONRecords(&reader, path: path, format: format, options: options, outputs: &outputs)
            case .jsonl:
                // The reading thread only splits lines; the workers parse them.
                var reader = JSONLinesTextReader(JSONLinesReader(source: source))
                try checkJSON(&reader, prepare: { JSONBatch(parsing: $0) }, path: path, options: options)
            case .json where writesCopies:
                var reader = JSONArrayReader(source: source)
                try validateJSONRecords(&reader, path: path, format: format, options: options, outputs: &outputs)
            case .json:
                // The reading thread parses: it must, to find where a broken array stops.
                var reader = JSONNodeReader(JSONArrayReader(source: source))
                try checkJSON(&reader, prepare: { $0 }, path: path, options: options)
            }
            // JSON Lines of blank lines only (a CSV without a header, a `.json` without a value
            // stopped at their readers).
            if format == .jsonl, builder.currentFile.records == 0 {
                try source.readToEnd()
                throw EmptyInput.failure(path: path, bytes: source.bytesRead)
            }
            try recordSize(of: source)
            try reportIfEmpty(path: path)
            try outputs.commit()
        } catch {
            outputs.discard()
            // An input with nothing to check is read whole: its size and digest say what arrived.
            if error.code == .inputEmpty { try? recordSize(of: source) }
            throw error
        }
        // One line of advice instead of the same error on every record being the only clue.
        let records = builder.currentFile.records
        if records > 0, recordsWithoutPurpose == records, options.purpose != nil, let field = validator.policy.recordFields.purpose {
            // The input's purpose was given, so every record has the field and leaves it empty.
            onHint(
                "\(path): no record names a purpose; the purpose given for the input applies only to records without a '\(field)' field: fill it, or leave it out of the export"
            )
        } else if records > 0, recordsWithoutPurpose == records {
            let column =
                validator.policy.recordFields.purpose.map { "a '\($0)' column or key" }
                ?? "a purpose field ('record: { purpose: … }' in the policy)"
            onHint(
                "\(path): no record names a purpose; add \(column), pass --purpose NAME, or set 'purpose:' on this input in .datamin.yml")
        }
        if unreportedMalformed > 0 {
            let count = unreportedMalformed == 1 ? "1 malformed record was" : "\(unreportedMalformed) malformed records were"
            onHint(
                "\(path): \(count) rejected without a finding ('malformed-record' is off): a record that cannot be read is never admitted; --rejects-out keeps it"
            )
        }
    }

    /// Reads `source` to its end and notes its size in bytes and, when asked, its SHA-256.
    private mutating func recordSize(of source: ByteSource) throws(Diagnostic) {
        try source.readToEnd()
        builder.setBytes(
            source.bytesRead,
            sha256: source.digest.map {
                var digest = $0
                return SuppressionList.hex(digest.finish())
            })
    }

    /// `empty-input` when the file held bytes but no record (a header only, `[]`).
    private mutating func reportIfEmpty(path: String) throws(Diagnostic) {
        guard builder.currentFile.records == 0,
            let severity = validator.plan.severities[.emptyInput]
        else { return }
        try emit(
            Violation(
                check: .emptyInput, severity: severity, article: nil,
                message: "the input has no record; check that the export ran in full", location: RecordLocation(line: 1)),
            path: path)
    }

    /// For a CSV of a header and no record: each column the run's purposes require that the
    /// header lacks, once, at file level (SPEC §11.3), so a header-only export of the wrong
    /// columns does not pass. The purposes are the run's (`--purpose`, the config's).
    private mutating func reportMissingColumns(header: [String], line: Int, purpose: String?, path: String) throws(Diagnostic) {
        guard builder.currentFile.records == 0, let purpose,
            let severity = validator.plan.severities[.missingRequiredField]
        else { return }
        let plan = validator.plan
        for name in purpose.split(separator: ";").map(String.init) {
            guard let purposePlan = plan.purposes[name] else { continue }
            for field in purposePlan.required where !header.contains(plan.fieldRules[field].name) {
                let fieldName = plan.fieldRules[field].name
                try emit(
                    Violation(
                        check: .missingRequiredField, severity: severity,
                        article: CheckRegistry.check(.missingRequiredField).description.article,
                        message: "required field '\(fieldName)' of purpose '\(name)' is not a column of this file",
                        field: fieldName, purpose: name, location: RecordLocation(line: line)),
                    path: path)
            }
        }
    }

    // MARK: - Formats

    private mutating func validateCSV(_ reader: inout CSVReader, path: String, options: FileOptions, outputs: inout Outputs)
        throws(Diagnostic)
    {
        try checkHeaderNamesColumns(reader.header, path: path, lines: reader.headerCellLines)
        var headerViolations = validator.headerViolations(reader.header, lines: reader.headerCellLines)
        headerViolations += reader.headerProblems.compactMap { violation(for: $0, record: nil, line: reader.headerLine) }
        headerViolations.sort { ($0.location.column ?? 0) < ($1.location.column ?? 0) }
        for violation in headerViolations { try emit(violation, path: path) }
        // Undeclared columns were reported once, at the header; rows are validated without them.
        reader.excludeColumns { validator.policy.field(named: $0) == nil }
        let layout = RowLayout(
            header: reader.header, included: reader.includedColumns, validator: validator,
            minimises: options.stripOut != nil, redactsFreeText: options.redactsFreeText)

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
        try forEachRecord(
            of: &reader, prepare: { $0 },
            outcomes: { batch, validator in
                validator.evaluate(
                    rows: batch.rows.count, bytes: batch.bytes, start: batch.start, cells: batch.cells, layout: layout, purpose: purpose
                ) { index in
                    let row = batch.rows[index]
                    return row.isMalformed ? nil : (row.firstCell, RecordLocation(record: row.number, line: row.line))
                }
            },
            record: { (run, batch, index, violations, outcome) throws(Diagnostic) in
                let row = batch.rows[index]
                let rejected = try run.finishRecord(&violations, malformed: row.isMalformed, path: path)
                if rejected {
                    // As read (in UTF-8 input, bytes that are not UTF-8 too), so the rejects can be fixed and rerun.
                    if let rawLine = batch.rawLine(ofRow: index) {
                        rejects?.write(rawLine: rawLine)
                    } else {
                        rejects?.write(cells: batch.cellsAsRead(of: row))
                    }
                } else if let strip {
                    strip.write(
                        cells: run.minimisedCells(
                            of: row, in: batch, keep: outcome?.keep ?? [], matches: outcome?.outcome.freeTextMatches, layout: layout))
                }
            }
        )
        try reportMissingColumns(header: reader.header, line: reader.headerLine, purpose: purpose, path: path)
    }

    /// Refuses a first row that is data rather than a header (SPEC §11.3): reading on
    /// would print its values as field names. It is data when a cell the policy does not
    /// declare is clearly a value (``FieldNameText/looksLikeValue(_:)``), or when a row of
    /// several cells names no declared field at all. A row whose every cell is a declared
    /// name spelt another way (`ID,EMAIL`, as Salesforce's Data Loader writes them) is the
    /// policy's export: each name is then an undeclared field with its did-you-mean. Only
    /// every cell: a data row may hold a few such words (`Phone` in a preferred-channel
    /// column), and reading it as a header would print its other cells as names. The
    /// message quotes no cell.
    private func checkHeaderNamesColumns(_ header: [String], path: String, lines: [Int]) throws(Diagnostic) {
        let declared = header.map { validator.policy.field(named: $0) != nil }
        let spellings = Set(validator.policy.fields.map { Suggestion.folded($0.name) })
        let namesFieldsAnotherWay = header.allSatisfy { spellings.contains(Suggestion.folded($0)) }
        if let column = header.indices.first(where: { !declared[$0] && FieldNameText.looksLikeValue(header[$0]) }) {
            throw Diagnostic(
                .inputHeaderInvalid, file: path, line: lines[column], column: column + 1,
                message: "the first row looks like data, not a header (column \(column + 1) holds what looks like a value, "
                    + "not a name); add a header row naming the columns")
        }
        if header.count > 1, !declared.contains(true), !namesFieldsAnotherWay {
            throw Diagnostic(
                .inputHeaderInvalid, file: path, line: lines[0],
                message: "none of the \(header.count) cells of the first row names a field of policy '\(validator.policy.name)'; "
                    + "if the file has no header row, add one; if it is another export, check it against its own policy")
        }
    }

    /// The cells of the minimised copy of an admitted row: each of the layout's columns with
    /// its cell when the row's purposes keep the field (redacted when asked), else empty. A
    /// malformed row is never admitted (``finishRecord(_:malformed:path:)``).
    private func minimisedCells(
        of row: CSVBatch.Row, in batch: CSVBatch, keep: [Bool], matches: [TextMatch]?, layout: RowLayout
    ) -> [ArraySlice<UInt8>] {
        layout.columns.enumerated().map { offset, column in
            guard offset < keep.count, keep[offset] else { return [] }
            let range = batch.range(ofCell: row.firstCell + column)
            return validator.redactedCell(offset, of: layout, bytes: batch.bytes, range: range, matches: matches).map { $0[...] }
                ?? batch.bytes[range]
        }
    }

    /// Checks JSON records without building a ``Record``: each record's members are laid
    /// out in a batch (by `prepare`, on the worker threads) and checked there. For runs that
    /// write no copy of the records.
    private mutating func checkJSON<Reader: BatchReader>(
        _ reader: inout Reader, prepare: @escaping @Sendable (Reader.Batch) -> JSONBatch, path: String, options: FileOptions
    ) throws(Diagnostic) {
        let purpose = options.purpose
        try forEachRecord(
            of: &reader, prepare: prepare,
            outcomes: { batch, validator in
                validator.evaluate(items: batch.items.count, of: batch.nodes, bytes: batch.bytes, purpose: purpose) { index in
                    let item = batch.items[index]
                    return item.isMalformed ? nil : (item.members, RecordLocation(record: item.number, line: item.line))
                }
            },
            record: { (run, batch, index, violations, _) throws(Diagnostic) in
                _ = try run.finishRecord(&violations, malformed: batch.items[index].isMalformed, path: path)
            }
        )
    }

    private mutating func validateJSONRecords<Reader: BatchReader>(
        _ reader: inout Reader, path: String, format: InputFormat, options: FileOptions,
        outputs: inout Outputs
    ) throws(Diagnostic) where Reader.Batch == [ReadRecord] {
        var strip = try options.stripOut.map { (output) throws(Diagnostic) in
            JSONWriter(output: try outputs.open(output, input: path), format: format)
        }
        var rejects = try options.rejectsOut.map { (output) throws(Diagnostic) in
            JSONWriter(output: try outputs.open(output, input: path), format: format)
        }
        let purpose = options.purpose
        try forEachRecord(
            of: &reader, prepare: { $0 },
            outcomes: { batch, validator in
                batch.map { read in
                    guard !read.isMalformed else { return nil }
                    let outcome = validator.evaluate(
                        read.record, purpose: purpose, location: RecordLocation(record: read.number, line: read.line))
                    return Validator.RowOutcome(outcome: outcome, keep: [])
                }
            },
            record: { (run, batch, index, violations, outcome) throws(Diagnostic) in
                let read = batch[index]
                let rejected = try run.finishRecord(&violations, malformed: read.isMalformed, path: path)
                if rejected {
                    if let rawText = read.rawText {
                        rejects?.write(rawJSON: rawText)
                    } else if !read.isMalformed {
                        rejects?.write(read.record)
                    }
                    // Else a record with nothing to copy (where a broken array stops, a line too long
                    // to keep): the report says so.
                } else {
                    let minimised = run.validator.minimise(read.record, purpose: purpose)
                    strip?.write(
                        options.redactsFreeText
                            ? run.validator.redactingFreeText(minimised, matches: outcome?.outcome.freeTextMatches) : minimised)
                }
            }
        )
        strip?.finish()
        rejects?.finish()
    }

    // MARK: - Records

    /// Reads every record of `reader` and hands each, in input order, to `body` with all its
    /// violations (its structural problems, then the policy's) and the record checks' outcome.
    ///
    /// Records are read in batches. With more than one worker, a thread of its own reads
    /// batches, ``workers`` threads each take whole batches, `prepare` them (parse JSON
    /// Lines; nothing for other formats) and run the record checks on the whole batch
    /// (`outcomes`, one per record in order, nil for a malformed one), and this thread merges
    /// them in input order: runs `duplicate-subject` and `body`. Output is identical whatever
    /// the number of workers.
    private mutating func forEachRecord<Reader: BatchReader, Batch: RecordBatch>(
        of reader: inout Reader,
        prepare: @escaping @Sendable (Reader.Batch) -> Batch,
        outcomes: @escaping @Sendable (Batch, Validator) -> [Validator.RowOutcome?],
        record body: (inout ImportRun, Batch, Int, inout [Violation], Validator.RowOutcome?) throws(Diagnostic) -> Void
    ) throws(Diagnostic) {
        /// A prepared batch and the outcome of each of its records.
        typealias Checked = (batch: Batch, outcomes: [Validator.RowOutcome?])
        @Sendable func check(_ read: Reader.Batch, with validator: Validator) -> Checked {
            let batch = prepare(read)
            return (batch, outcomes(batch, validator))
        }
        func merge(_ checked: consuming Checked, bytesRead: Int) throws(Diagnostic) {
            var checked = checked
            let batch = checked.batch
            for index in 0..<batch.count {
                let problems = batch.problems(index)
                var violations =
                    problems.isEmpty ? [] : problems.compactMap { violation(for: $0, record: batch.number(index), line: batch.line(index)) }
                // Moved out of the batch's outcomes and completed in place, not copied: a copy
                // retains each of an outcome's arrays.
                var outcome = checked.outcomes[index].take()
                if outcome != nil {
                    validator.complete(&outcome!.outcome, subjects: &subjects)
                    // Most records have no reader problem: take the array rather than append to an
                    // empty one, and leave the outcome none, so that `body` holds the only reference
                    // and passes each violation on in place instead of copying it.
                    if violations.isEmpty {
                        swap(&violations, &outcome!.outcome.violations)
                    } else {
                        violations += outcome!.outcome.violations
                    }
                }
                try body(&self, batch, index, &violations, outcome)
            }
            onProgress(bytesRead, totalBytes, builder.currentFile.records)
        }
        guard workers > 1 else {
            while let read = try reader.nextBatch(maxRecords: ImportRun.batchSize, maxBytes: Limits.maxBatchBytes) {
                try merge(check(read, with: validator), bytesRead: reader.bytesRead)
            }
            return
        }
        // Enough batches in flight that no worker waits for the merge, few enough that
        // memory stays a handful of batches.
        let pipe = BatchPipe<Reader.Batch, Checked>(limit: workers + 1)
        let box = ReaderBox(reader)
        let threads = DispatchGroup()
        spawn(in: threads) {
            do throws(Diagnostic) {
                while let batch = try box.reader.nextBatch(maxRecords: ImportRun.batchSize, maxBytes: Limits.maxBatchBytes) {
                    guard pipe.put(batch, bytesRead: box.reader.bytesRead) else { return }
                }
                pipe.finish(nil)
            } catch {
                pipe.finish(error)
            }
        }
        // Every worker reads the one compiled plan: the checks borrow its tables without
        // retaining them per record, so sharing costs no reference-count traffic.
        let shared = validator
        for _ in 0..<workers {
            spawn(in: threads) {
                while let item = pipe.take() {
                    pipe.complete(item.number, with: check(item.batch, with: shared), bytesRead: item.bytesRead)
                }
            }
        }
        defer {
            pipe.close()
            threads.wait()
            reader = box.reader
        }
        while true {
            switch pipe.next() {
            case .result(let checked, let bytesRead): try merge(checked, bytesRead: bytesRead)
            case .end: return
            case .failure(let diagnostic): throw diagnostic
            }
        }
    }

    /// Runs `body` on a thread of its own, counted in `group`.
    private func spawn(in group: DispatchGroup, _ body: @escaping @Sendable () -> Void) {
        group.enter()
        SystemIO.startThread {
            body()
            group.leave()
        }
    }

    /// Records read per batch, at most; ``Limits/maxBatchBytes`` also ends a batch.
    static let batchSize = 2048

    private mutating func violation(for problem: ReadProblem, record: Int?, line: Int) -> Violation? {
        guard let severity = validator.plan.severities[problem.check] else { return nil }
        var message = problem.message
        // Readers guess an encoding only for UTF-8 files; the first bad cell of a file says what to pass.
        if !encodingHintGiven, let guess = problem.encodingGuess {
            encodingHintGiven = true
            message += "; the file looks like \(guess.rawValue): " + encodingAdvice(guess)
        }
        return Violation(
            check: problem.check, severity: severity, article: nil, message: message, field: problem.field,
            location: RecordLocation(record: record, line: problem.line ?? line, column: problem.column))
    }

    /// Counts and emits a record's violations; returns true when the record is rejected:
    /// it has an error, or it is `malformed`, whatever that check's severity (SPEC §3): its
    /// fields were not checked, and a minimised copy would hold none of them. `inout` so
    /// that each violation is passed on in place (the caller holds no other reference to
    /// the array), not copied.
    fileprivate mutating func finishRecord(_ violations: inout [Violation], malformed: Bool, path: String) throws(Diagnostic) -> Bool {
        // By index: `contains` copies each violation it looks at.
        // A baseline decides what is reported and counted, not what is imported: a record
        // with an accepted error is still rejected from the minimised copy.
        let rejected = malformed || violations.indices.contains { violations[$0].severity == .error }
        if malformed, validator.plan.severities[.malformedRecord] == nil { unreportedMalformed += 1 }
        // Most records have no finding: nothing for the gate to filter.
        if !violations.isEmpty, let baseline { violations = violations.filter { baseline.reports($0, path: path) } }
        builder.countRecord(rejected: rejected)
        if violations.indices.contains(where: { violations[$0].check == .missingPurpose }) { recordsWithoutPurpose += 1 }
        // Passed on in place: an element read out of the array would be copied first, each of its texts retained.
        for index in violations.indices { try pass(&violations[index], path: path) }
        return rejected
    }

    /// Counts and passes on one violation, unless the baseline holds it back.
    private mutating func emit(_ violation: Violation, path: String) throws(Diagnostic) {
        if let baseline, !baseline.reports(violation, path: path) { return }
        var violation = violation
        try pass(&violation, path: path)
    }

    /// Counts and passes on one violation the baseline let through; `inout` only so that
    /// it is not copied.
    private mutating func pass(_ violation: inout Violation, path: String) throws(Diagnostic) {
        if builder.add(violation, keep: keepViolations) { try onViolation(violation, path, builder.fileCount - 1) }
    }
}

/// The output files of one input, committed together or discarded together.
private struct Outputs {
    private(set) var files: [OutputFile] = []

    mutating func open(_ path: String, input: String) throws(Diagnostic) -> OutputFile {
        if files.contains(where: { FileIdentity.same($0.path, path) }) {
            throw Diagnostic(
                .outputConflict, file: path, message: "--strip-out and --rejects-out name the same file; give each its own path")
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
