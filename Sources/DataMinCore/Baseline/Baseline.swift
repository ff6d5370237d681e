import FoundationEssentials

/// Findings a team has accepted for now (`validate --baseline`), so that a gate fails only
/// on new ones while the old ones are cleaned up.
///
/// An entry holds no value and no line number: the input's path, the check, the field and
/// the purpose, and a salted hash of the record's key (SPEC §11.3), so entries survive rows
/// that are reordered or appended. Findings that share all of these (records without a
/// key, or one record hit twice) are one entry with a count. The hash is keyed with the
/// secret in `DATAMIN_KEY_SALT` when it is set, so that whoever reads the file cannot test
/// guessed keys against it; `secret` records a check of that secret. The file is JSON, one
/// entry per line in a fixed order, so a changed baseline reads well in a diff:
///
///     {"datamin": "baseline", "version": 1, "salt": "<32 hex>", "secret": "<16 hex>" or null, "findings": [
///     {"path": "leads.csv", "check": "invalid-value", "field": "email", "purpose": null, "record": "<32 hex>", "count": 1}
///     ]}
package struct Baseline: Sendable {
    /// What a finding is matched by.
    package struct Entry: Hashable, Sendable {
        /// The input's path as the run names it, without a leading `./`.
        package var path: String
        package var check: String
        package var field: String?
        package var purpose: String?
        /// 32 hex digits of the salted SHA-256 of the record's key digest; nil when the
        /// record has no key (or the finding is about the whole file).
        package var record: String?
    }

    /// The salt of the record hashes: random per baseline, so that its hashes cannot be
    /// compared with another file's or looked up in a table made in advance.
    package let salt: [UInt8]
    /// The secret the record hashes are keyed with (`DATAMIN_KEY_SALT`); empty for none.
    private let secret: [UInt8]
    /// Each entry's count: in a baseline being read, the findings it may still absorb.
    private var counts: [Entry: Int] = [:]
    /// The findings absorbed so far.
    package private(set) var matched = 0
    /// The last record's digest and its hash: a record's findings arrive together.
    private var lastRecord: (digest: RecordDigest, hash: String)?

    /// An empty baseline to record a run's findings, salted with `salt` (the baseline it
    /// replaces keeps its hashes that way) or a fresh random salt.
    ///
    /// - Parameter secret: keys the record hashes (`DATAMIN_KEY_SALT`); empty for none.
    package init(salt: [UInt8]? = nil, secret: [UInt8] = []) {
        var generator = SystemRandomNumberGenerator()
        self.salt = salt ?? (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
        self.secret = secret
    }

    /// Reads a baseline written by ``rendered()``.
    ///
    /// - Parameter secret: the secret of this run (`DATAMIN_KEY_SALT`); it must be the one
    ///   the baseline was written with, or no record hash would match.
    /// - Throws: ``Diagnostic`` when the file cannot be read, is not a datamin baseline, or
    ///   was written with another secret.
    package init(contentsOf path: String, secret: [UInt8] = []) throws(Diagnostic) {
        let bytes = try SmallFile.read(path, what: "baseline", limit: Limits.maxBaselineBytes)
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: Data(bytes))
        } catch {
            throw Diagnostic(
                .baselineInvalid, file: path,
                message: "not a datamin baseline (\(Self.reason(error))); write it again with 'datamin validate --write-baseline \(path)'")
        }
        guard file.datamin == "baseline", file.version == 1, let salt = SuppressionList.hexBytes(file.salt.utf8), salt.count == 16 else {
            throw Diagnostic(
                .baselineInvalid, file: path,
                message: "not a version 1 datamin baseline; write it again with 'datamin validate --write-baseline \(path)'")
        }
        self.salt = salt
        self.secret = secret
        if file.secret != Self.secretCheck(salt: salt, secret: secret) {
            throw Diagnostic(
                .baselineInvalid, file: path,
                message: file.secret == nil
                    ? "this baseline was written without DATAMIN_KEY_SALT; unset it, or write the baseline again with it set"
                    : "this baseline was written with another DATAMIN_KEY_SALT (or none is set now); set the one it was written with")
        }
        for (index, item) in file.findings.enumerated() {
            // A count far above any real run would overflow the totals: a file datamin did not write.
            guard (1...Self.maxCount).contains(item.count), CheckID(rawValue: item.check) != nil else {
                throw Diagnostic(
                    .baselineInvalid, file: path,
                    message: "finding \(index + 1) has an unknown check '\(item.check)' or a count below 1; write the baseline again")
            }
            let entry = Entry(path: item.path, check: item.check, field: item.field, purpose: item.purpose, record: item.record)
            counts[entry] = min(Self.maxCount, counts[entry, default: 0] + item.count)
        }
    }

    /// The most findings one entry may count.
    private static let maxCount = 1 << 40

    /// 16 hex digits that tell whether a baseline's record hashes were keyed with `secret`;
    /// nil for no secret.
    private static func secretCheck(salt: [UInt8], secret: [UInt8]) -> String? {
        secret.isEmpty ? nil : SuppressionList.hex(Array(SHA256.hash(Array("datamin baseline secret ".utf8) + salt + secret).prefix(8)))
    }

    /// The entry `violation`, found in the input at `path`, is matched by.
    package mutating func entry(for violation: Violation, path: String) -> Entry {
        var record: String?
        if let digest = violation.recordDigest {
            if let last = lastRecord, last.digest == digest {
                record = last.hash
            } else {
                let hash = SuppressionList.hex(Array(SHA256.hash(salt + secret + digest.bytes).prefix(16)))
                lastRecord = (digest, hash)
                record = hash
            }
        }
        var shownPath = Substring(path)
        while shownPath.hasPrefix("./") { shownPath = shownPath.dropFirst(2) }
        return Entry(
            path: String(shownPath), check: violation.check.rawValue, field: violation.field, purpose: violation.purpose, record: record)
    }

    /// True when the baseline holds `violation` (found in `path`), which then uses up one
    /// count of its entry.
    package mutating func absorbs(_ violation: Violation, path: String) -> Bool {
        let entry = entry(for: violation, path: path)
        guard let count = counts[entry], count > 0 else { return false }
        counts[entry] = count - 1
        matched += 1
        return true
    }

    /// Records `violation`, found in `path`, for ``rendered()``.
    package mutating func add(_ violation: Violation, path: String) {
        counts[entry(for: violation, path: path), default: 0] += 1
    }

    /// Entries of a baseline being read, of the inputs at `paths`, that no finding of the
    /// run matched: fixed, or changed into something the baseline does not hold. Entries of
    /// inputs the run did not check are not stale, only unchecked.
    package func stale(in paths: Set<String>) -> Int {
        counts.reduce(0) { total, pair in paths.contains(pair.key.path) ? total + pair.value : total }
    }

    /// The baseline as a file, entries sorted so that the same findings give the same bytes.
    package func rendered() -> String {
        func quoted(_ text: String?) -> String { text.map(JSONText.quoted) ?? "null" }
        let entries = counts.filter { $0.value > 0 }.sorted { left, right in
            let (a, b) = (left.key, right.key)
            return (a.path, a.check, a.field ?? "", a.purpose ?? "", a.record ?? "")
                < (b.path, b.check, b.field ?? "", b.purpose ?? "", b.record ?? "")
        }
        let check = Self.secretCheck(salt: salt, secret: secret).map { "\"\($0)\"" } ?? "null"
        var text =
            "{\"datamin\": \"baseline\", \"version\": 1, \"salt\": \"\(SuppressionList.hex(salt))\", \"secret\": \(check), \"findings\": ["
        for (index, (entry, count)) in entries.enumerated() {
            text += index == 0 ? "\n" : ",\n"
            text +=
                "{\"path\": \(quoted(entry.path)), \"check\": \(quoted(entry.check)), \"field\": \(quoted(entry.field)), "
                + "\"purpose\": \(quoted(entry.purpose)), \"record\": \(quoted(entry.record)), \"count\": \(count)}"
        }
        return text + "\n]}\n"
    }

    /// The file as JSON.
    private struct File: Decodable {
        var datamin: String
        var version: Int
        var salt: String
        var secret: String?
        var findings: [Item]
    }

    private struct Item: Decodable {
        var path: String
        var check: String
        var field: String?
        var purpose: String?
        var record: String?
        var count: Int
    }

    /// What was wrong with the JSON, without quoting any of it.
    private static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "'\(key.stringValue)' is missing"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "'\(context.codingPath.map(\.stringValue).joined(separator: "."))' has the wrong type"
        default: "it is not valid JSON"
        }
    }
}
