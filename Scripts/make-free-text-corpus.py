#!/usr/bin/env python3
"""Writes the labelled free-text corpus that scores datamin's free-text recognisers.

    python3 Scripts/make-free-text-corpus.py > fixtures/free-text-corpus.tsv

Each line is `language<TAB>label<TAB>note`: a label is the one kind planted in the note
(`email`, `bsn`, `health` … as in SPEC §8.5) or `clean` for a note with no personal data,
most of them traps (role mailboxes, VAT, KvK and SIRET numbers, amounts, tracking numbers,
dates that are not birth dates, category words that name a product, street or business).
Every identifier is made here with its checksum computed; names are invented and domains
are the reserved example.* ones, so no real person's data is in it. The same seed always
gives the same file.
"""
import random
import sys

rng = random.Random(20261201)
LANGS = ["en", "nl", "de", "fr"]
NBSP = "\u00a0"
FIRST = ["Anna", "Bram", "Chloé", "Dirk", "Eva", "Felix", "Hanne", "Ines", "Joris", "Karin", "Léa", "Maël", "Noor",
         "Pieter", "Renée", "Sven", "Tomás", "Zoë", "Jonas", "Marie"]
LAST = ["de Vries", "Janssen", "Martin", "Peeters", "Smit", "Wagner", "Dubois", "Müller", "Bakker", "Lefèvre", "Schmidt",
        "Visser", "Moreau", "Fischer"]


def name():
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def group(text, sizes, sep):
    out, i = [], 0
    for size in sizes:
        out.append(text[i:i + size])
        i += size
    out = [part for part in out if part]
    if i < len(text):
        out.append(text[i:])
    return sep.join(out)


# --- identifiers with their checksums ---------------------------------------------------------

def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    total = 0
    for i, d in enumerate(reversed(body)):
        v = int(d) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return body + str((10 - total % 10) % 10)


def iban(country):
    bban = {"NL": lambda: rng.choice(["ABNA", "RABO", "INGB", "TRIO"]) + digits(10),
            "DE": lambda: digits(18), "BE": lambda: digits(12), "FR": lambda: digits(10) + "A" + digits(10)[:10] + digits(2),
            "GB": lambda: rng.choice(["NWBK", "BARC", "MIDL"]) + digits(14), "ES": lambda: digits(20),
            "IT": lambda: "X" + digits(10) + digits(11 + 1)[:12]}[country]()
    if country == "FR":
        bban = bban[:23]
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(numeric) % 97
    return f"{country}{check:02d}{bban}"


def bsn():
    while True:
        d = digits(8)
        total = sum(int(x) * w for x, w in zip(d, range(9, 1, -1)))
        last = total % 11
        if last < 10 and d[0] != "0":
            return d + str(last)


def be_number():
    year, month, day = rng.randrange(1940, 2008), rng.randrange(1, 13), rng.randrange(1, 29)
    body = f"{year % 100:02d}{month:02d}{day:02d}{rng.randrange(1, 998):03d}"
    base = int(body) + (2_000_000_000 if year >= 2000 else 0)
    return body + f"{97 - base % 97:02d}"


def steuer_id():
    while True:
        pool = rng.sample("0123456789", 9)
        repeated = rng.choice(pool)
        body = pool + [repeated]
        rng.shuffle(body)
        if body[0] == "0":
            continue
        product = 10
        for d in body:
            s = (int(d) + product) % 10 or 10
            product = (2 * s) % 11
        return "".join(body) + str((11 - product) % 10)


def nir():
    sex = rng.choice("12")
    yy, mm = f"{rng.randrange(40, 100):02d}", f"{rng.randrange(1, 13):02d}"
    dept = rng.choice(["75", "69", "13", "33", "59", "2A", "2B", "44"])
    body = sex + yy + mm + dept + f"{rng.randrange(1, 990):03d}" + f"{rng.randrange(1, 999):03d}"
    numeric = int(body.replace("2A", "19").replace("2B", "18"))
    return body + f"{97 - numeric % 97:02d}"


def nino():
    first = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    while first + second in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
        second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    return first + second + digits(6) + rng.choice("ABCD")


def ssn():
    area = rng.choice([x for x in range(1, 900) if x != 666])
    return f"{area:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"


def card():
    kind = rng.choice(["visa", "mc", "mc2", "amex", "discover"])
    if kind == "visa":
        return luhn_complete("4", 16), [4, 4, 4, 4]
    if kind == "mc":
        return luhn_complete(str(rng.randrange(51, 56)), 16), [4, 4, 4, 4]
    if kind == "mc2":
        return luhn_complete(str(rng.randrange(2221, 2721)), 16), [4, 4, 4, 4]
    if kind == "amex":
        return luhn_complete(rng.choice(["34", "37"]), 15), [4, 6, 5]
    return luhn_complete("6011", 16), [4, 4, 4, 4]


MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December"],
          "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                 "november", "december"],
          "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                 "November", "Dezember"],
          "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                 "novembre", "décembre"]}


def birth_date(lang):
    y, m, d = rng.randrange(1940, 2008), rng.randrange(1, 13), rng.randrange(1, 29)
    forms = [f"{d:02d}-{m:02d}-{y}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}",
             f"{d} {MONTHS[lang][m - 1]} {y}"]
    if lang == "en":
        forms.append(f"{MONTHS['en'][m - 1]} {d}, {y}")
    if lang == "de":
        forms.append(f"{d}. {MONTHS['de'][m - 1]} {y}")
    return rng.choice(forms)


def phone(lang):
    sep = rng.choice([" ", " ", "-", NBSP])
    if lang == "nl":
        return rng.choice([f"06{sep}{digits(8)}", f"+31 6 {digits(8)}", f"+31{sep}(0)6{sep}{digits(4)}{sep}{digits(4)}",
                           f"020{sep}{digits(3)}{sep}{digits(4)}", f"0031 6 {digits(8)}"])
    if lang == "de":
        return rng.choice([f"0176 {digits(8)}", f"+49 30 {digits(7)}", f"030/{digits(7)}", f"0151-{digits(8)}",
                           f"+49{sep}(0)171{sep}{digits(7)}"])
    if lang == "fr":
        pairs = " ".join(digits(2) for _ in range(4))
        return rng.choice([f"06 {pairs}", f"+33 6 {pairs}", f"01.{digits(2)}.{digits(2)}.{digits(2)}.{digits(2)}",
                           f"0033 1 {pairs}", f"07{NBSP}{pairs.replace(' ', NBSP)}"])
    return rng.choice([f"+44 20 7946 0{digits(3)}", f"07700 900{digits(3)}", f"(555) 010-0{digits(3)}",
                       f"555-010-0{digits(3)}", f"+1 212 555 0{digits(3)}", f"+44{NBSP}7700{NBSP}900{digits(3)}"])


def email(lang):
    first, last = rng.choice(FIRST), rng.choice(LAST)
    local = (first + "." + last).lower().replace(" ", "").replace("é", "e").replace("ë", "e").replace("á", "a").replace("ü", "u").replace("è", "e")
    domain = rng.choice(["example.com", "example.org", "example.net", "mail.example.de"])
    forms = [f"{local}@{domain}", f"{local} [at] {domain}", f"{local}(at){domain}",
             f"{local} at {domain.replace('.', ' dot ')}", f"{local.upper()}@{domain.upper()}", f"{local}+crm@{domain}",
             f"{first.lower().replace('é', 'e').replace('ë', 'e').replace('á', 'a')}{rng.randrange(70, 99)}@{domain}"]
    return rng.choice(forms)


# --- notes that hold one identifier ------------------------------------------------------------

