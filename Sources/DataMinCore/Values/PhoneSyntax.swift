/// How a `phone` field's values are written (`format:` on the field, SPEC §8.1).
public enum PhoneFormat: Sendable, Equatable {
    /// `+`, then 7 to 15 digits, the first not 0, nothing else (the v1 rule).
    case e164
    /// `+` or `00`, then digits with single spaces, `-`, `.` or `/` between them, at most one
    /// pair of parentheses and an optional `(0)` after the country code: `+44 7700 900123`,
    /// `0049 (0)30 1234567`.
    case international
    /// What ``international`` accepts, and a number written the region's national way:
    /// `06-12345678` for NL.
    case national(region: String)
}

/// One region's national numbering, as far as validation needs it.
package struct PhoneRegion: Sendable {
    /// ISO 3166-1 alpha-2.
    package let code: String
    /// The country calling code, without `+`.
    package let callingCode: String
    /// The trunk prefixes a national number starts with (dropped); empty when the region has
    /// none and national numbers are taken as they are (Italy keeps its leading 0).
    package let trunkPrefixes: [String]

    /// The regions SPEC §8.1 names: the EU and EEA, Switzerland, the UK, the US and Canada.
    package static let all: [String: PhoneRegion] = {
        let table: [(String, String, [String])] = [
            ("AT", "43", ["0"]), ("BE", "32", ["0"]), ("BG", "359", ["0"]), ("HR", "385", ["0"]), ("CY", "357", []),
            ("CZ", "420", []), ("DK", "45", []), ("EE", "372", []), ("FI", "358", ["0"]), ("FR", "33", ["0"]),
            ("DE", "49", ["0"]), ("GR", "30", []), ("HU", "36", ["06"]), ("IE", "353", ["0"]), ("IT", "39", []),
            ("LV", "371", []), ("LT", "370", ["8", "0"]), ("LU", "352", []), ("MT", "356", []), ("NL", "31", ["0"]),
            ("PL", "48", []), ("PT", "351", []), ("RO", "40", ["0"]), ("SK", "421", ["0"]), ("SI", "386", ["0"]),
            ("ES", "34", []), ("SE", "46", ["0"]),
            ("IS", "354", []), ("LI", "423", []), ("NO", "47", []),
            ("CH", "41", ["0"]), ("GB", "44", ["0"]),
            // North America: the trunk prefix 1 is optional, and equals the calling code.
            ("US", "1", ["1", ""]), ("CA", "1", ["1", ""]),
        ]
        return Dictionary(uniqueKeysWithValues: table.map { ($0.0, PhoneRegion(code: $0.0, callingCode: $0.1, trunkPrefixes: $0.2)) })
    }()
}

/// Phone-number syntax over UTF-8 bytes, without a phone library: the checks SPEC §8.1 asks
/// for, not whether a number is assigned.
package enum PhoneSyntax {
    /// True when `bytes` is a phone number written in `format`.
    package static func isValid(_ bytes: UTF8Bytes, format: PhoneFormat, region: PhoneRegion? = nil) -> Bool {
        switch format {
        case .e164:
            return ValueSyntax.isE164Phone(bytes)
        case .international:
            return internationalDigits(bytes).map(\.isE164) ?? false
        case .national:
            if let digits = internationalDigits(bytes) { return digits.isE164 }
            guard let region, let digits = groupedDigits(bytes[...], allowsTrunkZero: false) else { return false }
            let callingDigits = region.callingCode.utf8.count
            for prefix in region.trunkPrefixes where digits.starts(with: prefix) {
                let national = digits.count - prefix.utf8.count
                // North America: without the 1, exactly the ten digits of the national number.
                if prefix.isEmpty, national != 10 { continue }
                if national >= 4, (7...15).contains(callingDigits + national) { return true }
            }
            return region.trunkPrefixes.isEmpty && digits.count >= 4 && (7...15).contains(callingDigits + digits.count)
        }
    }

    /// What validation needs of a number's digits, gathered without storing them: how many
    /// there are and the first two.
    private struct Digits {
        var count = 0
        var first: UInt8 = 0
        var second: UInt8 = 0

        mutating func append(_ digit: UInt8) {
            if count == 0 { first = digit } else if count == 1 { second = digit }
            count += 1
        }

        /// E.164 without the `+`: 7 to 15 digits, the first not 0.
        var isE164: Bool { (7...15).contains(count) && first != UInt8(ascii: "0") }

        /// True when the digits start with `prefix` (at most two digits; empty matches).
        func starts(with prefix: String) -> Bool {
            let bytes = Array(prefix.utf8)
            guard bytes.count <= count else { return false }
            return bytes.enumerated().allSatisfy { $0.element == ($0.offset == 0 ? first : second) }
        }
    }

    /// The digits after `+` or `00`, when the rest is written with the allowed separators.
    private static func internationalDigits(_ bytes: UTF8Bytes) -> Digits? {
        let rest: Slice<UTF8Bytes>
        if bytes.first == UInt8(ascii: "+") {
            rest = bytes.dropFirst()
        } else if bytes.count > 2, bytes[0] == UInt8(ascii: "0"), bytes[1] == UInt8(ascii: "0") {
            rest = bytes.dropFirst(2)
        } else {
            return nil
        }
        return groupedDigits(rest, allowsTrunkZero: true)
    }

    /// The digits of groups separated by single spaces, `-`, `.` or `/`, with at most one pair
    /// of parentheses around digits and, with `allowsTrunkZero`, one `(0)` right after the
    /// first group (the country code), which is dropped. Nil when anything else is there.
    private static func groupedDigits(_ bytes: Slice<UTF8Bytes>, allowsTrunkZero: Bool) -> Digits? {
        var digits = Digits()
        var groups = 0
        var inGroup = false
        var afterSeparator = false
        var usedParentheses = false
        var usedTrunkZero = false
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard digits.count < 20 else { return nil }
                digits.append(byte)
                inGroup = true
                afterSeparator = false
                index += 1
            case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "/"):
                // One separator, after a group or a closing parenthesis.
                guard !afterSeparator, index > bytes.startIndex, index + 1 < bytes.endIndex else { return nil }
                if inGroup { groups += 1 }
                inGroup = false
                afterSeparator = true
                index += 1
            case UInt8(ascii: "("):
                if inGroup { groups += 1 }
                inGroup = false
                let isTrunkZero =
                    index + 2 < bytes.endIndex && bytes[index + 1] == UInt8(ascii: "0") && bytes[index + 2] == UInt8(ascii: ")")
                if allowsTrunkZero, isTrunkZero, groups == 1, !usedTrunkZero {
                    usedTrunkZero = true
                    index += 3
                    afterSeparator = false
                    continue
                }
                guard !usedParentheses else { return nil }
                usedParentheses = true
                index += 1
                let start = digits.count
                while index < bytes.endIndex, bytes[index] &- UInt8(ascii: "0") < 10 {
                    guard digits.count < 20 else { return nil }
                    digits.append(bytes[index])
                    index += 1
                }
                guard index < bytes.endIndex, bytes[index] == UInt8(ascii: ")"), digits.count > start else { return nil }
                groups += 1
                afterSeparator = false
                index += 1
            default:
                return nil
            }
        }
        return digits.count == 0 || afterSeparator ? nil : digits
    }
}
