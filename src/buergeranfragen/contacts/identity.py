"""The one rule for "the same contact", used by the contact import, the mail intake (sender →
contact) and the duplicate hints.

Two entries are the same contact only when their names agree (in the one normalised form of
``buergeranfragen.text``, academic titles and salutations ignored: "Dr. Miriam Celik" is
"Miriam Celik") **and** they share an email address, a number or the organisation/outlet; or
when one of them carries no name at all and they share an email address. An entry without a
person's name is named by its organisation (or outlet). A shared number or address under
another name is not the same contact: a newsroom's switchboard and its newsdesk address are
shared by many people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from buergeranfragen.contacts.emails import EmailError, normalise_email
from buergeranfragen.contacts.phones import try_parse_phone
from buergeranfragen.contacts.records import ContactDraft, ContactRecord
from buergeranfragen.text import fold_spaces, normalise

# Academic titles, degrees and salutations, as normalised words: ignored in a person's name,
# also when they were typed into the name fields ("Dr. med. Eva Schmidt").
TITLE_WORDS = frozenset(
    {
        "dr",
        "drs",
        "prof",
        "professor",
        "professorin",
        "dipl",
        "ing",
        "kfm",
        "kff",
        "med",
        "dent",
        "vet",
        "rer",
        "nat",
        "pol",
        "oec",
        "phil",
        "jur",
        "theol",
        "habil",
        "mag",
        "hc",
        "pd",
        "mdb",
        "mdl",
        "mdep",
        "herr",
        "herrn",
        "frau",
        "fraeulein",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "sir",
        "madame",
        "monsieur",
    }
)
# "h. c." (honoris causa) is two letters that are names elsewhere: taken as one word first.
_HONORIS_CAUSA = re.compile(r"\bh\.\s*c\.", re.IGNORECASE)
_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]|<[^>]*>")
_QUOTES = '"„“”‚«»'  # not the apostrophe: "O'Neil"
_NO_QUOTES = str.maketrans(_QUOTES, " " * len(_QUOTES))
# A name word as written: letters, with hyphens, apostrophes and an initial's full stop.
_WORD = re.compile(r"[^\W_]+")
_NAME_WORD = re.compile(r"^[^\W\d_]+(?:[-'’.][^\W\d_]*)*\.?$")

# Words that name an organisation, a desk or a role rather than a person (normalised).
ORGANISATION_WORDS = frozenset(
    {
        "ag",
        "amt",
        "eheleute",  # a family or a couple writing together is no single person
        "fam",
        "familie",
        "abteilung",
        "admin",
        "agentur",
        "aktuell",
        "bot",
        "buero",
        "center",
        "centre",
        "daemon",
        "desk",
        "dienst",
        "ev",
        "eg",
        "fraktion",
        "gbr",
        "gemeinde",
        "gmbh",
        "group",
        "gruppe",
        "info",
        "inc",
        "kg",
        "kontakt",
        "kreis",
        "landkreis",
        "ltd",
        "mailer",
        "mbh",
        "media",
        "medien",
        "news",
        "newsdesk",
        "newsletter",
        "noreply",
        "office",
        "ohg",
        "online",
        "partei",
        "planungsdesk",
        "postmaster",
        "presse",
        "radio",
        "rathaus",
        "reply",
        "sekretariat",
        "service",
        "stadt",
        "support",
        "team",
        "tv",
        "ug",
        "zentrale",
    }
)
# Parts of compound words that make a name an organisation's ("Lokalredaktion",
# "Pressestelle", "Bürgerverein", "Stadtverwaltung").
ORGANISATION_STEMS = (
    "redaktion",
    "nachricht",
    "presse",
    "zeitung",
    "verlag",
    "verein",
    "verband",
    "ministeri",
    "verwaltung",
    "rundfunk",
    "fernseh",
    "initiative",
    "gewerkschaft",
    "stiftung",
    "behoerde",
    "kanzlei",
    "genossenschaft",
    "buergerbuero",
)
# Words that start a family name ("Ursula von der Leyen").
_NAME_PARTICLES = frozenset(
    {"von", "vom", "van", "de", "der", "den", "zu", "zum", "zur", "ten", "ter", "di", "da", "del"}
)


def _words(value: str) -> list[str]:
    """The normalised words of a text: letters and digits of any script ("Иван", "安藤"),
    where ``text.tokens`` (made for the search) keeps only a-z and 0-9."""
    return _WORD.findall(normalise(value))


def _name_words(value: str) -> list[str]:
    """The normalised words of a name, titles and salutations left out, and an address
    (some programs write the address where no name is known) too."""
    value = " ".join(w for w in value.split() if "@" not in w)
    return [w for w in _words(_HONORIS_CAUSA.sub(" hc ", value)) if w not in TITLE_WORDS]


def person_name_key(first_name: str, last_name: str) -> str:
    """The person's name in the one normalised form, titles and salutations ignored, its words
    in alphabetical order joined by one space (so "Hoffmann Lena", as Outlook often writes a
    sender, is "Lena Hoffmann"); "" when there is no person name. "Celik, Miriam" typed into
    one field is read as first and last name."""
    if not first_name.strip() and "," in last_name:
        first_name, last_name = split_display_name(last_name)
    elif not last_name.strip() and "," in first_name:
        first_name, last_name = split_display_name(first_name)
    return " ".join(sorted(_name_words(f"{first_name} {last_name}")))


def _unquoted(text: str) -> str:
    """Quotes taken out; single quotes only around a word, so "O'Neil" keeps its apostrophe."""
    text = text.translate(_NO_QUOTES)
    return " ".join(w.strip("'‘’") for w in text.split())


def _display_words(display: str) -> list[str]:
    """The words of a display name as written, without brackets, quotes and titles."""
    text = _BRACKETED.sub(" ", _HONORIS_CAUSA.sub(" ", display))
    words = _unquoted(text).split()
    return [w for w in words if _name_words(w)]


def split_display_name(display: str) -> tuple[str, str]:
    """First and last name of a display name: "Dr. Miriam Celik" and "Celik, Miriam" give
    ("Miriam", "Celik"); "Ursula von der Leyen" gives ("Ursula", "von der Leyen"); a single
    word is a last name. Titles, salutations, quotes and bracketed parts are left out."""
    if "," in display:
        last, _, first = display.partition(",")
        return " ".join(_display_words(first)), " ".join(_display_words(last))
    words = _display_words(display)
    if len(words) < 2:
        return "", " ".join(words)
    split_at = len(words) - 1
    for index in range(1, len(words) - 1):
        if normalise(words[index]) in _NAME_PARTICLES:
            split_at = index
            break
    return " ".join(words[:split_at]), " ".join(words[split_at:])


def _is_organisation_word(word: str) -> bool:
    return word in ORGANISATION_WORDS or any(stem in word for stem in ORGANISATION_STEMS)


def looks_like_person_name(display: str) -> bool:
    """Whether a display name names a person: at least two name words once titles are left
    out, none of them an organisation's or a role's word (Redaktion, Newsdesk, Team, GmbH,
    e.V., Stadt, …), no digits, not an address."""
    text = _BRACKETED.sub(" ", _HONORIS_CAUSA.sub(" ", display)).replace(",", " ")
    if "@" in text:
        return False
    words = _unquoted(text).split()
    if not words or not all(_NAME_WORD.match(w) for w in words):
        return False
    folded = _words(" ".join(words))
    if any(_is_organisation_word(w) for w in folded):
        return False
    return len([w for w in folded if w not in TITLE_WORDS]) >= 2


@dataclass(frozen=True)
class Identity:
    """What decides whether two entries are the same contact (see the module)."""

    name: str  # person_name_key, or the normalised organisation/outlet without a person name
    is_person: bool
    organisations: frozenset[str]  # normalised organisation and outlet
    emails: frozenset[str]  # normalised addresses
    numbers: frozenset[str]  # E.164


def _identity(
    first_name: str,
    last_name: str,
    organisation: str,
    outlet: str,
    emails: frozenset[str],
    numbers: frozenset[str],
) -> Identity:
    person = person_name_key(first_name, last_name)
    organisations = frozenset(o for o in (fold_spaces(organisation), fold_spaces(outlet)) if o)
    name = person or fold_spaces(organisation) or fold_spaces(outlet)
    return Identity(name, bool(person), organisations, emails, numbers)


def _address(raw: str) -> str | None:
    try:
        return normalise_email(raw)
    except EmailError:
        return None


def identity_of_draft(draft: ContactDraft) -> Identity:
    """The identity of a typed or imported entry; numbers and addresses that do not validate
    are left out."""
    numbers = {p.e164 for p in (try_parse_phone(x.raw) for x in draft.phones) if p}
    emails = {a for a in (_address(e.address) for e in draft.emails) if a}
    return _identity(
        draft.first_name,
        draft.last_name,
        draft.organisation,
        draft.outlet,
        frozenset(emails),
        frozenset(numbers),
    )


def identity_of_record(record: ContactRecord) -> Identity:
    return _identity(
        record.first_name,
        record.last_name,
        record.organisation,
        record.outlet,
        frozenset(e.address.lower() for e in record.emails),
        frozenset(p.e164 for p in record.phones),
    )


def same_contact(a: Identity, b: Identity) -> bool:
    """Names agree and they share an address, a number or the organisation/outlet; or one of
    them has no name at all and they share an address."""
    if a.name and b.name:
        if a.name != b.name or a.is_person != b.is_person:
            return False
        return bool(
            a.emails & b.emails or a.numbers & b.numbers or a.organisations & b.organisations
        )
    return bool(a.emails & b.emails)
