#!/usr/bin/env python3
"""Write fixtures/free-text-holdout.tsv: an independent, held-out corpus of
free-text CRM notes for measuring how well datamin's free-text recognisers
generalise to notes they were never tuned on.

Every note is `language<TAB>label<TAB>note`. The label is `clean` or exactly one
kind id; each positive note carries exactly one planted item of that kind and
nothing else of any kind. Clean notes are mostly hard negatives: dates, order
and tracking numbers (some Luhn-valid), phone-shaped part codes, company
identifiers, identifier-shaped numbers that fail their checksum, amounts, role
mailboxes, and special-category words used about things rather than people.

All names are invented, all domains are example.*, all identifiers are
generated here with computed check digits. Standard library only; fixed seed.

Usage: python3 Scripts/make-holdout-free-text-corpus.py [output-path]
"""

import os
import random
import re
import sys
import unicodedata

SEED = 20261206
R = random.Random(SEED)

LANGS = ["en", "nl", "de", "fr"]

# ---------------------------------------------------------------------------
# Checksums and validators (used both to build and to assert)
# ---------------------------------------------------------------------------


def luhn_ok(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(payload):
    for c in "0123456789":
        if luhn_ok(payload + c):
            return payload + c
    raise AssertionError


def bsn_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    s = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return s % 11 == 0


IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "FR": 27, "GB": 22, "ES": 24, "IT": 27}


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(iban):
    iban = iban.replace(" ", "").upper()
    cc = iban[:2]
    if IBAN_LEN.get(cc) != len(iban):
        return False
    return iban_num(iban[4:] + iban[:4]) % 97 == 1


def iban_make(cc, bban):
    cd = 98 - iban_num(bban + cc + "00") % 97
    iban = "%s%02d%s" % (cc, cd, bban)
    assert iban_ok(iban) and len(iban) == IBAN_LEN[cc], iban
    return iban


def mod11_10_check(digits):
    """ISO 7064 MOD 11,10 check digit (German Steuer-ID, German VAT id)."""
    product = 10
    for ch in digits:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    check = 11 - product
    return 0 if check == 10 else check


def steuer_ok(d):
    if len(d) != 11 or not d.isdigit() or d[0] == "0":
        return False
    first = d[:10]
    counts = {c: first.count(c) for c in set(first)}
    multi = [c for c, n in counts.items() if n > 1]
    if len(multi) != 1 or counts[multi[0]] not in (2, 3):
        return False
    if counts[multi[0]] == 3 and multi[0] * 3 in first:
        return False
    return mod11_10_check(first) == int(d[10])


def date_ok(yy, mm, dd):
    if not (1 <= mm <= 12):
        return False
    mdays = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mm - 1]
    return 1 <= dd <= mdays


def benn_ok(d):
    if len(d) != 11 or not d.isdigit():
        return False
    if not date_ok(int(d[:2]), int(d[2:4]), int(d[4:6])):
        return False
    chk = int(d[9:])
    return chk in (97 - int(d[:9]) % 97, 97 - int("2" + d[:9]) % 97)


def nir_ok(d):
    if len(d) != 15 or not d.isdigit() or d[0] not in "12":
        return False
    if not (1 <= int(d[3:5]) <= 12):
        return False
    return int(d[13:]) == 97 - int(d[:13]) % 97


NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_ok(s):
    s = s.replace(" ", "").upper()
    return (len(s) == 9 and s[0] in NINO_FIRST and s[1] in NINO_SECOND
            and s[:2] not in NINO_BAD_PREFIX and s[2:8].isdigit() and s[8] in "ABCD")


def ssn_ok(s):
    d = s.replace("-", "").replace(" ", "")
    if len(d) != 9 or not d.isdigit():
        return False
    area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
    return area not in (0, 666) and area < 900 and group != 0 and serial != 0


def accidental(d):
    """True when a digit string happens to pass some identifier checksum."""
    n = len(d)
    if n == 9 and bsn_ok(d):
        return True
    if 13 <= n <= 19 and luhn_ok(d):
        return True
    if n == 11 and (steuer_ok(d) or benn_ok(d)):
        return True
    if n == 15 and nir_ok(d):
        return True
    return False


# ---------------------------------------------------------------------------
# Small random helpers
# ---------------------------------------------------------------------------


def digits(n, first_nonzero=True):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def safe_digits(n):
    """Random digits that pass no identifier checksum by accident."""
    while True:
        s = digits(n)
        if not accidental(s):
            return s


def group(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def ascii_fold(s):
    s = s.replace("ü", "ue").replace("ö", "oe").replace("ä", "ae").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


# ---------------------------------------------------------------------------
# Invented people and companies
# ---------------------------------------------------------------------------

NAMES = {
    "en": {
        "f": ["Amelia", "Isla", "Emily", "Sophie", "Grace", "Chloe", "Harriet", "Imogen", "Freya", "Poppy"],
        "m": ["Oliver", "Harry", "George", "Jack", "Thomas", "Daniel", "Callum", "Rupert", "Alfie", "Hugo"],
        "l": ["Pemberton", "Ashworth", "Fairbanks", "Whitlock", "Hargreaves", "Calloway", "Brightwell",
              "Thornbury", "Kettering", "Mallory", "Pennington", "Cartwright"],
    },
    "nl": {
        "f": ["Marieke", "Anouk", "Lotte", "Femke", "Ilse", "Sanne", "Maaike", "Roos", "Esther", "Noor"],
        "m": ["Jeroen", "Sander", "Bram", "Joost", "Ruud", "Wouter", "Thijs", "Gert-Jan", "Pieter", "Koen"],
        "l": ["van Dalen", "de Graaf", "Koopmans", "Verhoeven", "Brouwer", "van der Meulen", "Hoekstra",
              "Schipper", "Dekker", "Timmermans", "Wijnands", "Claessens"],
    },
    "de": {
        "f": ["Lena", "Hannah", "Mia", "Katrin", "Julia", "Anja", "Sabine", "Franziska", "Nicole", "Ute"],
        "m": ["Jonas", "Lukas", "Felix", "Tobias", "Matthias", "Stefan", "Jürgen", "Florian", "Dirk", "Sven"],
        "l": ["Brandstetter", "Kühnel", "Obermaier", "Wendland", "Hofstätter", "Reinholz", "Scheffler",
              "Kranich", "Vogelsang", "Biermann", "Größlich", "Dannecker"],
    },
    "fr": {
        "f": ["Camille", "Élodie", "Manon", "Chloé", "Léa", "Sophie", "Aurélie", "Margaux", "Inès", "Hélène"],
        "m": ["Julien", "Mathieu", "Nicolas", "Antoine", "Guillaume", "Thibault", "Benoît", "Olivier", "Rémi", "Yannick"],
        "l": ["Marchetti", "Delacroix", "Fontaine", "Lefebvre", "Girardot", "Rousselet", "Vasseur",
              "Chevallier", "Morvan", "Baudouin", "Perrichon", "Lemaître"],
    },
}

COMPANIES = {
    "en": ["Harbourline Logistics Ltd", "Brightmoor Dental Supplies", "Kestrel Print & Pack",
           "Oakhurst Facilities plc", "Redfern Catering Co.", "Tidewell Marine Ltd"],
    "nl": ["Van Dalen Installatietechniek B.V.", "Koopmans Bouw & Onderhoud", "Polderlicht Verlichting",
           "Hoekstra Transport B.V.", "De Graaf Kantoorinrichting", "Brouwer Groothandel"],
    "de": ["Wendland Haustechnik GmbH", "Kranich Logistik GmbH & Co. KG", "Vogelsang Büromöbel",
           "Biermann Verpackung GmbH", "Scheffler Elektro KG", "Reinholz Metallbau GmbH"],
    "fr": ["Fontaine Bâtiment SARL", "Ateliers Morvan SAS", "Vasseur Emballages",
           "Chevallier Logistique", "Imprimerie Girardot", "Baudouin Équipements SAS"],
}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
}
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rand_day(y_from, y_to):
    y = R.randint(y_from, y_to)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


def recent_date(lang):
    y, m, d = 2026, R.randint(1, 5), R.randint(1, 28)
    if lang == "en":
        return R.choice(["%d %s %d" % (d, MON_EN[m - 1], y), "%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d)])
    if lang == "nl":
        return R.choice(["%d-%d-%d" % (d, m, y), "%02d-%02d-%d" % (d, m, y), "%d %s" % (d, MONTHS["nl"][m - 1])])
    if lang == "de":
        return R.choice(["%02d.%02d.%d" % (d, m, y), "%d.%d." % (d, m), "%02d.%02d.%d" % (d, m, y)])
    return R.choice(["%02d/%02d/%d" % (d, m, y), "%d %s" % (d, MONTHS["fr"][m - 1]), "%02d/%02d" % (d, m)])


def recent_time(lang):
    h, mi = R.randint(8, 18), R.choice([0, 5, 12, 15, 20, 30, 41, 45, 50])
    if lang == "fr" and R.random() < 0.5:
        return "%dh%02d" % (h, mi)
    return "%d:%02d" % (h, mi)


# ---------------------------------------------------------------------------
# Planted identifiers (each returns the text as written and the bare value)
# ---------------------------------------------------------------------------

EMAIL_DOMAINS = {"en": ["example.com", "example.org", "example.net"],
                 "nl": ["example.nl", "example.com", "example.org", "example.be"],
                 "de": ["example.de", "example.com", "example.net"],
                 "fr": ["example.fr", "example.org", "example.com", "example.be"]}


def gen_email(ctx, who="f", obf=None):
    first = ascii_fold(ctx[who + "fn"]).lower().replace(" ", "").replace("-", "")
    last = ascii_fold(ctx[who + "ln"]).lower().replace(" ", "").replace("'", "")
    local = R.choice(["%s.%s" % (first, last), "%s.%s" % (first[0], last), "%s%s" % (first, last),
                      "%s_%s" % (first, last)])
    dom = R.choice(EMAIL_DOMAINS[ctx["lang"]])
    plain = "%s@%s" % (local, dom)
    name, tld = dom.split(".")
    if obf == "at":
        text = "%s (at) %s (dot) %s" % (local, name, tld)
    elif obf == "brackets":
        text = "%s [at] %s [dot] %s" % (local, name, tld)
    elif obf == "words":
        text = "%s at %s dot %s" % (local.replace(".", " dot "), name, tld)
    elif obf == "spaces":
        text = "%s @ %s" % (local, dom)
    else:
        text = plain
    return text, plain


def gen_phone(ctx, kind):
    k = kind
    if k == "nl_mobile":
        n = "6" + R.choice("12345") + digits(7, False)
        text = R.choice(["06-%s" % n[1:], "06 %s %s" % (n[1:5], n[5:]), "+31 6 %s %s" % (n[1:5], n[5:]),
                         "+31 (0)6 %s" % group(n[1:], [2, 2, 2, 2]), "0031 6 %s" % n[1:]])
    elif k == "nl_land":
        area = R.choice(["20", "10", "30", "70", "40", "50", "73"])
        rest = digits(7)
        text = R.choice(["0%s-%s %s" % (area, rest[:3], rest[3:]), "+31 %s %s %s" % (area, rest[:3], rest[3:]),
                         "(0%s) %s" % (area, rest), "0%s - %s %s %s" % (area, rest[:3], rest[3:5], rest[5:])])
    elif k == "be_mobile":
        n = R.choice(["470", "471", "475", "478", "486", "495", "499"]) + digits(6, False)
        text = R.choice(["0%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]), "+32 %s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]),
                         "0%s/%s.%s.%s" % (n[:3], n[3:5], n[5:7], n[7:]), "0032 %s %s" % (n[:3], n[3:])])
    elif k == "be_land":
        area = R.choice(["2", "9", "3"])
        rest = digits(7)
        text = R.choice(["0%s %s %s %s" % (area, rest[:3], rest[3:5], rest[5:]),
                         "0%s/%s.%s.%s" % (area, rest[:3], rest[3:5], rest[5:]),
                         "+32 %s %s %s %s" % (area, rest[:3], rest[3:5], rest[5:])])
    elif k == "de_mobile":
        pre = R.choice(["151", "152", "160", "162", "170", "171", "176", "179"])
        rest = digits(R.choice([7, 8]), False)
        text = R.choice(["0%s %s" % (pre, rest), "+49 %s %s" % (pre, rest), "0%s-%s" % (pre, rest),
                         "0049 (0)%s %s" % (pre, rest), "+49 (0) %s / %s" % (pre, rest)])
    elif k == "de_land":
        area = R.choice(["30", "89", "40", "221", "69", "711", "351"])
        rest = digits(R.choice([6, 7, 8]))
        text = R.choice(["0%s/%s" % (area, rest), "0%s %s" % (area, group(rest, [3, 2, 2])),
                         "+49 %s %s" % (area, rest), "(0%s) %s-%s" % (area, rest[:-2], rest[-2:]),
                         "0049 %s %s" % (area, rest)])
    elif k == "fr_mobile":
        n = R.choice("67") + digits(8, False)
        g = group(n, [1, 2, 2, 2, 2])
        text = R.choice(["0" + g, "0" + g.replace(" ", "."), "+33 " + g, "+33 (0)" + g, "0033 " + g,
                         "0" + g.replace(" ", "-")])
    elif k == "fr_land":
        n = R.choice("12345") + digits(8, False)
        g = group(n, [1, 2, 2, 2, 2])
        text = R.choice(["0" + g, "0" + g.replace(" ", "."), "+33 " + g, "+33 (0)" + g, "0033 " + g])
    elif k == "uk_mobile":
        tail = "%03d" % R.randint(0, 999)
        text = R.choice(["07700 900%s" % tail, "+44 7700 900%s" % tail, "+44 (0)7700 900 %s" % tail,
                         "07700-900-%s" % tail])
    elif k == "uk_land":
        tail = "%03d" % R.randint(0, 999)
        text = R.choice(["020 7946 0%s" % tail, "+44 20 7946 0%s" % tail, "0161 496 0%s" % tail,
                         "+44 (0)113 496 0%s" % tail, "0117 496 0%s" % tail])
    elif k == "us":
        area = R.choice(["202", "212", "312", "415", "617", "555"])
        tail = "%02d" % R.randint(0, 99)
        text = R.choice(["(%s) 555-01%s" % (area, tail), "+1 %s 555 01%s" % (area, tail),
                         "%s.555.01%s" % (area, tail), "%s-555-01%s" % (area, tail),
                         "(555) 010-%s%s" % (tail, R.randint(10, 99))])
    else:
        raise ValueError(k)
    return text, text


