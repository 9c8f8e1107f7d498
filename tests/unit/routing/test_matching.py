"""Matching words of rules against inquiries: folding, stems, compounds, phrases, order."""

from __future__ import annotations

import pytest

from buergeranfragen.contacts.records import ContactKind
from buergeranfragen.inquiries.records import InquiryChannel
from buergeranfragen.routing.matching import Router, route
from buergeranfragen.routing.records import (
    Action,
    Conditions,
    Hit,
    Priority,
    RoutingFacts,
    Rule,
    Where,
)


def rule(
    department: str, *words: str, position: int = 0, name: str = "", **conditions: object
) -> Rule:
    return Rule(
        name or department,
        Conditions(words=words, **conditions),  # type: ignore[arg-type]
        Action(department),
        position=position,
    )


def facts(
    subject: str = "",
    text: str = "",
    kind: ContactKind = ContactKind.CITIZEN,
    channel: InquiryChannel = InquiryChannel.EMAIL,
    sender: str = "",
    tags: tuple[str, ...] = (),
) -> RoutingFacts:
    return RoutingFacts(kind, channel, subject, text, sender, tags)


def department(rules: list[Rule], subject: str, text: str = "") -> str | None:
    decision = route(rules, facts(subject, text))
    return decision.department if decision else None


@pytest.mark.parametrize(
    "subject",
    ["Kita", "KiTa", "KITA", "Kitas", "Kitaplatz", "Kita-Platz", "Kitaplätze", "die Kita-Gebühren"],
)
def test_kita_in_every_writing(subject: str) -> None:
    assert department([rule("MKJFGFI", "Kita")], subject) == "MKJFGFI"


@pytest.mark.parametrize(
    ("word", "subject"),
    [
        ("Straße", "STRASSE"),
        ("Strasse", "Straßen"),
        ("Flüchtlinge", "Fluechtling"),
        ("Fluechtling", "Flüchtlinge"),
        ("Ärztin", "aerztin"),
        ("Kitas", "Kita"),  # a plural in the rule: Snowball keeps the -s after a vowel, we drop it
        ("Autos", "Auto"),
        ("Ärzte", "Ärztekammer"),  # the stem of the compound starts with the word's stem
        ("Schule", "Schulen"),
        ("Schule", "Grundschulen"),  # end of a compound
        ("Gericht", "Amtsgerichts"),
        ("Polizei", "Polizeipräsidium"),  # start of a compound
        ("Polizei", "Bundespolizei"),
        ("Land", "Landwirtschaft"),  # chosen: a compound matches, so rules avoid "Land"
        ("Grundsteuer Erklärung", "Frage zur Grundsteuer-Erklärung"),
        ("Grundsteuer Erklärung", "Grundsteuererklärungen"),  # the phrase as one word
        ("Europäische Union", "Mittel der europäischen Union"),
    ],
)
def test_matches(word: str, subject: str) -> None:
    assert department([rule("X", word)], subject) == "X"


@pytest.mark.parametrize(
    ("word", "subject"),
    [
        ("Kita", "Kit"),
        ("Kita", "Skitag"),  # inside a word: neither start nor end
        ("Polizei", "Polizist"),  # another word, not a form of it
        ("EU", "Eule"),  # short words: whole words only
        ("EU", "Steuer"),
        ("Amt", "Finanzamt"),
        ("Haft", "Haftung"),  # "ung": fewer than four letters follow
        ("Richter", "Nachrichten"),  # ends compared as written, not as stems ("richt")
        ("Richter", "Amtsgericht"),
        ("Rente", "different"),
        ("Sirene", "Sir"),  # a stem shorter than four letters counts for nothing
        ("Schule", "Hochschulreife"),  # in the middle
        ("Grundsteuer Erklärung", "Erklärung zur Grundsteuer"),  # wrong order
        ("Grundsteuer Erklärung", "Grundsteuer und Erklärung"),  # not next to each other
    ],
)
def test_does_not_match(word: str, subject: str) -> None:
    assert department([rule("X", word)], subject) is None


