/// One declared field's value test, compiled once from its type, format and constraints.
///
/// The test is plain values: the syntax to read, chosen when the policy is compiled, and
/// the limits as numbers. Worker threads that share one plan therefore read it without
/// touching a reference count, which would make them contend. The few syntaxes that need
/// tables (enum values, date formats, phones other than E.164, lawful-basis words, a
/// `pattern:`) read them from the field's ``FieldRule`` only when a value gets that far.
package struct ValueTest: Sendable, BitwiseCopyable {
    /// What a string value must be, decided from the field's type and format.
    package enum Syntax: UInt8, Sendable, BitwiseCopyable {
        /// `string` and `text`: any text.
        case anyText
        /// `object`: not checked at all.
        case object
        case email
        /// `phone` in the default `e164` format.
        case e164Phone
        /// `phone` in `international` or `national` format, read with the field's region.
        case formattedPhone
        /// `date` without `format:`: ISO 8601 `YYYY-MM-DD`.
        case isoDate
        /// `datetime` without `format:`: ISO 8601 with an offset.
        case isoDateTime
        /// `date` or `datetime` with `format:` patterns.
        case formattedDate
        case country
        case enumeration
        case integer
        case number
        case boolean
        case url
        case lawfulBasis
    }

    /// Why a value fails; the message is worded from it only then.
    package enum Failure: UInt8, Sendable {
        /// A JSON number, boolean, list or object where the field takes none.
        case kind
        /// Text that does not have the field's syntax.
        case syntax
        /// A number with more digits or a larger exponent than datamin compares.
        case outOfRange
        case belowMinimum
        case aboveMaximum
        case tooLong
        case pattern
    }

    package let syntax: Syntax
    /// Whether a JSON number is read as the field's text: for `integer`, `number`, `string`, `text`.
    let acceptsNumbers: Bool
    /// The most characters a value may have; `Int.max` when the field sets no `max_length`.
    let maxLength: Int
    /// Whether the field sets `min:` or `max:`, which its ``FieldRule`` holds.
    let hasBounds: Bool
    let hasPattern: Bool

    init(_ field: FieldPolicy) {
        switch field.type {
        case .string, .text: syntax = .anyText
        case .object: syntax = .object
        case .email: syntax = .email
        case .phone: syntax = field.phoneFormat == .e164 ? .e164Phone : .formattedPhone
        case .date: syntax = field.datePatterns.isEmpty ? .isoDate : .formattedDate
        case .datetime: syntax = field.datePatterns.isEmpty ? .isoDateTime : .formattedDate
        case .country: syntax = .country
        case .enum: syntax = .enumeration
        case .integer: syntax = .integer
        case .number: syntax = .number
        case .boolean: syntax = .boolean
        case .url: syntax = .url
        case .lawfulBasis: syntax = .lawfulBasis
        }
        acceptsNumbers = [.integer, .number, .string, .text].contains(field.type)
        maxLength = field.maxLength ?? Int.max
        hasBounds = field.exactMinimum != nil || field.exactMaximum != nil
        hasPattern = field.pattern != nil
    }

    /// Why a value of the given kind and text fails this test; nil when it passes. A null
    /// value passes: absence is for the required-field check.
    ///
    /// - Parameter field: the field's index in `plan`, for the syntaxes that read its tables.
    @inline(__always)
    package func failure(of kind: RecordContext.ValueKind, text: UTF8Bytes, field: Int, plan: PolicyPlan) -> Failure? {
        if syntax == .object { return nil }
        switch kind {
        case .null: return nil
        case .string: break
        case .number: guard acceptsNumbers else { return .kind }
        case .bool: return syntax == .boolean ? nil : .kind
        case .array, .object: return .kind
        }
        switch syntax {
        case .anyText, .object: break
        case .email: if !ValueSyntax.isEmail(text) { return .syntax }
        case .e164Phone: if !ValueSyntax.isE164Phone(text) { return .syntax }
        case .formattedPhone:
            let rule = plan.fieldRules[field]
            if !PhoneSyntax.isValid(text, format: rule.phoneFormat, region: rule.phoneRegion) { return .syntax }
        case .isoDate: if Timestamp.parse(text, allowDate: true, allowDateTime: false) == nil { return .syntax }
        case .isoDateTime: if Timestamp.parse(text, allowDate: false, allowDateTime: true) == nil { return .syntax }
        case .formattedDate: if plan.fieldRules[field].timestamp(text) == nil { return .syntax }
        case .country: if !ValueSyntax.isCountryCode(text) { return .syntax }
        case .enumeration: if !plan.fieldRules[field].allowedValues.contains(where: text.equals) { return .syntax }
        case .integer, .number:
            // Without bounds the syntax and limits are all there is: nothing is built.
            switch hasBounds
                ? ExactDecimal.read(text, integerOnly: syntax == .integer) : ExactDecimal.check(text, integerOnly: syntax == .integer)
            {
            case .syntax?: return .syntax
            case .outOfRange?: return .outOfRange
            case nil: break
            case .number(let number)?:
                let rule = plan.fieldRules[field]
                if let minimum = rule.minimum, number.isLess(than: minimum) { return .belowMinimum }
                if let maximum = rule.maximum, maximum.isLess(than: number) { return .aboveMaximum }
            }
        case .boolean: if ValueSyntax.boolean(text) == nil { return .syntax }
        case .url: if !ValueSyntax.isURL(text) { return .syntax }
        case .lawfulBasis: if !plan.namesLawfulBases(text) { return .syntax }
        }
        // A character is at least one byte: only a long value needs counting.
        if text.count > maxLength, text.string.count > maxLength { return .tooLong }
        if hasPattern, let pattern = plan.fieldRules[field].pattern, !pattern.matches(text.string) { return .pattern }
        return nil
    }

    /// The instant a `date` or `datetime` value stands for, or nil when it is not one in the
    /// field's format (see ``FieldRule/timestamp(_:)``).
    @inline(__always)
    package func timestamp(_ text: UTF8Bytes, field: Int, plan: PolicyPlan) -> Timestamp? {
        switch syntax {
        case .isoDate: Timestamp.parse(text, allowDate: true, allowDateTime: false)
        case .isoDateTime: Timestamp.parse(text, allowDate: false, allowDateTime: true)
        default: plan.fieldRules[field].timestamp(text)
        }
    }
}