def bban(cc):
    if cc == "NL":
        bank = R.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ"])
        while True:
            acc = digits(10, False)
            if acc[0] != "0" and sum(int(acc[i]) * (10 - i) for i in range(10)) % 11 == 0:
                break
        return bank + acc
    if cc == "BE":
        first = digits(10, False)
        chk = int(first) % 97 or 97
        return first + "%02d" % chk
    if cc == "DE":
        return R.choice(["100", "200", "300", "370", "500", "600", "700"]) + digits(5, False) + digits(10, False)
    if cc == "FR":
        bank, branch = digits(5, False), digits(5, False)
        acc = digits(11, False)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)
        return bank + branch + acc + "%02d" % key
    if cc == "GB":
        return R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(6) + digits(8, False)
    if cc == "ES":
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

        def dc(s):
            v = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
            return {11: 0, 10: 1}.get(v, v)
        bank, branch, acc = digits(4), digits(4), digits(10, False)
        return bank + branch + str(dc("00" + bank + branch)) + str(dc(acc)) + acc
    if cc == "IT":
        odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]
        abi, cab, acc = digits(5), digits(5), digits(12, False)
        s = abi + cab + acc
        tot = sum(odd[int(c)] if i % 2 == 0 else int(c) for i, c in enumerate(s))
        return chr(ord("A") + tot % 26) + s
    raise ValueError(cc)


def gen_iban(ctx, cc, style="grouped"):
    iban = iban_make(cc, bban(cc))
    if style == "grouped":
        text = group4(iban)
    elif style == "lower":
        text = group4(iban).lower()
    elif style == "lower_compact":
        text = iban.lower()
    else:
        text = iban
    return text, iban


def card_number(brand):
    if brand == "visa":
        return luhn_complete("4" + digits(14, False))
    if brand == "mc":
        pre = R.choice(["51", "52", "53", "54", "55", str(R.randint(2221, 2720))])
        return luhn_complete(pre + digits(15 - len(pre), False))
    if brand == "amex":
        return luhn_complete(R.choice(["34", "37"]) + digits(12, False))
    raise ValueError(brand)


def gen_card(ctx, brand, sep=" "):
    n = card_number(brand)
    text = group(n, [4, 6, 5], sep) if brand == "amex" else group4(n, sep)
    return text, n


def bsn_number():
    while True:
        d8 = digits(8)
        c = sum(int(d8[i]) * (9 - i) for i in range(8)) % 11
        if c < 10:
            d = d8 + str(c)
            if bsn_ok(d) and len(set(d)) > 3:
                return d


def gen_bsn(ctx, style="plain"):
    d = bsn_number()
    text = {"plain": d, "dots": "%s.%s.%s" % (d[:4], d[4:6], d[6:]), "spaces": "%s %s %s" % (d[:3], d[3:6], d[6:])}[style]
    return text, d


def benn_number(y_from=1950, y_to=2006):
    y, m, d = rand_day(y_from, y_to)
    order = "%03d" % R.randint(1, 997)
    base = "%02d%02d%02d%s" % (y % 100, m, d, order)
    n = int(("2" if y >= 2000 else "") + base)
    num = base + "%02d" % (97 - n % 97)
    assert benn_ok(num), num
    return num


def gen_benn(ctx, style="dots", y_from=1950, y_to=2006):
    d = benn_number(y_from, y_to)
    text = {"dots": "%s.%s.%s-%s.%s" % (d[:2], d[2:4], d[4:6], d[6:9], d[9:]),
            "plain": d,
            "dash": "%s-%s-%s" % (d[:6], d[6:9], d[9:]),
            "spaces": "%s %s %s" % (d[:6], d[6:9], d[9:])}[style]
    return text, d


def steuer_number():
    while True:
        rep = R.choice("0123456789")
        n = 3 if R.random() < 0.25 else 2
        others = R.sample([c for c in "0123456789" if c != rep], 10 - n)
        first = [rep] * n + others
        R.shuffle(first)
        first = "".join(first)
        if first[0] == "0" or rep * 3 in first:
            continue
        d = first + str(mod11_10_check(first))
        if steuer_ok(d) and not benn_ok(d):
            return d


def gen_steuer(ctx, style="plain"):
    d = steuer_number()
    text = {"plain": d, "grouped": "%s %s %s %s" % (d[:2], d[2:5], d[5:8], d[8:]),
            "slashes": "%s/%s/%s/%s" % (d[:2], d[2:5], d[5:8], d[8:])}[style]
    return text, d


def nir_number():
    sex = R.choice("12")
    y = R.randint(1950, 2004)
    m = R.randint(1, 12)
    dept = R.choice([d for d in range(1, 96) if d != 20])
    commune = R.randint(1, 990)
    order = R.randint(1, 999)
    first = "%s%02d%02d%02d%03d%03d" % (sex, y % 100, m, dept, commune, order)
    d = first + "%02d" % (97 - int(first) % 97)
    assert nir_ok(d)
    return d


def gen_nir(ctx, style="spaces"):
    d = nir_number()
    text = {"spaces": "%s %s %s %s %s %s %s" % (d[0], d[1:3], d[3:5], d[5:7], d[7:10], d[10:13], d[13:]),
            "plain": d, "key": "%s %s" % (d[:13], d[13:])}[style]
    return text, d


def nino_value():
    while True:
        p = R.choice(NINO_FIRST) + R.choice(NINO_SECOND)
        if p not in NINO_BAD_PREFIX:
            break
    return p + digits(6, False) + R.choice("ABCD")


def gen_nino(ctx, style="spaces"):
    v = nino_value()
    text = {"spaces": "%s %s %s %s %s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8]), "plain": v,
            "lower": v.lower()}[style]
    assert nino_ok(v)
    return text, v


def gen_ssn(ctx, sep="-"):
    while True:
        area = R.randint(1, 899)
        if area != 666:
            break
    v = "%03d%s%02d%s%04d" % (area, sep, R.randint(1, 99), sep, R.randint(1, 9999))
    assert ssn_ok(v)
    return v, v


def gen_birth(ctx, style, y_from=1946, y_to=2003):
    y, m, d = rand_day(y_from, y_to)
    mon = {l: MONTHS[l][m - 1] for l in MONTHS}
    ordinal = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
    text = {
        "dmy_slash": "%02d/%02d/%d" % (d, m, y),
        "mdy_slash": "%d/%d/%d" % (m, d, y),
        "iso": "%d-%02d-%02d" % (y, m, d),
        "d_month_y_en": "%d %s %d" % (d, mon["en"], y),
        "month_d_y_en": "%s %d%s, %d" % (mon["en"], d, ordinal, y),
        "dmy_dash": "%02d-%02d-%d" % (d, m, y),
        "d_month_y_nl": "%d %s %d" % (d, mon["nl"], y),
        "dmy_dot": "%02d.%02d.%d" % (d, m, y),
        "dmy_dot_short": "%02d.%02d.%02d" % (d, m, y % 100),
        "d_month_y_de": "%d. %s %d" % (d, mon["de"], y),
        "d_month_y_fr": "%d %s %d" % (d, mon["fr"], y),
    }[style]
    return text, "%04d-%02d-%02d" % (y, m, d)


# ---------------------------------------------------------------------------
# Invalid look-alikes for the clean hard negatives
# ---------------------------------------------------------------------------


def bad_bsn():
    while True:
        d = digits(9)
        if not bsn_ok(d) and not accidental(d):
            return d


def bad_iban(cc, grouped=True):
    good = iban_make(cc, bban(cc))
    while True:
        cd = R.randint(2, 98)
        cand = "%s%02d%s" % (cc, cd, good[4:])
        if not iban_ok(cand):
            return group4(cand) if grouped else cand


def bad_card(sep=" "):
    while True:
        n = R.choice("45") + digits(15, False)
        if not luhn_ok(n):
            return group4(n, sep)


def bad_benn(style="dots"):
    while True:
        d = benn_number()
        cand = d[:9] + "%02d" % ((int(d[9:]) + R.randint(1, 90)) % 97 or 1)
        if not benn_ok(cand) and not accidental(cand):
            break
    if style == "dots":
        return "%s.%s.%s-%s.%s" % (cand[:2], cand[2:4], cand[4:6], cand[6:9], cand[9:])
    return cand


def bad_steuer(style="plain"):
    while True:
        d = steuer_number()
        if R.random() < 0.5:
            cand = d[:10] + str((int(d[10]) + R.randint(1, 9)) % 10)
        else:
            cand = "".join(R.sample("123456789", 1) + R.sample("0123456789", 10))[:11]
        if not steuer_ok(cand) and not accidental(cand):
            break
    return cand if style == "plain" else "%s %s %s %s" % (cand[:2], cand[2:5], cand[5:8], cand[8:])


def bad_nir(style="spaces"):
    while True:
        d = nir_number()
        cand = d[:13] + "%02d" % ((int(d[13:]) + R.randint(1, 90)) % 97 or 1)
        if not nir_ok(cand) and not luhn_ok(cand):
            break
    if style == "spaces":
        return "%s %s %s %s %s %s %s" % (cand[0], cand[1:3], cand[3:5], cand[5:7], cand[7:10], cand[10:13], cand[13:])
    return cand


def bad_ssn():
    area = R.choice(["000", "666", "9%02d" % R.randint(0, 99)])
    v = "%s-%02d-%04d" % (area, R.randint(1, 99), R.randint(1, 9999))
    assert not ssn_ok(v)
    return v


def bad_nino(style="spaces"):
    p = R.choice(["QQ", "TN", "BG", "NK", "DF", "FY", "UV", "ZZ"])
    sfx = R.choice("ABCD") if R.random() < 0.7 else R.choice("EFGH")
    v = p + digits(6, False) + sfx
    assert not nino_ok(v)
    return "%s %s %s %s %s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8]) if style == "spaces" else v


# ---------------------------------------------------------------------------
# Company identifiers for the clean hard negatives
# ---------------------------------------------------------------------------


def kvk():
    return safe_digits(8)


def vat_nl(spaced=False):
    rsin = bsn_number()  # the old-style btw-nummer embeds an 11-proof RSIN
    v = "NL%sB%02d" % (rsin, R.randint(1, 3))
    return "NL %s %s %s" % (rsin[:4], rsin[4:], v[-3:]) if spaced else v


def vat_de(spaced=False):
    first = digits(8)
    v = first + str(mod11_10_check(first))
    return "DE %s %s %s" % (v[:3], v[3:6], v[6:]) if spaced else "DE" + v


def siren():
    while True:
        s = luhn_complete(digits(8))
        if not bsn_ok(s):
            return s


def siret(sp=False):
    while True:
        s = luhn_complete(siren() + digits(4, False))
        if len(s) == 14:
            break
    return "%s %s %s %s" % (s[:3], s[3:6], s[6:9], s[9:]) if sp else s


def vat_fr(spaced=False):
    s = siren()
    key = (12 + 3 * (int(s) % 97)) % 97
    return "FR %02d %s %s %s" % (key, s[:3], s[3:6], s[6:]) if spaced else "FR%02d%s" % (key, s)


def be_ent(dots=True):
    first = ("1" if R.random() < 0.15 else "0") + digits(7, False)
    if first[0] == "0" and first[1] == "0":
        first = "0" + R.choice("45789") + first[2:]
    n = first + "%02d" % (97 - int(first) % 97)
    return "%s.%s.%s" % (n[:4], n[4:7], n[7:]) if dots else n


def vat_gb(spaced=True):
    first = digits(7)
    tot = sum(int(c) * w for c, w in zip(first, [8, 7, 6, 5, 4, 3, 2]))
    v = first + "%02d" % ((-tot) % 97)
    return "GB %s %s %s" % (v[:3], v[3:7], v[7:]) if spaced else "GB" + v


def duns(dashed=False):
    d = safe_digits(9)
    return "%s-%s-%s" % (d[:2], d[2:5], d[5:]) if dashed else d


def ein():
    pre = R.choice(["12", "20", "26", "27", "45", "46", "81", "84", "91", "94"])
    return "%s-%s" % (pre, digits(7, False))


def uk_crn():
    return R.choice(["0" + digits(7, False), "SC" + digits(6, False), "1" + digits(7, False)])


def hrb():
    return digits(R.choice([5, 6])) + R.choice(["", "", " B"])


COURTS = ["München", "Köln", "Hamburg", "Charlottenburg", "Frankfurt am Main", "Düsseldorf", "Stuttgart"]


