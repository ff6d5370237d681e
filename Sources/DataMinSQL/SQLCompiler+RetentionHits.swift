import DataMinCore

/// `retention-exceeded`, `retention-due` and `retention-unknown` in SQL.
extension SQLCompiler {
    func retentionFamilyHits() -> [Hit] {
        // A start read in a named zone needs datamin's zone rules: left to the file run.
        orderedPurposes.enumerated().filter { !$0.element.retentionFrom.contains(where: { rules[$0].isZoned }) }.flatMap {
            retentionHits($0.element, $0.offset)
        }
    }

    /// `retention-exceeded`, `retention-due` and `retention-unknown` for one purpose.
    private func retentionHits(_ purpose: PurposePlan, _ index: Int) -> [Hit] {
        let retention = purpose.purpose.retention
        let from = purpose.retentionFrom
        guard !from.isEmpty else { return [] }
        let start = "rs\(index)"
        let align = retention.alignsToYearEnd
        let cutoff = align ? SQLCompiler.yearEndCutoff(purpose.retentionCutoff) : purpose.retentionCutoff
        let startField = "rsf\(index)"
        var hits: [Hit?] = [
            hit(
                "(NOT lh AND in\(index) AND \(start) IS NOT NULL AND \(start) < \(cutoff))", .retentionExceeded, field: startField,
                purpose: purpose.name)
        ]
        if let due = purpose.dueCutoff {
            let dueCutoff = align ? SQLCompiler.yearEndCutoff(due) : due
            hits.append(
                hit(
                    "(NOT lh AND in\(index) AND \(start) IS NOT NULL AND \(start) >= \(cutoff) AND \(start) < \(dueCutoff))", .retentionDue,
                    field: startField, purpose: purpose.name))
        }
        let present = from.map { "v\($0) IS NOT NULL" }
        let reported = retention.keepIfMissing ? "(" + present.joined(separator: " OR ") + ")" : "TRUE"
        // SPEC §8.3: retention-unknown names the first field of the list.
        hits.append(
            hit(
                "(in\(index) AND \(start) IS NULL AND \(reported))", .retentionUnknown, fieldNamed: retention.from,
                purpose: purpose.name))
        return hits.compactMap { $0 }
    }

    /// The raw start before which a start moved to 31 December of its year is before `cutoff`:
    /// 1 January of the first year whose 31 December is not before it.
    static func yearEndCutoff(_ cutoff: Int) -> Int {
        let yearEnd = Timestamp(seconds: cutoff).date.yearEnd
        // 1 January of the cutoff's year, or of the next when its 31 December is before the cutoff.
        var firstDay = CalendarDate(dayNumber: yearEnd.dayNumber + 1)
        if Timestamp(date: yearEnd).seconds >= cutoff { firstDay.year -= 1 }
        return Timestamp(date: firstDay).seconds
    }
}