def identifier_notes(lang):
    n = name()
    out = []
    t = {
        "email": {"en": ["Prefers private mail: {v}", "Send the brochure to {v} instead of work", "{n} wrote from {v}"],
                  "nl": ["Stuur offerte naar {v}", "Privémail van {n}: {v}", "Graag contact via {v}"],
                  "de": ["Privat erreichbar unter {v}", "Angebot bitte an {v} senden", "E-Mail von {n}: {v}"],
                  "fr": ["Écrire plutôt à {v}", "Adresse perso de {n} : {v}", "Merci d'envoyer le devis à {v}"]},
        "phone": {"en": ["Call back on {v} after 5pm", "Mobile: {v}", "{n} can be reached at {v}"],
                  "nl": ["Terugbellen op {v}", "Mobiel {v} (na 17u)", "{n} is bereikbaar op {v}"],
                  "de": ["Bitte zurückrufen: {v}", "Handy {v}", "{n} erreichbar unter {v}"],
                  "fr": ["Rappeler au {v}", "Portable : {v}", "{n} joignable au {v}"]},
        "iban": {"en": ["Refund to {v}", "Account for the refund: {v}", "Direct debit from {v}"],
                 "nl": ["Terugbetalen op {v}", "Rekening {v} voor incasso", "IBAN van {n}: {v}"],
                 "de": ["Erstattung auf {v}", "Lastschrift von Konto {v}", "Bankverbindung {v}"],
                 "fr": ["Rembourser sur {v}", "Prélèvement sur le compte {v}", "RIB de {n} : {v}"]},
        "card": {"en": ["Paid with card {v}", "Customer read out {v} on the phone", "Card on file {v} exp 09/28"],
                 "nl": ["Betaald met {v}", "Creditcard {v} gebruikt", "Kaartnummer {v} genoteerd"],
                 "de": ["Bezahlt mit Karte {v}", "Kreditkarte {v}", "Kunde nannte {v} am Telefon"],
                 "fr": ["Payé avec la carte {v}", "Carte bancaire {v}", "Numéro de carte {v} noté"]},
        "bsn": {"en": ["BSN {v} checked at the desk", "Citizen service number (BSN): {v}", "Gave BSN {v} for the contract"],
                "nl": ["BSN: {v}", "Burgerservicenummer {v} gecontroleerd", "Sofinummer {v} doorgegeven"],
                "de": ["Niederländische BSN {v} notiert", "BSN des Kunden: {v}", "BSN {v} für den Vertrag"],
                "fr": ["BSN {v} vérifié", "Numéro BSN : {v}", "Le client a donné son BSN {v}"]},
        "be_national_number": {"en": ["Belgian national number {v}", "Rijksregisternummer {v} on the form", "National number: {v}"],
                               "nl": ["Rijksregisternummer: {v}", "INSZ {v} nagekeken", "Rijksregister {v}"],
                               "de": ["Belgische Nationalnummer {v}", "Rijksregisternummer {v} erhalten", "Nationalregisternummer {v}"],
                               "fr": ["Numéro national : {v}", "NISS {v} vérifié", "Registre national {v}"]},
        "steuer_id": {"en": ["German tax ID {v}", "Steuer-ID: {v}", "Tax ID {v} for the invoice"],
                      "nl": ["Duits Steuer-ID {v}", "Steuer-ID van klant: {v}", "IdNr {v} ontvangen"],
                      "de": ["Steuer-ID {v}", "Steueridentifikationsnummer: {v}", "IdNr. {v} liegt vor"],
                      "fr": ["Steuer-ID allemand {v}", "Identifiant fiscal allemand (Steuer-ID) {v}", "Steuer-ID : {v}"]},
        "nir": {"en": ["French social security number {v}", "NIR {v}", "Gave {v} for the payroll form"],
                "nl": ["Frans NIR {v}", "Sociale-zekerheidsnummer {v}", "NIR: {v}"],
                "de": ["Französische Sozialversicherungsnummer {v}", "NIR {v}", "Nummer {v} angegeben"],
                "fr": ["Numéro de sécurité sociale : {v}", "NIR {v}", "N° sécu {v} pour la mutuelle"]},
        "nino": {"en": ["NI number {v}", "National Insurance {v}", "Gave {v} for payroll"],
                 "nl": ["Brits NI-nummer {v}", "National Insurance {v}", "NINO: {v}"],
                 "de": ["Britische NI-Nummer {v}", "NINO {v}", "National Insurance Number {v}"],
                 "fr": ["Numéro NI britannique {v}", "NINO : {v}", "National Insurance {v}"]},
        "ssn": {"en": ["SSN {v}", "Social Security number: {v}", "Her SSN is {v}"],
                "nl": ["Amerikaans SSN {v}", "Social Security Number {v}", "SSN: {v}"],
                "de": ["US-SSN {v}", "Social Security Number {v}", "SSN des Kunden {v}"],
                "fr": ["SSN américain {v}", "Social Security Number : {v}", "SSN {v}"]},
        "birth_date": {"en": ["Born {v}", "DOB: {v}", "Date of birth {v}, prefers mornings", "Birthday {v}"],
                       "nl": ["Geboren op {v}", "Geboortedatum: {v}", "geb. {v}", "Verjaardag {v}"],
                       "de": ["Geboren am {v}", "Geburtsdatum {v}", "geb. {v}", "Geburtstag: {v}"],
                       "fr": ["Né le {v}", "Née le {v}", "Date de naissance : {v}", "Anniversaire le {v}"]},
    }
    for kind, templates in t.items():
        for template in templates[lang]:
            for _ in range(2):
                if kind == "email":
                    v = email(lang)
                elif kind == "phone":
                    v = phone(lang)
                elif kind == "iban":
                    raw = iban(rng.choice(["NL", "DE", "BE", "FR", "GB", "ES"]))
                    v = rng.choice([group(raw, [4] * 8, " "), raw, raw.lower(), group(raw, [4] * 8, "-"),
                                    group(raw, [4] * 8, NBSP), group(raw.lower(), [4] * 8, " ")])
                elif kind == "card":
                    raw, sizes = card()
                    v = rng.choice([group(raw, sizes, " "), group(raw, sizes, "-"), raw, group(raw, sizes, NBSP)])
                elif kind == "bsn":
                    raw = bsn()
                    v = rng.choice([raw, group(raw, [4, 2, 3], "."), group(raw, [3, 3, 3], " ")])
                elif kind == "be_national_number":
                    raw = be_number()
                    v = rng.choice([f"{raw[0:2]}.{raw[2:4]}.{raw[4:6]}-{raw[6:9]}.{raw[9:11]}", raw, f"{raw[0:6]}-{raw[6:9]}-{raw[9:]}"])
                elif kind == "steuer_id":
                    raw = steuer_id()
                    v = rng.choice([raw, group(raw, [2, 3, 3, 3], " ")])
                elif kind == "nir":
                    raw = nir()
                    v = rng.choice([raw, group(raw, [1, 2, 2, 2, 3, 3, 2], " ")])
                elif kind == "nino":
                    raw = nino()
                    v = rng.choice([raw, f"{raw[0:2]} {raw[2:4]} {raw[4:6]} {raw[6:8]} {raw[8]}"])
                elif kind == "ssn":
                    v = ssn()
                else:
                    v = birth_date(lang)
                out.append((kind, template.format(v=v, n=n)))
    return out