# ---------------------------------------------------------------------------
# Per-note context (fills template fields on demand)
# ---------------------------------------------------------------------------


class Ctx(dict):
    def __init__(self, lang):
        super().__init__()
        self["lang"] = lang
        names = NAMES[lang]
        self["ffn"], self["fln"] = R.choice(names["f"]), R.choice(names["l"])
        self["mfn"], self["mln"] = R.choice(names["m"]), R.choice(names["l"])
        self["ffull"] = "%s %s" % (self["ffn"], self["fln"])
        self["mfull"] = "%s %s" % (self["mfn"], self["mln"])
        self["rep"] = R.choice(names["f"] + names["m"])
        self["co"] = R.choice(COMPANIES[lang])

    def __missing__(self, key):
        v = self.make(key)
        if not (key.startswith("e") and key[1:].isdigit()):
            self[key] = v  # {eN} fields are drawn afresh at every occurrence
        return v

    def make(self, key):
        lang = self["lang"]
        if key == "tkt":
            return str(R.randint(10000, 999999))
        if key == "ordref":
            return R.choice(["SO-2026-%05d" % R.randint(1, 99999), "ORD-%06d" % R.randint(1, 999999),
                             "PO-%05d" % R.randint(1, 99999), "A%06d" % R.randint(1, 999999)])
        if key == "invref":
            return R.choice(["INV-2026-%05d" % R.randint(1, 99999), "F2026-%04d" % R.randint(1, 9999),
                             "RE-%06d" % R.randint(1, 999999)])
        if key == "date":
            return recent_date(lang)
        if key.startswith("date_"):
            return recent_date(key[5:])
        if key == "time":
            return recent_time(lang)
        if key.startswith("d") and key[1:].isdigit():
            n = int(key[1:])
            return safe_digits(n) if n >= 8 else digits(n, n > 2)
        if key.startswith("e") and key[1:].isdigit():  # extra independent short digits
            return digits(int(key[1:]), False)
        if key.startswith("luhn16"):
            # half of them start like a Visa/Mastercard number on purpose
            s = luhn_complete((R.choice("45") + digits(14, False)) if R.random() < 0.5 else digits(15))
            return group4(s) if key.endswith("g") else s
        if key == "ts_iso":
            return "2026-%02d-%02dT%02d:%02d:%02dZ" % (R.randint(1, 5), R.randint(1, 28), R.randint(0, 23),
                                                     R.randint(0, 59), R.randint(0, 59))
        if key == "ver":
            return "%d.%d.%d" % (R.randint(2, 9), R.randint(0, 19), R.randint(0, 40))
        if key.startswith("dt_"):
            y, mo, d = 2026, R.randint(1, 5), R.randint(1, 28)
            h, mi = R.randint(7, 19), R.randint(0, 59)
            l2 = key[3:]
            return {"en": "%d/%d/%d %d:%02d" % (mo, d, y, h, mi), "nl": "%d-%d-%d %02d:%02d" % (d, mo, y, h, mi),
                    "de": "%02d.%02d.%d %02d:%02d" % (d, mo, y, h, mi),
                    "fr": "%02d/%02d/%d à %02d:%02d" % (d, mo, y, h, mi)}[l2]
        if key == "court":
            return R.choice(COURTS)
        if key == "kvk":
            return kvk()
        if key == "vat_nl":
            return vat_nl()
        if key == "vat_nl_sp":
            return vat_nl(True)
        if key == "vat_de":
            return vat_de()
        if key == "vat_de_sp":
            return vat_de(True)
        if key == "vat_fr":
            return vat_fr()
        if key == "vat_fr_sp":
            return vat_fr(True)
        if key == "vat_gb":
            return vat_gb()
        if key == "siren":
            return siren()
        if key == "siren_sp":
            s = siren()
            return "%s %s %s" % (s[:3], s[3:6], s[6:])
        if key == "siret":
            return siret()
        if key == "siret_sp":
            return siret(True)
        if key == "be_ent_dots":
            return be_ent()
        if key == "be_ent":
            return be_ent(False)
        if key == "duns":
            return duns(R.random() < 0.5)
        if key == "ein":
            return ein()
        if key == "uk_crn":
            return uk_crn()
        if key == "hrb":
            return hrb()
        if key.startswith("bad_"):
            base = key.rstrip("0123456789")
            return {"bad_bsn": bad_bsn, "bad_benn": lambda: bad_benn(R.choice(["dots", "plain"])),
                    "bad_steuer": lambda: bad_steuer(R.choice(["plain", "grouped"])),
                    "bad_nir": lambda: bad_nir("plain"), "bad_nir_sp": lambda: bad_nir("spaces"),
                    "bad_ssn": bad_ssn, "bad_nino": lambda: bad_nino(R.choice(["spaces", "plain"])),
                    "bad_card": lambda: bad_card(R.choice([" ", "-", "."])),
                    "bad_iban_nl": lambda: bad_iban("NL"), "bad_iban_be": lambda: bad_iban("BE"),
                    "bad_iban_de": lambda: bad_iban("DE", False), "bad_iban_fr": lambda: bad_iban("FR"),
                    "bad_iban_gb": lambda: bad_iban("GB", False), "bad_iban_es": lambda: bad_iban("ES"),
                    }[base]()
        raise KeyError(key)


# ---------------------------------------------------------------------------
# Positive templates: identifiers (3 per language per kind, each used once)
# Each entry: (template, generator(ctx) -> (text, value))
# ---------------------------------------------------------------------------

P = {}

P["email"] = {
    "en": [
        ("From: {ffull} <{X}>\nSent: {date} {time}\nTo: Sales Team\nSubject: RE: quote {ordref}\n\nHi {rep}, pls send the revised quote to this address, not the shared inbox. Thx",
         lambda c: gen_email(c, "f")),
        ("Call w/ {mfn} ({co}) - wants invoices copied to his private mail {X} bc the office inbox is a mess. Contact card updated, f/u {date}",
         lambda c: gen_email(c, "m", "at")),
        ("Customer: you can reach me on {X}\nAgent: got it, I'll resend the login link there\nCustomer: thanks, the old one expired\n-- ticket #{tkt} closed by {rep}",
         lambda c: gen_email(c, "f", "words")),
    ],
    "nl": [
        ("Van: {mfull} <{X}>\nVerzonden: {date} {time}\nAan: verkoop\nOnderwerp: offerte {ordref}\n\nGraag de nieuwe offerte naar dit adres ipv naar mijn collega. Mvg {mfn}",
         lambda c: gen_email(c, "m")),
        ("Klant belde ivm factuur {invref}. Wil voortaan alles op haar prive mail: {X}. AANGEPAST in CRM, terugbellen niet nodig. /{rep}",
         lambda c: gen_email(c, "f", "brackets")),
        ("<div>Contactpersoon gewijzigd: {ffull}, mail {X}</div><div>vorige contactpersoon uit dienst per 1-4</div>",
         lambda c: gen_email(c, "f")),
    ],
    "de": [
        ("Von: {ffull} <{X}>\nGesendet: {date} {time}\nAn: Vertrieb\nBetreff: AW: Angebot {ordref}\n\nBitte künftig nur noch an diese Adresse schreiben. Danke & Gruß",
         lambda c: gen_email(c, "f")),
        ("Rückruf erledigt. Hr. {mln} bittet um Zusendung der Unterlagen an seine private Adresse {X} - Firmenpostfach wird nicht gelesen. Wv. {date}",
         lambda c: gen_email(c, "m", "at")),
        ("Ticket #{tkt} | Kunde meldet, dass Passwort-Reset-Mails nicht ankommen. Hinterlegte Adresse: {X}. Spamordner geprüft, Mail erneut gesendet. -{rep}",
         lambda c: gen_email(c, "m", "spaces")),
    ],
    "fr": [
        ("De : {mfull} <{X}>\nEnvoyé : {date} {time}\nÀ : Service commercial\nObjet : RE: devis {ordref}\n\nMerci d'envoyer le devis corrigé à cette adresse. Cordialement",
         lambda c: gen_email(c, "m")),
        ("Appel de Mme {fln} ({co}). Souhaite recevoir les factures sur son mail perso : {X}. MAJ fiche contact. À rappeler le {date}.",
         lambda c: gen_email(c, "f", "brackets")),
        ("Client : vous pouvez m'écrire sur {X}\nAgent : c'est noté, je vous renvoie le lien d'activation\nClient : parfait merci\n[ticket {tkt} - résolu]",
         lambda c: gen_email(c, "m")),
    ],
}

P["phone"] = {
    "en": [
        ("Spoke to {mfull} ({co}). Best number is his mobile {X}, office line rarely answered. Wants callback re renewal {ordref} before {date}.",
         lambda c: gen_phone(c, "uk_mobile")),
        ("Agent: can I get a contact number?\nCustomer: sure, it's {X}, that's my cell\nAgent: thanks, I'll call you Tuesday\n-- ticket {tkt}, US account",
         lambda c: gen_phone(c, "us")),
        ("{ffull}\nProcurement Lead | {co}\nDirect: {X}\n\nPlease quote 40 units of the standard kit by Friday, budget approx £3,400.",
         lambda c: gen_phone(c, "uk_land")),
    ],
    "nl": [
        ("Klant {mfull} teruggebeld, nieuw mobiel nr: {X}. Wil offerte voor onderhoudscontract, ca. € 1.250,00 p/j. Volgende week opvolgen.",
         lambda c: gen_phone(c, "nl_mobile")),
        ("Van: {ffull}\nVerzonden: {date} {time}\nOnderwerp: levering {ordref}\n\nBel me even op {X} als de chauffeur er is, ik zit in het magazijn.\nGroet, {ffn}",
         lambda c: gen_phone(c, "nl_land")),
        ("GESPREK: mevr. {fln} (Gent) belt over achterstallige levering. Bereikbaar op {X} na 14u. Ticket #{tkt} doorgezet naar logistiek.",
         lambda c: gen_phone(c, "be_mobile")),
    ],
    "de": [
        ("Hr. {mln} rief an wg. Lieferverzug Auftrag {ordref}. Rückruf bitte unter {X} (mobil), ab 16 Uhr. DRINGEND!!",
         lambda c: gen_phone(c, "de_mobile")),
        ("Mit freundlichen Grüßen\n{ffull}\nEinkauf\n{co}\nTel.: {X}\n\nBitte um kurzfristige Bestätigung des Liefertermins.",
         lambda c: gen_phone(c, "de_land")),
        ("Agent: Unter welcher Nummer erreiche ich Sie?\nKunde: {X}, das ist privat\nAgent: Danke, ich melde mich morgen.\n[Ticket {tkt} - offen]",
         lambda c: gen_phone(c, "de_mobile")),
    ],
    "fr": [
        ("Mme {fln} a rappelé pour le devis {ordref}. Joignable au {X} entre 9h et 12h. Très pressée, à traiter en priorité.",
         lambda c: gen_phone(c, "fr_mobile")),
        ("Cordialement,\n{mfull}\nResponsable achats - {co}\nPortable : {X}\n\nMerci de confirmer la date de livraison.",
         lambda c: gen_phone(c, "fr_mobile")),
        ("Client à Liège, M. {mln}, souhaite être rappelé au {X} concernant la facture {invref} (montant 845,20 €).",
         lambda c: gen_phone(c, "be_land")),
    ],
}

P["iban"] = {
    "en": [
        ("Refund approved for {mfull}, order {ordref}. Customer asked for the refund to his account IBAN {X} instead of the card. Amount €89.95. Finance to process.",
         lambda c: gen_iban(c, "ES")),
        ("Agent: for the direct debit I need your IBAN\nCustomer: {X}\nAgent: thanks, mandate goes out by post\n-- call {date} {time}",
         lambda c: gen_iban(c, "GB", "compact")),
        ("Freelancer invoice from {ffull} (Milan) - pay to {X} (lower case as she sent it). Net 14, amount €1,480.00.",
         lambda c: gen_iban(c, "IT", "lower")),
    ],
    "nl": [
        ("Klant {mfull} wil automatische incasso. IBAN: {X} t.n.v. {mfull}. Machtiging getekend ontvangen op {date}.",
         lambda c: gen_iban(c, "NL")),
        ("Terugbetaling € 149,00 ivm retour {ordref} - klant gaf rekeningnr {X} door per telefoon. GRAAG CHECKEN voor uitbetaling.",
         lambda c: gen_iban(c, "NL", "compact")),
        ("Van: {ffull}\nOnderwerp: nieuw rekeningnummer\n\nBeste, mijn nieuwe rekening is {X} (Belfius). Wilt u de terugbetaling daarop storten? Dank u.",
         lambda c: gen_iban(c, "BE")),
    ],
    "de": [
        ("Kundin {ffull} möchte auf Lastschrift umstellen. IBAN {X}, Mandat folgt per Post. Bitte ab nächster Rechnung berücksichtigen.",
         lambda c: gen_iban(c, "DE")),
        ("Erstattung 59,90 € für Bestellung {ordref} - Kunde nennt Konto {X}. Bitte NICHT auf die Kreditkarte zurückbuchen.",
         lambda c: gen_iban(c, "DE", "compact")),
        ("Agent: Wohin sollen wir die Gutschrift überweisen?\nKunde: auf mein Konto in Frankreich, {X}\nAgent: notiert.\n#{tkt}",
         lambda c: gen_iban(c, "FR")),
    ],
    "fr": [
        ("M. {mln} demande le remboursement de l'acompte (300,00 €) sur son compte : IBAN {X}. RIB reçu par courrier le {date}.",
         lambda c: gen_iban(c, "FR", "compact")),
        ("Prélèvement SEPA à mettre en place pour Mme {fln}. IBAN {X} - mandat signé. Première échéance le 05 du mois.",
         lambda c: gen_iban(c, "BE", "lower")),
        ("Client : je vous donne mon IBAN, c'est {X}\nAgent : merci, le virement part sous 5 jours ouvrés\n[appel {date} {time}]",
         lambda c: gen_iban(c, "GB")),
    ],
}

