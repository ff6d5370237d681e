import Synchronization

/// The messages of findings whose words follow from the policy alone, each made once per
/// compiled policy (a run, or a service's loaded policy) and shared after: findings as
/// compact codes (#32).
///
/// A finding's message is keyed by its code — the check, the declared field, which of the
/// check's few sentences (its `detail`) and, since each purpose keeps its own table, the
/// purpose. Building a sentence piece by piece costs a few thousand instructions; a record
/// that breaks the same rule as the one before now costs a lookup and a reference. Only
/// messages that name nothing but the policy's own words (fields, purposes, bases, periods,
/// the as-of date) are keyed so: never a value, never a name read from the data.
package final class FindingTexts: Sendable {
    /// At most this many messages are kept per table (a policy has one, and one per
    /// purpose); past that, each is made anew, so many fields and purposes cannot make the
    /// tables grow without bound.
    static let capacity = 4_096

    private let texts = Mutex<[UInt64: String]>([:])

    package init() {}

    /// The message of the code (`check`, `field`, `detail`): the one made before, or the one
    /// `render` makes, which is kept for the next finding of the same code.
    /// - Parameters:
    ///   - field: the declared field's index, or nil for a message that names none.
    ///   - detail: which of the check's sentences, when it has several (0 when it has one);
    ///     below 65,536.
    package func text(_ check: CheckID, field: Int?, detail: Int, _ render: () -> String) -> String {
        let key = Self.key(check, field: field, detail: detail)
        if let text = texts.withLock({ $0[key] }) { return text }
        let text = render()
        texts.withLock { texts in
            if texts.count < Self.capacity { texts[key] = text }
        }
        return text
    }

    /// The check's position in the top 8 bits, the detail in the next 16, the field (plus
    /// one, so that nil is 0) in the low 40.
    static func key(_ check: CheckID, field: Int?, detail: Int) -> UInt64 {
        precondition(detail >= 0 && detail < 1 << 16, "a finding's detail is one of its check's few sentences")
        let fieldCode = UInt64(field.map { $0 + 1 } ?? 0)
        precondition(fieldCode < 1 << 40, "a field index below 2^40")
        return UInt64(check.position) << 56 | UInt64(detail) << 40 | fieldCode
    }
}
