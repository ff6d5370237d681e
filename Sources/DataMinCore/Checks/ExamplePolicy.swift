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
          birth_date: date_of_birth
          legal_hold: legal_hold
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
          date_of_birth: { type: date }
          legal_hold: { type: boolean, personal: false }
          consent_withdrawn_at: { type: datetime }
          doi_confirmed_at: { type: datetime }
          notice_version: { type: string, personal: false }
          unsubscribed: { type: date }
          contract_end: { type: date }
          last_contact_at: { type: date }
          invoice_date: { type: date }
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
          mailing:
            lawful_basis: [consent, legitimate_interests]
            direct_marketing: true
            objection: unsubscribed
            consent: { at: consent_given_at, withdrawn_at: consent_withdrawn_at, confirmed_at: doi_confirmed_at, notice: notice_version }
            min_age: 16
            required: [id, email]
            retention: { period: P1Y, from: consent_given_at }
          customers:
            lawful_basis: [contract]
            required: [id, email]
            retention: { period: P7Y, from: [contract_end, last_contact_at], if_missing: keep }
          invoicing:
            lawful_basis: [legal_obligation]
            required: [id, invoice_date]
            retention: { period: P7Y, from: invoice_date, align: year_end }

        """

    /// The date examples are judged on.
    package static let asOf = CalendarDate(year: 2026, month: 11, day: 29)!
    /// The suppression list examples are judged with: erased@example.com was erased.
    package static let suppression = SuppressionList(salt: Array(repeating: 7, count: 16), keys: ["erased@example.com"])
    /// The `--due-within` window examples are judged with, so `retention-due` runs.
    package static let dueWithin = ISODuration("P30D")!

    /// A clean record for purpose `sales`, changed by `changes` (a nil value removes the field;
    /// a new name is appended).
    package static func sales(_ changes: (String, FieldValue?)...) -> Record {
        apply(
            changes,
            to: [
                "id": "1", "email": "anna@example.com", "purpose": "sales", "lawful_basis": "contract",
                "source": "web_form", "collected_at": "2026-01-15",
            ])
    }

    /// A clean record for purpose `newsletter-product-a`, changed by `changes`.
    package static func newsletter(_ changes: (String, FieldValue?)...) -> Record {
        apply(
            changes,
            to: [
                "id": "2", "email": "bram@example.com", "purpose": "newsletter-product-a", "lawful_basis": "consent",
                "source": "web_form", "consent_given_at": "2026-03-01T10:00:00Z", "consent_scope": "product-a",
            ])
    }

    /// A clean record for purpose `mailing` (consent with double opt-in, a notice, an age
    /// limit, an objection field), changed by `changes`.
    package static func mailing(_ changes: (String, FieldValue?)...) -> Record {
        apply(
            changes,
            to: [
                "id": "3", "email": "chloe@example.com", "purpose": "mailing", "lawful_basis": "consent", "source": "web_form",
                "consent_given_at": "2026-05-01T09:00:00Z", "doi_confirmed_at": "2026-05-01T09:05:00Z", "notice_version": "v3",
                "date_of_birth": "1990-04-02",
            ])
    }

    /// A clean record for purpose `customers` (retention from the latest of two dates, kept
    /// while the contract runs), changed by `changes`.
    package static func customer(_ changes: (String, FieldValue?)...) -> Record {
        apply(
            changes, to: ["id": "4", "email": "dirk@example.com", "purpose": "customers", "lawful_basis": "contract", "source": "web_form"])
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
