#!/usr/bin/env python3
"""Prints a messy, labelled free-text corpus: notes written the way sales reps and support agents write them.

    python3 Scripts/make-messy-free-text-corpus.py > fixtures/free-text-messy.tsv

Output: a `#` header line, then one note per line as `language<TAB>label<TAB>note`. The label is the one kind of
personal data planted in the note, or `clean`. Notes are single lines: a line break inside a note is written as the
two characters backslash and n, which the harness turns into a real line break. Some notes contain U+00A0, U+2009
and U+202F spaces on purpose.

This corpus was written independently of the recognisers, from a list of kinds and traps:
  * positives that are hard to find (dotted card groups, NINO/NIR with no-break or thin spaces, a phone number at the
    end of a line followed by a line that starts with a number, birth dates after abbreviations and with month names,
    special categories stated plainly about a person);
  * clean notes that are hard negatives (date + time, numbers that fail their own kind's checksum right after that
    kind's context word, company identifiers, phone-shaped part codes, role mailboxes, special-category words about
    products, businesses and places).
Names are invented, domains are example.com/.org/.net, identifiers are generated with computed check digits and
re-validated with separate check functions. Every note is also scanned: a note may only contain a checksum-valid
identifier of its own kind. The fixed seed gives the same file every time. Counts per label go to stderr.
"""
import random
import re
import sys
import unicodedata
from collections import Counter
from datetime import date, timedelta

SEED = 20260307
rng = random.Random(SEED)

LANGS = ["en", "nl", "de", "fr"]
LB = "\x01"  # line break inside a note while building; printed as the two characters backslash-n
NBSP, THIN, NNBSP = "\u00a0", "\u2009", "\u202f"

IDENTIFIER_KINDS = ["email", "phone", "iban", "card", "bsn", "be_national_number", "steuer_id", "nir", "nino", "ssn",
                    "birth_date"]
SPECIAL_KINDS = ["racial_or_ethnic_origin", "political_opinions", "religious_or_philosophical_beliefs",
                 "trade_union_membership", "genetic", "biometric", "health", "sex_life_or_sexual_orientation",
                 "criminal"]
PER_LANG_IDENTIFIER = 10   # 40 per identifier kind
PER_LANG_SPECIAL = 6       # 24 per special category
PER_LANG_CLEAN = 85        # 340 clean notes
MIN_IDENTIFIER, MIN_SPECIAL, MIN_CLEAN, MIN_TOTAL = 25, 15, 300, 900

# --------------------------------------------------------------------------------------------------------------
# People, companies, small helpers
# --------------------------------------------------------------------------------------------------------------

PEOPLE = {
    "en": (["Olivia", "Priya", "Megan", "Freya", "Imogen", "Tamsin", "Kayla", "Leah", "Harriet", "Niamh"],
           ["Harry", "Callum", "Dylan", "Owen", "Rhys", "Marcus", "Brandon", "Ewan", "Jasper", "Declan"],
           ["Hartwell", "Ashcombe", "Fenwick", "Tolland", "Brisley", "Marchbank", "Quennell", "Dunmore", "Halloway",
            "Pennick", "Yardley", "Crossan"]),
    "nl": (["Sanne", "Femke", "Lotte", "Ilse", "Marloes", "Anouk", "Esmee", "Wietske", "Fleur", "Hanneke"],
           ["Joost", "Maarten", "Ruben", "Thijs", "Bas", "Wout", "Gijs", "Sjoerd", "Koen", "Jelle"],
           ["van der Wiel", "Hoekstra", "Verbruggen", "de Graaf", "Kuipers", "Brouwers", "van Dam", "Mertens",
            "Claes", "Wouters", "Goossens", "Timmermans"]),
    "de": (["Jana", "Miriam", "Katrin", "Heike", "Svenja", "Ute", "Carina", "Nadine", "Birte", "Franziska"],
           ["Lukas", "Tobias", "Florian", "Moritz", "Jörg", "Dennis", "Henning", "Malte", "Sebastian", "Volker"],
           ["Brandt", "Köhler", "Hoffmeister", "Lindner", "Vogt", "Scholz", "Krüger", "Haas", "Lorenz", "Seidel",
            "Pohl", "Ziegler"]),
    "fr": (["Camille", "Manon", "Océane", "Élodie", "Clémence", "Solène", "Margaux", "Laetitia", "Anaïs", "Maëlle"],
           ["Théo", "Julien", "Mathis", "Bastien", "Yann", "Quentin", "Loïc", "Grégoire", "Romain", "Thibault"],
           ["Lemaire", "Garnier", "Rousseau", "Fontaine", "Chevalier", "Girard", "Mercier", "Blanchard", "Faure",
            "Perrin", "Gauthier", "Leroux"]),
}

COMPANIES = {
    "en": ["Northwind Supplies Ltd", "Brightmoor Tools", "Halden Logistics", "Kestrel Print Co.", "Oakrow Foods Ltd",
           "Pellham Office Systems"],
    "nl": ["Van Dijk Installatietechniek BV", "Polderlicht BV", "Groothandel De Molenaar", "Kruidvat-Noord Apotheken BV",
           "Brugwerk Logistiek", "Zeeuwse Schoonmaak BV"],
    "de": ["Schneider Kältetechnik GmbH", "Albrecht & Voss KG", "Hanse Bürobedarf GmbH", "Mühlbach Logistik GmbH",
           "Rheinblick Druck GmbH", "Lindenhof Feinkost GmbH"],
    "fr": ["Atelier Mistral SARL", "Transports Garonne SAS", "Boulangerie des Tilleuls", "Imprimerie du Levant",
           "Solutions Bocage SAS", "Pharmacie des Quatre Vents"],
}

ROLE_LOCALS = {
    "en": ["billing", "support", "sales", "accounts", "orders", "info"],
    "nl": ["facturen", "boekhouding", "klantenservice", "verkoop", "info", "support"],
    "de": ["rechnung", "buchhaltung", "vertrieb", "service", "info", "support"],
    "fr": ["factures", "comptabilite", "contact", "commandes", "support", "info"],
}
ALL_ROLE_LOCALS = sorted({x for v in ROLE_LOCALS.values() for x in v})
DOMAINS = ["example.com", "example.org", "example.net"]

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
           "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
           "décembre"],
}
MON3 = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
}
WEEKDAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
}


def dg(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def dg1(n):
    """n digits, the first one not zero."""
    return rng.choice("123456789") + dg(n - 1)


def fold(text):
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def chunks(text, sizes):
    out, i = [], 0
    for size in sizes:
        out.append(text[i:i + size])
        i += size
    assert i == len(text), (text, sizes)
    return out


# --------------------------------------------------------------------------------------------------------------
# Identifier makers (compute check digits) ...
# --------------------------------------------------------------------------------------------------------------

def make_iban(country, bban):
    digits = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def bban_for(country):
    if country == "NL":
        return rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]) + dg(10)
    if country == "BE":
        first = dg1(3) + dg(7)
        check = int(first) % 97 or 97
        return first + f"{check:02d}"
    if country == "DE":
        return rng.choice(["1", "2", "3", "4", "5", "6", "7", "8"]) + dg(7) + dg(10)
    if country == "FR":
        bank, branch, account = dg1(5), dg(5), dg(11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
        return bank + branch + account + f"{key:02d}"
    if country == "GB":
        return rng.choice(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]) + dg(6) + dg(8)
    if country == "LU":
        return dg1(3) + dg(13)
    raise ValueError(country)


CARD_BRANDS = [  # (prefix chooser, length, grouping)
    (lambda: "4" + dg(1), 16, (4, 4, 4, 4)),                                   # Visa
    (lambda: rng.choice(["51", "52", "53", "54", "55"]), 16, (4, 4, 4, 4)),   # Mastercard
    (lambda: str(rng.randint(2221, 2720)), 16, (4, 4, 4, 4)),                 # Mastercard 2-series
    (lambda: rng.choice(["34", "37"]), 15, (4, 6, 5)),                        # Amex
    (lambda: rng.choice(["6011", "65"]), 16, (4, 4, 4, 4)),                   # Discover
    (lambda: str(rng.randint(3528, 3589)), 16, (4, 4, 4, 4)),                 # JCB
    (lambda: "36", 14, (4, 6, 4)),                                            # Diners
    (lambda: "4" + dg(1), 16, (4, 4, 4, 4)),                                   # Visa again (most common)
]


def luhn_digit(partial):
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:  # these get doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def make_card(brand_index):
    prefix_fn, length, groups = CARD_BRANDS[brand_index % len(CARD_BRANDS)]
    prefix = prefix_fn()
    body = prefix + dg(length - 1 - len(prefix))
    return body + luhn_digit(body), groups


BSN_WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2]


def make_bsn():
    while True:
        first = [rng.randint(1, 6)] + [rng.randint(0, 9) for _ in range(7)]
        last = sum(d * w for d, w in zip(first, BSN_WEIGHTS)) % 11
        if last < 10:
            return "".join(map(str, first + [last]))


def make_be_nn(birth, counter):
    base = f"{birth.year % 100:02d}{birth.month:02d}{birth.day:02d}{counter:03d}"
    n = int(base) + (2_000_000_000 if birth.year >= 2000 else 0)
    return base + f"{97 - n % 97:02d}"


def make_steuer_id():
    while True:
        pool = list(range(10))
        rng.shuffle(pool)
        nine = pool[:9]                      # one digit left out
        if rng.random() < 0.2:               # a digit three times (allowed since 2016), not adjacent
            body = nine[:8] + [nine[0], nine[0]]
        else:                                # a digit twice
            body = nine + [rng.choice(nine)]
        rng.shuffle(body)
        if body[0] == 0 or any(body[i] == body[i + 1] == body[i + 2] for i in range(8)):
            continue
        product = 10
        for d in body:
            s = (d + product) % 10 or 10
            product = (2 * s) % 11
        check = 11 - product
        if check == 10:
            check = 0
        return "".join(map(str, body)) + str(check)


NIR_DEPTS = ["75", "69", "13", "59", "33", "31", "44", "67", "06", "35", "2A", "2B", "99", "92", "93", "38"]


def make_nir(sex=None, yy=None, mm=None, dept=None):
    sex = sex or rng.choice("12")
    yy = yy if yy is not None else rng.randint(0, 99)
    mm = mm or rng.randint(1, 12)
    dept = dept or rng.choice(NIR_DEPTS)
    body = f"{sex}{yy:02d}{mm:02d}{dept}{rng.randint(1, 899):03d}{rng.randint(1, 999):03d}"
    number = int(body.replace("2A", "19").replace("2B", "18"))
    return body + f"{97 - number % 97:02d}"


NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NINO_BAD_PREFIXES = ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ", "CR", "FY", "MW", "NC", "OO"]


def make_nino():
    while True:
        prefix = rng.choice(NINO_FIRST) + rng.choice(NINO_SECOND)
        if prefix not in NINO_BAD_PREFIXES:
            return prefix + dg(6) + rng.choice("ABCD")


def make_ssn():
    area = rng.randint(1, 772)
    while area == 666:
        area = rng.randint(1, 772)
    return f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"


def make_bce():
    first8 = "0" + str(rng.randint(2, 9)) + dg(6)
    return first8 + f"{97 - int(first8) % 97:02d}"


def make_de_vat():
    body = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
    product = 10
    for d in body:
        s = (d + product) % 10 or 10
        product = (2 * s) % 11
    check = (11 - product) % 10
    return "".join(map(str, body)) + str(check)


def make_siren():
    first = rng.choice(["4", "7", "9", "82", "83", "84", "85"])   # no card-issuer-like prefix
    body = first + dg(8 - len(first))
    return body + luhn_digit(body)


def make_siret(siren):
    nic = dg(4)
    return siren + nic + luhn_digit(siren + nic)


# --------------------------------------------------------------------------------------------------------------
# ... and independent check functions (written differently on purpose)
# --------------------------------------------------------------------------------------------------------------

IBAN_SHAPE = {"NL": r"NL\d{2}[A-Z]{4}\d{10}", "BE": r"BE\d{14}", "DE": r"DE\d{20}", "FR": r"FR\d{12}[A-Z0-9]{11}\d{2}",
              "GB": r"GB\d{2}[A-Z]{4}\d{14}", "LU": r"LU\d{5}[A-Z0-9]{13}", "ES": r"ES\d{22}", "IT": r"IT\d{2}[A-Z]\d{10}[A-Z0-9]{12}",
              "AT": r"AT\d{18}", "CH": r"CH\d{7}[A-Z0-9]{12}", "IE": r"IE\d{2}[A-Z]{4}\d{14}"}
IBAN_LENGTH = {"NL": 18, "BE": 16, "DE": 22, "FR": 27, "GB": 22, "LU": 20, "ES": 24, "IT": 27, "AT": 20, "CH": 21,
               "IE": 22}
SPACES = " \u00a0\u2009\u202f"


def iban_valid(text):
    s = "".join(ch for ch in text if ch not in SPACES + "-").upper()
    if s[:2] not in IBAN_SHAPE or not re.fullmatch(IBAN_SHAPE[s[:2]], s):
        return False
    remainder = 0
    for ch in s[4:] + s[:4]:
        if ch.isdigit():
            remainder = (remainder * 10 + ord(ch) - 48) % 97
        else:
            remainder = (remainder * 100 + ord(ch) - 55) % 97
    return remainder == 1


def luhn_valid(digits):
    total = 0
    for pos, ch in enumerate(digits[::-1], start=1):
        d = int(ch)
        total += (d * 2 - 9 if d * 2 > 9 else d * 2) if pos % 2 == 0 else d
    return total % 10 == 0