# --- notes that mention a special category -----------------------------------------------------

CATEGORY_NOTES = {
    "health": {
        "en": ["Client has diabetes, no meetings before 10", "She is pregnant, due in May", "On sick leave after surgery until March",
               "Mentioned his cancer treatment, call in June", "Uses a wheelchair, book the ground-floor room",
               "Suffers from depression, keep calls short", "He is diabetic and asked about sugar-free options",
               "Recovering from a heart attack", "Has epilepsy, no flashing screens in the demo", "Burn-out since January, contact her partner"],
        "nl": ["Klant heeft diabetes, liever geen afspraak voor 10 uur", "Zij is zwanger, uitgerekend in mei", "Meneer is ziek, volgende week terugbellen",
               "Heeft kanker, chemo tot juni", "Zit in een rolstoel, begane grond reserveren", "Mevrouw heeft een burn-out",
               "Klant is gehandicapt en wil hulp bij het formulier", "Is herstellende van een hartaanval", "Gebruikt medicijnen tegen epilepsie",
               "Sinds maart arbeidsongeschikt"],
        "de": ["Kunde hat Diabetes, Termine erst ab 10 Uhr", "Frau Schmidt ist schwanger", "Kundin ist krankgeschrieben bis März",
               "Hat Krebs, Chemotherapie bis Juni", "Sitzt im Rollstuhl, Erdgeschoss buchen", "Leidet an Depressionen",
               "Herr Wagner ist schwerbehindert", "Erholt sich von einem Herzinfarkt", "Nimmt Medikamente gegen Epilepsie",
               "Seit Januar im Burnout"],
        "fr": ["Élodie est enceinte, rappeler en mai", "Le client est diabétique", "En arrêt maladie jusqu'en mars",
               "Elle a un cancer, traitement jusqu'en juin", "Se déplace en fauteuil roulant", "Souffre de dépression, appels courts",
               "Monsieur est handicapé, prévoir de l'aide", "Se remet d'une crise cardiaque", "Prend des médicaments contre l'épilepsie",
               "Madame est malade, rappeler la semaine prochaine"],
    },
    "religious_or_philosophical_beliefs": {
        "en": ["He is Muslim, no meetings on Friday afternoon", "She is a practising Catholic", "Client is Jewish, avoid Saturday calls",
               "He is a devout Christian", "She fasts during Ramadan, call after sunset"],
        "nl": ["Klant is moslim, geen afspraken op vrijdagmiddag", "Mevrouw is katholiek", "Hij is joods, niet bellen op zaterdag",
               "Zij is gelovig en gaat elke zondag naar de kerk", "Meneer is hindoe"],
        "de": ["Kunde ist Muslim, freitags keine Termine", "Sie ist katholisch", "Er ist Jude, samstags nicht anrufen",
               "Kundin ist evangelisch und geht sonntags in die Kirche", "Herr Fischer ist Atheist"],
        "fr": ["Le client est musulman, pas de rendez-vous le vendredi", "Elle est catholique pratiquante", "Il est juif, ne pas appeler le samedi",
               "Madame est protestante", "Il est bouddhiste"],
    },
    "political_opinions": {
        "en": ["He votes Labour and asked about our donations", "She is a member of the Green Party", "Party member of the Conservatives",
               "Client is a Labour party member", "He voted for the Liberal Democrats"],
        "nl": ["Klant is lid van de PvdA", "Stemt op GroenLinks, vroeg naar onze donaties", "Meneer is partijlid van de VVD",
               "Zij is actief lid van D66", "Hij stemde op de PVV"],
        "de": ["Kunde ist SPD-Mitglied", "Sie wählt die Grünen", "Herr Wagner ist Parteimitglied der CDU",
               "Kundin ist Mitglied der FDP", "Er wählt AfD und beschwerte sich über Gendern"],
        "fr": ["Le client est militant LFI", "Elle vote pour les Verts (EELV)", "Il est adhérent du Parti socialiste",
               "Madame est membre des Républicains", "Il vote RN et l'a dit au téléphone"],
    },
    "trade_union_membership": {
        "en": ["She is a union member, asked about the strike", "He is a shop steward at the plant", "Client is unionised, contact via HR",
               "Member of the Unite trade union", "Her union membership came up in the call"],
        "nl": ["Klant is vakbondslid", "Hij is lid van de FNV", "Mevrouw is lid van de vakbond en vroeg naar de cao",
               "Zij is actief in de vakbond als lid", "Meneer is lid van CNV"],
        "de": ["Kunde ist Gewerkschaftsmitglied", "Sie ist Mitglied bei Verdi", "Er ist Mitglied der IG Metall",
               "Herr Müller ist Gewerkschafter", "Kundin ist in der Gewerkschaft Mitglied"],
        "fr": ["Le client est syndiqué", "Elle est adhérente de la CGT", "Il est délégué syndical chez son employeur",
               "Madame est membre d'un syndicat", "Il est syndiqué à la CFDT"],
    },
    "racial_or_ethnic_origin": {
        "en": ["Client is of Moroccan descent", "Mentioned her ethnic background in the call", "He is from an ethnic minority, asked about the grant",
               "Her ethnicity was asked on the old form", "He has a migrant background"],
        "nl": ["Klant is van Marokkaanse afkomst", "Mevrouw is van Turkse afkomst", "Meneer heeft een migratieachtergrond",
               "Zij noemde haar etnische achtergrond", "Klant is van Surinaamse afkomst"],
        "de": ["Kundin mit Migrationshintergrund", "Er ist türkischer Abstammung", "Sie ist kurdischer Herkunft",
               "Herr Yilmaz nannte seine ethnische Zugehörigkeit", "Kunde mit Migrationshintergrund, spricht Türkisch"],
        "fr": ["Le client est d'origine marocaine", "Elle est d'origine algérienne", "Il a parlé de son origine ethnique",
               "Madame est maghrébine", "Il appartient à une minorité ethnique"],
    },
    "sex_life_or_sexual_orientation": {
        "en": ["He is gay, partner is also a customer", "She is a lesbian and asked about the couple offer", "Client is bisexual",
               "He came out as transgender last year", "Lives with his same-sex partner"],
        "nl": ["Klant is homo en woont samen met zijn vriend", "Zij is lesbisch", "Meneer is homoseksueel",
               "Mevrouw is biseksueel", "Hij is transgender"],
        "de": ["Kunde ist schwul", "Sie ist lesbisch", "Er ist homosexuell und lebt mit seinem Partner",
               "Kundin ist bisexuell", "Herr Meier ist transgender"],
        "fr": ["Le client est gay", "Elle est lesbienne", "Il est homosexuel", "Madame est bisexuelle", "Il est transgenre"],
    },
    "criminal": {
        "en": ["He has a criminal record, check with legal", "Client was convicted of fraud in 2019", "Served time in prison, now on parole",
               "She was arrested last year", "He was sentenced to community service"],
        "nl": ["Klant heeft een strafblad", "Meneer is veroordeeld voor fraude", "Heeft in de gevangenis gezeten",
               "Zij kreeg een taakstraf", "Hij is voorwaardelijk veroordeeld"],
        "de": ["Herr Braun ist vorbestraft", "Kunde wurde wegen Betrugs verurteilt", "Saß zwei Jahre im Gefängnis",
               "Hat eine Vorstrafe wegen Diebstahls", "Kundin ist auf Bewährung"],
        "fr": ["Le client a un casier judiciaire", "Il a été condamné pour fraude", "Elle a fait de la prison",
               "Il est sorti de prison l'an dernier", "Monsieur a été placé en garde à vue"],
    },
}



