/// A record's key reduced to 128 bits: what findings are tied to without keeping the key.
///
/// The key is trimmed, and case-folded when it is a subject key (an e-mail address is one
/// person however it is capitalised; a CRM id such as Salesforce's is not), then hashed
/// with fixed seeds, so the digest is the same in every run and on every machine. It stays
/// in memory: reports show a salted ``pseudonym(salt:)`` of it and baselines a salted
/// fingerprint, never the digest itself, which anyone could compute from a guessed key.
package struct RecordDigest: Sendable, Hashable {
    package var high: UInt64
    package var low: UInt64

    /// The digest of a key's bytes as a record holds them; `folding` lowercases it first.
    package init(key bytes: UTF8Bytes, folding: Bool) {
        if folding {
            high = SubjectTracker.key(of: bytes, seed: 0x6461_7461_6D69_6E31)  // "datamin1"
            low = SubjectTracker.key(of: bytes, seed: 0x6461_7461_6D69_6E32)  // "datamin2"
        } else {
            high = SubjectTracker.exactKey(of: bytes, seed: 0x6461_7461_6D69_6E33)  // "datamin3"
            low = SubjectTracker.exactKey(of: bytes, seed: 0x6461_7461_6D69_6E34)  // "datamin4"
        }
    }

    /// The digest of a key typed by a person (`datamin key`).
    package init(key: String, folding: Bool) {
        self = key.withUTF8Bytes { RecordDigest(key: $0, folding: folding) }
    }

    /// The digest's 16 bytes, high word first, each word big-endian.
    package var bytes: [UInt8] {
        (0..<16).map { index in
            let word = index < 8 ? high : low
            return UInt8(truncatingIfNeeded: word >> UInt64(56 - 8 * (index % 8)))
        }
    }

    /// What reports show for a personal key (SPEC §11.3): `k:` and 16 hex digits of the
    /// SHA-256 of a fixed label, `salt` and the digest. Stable for as long as the salt is;
    /// without the salt it cannot be turned back into a key by trying likely ones.
    package func pseudonym(salt: [UInt8]) -> String {
        "k:" + SuppressionList.hex(Array(SHA256.hash(Array("datamin record key v1\u{0}".utf8) + salt + bytes).prefix(8)))
    }
}

/// How the findings of a run name their record (SPEC §11.3): which field is the key, and
/// whether it may be shown in clear.
package struct RecordKeying: Sendable {
    /// The declared field whose value identifies a record.
    package var field: Int
    /// True when the key is the policy's subject, whose keys are case-folded.
    package var folds: Bool
    /// True when reports may print the key as it is: the field is `personal: false`, or
    /// values are shown.
    package var inClear: Bool
    /// The secret pseudonyms are salted with (`DATAMIN_KEY_SALT`); nil shows no pseudonym.
    package var salt: [UInt8]?

    /// What a finding of a record with key `bytes` carries: the key, its pseudonym, or nil.
    package func shown(_ bytes: UTF8Bytes, digest: RecordDigest) -> String? {
        if inClear { return bytes.string }
        return salt.map { digest.pseudonym(salt: $0) }
    }
}