def test_short_general_words_match_broadly_which_is_why_defaults_avoid_them() -> None:
    assert department([rule("X", "Land")], "Deutschland") == "X"  # "deutsch" + "land"
    assert department([rule("X", "Haft")], "Nachbarschaft") == "X"  # "nachbarsc" + "haft"


def test_except_words_take_a_word_out_for_that_rule_only() -> None:
    school = rule("MSB", "Schule", except_words=("Schulden", "Hochschule"))
    finance = rule("FM", "Schulden", position=2)
    assert department([school, finance], "Schuldenbremse") == "FM"
    assert department([school, finance], "Studium an der Hochschule") is None
    assert department([school, finance], "Hochschule und Grundschule") == "MSB"


def test_phrase_does_not_run_from_subject_into_text() -> None:
    phrase = rule("FM", "Grundsteuer Erklärung")
    assert department([phrase], "Grundsteuer", "Erklärung fehlt") is None
    assert department([phrase], "", "die Grundsteuer Erklärung fehlt") == "FM"


def test_decision_says_which_words_matched_and_where() -> None:
    decision = route(
        [rule("MKJFGFI", "Kita", "Elterngeld")],
        facts("Frage zum Kita-Platz", "Seit März keine Kita. Elterngeld? Kitaplätze!"),
    )
    assert decision is not None
    assert decision.hits == (
        Hit("Kita", "kita", Where.SUBJECT),
        Hit("Kita", "kita", Where.TEXT),
        Hit("Kita", "kitaplaetze", Where.TEXT),
        Hit("Elterngeld", "elterngeld", Where.TEXT),
    )
    assert decision.words == ("Kita", "Elterngeld")
    assert decision.rule.name == "MKJFGFI"


def test_first_match_wins_by_position_not_by_list_order() -> None:
    late = rule("MAGS", "Pflege", position=5)
    early = rule("MKJFGFI", "Kindertagespflege", position=1)
    assert department([late, early], "Kindertagespflege gesucht") == "MKJFGFI"
    assert department([late, early], "Pflegeheim") == "MAGS"


def test_press_goes_to_the_press_office_unless_an_earlier_rule_says_otherwise() -> None:
    press = rule("PRESSE", kinds=(ContactKind.PRESS,), position=2)
    police = rule("IM", "Polizei", position=3)
    question = facts("Polizeieinsatz", kind=ContactKind.PRESS)
    assert Router([press, police]).route(question).department == "PRESSE"  # type: ignore[union-attr]
    earlier = rule("IM", "Polizei", position=1, kinds=(ContactKind.PRESS,))
    assert Router([press, police, earlier]).route(question).department == "IM"  # type: ignore[union-attr]
    citizen = facts("Polizeieinsatz")
    assert Router([press, police]).route(citizen).department == "IM"  # type: ignore[union-attr]


def test_no_rule_matches_none() -> None:
    assert (
        route([rule("MSB", "Schule")], facts("Öffnungszeiten", "Wann haben Sie geöffnet?")) is None
    )
    assert route([], facts("Schule")) is None


def test_inactive_rules_are_skipped() -> None:
    off = Rule("aus", Conditions(words=("Schule",)), Action("MSB"), active=False)
    assert route([off], facts("Schule")) is None


def test_all_condition_groups_must_hold_one_entry_of_each_is_enough() -> None:
    strict = rule(
        "FM",
        "Steuer",
        kinds=(ContactKind.CITIZEN,),
        channels=(InquiryChannel.EMAIL, InquiryChannel.LETTER),
        sender_domains=("finanzverwaltung.nrw.de",),
        contact_tags=("Steuerberater",),
    )
    ok = facts("Steuer", sender="a@fa5101.finanzverwaltung.nrw.de", tags=("STEUERBERATER",))
    assert route([strict], ok) is not None
    for bad in (
        facts("Steuer", kind=ContactKind.PRESS, sender=ok.sender_address, tags=ok.contact_tags),
        facts(
            "Steuer", channel=InquiryChannel.PHONE, sender=ok.sender_address, tags=ok.contact_tags
        ),
        facts("Steuer", sender="a@evil-finanzverwaltung.nrw.de", tags=ok.contact_tags),
        facts("Steuer", sender="kaputt", tags=ok.contact_tags),
        facts("Steuer", sender=ok.sender_address, tags=("Presse",)),
        facts("Wetter", sender=ok.sender_address, tags=ok.contact_tags),
    ):
        assert route([strict], bad) is None, bad


