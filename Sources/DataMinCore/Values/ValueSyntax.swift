/// Hand-written validators for field types, over UTF-8 bytes: no regex and no formatter per
/// value.
package enum ValueSyntax {
    /// A practical email syntax (WHATWG's, plus a dot in the domain): local part of
    /// letters, digits and ``!#$%&'*+/=?^_`{|}~.-``; domain labels of letters, digits and
    /// inner hyphens, at most 63 bytes each; 254 bytes in all.
    package static func isEmail(_ bytes: UTF8Bytes) -> Bool {
        guard bytes.count <= 254 else { return false }
        // One pass finds the `@` and checks the local part before it: a separate search for
        // the `@` cost as much again.
        let localPart = localPartBytes
        var at = 0
        for byte in bytes {
            if byte == UInt8(ascii: "@") { break }
            guard localPart.contains(byte) else { return false }
            at += 1
        }
        guard at > 0, at < bytes.count else { return false }
        var labelLength = 0
        var labels = 0
        var previous: UInt8 = UInt8(ascii: ".")
        for byte in bytes.view((at + 1)..<bytes.count) {
            if byte == UInt8(ascii: ".") {
                guard labelLength > 0, previous != UInt8(ascii: "-") else { return false }
                labels += 1
                labelLength = 0
            } else if isAlphanumeric(byte) || (byte == UInt8(ascii: "-") && labelLength > 0) {
                labelLength += 1
                guard labelLength <= 63 else { return false }
            } else {
                return false
            }
            previous = byte
        }
        return labelLength > 0 && previous != UInt8(ascii: "-") && labels >= 1
    }

    /// E.164: `+`, then 7 to 15 digits, the first not 0, nothing else.
    package static func isE164Phone(_ bytes: UTF8Bytes) -> Bool {
        guard bytes.first == UInt8(ascii: "+"), (8...16).contains(bytes.count) else { return false }
        var first = true
        for byte in bytes.dropFirst() {
            guard byte &- UInt8(ascii: "0") < 10, !(first && byte == UInt8(ascii: "0")) else { return false }
            first = false
        }
        return true
    }

    /// An ISO 3166-1 alpha-2 code in upper case, as assigned (not reserved) codes.
    package static func isCountryCode(_ bytes: UTF8Bytes) -> Bool {
        guard bytes.count == 2, bytes[0] &- UInt8(ascii: "A") < 26, bytes[1] &- UInt8(ascii: "A") < 26 else { return false }
        return countryCodes[Int(bytes[0] &- UInt8(ascii: "A")) * 26 + Int(bytes[1] &- UInt8(ascii: "A"))]
    }

    /// `true`/`false` in lower, upper or title case.
    package static func boolean(_ bytes: UTF8Bytes) -> Bool? {
        booleanWords.first { bytes.equals($0.word) }?.value
    }

    private static let booleanWords: [(word: [UInt8], value: Bool)] =
        ["true", "True", "TRUE"].map { (Array($0.utf8), true) } + ["false", "False", "FALSE"].map { (Array($0.utf8), false) }

    /// An absolute http or https URL with a host and no whitespace.
    package static func isURL(_ bytes: UTF8Bytes) -> Bool {
        let scheme: Int
        if bytes.starts(with: "https://".utf8) {
            scheme = 8
        } else if bytes.starts(with: "http://".utf8) {
            scheme = 7
        } else {
            return false
        }
        let rest = bytes[scheme...]
        guard let first = rest.first, first != UInt8(ascii: "/"), first != UInt8(ascii: "?"), first != UInt8(ascii: "#") else {
            return false
        }
        return !rest.contains { $0 <= 0x20 || $0 == 0x7F }
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10 || (byte | 0x20) &- UInt8(ascii: "a") < 26
    }

    /// The bytes an e-mail's local part may hold: letters, digits and ``!#$%&'*+/=?^_`{|}~.-``.
    private static let localPartBytes = ASCIISet(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.!#$%&'*+/=?^_`{|}~-")

    /// A set of ASCII bytes as 128 bits: a byte is tested with a shift, not a chain of compares.
    private struct ASCIISet {
        private var low: UInt64 = 0
        private var high: UInt64 = 0

        init(_ members: String) {
            for byte in members.utf8 {
                precondition(byte < 128, "an ASCIISet holds ASCII only")
                if byte < 64 { low |= 1 << byte } else { high |= 1 << (byte - 64) }
            }
        }

        func contains(_ byte: UInt8) -> Bool {
            byte < 64 ? low >> byte & 1 != 0 : byte < 128 && high >> (byte & 63) & 1 != 0
        }
    }

    /// The officially assigned ISO 3166-1 alpha-2 codes (249).
    package static let countryCodeList = """
        AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ \
        CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR \
        GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP \
        KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT \
        MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW \
        SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG \
        UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
        """

    /// Indexed by (first letter × 26 + second letter): true for an assigned code.
    private static let countryCodes: [Bool] = {
        var table = [Bool](repeating: false, count: 26 * 26)
        for code in countryCodeList.split(separator: " ") {
            let bytes = Array(code.utf8)
            table[Int(bytes[0] - UInt8(ascii: "A")) * 26 + Int(bytes[1] - UInt8(ascii: "A"))] = true
        }
        return table
    }()
}