# More phrasings, written apart from the first lists, so the score is not only about them.
MORE_CATEGORY_NOTES = {
    "health": {
        "en": ["Asked to move the demo, she has a hospital appointment for her chemo", "He is undergoing dialysis three times a week",
               "Customer is autistic, prefers written contact", "She had a miscarriage last month, no calls", "He is partially deaf, use email"],
        "nl": ["Mevrouw is zwanger van de tweede", "Klant lijdt aan depressie", "Hij heeft astma en kan niet naar de beurs",
               "Zij is slechtziend en blind aan één oog, klant wil grote letters", "Meneer heeft dementie, zoon regelt de zaken"],
        "de": ["Kundin ist im achten Monat schwanger", "Er hat Asthma und kommt nicht zur Messe", "Herr Weber ist an Parkinson erkrankt",
               "Sie ist seit der Operation arbeitsunfähig", "Kunde ist Diabetiker und braucht Pausen"],
        "fr": ["Il est sous insuline depuis 2019", "Elle souffre d'une maladie chronique", "Le client est autiste, privilégier l'écrit",
               "Madame est enceinte de cinq mois", "Il est en dépression depuis l'hiver"],
    },
    "religious_or_philosophical_beliefs": {
        "en": ["He is a practicing Muslim and prays at noon", "She is Hindu, vegetarian catering please", "Client is an observant Jew"],
        "nl": ["Mevrouw is islamitisch en draagt een hoofddoek", "Hij is protestants en werkt niet op zondag", "Klant is boeddhist"],
        "de": ["Sie ist Muslimin und fastet im Ramadan", "Herr Klein ist jüdisch", "Kunde ist streng katholisch"],
        "fr": ["Elle est musulmane pratiquante", "Le client est catholique et ne travaille pas le dimanche", "Il est athée convaincu"],
    },
    "political_opinions": {
        "en": ["She campaigns for the Green Party every election", "He is a Tory voter and said so twice", "Client is a committed socialist"],
        "nl": ["Klant is aanhanger van de PVV", "Zij stemt al jaren op de SP", "Meneer is lid van het CDA"],
        "de": ["Kunde ist Anhänger der AfD", "Sie ist seit Jahren SPD-Wählerin und Mitglied", "Er ist Kommunist"],
        "fr": ["Il est sympathisant du Rassemblement national", "Elle est militante socialiste", "Le client est communiste"],
    },
    "trade_union_membership": {
        "en": ["He joined the union last year", "She is a member of the teachers' union"],
        "nl": ["Zij is lid van de FNV en vroeg naar korting", "Meneer is vakbondslid bij CNV"],
        "de": ["Kundin ist Mitglied der Gewerkschaft GEW", "Er ist Verdi-Mitglied"],
        "fr": ["Il est adhérent de Force ouvrière", "Elle est syndiquée chez Sud"],
    },
    "racial_or_ethnic_origin": {
        "en": ["He is of Turkish descent and prefers Turkish-speaking staff", "Client described herself as ethnically Chinese"],
        "nl": ["Mevrouw is van Antilliaanse afkomst", "Meneer is allochtoon volgens het oude formulier"],
        "de": ["Sie ist ethnische Kurdin", "Kunde mit türkischem Migrationshintergrund"],
        "fr": ["Elle est d'origine sénégalaise", "Le client est issu d'une minorité ethnique"],
    },
    "sex_life_or_sexual_orientation": {
        "en": ["Client is gay and married to a man", "She is bisexual, mentioned in the call"],
        "nl": ["Hij is homoseksueel en heeft een man", "Klant is lesbienne"],
        "de": ["Er ist schwul und verheiratet", "Kundin ist lesbisch und lebt mit ihrer Frau"],
        "fr": ["Il est homosexuel et vit avec son compagnon", "Elle est lesbienne"],
    },
    "criminal": {
        "en": ["He was jailed for tax fraud in 2015", "Client has previous convictions for theft"],
        "nl": ["Meneer zat vast in de gevangenis tot 2022", "Zij is veroordeeld voor oplichting"],
        "de": ["Er ist wegen Körperverletzung vorbestraft", "Kunde saß im Gefängnis"],
        "fr": ["Il a un casier judiciaire chargé", "Elle a été condamnée en 2018"],
    },
}