def test_sender_domain_alone_routes_and_has_no_hits() -> None:
    by_domain = rule("JM", sender_domains=("@JUSTIZ.nrw.de",))
    decision = route([by_domain], facts(sender="r@ag-koeln.JUSTIZ.nrw.de"))
    assert decision is not None and decision.department == "JM" and decision.hits == ()


def test_a_rule_whose_words_fold_to_nothing_matches_nothing() -> None:
    assert route([rule("X", "–", "!!")], facts("irgendwas")) is None


def test_decision_carries_person_and_priority() -> None:
    urgent = Rule(
        "Krise", Conditions(words=("Hochwasser",)), Action("MUNV", "mmeier", Priority.HIGH)
    )
    decision = route([urgent], facts("HOCHWASSER in Erftstadt"))
    assert decision is not None
    assert (decision.department, decision.person, decision.priority) == (
        "MUNV",
        "mmeier",
        Priority.HIGH,
    )


def test_long_text_is_read_up_to_its_limit() -> None:
    from buergeranfragen.routing.words import MAX_TEXT

    padding = "Text " * (MAX_TEXT // 5)
    assert department([rule("MSB", "Schule")], "", padding + " Schule") is None
    assert department([rule("MSB", "Schule")], "", "Schule " + padding) == "MSB"


def test_router_remembers_words_but_answers_the_same() -> None:
    router = Router([rule("MSB", "Schule"), rule("MKJFGFI", "Kita", position=1)])
    for _ in range(3):
        assert router.route(facts("Schulen")).department == "MSB"  # type: ignore[union-attr]
        assert router.route(facts("Kitas")).department == "MKJFGFI"  # type: ignore[union-attr]
        assert router.route(facts("Wetter")) is None


def test_a_company_footer_does_not_route() -> None:
    justice = rule("JM", "Gericht")
    finance = rule("FM", "Steuer")
    footer = (
        "Bitte um Rückruf.\n\n-- \nExample GmbH\n"
        "> Location: Berlin - HRB 139852 B Amtsgericht Berlin-Charlottenburg\n"
        "Registergericht: Amtsgericht Köln\nGeschäftsführer: M. Muster\n"
        "Steuernummer 133/5713/1234\nUSt-IdNr. DE123456789\nGeschäftsführung: Steuerberatung X\n"
    )
    assert department([justice, finance], "Rückruf", footer) is None
    assert department([justice], "", "Mein Verfahren am Amtsgericht Köln dauert.") == "JM"
    assert department([justice], "", "Amtsgericht Köln: mein Verfahren dauert.") == "JM"
    assert department([finance], "", "Steuernummer 133/5713/1234\nmeine Steuer?") == "FM"


@pytest.mark.parametrize(
    "text",
    [
        "Mit freundlichen Grüßen, Thomas Richter",
        "Bitte um Rückruf.\n\nMit freundlichen Grüssen\nThomas Richter",
        "Bitte um Rückruf. Mit freundlichem Gruß Thomas Richter",
        "Danke!\nFreundliche Grüße\nAnna Richter",
        "Danke!\nViele Grüße, Anna Richter",
        "Danke!\nBeste Grüße\nRichter",
        "Danke!\nLiebe Grüße\nRichter",
        "Danke!\nMfG Richter",
        "Danke!\nHochachtungsvoll\nRichter",
        "Danke!\nGruß\nRichter",
        "Danke!\n> Viele Grüsse Richter",
    ],
)
def test_the_closing_and_signature_of_a_letter_are_not_read(text: str) -> None:
    assert department([rule("JM", "Richter")], "", text) is None


def test_text_before_the_closing_and_the_subject_are_read() -> None:
    justice = rule("JM", "Richter")
    assert department([justice], "", "Der Richter war unfreundlich.\nViele Grüße\nA. B.") == "JM"
    assert department([justice], "Richter", "Mit freundlichen Grüßen") == "JM"
    # a greeting inside a sentence is no closing
    assert department([justice], "", "Er sagte viele Grüße an den Richter.") == "JM"


@pytest.mark.parametrize(
    ("word", "subject", "expected"),
    [
        ("EU", "EU", "X"),
        ("EU", "EU-Fördermittel", "X"),
        ("EU", "euer", None),  # short words: only the whole word, no endings
        ("EU", "Danke für euer Verständnis", None),
        ("JVA", "JVAs", None),
        ("Uni", "Unis", None),
        ("Bus", "Bus", "X"),
    ],
)
def test_short_words_match_only_as_the_whole_word(
    word: str, subject: str, expected: str | None
) -> None:
    assert department([rule("X", word)], subject) == expected


@pytest.mark.parametrize(
    ("word", "subject", "expected"),
    [
        ("Richter", "Ich richte mich an Sie", None),  # a shorter word of the same stem
        ("Lehrer", "meine Lehre", None),
        ("Richter", "Richterin", "X"),
        ("Richter", "Richtern", "X"),
        ("Flüchtlinge", "Flüchtling", "X"),  # the rule word is a form of the inquiry word
        ("Kitas", "Kita", "X"),
    ],
)
def test_a_stem_does_not_take_a_shorter_word_the_rule_word_begins_with(
    word: str, subject: str, expected: str | None
) -> None:
    assert department([rule("X", word)], subject) == expected


def test_except_words_match_as_written_not_by_stem() -> None:
    justice = rule("JM", "Gericht", except_words=("gerichtet",))
    assert department([justice], "Gerichtet an die zuständige Stelle") is None
    assert department([justice], "An das Gericht gerichtete Bitte") == "JM"
    assert department([justice], "Termin beim Amtsgericht") == "JM"
    school = rule("MSB", "Unterricht", except_words=("unterrichte",))
    assert department([school], "Ich unterrichte Sie über meinen Umzug") is None
    assert department([school], "Der Unterricht fällt aus") == "MSB"
    assert department([school], "Unterrichtsausfall") == "MSB"  # no final "e" dropped


@pytest.mark.parametrize(
    "text",
    [
        "Ich wohne an der Universitätsstraße.",
        "Ich wohne in der Kulturstraße 2.",
        "Adresse: Kulturstr. 2",
        "Ich wohne am Schulplatz 3.",
        "Ich wohne am Schulring 12a.",
        "Museumsallee 1",
        "Schulgasse",
    ],
)
def test_street_names_are_no_topic(text: str) -> None:
    rules = [rule("MKW", "Universität", "Kultur", "Museum"), rule("MSB", "Schule", position=2)]
    assert department(rules, "", text) is None


def test_street_words_still_match_a_rule_word_itself_and_topics_stay() -> None:
    roads = rule("MUNV", "Bundesstraße")
    assert department([roads], "", "Die Bundesstraße 1 ist gesperrt.") == "MUNV"
    school = rule("MSB", "Schule", "Schulweg")
    assert department([school], "", "Der Schulweg ist gefährlich.") == "MSB"  # "weg": no street
    assert department([school], "", "Der Schulplatz ist zu klein.") == "MSB"  # no house number
    care = rule("MAGS", "Arbeitsplatz")
    assert department([care], "", "Mein Arbeitsplatz 2 Jahre lang") == "MAGS"  # a rule word


def test_routers_of_the_same_rule_words_share_what_they_learnt_others_do_not() -> None:
    """A router built again for the same words (a department renamed, the rules re-read)
    starts warm; a router of other words never answers from another's cache."""
    kita = [rule("MKJFGFI", "Kita"), rule("MSB", "Schule", position=1)]
    first = Router(kita)
    assert first.route(facts("Kitaplatz gesucht")).department == "MKJFGFI"
    again = Router([rule("MKJFGFI", "Kita"), rule("MSB", "Schule", position=1)])
    assert again._cache is first._cache and "Kitaplatz" in again._cache[0]
    # the same words in another order are other units: no shared cache, the right answers
    swapped = Router([rule("MSB", "Schule"), rule("MKJFGFI", "Kita", position=1)])
    assert swapped._cache is not first._cache
    assert swapped.route(facts("Kitaplatz gesucht")).department == "MKJFGFI"
    assert swapped.route(facts("Grundschule")).department == "MSB"
    other = Router([rule("MSB", "Kita")])  # a department of its own for the same word
    assert other.route(facts("Kitaplatz gesucht")).department == "MSB"
    without = Router([rule("MSB", "Schule")])
    assert without.route(facts("Kitaplatz gesucht")) is None


def test_a_router_filling_the_shared_cache_meanwhile_changes_nothing_of_a_routing_under_way(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Two routers of the same words (the writer's and a rule trial's, or an old and a new one)
    on two threads: one reaching the cache's limit between the other's look-up and its use
    neither misroutes nor breaks the other."""
    import buergeranfragen.routing.matching as matching

    monkeypatch.setattr(matching, "_CACHE_LIMIT", 50)
    rules = [rule("MSB", "Schule")]
    first, second = Router(rules), Router(rules)
    assert first._cache is second._cache
    learn = second._learn

    def learn_then_other_thread(distinct: set[str]):  # type: ignore[no-untyped-def]
        cache = learn(distinct)
        first.route(facts("", " ".join(f"wort{n}x" for n in range(60))))  # over the limit
        return cache

    monkeypatch.setattr(second, "_learn", learn_then_other_thread)
    for subject in ("Frage zur Grundschule", "Grundschule x²"):  # one token a word, and two
        decision = second.route(facts(subject))
        assert decision is not None and decision.department == "MSB"


def test_a_word_another_thread_finds_learnt_is_in_every_set_it_belongs_to() -> None:
    """Routers share a word cache without a lock: a word is among the seen ones only once it
    is among the matching (uneven, closing, footer) ones, else another thread that finds it
    seen would take "Kitaplatz" for a word matching no rule and leave the inquiry unrouted."""
    router = Router([rule("MKJFGFI", "Kita"), rule("MSB", "Schule", position=1)])
    cache = router._cache
    missing: list[str] = []

    class Watched(dict):  # type: ignore[type-arg]
        def __setitem__(self, word: str, known: object) -> None:
            should = (
                (cache[1], "Kita" in word or "Schul" in word),
                (cache[2], word == "a_b"),
                (cache[3], word == "Grüße"),
                (cache[4], word == "Steuernummer"),
            )
            missing.extend(word for where, belongs in should if belongs and word not in where)
            super().__setitem__(word, known)

    watched = Watched(cache[0])
    router._cache = (watched, *cache[1:])
    decision = router.route(facts("Kitaplatz", "Grundschule a_b Steuernummer\nGrüße"))
    assert decision is not None and decision.department == "MKJFGFI"
    assert "Kitaplatz" in watched and missing == []


def test_mails_of_long_junk_words_do_not_fill_the_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    """nrwdirekt@nrw.de is public: mails of one long word each (base64, a hash) fill the
    shared word cache by characters, not only by words - it starts afresh, and neither the
    stems nor the folded forms of such words are remembered."""
    import buergeranfragen.routing.matching as matching
    from buergeranfragen import text
    from buergeranfragen.routing import words

    monkeypatch.setattr(matching, "_CACHE_CHARACTERS", 20_000)
    router = Router([rule("MKJFGFI", "Kita")])
    words.forget_stems()
    text.forget_words()
    for number in range(30):
        junk = f"Kita{number:03d}" + "x" * 3_000
        decision = router.route(facts("Frage", f"Hallo {junk}"))
        assert decision is not None and decision.department == "MKJFGFI"  # "Kita…": a compound
        assert router._cache[5][0] <= 20_000 + 3_100
    assert sum(map(len, router._cache[0])) <= 20_000 + 3_100
    assert words._stem_remembered.cache_info().currsize < 10  # "hallo", "frage": short words