def card_shape(d):
    """Issuer prefix and length plausibility; deliberately generous (used to reject accidental card numbers)."""
    n = len(d)
    if not 12 <= n <= 19:
        return False
    p2, p3, p4, p6 = int(d[:2]), int(d[:3]), int(d[:4]), int(d[:6])
    return any([
        d[0] == "4" and n in (13, 16, 18, 19),
        51 <= p2 <= 55 and n == 16,
        2221 <= p4 <= 2720 and n == 16,
        p2 in (34, 37) and n == 15,
        (p4 == 6011 or 644 <= p3 <= 649 or p2 == 65) and n in (16, 19),
        3528 <= p4 <= 3589 and n >= 16,
        (300 <= p3 <= 305 or p2 in (36, 38, 39)) and n in (14, 16, 19),
        p2 in (62, 81) and n >= 14,
        (p2 in (50, 56, 57, 58, 59, 63, 67) or 500000 <= p6 <= 508999 or d[0] == "6"),
        2200 <= p4 <= 2204 and n >= 16,
        p4 in (2131, 1800) and n >= 16,
    ])


def card_valid(d):
    return card_shape(d) and luhn_valid(d)


def bsn_valid(d):
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9 or not d.isdigit() or int(d) == 0:
        return False
    weighted = [int(c) * w for c, w in zip(d, (9, 8, 7, 6, 5, 4, 3, 2, -1))]
    return sum(weighted) % 11 == 0


def be_nn_valid(d):
    if len(d) != 11 or not d.isdigit():
        return False
    check = int(d[-2:])
    return any(97 - int(prefix + d[:9]) % 97 == check for prefix in ("", "2"))


def steuer_id_checksum_ok(d):
    if len(d) != 11 or not d.isdigit() or d[0] == "0":
        return False
    c = 5  # ISO 7064 MOD 11,10 over all eleven digits, as python-stdnum writes it
    for ch in d:
        c = (((c or 10) * 2) % 11 + int(ch)) % 10
    return c == 1


def steuer_id_valid(d):
    if not steuer_id_checksum_ok(d):
        return False
    counts = sorted(Counter(d[:10]).values(), reverse=True)
    return counts[0] in (2, 3) and all(x == 1 for x in counts[1:])


def nir_valid(text):
    s = "".join(ch for ch in text if ch not in SPACES).upper()
    if len(s) != 15 or s[0] not in "12":
        return False
    dept = s[5:7]
    head = s[:5] + {"2A": "19", "2B": "18"}.get(dept, dept) + s[7:13]
    if not head.isdigit() or not s[13:].isdigit():
        return False
    return (int(head) + int(s[13:])) % 97 == 0


def nir_checksum_any(d):
    return len(d) == 15 and d.isdigit() and (int(d[:13]) + int(d[13:])) % 97 == 0