P["card"] = {
    "en": [
        ("Customer paid the deposit by phone - Visa {X}, exp 08/28. (yes I know, should not be in notes, moving it to the vault) Amount $450.00",
         lambda c: gen_card(c, "visa", " ")),
        ("Agent: which card would you like to use?\nCustomer: the Amex, {X}\nAgent: thank you, that's gone through, £1,120.00\n#{tkt}",
         lambda c: gen_card(c, "amex", " ")),
        ("Chargeback dispute for order {ordref}: cardholder {mfull}, card {X}, txn 12 Mar. Evidence pack sent to the acquirer.",
         lambda c: gen_card(c, "mc", "-")),
    ],
    "nl": [
        ("Klant wilde telefonisch betalen, creditcard {X} (Mastercard). Bedrag € 612,50. Doorgezet naar finance, NIET opslaan!!",
         lambda c: gen_card(c, "mc", " ")),
        ("Van: {ffull}\nOnderwerp: betaling factuur {invref}\n\nU mag het afschrijven van mijn Visa: {X}. Vervaldatum 11/27.\nGroet",
         lambda c: gen_card(c, "visa", ".")),
        ("retour {ordref} terugboeken op kaart {X} - klant heeft geen bankrekening opgegeven. bedrag 39,95",
         lambda c: gen_card(c, "visa", "-")),
    ],
    "de": [
        ("Kunde zahlt per Kreditkarte: {X}, gültig bis 05/29. Betrag 1.480,00 €. Bitte über Terminal buchen und Notiz danach löschen.",
         lambda c: gen_card(c, "visa", " ")),
        ("Agent: Welche Karte?\nKunde: American Express, {X}\nAgent: Danke, Zahlung über 249,00 € ist durch.\n[Ticket {tkt}]",
         lambda c: gen_card(c, "amex", "-")),
        ("Rückbuchung auf Kreditkarte {X} veranlasst (Bestellung {ordref}). Hr. {mln} telefonisch informiert.",
         lambda c: gen_card(c, "mc", ".")),
    ],
    "fr": [
        ("Paiement par téléphone, carte Visa n° {X}, exp. 02/28. Montant 890,00 € TTC. À saisir dans le TPE.",
         lambda c: gen_card(c, "visa", "-")),
        ("Mme {fln} conteste un débit sur sa carte {X} (Mastercard) - commande {ordref}. Dossier transmis à la compta.",
         lambda c: gen_card(c, "mc", " ")),
        ("Client : je paie avec l'Amex {X}\nAgent : merci, paiement accepté, 1 250,00 €\n[appel du {date}]",
         lambda c: gen_card(c, "amex", " ")),
    ],
}

P["bsn"] = {
    "en": [
        ("Payroll onboarding for NL contractor {mfull}: BSN {X} received, contract starts {date}. Forward to the Amsterdam payroll provider.",
         lambda c: gen_bsn(c)),
        ("Customer from Utrecht asked why we need his BSN for the warranty claim - gave it anyway: {X}. Told him we delete it after verification. #{tkt}",
         lambda c: gen_bsn(c, "spaces")),
        ("From: HR Netherlands\nSent: {date} {time}\nSubject: new starter\n\nBurgerservicenummer for {ffull} is {X}. Please add to the pension enrolment.",
         lambda c: gen_bsn(c)),
    ],
    "nl": [
        ("Huurcontract {ordref}: BSN {X} van huurder {mfull} doorgegeven, ID gecontroleerd aan de balie.",
         lambda c: gen_bsn(c)),
        ("Van: {ffull}\nVerzonden: {date}\nOnderwerp: gegevens loonadministratie\n\nHierbij mijn burgerservicenummer: {X}. Groetjes, {ffn}",
         lambda c: gen_bsn(c, "dots")),
        ("oude klant, staat in systeem nog met sofinummer {X} geregistreerd (import 2005). Veld moet eigenlijk leeg - melding gemaakt bij FG.",
         lambda c: gen_bsn(c)),
    ],
    "de": [
        ("Mitarbeiter {mfull} (Standort Venlo) - für die Lohnabrechnung NL benötigt: BSN {X}. An Steuerberater weitergeleitet.",
         lambda c: gen_bsn(c)),
        ("Kundin aus Enschede hat ihre Burgerservicenummer {X} auf dem Mietvertrag angegeben. Bitte Ausweiskopie anfordern. Wv. {date}",
         lambda c: gen_bsn(c, "spaces")),
        ("Agent: Haben Sie die niederländische Nummer zur Hand?\nKunde: ja, BSN {X}\nAgent: danke, trage ich ein.\n[Ticket {tkt}]",
         lambda c: gen_bsn(c)),
    ],
    "fr": [
        ("Salarié du site de Rotterdam, M. {mln} : BSN {X} transmis pour la déclaration aux Pays-Bas. Contrat au {date}.",
         lambda c: gen_bsn(c)),
        ("Mme {fln} a communiqué son burgerservicenummer ({X}) pour le dossier de location à Maastricht. Copie de la pièce d'identité demandée.",
         lambda c: gen_bsn(c, "dots")),
        ("Client : mon numéro BSN néerlandais est le {X}\nAgent : merci, je l'ajoute au dossier\n[ticket {tkt} - en cours]",
         lambda c: gen_bsn(c)),
    ],
}

P["be_national_number"] = {
    "en": [
        ("New hire in the Antwerp office, {mfull}. Rijksregisternummer {X} for the social secretariat. Start date {date}.",
         lambda c: gen_benn(c, "dots", 1960, 1999)),
        ("Agent: for the BE energy contract I need your national register number\nCustomer: {X}\nAgent: thanks, got it\n#{tkt}",
         lambda c: gen_benn(c, "plain", 1975, 2005)),
        ("Form back from {ffull} (Liège) - INSZ {X}, the rest of the form was left blank. Chased for the missing pages.",
         lambda c: gen_benn(c, "dash", 1955, 1999)),
    ],
    "nl": [
        ("Rijksregisternummer klant {mfull}: {X} (van eID gelezen). Energiecontract {ordref} opgemaakt.",
         lambda c: gen_benn(c, "dots", 1950, 1999)),
        ("INSZ-nummer {X} doorgegeven door mevr. {fln} voor de aangifte bij het sociaal secretariaat, vanaf {date}.",
         lambda c: gen_benn(c, "plain", 2000, 2006)),
        ("Van: {ffull}\nOnderwerp: RE: inschrijving\n\nMijn rijksregisternr. is {X}, sorry voor de vertraging.\nMvg",
         lambda c: gen_benn(c, "spaces", 1960, 1999)),
    ],
    "de": [
        ("Mitarbeiter in Eupen, {mfull}: Nationalregisternummer {X} für das Sozialsekretariat. Eintritt zum {date}.",
         lambda c: gen_benn(c, "dots", 1965, 1999)),
        ("Kundin aus St. Vith gibt ihre INSZ/NISS {X} an - wird für den Energievertrag benötigt. #{tkt}",
         lambda c: gen_benn(c, "dash", 2000, 2005)),
        ("Agent: Ihre belgische Nationalnummer bitte.\nKunde: {X}\nAgent: Danke, Vertrag {ordref} ist angelegt.",
         lambda c: gen_benn(c, "plain", 1950, 1999)),
    ],
    "fr": [
        ("Numéro national de M. {mln} : {X} (lu sur l'eID). Contrat {ordref} signé le {date}.",
         lambda c: gen_benn(c, "dots", 1950, 1999)),
        ("NISS {X} communiqué par Mme {fln} pour l'inscription au secrétariat social. Début au 1er du mois.",
         lambda c: gen_benn(c, "plain", 1970, 1999)),
        ("Client : mon numéro de registre national c'est {X}\nAgent : merci, je complète le dossier\n[ticket {tkt}]",
         lambda c: gen_benn(c, "dots", 2000, 2006)),
    ],
}

P["steuer_id"] = {
    "en": [
        ("German payroll: new starter {mfull} in the Munich office, tax ID (Steuer-ID) {X}. Forward to the payroll bureau before {date}.",
         lambda c: gen_steuer(c)),
        ("From: HR Germany\nSubject: missing data\n\nWe still need the Steueridentifikationsnummer for {ffull} - she just sent it: {X}.",
         lambda c: gen_steuer(c, "grouped")),
        ("Agent: and your German tax ID?\nCustomer: IdNr {X}\nAgent: thanks, I'll add it to the withholding form\n#{tkt}",
         lambda c: gen_steuer(c)),
    ],
    "nl": [
        ("Medewerker vestiging Düsseldorf, {mfull}: Steuer-ID {X} doorgegeven voor de Duitse loonadministratie.",
         lambda c: gen_steuer(c)),
        ("Mevr. {fln} (grensarbeider, woont in Kleve) stuurde haar Steueridentifikationsnummer: {X}. Doorgezet naar salarisadministratie.",
         lambda c: gen_steuer(c, "grouped")),
        ("Klant: mijn Duitse IdNr is {X}\nMedewerker: dank u, dat zet ik op het formulier\n[gesprek {date}]",
         lambda c: gen_steuer(c)),
    ],
    "de": [
        ("Neueinstellung {mfull}, Steuer-ID {X}, Steuerklasse 1. Unterlagen an Lohnbuchhaltung, Eintritt {date}.",
         lambda c: gen_steuer(c)),
        ("Von: {ffull}\nBetreff: AW: Personalfragebogen\n\nHallo, meine Steueridentifikationsnummer lautet {X}. Viele Grüße",
         lambda c: gen_steuer(c, "grouped")),
        ("Rückfrage Lohnbüro: IdNr. von Hr. {mln} fehlte - telefonisch nachgereicht: {X}. Erledigt. #{tkt}",
         lambda c: gen_steuer(c)),
    ],
    "fr": [
        ("Salarié détaché à Sarrebruck, M. {mln} : Steuer-ID (identifiant fiscal allemand) {X}. À transmettre au cabinet de paie.",
         lambda c: gen_steuer(c)),
        ("Mme {fln} a envoyé sa Steueridentifikationsnummer {X} pour la retenue à la source allemande. Dossier complet.",
         lambda c: gen_steuer(c, "grouped")),
        ("Client : mon IdNr allemand, c'est {X}\nAgent : merci, je le reporte sur le formulaire\n[appel du {date}]",
         lambda c: gen_steuer(c)),
    ],
}

P["nir"] = {
    "en": [
        ("French secondment for {mfull}: NIR (French social security no.) {X} received, forwarded to the Paris payroll provider.",
         lambda c: gen_nir(c)),
        ("Agent: do you have your carte Vitale number?\nCustomer: yes, {X}\nAgent: thanks, added to the claim form\n#{tkt}",
         lambda c: gen_nir(c, "plain")),
        ("From: HR France\nSubject: new starter\n\nNuméro de sécurité sociale for {ffull}: {X}. Please add to the mutuelle enrolment.",
         lambda c: gen_nir(c, "key")),
    ],
    "nl": [
        ("Medewerker vestiging Lille, {mfull}: Frans socialezekerheidsnummer (NIR) {X}, doorgezet naar salarisadministratie.",
         lambda c: gen_nir(c)),
        ("Mevr. {fln} stuurde haar numéro de sécu {X} voor de Franse loonstrook. Dossier compleet.",
         lambda c: gen_nir(c, "plain")),
        ("Klant: mijn Franse NIR is {X}\nMedewerker: dank u, ik voeg het toe\n[gesprek {date} {time}]",
         lambda c: gen_nir(c)),
    ],
    "de": [
        ("Mitarbeiter am Standort Straßburg, {mfull}: französische Sozialversicherungsnummer (NIR) {X}. An Lohnbüro weitergeleitet.",
         lambda c: gen_nir(c)),
        ("Von: {ffull}\nBetreff: Unterlagen\n\nAnbei wie gewünscht meine numéro de sécurité sociale: {X}. Gruß",
         lambda c: gen_nir(c, "plain")),
        ("Agent: Die französische Sozialversicherungsnummer bitte.\nKunde: {X}\nAgent: Danke. #{tkt}",
         lambda c: gen_nir(c, "key")),
    ],
    "fr": [
        ("Nouvelle embauche {mfull} : n° de sécurité sociale {X}, transmis au service paie. Début le {date}.",
         lambda c: gen_nir(c)),
        ("De : {ffull}\nObjet : RE: dossier mutuelle\n\nVoici mon numéro de sécu : {X}. Cordialement",
         lambda c: gen_nir(c, "plain")),
        ("Client : mon NIR c'est {X}\nAgent : merci, je mets à jour l'attestation\n[appel {date} {time}]",
         lambda c: gen_nir(c)),
    ],
}

