import FoundationEssentials
import FoundationInternationalization

/// The UTC offsets of one IANA time zone, compiled once so that reading a local time costs
/// a binary search instead of a calendar computation per value.
///
/// A local time that a clock change skips (a gap, such as 02:30 on the last Sunday of March
/// in Europe) is read with the offset in force before the change, so it lands after the
/// gap: `2026-03-29 02:30` in Europe/Amsterdam is 01:30Z, shown by a clock as 03:30. A local
/// time that a clock change repeats (an overlap) is read as the earlier of its two instants.
/// Both follow `java.time` and most databases.
package struct ZoneRules: Sendable {
    /// The zone's IANA name.
    package let identifier: String
    /// Instants (seconds since the epoch, UTC) where the offset changes, ascending.
    private let transitions: [Int]
    /// `offsets[i]` is in force before `transitions[i]`; the last entry after the last one.
    private let offsets: [Int]

    /// The first and last instant transitions are listed for: 1900 to 2200.
    private static let range = -2_208_988_800...7_258_118_400

    /// Every IANA zone name this system knows.
    package static var knownIdentifiers: [String] { TimeZone.knownTimeZoneIdentifiers }

    /// The rules of the zone named `identifier`, or nil when no such zone is known.
    package init?(identifier: String) {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        self.identifier = identifier
        var transitions: [Int] = []
        var offsets = [zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(Self.range.lowerBound)))]
        var instant = Date(timeIntervalSince1970: TimeInterval(Self.range.lowerBound))
        while let next = zone.nextDaylightSavingTimeTransition(after: instant), Int(next.timeIntervalSince1970) <= Self.range.upperBound {
            let offset = zone.secondsFromGMT(for: next)
            if offset != offsets[offsets.count - 1] {
                transitions.append(Int(next.timeIntervalSince1970))
                offsets.append(offset)
            }
            instant = next
        }
        self.transitions = transitions
        self.offsets = offsets
    }

    /// The instant (seconds since the epoch) of `local`, a wall-clock time written as if it
    /// were UTC seconds; gaps and overlaps as the type's summary says.
    package func instant(ofLocal local: Int) -> Int {
        // Offsets never exceed a day, so only changes within a day of `local` matter: one
        // search finds the first, and most local times have none near them.
        var low = 0
        var high = transitions.count
        while low < high {
            let middle = (low + high) / 2
            if transitions[middle] <= local - 86_400 { low = middle + 1 } else { high = middle }
        }
        let before = offsets[low]
        guard low < transitions.count, transitions[low] <= local + 86_400 else { return local - before }
        func offset(at instant: Int) -> Int {
            var index = low
            while index < transitions.count, transitions[index] <= instant { index += 1 }
            return offsets[index]
        }
        let after = offset(at: local + 86_400)
        let earlier = max(before, after)
        let later = min(before, after)
        if offset(at: local - earlier) == earlier { return local - earlier }  // the earlier instant of an overlap, or the only one
        if offset(at: local - later) == later { return local - later }
        return local - before  // a gap: the offset before the change
    }
}
