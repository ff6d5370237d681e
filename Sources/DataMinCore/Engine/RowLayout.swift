/// How the cells of a delimited row map to the policy: compiled once per header, then used
/// for every row of the file.
///
/// Readers hand the engine a batch of rows as one byte buffer and each cell's byte range in
/// it; the layout decides which cells the checks read, as which fields, and what the
/// minimised copy keeps and redacts. Nothing outside the engine builds the record view from
/// them.
///
/// A class: every batch's evaluation, on every worker, shares it, and passing one reference
/// costs less than copying its arrays into each batch's closures.
package final class RowLayout: Sendable {
    /// The 0-based header column of each cell the checks read: declared names, first of each.
    package let columns: [Int]
    /// The policy field index of each of ``columns``.
    package let fields: [Int32]
    /// The 1-based header column of each name, its first occurrence: violations about a
    /// field point there.
    private let columnOfName: [String: Int]
    /// ``columnOfName`` of each declared field's name, by field index.
    private let columnOfField: [Int?]
    /// What redaction replaces in each of ``columns``; empty when the run does not redact.
    package let redacted: [FreeTextKinds]
    /// True when row outcomes carry the keep-mask for the minimised copy.
    package let keepsMask: Bool
    /// The 1-based header column of the policy's subject field, when the header has it.
    let subjectColumn: Int?

    /// Compiles the layout of `header` for `validator`.
    ///
    /// - Parameters:
    ///   - included: the 0-based columns records hold, in order; the others were reported
    ///     once at the header (repeats, undeclared names) and are not read per row.
    ///   - minimises: compute each row's keep-mask (a minimised copy is written).
    ///   - redactsFreeText: also decide per text cell what redaction replaces.
    package init(header: [String], included: [Int], validator: Validator, minimises: Bool, redactsFreeText: Bool) {
        let plan = validator.plan
        columns = included
        fields = included.map { Int32(plan.fieldIndex[header[$0]] ?? -1) }
        var columnOfName: [String: Int] = [:]
        for (index, name) in header.enumerated() where columnOfName[name] == nil { columnOfName[name] = index + 1 }
        self.columnOfName = columnOfName
        columnOfField = plan.fieldRules.map { columnOfName[$0.name] }
        redacted = redactsFreeText ? fields.map { $0 < 0 ? [] : validator.redactedKinds(ofField: Int($0)) } : []
        keepsMask = minimises
        subjectColumn = plan.subjectField.flatMap { columnOfName[plan.fieldRules[$0].name] }
    }

    /// The 1-based column of the header cell named `field`.
    package func column(of field: String) -> Int? { columnOfName[field] }

    /// The 1-based column of the header cell of the declared field `field` (its index).
    package func column(of field: Int) -> Int? { columnOfField[field] }
}

extension Validator {
    /// What the record checks found in one row, and what of it the minimised copy keeps.
    package struct RowOutcome: Sendable {
        package var outcome: Outcome
        /// For each of the layout's ``RowLayout/columns``, true when the minimised copy
        /// keeps the cell; empty unless the layout ``RowLayout/keepsMask``.
        package var keep: [Bool]

        package init(outcome: Outcome, keep: [Bool]) {
            self.outcome = outcome
            self.keep = keep
        }
    }

    /// Runs the record checks on the `count` rows of one batch a reader laid out in `bytes`,
    /// and returns each row's outcome in order. `row(index)` gives a row's first cell in
    /// `cells` (its cells follow in header order, their offsets counted from `bytes[start]`)
    /// and where it is, or nil for a row that is not checked (a malformed one), whose outcome
    /// is nil. Violations about a field carry its header column. Safe to call from many
    /// threads at once.
    ///
    /// One call per batch: the rows share the byte view and the scratch room, and each
    /// outcome is built where the returned array keeps it, not copied out through the
    /// closures of a call per row.
    package func evaluate(
        rows count: Int, bytes: [UInt8], start: Int, cells: CellTable, layout: RowLayout, purpose: String?,
        row: (Int) -> (firstCell: Int, location: RecordLocation)?
    ) -> [RowOutcome?] {
        var outcomes: [RowOutcome?] = []
        outcomes.reserveCapacity(count)
        bytes.withUTF8Bytes { bytes in
            let batch = bytes.view(start..<bytes.count)
            Scratch<RecordContext.Entry>.with(capacity: layout.columns.count) { entries in
                Scratch<Int32>.with(capacity: plan.fieldRules.count) { slots in
                    for index in 0..<count {
                        guard let (firstCell, location) = row(index) else {
                            outcomes.append(nil)
                            continue
                        }
                        entries.removeAll()
                        for (offset, column) in layout.columns.enumerated() {
                            let cell = batch.view(cells.range(of: firstCell + column))
                            entries.append(RecordContext.Entry(fieldIndex: layout.fields[offset], kind: .string, value: cell))
                        }
                        RecordContext.with(entries: entries.elements, slots: &slots, purpose: purpose, plan: plan, tracksSubjects: true) {
                            context in
                            outcomes.append(rowOutcome(&context, location: location, layout: layout))
                        }
                    }
                }
            }
        }
        return outcomes
    }

    /// What the record checks find in the row of `context`, its violations located at their
    /// header columns, with the keep-mask when the layout asks for one.
    private func rowOutcome(_ context: inout RecordContext, location: RecordLocation, layout: RowLayout) -> RowOutcome {
        var outcome = evaluate(&context, location: location)
        for index in outcome.violations.indices where outcome.violations[index].location.column == nil {
            if let field = outcome.violations[index].fieldIndex {
                outcome.violations[index].location.column = layout.column(of: field)
            } else if let field = outcome.violations[index].field {
                outcome.violations[index].location.column = layout.column(of: field)
            }
        }
        if outcome.subjectKey != nil { outcome.subjectColumn = layout.subjectColumn }
        guard layout.keepsMask else { return RowOutcome(outcome: consume outcome, keep: []) }
        let purposes = context.resolvedPurposes
        return RowOutcome(outcome: consume outcome, keep: layout.fields.map { $0 >= 0 && keeps(Int($0), for: purposes) })
    }

    /// The text of a kept cell with what the free-text checks found replaced by `[kind]`;
    /// nil when the cell needs no redaction. `matches` are the row outcome's
    /// (``Outcome/freeTextMatches``), so the note is not scanned again; nil for a row that
    /// was not evaluated, whose note is scanned.
    package func redactedCell(_ offset: Int, of layout: RowLayout, bytes: [UInt8], range: Range<Int>, matches: [TextMatch]?) -> [UInt8]? {
        guard offset < layout.redacted.count, !layout.redacted[offset].isEmpty, !range.isEmpty else { return nil }
        let field = layout.fields[offset]
        return bytes.withUTF8Bytes { bytes in
            let text = bytes.view(range)
            guard let found = matches?.filter({ $0.field == field }), FreeTextScanner.fit(found, in: text) else {
                return FreeTextScanner.redacted(text, kinds: layout.redacted[offset], terms: plan.extraTerms)
            }
            return FreeTextScanner.redacted(text, matches: found)
        }
    }
}