P["nino"] = {
    "en": [
        ("New starter {mfull}, NI number {X}, P45 received. Payroll to set up before the {date} run.",
         lambda c: gen_nino(c)),
        ("Agent: can you confirm your National Insurance number?\nCustomer: {X}\nAgent: thanks, that matches\n#{tkt}",
         lambda c: gen_nino(c, "plain")),
        ("From: {ffull}\nSubject: RE: onboarding forms\n\nSorry, forgot the NINO on page 2 - it's {X}. Cheers",
         lambda c: gen_nino(c, "spaces")),
    ],
    "nl": [
        ("Medewerker vestiging Manchester, {mfull}: National Insurance number {X}, doorgezet naar UK payroll.",
         lambda c: gen_nino(c)),
        ("Mevr. {fln} stuurde haar NI-nummer ({X}) voor de Britse loonadministratie. Dossier compleet.",
         lambda c: gen_nino(c, "plain")),
        ("Klant: mijn NINO is {X}\nMedewerker: dank u, genoteerd voor het UK-contract\n[gesprek {date}]",
         lambda c: gen_nino(c, "lower")),
    ],
    "de": [
        ("Mitarbeiter in der Londoner Niederlassung, {mfull}: National Insurance Number {X}. An UK-Lohnbüro weitergeleitet.",
         lambda c: gen_nino(c)),
        ("Von: {ffull}\nBetreff: Unterlagen UK\n\nMeine NI number lautet {X}. Gruß {ffn}",
         lambda c: gen_nino(c, "plain")),
        ("Agent: Ihre britische Versicherungsnummer (NINO)?\nKunde: {X}\nAgent: Danke. #{tkt}",
         lambda c: gen_nino(c)),
    ],
    "fr": [
        ("Salarié basé à Londres, M. {mln} : National Insurance number {X}. Transmis au prestataire paie UK.",
         lambda c: gen_nino(c)),
        ("De : {ffull}\nObjet : documents UK\n\nMon NI number est {X}. Bonne journée",
         lambda c: gen_nino(c, "plain")),
        ("Client : mon NINO c'est {X}\nAgent : merci, ajouté au dossier\n[appel du {date}]",
         lambda c: gen_nino(c)),
    ],
}

P["ssn"] = {
    "en": [
        ("Background check authorisation for {mfull}: SSN {X}, signed consent on file. Vendor ETA 3 business days.",
         lambda c: gen_ssn(c)),
        ("Agent: last thing, your social security number for the W-9?\nCustomer: {X}\nAgent: thanks, form is complete\n#{tkt}",
         lambda c: gen_ssn(c)),
        ("From: {ffull}\nSent: {date} {time}\nSubject: RE: contractor paperwork\n\nSS# is {X}, let me know if you need anything else.",
         lambda c: gen_ssn(c, " ")),
    ],
    "nl": [
        ("Medewerker kantoor Boston, {mfull}: Social Security Number {X} voor de US payroll. Doorgezet.",
         lambda c: gen_ssn(c)),
        ("Mevr. {fln} (contractor VS) stuurde haar SSN {X} voor het W-9 formulier.",
         lambda c: gen_ssn(c)),
        ("Klant: mijn social security number is {X}\nMedewerker: dank u, genoteerd\n[gesprek {date} {time}]",
         lambda c: gen_ssn(c, " ")),
    ],
    "de": [
        ("Mitarbeiter am US-Standort Chicago, {mfull}: SSN {X}. An das US-Lohnbüro weitergeleitet.",
         lambda c: gen_ssn(c)),
        ("Von: {ffull}\nBetreff: W-9\n\nMeine Social Security Number: {X}. Gruß",
         lambda c: gen_ssn(c)),
        ("Agent: Ihre amerikanische Sozialversicherungsnummer (SSN)?\nKunde: {X}\nAgent: Danke. #{tkt}",
         lambda c: gen_ssn(c)),
    ],
    "fr": [
        ("Salarié du bureau de New York, M. {mln} : SSN {X}, transmis au prestataire paie US.",
         lambda c: gen_ssn(c)),
        ("De : {ffull}\nObjet : formulaire W-9\n\nMon social security number : {X}. Cordialement",
         lambda c: gen_ssn(c)),
        ("Client : mon SSN c'est {X}\nAgent : merci, je complète le formulaire\n[appel du {date}]",
         lambda c: gen_ssn(c, " ")),
    ],
}

P["birth_date"] = {
    "en": [
        ("KYC check for {mfull}: DOB {X}, address verified via utility bill. Account upgraded to tier 2.",
         lambda c: gen_birth(c, "dmy_slash")),
        ("Agent: can you confirm your date of birth?\nCustomer: {X}\nAgent: thank you, you're verified\n#{tkt}",
         lambda c: gen_birth(c, "d_month_y_en")),
        ("Loyalty signup - {ffn} was born on {X}, wants the birthday voucher emailed. Segment: GOLD.",
         lambda c: gen_birth(c, "month_d_y_en")),
    ],
    "nl": [
        ("Nieuwe klant {mfull}, geboortedatum {X}, ID gecontroleerd. Lidmaatschap actief vanaf {date}.",
         lambda c: gen_birth(c, "dmy_dash")),
        ("Mevr. {fln} (geb. {X}) vraagt of ze in aanmerking komt voor de seniorenkorting. Uitgezocht: ja.",
         lambda c: gen_birth(c, "d_month_y_nl", 1938, 1959)),
        ("Klant: ik ben geboren op {X}\nMedewerker: dank u, dan klopt het account\n[gesprek {date} {time}]",
         lambda c: gen_birth(c, "d_month_y_nl")),
    ],
    "de": [
        ("Neukundin {ffull}, Geburtsdatum {X}, Ausweis geprüft. Vertrag {ordref} aktiviert.",
         lambda c: gen_birth(c, "dmy_dot")),
        ("Hr. {mln}, geb. am {X}, möchte den Vertrag auf seine Tochter übertragen. Unterlagen angefordert.",
         lambda c: gen_birth(c, "d_month_y_de")),
        ("Agent: Zur Verifizierung bitte Ihr Geburtsdatum.\nKunde: {X}\nAgent: Danke, passt.\n[Ticket {tkt}]",
         lambda c: gen_birth(c, "dmy_dot_short")),
    ],
    "fr": [
        ("Nouvelle cliente {ffull}, née le {X}, pièce d'identité vérifiée. Contrat {ordref} activé.",
         lambda c: gen_birth(c, "dmy_slash")),
        ("M. {mln}, né le {X}, souhaite transférer l'abonnement à son fils. Justificatifs demandés.",
         lambda c: gen_birth(c, "d_month_y_fr")),
        ("Date de naissance : {X} - confirmée par le client lors de l'appel du {date} pour la réinitialisation du compte.",
         lambda c: gen_birth(c, "dmy_dot")),
    ],
}

IDENTIFIER_KINDS = ["email", "phone", "iban", "card", "bsn", "be_national_number", "steuer_id", "nir",
                    "nino", "ssn", "birth_date"]

# ---------------------------------------------------------------------------
# Positive templates: special categories (3 per language; 2 or 3 used)
# ---------------------------------------------------------------------------

S = {}

S["health"] = {
    "en": [
        "{ffn} is off on maternity leave from next month (pregnant, due in June) - {mfn} covers the account until Sept.",
        "Agent: is now a good time?\nCustomer: not really, just out of hospital after the knee op, call me next week\nAgent: of course, get well soon\n#{tkt}",
        "{mfull} on long-term sick leave - burn-out acc. to his colleague. Do NOT chase renewal {ordref} before Q3.",
    ],
    "nl": [
        "Mevr. {fln} is zwanger, verlof vanaf half mei. Contactpersoon tijdelijk {mfn} van inkoop.",
        "klant zit in een rolstoel -> levering op begane grond, NIET via de trap. Chauffeur informeren (order {ordref}).",
        "Terugbellen lukt niet: dhr. {mln} ligt in het ziekenhuis na een hartinfarct, zijn zoon nam op. Over 2 wkn opnieuw proberen.",
    ],
    "de": [
        "Hr. {mln} ist seit 3 Wochen krankgeschrieben (Burnout lt. Kollegin). Angebot {ordref} ruht bis auf Weiteres.",
        "Kundin ist Diabetikerin und bat um Termine nicht vor 10 Uhr wg. Insulin-Einstellung. Termin auf Do. 10:30 gelegt.",
        "Agent: Ist Herr {mln} zu sprechen?\nTochter: Nein, mein Vater ist nach dem Schlaganfall noch in der Reha.\nAgent: Gute Besserung, ich melde mich in 4 Wochen.",
    ],
    "fr": [
        "Mme {fln} en arrêt maladie jusqu'à fin mars (chimio). Ne pas relancer pour le devis {ordref}.",
        "Client malvoyant - envoyer les documents en gros caractères ou tout faire par téléphone. Appel du {date}.",
        "M. {mln} en congé longue maladie suite à une dépression, sa collègue {ffn} reprend le dossier.",
    ],
}

S["religious_or_philosophical_beliefs"] = {
    "en": [
        "No calls on Fridays after 12 - {mfn} attends Friday prayers at the mosque. Prefers Mon-Thu mornings.",
        "Customer is a practising Jehovah's Witness, asked us not to send the Xmas hamper this year. Noted on the gifting list.",
        "{ffn} mentioned she's fasting for Ramadan, so the lunch meeting was moved to a call. F/u {date}.",
    ],
    "nl": [
        "Dhr. {mln} is streng gereformeerd, NIET op zondag bellen of mailen. Afspraken alleen ma-za.",
        "Klant is moslim, vroeg om halal catering bij de productdemo op {date}. Geregeld met de cateraar.",
        "Mevr. {fln} is boeddhist en gaat eind mei een maand op retraite in het klooster - pas daarna terugbellen.",
    ],
    "de": [
        "Kunde ist Zeuge Jehovas - bitte keine Geburtstags- oder Weihnachtsgrüße schicken. Im CRM vermerkt.",
        "Hr. {mln} ist gläubiger Muslim und bat, den Termin nicht in die Zeit des Freitagsgebets zu legen.",
        "Kundin ist strenggläubige Katholikin, möchte keine Lieferung an Fronleichnam. Termin verschoben auf {date}.",
    ],
    "fr": [
        "M. {mln} est musulman pratiquant, pas de rendez-vous le vendredi midi svp.",
        "Mme {fln} fait le ramadan, préfère un RDV en fin de journée. RDV déplacé au {date} 17h30.",
        "Client catholique pratiquant, ne souhaite pas être démarché le dimanche. Noté dans la fiche.",
    ],
}

S["political_opinions"] = {
    "en": [
        "{mfn} is a Labour councillor in Leeds, asked us to keep his name off the case study. Approved by marketing.",
        "Chatted w/ {ffn} after the demo - she's a paid-up Lib Dem member and canvassing for the by-election, slow replies this month.",
        "Customer spent 10 min on the call explaining why he votes Reform UK now. Eventually agreed the upgrade. #{tkt}",
    ],
    "nl": [
        "Dhr. {mln} zit voor de VVD in de gemeenteraad, wil geen publiciteit rond het project.",
        "Mevr. {fln} is actief lid van GroenLinks-PvdA en flyert elke zaterdag, daarom alleen doordeweeks afspreken.",
        "klant is kandidaat voor de N-VA bij de gemeenteraadsverkiezingen, wil na oktober pas verder praten.",
    ],
    "de": [
        "Hr. {mln} ist SPD-Mitglied und sitzt im Stadtrat - bittet um diskrete Behandlung des Angebots.",
        "Kundin erzählte, sie kandidiert für die Grünen bei der Kommunalwahl - Termine erst nach dem 15. möglich.",
        "Kunde betonte mehrfach, dass er in der CDU aktiv ist und Kreisvorsitzender werden will. Angebot {ordref} läuft.",
    ],
    "fr": [
        "M. {mln} est élu municipal LR, souhaite que la commande passe au nom de sa société.",
        "Mme {fln} milite à La France insoumise, peu disponible pendant la campagne. Relancer en juillet.",
        "Client adhérent du PS depuis 20 ans, il nous l'a répété trois fois. Devis {ordref} envoyé.",
    ],
}

S["trade_union_membership"] = {
    "en": [
        "{mfn} is the Unite shop steward at the depot - wants to run the new rota past the union first.",
        "Customer mentioned she's a UNISON member and got legal advice through them about the contract. Escalated to legal.",
        "Agent: are you happy to proceed?\nCustomer: I'll check with my GMB rep first, I'm a member\nAgent: no problem\n#{tkt}",
    ],
    "nl": [
        "Dhr. {mln} is kaderlid van de FNV, wil de offerte eerst met de OR bespreken.",
        "Mevr. {fln} is lid van het CNV en vroeg of er korting is via haar vakbond.",
        "klant is ABVV-afgevaardigde in zijn bedrijf, belt na de staking terug.",
    ],
    "de": [
        "Hr. {mln} ist ver.di-Vertrauensmann im Betrieb - Termin erst nach der Tarifrunde.",
        "Kundin ist Mitglied der IG Metall, Rechtsberatung zum Vertrag läuft über die Gewerkschaft.",
        "Agent: Können wir unterschreiben?\nKunde: Erst nach Rücksprache mit meiner Gewerkschaft, bin bei der IG BCE\nAgent: Verstehe. #{tkt}",
    ],
    "fr": [
        "M. {mln} est délégué CGT dans son entreprise, dispo après la grève du 12.",
        "Mme {fln} est adhérente CFDT, veut passer par son syndicat pour le litige.",
        "Client syndiqué à la FGTB, souhaite l'avis de son délégué avant de signer. Relance {date}.",
    ],
}