MORE_CLEAN_NOTES = {
    "en": ["Follow up next Tuesday about the renewal", "Wants a demo for 12 users, budget approved", "Asked for the GDPR data processing agreement",
           "Moved to the new office in March", "Prefers email over phone, replies in the evening", "Unhappy with delivery times, offered 10% discount",
           "Interested in the Pro plan, call back in Q3", "Sent brochure and price list", "Decision maker is the CFO, meeting on 14 May",
           "Contract runs until 2027-06-30", "Asked about integration with our API v2", "Renewal quote for 250 seats sent",
           "Ticket 48213 resolved, customer happy", "Visited our stand at the trade fair in Utrecht", "Out of office until 3 June",
           "Invoice 2026-0412 overdue by 14 days", "Pharmacy chain, sells diabetes care products", "Sponsors the local hospital charity run",
           "Runs a yoga studio for pregnant women", "Customer is a church school in Leeds", "Wants union-busting consultancy, declined"],
    "nl": ["Volgende week dinsdag terugbellen over verlenging", "Wil een demo voor 12 gebruikers", "Vroeg om de verwerkersovereenkomst",
           "Verhuisd naar nieuw kantoor in maart", "Liever mail dan telefoon", "Ontevreden over levertijd, 10% korting gegeven",
           "Interesse in het Pro-pakket, in Q3 terugbellen", "Brochure en prijslijst verstuurd", "Beslisser is de CFO, afspraak op 14 mei",
           "Contract loopt tot 30-06-2027", "Factuur 2026-0412 staat 14 dagen open", "Apotheekketen, verkoopt diabetesproducten",
           "Sponsort de loop voor het ziekenhuis", "Levert aan zorginstellingen en huisartsen", "Ticket 48213 opgelost"],
    "de": ["Nächsten Dienstag wegen Verlängerung anrufen", "Möchte eine Demo für 12 Nutzer", "Hat nach dem AV-Vertrag gefragt",
           "Im März ins neue Büro umgezogen", "Lieber E-Mail als Telefon", "Unzufrieden mit Lieferzeit, 10 % Rabatt gewährt",
           "Interesse am Pro-Paket, in Q3 nachfassen", "Broschüre und Preisliste geschickt", "Entscheider ist der CFO, Termin am 14. Mai",
           "Vertrag läuft bis 30.06.2027", "Rechnung 2026-0412 seit 14 Tagen offen", "Apothekenkette, verkauft Diabetesbedarf",
           "Sponsert den Spendenlauf der Klinik", "Beliefert Arztpraxen und Pflegeheime", "Ticket 48213 gelöst"],
    "fr": ["Rappeler mardi prochain pour le renouvellement", "Veut une démo pour 12 utilisateurs", "A demandé le contrat de sous-traitance RGPD",
           "A déménagé dans de nouveaux bureaux en mars", "Préfère l'e-mail au téléphone", "Mécontent des délais, remise de 10 % accordée",
           "Intéressé par l'offre Pro, relancer au T3", "Brochure et tarifs envoyés", "Le décideur est le DAF, rendez-vous le 14 mai",
           "Contrat jusqu'au 30/06/2027", "Facture 2026-0412 impayée depuis 14 jours", "Chaîne de pharmacies, vend des produits pour diabétiques",
           "Sponsorise la course de l'hôpital", "Fournit des cabinets médicaux", "Ticket 48213 résolu"],
}