NINO_RE = re.compile(r"^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def nino_valid(text):
    s = "".join(ch for ch in text if ch not in SPACES).upper()
    return bool(NINO_RE.match(s)) and s[:2] not in ("CR", "FY", "MW", "NC", "OO")


def ssn_valid(text):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", text)
    if not m:
        return False
    area, group, serial = m.groups()
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def bce_valid(d):
    return len(d) == 10 and (int(d[:8]) + int(d[8:])) % 97 == 0


def siret_valid(d):
    return len(d) == 14 and luhn_valid(d) and luhn_valid(d[:9])


def date_real(y, m, d):
    try:
        date(y, m, d)
        return True
    except ValueError:
        return False


# --------------------------------------------------------------------------------------------------------------
# Scanner: which checksum-valid identifiers does a note contain? (used to keep each note to one kind)
# --------------------------------------------------------------------------------------------------------------

RUN_RE = re.compile(r"\d+(?:[ .\-/\u00a0\u2009\u202f]\d+)*")
RUN_SPLIT = re.compile(r"[ .\-/\u00a0\u2009\u202f]")
NINO_SCAN = re.compile(r"(?<![A-Z0-9])([A-Z]{2}[ \u00a0\u2009\u202f]?\d{2}[ \u00a0\u2009\u202f]?\d{2}"
                       r"[ \u00a0\u2009\u202f]?\d{2}[ \u00a0\u2009\u202f]?[A-Z])(?![A-Z0-9])")
SSN_SCAN = re.compile(r"(?<![\d-])(\d{3}[- ]\d{2}[- ]\d{4})(?![\d-])")
EMAIL_SCAN = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


def scan(note):
    found = set()
    for m in RUN_RE.finditer(note):
        groups = RUN_SPLIT.split(m.group())
        for i in range(len(groups)):
            acc = ""
            for j in range(i, len(groups)):
                acc += groups[j]
                n = len(acc)
                if n == 9 and bsn_valid(acc):
                    found.add("bsn")
                if n == 8 and i == j and bsn_valid(acc):
                    found.add("bsn")
                if n == 11 and be_nn_valid(acc):
                    found.add("be_national_number")
                if n == 11 and steuer_id_checksum_ok(acc):
                    found.add("steuer_id")
                if n == 15 and nir_checksum_any(acc):
                    found.add("nir")
                if card_valid(acc):
                    found.add("card")
    upper = note.upper()
    for m in re.finditer(r"(?<![A-Z])([A-Z]{2})(?=\d{2})", upper):
        cc = m.group(1)
        if cc not in IBAN_LENGTH:
            continue
        chars = []
        for ch in upper[m.start():]:
            if ch.isalnum():
                chars.append(ch)
            elif ch in SPACES:
                continue
            else:
                break
            if len(chars) >= 34:
                break
        candidate = "".join(chars)[:IBAN_LENGTH[cc]]
        if iban_valid(candidate):
            found.add("iban")
    for m in NINO_SCAN.finditer(upper):
        if nino_valid(m.group(1)):
            found.add("nino")
    for m in SSN_SCAN.finditer(note):
        if ssn_valid(m.group(1)):
            found.add("ssn")
    return found


def personal_emails(note):
    out = []
    for m in EMAIL_SCAN.finditer(note):
        local = m.group().split("@")[0].lower()
        if local not in ALL_ROLE_LOCALS:
            out.append(m.group().lower())
    return out


BIRTH_CONTEXT = re.compile(
    r"(\bD\.?O\.?B\b|\bborn\b|date of birth|\bbirth|\bgeb\.|geboren|geboorte|\bnée?\b|naiss|\bDDN\b|Geburt|°|\(\*)"
    r".{0,20}?(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}(er)?\.? ?[A-Za-zéûä]{3,9}\.? \d{4})",
    re.IGNORECASE)

# --------------------------------------------------------------------------------------------------------------
# Lazily filled context for templates
# --------------------------------------------------------------------------------------------------------------


def fmt_amount(lang):
    value = rng.choice([rng.randint(100, 9999), rng.randint(1000, 250000), rng.randint(10000, 2500000)]) / 100
    whole, cents = f"{value:.2f}".split(".")
    grouped = f"{int(whole):,}"
    if lang == "en":
        return rng.choice(["€{g}.{c}", "£{g}.{c}", "${g}.{c}", "EUR {g}.{c}", "GBP {g}.{c}"]).format(g=grouped, c=cents)
    if lang == "nl":
        g = grouped.replace(",", ".")
        return rng.choice(["€ {g},{c}", "EUR {g},{c}", "€{g},{c}", "{g},{c} EUR"]).format(g=g, c=cents)
    if lang == "de":
        g = grouped.replace(",", ".")
        return rng.choice(["{g},{c} €", "{g},{c} EUR", "EUR {g},{c}", "{g},{c}€"]).format(g=g, c=cents)
    sep = rng.choice([" ", NBSP, NNBSP])
    g = grouped.replace(",", sep)
    return rng.choice(["{g},{c} €", "{g},{c} EUR", "{g},{c} € TTC", "{g},{c} € HT"]).format(g=g, c=cents)


def random_day(start_year, end_year, early_day_bias=0.0):
    y = rng.randint(start_year, end_year)
    m = rng.randint(1, 12)
    if rng.random() < early_day_bias:
        d = rng.randint(1, 9)
    else:
        d = rng.randint(1, 28)
    return date(y, m, d)


def fmt_datetime(lang):
    """A date with a time (never a birth date): appointment, timestamp, header."""
    day = random_day(2025, 2026, early_day_bias=0.7)
    hh, mm = rng.randint(7, 19), rng.choice([0, 5, 7, 12, 15, 20, 30, 41, 45, 50])
    t = f"{hh:02d}:{mm:02d}"
    wd = WEEKDAYS[lang][day.weekday()]
    d, m, y = day.day, day.month, day.year
    options = {
        "en": [f"{d:02d}/{m:02d}/{y} {t}", f"{y}-{m:02d}-{d:02d} {t}", f"{d} {MON3['en'][m-1]} {y}, {t}",
               f"{wd}, {d} {MON3['en'][m-1]} {y} {t}", f"{m:02d}/{d:02d}/{y} {hh % 12 or 12}:{mm:02d} {'AM' if hh < 12 else 'PM'}"],
        "nl": [f"{d:02d}-{m:02d}-{y} {t}", f"{d} {MON3['nl'][m-1]} {y} {t}", f"{wd} {d:02d}-{m:02d}-{y} om {t}",
               f"{d:02d}/{m:02d}/{y} {hh:02d}u{mm:02d}", f"{d:02d}.{m:02d}.{y} {t}"],
        "de": [f"{d:02d}.{m:02d}.{y} {t}", f"{wd}, {d:02d}.{m:02d}.{y}, {t} Uhr", f"{d}. {MONTHS['de'][m-1]} {y} um {t}",
               f"{d:02d}.{m:02d}.{y % 100:02d} {t}"],
        "fr": [f"{d:02d}/{m:02d}/{y} {t}", f"{d:02d}/{m:02d}/{y} à {hh}h{mm:02d}", f"{wd} {d} {MON3['fr'][m-1]} {y} {t}",
               f"{d} {MONTHS['fr'][m-1]} {y} à {hh:02d}h{mm:02d}"],
    }
    return rng.choice(options[lang])


def fmt_plain_date(lang):
    day = random_day(2026, 2026, early_day_bias=0.5)
    d, m, y = day.day, day.month, day.year
    options = {
        "en": [f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['en'][m-1]}", f"{y}-{m:02d}-{d:02d}", f"{MON3['en'][m-1]} {d}"],
        "nl": [f"{d:02d}-{m:02d}-{y}", f"{d} {MONTHS['nl'][m-1]}", f"{d}/{m}"],
        "de": [f"{d:02d}.{m:02d}.{y}", f"{d}. {MONTHS['de'][m-1]}", f"{d:02d}.{m:02d}."],
        "fr": [f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['fr'][m-1]}", f"{d:02d}/{m:02d}"],
    }
    return rng.choice(options[lang])


def fmt_founding(lang):
    """A date in a birth-date-like shape that belongs to a company."""
    day = random_day(1952, 2012, early_day_bias=0.4)
    d, m, y = day.day, day.month, day.year
    options = {
        "en": [f"{d:02d}-{MON3['en'][m-1].upper()}-{y}", f"{d} {MONTHS['en'][m-1]} {y}", f"{d:02d}/{m:02d}/{y}"],
        "nl": [f"{d} {MON3['nl'][m-1]} {y}", f"{d:02d}-{m:02d}-{y}", f"{d} {MONTHS['nl'][m-1]} {y}"],
        "de": [f"{d}. {MONTHS['de'][m-1]} {y}", f"{d:02d}.{m:02d}.{y}"],
        "fr": [f"{'1er' if d == 1 else d} {MONTHS['fr'][m-1]} {y}", f"{d:02d}/{m:02d}/{y}"],
    }
    return rng.choice(options[lang])


def fmt_order():
    return rng.choice([f"SO-2026-{dg(5)}", f"PO-{dg1(6)}", f"4500{dg(6)}", f"#{dg1(7)}", f"ORD-{dg1(5)}-{rng.choice('ABCDEFGH')}{rng.choice('KLMNPQRS')}",
                       f"B2B-{dg1(6)}", f"CMD-{dg1(6)}", f"{dg1(4)}/{dg(2)}"])


def fmt_invoice():
    return rng.choice([f"INV-2026-{dg(5)}", f"F2026-{dg(5)}", f"RE-{dg1(6)}", f"FAC-{dg1(6)}", f"2026/{dg(4)}",
                       f"VF{dg1(7)}", f"INV{dg1(6)}"])


def fmt_tracking():
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return rng.choice([
        f"1Z{''.join(rng.choice(letters + '0123456789') for _ in range(6))}{dg(10)}",
        f"1Z {dg(3)} {rng.choice(letters)}{rng.choice(letters)}{dg(1)} {dg(2)} {dg(4)} {dg(4)}",
        f"3S{''.join(rng.choice(letters) for _ in range(4))}{dg(7)}",
        f"JJD{dg(18)}",
        f"6A{dg(11)}",
        f"CB{dg(9)}FR",
        f"RR{dg(9)}DE",
    ])


def fmt_ticket():
    return rng.choice([f"#{dg1(6)}", f"INC{dg(7)}", f"CS-{dg1(5)}", f"T{dg1(6)}", f"SR-{dg1(5)}"])


def phone_part_code(lang):
    """A part/product code that has the shape of a phone number."""
    shapes = {
        "en": [lambda: f"0{dg1(3)} {dg(3)} {dg(4)}", lambda: f"{rng.randint(2, 9)}{dg(2)}-{dg1(3)}-{dg(4)}",
               lambda: f"07{dg(3)} {dg(6)}", lambda: f"0{dg1(2)} {dg(4)} {dg(4)}"],
        "nl": [lambda: f"06-{dg1(8)}", lambda: f"0{dg1(2)}-{dg1(7)}", lambda: f"06 {dg1(4)} {dg(4)}",
               lambda: f"0{dg1(3)}-{dg(2)} {dg(2)} {dg(2)}"],
        "de": [lambda: f"01{rng.choice('567')}{dg(1)} {dg1(7)}", lambda: f"0{dg1(2)} {dg1(7)}",
               lambda: f"0{dg1(3)}/{dg1(6)}", lambda: f"01{rng.choice('567')}{dg(1)}-{dg(4)} {dg(4)}"],
        "fr": [lambda: f"0{rng.randint(1, 7)} {dg(2)} {dg(2)} {dg(2)} {dg(2)}",
               lambda: f"0{rng.randint(1, 7)}.{dg(2)}.{dg(2)}.{dg(2)}.{dg(2)}", lambda: f"0{rng.randint(1, 7)}{dg(8)}"],
    }
    return rng.choice(shapes[lang])()


def role_address(lang):
    return f"{rng.choice(ROLE_LOCALS[lang])}@{rng.choice(DOMAINS)}"


class Ctx(dict):
    """Template values, made on first use (so unused ones cost no randomness)."""

    def __init__(self, lang):
        super().__init__()
        self.lang = lang
        self["L"] = LB

    def _person(self, gender):
        females, males, lasts = PEOPLE[self.lang]
        return rng.choice(females if gender == "f" else males), rng.choice(lasts)

    def __missing__(self, key):
        lang = self.lang
        females, males, lasts = PEOPLE[lang]
        if key in ("f", "l", "n", "g"):
            g = rng.choice("fm")
            first, last = self._person(g)
            self.update(f=first, l=last, n=f"{first} {last}", g=g)
            return self[key]
        if key in ("ff", "nf"):
            first, last = self._person("f")
            self.update(ff=first, nf=f"{first} {last}")
            return self[key]
        if key in ("fm", "nm"):
            first, last = self._person("m")
            self.update(fm=first, nm=f"{first} {last}")
            return self[key]
        makers = {
            "l2": lambda: rng.choice([x for x in lasts if x != self.get("l")]),
            "ag": lambda: rng.choice(females + males),
            "agl": lambda: rng.choice(lasts),
            "n2": lambda: f"{rng.choice(females + males)} {rng.choice(lasts)}",
            "co": lambda: rng.choice(COMPANIES[lang]),
            "ord": fmt_order,
            "inv": fmt_invoice,
            "trk": fmt_tracking,
            "tk": fmt_ticket,
            "amt": lambda: fmt_amount(lang),
            "dt": lambda: fmt_datetime(lang),
            "date": lambda: fmt_plain_date(lang),
            "fdate": lambda: fmt_founding(lang),
            "year": lambda: str(rng.randint(1998, 2024)),
            "hn": lambda: str(rng.randint(1, 140)),
            "lot": lambda: f"L{dg1(4)}-{dg(2)}",
            "cn": lambda: dg1(5),
            "qty": lambda: str(rng.choice([2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 24, 25, 30, 40, 48, 50, 60, 100])),
            "exp": lambda: f"{rng.randint(1, 12):02d}/{rng.randint(27, 31)}",
            "role": lambda: role_address(lang),
            "role2": lambda: role_address(lang),
            "part": lambda: phone_part_code(lang),
            "bce": lambda: (lambda b: f"{b[:4]}.{b[4:7]}.{b[7:]}")(make_bce()),
            "bce_c": make_bce,
            "duns": lambda: rng.choice([lambda d: f"{d[:2]}-{d[2:5]}-{d[5:]}", lambda d: d])(dg1(9)),
            "kvk": lambda: rng.choice([lambda d: f"{d[:4]} {d[4:]}", lambda d: d])(dg1(8)),
            "vat_nl": lambda: rng.choice([lambda d: f"NL {d[:3]} {d[3:6]} {d[6:]} B01", lambda d: f"NL{d}B01",
                                          lambda d: f"NL {d}.B02"])(dg1(9)),
            "vat_de": lambda: (lambda d: rng.choice([f"DE {d[:3]} {d[3:6]} {d[6:]}", f"DE{d}"]))(make_de_vat()),
            "vat_gb": lambda: f"GB {dg1(3)} {dg(4)} {dg(2)}",
            "crn": lambda: "0" + dg1(7),
            "hrb": lambda: rng.choice([f"HRB {dg1(5)} B, Amtsgericht Charlottenburg", f"HRB {dg1(5)}, AG Köln",
                                       f"HRA {dg1(4)}, Amtsgericht Hamburg"]),
            "ein": lambda: f"{rng.choice(['12', '20', '26', '27', '45', '46', '47', '81', '82', '84', '86', '88'])}-{dg1(7)}",
            "siren": lambda: (lambda s: f"{s[:3]} {s[3:6]} {s[6:]}")(make_siren()),
            "siret": lambda: (lambda s: rng.choice([f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}", s]))(make_siret(make_siren())),
            "vat_fr": lambda: (lambda s: f"FR {(12 + 3 * (int(s) % 97)) % 97:02d} {s[:3]} {s[3:6]} {s[6:]}")(make_siren()),
            "bad_iban": lambda: bad_iban(lang),
            "bad_bsn": bad_bsn,
            "bad_nn": bad_be_nn,
            "bad_card": bad_card,
            "bad_steuer": bad_steuer_id,
            "bad_nir": bad_nir,
            "bad_nino": bad_nino,
            "bad_ssn": bad_ssn,
        }
        if key not in makers:
            raise KeyError(key)
        value = makers[key]()
        self[key] = value
        return value


# --------------------------------------------------------------------------------------------------------------
# Invalid identifiers for clean notes (each checked to fail)
# --------------------------------------------------------------------------------------------------------------

CHECKED = []  # (kind, value, expected_valid) — re-validated at the end


def bad_iban(lang):
    country = {"en": "GB", "nl": rng.choice(["NL", "BE"]), "de": "DE", "fr": "FR"}[lang]
    good = make_iban(country, bban_for(country))
    pos = rng.randint(5, len(good) - 1)
    while not good[pos].isdigit():
        pos = rng.randint(5, len(good) - 1)
    bad = good[:pos] + str((int(good[pos]) + rng.randint(1, 9)) % 10) + good[pos + 1:]
    CHECKED.append(("iban", bad, False))
    return " ".join(bad[i:i + 4] for i in range(0, len(bad), 4)) if rng.random() < 0.6 else bad


def bad_bsn():
    good = make_bsn()
    bad = good[:8] + str((int(good[8]) + rng.randint(1, 9)) % 10)
    CHECKED.append(("bsn", bad, False))
    return rng.choice([bad, f"{bad[:4]}.{bad[4:6]}.{bad[6:]}", f"{bad[:3]} {bad[3:6]} {bad[6:]}"])


def bad_be_nn():
    birth = random_day(1945, 2005)
    good = make_be_nn(birth, rng.randint(1, 997))
    while True:
        bad = good[:9] + f"{rng.randint(1, 97):02d}"
        if not be_nn_valid(bad):
            break
    CHECKED.append(("be_national_number", bad, False))
    return rng.choice([f"{bad[:2]}.{bad[2:4]}.{bad[4:6]}-{bad[6:9]}.{bad[9:]}", f"{bad[:6]}-{bad[6:9]}-{bad[9:]}", bad])


def bad_card():
    number, groups = make_card(rng.randint(0, 7))
    bad = number[:-1] + str((int(number[-1]) + rng.randint(1, 9)) % 10)
    CHECKED.append(("card", bad, False))
    sep = rng.choice([" ", "-", ""])
    return sep.join(chunks(bad, groups))


def bad_steuer_id():
    good = make_steuer_id()
    bad = good[:10] + str((int(good[10]) + rng.randint(1, 9)) % 10)
    CHECKED.append(("steuer_id", bad, False))
    return rng.choice([f"{bad[:2]} {bad[2:5]} {bad[5:8]} {bad[8:]}", bad])


def bad_nir():
    good = make_nir(dept=rng.choice(["75", "69", "13", "33", "59"]))
    key = (int(good[13:]) + rng.randint(1, 90)) % 97 or 1
    bad = good[:13] + f"{key:02d}"
    CHECKED.append(("nir", bad, False))
    return " ".join(chunks(bad, (1, 2, 2, 2, 3, 3, 2))) if rng.random() < 0.6 else bad


def bad_nino():
    prefix = rng.choice(["QQ", "BG", "GB", "NK", "TN", "ZZ", "DA", "FE", "AO", "IV", "UA", "VB", "AQ"])
    suffix = rng.choice("ABCD")
    if rng.random() < 0.25:
        prefix, suffix = rng.choice(["AB", "CE", "JK", "WR"]), rng.choice("EFXZ")
    bad = prefix + dg(6) + suffix
    CHECKED.append(("nino", bad, False))
    return rng.choice([" ".join(chunks(bad, (2, 2, 2, 2, 1))), bad])


def bad_ssn():
    area, group, serial = make_ssn()
    kind = rng.randint(0, 3)
    if kind == 0:
        area = "666"
    elif kind == 1:
        area = "000"
    elif kind == 2:
        group = "00"
    else:
        serial = "0000"
    bad = f"{area}-{group}-{serial}"
    CHECKED.append(("ssn", bad, False))
    return bad


# --------------------------------------------------------------------------------------------------------------
# Planted values for positives: (display string, raw value for re-validation)
# --------------------------------------------------------------------------------------------------------------

COUNTERS = Counter()


def cycle(key, n):
    i = COUNTERS[key]
    COUNTERS[key] += 1
    return i % n


def value_email(ctx, i):
    f, l = fold(ctx["f"]).lower().replace(" ", ""), fold(ctx["l"]).lower().replace(" ", "")
    local = [f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}", f"{f}_{l}", f"{f}.{l}+crm", f"{l}.{f}{dg1(2)}", f"{f}-{l}",
             f"{f[0]}{l}"][cycle("email-local", 8)]
    domain = ["example.com", "example.org", "example.net", "mail.example.com", "home.example.net",
              "post.example.org"][cycle("email-domain", 6)]
    addr = f"{local}@{domain}"
    if cycle("email-case", 7) == 3:
        addr = addr.upper()
    elif cycle("email-case2", 5) == 1:
        addr = addr[0].upper() + addr[1:]
    return addr, addr


PHONE_COUNTRIES = {
    "en": ["uk", "us", "uk", "us", "uk", "us", "nl", "uk", "us", "de"],
    "nl": ["nl", "nl", "be", "nl", "be", "nl", "be", "nl", "de", "nl"],
    "de": ["de", "de", "de", "de", "de", "de", "de", "nl", "de", "uk"],
    "fr": ["fr", "fr", "be", "fr", "fr", "be", "fr", "fr", "uk", "fr"],
}


def phone_number(country):
    k = cycle("phone-" + country, 97)
    if country == "nl":
        sub = str(rng.randint(1, 5)) + dg(7)
        area = rng.choice(["10", "20", "30", "40", "50", "70", "13", "15", "23", "24", "26", "33", "35", "38", "43",
                           "45", "46", "53", "58", "71", "72", "73", "76", "77", "79"])
        land = dg1(7)
        forms = [f"06-{sub}", f"06 {sub[:4]} {sub[4:]}", f"06 {sub[:2]} {sub[2:4]} {sub[4:6]} {sub[6:]}",
                 f"+31 6 {sub[:4]} {sub[4:]}", f"+31 (0)6 {sub}", f"0031 6 {sub}", f"+316{sub}",
                 f"0{area}-{land[:3]} {land[3:]}", f"+31 {area} {land[:3]} {land[3:]}", f"(0{area}) {land}"]
    elif country == "be":
        m = str(rng.randint(70, 99)) + dg(6)
        zone, rest = rng.choice([("2", dg1(7)), ("3", dg1(7)), ("9", dg1(7)), ("4", dg1(7)), ("50", dg1(6)),
                                 ("16", dg1(6))])
        r = rest
        forms = [f"04{m[:2]} {m[2:4]} {m[4:6]} {m[6:]}", f"+32 4{m[:2]} {m[2:4]} {m[4:6]} {m[6:]}",
                 f"04{m[:2]}/{m[2:4]}.{m[4:6]}.{m[6:]}", f"0032 4{m[:2]} {m[2:5]} {m[5:]}", f"+324{m}",
                 f"0{zone} {r[:-4]} {r[-4:-2]} {r[-2:]}", f"+32 {zone} {r[:-4]} {r[-4:-2]} {r[-2:]}",
                 f"0{zone}/{r[:-4]}.{r[-4:-2]}.{r[-2:]}"]
    elif country == "de":
        pre = rng.choice(["151", "152", "157", "160", "162", "170", "171", "172", "175", "176", "177", "178", "179"])
        sub = dg1(8 if pre.startswith("15") else rng.choice([7, 8]))
        city, local = rng.choice([("30", dg1(8)), ("40", dg1(7)), ("89", dg1(7)), ("221", dg1(6)), ("69", dg1(7)),
                                  ("711", dg1(6)), ("341", dg1(6)), ("511", dg1(6))])
        forms = [f"0{pre} {sub}", f"0{pre}-{sub[:4]} {sub[4:]}", f"+49 {pre} {sub}", f"+49 (0){pre} {sub}",
                 f"0049 {pre} {sub}", f"0{pre}/{sub}", f"0{city} {local}", f"+49 {city} {local}",
                 f"0{city}/{local[:-2]}-{local[-2:]}", f"+49 (0){city} {local}"]
    elif country == "fr":
        mob = rng.choice(["6" + dg1(8), "7" + str(rng.randint(3, 9)) + dg(7)])   # national significant number
        land = rng.choice("12345") + dg1(8)

        def pairs(x, sep=" "):
            return sep.join(x[i:i + 2] for i in range(1, 9, 2))
        forms = [f"0{mob[0]} {pairs(mob)}", f"+33 {mob[0]} {pairs(mob)}", f"+33 (0){mob[0]} {pairs(mob)}",
                 f"0{mob[0]}.{pairs(mob, '.')}", f"0{mob}", f"0033 {mob[0]} {pairs(mob)}",
                 f"0{land[0]} {pairs(land)}", f"+33 {land[0]} {pairs(land)}", f"0{land[0]}-{pairs(land, '-')}"]
    elif country == "uk":
        three = f"{rng.randint(0, 999):03d}"
        forms = [f"07700 900{three}", f"+44 7700 900{three}", f"+44 (0)7700 900 {three}", f"07700900{three}",
                 f"020 7946 0{three}", f"+44 20 7946 0{three}", f"0113 496 0{three}", f"0161 496 0{three}",
                 f"+44 161 496 0{three}", f"(0117) 496 0{three}"]
    elif country == "us":
        area = rng.choice(["212", "312", "415", "617", "202", "206", "303", "512", "646", "713"])
        last = f"01{rng.randint(0, 99):02d}"
        forms = [f"({area}) 555-{last}", f"+1 {area}-555-{last}", f"{area}.555.{last}", f"+1 ({area}) 555-{last}",
                 f"1-{area}-555-{last}", f"{area}-555-{last}", f"+1 {area} 555 {last}"]
    else:
        raise ValueError(country)
    return forms[k % len(forms)]


def value_phone(ctx, i):
    country = PHONE_COUNTRIES[ctx.lang][i % 10]
    p = phone_number(country)
    return p, p


def value_iban(ctx, i):
    country = {"en": ["GB", "NL", "GB", "BE", "GB", "DE", "GB", "FR", "NL", "GB"],
               "nl": ["NL", "NL", "BE", "NL", "BE", "NL", "NL", "BE", "DE", "NL"],
               "de": ["DE", "DE", "DE", "DE", "DE", "NL", "DE", "DE", "LU", "DE"],
               "fr": ["FR", "FR", "BE", "FR", "FR", "LU", "FR", "BE", "FR", "FR"]}[ctx.lang][i % 10]
    raw = make_iban(country, bban_for(country))
    style = cycle("iban-style", 5)
    if style == 0:
        shown = " ".join(raw[j:j + 4] for j in range(0, len(raw), 4))
    elif style == 1:
        shown = raw
    elif style == 2:
        shown = raw.lower()
    elif style == 3:
        shown = " ".join(raw[j:j + 4] for j in range(0, len(raw), 4)).lower()
    else:
        shown = raw[:4] + " " + raw[4:]
    return shown, raw


def value_card(ctx, i):
    raw, groups = make_card(cycle("card-brand", 8))
    style = cycle("card-style", 5)
    sep = [" ", ".", "-", "", "."][style]
    return sep.join(chunks(raw, groups)), raw


def value_bsn(ctx, i):
    raw = make_bsn()
    style = cycle("bsn-style", 4)
    return [raw, f"{raw[:4]}.{raw[4:6]}.{raw[6:]}", f"{raw[:3]} {raw[3:6]} {raw[6:]}", f"{raw[:3]}.{raw[3:6]}.{raw[6:]}"][style], raw


def value_be_nn(ctx, i):
    k = cycle("be-nn-year", 4)
    birth = random_day(2000, 2007) if k == 0 else random_day(1940, 1999)
    raw = make_be_nn(birth, rng.randint(1, 997))
    style = cycle("be-nn-style", 5)
    shown = [f"{raw[:2]}.{raw[2:4]}.{raw[4:6]}-{raw[6:9]}.{raw[9:]}", f"{raw[:6]}-{raw[6:9]}-{raw[9:]}", raw,
             f"{raw[:6]} {raw[6:9]} {raw[9:]}", f"{raw[:2]}{raw[2:4]}{raw[4:6]}-{raw[6:9]}.{raw[9:]}"][style]
    if birth.year >= 2000:
        assert not be_nn_valid_without_2000_rule(raw)
    return shown, raw


def be_nn_valid_without_2000_rule(d):
    return 97 - int(d[:9]) % 97 == int(d[9:])


def value_steuer_id(ctx, i):
    raw = make_steuer_id()
    style = cycle("steuer-style", 3)
    return [f"{raw[:2]} {raw[2:5]} {raw[5:8]} {raw[8:]}", raw, f"{raw[:2]}{NBSP}{raw[2:5]}{NBSP}{raw[5:8]}{NBSP}{raw[8:]}"][style], raw


def value_nir(ctx, i):
    style = cycle("nir-style", 6)
    dept = rng.choice(["2A", "2B"]) if cycle("nir-corse", 7) == 2 else rng.choice([d for d in NIR_DEPTS if d[0] != "2" or d[1].isdigit()])
    raw = make_nir(dept=dept)
    parts = chunks(raw, (1, 2, 2, 2, 3, 3, 2))
    shown = [" ".join(parts), NBSP.join(parts), THIN.join(parts), NNBSP.join(parts), raw,
             " ".join(parts[:6]) + NBSP + parts[6]][style]
    return shown, raw


def value_nino(ctx, i):
    raw = make_nino()
    style = cycle("nino-style", 6)
    parts = chunks(raw, (2, 2, 2, 2, 1))
    shown = [" ".join(parts), raw, NBSP.join(parts), THIN.join(parts), NNBSP.join(parts), " ".join(parts).lower()][style]
    return shown, raw


def value_ssn(ctx, i):
    a, g, s = make_ssn()
    style = cycle("ssn-style", 4)
    return [f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}", f"{a}-{g}-{s}"][style], f"{a}{g}{s}"


def birth_format(kind, lang, b):
    d, m, y = b.day, b.month, b.year
    if kind == "dmy_slash":
        return f"{d:02d}/{m:02d}/{y}"
    if kind == "mdy_slash":
        return f"{m:02d}/{d:02d}/{y}"
    if kind == "dmy_dash":
        return f"{d:02d}-{m:02d}-{y}"
    if kind == "dmy_dot":
        return f"{d:02d}.{m:02d}.{y}"
    if kind == "dmy_dot_short":
        return f"{d}.{m}.{y}"
    if kind == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if kind == "dd_MON_yyyy":
        return f"{d:02d}-{MON3['en'][m-1].upper()}-{y}"
    if kind == "d_month_yyyy":
        if lang == "fr" and d == 1:
            return f"1er {MONTHS['fr'][m-1]} {y}"
        return f"{d} {MONTHS[lang][m-1]} {y}"
    if kind == "d_mon_yyyy":
        return f"{d} {MON3[lang][m-1]} {y}"
    if kind == "month_d_yyyy":
        return f"{MONTHS['en'][m-1]} {d}, {y}"
    if kind == "d_dot_month_yyyy":
        return f"{d}. {MONTHS['de'][m-1]} {y}"
    raise ValueError(kind)


def value_birth(ctx, i, fmt):
    b = random_day(1938, 2006, early_day_bias=0.35)
    shown = birth_format(fmt, ctx.lang, b)
    return shown, b.isoformat()


# --------------------------------------------------------------------------------------------------------------
# Templates for identifiers. {v} is the planted value. Birth-date templates carry their date format.
# --------------------------------------------------------------------------------------------------------------

T = {}

T["email"] = {
    "en": [
        "From: {n} <{v}>{L}Sent: {dt}{L}Subject: RE: quote {ord}{L}{L}Hi {ag}, pls use my private address from now on, the work one filters everything",
        "Customer asked to move all invoices to her personal inbox {v} - updated in CRM, old addr bounced",
        "<p>Contact: {n}<br>E-mail: <a href=\"mailto:{v}\">{v}</a></p>",
        "cc'd {v} (his private one, not the company adress) on the renewal for {ord}",
        "Agent: Which address should the receipt go to?{L}Caller: {v}, all lower case{L}Agent: Got it, sent.",
        "{n} = new billing contact, reach via {v}. Invoices to billing@example.com stay as is",
        "newsletter bounce - typo in record, corrected to {v}.",
        "REPLY TO {v} ONLY PLS, {f} IS OFF THE SHARED MAILBOX UNTIL {date}",
    ],
    "nl": [
        "Van: {n} <{v}>{L}Verzonden: {dt}{L}Onderwerp: Re: offerte {ord}{L}{L}Graag voortaan naar mijn privé-adres mailen, groetjes",
        "Klant wil factuur op privé mail: {v} (niet meer naar facturen@example.net)",
        "Agent: Op welk e-mailadres wilt u de bevestiging?{L}Klant: {v}{L}Agent: Top, is verstuurd.",
        "mailadres aangepast -> {v} ivm nieuwe baan, oude adres werkt niet meer",
        "<div>Contactpersoon {n}<br/>mail: {v}</div>",
        "Stuur de brochure naar {v}, ze leest haar werkmail bijna nooit",
        "{f} mailt voortaan vanaf {v} - pls update in Salesforce",
    ],
    "de": [
        "Von: {n} <{v}>{L}Gesendet: {dt}{L}Betreff: AW: Angebot {ord}{L}{L}Bitte künftig an meine private Adresse schreiben.",
        "Kunde möchte Rechnungen nicht mehr an rechnung@example.com, sondern privat an {v}",
        "E-Mail privat: {v} - nur für Rückfragen zur Reklamation {tk}",
        "Agent: Wohin sollen wir die Bestätigung schicken?{L}Kunde: An {v}, alles klein.{L}Agent: Erledigt.",
        "<p>Ansprechpartner: {n}<br>Mail: {v}</p>",
        "Mailadresse im CRM korrigiert (Tippfehler), neu: {v}",
        "bitte nur noch an {v} antworten, Firmenpostfach wird gelöscht",
    ],
    "fr": [
        "De : {n} <{v}>{L}Envoyé : {dt}{L}Objet : RE: devis {ord}{L}{L}Merci d'écrire désormais à mon adresse perso.",
        "Le client veut recevoir ses factures sur son mail perso {v} et plus sur factures@example.org",
        "Agent : À quelle adresse j'envoie le récap ?{L}Client : {v}{L}Agent : C'est noté.",
        "courriel perso : {v} (ne pas utiliser l'adresse du bureau)",
        "<p>Contact : {n}<br>Courriel : <a href=\"mailto:{v}\">{v}</a></p>",
        "Nouvelle adresse de {f} : {v}. L'ancienne part en erreur (bounce)",
        "merci de répondre uniquement à {v}, boîte partagée résiliée",
    ],
}

T["phone"] = {
    "en": [
        "Call back {n} on {v} after 4pm re: order {ord}",
        "Tel: {v}{L}2 pallets still missing from delivery {trk}",
        "Agent: Best number to reach you?{L}Caller: {v}, that's the best one.{L}Agent: Thanks, I'll ring tomorrow.",
        "{n} | Procurement Lead | {co}{L}T {v}",
        "left voicemail on {v} - no answer, try again Thu",
        "Customer's direct line changed to {v}{L}3 open tickets merged into {tk}",
        "WhatsApp {f} on {v} when the parcel ships. Klant spreekt ook Engels",
        "pls ring {f} back asap: {v}",
    ],
    "nl": [
        "Terugbellen {n} op {v} na 16u ivm bestelling {ord}",
        "tel. {v}{L}12 dozen retour gemeld",
        "Agent: Op welk nummer kan ik u bereiken?{L}Klant: {v}, dat is mijn eigen nummer.{L}Agent: Prima.",
        "Met vriendelijke groet,{L}{n}{L}Inkoop | {co}{L}T: {v}",
        "vm ingesproken op {v}, geen reactie. morgne nog eens proberen",
        "Nieuw nummer van {f}: {v}",
        "klant belt liever via {v}{L}3 facturen staan nog open",
        "bereikbaar op {v} (privé), niet via de receptie",
    ],
    "de": [
        "Rückruf an {n} unter {v} nach 16 Uhr wg. Auftrag {ord}",
        "Tel.: {v}{L}24 Stück fehlen noch in Lieferung {trk}",
        "Agent: Unter welcher Nummer erreiche ich Sie?{L}Kunde: {v}, da bin ich am besten erreichbar.{L}Agent: Danke.",
        "Mit freundlichen Grüßen{L}{n}{L}Einkauf | {co}{L}Tel. {v}",
        "AB besprochen ({v}), keine Rückmeldung",
        "Direktnr. von Herrn {l}: {v}{L}2. Mahnung geht raus, falls bis Freitag nix kommt",
        "Kundin bittet um Rückruf unter {v} - callback asap pls",
    ],
    "fr": [
        "Rappeler {n} au {v} après 16h pour la commande {ord}",
        "Tél : {v}{L}3 colis manquants sur la livraison {trk}",
        "Agent : À quel numéro puis-je vous joindre ?{L}Client : {v}, c'est mon numéro perso.{L}Agent : Parfait.",
        "Cordialement,{L}{n}{L}Responsable achats | {co}{L}Tél. {v}",
        "message laissé sur le répondeur ({v}), pas de retour",
        "Nouveau numéro de Mme {l} : {v}{L}1 relance envoyée",
        "le client préfère être rappelé au {v}",
    ],
}

T["iban"] = {
    "en": [
        "Refund of {amt} to be paid to {n}'s account {v}",
        "Customer read out his IBAN on the phone: {v} - double-checked",
        "Direct debit mandate signed, account {v}, first collection {date}",
        "Agent: And the IBAN for the refund?{L}Caller: {v}{L}Agent: Thanks, allow 5 working days.",
        "Sole trader ({n}) pays by SEPA DD from {v}",
        "<p>Bank details updated<br>IBAN: {v}<br>Holder: {n}</p>",
    ],
    "nl": [
        "Terugbetaling {amt} naar rekening {v} t.n.v. {n}",
        "Klant geeft nieuw rekeningnr door: {v}",
        "Machtiging getekend, IBAN {v}, eerste incasso {date}",
        "Agent: Mag ik uw IBAN voor de creditnota?{L}Klant: {v}{L}Agent: Staat erin.",
        "ZZP'er {n} betaalt via {v}",
        "rekeningnummer gewijzigd -> {v} (oude rekening opgeheven)",
    ],
    "de": [
        "Erstattung {amt} an {n}, IBAN {v}",
        "Kunde hat neue Bankverbindung durchgegeben: {v}",
        "SEPA-Lastschriftmandat unterschrieben, Konto {v}, erster Einzug {date}",
        "Agent: Für die Gutschrift brauche ich Ihre IBAN.{L}Kunde: {v}{L}Agent: Danke, notiert.",
        "Kontoinhaber: {n}{L}IBAN: {v}",
        "Bankverbindung geändert auf {v}, bitte ab sofort dorthin überweisen",
    ],
    "fr": [
        "Remboursement de {amt} sur le compte de {n} : {v}",
        "RIB reçu par courrier, IBAN {v}",
        "Mandat SEPA signé, IBAN {v}, premier prélèvement le {date}",
        "Agent : Pouvez-vous me donner votre IBAN ?{L}Client : {v}{L}Agent : Merci, c'est enregistré.",
        "Titulaire : {n}{L}IBAN : {v}",
        "Auto-entrepreneur {n}, paie par virement depuis {v}",
    ],
}

T["card"] = {
    "en": [
        "Paid {amt} by card {v} exp {exp}",
        "Caller read card no. {v} over the phone, told her not to do that again",
        "Agent: Card number please.{L}Customer: {v}{L}Agent: And the expiry?{L}Customer: {exp}",
        "Card on file changed to {v} - old one expired",
        "<p>Payment method: credit card<br>{v}</p>",
        "CARD {v} DECLINED TWICE, ASKED CUSTOMER TO CALL THEIR BANK",
    ],
    "nl": [
        "Betaald {amt} met creditcard {v} geldig t/m {exp}",
        "Klant gaf kaartnummer {v} telefonisch door",
        "Agent: Wat is het kaartnummer?{L}Klant: {v}{L}Agent: En de vervaldatum?{L}Klant: {exp}",
        "creditcard gewijzigd naar {v}",
        "betaling mislukt op kaart {v}, morgen opnieuw proberen",
    ],
    "de": [
        "Bezahlt {amt} mit Kreditkarte {v}, gültig bis {exp}",
        "Kunde hat Kartennummer {v} am Telefon durchgegeben",
        "Agent: Die Kartennummer bitte.{L}Kunde: {v}{L}Agent: Ablaufdatum?{L}Kunde: {exp}",
        "Zahlung mit Karte {v} abgelehnt, Kunde ruft Bank an",
        "Hinterlegte Karte geändert: {v}",
    ],
    "fr": [
        "Réglé {amt} par carte {v} exp. {exp}",
        "Le client m'a dicté son numéro de carte {v} au téléphone",
        "Agent : Numéro de carte ?{L}Client : {v}{L}Agent : Date d'expiration ?{L}Client : {exp}",
        "Carte bancaire refusée ({v}), le client contacte sa banque",
        "CB enregistrée : {v}",
    ],
}

T["bsn"] = {
    "en": [
        "BSN {v} checked against passport at the desk",
        "Dutch customer gave citizen service number (BSN) {v} for the payroll contract",
        "Agent: Can you confirm your BSN?{L}Caller: {v}{L}Agent: Thanks, matches our file.",
        "Burgerservicenummer: {v} - needed for the subsidy form",
        "Pls remove the BSN ({v}) from the attachment before forwarding",
    ],
    "nl": [
        "BSN {v} gecontroleerd bij de balie",
        "burgerservicenummer klant: {v}",
        "Agent: Mag ik uw BSN ter controle?{L}Klant: {v}{L}Agent: Dank u.",
        "sofinr {v} (oud formulier), doorzetten naar salarisadministratie",
        "BSN-nummer van mevr. {l} = {v}",
        "<p>BSN: {v}<br>Naam: {n}</p>",
    ],
    "de": [
        "Niederländische Kundin, BSN {v} (Bürgerservicenummer) für den Vertrag",
        "BSN laut Ausweiskopie: {v}",
        "Agent: Ihre BSN bitte.{L}Kunde: {v}{L}Agent: Danke.",
        "Grenzgänger {n}, burgerservicenummer {v}",
    ],
    "fr": [
        "Client néerlandais, BSN {v} (numéro de service citoyen)",
        "BSN du salarié : {v}",
        "Agent : Votre numéro BSN ?{L}Client : {v}",
        "Frontalier {n} - burgerservicenummer {v}",
    ],
}

T["be_national_number"] = {
    "en": [
        "Belgian national number {v} on the ID card copy",
        "Rijksregisternummer {v} needed for the lease contract of {n}",
        "Agent: Could you read me your national register number?{L}Caller: {v}",
        "NISS {v} (Belgian social security) for payroll",
        "National register no.: {v}",
    ],
    "nl": [
        "Rijksregisternummer {v} staat op de kopie van de eID",
        "RRN klant: {v}",
        "Agent: Mag ik uw rijksregisternummer?{L}Klant: {v}",
        "INSZ {v} voor de loonfiche",
        "rijksregisternr. van dhr. {l}: {v}",
    ],
    "de": [
        "Belgische Nationalnummer {v} laut Personalausweis",
        "Rijksregisternummer (BE) {v} für den Mietvertrag",
        "Agent: Ihre belgische Nationalregisternummer?{L}Kunde: {v}",
        "Nationalregisternr.: {v}",
    ],
    "fr": [
        "Numéro de registre national {v} sur la copie de la carte d'identité",
        "NISS : {v}",
        "Agent : Votre numéro national ?{L}Client : {v}",
        "N° national de Mme {l} : {v}",
        "numéro de registre national {v} pour la fiche de paie",
    ],
}

T["steuer_id"] = {
    "en": [
        "German tax ID (Steuer-ID) {v} for the invoice to {n}",
        "Steuerliche Identifikationsnummer: {v}",
        "Agent: and your German tax identification number?{L}Caller: {v}",
        "IdNr {v} - freelancer in Berlin",
    ],
    "nl": [
        "Duits fiscaal nummer (Steuer-ID) {v}",
        "Steuer-ID van {n}: {v}",
        "Agent: Wat is uw Duitse Steuer-ID?{L}Klant: {v}",
    ],
    "de": [
        "Steuer-ID {v}",
        "Steuerliche IdNr. des Kunden: {v}",
        "Agent: Ihre Steuer-Identifikationsnummer bitte.{L}Kunde: {v}",
        "Identifikationsnummer lt. Lohnsteuerbescheinigung: {v}",
        "St-IdNr {v} für Freiberufler-Rechnung",
    ],
    "fr": [
        "Numéro d'identification fiscale allemand (Steuer-ID) {v}",
        "Steuer-ID du client : {v}",
        "Agent : Votre Steuer-ID ?{L}Client : {v}",
    ],
}

T["nir"] = {
    "en": [
        "French social security number (NIR) {v} on the carte Vitale copy",
        "INSEE number {v} for the French payroll",
        "Agent: your numéro de sécu?{L}Caller: {v}",
    ],
    "nl": [
        "Frans sofinummer (NIR) {v}",
        "numéro de sécurité sociale van {n}: {v}",
        "Agent: Uw Franse NIR?{L}Klant: {v}",
    ],
    "de": [
        "Französische Sozialversicherungsnummer (NIR) {v}",
        "N° de sécu laut Carte Vitale: {v}",
        "Agent: Ihre französische Sozialversicherungsnummer?{L}Kundin: {v}",
    ],
    "fr": [
        "N° de sécurité sociale : {v}",
        "NIR {v} (copie carte Vitale)",
        "Agent : Votre numéro de sécu ?{L}Client : {v}",
        "numéro INSEE de Mme {l} : {v}",
        "n° SS {v} pour le dossier de paie",
    ],
}

T["nino"] = {
    "en": [
        "NI number {v} for payroll",
        "National Insurance no: {v}",
        "Agent: And your NI number?{L}Caller: {v}{L}Agent: Thanks.",
        "NINO {v} - new starter {n}",
        "P45 received, NI {v}",
    ],
    "nl": [
        "Brits National Insurance number {v}",
        "NINO van {n}: {v}",
        "Agent: Uw NI-nummer?{L}Klant: {v}",
    ],
    "de": [
        "Britische Sozialversicherungsnummer (NINO) {v}",
        "NI-Nummer: {v}",
        "Agent: Ihre National Insurance Number?{L}Kunde: {v}",
    ],
    "fr": [
        "National Insurance number britannique : {v}",
        "NINO du salarié : {v}",
        "Agent : Votre NI number ?{L}Client : {v}",
    ],
}

T["ssn"] = {
    "en": [
        "SSN {v} for the W-9",
        "Social Security number: {v}",
        "Agent: Last step, your social?{L}Caller: {v}{L}Agent: Verified.",
        "US contractor {n}, SSN {v}",
        "SOC SEC # {v}",
    ],
    "nl": [
        "Amerikaans social security number {v}",
        "SSN van {n}: {v}",
        "Agent: Uw SSN?{L}Klant: {v}",
    ],
    "de": [
        "US-Sozialversicherungsnummer (SSN) {v}",
        "SSN lt. W-9: {v}",
        "Agent: Ihre Social Security Number?{L}Kunde: {v}",
    ],
    "fr": [
        "Numéro de sécurité sociale américain (SSN) {v}",
        "SSN du consultant : {v}",
        "Agent : Votre SSN ?{L}Client : {v}",
    ],
}

BIRTH_T = {
    "en": [
        ("DOB {v} - verified against driving licence", "dmy_slash"),
        ("D.O.B.: {v}", "dd_MON_yyyy"),
        ("Customer {n}, date of birth {v}, wants the loyalty card", "iso"),
        ("Agent: Can I take your date of birth for security?{L}Caller: {v}{L}Agent: Thank you.", "d_month_yyyy"),
        ("{n} (born {v}) is the new account holder", "month_d_yyyy"),
        ("US applicant, DOB {v}", "mdy_slash"),
        ("Date of Birth........: {v}", "dd_MON_yyyy"),
        ("dob:{v}", "dmy_dot"),
        ("born {v}, per the passport copy", "d_month_yyyy"),
        ("DOB {v}", "dd_MON_yyyy"),
    ],
    "nl": [
        ("geboren op {v}", "d_mon_yyyy"),
        ("geb. {v}", "dmy_dash"),
        ("Geboortedatum: {v}", "dmy_slash"),
        ("{n} (° {v}) neemt het contract over", "dmy_dot"),
        ("Agent: Mag ik ter controle uw geboortedatum?{L}Klant: {v}{L}Agent: Klopt.", "d_month_yyyy"),
        ("geb.datum {v}", "iso"),
        ("{n}, geboren op {v}", "dmy_dash"),
        ("geboortedatum klant {v}", "d_mon_yyyy"),
    ],
    "de": [
        ("geb. {v}", "dmy_dot"),
        ("geb. am {v}", "d_dot_month_yyyy"),
        ("Geburtsdatum: {v}", "dmy_dot_short"),
        ("Herr {l} (* {v}) übernimmt den Vertrag", "dmy_dot"),
        ("Agent: Zur Verifizierung Ihr Geburtsdatum?{L}Kunde: {v}{L}Agent: Danke.", "d_dot_month_yyyy"),
        ("Kundin ist am {v} geboren", "d_dot_month_yyyy"),
        ("{n}, geb. am {v}", "dmy_dot"),
    ],
    "fr": [
        ("né le {v}", "d_month_yyyy"),
        ("née le {v}", "dmy_slash"),
        ("date de naiss. : {v}", "dmy_slash"),
        ("DDN {v}", "dmy_slash"),
        ("Agent : Votre date de naissance pour vérifier ?{L}Client : le {v}{L}Agent : Merci.", "d_month_yyyy"),
        ("Date de naissance : {v}", "iso"),
        ("{nm}, né le {v}", "d_month_yyyy"),
    ],
}

VALUE_MAKERS = {"email": value_email, "phone": value_phone, "iban": value_iban, "card": value_card, "bsn": value_bsn,
                "be_national_number": value_be_nn, "steuer_id": value_steuer_id, "nir": value_nir, "nino": value_nino,
                "ssn": value_ssn}

INDEPENDENT_CHECK = {
    "iban": iban_valid,
    "card": lambda v: card_valid(v),
    "bsn": bsn_valid,
    "be_national_number": be_nn_valid,
    "steuer_id": steuer_id_valid,
    "nir": nir_valid,
    "nino": nino_valid,
    "ssn": ssn_valid,
}

# --------------------------------------------------------------------------------------------------------------
# Special categories: each about a person (name, pronoun, "klant", "Kunde", a role)
# --------------------------------------------------------------------------------------------------------------

CATS = {
    "racial_or_ethnic_origin": {
        "en": [
            "{nf} mentioned she is of Moroccan descent and would rather talk in French",
            "Contact ({nm}) said his family is Kurdish - asked for the Kurdish-speaking rep if we have one",
            "Agent: Anything else?{L}Customer: Yes. As a Black woman I found your driver's remark racist.{L}Agent: I'm very sorry, I'll escalate this.",
            "Buyer {nm} is British-Pakistani (his words), runs the family wholesale business",
            "intake note: customer identifies as Romani, wants written confirmation of everything",
            "{nf} is of Afro-Caribbean heritage - irrelevant for the deal, pls remove from CRM",
        ],
        "nl": [
            "Klant is van Surinaamse afkomst, spreekt ook Sranantongo",
            "{nm} heeft een Turks-Nederlandse achtergrond, vertelde hij zelf",
            "mevr. {l} is van Marokkaanse komaf, liever contact via WhatsApp",
            "contactpersoon {nf} is Moluks, haar familie komt uit Ambon",
            "Agent: Kan ik nog iets voor u doen?{L}Klant: Ja, ik voel me gediscrimineerd omdat ik Antilliaans ben.{L}Agent: Dat spijt me, ik zet het door naar mijn teamleider.",
            "dhr. {l} is Koerdisch, vroeg om een Koerdischtalige collega",
        ],
        "de": [
            "Kundin {nf} ist türkischstämmig, Vertrag auf Wunsch auch auf Türkisch",
            "Herr {l} erwähnte, dass er Sinto ist - bitte nicht im CRM vermerken",
            "{nf} ist Deutsch-Ghanaerin und leitet seit März den Einkauf",
            "Kunde hat kurdische Wurzeln, Familie stammt aus Diyarbakır",
            "Agent: Kann ich sonst noch helfen?{L}Kunde: Ich bin Russlanddeutscher und spreche lieber Russisch.{L}Agent: Ich verbinde Sie mit einer Kollegin.",
            "Ansprechpartner {nm} ist Sorbe, legt Wert auf zweisprachige Unterlagen",
        ],
        "fr": [
            "La cliente {nf} est d'origine algérienne, préfère être appelée en fin de journée",
            "M. {l}, d'origine sénégalaise, gère la boutique avec son frère",
            "{nm} est d'origine vietnamienne, il préfère les échanges écrits",
            "Mme {l} est d'origine antillaise, cliente fidèle depuis longtemps",
            "Le contact m'a dit être kabyle, aimerait un interlocuteur berbérophone",
            "Agent : Autre chose ?{L}Client : Oui, on m'a refusé l'entrée parce que je suis noir.{L}Agent : Je suis désolé, je fais remonter.",
        ],
    },
    "political_opinions": {
        "en": [
            "{nf} is active in the Green Party and canvasses at weekends - don't book Saturday demos",
            "Brexit supporter, gets heated about EU suppliers - keep calls short",
            "Contact {nm} is a Labour councillor, busy on council nights",
            "{nf} volunteers for the Lib Dems during the campaign, slow replies till May",
            "Agent: Sorry for the wait.{L}Caller: No worries, I was out leafleting for the Conservatives.{L}Agent: Busy times!",
            "customer said he's a paid-up Reform UK member and donates monthly",
        ],
        "nl": [
            "{nm} is lid van de PvdA en zit in de gemeenteraad, dinsdagavond nooit beschikbaar",
            "klant is actief bij GroenLinks, flyert in het weekend",
            "dhr. {l} is VVD-raadslid in zijn gemeente",
            "mevr. {l} stemt SP en zegt dat ook gewoon aan de telefoon",
            "Agent: Schikt donderdag?{L}Klant: Nee, dan heb ik fractievergadering van D66.{L}Agent: Prima, vrijdag dan.",
            "{nf} is bestuurslid van de CDA-afdeling in haar dorp",
        ],
        "de": [
            "Herr {l} ist Vorsitzender im SPD-Ortsverein, abends schwer erreichbar",
            "Frau {l} sitzt für die Grünen im Stadtrat",
            "{nm} ist CDU-Mitglied und Kreistagsabgeordneter",
            "Kundin {nf} engagiert sich bei der FDP, samstags Wahlkampfstand",
            "Agent: Passt Ihnen Montag?{L}Kunde: Montags ist Treffen der Linken, lieber Dienstag.{L}Agent: Gerne.",
            "Kunde sagte offen, er wählt die AfD - Thema künftig vermeiden",
        ],
        "fr": [
            "Mme {l} est conseillère municipale EELV, dispo surtout le matin",
            "{nm} milite à LFI, tracte le samedi",
            "Client encarté au RN, l'a mentionné deux fois pendant l'appel",
            "{nf} est adhérente du PS depuis longtemps",
            "Agent : Mardi vous convient ?{L}Client : Non, j'ai réunion de section chez Les Républicains.{L}Agent : Mercredi alors.",
            "M. {l} est candidat Renaissance aux municipales, agenda chargé",
        ],
    },
    "religious_or_philosophical_beliefs": {
        "en": [
            "{nf} converted to Buddhism last year, on retreat in August",
            "Practising Catholic, no calls on Sunday mornings please",
            "Contact {nm} is Jewish and observes Shabbat - no meetings Friday after 3pm",
            "Customer is Muslim and fasting for Ramadan, move the lunch meeting",
            "{nm} is a Jehovah's Witness, declined the Christmas hamper",
            "Agent: Anything else?{L}Caller: Yes, I'm a committed atheist, so take me off the church-charity mailing.{L}Agent: Done.",
        ],
        "nl": [
            "klant is moslim, geen lunchafspraak tijdens de ramadan",
            "mevr. {l} is streng gereformeerd, niet bellen op zondag",
            "{nm} is Joods, geen afspraken op zaterdag",
            "dhr. {l} is katholiek en zit in het parochiebestuur",
            "{nf} is vorig jaar boeddhist geworden",
            "Agent: Past zondag?{L}Klant: Nee, ik ben Jehova's getuige, dan ga ik naar de Koninkrijkszaal.{L}Agent: Dan maandag.",
        ],
        "de": [
            "gläubige Katholikin, sonntags nicht erreichbar",
            "Herr {l} ist Muslim, Termin bitte nicht in den Ramadan legen",
            "{nm} ist zum Buddhismus konvertiert",
            "Frau {l} ist Zeugin Jehovas, keine Weihnachtsgeschenke schicken",
            "{nm} ist praktizierender Jude, freitags ab Mittag kein Termin",
            "Agent: Samstag möglich?{L}Kundin: Ich bin Siebenten-Tags-Adventistin, samstags geht nicht.{L}Agent: Dann Montag.",
        ],
        "fr": [
            "Client catholique pratiquant, pas de RDV le dimanche matin",
            "Mme {l} est musulmane pratiquante, elle jeûne pendant le ramadan",
            "M. {l} est juif pratiquant, rien le vendredi soir ni le samedi",
            "{nf} s'est convertie au bouddhisme l'an dernier",
            "{nm} est témoin de Jéhovah, ne pas lui envoyer de cadeau de Noël",
            "Agent : Dimanche ça irait ?{L}Client : Non, je suis protestant pratiquant, c'est le culte.{L}Agent : Lundi alors.",
        ],
    },
    "trade_union_membership": {
        "en": [
            "{nm} is the Unite rep at the depot, wants the union present at the next meeting",
            "Contact {nf} is a UNISON member - copy her union branch on the restructuring letter",
            "She's a GMB shop steward, careful with the overtime discussion",
            "Caller said he's in the RMT and on strike next Tuesday",
            "{nf} joined the NEU after the pay dispute",
            "Agent: Can we do the call tomorrow?{L}Caller: Not tomorrow, I sit on the Teamsters local bargaining committee.{L}Agent: Thursday then.",
        ],
        "nl": [
            "{nm} is kaderlid FNV, wil dat de vakbond meeleest",
            "klant is lid van vakbond CNV",
            "dhr. {l} is ABVV-delegee bij zijn werkgever",
            "mevr. {l} zit namens het ACV in de ondernemingsraad",
            "{nf} is vakbondslid (FNV Handel)",
            "Agent: Kunnen we vrijdag bellen?{L}Klant: Vrijdag staken we, ik ben actief bij de FNV.{L}Agent: Dan volgende week.",
        ],
        "de": [
            "ver.di-Mitglied, will den Vertrag vom Betriebsrat prüfen lassen",
            "Herr {l} ist Vertrauensmann der IG Metall im Werk",
            "Kundin {nf} ist in der GEW organisiert",
            "{nm} ist Mitglied der IG BCE",
            "Frau {l} ist Gewerkschafterin (NGG), Termin nach Schichtende",
            "Agent: Morgen um zehn?{L}Kunde: Da bin ich beim Warnstreik, bin bei ver.di.{L}Agent: Dann übermorgen.",
        ],
        "fr": [
            "M. {l} est délégué CGT, prévoir du temps pour les questions",
            "Mme {l} est syndiquée à la CFDT",
            "{nm} est délégué syndical FO dans son entreprise",
            "{nf} est adhérente de SUD Rail",
            "Cliente syndiquée CFE-CGC, élue au CSE",
            "Agent : Jeudi ça vous va ?{L}Client : Jeudi je suis en grève avec la CGT.{L}Agent : Vendredi alors.",
        ],
    },
    "genetic": {
        "en": [
            "{nf} told us her BRCA1 test came back positive, wants to pause the policy review",
            "Customer emailed his DNA test results by mistake - deleted from the ticket",
            "Contact {nm}: genetic screening showed he carries the HFE gene variant, mentioned it himself",
            "Paternity DNA test for {nm} came back this week, he asked for a payment holiday",
            "Whole-genome sequencing report of Mr {l} was attached to the complaint - remove it",
            "Agent: Why the delay?{L}Caller: I was waiting for my genetic test, BRCA2 result.{L}Agent: Understood, take your time.",
        ],
        "nl": [
            "mevr. {l} heeft een BRCA2-mutatie (DNA-test), wil de polis pas later bespreken",
            "DNA-test van {nm} per ongeluk als bijlage gestuurd - verwijderd",
            "{nf} vertelde dat uit haar genetisch onderzoek dragerschap bleek",
            "vaderschapstest (DNA) van dhr. {l} is binnen, hij vraagt uitstel van betaling",
            "erfelijkheidsonderzoek bij klant: uitslag BRCA1 positief",
            "Agent: Lukt het deze week?{L}Klant: Ik wacht eerst de uitslag van mijn DNA-onderzoek af.{L}Agent: Snap ik.",
        ],
        "de": [
            "Gentest bei Frau {l}: BRCA1 positiv, sie meldet sich später",
            "DNA-Analyse von Herrn {l} hing versehentlich am Ticket - gelöscht",
            "{nf} ist laut Gentest Anlageträgerin",
            "Vaterschaftstest (DNA) von {nm} liegt vor, bittet um Zahlungsaufschub",
            "Kunde schickte sein Genom-Sequenzierungsergebnis mit der Reklamation",
            "Agent: Wie geht es weiter?{L}Kundin: Ich warte noch auf das Ergebnis meiner genetischen Untersuchung.{L}Agent: Verstehe.",
        ],
        "fr": [
            "test génétique BRCA positif pour Mme {l}, elle rappellera",
            "résultat du test ADN de M. {l} envoyé par erreur avec la réclamation",
            "{nf} est porteuse saine d'une mutation (test génétique)",
            "test de paternité ADN de {nm} reçu, il demande un report de paiement",
            "Le client a joint le rapport de séquençage de son génome",
            "Agent : Vous avancez ?{L}Cliente : J'attends les résultats de mon analyse génétique.{L}Agent : Je comprends.",
        ],
    },
    "biometric": {
        "en": [
            "Enrolled {nm}'s fingerprint template on the site access reader",
            "Face template of the contact stored in the visitor kiosk, matched to her ID photo",
            "Voiceprint of the caller saved for phone authentication (he agreed)",
            "{nf}'s iris scan registered for the cleanroom door",
            "Customer asked us to delete her facial recognition data from the check-in kiosk",
            "Agent: Your voiceprint is now enrolled for login.{L}Caller: Great.{L}Agent: Next time just say your passphrase.",
        ],
        "nl": [
            "vingerafdruk van {nm} geregistreerd voor de toegangspoort",
            "gezichtsherkenning: gezichtsprofiel van mevr. {l} opgeslagen in het bezoekerssysteem",
            "klant wil dat zijn vingerafdrukgegevens uit de prikklok gewist worden",
            "stemprofiel van de beller vastgelegd voor telefonische verificatie",
            "irisscan van {nf} ingeleerd voor de cleanroom",
            "Agent: Ik koppel uw gezichtsscan aan uw pas.{L}Klant: Prima.{L}Agent: Gelukt.",
        ],
        "de": [
            "Fingerabdruck von Herrn {l} für die Zutrittskontrolle hinterlegt",
            "Gesichtsbild-Template der Kundin im Besuchersystem gespeichert",
            "Kunde verlangt Löschung seiner Fingerabdruckdaten aus dem Zeiterfassungsterminal",
            "Stimmprofil des Anrufers für die Sprach-ID gespeichert",
            "Iris-Scan von {nf} für den Reinraum eingelernt",
            "Agent: Ich registriere jetzt Ihren Fingerabdruck.{L}Kunde: Okay.{L}Agent: Erfolgreich gespeichert.",
        ],
        "fr": [
            "empreinte digitale de M. {l} enregistrée pour le contrôle d'accès",
            "gabarit de reconnaissance faciale de Mme {l} stocké dans la borne d'accueil",
            "Le client demande la suppression de ses empreintes digitales de la pointeuse",
            "empreinte vocale de l'appelant enregistrée pour l'authentification",
            "scan de l'iris de {nf} enrôlé pour la salle blanche",
            "Agent : J'enregistre votre empreinte digitale.{L}Client : D'accord.{L}Agent : C'est fait.",
        ],
    },
    "health": {
        "en": [
            "{nf} is off sick with burnout until further notice, deputy handles orders",
            "Contact {nm} is diabetic - no sugary gifts at the event",
            "Mr {l} had a heart attack last month, follow up gently",
            "She's pregnant, due in July; handover to her colleague from June",
            "Caller mentioned chemo on Tuesdays, call Wed-Fri only",
            "Agent: How are you?{L}Caller: Not great, I've been diagnosed with depression and I'm on sick leave.{L}Agent: Sorry to hear, no rush.",
        ],
        "nl": [
            "klant is ziek thuis met een burn-out",
            "mevr. {l} is zwanger, met verlof vanaf juni",
            "dhr. {l} heeft diabetes type 1",
            "{nf} revalideert na een hernia-operatie",
            "{nm} heeft MS, afspraken graag online",
            "Agent: Hoe gaat het?{L}Klant: Ik zit in de ziektewet, long covid.{L}Agent: Sterkte, geen haast.",
        ],
        "de": [
            "Frau {l} ist wegen Bandscheibenvorfall krankgeschrieben",
            "Kunde ist Diabetiker, beim Event auf Zuckerfreies achten",
            "{nf} ist schwanger (6. Monat), Übergabe an Kollegin",
            "Herr {l} hatte einen Herzinfarkt, bitte behutsam nachfassen",
            "Kundin ist in Chemotherapie, Termine nur vormittags",
            "Agent: Wie geht es Ihnen?{L}Kunde: Ich bin seit Wochen wegen Depressionen krankgeschrieben.{L}Agent: Gute Besserung.",
        ],
        "fr": [
            "Mme {l} en arrêt maladie pour dépression",
            "M. {l} est diabétique, pas de chocolats",
            "{nf} est enceinte de 5 mois, passe le relais à un collègue",
            "Le client sort d'un AVC, rappeler dans un mois",
            "Cliente sous chimiothérapie, RDV le matin uniquement",
            "Agent : Comment allez-vous ?{L}Client : Pas fort, je suis en fauteuil roulant depuis mon accident.{L}Agent : Je comprends.",
        ],
    },
    "sex_life_or_sexual_orientation": {
        "en": [
            "{nm} mentioned his husband will co-sign the lease",
            "Contact is openly gay, asked that we also speak to his boyfriend about deliveries",
            "{nf} said she's bisexual while we chatted about the Pride sponsorship",
            "Caller went on about his sex life for ten minutes - flag for QA",
            "{nf} is a lesbian, runs the shop with her wife",
            "Agent: Who's the second account holder?{L}Caller: My boyfriend - I'm gay, if that matters.{L}Agent: It doesn't, added.",
        ],
        "nl": [
            "{nm} en zijn man tekenen samen het contract",
            "klant is homo, zijn vriend mag ook gebeld worden",
            "mevr. {l} is lesbisch en woont samen met haar vrouw",
            "{nf} vertelde dat ze biseksueel is",
            "dhr. {l} praatte uitgebreid over zijn seksleven - call gemarkeerd",
            "Agent: Wie is de tweede rekeninghouder?{L}Klant: Mijn vriend, ik ben homoseksueel.{L}Agent: Dank u.",
        ],
        "de": [
            "Herr {l} und sein Ehemann unterschreiben gemeinsam",
            "Kundin ist lesbisch, lebt mit ihrer Frau zusammen",
            "Kunde ist schwul, sein Partner darf Auskünfte erhalten",
            "{nf} sagte, sie sei bisexuell",
            "Kunde erzählte ausführlich von seinem Sexualleben - Anruf markiert",
            "Agent: Wer ist der zweite Kontoinhaber?{L}Kunde: Mein Freund, ich bin schwul.{L}Agent: Danke.",
        ],
        "fr": [
            "M. {l} et son mari signeront ensemble",
            "la cliente est lesbienne, vit avec sa compagne",
            "{nm} est homosexuel, son compagnon peut être contacté",
            "Mme {l} est bisexuelle, elle l'a dit elle-même",
            "le client a parlé de sa vie sexuelle pendant dix minutes - appel signalé",
            "Agent : Qui est le second titulaire ?{L}Client : Mon copain, je suis gay.{L}Agent : Merci.",
        ],
    },
    "criminal": {
        "en": [
            "{nm} served time for fraud, disclosed it during vetting",
            "Contact has a DUI conviction, can't do the delivery driving",
            "Customer is on probation until next year, can't travel abroad for the training",
            "Background check: {nf} was convicted of shoplifting",
            "Caller said he has a criminal record for assault",
            "Agent: Can you come to the site?{L}Caller: Not yet, I'm still on an electronic tag after my sentence.{L}Agent: Understood.",
        ],
        "nl": [
            "dhr. {l} heeft een veroordeling voor verduistering",
            "klant heeft 2 jaar vastgezeten voor inbraak",
            "{nf} heeft een strafblad (oplichting)",
            "VOG van {nm} geweigerd vanwege een eerdere veroordeling",
            "klant draagt een enkelband, kan niet naar de beurs",
            "Agent: Kunt u volgende week langskomen?{L}Klant: Nee, ik moet mijn taakstraf uitvoeren.{L}Agent: Begrepen.",
        ],
        "de": [
            "Herr {l} ist vorbestraft (Betrug)",
            "Kunde saß wegen Körperverletzung zwei Jahre in Haft",
            "Führungszeugnis von {nf} enthält einen Eintrag wegen Diebstahl",
            "Kundin steht noch unter Bewährung",
            "{nm} wurde wegen Steuerhinterziehung verurteilt",
            "Agent: Kommen Sie zur Messe?{L}Kunde: Geht nicht, ich trage eine Fußfessel.{L}Agent: Verstehe.",
        ],
        "fr": [
            "M. {l} a un casier judiciaire (vol aggravé)",
            "Le client a fait de la prison pour escroquerie",
            "{nf} a été condamnée pour abus de confiance",
            "Client sous contrôle judiciaire, ne peut pas quitter le département",
            "{nm} porte un bracelet électronique depuis sa condamnation",
            "Agent : Vous pouvez venir au salon ?{L}Client : Non, condamnation pour conduite en état d'ivresse, plus de permis.{L}Agent : D'accord.",
        ],
    },
}

# --------------------------------------------------------------------------------------------------------------
# Clean notes: hard negatives
# --------------------------------------------------------------------------------------------------------------

CLEAN = {
    "en": [
        "Callback booked for {dt} with {n} re: renewal of the {co} licences",
        "Meeting moved to {dt} - {n} will bring the signed PO {ord}",
        "Delivery window {dt}, driver to ring the warehouse bell on arrival",
        "Invoice {inv} for {amt} sent to {role}, due {date}",
        "Order {ord} shipped, tracking {trk}, ETA {date}",
        "Customer disputes {amt} on invoice {inv} - credit note CN-{cn} raised",
        "IBAN on the form is {bad_iban} - doesn't validate, asked customer to resend",
        "BSN {bad_bsn} from the Dutch form fails the 11-check, ignore until corrected",
        "rijksregisternummer given: {bad_nn} (check digits don't match)",
        "Card number {bad_card} rejected by the web form (Luhn), customer will pay by invoice",
        "Steuer-ID {bad_steuer} from the German form: wrong check digit, asked for a new scan",
        "NIR {bad_nir}: key doesn't match, not stored",
        "NI number {bad_nino} on the old spreadsheet is a dummy/invalid format",
        "SSN field contained {bad_ssn} (placeholder, never issued)",
        "Supplier {co}: Belgian company number (KBO/BCE) {bce}, VAT BE {bce}",
        "D-U-N-S {duns} for {co} - vendor onboarding done",
        "VAT reg. {vat_gb}, Companies House no. {crn}",
        "Part {part} back-ordered, ETA {date}",
        "SKU {part} x {qty} @ {amt}",
        "P/N {part}{L}{qty} units to be returned under RMA {tk}",
        "Pharmacy chain ordered {qty} boxes of pregnancy tests and 10 blood-pressure monitors, PO {ord}",
        "Demo of the sick-leave module booked for the HR team at {co}, {dt}",
        "{nf} is a huge Christian Dior fan - send her the fragrance catalogue",
        "Deliver to Green Party headquarters, goods entrance at the rear, order {ord}",
        "New branch at the Union Square office opens {date}; ship the display stands there",
        "Church Street store: replace the broken fingerprint scanner (model FP-20) under warranty",
        "Quote for the Catholic school canteen: 300 meals/day, {amt}",
        "Crime-fiction book club ordered {qty} copies, invoice {inv}",
        "DNA extraction kits (lab supply) restocked: {qty} units, lot {lot}",
        "Please send remittance advice to {role}; {co} pays at 30 days",
        "Agent: Thanks for calling {co} support.{L}Caller: It's about invoice {inv}, it shows {amt}.{L}Agent: I'll check and mail {role}.",
        "Founded {fdate}, {co} has been a customer since {year}",
        "DOB field left blank - B2B contact, not needed",
        "EIN {ein} on the W-9 of {co} LLC",
        "Health & Safety training for warehouse staff, {qty} seats, {amt}",
        "Rijksregisternummer: {bad_nn}",
        "IBAN {bad_iban}",
        "Ticket {tk} closed {dt} - customer {n} happy with the replacement",
    ],
    "nl": [
        "Terugbelafspraak {dt} met {n} over de verlenging",
        "Afspraak verzet naar {dt}, {n} neemt de getekende order {ord} mee",
        "Factuur {inv} van {amt} verstuurd naar {role}",
        "Bestelling {ord} verzonden, track & trace {trk}",
        "Levering gepland {dt}, chauffeur meldt zich bij het magazijn",
        "IBAN {bad_iban} klopt niet (controlegetal), klant gevraagd opnieuw door te geven",
        "BSN {bad_bsn} uit het formulier voldoet niet aan de 11-proef",
        "rijksregisternummer {bad_nn} - ongeldig, klant stuurt de kopie opnieuw",
        "creditcardnummer {bad_card} afgekeurd door het formulier",
        "KBO-nummer leverancier {bce}, btw BE {bce}",
        "KvK {kvk}, btw-id {vat_nl}",
        "onderdeel {part} nabesteld bij {co}",
        "onderdeelnr. {part}{L}{qty} stuks retour via {trk}",
        "Apotheek bestelt {qty} zwangerschapstesten en 20 bloeddrukmeters, order {ord}",
        "Demo verzuimmodule van het HR-pakket bij {co} gepland op {dt}",
        "Afleveradres: partijbureau GroenLinks, achteringang - order {ord}",
        "Nieuwe vestiging Kerkstraat {hn}, leveren vanaf {date}",
        "Vingerafdrukscanners ({qty} st.) voor de toegangspoorten van {co} geleverd",
        "Offerte voor renovatie moskee: 120 m2 tapijt, {amt}",
        "Vakbondsgebouw als afleveradres, pakbon {ord}",
        "Licentie gezichtsherkenning voor de camera's in het magazijn, {amt} per jaar",
        "Strafrechtadvocatenkantoor {co} neemt 5 extra licenties af",
        "Agent: Goedemiddag, {co}.{L}Klant: Ik bel over factuur {inv}, daar staat {amt} op.{L}Agent: Ik kijk het na en mail {role}.",
        "{co}, opgericht op {fdate}, klant sinds {year}",
        "Rijksregisternummer: {bad_nn}",
        "DNA-isolatiekits besteld door het lab, lot {lot}",
        "Pride-collectie (t-shirts, 200 st.) uitverkocht, nabestellen",
        "herinnering factuur {inv} ({amt}) naar {role} en {role2}",
        "Ticket {tk} gesloten op {dt}, {n} tevreden",
        "Steuer-ID {bad_steuer} van de Duitse vestiging klopt niet (controlecijfer)",
    ],
    "de": [
        "Rückruf vereinbart am {dt} mit {n}",
        "Termin verschoben auf {dt}, {n} bringt die unterschriebene Bestellung {ord} mit",
        "Rechnung {inv} über {amt} an {role} geschickt",
        "Auftrag {ord} versendet, Sendungsnummer {trk}",
        "Anlieferung {dt}, Fahrer meldet sich an Tor 3",
        "IBAN {bad_iban} ungültig (Prüfziffer), Kunde soll neu schicken",
        "Steuer-ID {bad_steuer} aus dem Formular: Prüfziffer falsch",
        "Kartennummer {bad_card} vom Formular abgelehnt",
        "BSN {bad_bsn} (NL-Kundin) besteht die Elfer-Probe nicht",
        "USt-IdNr. {vat_de}, {hrb}",
        "Ersatzteil {part} nachbestellt, Lieferzeit 2 Wochen",
        "Ersatzteil-Nr. {part}{L}{qty} Stück gehen zurück an {co}",
        "Apotheke bestellt {qty} Schwangerschaftstests, Auftrag {ord}",
        "Demo Modul Krankmeldungen/Fehlzeiten für die Personalabteilung bei {co} am {dt}",
        "Lieferadresse: Parteizentrale der Grünen, Warenannahme Hof",
        "Filiale Kirchstraße {hn} eröffnet am {date}",
        "Gewerkschaftshaus als Lieferadresse, Lieferschein {ord}",
        "Fingerabdrucksensor (Ersatzteil für Terminal T-200) getauscht, Ticket {tk}",
        "Katholisches Krankenhaus St. Marien: Angebot über 40 Tablets, {amt}",
        "{co}, gegründet am {fdate}, Kunde seit {year}",
        "Frau {l} geb. {l2} ist neue Ansprechpartnerin im Einkauf",
        "Agent: Guten Tag, {co}.{L}Kunde: Es geht um Rechnung {inv} über {amt}.{L}Agent: Ich prüfe das und schreibe an {role}.",
        "DNA-Extraktionskits für das Labor, Charge {lot}",
        "Nationalregisternummer {bad_nn} aus Belgien ist ungültig",
        "NIR {bad_nir} aus dem französischen Formular: Schlüssel passt nicht",
        "Zahlungsavis bitte an {role}, Skonto 2 % bei Zahlung bis {date}",
        "Ticket {tk} geschlossen am {dt} - {n} zufrieden",
        "Krimi-Lesekreis bestellt {qty} Exemplare, Rechnung {inv}",
    ],
    "fr": [
        "Rappel prévu le {dt} avec {n}",
        "RDV décalé au {dt}, {n} apporte le bon de commande {ord} signé",
        "Facture {inv} de {amt} envoyée à {role}",
        "Commande {ord} expédiée, suivi {trk}",
        "Livraison prévue {dt}, le chauffeur sonne au quai 2",
        "IBAN {bad_iban} invalide (clé), le client doit renvoyer son RIB",
        "NIR {bad_nir} : clé incorrecte, non enregistré",
        "numéro de carte {bad_card} refusé par le formulaire",
        "numéro de registre national {bad_nn} invalide",
        "SIRET {siret}, TVA {vat_fr}",
        "SIREN {siren} - fiche fournisseur {co} créée",
        "pièce {part} en rupture, réappro sous 2 semaines",
        "réf. pièce {part}{L}{qty} unités à retourner",
        "La pharmacie commande {qty} tests de grossesse et 10 tensiomètres, cde {ord}",
        "Démo du module arrêts maladie pour la DRH de {co} le {dt}",
        "Livraison au siège du parti EELV, entrée de service",
        "Nouvelle boutique rue de l'Église, ouverture le {date}",
        "{n} est fan de Christian Dior, lui envoyer le catalogue parfums",
        "Bourse du Travail (locaux syndicaux) - adresse de livraison pour {qty} chaises",
        "Lecteurs d'empreintes digitales (x{qty}) pour les portiques de {co}",
        "{co}, créée le {fdate}, cliente depuis {year}",
        "Agent : Bonjour, {co}.{L}Client : J'appelle pour la facture {inv} de {amt}.{L}Agent : Je vérifie et j'écris à {role}.",
        "Kits d'extraction d'ADN pour le labo, lot {lot}",
        "BCE {bce} (fournisseur belge), TVA BE {bce}",
        "Numéro de registre national : {bad_nn}",
        "merci d'envoyer l'avis de paiement à {role} et {role2}",
        "Ticket {tk} clôturé le {dt}, {n} satisfait",
        "Mme {l} née {l2}, nouvelle responsable des achats",
        "NINO {bad_nino} du fichier anglais : format invalide",
    ],
}

# --------------------------------------------------------------------------------------------------------------
# Wrappers: forwarded headers, signatures, ticket footers, HTML, quoting, mixed language, ALL CAPS
# --------------------------------------------------------------------------------------------------------------

FWD = {
    "en": "---------- Forwarded message ---------{L}From: {sender}{L}Date: {dt}{L}Subject: {subj}{L}To: {to}{L}{L}",
    "nl": "-----Oorspronkelijk bericht-----{L}Van: {sender}{L}Verzonden: {dt}{L}Aan: {to}{L}Onderwerp: {subj}{L}{L}",
    "de": "-------- Weitergeleitete Nachricht --------{L}Von: {sender}{L}Datum: {dt}{L}An: {to}{L}Betreff: {subj}{L}{L}",
    "fr": "-------- Message transféré --------{L}De : {sender}{L}Date : {dt}{L}À : {to}{L}Objet : {subj}{L}{L}",
}
SUBJECTS = {
    "en": ["RE: order {ord}", "FW: invoice {inv}", "Re: quick question", "RE: RE: delivery {ord}", "call notes"],
    "nl": ["Re: offerte {ord}", "FW: factuur {inv}", "RE: levering", "vraagje", "Re: Re: bestelling {ord}"],
    "de": ["AW: Angebot {ord}", "WG: Rechnung {inv}", "AW: Lieferung", "kurze Frage", "AW: AW: Auftrag {ord}"],
    "fr": ["RE: devis {ord}", "TR: facture {inv}", "RE: livraison", "petite question", "RE: RE: commande {ord}"],
}
TEAMS = {
    "en": ["Sales Team", "Support", "Accounts Receivable", "Customer Success"],
    "nl": ["Verkoop", "Klantenservice", "Team Binnendienst", "Debiteurenbeheer"],
    "de": ["Vertrieb", "Kundenservice", "Innendienst", "Buchhaltung"],
    "fr": ["Service commercial", "Service client", "ADV", "Comptabilité clients"],
}
SIG = {
    "en": ["Kind regards,", "Best,", "Cheers,", "Thanks & regards,"],
    "nl": ["Met vriendelijke groet,", "Mvg,", "Groetjes,", "Met vriendelijke groeten,"],
    "de": ["Mit freundlichen Grüßen", "Viele Grüße", "VG", "Beste Grüße"],
    "fr": ["Cordialement,", "Bien à vous,", "Bonne journée,", "Cdlt,"],
}
TITLES = {
    "en": ["Account Manager", "Inside Sales", "Customer Support Agent", "Key Account Manager"],
    "nl": ["Accountmanager", "Binnendienst", "Klantenservice", "Sales support"],
    "de": ["Vertriebsinnendienst", "Kundenbetreuung", "Key Account Management", "Außendienst"],
    "fr": ["Service client", "Administration des ventes", "Support client", "Grands comptes"],
}
FOOTER = {
    "en": "{L}--{L}Ticket {tk} | Status: Open | Priority: Normal | Updated {dt}",
    "nl": "{L}--{L}Ticket {tk} | Status: open | Prioriteit: normaal | Bijgewerkt {dt}",
    "de": "{L}--{L}Ticket-Nr. {tk} · Status: offen · Prio: mittel · {dt}",
    "fr": "{L}--{L}Ticket {tk} - Statut : ouvert - Priorité : normale - MAJ {dt}",
}
QUOTE_LEAD = {
    "en": ["Thanks, noted - see below.", "FYI see below", "adding to the account"],
    "nl": ["Dank, zie hieronder.", "ter info, zie onder", "toegevoegd aan het dossier"],
    "de": ["Danke, siehe unten.", "zur Info, s.u.", "im Kundenkonto ergänzt"],
    "fr": ["Merci, voir ci-dessous.", "pour info, voir plus bas", "ajouté à la fiche"],
}
MIXED = {
    "en": [("", " - groetjes, {ag}"), ("", " (merci!)"), ("Klant says: ", ""), ("", " - danke, {ag}"), ("NB: ", " svp")],
    "nl": [("FYI: ", ""), ("", " - pls follow up asap"), ("Quick note: ", ""), ("", " (cc sales team)"), ("", " thx!")],
    "de": [("FYI: ", ""), ("", " - pls follow up asap"), ("Quick note: ", ""), ("", " (cc sales team)"), ("", " thx!")],
    "fr": [("FYI : ", ""), ("", " - pls follow up asap"), ("Quick note: ", ""), ("", " (cc sales team)"), ("", " thx !")],
}


def wrap(body, ctx, label):
    lang = ctx.lang
    r = rng.random()
    if r < 0.36:
        return body
    if r < 0.49:
        if label == "clean" and rng.random() < 0.6:
            sender = rng.choice([f"{ctx['co']} <{role_address(lang)}>", f"{ctx['n2']} <{role_address(lang)}>"])
            to = role_address(lang)
        else:
            sender, to = ctx["n2"], rng.choice(TEAMS[lang])
        subj = rng.choice(SUBJECTS[lang]).format_map(ctx)
        head = FWD[lang].format(L=LB, sender=sender, dt=fmt_datetime(lang), subj=subj, to=to)
        return head + body
    if r < 0.59:
        sig = f"{LB}{LB}{rng.choice(SIG[lang])}{LB}{ctx['ag']} {ctx['agl']}{LB}{rng.choice(TITLES[lang])} | {ctx['co']}"
        if label == "clean" and rng.random() < 0.5:
            sig += f"{LB}{role_address(lang)}"
        return body + sig
    if r < 0.70:
        return body + FOOTER[lang].format(L=LB, tk=fmt_ticket(), dt=fmt_datetime(lang))
    if r < 0.80 and "<" not in body:
        style = rng.randint(0, 2)
        if style == 0:
            return "<p>" + body.replace(LB, "<br>") + "</p>"
        if style == 1:
            return "<div>" + body.replace(LB, "<br />" + LB) + "</div>"
        return body.replace(LB, "<br>") + "<br>"
    if r < 0.87:
        lead = rng.choice(QUOTE_LEAD[lang])
        return lead + LB + LB + "> " + body.replace(LB, LB + "> ")
    if r < 0.94:
        pre, post = rng.choice(MIXED[lang])
        return pre + body + post.format_map(ctx)
    return body.upper()


# --------------------------------------------------------------------------------------------------------------
# Building notes
# --------------------------------------------------------------------------------------------------------------

PHONE_GUARD = re.compile(r"\+\d")


def acceptable(note, label, raw_value):
    found = scan(note)
    if found - {label}:
        return False
    if label in ("iban", "card", "bsn", "be_national_number", "steuer_id", "nino") and label not in found:
        return False
    if label == "nir" and label not in found and not any(x in raw_value for x in ("2A", "2B")):
        return False
    if label == "ssn" and "ssn" not in found and not re.search(r"(?<!\d)\d{9}(?!\d)", note):
        return False
    emails = personal_emails(note)
    if label == "email":
        if len(set(emails)) != 1:
            return False
    elif emails:
        return False
    if label not in ("email", "clean") and "@" in note:
        return False
    if label != "phone" and PHONE_GUARD.search(note):
        return False
    if label != "birth_date" and BIRTH_CONTEXT.search(note):
        return False
    return True


def build(label, lang, i, seen):
    for attempt in range(500):
        ctx = Ctx(lang)
        raw = ""
        if label == "clean":
            template = CLEAN[lang][i % len(CLEAN[lang])]
        elif label == "birth_date":
            template, fmt = BIRTH_T[lang][i % len(BIRTH_T[lang])]
            ctx["v"], raw = value_birth(ctx, i, fmt)
        elif label in T:
            template = T[label][lang][i % len(T[label][lang])]
            ctx["v"], raw = VALUE_MAKERS[label](ctx, i)
        else:
            template = CATS[label][lang][i % len(CATS[label][lang])]
        body = template.format_map(ctx)
        note = wrap(body, ctx, label)
        if note in seen or not acceptable(note, label, raw):
            continue
        if label in INDEPENDENT_CHECK:
            assert INDEPENDENT_CHECK[label](raw), (label, raw)
            CHECKED.append((label, raw, True))
            assert ctx["v"].lower() in note.lower(), (label, note)
        if label == "birth_date":
            y, m, d = map(int, raw.split("-"))
            assert date_real(y, m, d) and 1930 < y < 2010
        return note
    raise RuntimeError(f"could not build a {label}/{lang} note #{i}")


def main():
    rows = []
    seen = set()
    plan = [(k, PER_LANG_IDENTIFIER) for k in IDENTIFIER_KINDS] + [(k, PER_LANG_SPECIAL) for k in SPECIAL_KINDS] + \
           [("clean", PER_LANG_CLEAN)]
    for lang in LANGS:
        for label, count in plan:
            for i in range(count):
                note = build(label, lang, i, seen)
                seen.add(note)
                rows.append((lang, label, note))

    # Self-checks ---------------------------------------------------------------------------------------------
    for kind, value, expected in CHECKED:
        if kind == "card":
            ok = card_valid(value)
        elif kind == "nino":
            ok = nino_valid(value)
        elif kind == "ssn":
            ok = ssn_valid(value)
        else:
            ok = INDEPENDENT_CHECK[kind](value)
        assert ok == expected, (kind, value, expected)
    # known vectors from the domain notes, so the check functions themselves are right
    assert iban_valid("NL91ABNA0417164300") and iban_valid("DE89370400440532013000") and not iban_valid("NL91ABNA0417164301")
    assert iban_valid("FR1420041010050500013M02606") and iban_valid("BE68539007547034") and iban_valid("GB29NWBK60161331926819")
    assert luhn_valid("4242424242424242") and not luhn_valid("4242424242424241") and card_valid("378282246310005")
    assert bsn_valid("111222333") and bsn_valid("123456782") and not bsn_valid("111252333")
    assert be_nn_valid("85073003328") and be_nn_valid("17073003384") and not be_nn_valid("12345678901")
    assert steuer_id_valid("36574261809") and steuer_id_valid("11123456786") and not steuer_id_valid("36574261890")
    assert not steuer_id_valid("36554266806") and not steuer_id_valid("12345678903")
    assert nir_valid("295109912611193") and nir_valid("253072B07300470") and nir_valid("253072A07300443")
    assert not nir_valid("295109912611199")
    assert nino_valid("AB123456C") and not nino_valid("QQ123456A") and not nino_valid("BG123456A") and not nino_valid("AO123456A")
    assert ssn_valid("536-90-4399") and not ssn_valid("666-00-0000") and not ssn_valid("123-00-4567")
    assert bce_valid("0403170701")
    for _ in range(50):
        assert bce_valid(make_bce()) and siret_valid(make_siret(make_siren()))

    counts = Counter(label for _, label, _ in rows)
    by_lang = Counter(lang for lang, _, _ in rows)
    for kind in IDENTIFIER_KINDS:
        assert counts[kind] >= MIN_IDENTIFIER, kind
    for kind in SPECIAL_KINDS:
        assert counts[kind] >= MIN_SPECIAL, kind
    assert counts["clean"] >= MIN_CLEAN
    assert len(rows) >= MIN_TOTAL
    assert len(set(by_lang.values())) == 1, by_lang
    assert len({note for _, _, note in rows}) == len(rows)
    for lang, label, note in rows:
        assert lang in LANGS
        assert "\t" not in note and "\n" not in note and "\r" not in note and "\\" not in note, note
        assert "\u2028" not in note and "\u2029" not in note
        assert note == note.strip() and note, note
        if label != "clean":
            assert label in IDENTIFIER_KINDS + SPECIAL_KINDS

    # Output ---------------------------------------------------------------------------------------------------
    out = sys.stdout
    out.write("# language\tlabel\tnote (written by Scripts/make-messy-free-text-corpus.py, seed "
              f"{SEED}; invented names, example.* domains, computed checksums; a literal \\n inside a note stands for "
              "a line break, which the harness turns into one; some notes use U+00A0, U+2009 and U+202F spaces)\n")
    for lang, label, note in rows:
        out.write(f"{lang}\t{label}\t{note.replace(LB, chr(92) + 'n')}\n")

    print(f"{len(rows)} notes; per language: " + ", ".join(f"{k}={by_lang[k]}" for k in LANGS), file=sys.stderr)
    for label in IDENTIFIER_KINDS + SPECIAL_KINDS + ["clean"]:
        print(f"{label:34} {counts[label]:4}", file=sys.stderr)
    print(f"checksums re-validated: {sum(1 for c in CHECKED if c[2])} valid planted, "
          f"{sum(1 for c in CHECKED if not c[2])} deliberately invalid", file=sys.stderr)


if __name__ == "__main__":
    main()