S["racial_or_ethnic_origin"] = {
    "en": [
        "{ffn} is of Nigerian Yoruba heritage and asked that the welcome pack not use the generic stock photos. Noted for marketing.",
        "Customer said he's Roma and felt the previous agent treated him differently. Complaint logged, escalated to team lead. #{tkt}",
        "Contact describes herself as British Pakistani; asked for Urdu-speaking support if available.",
    ],
    "nl": [
        "Dhr. {mln} is van Marokkaanse afkomst en voelde zich gediscrimineerd door de bezorger. Klacht ingediend.",
        "Mevr. {fln} heeft een Turks-Koerdische achtergrond, vroeg of er een Koerdischsprekende adviseur is.",
        "klant zegt dat hij als zwarte man bij onze winkelingang vaker wordt aangesproken door de beveiliging - klacht doorgezet naar de vestigingsmanager.",
    ],
    "de": [
        "Kunde ist Sinto und fühlt sich bei der Kreditprüfung benachteiligt - Beschwerde an Compliance.",
        "Fr. {fln} hat kurdische Wurzeln, wünscht Beratung auf Kurmandschi falls möglich.",
        "Hr. {mln} (afrodeutsch, wie er selbst sagte) beschwert sich über einen rassistischen Kommentar des Monteurs. Eskaliert.",
    ],
    "fr": [
        "Mme {fln}, d'origine maghrébine, estime que le refus de crédit est discriminatoire. Réclamation transmise.",
        "M. {mln} est d'origine kabyle, demande un conseiller parlant kabyle si possible.",
        "Cliente d'origine vietnamienne, s'est plainte d'une remarque déplacée du livreur. Dossier {tkt} ouvert.",
    ],
}

S["sex_life_or_sexual_orientation"] = {
    "en": [
        "{mfn} mentioned he and his husband will both sign the lease. Both names on the contract.",
        "Customer is openly gay and asked whether the couples' package applies to same-sex partners. Yes - T&Cs sent.",
        "Caller said she's lesbian and felt the ad campaign excluded her. Passing feedback to marketing. #{tkt}",
    ],
    "nl": [
        "Dhr. {mln} en zijn man komen samen tekenen op {date}, graag beide namen op het contract {ordref}.",
        "Mevr. {fln} is lesbisch en vroeg of de gezinskorting ook voor haar vrouw geldt. Ja, bevestigd.",
        "klant vertelde dat hij homo is en dat zijn vriend mee-aanvrager wordt voor de hypotheekofferte.",
    ],
    "de": [
        "Hr. {mln} ist schwul und möchte seinen Partner als Mitversicherten eintragen. Formular verschickt.",
        "Fr. {fln} und ihre Ehefrau wollen den Vertrag gemeinsam abschließen. Termin {date}.",
        "Kunde ist bisexuell (hat er selbst erwähnt) und fragte nach der LGBTQ-Community-Rabattaktion.",
    ],
    "fr": [
        "M. {mln} est homosexuel et souhaite ajouter son compagnon comme co-titulaire.",
        "Mme {fln} et sa compagne signent le bail ensemble le {date}. Préparer deux exemplaires du contrat.",
        "Client bisexuel, l'a mentionné lui-même en demandant l'offre partenaire. RAS.",
    ],
}

S["criminal"] = {
    "en": [
        "Background check flagged {mfull}: prior conviction for fraud (2019), served 18 months. Credit team to decide.",
        "Customer mentioned he's on probation with an ankle tag and has to be home by 7pm - delivery slots adjusted.",
        "{ffn} was convicted of drink-driving last year and lost her licence, needs delivery instead of collection.",
    ],
    "nl": [
        "Dhr. {mln} heeft een strafblad (diefstal), VOG geweigerd - kan niet als onderaannemer worden ingezet.",
        "Klant zit momenteel vast in de PI Vught, zijn zus belt namens hem over de opzegging.",
        "Mevr. {fln} is vorig jaar veroordeeld voor verduistering, volgens haar eigen verhaal. Geen krediet verstrekken.",
    ],
    "de": [
        "Hr. {mln} ist vorbestraft (Betrug) laut Auskunft - kein Kauf auf Rechnung.",
        "Kunde wurde wegen Körperverletzung verurteilt, steht unter Bewährung bis 2027. Termine nur vormittags.",
        "Fr. {fln} erwähnte ihre Haftstrafe wegen Steuerhinterziehung, deshalb die Lücke im Lebenslauf.",
    ],
    "fr": [
        "M. {mln} a un casier judiciaire (vol), refus du paiement en plusieurs fois.",
        "Client condamné pour escroquerie en 2021, sous contrôle judiciaire. Dossier transmis au service risques.",
        "Mme {fln} sort de détention (3 ans pour trafic), sa sœur gère le contrat pour l'instant.",
    ],
}

S["genetic"] = {
    "en": [
        "{ffn} told us her DNA test showed she carries the BRCA1 variant, so she wants the premium cover. Quote sent.",
        "Customer uploaded his raw DNA file from the ancestry kit to the ticket by mistake - deleted, asked him not to resend. #{tkt}",
        "{mfull}'s gene panel came back positive for an LDLR gene variant, he wants the lab report added to his file.",
    ],
    "nl": [
        "Mevr. {fln} vertelde dat uit haar DNA-test blijkt dat ze draagster is van het BRCA2-gen.",
        "Klant heeft een DNA-vaderschapstest laten doen, uitslag per ongeluk naar ons gemaild - direct verwijderd.",
        "Dhr. {mln} liet weten dat zijn genetisch onderzoek drager van een erfelijke mutatie (CFTR) heeft uitgewezen.",
    ],
    "de": [
        "Kundin hat einen Gentest machen lassen: BRCA1-Mutation positiv. Möchte deshalb den Tarif wechseln.",
        "Hr. {mln} hat das Ergebnis seiner DNA-Abstammungsanalyse versehentlich als Anhang geschickt - gelöscht.",
        "Fr. {fln}: Genanalyse ergab Trägerstatus für die Faktor-V-Leiden-Mutation, soll in der Akte vermerkt werden.",
    ],
    "fr": [
        "Mme {fln} porteuse de la mutation BRCA2 selon son test génétique, souhaite changer de formule.",
        "Résultats du test ADN de M. {mln} reçus par erreur en pièce jointe - supprimés.",
        "Client : son test génétique montre une mutation héréditaire du gène HFE, il veut que ce soit noté au dossier.",
    ],
}

S["biometric"] = {
    "en": [
        "Enrolled {mfull}'s fingerprint on the site access terminal (template ref {tkt}) - he can now open the server room.",
        "Customer consented to face-recognition login; her face template is now stored in the app vault for sign-in.",
        "Iris scan of contractor {ffull} registered for the data-centre mantrap, valid until end of project.",
    ],
    "nl": [
        "Vingerafdruk van dhr. {mln} geregistreerd in het toegangssysteem, pasje niet meer nodig.",
        "Klant wil gezichtsherkenning uitzetten - haar gezichtstemplate moet uit de database worden verwijderd.",
        "Irisscan van mevr. {fln} opgeslagen voor de toegang tot de serverruimte. Ticket #{tkt}.",
    ],
    "de": [
        "Fingerabdruck von Hr. {mln} im Zutrittssystem hinterlegt, Karte wird nicht mehr benötigt.",
        "Gesichtserkennungs-Template der Kundin für den App-Login gespeichert, Einwilligung liegt vor.",
        "Stimmprofil (Voice-ID) von Fr. {fln} für die Telefon-Authentifizierung angelegt. #{tkt}",
    ],
    "fr": [
        "Empreinte digitale de M. {mln} enregistrée sur la badgeuse, badge désactivé.",
        "Gabarit de reconnaissance faciale de Mme {fln} enregistré pour la connexion à l'appli.",
        "Le client demande la suppression de son empreinte vocale utilisée pour l'authentification téléphonique. Ticket {tkt}.",
    ],
}

SPECIAL_KINDS = ["racial_or_ethnic_origin", "political_opinions", "religious_or_philosophical_beliefs",
                 "trade_union_membership", "genetic", "biometric", "health", "sex_life_or_sexual_orientation",
                 "criminal"]

# ---------------------------------------------------------------------------
# Clean notes (hard negatives), by class and language
# ---------------------------------------------------------------------------

C = {}

C["dates_times_versions"] = {
    "en": [
        "Call back scheduled 3/4/2026 9:15 - customer wants to go through the renewal options. Slot 09:00-09:30 held in the calendar. /{rep}",
        "Ticket #{tkt} auto-closed at {ts_iso} after 7 days without reply. Reopen if {co} responds.",
        "Upgraded the client portal to v{ver} on {dt_en}; release notes sent to the account team. No downtime reported.",
        "Site visit window 08:30-11:00 on Thu 12 Mar 2026, access via loading bay B. Bring the demo kit (build 2026.03.{e4}).",
        "{co} was incorporated on 14 May 1998 per Companies House - confirmed for the credit application, no further docs needed.",
        "The partnership was born out of the 12/03/2025 workshop in Leeds - see deck v2.3 for the timeline and next steps.",
        "Maintenance window Sat 21:00 - Sun 03:00 UTC. Last sync {ts_iso}. Firmware 3.2.17 -> 3.4.0 on all scanners.",
    ],
    "nl": [
        "Terugbelafspraak 01.03.2026 17:07 bevestigd, klant wil de verlenging doornemen. Tijdslot 17:00-17:30 geblokt.",
        "Storing opgelost om {ts_iso}, versie {ver} uitgerold op alle kassa's. Ticket #{tkt} gesloten.",
        "Monteur komt di 10-3-2026 tussen 8:00 en 12:00, sleutel ligt bij de receptie. Afspraak via planning.",
        "{co} is opgericht op 12-05-1998 (zie uittreksel), valt dus in de categorie klanten > 25 jaar.",
        "Update naar app-versie 5.3.12 gepland op 15-03-2026 22:00, verwachte downtime 30 min. Klant akkoord.",
        "Van: Planning\nVerzonden: maandag 2 maart 2026 09:14\nOnderwerp: levering wk 11\n\nLevering verschoven naar do 12-03 tussen 13.00 en 15.00 uur.",
    ],
    "de": [
        "Rückruf am 01.03.2026 17:07 vereinbart, Zeitfenster 17:00-17:30. Kunde möchte die Verlängerung besprechen.",
        "Ticket #{tkt} automatisch geschlossen um {ts_iso}. Software-Version {ver}, kein Handlungsbedarf.",
        "Anlieferung Geb. 4 (Halle Süd) am 12.03.2026 ab 7:30, Ansprechpartner am Tor. Hubwagen mitbringen.",
        "{co}, gegründet am 12.05.1998 lt. Handelsregisterauszug - Bonitätsprüfung ok.",
        "Wartungsfenster Sa 22:00 - So 04:00 Uhr, Firmware 4.1.2 -> 4.2.0 auf allen Terminals.",
        "Von: Disposition\nGesendet: Montag, 2. März 2026 09:14\nBetreff: Lieferung KW 11\n\nLieferung verschoben auf Do., 12.03., 13-15 Uhr.",
    ],
    "fr": [
        "Rappel prévu le 01/03/2026 à 17h07, créneau 17h00-17h30. Le client veut revoir le renouvellement.",
        "Ticket #{tkt} clôturé automatiquement à {ts_iso}. Version logicielle {ver}.",
        "Intervention du technicien mar. 10/03/2026 entre 8h et 12h, accès par le quai B.",
        "{co} créée le 12/05/1998 (extrait Kbis) - contrôle de solvabilité OK, pas d'autre pièce requise.",
        "Fenêtre de maintenance sam. 22h00 - dim. 04h00, firmware 4.1.2 -> 4.2.0 sur tous les terminaux.",
        "De : Planification\nEnvoyé : lundi 2 mars 2026 09:14\nObjet : livraison S11\n\nLivraison décalée au jeu. 12/03 entre 13h et 15h.",
    ],
}

