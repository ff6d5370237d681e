/// The small policy every check's examples run against, and helpers to build its records.
package enum ExamplePolicy {
    package static let yaml = """
        version: 1
        name: examples
        subject: email
        record:
          purpose: purpose
          lawful_basis: lawful_basis
          source: source
        fields:
          id: { type: string, personal: false }
          email: { type: email }
          first_name: { type: string, max_length: 10 }
          phone: { type: phone }
          country: { type: country }
          purpose: { type: string, personal: false }
          lawful_basis: { type: lawful_basis, personal: false }
          source: { type: enum, values: [web_form, trade_show], personal: false }
          consent_given_at: { type: datetime }
          consent_scope: { type: string, personal: false }
          collected_at: { type: date }
          employees: { type: integer, min: 1, max: 100000 }
          revenue: { type: number, min: 0 }
          website: { type: url }
          vip: { type: boolean }
          customer_code: { type: string, pattern: "C-[0-9]{4}" }
          notes: { type: text }
          address.city: { type: string }
          health_notes: { type: text, special_category: health }
        purposes:
          sales:
            lawful_basis: [contract, legitimate_interests]
            required: [id, email, collected_at]
            optional: [first_name, phone, country, employees, revenue, website, vip, customer_code, notes, address.city]
            retention: { period: P2Y, from: collected_at }
          newsletter-product-a:
            lawful_basis: [consent]
            consent: { at: consent_given_at, scope_field: consent_scope, scope: product-a }
            required: [id, email]
            optional: [first_name]
            retention: { period: P1Y, from: consent_given_at }

        """

    /// The date examples are judged on.
    package static let asOf = CalendarDate(year: 2026, month: 11, day: 29)!

    /// A clean record for purpose `sales`, changed by `changes` (a nil value removes the field;
    /// a new name is appended).
    package static func sales(_ changes: (String, FieldValue?)...) -> Record {
        apply(changes, to: ["id": "1", "email": "anna@example.com", "purpose": "sales", "lawful_basis": "contract",
                            "source": "web_form", "collected_at": "2026-01-15"])
    }

    /// A clean record for purpose `newsletter-product-a`, changed by `changes`.
    package static func newsletter(_ changes: (String, FieldValue?)...) -> Record {
        apply(changes, to: ["id": "2", "email": "bram@example.com", "purpose": "newsletter-product-a", "lawful_basis": "consent",
                            "source": "web_form", "consent_given_at": "2026-03-01T10:00:00Z", "consent_scope": "product-a"])
    }

    private static func apply(_ changes: [(String, FieldValue?)], to base: Record) -> Record {
        var record = base
        for (name, value) in changes {
            if let index = record.fields.firstIndex(where: { $0.name == name }) {
                if let value { record.fields[index].value = value } else { record.fields.remove(at: index) }
            } else if let value {
                record.fields.append(Record.Field(name: name, value: value))
            }
        }
        return record
    }
}