# --- clean notes, most of them traps ------------------------------------------------------------

def siret():
    siren = luhn_complete(str(rng.randrange(1, 10)), 9)
    while True:
        candidate = siren + digits(4)
        total = 0
        for i, d in enumerate(reversed(candidate + "0")):
            v = int(d) * (2 if i % 2 == 1 else 1)
            total += v - 9 if v > 9 else v
        check = (10 - total % 10) % 10
        full = candidate + str(check)
        return siren, full


def tracking_number():
    # 16 digits that pass Luhn with a card issuer's prefix: the hardest tracking numbers.
    return luhn_complete(rng.choice(["4", "5", "6011"]), 16)


def clean_notes(lang):
    out = []
    siren, siret_number = siret()
    vat = {"en": f"GB{digits(9)}", "nl": f"NL{digits(9)}B01", "de": f"DE{digits(9)}", "fr": f"FR{digits(2)}{siren}"}[lang]
    role = rng.choice(["info", "sales", "support", "office", "noreply", "billing", "contact", "hello"])
    notes = {
        "en": [f"Send the invoice to {role}@example.com", f"VAT number {vat}", f"Company reg. no. {digits(8)}",
               f"Budget +1 960 411 € approved", f"Order 06{digits(8)} shipped", f"Tracking number {tracking_number()}",
               f"Parcel {tracking_number()} delivered to reception", f"Meeting on 12/03/2026 at 10:30",
               f"Contract signed 2024-02-29, renewal 2026-02-28", "Ordered diabetic test strips for the pharmacy",
               "Delivery to 4 Church Street, back entrance", "Referred by a criminal defence law firm",
               "Interested in our pregnancy test kits for the clinic", "Quote for Cancer Research UK fundraiser",
               "Catholic University of Leuven wants 40 licences", "Labour costs went up 4% this year", "That is a conservative estimate",
               "Throwing a party for the product launch", "Christian called back about the renewal", "Acted in good faith on the refund",
               "European Union funding for the customer's project", "Office near Union Square", "Hearing aid shop wants a demo",
               "Customer disabled two-factor authentication", f"Quote {digits(5)} for {rng.randrange(2, 90)} chairs at €{rng.randrange(40, 400)} each",
               f"Revenue target EUR 1,250,000 for Q3", f"Room 12, floor 3, desk {digits(3)}", f"Price {digits(3)},{digits(2)} incl. VAT",
               f"Called the main line, asked for {role}@example.org", "Gay Street office closed for renovation",
               "Muslim Council of Britain event sponsorship", "The Jewish Museum asked for a quote", f"Invoice {digits(4)}-{digits(4)} paid",
               f"Serial number {luhn_complete('4', 16)} replaced", "Union Jack bunting ordered for the fair",
               f"Version 2.14.3 rolled out on 2026-03-01", f"Call at 14:30 about order {digits(7)}", "Party of four at the dinner",
               "Health check of the account done, all green", "Criminal law is not our market"],
        "nl": [f"Factuur naar {role}@example.nl", f"BTW-nummer {vat}", f"KvK {digits(8)}", f"Bestelling 06{digits(8)} verzonden",
               f"Offerte van € 1.960.411,00 verstuurd", f"Track & trace {tracking_number()}", f"Pakket {tracking_number()} afgeleverd",
               f"Afspraak op 12-03-2026 om 10.30 uur", "Levering op Kerkstraat 12, achterom", "Bestelde diabetes teststrips voor de apotheek",
               "Kantoor naast de katholieke school", "Offerte voor het ziekenhuis in Utrecht", "Vergadering in het vakbondshuis",
               "Klant vroeg naar de Europese Unie subsidie", "De partij van vier stoelen is geleverd", f"Ordernummer {digits(10)}",
               "Christelijke school wil 30 licenties", f"Klantnummer {digits(7)}, betaalt per kwartaal", f"Kamer 12, bureau {digits(3)}",
               f"Prijs {digits(3)},{digits(2)} euro excl. btw", "Klant heeft een zwangerschapstest-webshop", "Rekening voor de kerkvoogdij gestuurd",
               f"Contract getekend op {rng.randrange(1, 28)} maart 2026", f"Mail naar {role}@example.org gestuurd",
               f"Ondernemingsnummer 0{digits(3)}.{digits(3)}.{digits(3)}", "Stichting Kankerbestrijding wil een demo",
               "Leverancier van rolstoelen voor zorginstellingen", "Vakbondsblad wil adverteren", f"Referentie {digits(6)} {digits(6)}",
               "Nieuwe versie 3.2.1 uitgerold"],
        "de": [f"Rechnung an {role}@example.de", f"USt-IdNr. {vat}", f"HRB {digits(5)} Amtsgericht Köln", f"Bestellung 0{digits(9)} versandt",
               f"Angebot über 1.960.411,00 € verschickt", f"Sendungsnummer {tracking_number()}", f"Paket {tracking_number()} zugestellt",
               f"Termin am 12.03.2026 um 10:30 Uhr", "Besprechung im Gewerkschaftshaus, 3. Stock", "Lieferung an die Kirchstraße 5",
               "Herr Krebs bestellt 20 Stühle", "Evangelisches Krankenhaus möchte ein Angebot", "Diabetikerbedarf-Shop fragt nach Preisen",
               "Kanzlei für Strafrecht als Neukunde", "Kunde fragt nach Fördermitteln der Europäischen Union", f"Kundennummer {digits(8)}",
               "Schwangerschaftstests für die Apotheke bestellt", f"Rechnungsnummer {digits(10)}", f"Raum 12, Platz {digits(3)}",
               f"Preis {digits(3)},{digits(2)} € netto", f"Vertrag vom {rng.randrange(1, 28)}. März 2026", f"Mail an {role}@example.com",
               "Krankenkasse als Neukunde gewonnen", "Deutsche Krebshilfe fragt nach einem Sponsoring", "Gewerkschaftszeitung möchte Anzeigen schalten",
               f"Aktenzeichen {digits(4)}/{digits(2)}", "Version 4.1.0 ausgerollt", "Frau Christ hat zurückgerufen",
               "Katholische Akademie bestellt Beamer", f"Tel. Zentrale siehe Website, Auftrag {digits(6)}"],
        "fr": [f"Facture à {role}@example.fr", f"TVA {vat}", f"SIRET {group(siret_number, [3, 3, 3], ' ')}", f"SIREN {group(siren, [3, 3], ' ')}",
               f"N° SIRET : {siret_number}", f"Commande 06{digits(8)} expédiée", f"Montant de 1 960 411 € validé",
               f"Colis {tracking_number()} livré", f"Numéro de suivi {tracking_number()}", f"Rendez-vous le 12/03/2026 à 10h30",
               "Livraison rue de l'Église, porte arrière", "Enceinte Bluetooth en rupture de stock", "Commande de produits pour diabétiques",
               "L'université catholique de Lille veut 40 licences", "Cabinet d'avocats en droit pénal, nouveau client",
               "Subvention de l'Union européenne pour le projet", "Le syndicat de copropriété demande un devis",
               f"Devis {digits(6)} envoyé", "Assurance maladie : nouveau partenaire", f"Prix {digits(3)},{digits(2)} € HT",
               f"Contrat signé le {rng.randrange(2, 28)} mars 2026", f"Écrire à {role}@example.org", "La ligue contre le cancer veut une démo",
               "Les enceintes connectées arrivent lundi", f"Référence {digits(5)}-{digits(5)}", "Version 2.0.3 déployée",
               f"Bureau {digits(3)}, 3e étage", "Porte-parole de la société rappellera", "Magasin de vêtements de grossesse, nouveau client",
               f"Client n° {digits(8)}"],
    }
    return [("clean", note) for note in notes[lang]]


def main():
    lines = []
    for lang in LANGS:
        lines += [(lang, kind, note) for kind, note in identifier_notes(lang)]
        for notes in (CATEGORY_NOTES, MORE_CATEGORY_NOTES):
            for category, by_lang in notes.items():
                lines += [(lang, category, note) for note in by_lang[lang]]
        lines += [(lang, "clean", note) for note in MORE_CLEAN_NOTES[lang]]
        lines += [(lang, kind, note) for kind, note in clean_notes(lang)]
        lines += [(lang, kind, note) for kind, note in clean_notes(lang)]
    seen = set()
    lines = [line for line in lines if not (line[2] in seen or seen.add(line[2]))]
    out = sys.stdout
    out.write("# language\tlabel\tnote (made by Scripts/make-free-text-corpus.py; invented data, computed checksums)\n")
    for lang, label, note in lines:
        assert "\t" not in note and "\n" not in note
        out.write(f"{lang}\t{label}\t{note}\n")


if __name__ == "__main__":
    main()