C["order_ticket_tracking_numbers"] = {
    "en": [
        "Order {d10} shipped via DPD, tracking {d14}. ETA Tue. Customer informed through the portal, no action needed.",
        "Tracking no. {luhn16g} (UPS) shows 'exception - address incomplete'. Asked the warehouse to re-label. Ref PO {d8}.",
        "Invoice {d9} paid on 02/03, matched against PO 4500{d6}. Remaining balance $0.00. Closing the case.",
        "Return auth RMA-{d8} approved. Parcel number {luhn16} - refund follows once the unit has been inspected.",
        "FW: Your order confirmation\nOrder number: {d12}\nShipment: {d18}\nPlease quote the order number in all correspondence.",
        "Credit note {d11} issued against invoice {d10}. Customer reference {d8}/2026. Sent to AP.",
        "<p>Your support request <b>{d8}</b> has been received.</p><p>Reference: {d13}</p><p>Do not reply to this message.</p>",
        "Order ID {luhn16} was split into two parcels; second parcel ref {d12}. Customer happy to wait.",
    ],
    "nl": [
        "Ordernummer {d10} verzonden met PostNL, track & trace {d15}. Klant geïnformeerd via mail.",
        "Pakketnummer {luhn16} staat al 3 dagen op 'gesorteerd'. Navraag gedaan bij de vervoerder.",
        "Factuurnummer {d9} voldaan op 04-03, inkoopordernr {d10}. Openstaand saldo € 0,00.",
        "Retour aangemeld, referentie {d12}. Zendingnummer {luhn16g} - creditnota volgt na ontvangst.",
        "FW: Bevestiging van uw bestelling\nBestelnummer: {d11}\nKlantnummer: {d8}\nVermeld altijd uw bestelnummer.",
        "Klacht over levering {d13}: 2 dozen beschadigd. Foto's ontvangen, creditering € 87,50 aangemaakt.",
        "<p>Uw aanvraag met nummer <b>{d9}</b> is ontvangen.</p><p>Referentie {d14}</p>",
    ],
    "de": [
        "Auftragsnummer {d10} versendet mit DHL, Sendungsnummer {d12}. Kunde per Portal informiert.",
        "Sendungsverfolgung {luhn16g} (GLS) hängt seit 3 Tagen im Depot. Nachforschungsauftrag gestellt.",
        "Rechnung Nr. {d9} bezahlt am 04.03., Bestellnummer {d10}. Restbetrag 0,00 €.",
        "Retoure angemeldet, Retourennummer {d11}, Paketnummer {luhn16}. Gutschrift nach Wareneingang.",
        "WG: Ihre Bestellbestätigung\nBestellnummer: {d11}\nKundennummer: {d8}\nBitte bei Rückfragen angeben.",
        "Reklamation Lieferschein {d13}: 2 Kartons beschädigt, Gutschrift über 87,50 € erstellt.",
        "Auftrag {d14} storniert, Ersatzauftrag {d16} angelegt. Keine Mehrkosten für den Kunden.",
    ],
    "fr": [
        "Commande n° {d10} expédiée par Colissimo, suivi {d13}. Client informé via le portail.",
        "Numéro de suivi {luhn16g} (Chronopost) bloqué depuis 3 jours. Réclamation ouverte auprès du transporteur.",
        "Facture n° {d9} réglée le 04/03, bon de commande {d10}. Solde 0,00 €.",
        "Retour enregistré, n° {d11}. Colis {luhn16} - avoir émis à réception.",
        "TR : Confirmation de votre commande\nN° de commande : {d11}\nN° client : {d8}\nMerci de rappeler ce numéro.",
        "Réclamation BL {d13} : 2 cartons abîmés, avoir de 87,50 € créé.",
        "<p>Votre demande n° <b>{d9}</b> a bien été enregistrée.</p><p>Référence : {d14}</p>",
    ],
}

C["part_and_sku_codes"] = {
    "en": [
        "Spare parts ordered: part 0161-496-{e4} (filter housing) x2 and part 020-7946-{e4} (gasket). Ships Monday.",
        "SKU 020-555-{e4} out of stock, offered substitute SKU 020-555-{e4}B at the same price ($45.99).",
        "Quote line 3: part no. 06-1234-{e4} (NL supplier code), qty 12, unit price €18.40.",
        "Warranty claim: controller board faulty, part # 555-010-{e4}, replacement sent with the courier.",
        "Part 44-7700-{e6} replaced under warranty; old unit returned in box {d8}.",
    ],
    "nl": [
        "Onderdeel 06-4821{e4} (filterhuis) besteld, levertijd 5 werkdagen. Klant betaalt € 42,00 verzendkosten.",
        "art.nr. 020-123 {e4} niet meer leverbaar, vervangend art.nr. 020-123 {e4}A aangeboden.",
        "Monteur heeft onderdeel 0470/12.{e2}.{e2} vervangen (BE-leverancierscode), oud onderdeel retour.",
        "Bestelling: 4x art.nr. 030-{e7}, 2x art.nr. 010-{e7}. Totaal € 318,40 excl. btw.",
        "Onderdeelnummer 0612 {e3} {e3} staat fout in de catalogus, moet 0612 {e3} {e3}-B zijn. Doorgegeven aan inkoop.",
    ],
    "de": [
        "Artikelnummer 0171-234{e4} (Dichtungssatz) bestellt, Lieferzeit 5 Werktage.",
        "Ersatzteil Art.-Nr. 030/{e8} nicht mehr lieferbar, Nachfolger 030/{e8}-N angeboten.",
        "Artikelnummer 089 {e3} {e4} laut Katalog, 12 Stück à 4,80 €. Bestellung raus.",
        "Teil-Nr. 0049-{e3}-{e6} im Lager Nord, Umbuchung nach Süd veranlasst.",
        "Artikelnummer 0152 {e4} {e4}: falsche Farbe geliefert, Austausch veranlasst.",
    ],
    "fr": [
        "Pièce 06 12 {e2} {e2} {e2} (joint) commandée, délai 5 jours ouvrés.",
        "Réf. pièce 01.23.{e2}.{e2}.{e2} plus disponible, remplacée par la réf. 01.23.{e2}.{e2}.{e2}-B.",
        "Pièce n° 04-{e2}-{e2}-{e2}-{e2} : mauvaise couleur livrée, échange en cours.",
        "Commande : 4x pièce 0033-{e3}-{e6}, 2x pièce 09 {e2} {e2} {e2} {e2}. Total 318,40 € HT.",
        "Numéro de pièce 07 {e2} {e2} {e2} {e2} erroné dans le catalogue, signalé au fournisseur.",
    ],
}

C["company_identifiers"] = {
    "en": [
        "Updated billing entity: {co}, Company No. {uk_crn}, VAT {vat_gb}. Invoices from April onwards.",
        "Credit check passed. DUNS {duns}, EIN {ein}. Credit limit $25,000, net 30.",
        "Supplier form: VAT number {vat_nl}, KvK {kvk}. Bank details to follow from their finance team.",
        "NL entity - VAT {vat_nl_sp}, chamber of commerce no. {kvk}. Set as bill-to for all Benelux orders.",
        "German subsidiary registered HRB {hrb} (Amtsgericht {court}), VAT ID {vat_de}. Please update the master data.",
        "Belgian distributor: enterprise number {be_ent_dots}, VAT BE{be_ent}. Payment terms 60 days.",
        "French client, SIRET {siret_sp}, VAT {vat_fr}. PO mandatory on all invoices.",
    ],
    "nl": [
        "Nieuwe debiteur: {co}, KvK {kvk}, btw-nummer {vat_nl}. Betaaltermijn 30 dagen.",
        "Btw-id gewijzigd naar {vat_nl_sp} (zo staat het op hun briefpapier). Aangepast in de stamgegevens.",
        "Belgische klant: ondernemingsnummer {be_ent_dots}, btw BE {be_ent}. Facturen in het Nederlands.",
        "KvK-nummer {kvk} en vestigingsnummer {d12} gecontroleerd in het Handelsregister - klopt.",
        "Leverancier {co}: BTW BE{be_ent}, RPR Gent. Rekeninggegevens volgen per brief.",
        "Duitse dochter: USt-IdNr. {vat_de}, HRB {hrb}. Factuuradres blijft Rotterdam.",
        "Franse vestiging SIREN {siren}, SIRET {siret}. Btw-nummer {vat_fr}.",
    ],
    "de": [
        "Neukunde: {co}, HRB {hrb}, Amtsgericht {court}. USt-IdNr. {vat_de}.",
        "USt-IdNr. {vat_de_sp} (mit Leerzeichen auf der Rechnung) - in den Stammdaten korrigiert.",
        "Steuernummer der GmbH 143/{e3}/{e5} für die Gutschrift angegeben, an Buchhaltung weitergeleitet.",
        "Lieferant aus Eindhoven: KvK {kvk}, BTW {vat_nl}. Zahlungsziel 30 Tage netto.",
        "Belgischer Händler: Unternehmensnummer {be_ent_dots}, MwSt. BE{be_ent}.",
        "Französische Tochter SIREN {siren_sp}, USt-IdNr. {vat_fr}.",
        "DUNS-Nummer {duns} für das Lieferantenportal angefordert, HRA {e5} beim AG {court}.",
    ],
    "fr": [
        "Nouveau client : {co}, SIREN {siren}, SIRET {siret}. TVA intracom {vat_fr}.",
        "N° TVA {vat_fr_sp} (avec espaces sur leurs factures) - corrigé dans la fiche.",
        "RCS Lyon B {siren_sp}, code APE 4651Z. Conditions de paiement 45 jours fin de mois.",
        "Distributeur belge : numéro d'entreprise {be_ent_dots}, TVA BE {be_ent}.",
        "Filiale allemande : HRB {hrb}, USt-IdNr. {vat_de}. Facturation centralisée à Lyon à partir d'avril.",
        "Fournisseur à Eindhoven : KvK {kvk}, TVA {vat_nl}. Paiement à 30 jours net.",
        "Numéro DUNS {duns} demandé pour le portail fournisseurs. SIRET {siret_sp}.",
    ],
}

C["invalid_checksum_lookalikes"] = {
    "en": [
        "Customer read out NI number {bad_nino} but payroll says it's not a valid format - asked him to check his payslip and call back.",
        "SSN field contains {bad_ssn} - that's a placeholder from the old CRM import, not a real number. Cleared it.",
        "Payment failed: card number {bad_card} rejected by the gateway (checksum). Asked customer to re-enter online.",
        "IBAN {bad_iban_gb} bounced - validation error 'invalid check digits'. Finance requested correct details by post.",
        "IBAN given on the form: {bad_iban_es} - fails the check, probably a typo. Requested a bank statement header.",
        "Test record: SSN {bad_ssn2} (invalid by design), used by QA for the import script.",
        "NINO on file = {bad_nino2} - not a valid prefix/suffix, dummy value from the sandbox account. Left as is.",
        "Card no. {bad_card2} from the web form doesn't pass the Luhn check - most likely a typo. Payment link resent, £89.00.",
    ],
    "nl": [
        "Klant gaf BSN {bad_bsn} op, maar dat voldoet niet aan de elfproef - waarschijnlijk typfout, opnieuw opvragen.",
        "IBAN {bad_iban_nl} geeft foutmelding 'ongeldig controlegetal'. Klant gevraagd het rekeningnummer opnieuw door te geven.",
        "Import-log: veld burgerservicenummer bevat {bad_bsn2} -> afgekeurd (11-proef). Record overgeslagen.",
        "Rijksregisternummer {bad_benn} klopt niet (controlegetal), eID opnieuw laten inlezen.",
        "Terugbetaling mislukt: IBAN {bad_iban_be} ongeldig. Financiën vraagt nieuwe gegevens op.",
        "Testdata: sofinummer {bad_bsn3} (bewust ongeldig) gebruikt in de acceptatieomgeving.",
        "Creditcardnummer {bad_card} afgewezen door de betaalprovider (Luhn-fout). Betaallink opnieuw verstuurd.",
        "IBAN in het formulier: {bad_iban_de} - controle faalt, waarschijnlijk twee cijfers omgedraaid.",
    ],
    "de": [
        "Steuer-ID {bad_steuer} aus dem Formular ist ungültig (Prüfziffer falsch) - Mitarbeiter um Korrektur gebeten.",
        "IBAN {bad_iban_de} wird vom System abgelehnt ('Prüfsumme fehlerhaft'). Neue Bankverbindung angefordert.",
        "Steueridentifikationsnummer im Altdatensatz: {bad_steuer2} - Plausi-Check schlägt fehl, Feld geleert.",
        "Kreditkarte {bad_card} vom Zahlungsanbieter abgelehnt (ungültige Nummer). Zahlungslink erneut gesendet.",
        "IBAN {bad_iban_fr} aus der Rechnung des Lieferanten ist falsch (Prüfziffer). Rückfrage gestellt.",
        "Testdatensatz: IdNr {bad_steuer3} (absichtlich ungültig) für die QA-Umgebung.",
        "Kartennummer {bad_card2} im Webformular - Luhn-Prüfung fehlgeschlagen, Kunde gibt sie erneut ein.",
        "Import-Fehler: IBAN {bad_iban_nl} ungültig, Datensatz übersprungen. Log an IT.",
    ],
    "fr": [
        "NIR {bad_nir} saisi par le salarié : clé de contrôle incorrecte, demande de correction envoyée.",
        "IBAN {bad_iban_fr} refusé par la banque (clé IBAN invalide). Nouveau RIB demandé.",
        "N° de sécu {bad_nir_sp} dans l'ancien fichier - clé fausse, champ vidé.",
        "Carte {bad_card} refusée par le prestataire de paiement (numéro invalide). Lien de paiement renvoyé.",
        "Numéro national {bad_benn} : chiffre de contrôle faux, relire l'eID.",
        "IBAN {bad_iban_be} invalide, remboursement bloqué en attendant les bonnes coordonnées.",
        "Jeu de test : NIR {bad_nir2} (volontairement invalide) pour la recette.",
        "N° de carte {bad_card2} saisi sur le site : échec du contrôle Luhn, le client va ressaisir.",
    ],
}

