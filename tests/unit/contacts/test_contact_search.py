"""Finding contacts: the caller lookup, the list filter (one normaliser: "Mueller" finds
"Müller"), the list order and the derived columns behind them."""

import pytest

from buergeranfragen.contacts.derived import derive, name_key, normalise_tags, sort_name
from buergeranfragen.contacts.records import ContactDraft, PhoneInput
from buergeranfragen.contacts.service import ContactService
from tests.unit.contacts.drafts import press


@pytest.mark.parametrize(
    "typed", ["+49 211 8371001", "0211 837-1001", "0049 (0)211 83 71 001", "(0211) 8371001"]
)
def test_caller_lookup_finds_the_contact_in_any_writing(
    contacts: ContactService, typed: str
) -> None:
    record = contacts.create(press())
    contacts.create(ContactDraft(last_name="Anders", phones=(PhoneInput("0221 4710011"),)))
    found = contacts.lookup_caller(typed)
    assert [c.id for c in found] == [record.id]
    assert found[0].phones_e164 == ("+492118371001", "+491721234567")
    assert found[0].name == "Katrin Albers" and found[0].organisation == "WDR"


def test_caller_lookup_of_partial_or_unknown_numbers_is_empty(contacts: ContactService) -> None:
    contacts.create(press())
    assert contacts.lookup_caller("0211 83") == []
    assert contacts.lookup_caller("0221 4710011") == []
    assert contacts.lookup_caller("Albers") == []


@pytest.mark.parametrize(
    ("query", "hits"),
    [
        ("albers", 1),
        ("ALBERS wdr", 1),
        ("k.albers@wdr", 1),
        ("+49 211 837", 1),
        ("0211/837-1001", 1),
        ("8371001", 1),
        ("Bürgerbüro", 1),
        ("buergerbuero muenster", 1),
        ("bürgerbüro köln", 0),
        ("", 2),
        ("100%", 0),
    ],
)
def test_list_filter_matches_names_numbers_and_addresses(
    contacts: ContactService, query: str, hits: int
) -> None:
    contacts.create(press())
    contacts.create(ContactDraft(organisation="Bürgerbüro Münster"))
    assert len(contacts.search(query)) == hits
    assert contacts.count(query) == hits


@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        ("Müller", "Mueller"),
        ("Müller", "MÜLLER"),
        ("Müller", "müller"),
        ("Müller", "MUELLER"),
        ("Hüsken", "Huesken"),
        ("Huesken", "Hüsken"),
        ("Mueller", "Müller"),
        ("Strauß", "Strauss"),
        ("Strauss", "STRAUSS"),
        ("Désirée", "desiree"),
        # decomposed (NFD: "u" + combining diaeresis, as macOS and some mailers write it)
        ("Mu\u0308ller", "Müller"),
        ("Mu\u0308ller", "Mueller"),
        ("Müller", "Mu\u0308ller"),
        ("De\u0301sire\u0301e", "Désirée"),
    ],
)
def test_umlauts_sharp_s_and_accents_are_found_in_any_writing(
    contacts: ContactService, stored: str, typed: str
) -> None:
    record = contacts.create(ContactDraft(first_name="Anna", last_name=stored))
    contacts.create(ContactDraft(first_name="Anna", last_name="Muller"))  # no umlaut: not found
    assert [c.id for c in contacts.search(typed)] == [record.id]
    assert contacts.count(f"anna {typed}") == 1


def test_search_pages_in_name_order(contacts: ContactService) -> None:
    for name in ["Zander", "Ackermann", "Özdemir", "Müller", "Becker"]:
        contacts.create(ContactDraft(last_name=name))
    page1 = contacts.search(offset=0, limit=3)
    page2 = contacts.search(offset=3, limit=3)
    assert [c.name for c in page1] == ["Ackermann", "Becker", "Müller"]
    assert [c.name for c in page2] == ["Özdemir", "Zander"]  # Ö sorts as O (DIN 5007-1)


def test_iter_records_reads_every_contact_in_list_order_with_progress(
    contacts: ContactService,
) -> None:
    for name in ["Zander", "Ackermann", "Özdemir", "Müller", "Becker"]:
        contacts.create(ContactDraft(last_name=name))
    progress: list[tuple[int, int]] = []
    names = [r.last_name for r in contacts.iter_records(lambda d, t: progress.append((d, t)), 2)]
    assert names == ["Ackermann", "Becker", "Müller", "Özdemir", "Zander"]
    assert progress == [(2, 5), (4, 5), (5, 5)]


def test_derived_columns() -> None:
    fields = {
        "title": "Dr.",
        "first_name": "Jürgen",
        "last_name": "Weiß",
        "organisation": "Stadt Münster",
        "outlet": "",
        "desk": "Bürgerbüro",
        "function": "",
        "postal_code": "48143",
        "city": "Münster",
        "tags": "Verwaltung, Kommune",
    }
    derived = derive(fields, ["+492514920"], ["j.weiss@muenster.example"])
    assert derived.search_text == (
        "dr. juergen weiss stadt muenster buergerbuero 48143 muenster verwaltung, kommune "
        "j.weiss@muenster.example +492514920 02514920"
    )
    assert derived.sort_name == "weiss jurgen stadt munster"
    assert derived.name_key == "juergen weiss|stadt muenster"
    assert name_key("Jürgen", "Weiß", "", "WDR") == name_key("JUERGEN", "WEISS", "", "wdr")
    assert name_key("Jürgen", "Weiß", "", "") == ""  # without an organisation: no hint
    assert sort_name("", "", "", "Rheinische Post") == "rheinische post"
    assert normalise_tags(["Presse, NRW", "presse", "  Kultur  Land "]) == [
        "Presse",
        "NRW",
        "Kultur Land",
    ]
