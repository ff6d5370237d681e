/// The check-digit and structure rules of the identifiers SPEC §8.5 names
/// (research/gdpr-domain.md §4). Each takes the identifier's characters without separators:
/// digit values 0–9, and for IBANs, NIRs and NINOs upper-case ASCII letters.
package enum IdentifierChecksums {
    /// Dutch BSN, the "11-proef": weights 9…2 and −1 for the last digit; 8 digits get a leading 0.
    package static func isBSN(_ digits: [UInt8]) -> Bool {
        guard digits.count == 9 || digits.count == 8 else { return false }
        // An 8-digit number is a 9-digit one with a leading 0, whose weight 9 adds nothing.
        var sum = 0
        var nonZero = false
        for (offset, digit) in digits.enumerated() {
            let position = offset + 9 - digits.count
            sum += Int(digit) * (position == 8 ? -1 : 9 - position)
            if digit != 0 { nonZero = true }
        }
        return nonZero && sum % 11 == 0
    }

    /// Belgian national (or BIS) number: YYMMDD, a 3-digit counter, and 97 minus the first
    /// nine digits mod 97, with a `2` in front for people born from 2000.
    package static func isBelgianNationalNumber(_ digits: [UInt8]) -> Bool {
        guard digits.count == 11 else { return false }
        let month = Int(digits[2]) * 10 + Int(digits[3])
        let day = Int(digits[4]) * 10 + Int(digits[5])
        guard (0...12).contains(month % 20), month <= 52, day <= 31 else { return false }
        let base = number(digits[0..<9])
        let check = number(digits[9..<11])
        return 97 - base % 97 == check || 97 - (2_000_000_000 + base) % 97 == check
    }

    /// German steuerliche Identifikationsnummer: 11 digits, the first not 0, exactly one digit
    /// of the first ten twice or three times, and an ISO 7064 MOD 11,10 check digit.
    package static func isSteuerID(_ digits: [UInt8]) -> Bool {
        guard digits.count == 11, digits[0] != 0 else { return false }
        // Exactly one digit of the first ten appears more than once, and none more than three times.
        var counts: (seen: UInt16, repeated: Int) = (0, 0)
        for (offset, digit) in digits[0..<10].enumerated() {
            let bit: UInt16 = 1 << digit
            if counts.seen & bit != 0 {
                let occurrences = digits[0..<offset].filter { $0 == digit }.count + 1
                if occurrences == 2 { counts.repeated += 1 }
                if occurrences > 3 { return false }
            }
            counts.seen |= bit
        }
        guard counts.repeated == 1 else { return false }
        var product = 10
        for digit in digits[0..<10] {
            var sum = (Int(digit) + product) % 10
            if sum == 0 { sum = 10 }
            product = (2 * sum) % 11
        }
        let check = (11 - product) % 10
        return check == Int(digits[10])
    }

    /// French NIR: sex, year, month, department (`2A`/`2B` for Corsica), commune, order, and
    /// a key of 97 minus the first 13 characters mod 97. `characters` holds digit values and,
    /// for Corsica, the letter's ASCII code at index 6.
    package static func isNIR(_ characters: [UInt8]) -> Bool {
        guard characters.count == 15, (1...4).contains(characters[0]) || characters[0] == 7 || characters[0] == 8 else { return false }
        let month = Int(characters[3]) * 10 + Int(characters[4])
        guard (1...12).contains(month) || month == 20 || (30...42).contains(month) || month >= 50 else { return false }
        var digits = characters
        if digits[6] == UInt8(ascii: "A") || digits[6] == UInt8(ascii: "B") {
            guard digits[5] == 2 else { return false }
            // Corsica: 2A counts as 19, 2B as 18.
            digits[5] = 1
            digits[6] = digits[6] == UInt8(ascii: "A") ? 9 : 8
        }
        guard digits.allSatisfy({ $0 < 10 }) else { return false }
        return 97 - number(digits[0..<13]) % 97 == number(digits[13..<15])
    }

    /// UK National Insurance number: two prefix letters HMRC allows, six digits, and a suffix
    /// A–D. `characters` is upper-case ASCII.
    package static func isNINO<Characters: Collection<UInt8>>(_ characters: Characters) -> Bool where Characters.Index == Int {
        guard characters.count == 9 else { return false }
        let first = characters[characters.startIndex]
        let second = characters[characters.startIndex + 1]
        func never(_ letter: UInt8, _ letters: StaticString) -> Bool {
            letters.withUTF8Buffer { $0.contains(letter) }
        }
        guard isUpper(first), isUpper(second), !never(first, "DFIQUV"), !never(second, "DFIQUVO") else { return false }
        switch UInt16(first) << 8 | UInt16(second) {
        case 0x4247, 0x4742, 0x4B4E, 0x4E4B, 0x4E54, 0x544E, 0x5A5A: return false  // BG GB KN NK NT TN ZZ
        default: break
        }
        let start = characters.startIndex
        guard characters[(start + 2)..<(start + 8)].allSatisfy({ $0 &- UInt8(ascii: "0") < 10 }) else { return false }
        return (UInt8(ascii: "A")...UInt8(ascii: "D")).contains(characters[start + 8])
    }

    /// US Social Security number: never area 000, 666 or 900–999, group 00 or serial 0000.
    package static func isSSN(_ digits: [UInt8]) -> Bool {
        guard digits.count == 9 else { return false }
        let area = number(digits[0..<3])
        let group = number(digits[3..<5])
        let serial = number(digits[5..<9])
        return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0
    }

    /// A payment card number: a length its issuer uses, the issuer's prefix and Luhn.
    package static func isCard(_ digits: [UInt8]) -> Bool {
        let prefix2 = number(digits.prefix(2))
        let prefix3 = number(digits.prefix(3))
        let prefix4 = number(digits.prefix(4))
        let issued: Bool
        switch digits.count {
        case 13: issued = digits[0] == 4
        case 14: issued = (300...305).contains(prefix3) || prefix2 == 36 || prefix2 == 38 || prefix2 == 39
        case 15: issued = prefix2 == 34 || prefix2 == 37
        case 16:
            issued =
                digits[0] == 4 || (51...55).contains(prefix2) || (2221...2720).contains(prefix4) || prefix4 == 6011
                || (644...649).contains(prefix3) || prefix2 == 65 || (3528...3589).contains(prefix4) || prefix2 == 62
                || (2200...2204).contains(prefix4) || maestroPrefixes.contains(prefix2)
        case 17, 18, 19:
            issued =
                digits[0] == 4 || prefix4 == 6011 || prefix2 == 65 || (3528...3589).contains(prefix4) || prefix2 == 62
                || maestroPrefixes.contains(prefix2)
        default: issued = false
        }
        return issued && passesLuhn(digits)
    }

    /// Maestro's two-digit prefixes, held once rather than built at each call.
    private static let maestroPrefixes = [50, 56, 57, 58, 63, 67]

    /// The Luhn check over digit values.
    package static func passesLuhn(_ digits: [UInt8]) -> Bool {
        var sum = 0
        for (offset, digit) in digits.reversed().enumerated() {
            let value = offset % 2 == 1 ? Int(digit) * 2 : Int(digit)
            sum += value > 9 ? value - 9 : value
        }
        return sum % 10 == 0
    }

    /// The length of an IBAN in each country that issues them (SWIFT IBAN registry), by
    /// ``ibanLength(_:_:)``'s index of the two letters; 0 for a country that issues none.
    private static let ibanLengths: [UInt8] = {
        let table = """
            AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 EE20 EG29 ES24 FI18 FO18 FR27 \
            GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 \
            MD24 ME22 MK19 MR27 MT31 MU30 NL18 NO15 PK24 PL28 PS29 PT25 QA29 RO24 RS22 SA24 SC31 SE24 SI19 SK24 SM27 ST25 SV28 TL23 \
            TN24 TR26 UA29 VA22 VG24 XK20
            """
        var lengths = [UInt8](repeating: 0, count: 26 * 26)
        for entry in table.split(separator: " ") {
            let bytes = Array(entry.utf8)
            lengths[Int(bytes[0] - UInt8(ascii: "A")) * 26 + Int(bytes[1] - UInt8(ascii: "A"))] = UInt8(String(entry.dropFirst(2)))!
        }
        return lengths
    }()

    /// The length of an IBAN of the country whose upper-case code is `first` `second`; nil
    /// for letters that name no country issuing IBANs.
    package static func ibanLength(_ first: UInt8, _ second: UInt8) -> Int? {
        guard isUpper(first), isUpper(second) else { return nil }
        let length = ibanLengths[Int(first - UInt8(ascii: "A")) * 26 + Int(second - UInt8(ascii: "A"))]
        return length == 0 ? nil : Int(length)
    }

    /// ISO 13616: the country's length, and the rearranged characters (letters as 10–35)
    /// mod 97 is 1. `characters` is upper-case ASCII letters and digits.
    package static func isIBAN<Characters: Collection<UInt8>>(_ characters: Characters) -> Bool where Characters.Index == Int {
        let start = characters.startIndex
        guard characters.count >= 15, ibanLength(characters[start], characters[start + 1]) == characters.count
        else { return false }
        var remainder = 0
        for offset in 0..<characters.count {
            let byte = characters[start + (offset + 4) % characters.count]
            if byte &- UInt8(ascii: "0") < 10 {
                remainder = (remainder * 10 + Int(byte - UInt8(ascii: "0"))) % 97
            } else if isUpper(byte) {
                remainder = (remainder * 100 + Int(byte - UInt8(ascii: "A")) + 10) % 97
            } else {
                return false
            }
        }
        return remainder == 1
    }

    private static func number(_ digits: some Collection<UInt8>) -> Int {
        digits.reduce(0) { $0 * 10 + Int($1) }
    }

    private static func isUpper(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "A") < 26 }
}