C["amounts_and_percentages"] = {
    "en": [
        "Agreed price €1.250,00 excl. VAT per unit, volume discount 12.5% from 50 units. Total quote EUR 61 875,00.",
        "Annual contract value $1,555,010.00 - split 40/60 across two fiscal years. Margin 23.4%.",
        "Balance outstanding £2,020,794.60 (group level). Payment plan 3 x £673,598.20 agreed with their CFO.",
        "Price list 2026: basic 45.99, pro 99.00, enterprise 1 299.00 USD/month; 15% uplift on 01 Apr.",
        "Total order value GBP 7,700,900.00 - largest deal this quarter, 3% early payment discount.",
    ],
    "nl": [
        "Afgesproken prijs € 1.250,00 per stuk excl. btw, staffelkorting 7,5% vanaf 20 stuks. Totaal € 23.125,00.",
        "Jaaromzet klant ca. € 12.345.678 - valt in segment Enterprise. Marge 18%.",
        "Offertetotaal € 2.020.555,00 incl. installatie, aanbetaling 30% (€ 606.166,50).",
        "Korting 15% op de eerste 3 maanden, daarna EUR 300 p/m. Opzegtermijn 1 maand.",
        "Verkeerd gefactureerd: € 1.234,56 ipv € 1.243,56. Creditnota + nieuwe factuur verstuurd.",
    ],
    "de": [
        "Preis vereinbart: 1.250,00 € netto je Einheit, Mengenrabatt 7,5 % ab 20 Stück.",
        "Jahresumsatz des Kunden ca. 12.345.678 € - Segment Großkunde, Marge 18 %.",
        "Angebotssumme 2 020 555,00 € inkl. Montage, Anzahlung 30 % fällig bei Auftrag.",
        "Rabatt 15 % auf die ersten 3 Monate, danach EUR 300 mtl. Kündigungsfrist 1 Monat.",
        "Falsch fakturiert: 1.234,56 € statt 1.243,56 €. Gutschrift und neue Rechnung verschickt.",
    ],
    "fr": [
        "Prix convenu : 1 250,00 € HT l'unité, remise de 7,5 % à partir de 20 unités.",
        "CA annuel du client env. 12 345 678 € - segment grands comptes, marge 18 %.",
        "Montant du devis : 2 020 555,00 € TTC, acompte de 30 % à la commande.",
        "Remise de 15 % les 3 premiers mois, puis 300 EUR/mois. Préavis d'un mois.",
        "Erreur de facturation : 1 234,56 € au lieu de 1 243,56 €. Avoir + nouvelle facture envoyés.",
    ],
}

C["role_mailboxes"] = {
    "en": [
        "From: Accounts Payable <accounts@example.com>\nSent: {dt_en}\nSubject: Remittance advice\n\nPlease find attached remittance for invoice {invref}. Amount $2,340.00.",
        "Customer asked where to send the signed contract - told them sales@example.org or upload via the portal.",
        "Bounce from no-reply@example.net - the shared support@example.com box is full. IT ticket raised #{tkt}.",
        "Please cc billing@example.org on all invoice queries; helpdesk@example.com for technical issues.",
        "Auto-reply from info@example.com: office closed until 6 Jan. Follow up after the holidays.",
        "Marketing list cleanup: removed role addresses (info@, sales@, admin@example.net) from the newsletter segment.",
    ],
    "nl": [
        "Van: Crediteurenadministratie <facturen@example.nl>\nVerzonden: {dt_nl}\nOnderwerp: betaalbevestiging\n\nFactuur {invref} is betaald, bedrag € 1.980,00.",
        "Klant vraagt waar de getekende offerte heen moet: verkoop@example.nl of via het portaal.",
        "Mail naar administratie@example.nl kwam terug (mailbox vol). Via info@example.nl opnieuw gestuurd.",
        "Graag facturen voortaan naar boekhouding@example.com, niet meer naar de algemene inbox.",
        "Automatisch antwoord van info@example.be: kantoor gesloten tot 6 januari.",
        "no-reply@example.nl wordt gebruikt voor orderbevestigingen; reacties graag naar klantenservice@example.nl.",
    ],
    "de": [
        "Von: Buchhaltung <rechnung@example.de>\nGesendet: {dt_de}\nBetreff: Zahlungsavis\n\nRechnung {invref} wurde beglichen, Betrag 1.980,00 €.",
        "Kunde fragt, wohin der unterschriebene Vertrag soll - an vertrieb@example.de oder per Portal.",
        "Mail an kundenservice@example.de kam zurück (Postfach voll). Über info@example.de erneut gesendet.",
        "Rechnungen bitte ab sofort an buchhaltung@example.com, nicht mehr an die allgemeine Adresse.",
        "Abwesenheitsnotiz von info@example.de: Betriebsferien bis 06.01. Danach nachfassen.",
        "no-reply@example.de versendet die Auftragsbestätigungen; Antworten bitte an service@example.de.",
    ],
    "fr": [
        "De : Comptabilité <factures@example.fr>\nEnvoyé : {dt_fr}\nObjet : avis de paiement\n\nLa facture {invref} a été réglée, montant 1 980,00 €.",
        "Le client demande où envoyer le contrat signé : commandes@example.fr ou via le portail.",
        "Mail à service-client@example.fr revenu (boîte pleine). Renvoyé via contact@example.fr.",
        "Merci d'envoyer les factures à compta@example.com et plus à l'adresse générale.",
        "Réponse automatique de contact@example.fr : fermeture jusqu'au 06/01. Relancer ensuite.",
        "no-reply@example.fr envoie les confirmations ; réponses à support@example.fr svp.",
    ],
}

C["special_words_not_about_a_person"] = {
    "en": [
        "Pharmacy chain reorder: 200 pregnancy tests in stock, 50 more on backorder. Also asked about the diabetes app integration.",
        "Union Square office is moving to the 4th floor - update the delivery address for all New York shipments.",
        "Christian Dior perfume gift sets (SKU DIOR-{e4}) arrive Thursday for the in-store event.",
        "Green Party office in Brighton ordered 40 stacking chairs and 6 tables - invoice to their finance team.",
        "Client is a criminal law firm (12 partners). Interested in secure document storage, demo booked.",
        "Demo of the sick-leave module of the HR software went well, they'd like the absence dashboard too.",
        "Lab supplier wants a quote for 500 DNA extraction kits, delivery to the Cambridge site.",
        "Quote for the fingerprint scanner for the warehouse door + 2 badge readers, total £2,340.00.",
        "Church hall booked for the customer event on 20 March, catering confirmed for 80 guests.",
        "The union contract for the warehouse staff was discussed in general - no impact on delivery dates.",
    ],
    "nl": [
        "Drogisterij bestelt 120 zwangerschapstesten extra, ook interesse in de koppeling met de diabetes-app.",
        "Parochiezaal bij de kerk gereserveerd voor de klantendag op 20 maart, catering geregeld.",
        "Het FNV-kantoor in Utrecht heeft 12 bureaustoelen besteld, factuur naar hun administratie.",
        "Demo van de verzuimmodule van de HR-software gegeven, klant wil ook het ziekteverzuim-dashboard.",
        "Klant is een strafrechtadvocatenkantoor, wil veilige opslag voor dossiers. Demo ingepland.",
        "Offerte voor de vingerafdrukscanner bij de magazijndeur + 2 pasjeslezers, totaal € 2.340,00.",
        "Cao voor het magazijnpersoneel in algemene zin besproken - geen gevolgen voor de planning.",
        "Het gemeentehuis en de moskee aan de Kerkstraat krijgen allebei nieuwe ledverlichting, offerte {e5} verstuurd.",
    ],
    "de": [
        "Apotheke bestellt 120 Schwangerschaftstests nach, Interesse an der Diabetes-App-Schnittstelle.",
        "Gemeindesaal der evangelischen Kirche für den Kundentag am 20.03. gebucht, Catering organisiert.",
        "Das ver.di-Bezirksbüro Hamburg hat 12 Bürostühle bestellt, Rechnung an deren Buchhaltung.",
        "Demo des Krankmeldungs-Moduls der HR-Software gehalten, Kunde will auch das Fehlzeiten-Dashboard.",
        "Kunde ist eine Strafrechtskanzlei, Interesse an sicherer Aktenablage. Demo am Dienstag.",
        "Angebot für Fingerabdruckscanner an der Lagertür + 2 Kartenleser, gesamt 2.340,00 €.",
        "Tarifvertrag für das Lagerpersonal allgemein besprochen, keine Auswirkungen auf die Liefertermine.",
        "Labor bestellt 500 DNA-Extraktionskits und 20 Pipettensets, Lieferung an Standort Heidelberg.",
    ],
    "fr": [
        "La pharmacie recommande 120 tests de grossesse, intéressée aussi par l'appli diabète.",
        "Salle paroissiale de l'église réservée pour la journée clients du 20/03, traiteur confirmé.",
        "L'union locale CGT de Lyon a commandé 12 chaises de bureau - facture à leur service compta.",
        "Démo du module arrêts maladie du logiciel RH, le client veut aussi le tableau de bord absences.",
        "Le client est un cabinet d'avocats en droit pénal, intéressé par l'archivage sécurisé.",
        "Devis pour lecteur d'empreintes digitales à la porte de l'entrepôt + 2 lecteurs de badge, 2 340,00 €.",
        "Parfum Christian Dior : coffrets cadeaux livrés jeudi pour l'événement en boutique.",
        "Accord d'entreprise sur les horaires de l'entrepôt évoqué de façon générale, aucun impact sur les livraisons.",
    ],
}

# clean notes per language per class (sums to 50 per language, 200 in all)
CLEAN_PLAN = {
    "dates_times_versions": 6,
    "order_ticket_tracking_numbers": 7,
    "part_and_sku_codes": 5,
    "company_identifiers": 7,
    "invalid_checksum_lookalikes": 8,
    "amounts_and_percentages": 5,
    "role_mailboxes": 6,
    "special_words_not_about_a_person": 6,
}

# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------

VALIDATORS = {
    "iban": iban_ok, "card": luhn_ok, "bsn": bsn_ok, "be_national_number": benn_ok, "steuer_id": steuer_ok,
    "nir": nir_ok, "nino": nino_ok, "ssn": ssn_ok,
}


def checksum_kinds(note):
    """Kinds whose checksum passes on some digit window of the note.

    A window is a run of consecutive digit groups joined by single separators
    (space, dot, dash, slash). Used to keep labels correct by construction: a
    positive note may only contain checksum-valid numbers of its own kind, a
    clean note only the look-alikes it was written to contain."""
    found = set()
    for m in re.finditer(r"\d+(?:[ .\-/]\d+)*", note):
        groups = re.split(r"[ .\-/]", m.group())
        for i in range(len(groups)):
            acc = ""
            for j in range(i, len(groups)):
                acc += groups[j]
                n = len(acc)
                if n > 19:
                    break
                if n == 9 and bsn_ok(acc):
                    found.add("bsn")
                if n == 11 and benn_ok(acc):
                    found.add("be_national_number")
                if n == 11 and steuer_ok(acc):
                    found.add("steuer_id")
                if n == 15 and nir_ok(acc):
                    found.add("nir")
                if n in (15, 16) and luhn_ok(acc):
                    found.add("card")
    return found


def render(template, ctx):
    note = template.format_map(ctx)
    note = note.replace("\t", " ").replace("\r", "")
    note = note.replace("\n", "\\n")
    if not (60 <= len(note) <= 400):
        raise SystemExit("note length %d out of range: %r" % (len(note), note))
    return note


WINDOW_KINDS = {"bsn", "be_national_number", "steuer_id", "nir", "card"}  # kinds checksum_kinds can see


def draw(lang, tmpl, allowed, gen=None, kind=None):
    """Render tmpl until no checksum-valid number outside `allowed` appears."""
    for _ in range(500):
        ctx = Ctx(lang)
        value = None
        if gen is not None:
            text, value = gen(ctx)
            if kind in VALIDATORS:
                assert VALIDATORS[kind](value), (kind, value)
            ctx["X"] = text
        note = render(tmpl, ctx)
        found = checksum_kinds(note)
        if found <= allowed and (kind not in WINDOW_KINDS or kind in found):
            return note, value
    raise SystemExit("cannot draw a note without stray checksums: %r" % tmpl)


def clean_allowed(tmpl):
    allowed = set()
    if "{luhn16" in tmpl:
        allowed.add("card")  # deliberately Luhn-valid tracking/order numbers
    if "{vat_nl" in tmpl:
        allowed.add("bsn")  # an old-style NL btw-nummer embeds an 11-proof RSIN
    return allowed


def build():
    rows = []  # (language, label, note, planted_value_or_None, clean_class_or_None)
    for kind in IDENTIFIER_KINDS:
        for lang in LANGS:
            tmpls = P[kind][lang]
            assert len(tmpls) == 3, (kind, lang)
            for tmpl, gen in tmpls:
                note, value = draw(lang, tmpl, {kind}, gen, kind)
                rows.append((lang, kind, note, value, None))
    for i, kind in enumerate(SPECIAL_KINDS):
        three = {LANGS[i % 4], LANGS[(i + 1) % 4]}
        for lang in LANGS:
            n = 3 if lang in three else 2
            tmpls = S[kind][lang]
            for tmpl in R.sample(tmpls, n):
                rows.append((lang, kind, draw(lang, tmpl, set())[0], None, None))
    for cls, n in CLEAN_PLAN.items():
        for lang in LANGS:
            tmpls = C[cls][lang]
            assert len(tmpls) >= n, (cls, lang, len(tmpls))
            for tmpl in R.sample(tmpls, n):
                rows.append((lang, "clean", draw(lang, tmpl, clean_allowed(tmpl))[0], None, cls))
    return rows


HEADER = ("# language\tlabel\tnote (written by Scripts/make-holdout-free-text-corpus.py, seed %d; held-out corpus "
          "for measuring generalisation: invented names, example.* domains, computed checksums; one planted item per "
          "positive note; clean notes are mostly hard negatives; a literal \\n inside a note stands for a line break)"
          % SEED)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "fixtures", "free-text-holdout.tsv")
    rows = build()
    R.shuffle(rows)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER + "\n")
        for lang, label, note, _, _ in rows:
            assert "\t" not in note and "\n" not in note and "\r" not in note
            f.write("%s\t%s\t%s\n" % (lang, label, note))
    print("wrote %d notes to %s" % (len(rows), os.path.normpath(out)))


if __name__ == "__main__":
    main()
