"""The shipped rules on ordinary sentences of a letter that name no topic (a signature, a verb
that looks like a rule noun, a word that only begins like one) and on some that do."""

from __future__ import annotations

import functools

import pytest

from buergeranfragen.contacts.records import ContactKind
from buergeranfragen.inquiries.records import InquiryChannel
from buergeranfragen.routing import defaults
from buergeranfragen.routing.matching import Router
from buergeranfragen.routing.records import RoutingFacts, rules_from_json

# (text of a citizen's mail, expected department; None: stays in "Nicht zugeordnet")
SENTENCES: list[tuple[str, str | None]] = [
    # the closing and signature
    ("Mit freundlichen Grüßen, Thomas Richter", None),
    ("Mit freundlichen Grüßen, Anna Jäger", None),
    ("Mit freundlichen Grüßen, Petra Förster", None),
    ("Mit freundlichen Grüßen, Jan Schüler", None),
    ("Mit freundlichen Grüßen, Anna Schultheiß", None),
    ("Viele Grüße, Ihre Familie Müller", None),
    ("Vielen Dank.\nBeste Grüße\nDr. Klaus Förster\nAm Wald 3", None),
    ("Der Förster hat den Wald gesperrt.\nMfG\nJan Schüler", "MLV"),
    # short words only whole
    ("Danke für euer Verständnis.", None),
    ("Wer berät zu EU-Fördermitteln?", "BEI"),
    # verbs that look like rule nouns
    ("Ich richte mich an Sie mit einer Bitte.", None),
    ("Ich richte mich mit einer Bitte an Sie.", None),
    ("Gerichtet an die zuständige Stelle: bitte um Rückruf.", None),
    ("Ich wende mich an Sie. Gerichtet an: Bürgerservice", None),
    ("Ich unterrichte Sie hiermit über meinen Umzug.", None),
    ("Wir müssen etwas unternehmen, sonst passiert nichts.", None),
    ("Ich arbeite ganztags und kann nur abends telefonieren.", None),
    ("Der Unterricht fällt aus.", "MSB"),
    ("Das Gericht hat meine Klage abgewiesen.", "JM"),
    ("Der Richter hat mich nicht angehört.", "JM"),
    ("Wann öffnet die Ganztagsschule?", "MSB"),
    # words that only begin or end like a rule word
    ("Familienname: Müller, Vorname: Hans", None),
    ("Ich bin seit 30 Jahren Familienvater und zahle immer pünktlich.", None),
    ("Die Kommunikation mit Ihrem Haus war schwierig.", None),
    ("Bezug nehmend auf unseren bisherigen Schriftverkehr frage ich nach.", None),
    ("Ich habe einen Mietwagen genommen.", None),
    ("Der Pfarrer der Kirchengemeinde hat mich geschickt.", None),
    ("Ich bin Schuldner bei meiner Bank.", None),
    ("Mein Arbeitszeugnis ist fehlerhaft.", "MAGS"),
    ("Die Familienkasse zahlt kein Kindergeld.", "MAGS"),
    ("Die Gemeinde genehmigt den Anbau nicht.", "MHKBD"),
    ("Die Miete ist um 20 Prozent gestiegen, ist das erlaubt?", "MHKBD"),
    ("Die Busse fahren nicht mehr pünktlich.", "MUNV"),
    ("Der Verkehr vor der Schule ist gefährlich.", "MSB"),
    # street names
    ("Ich wohne an der Universitätsstraße.", None),
    ("Ich wohne in der Kulturstraße 2.", None),
    ("Ich wohne am Schulplatz 3.", None),
    ("Meine neue Adresse: Bahnhofstraße 9, Waldstraße 1.", None),
    ("Der Schulweg meiner Tochter ist gefährlich.", "MSB"),
    ("Die Bundesstraße vor unserem Dorf hat riesige Schlaglöcher.", "MUNV"),
    # school before culture and agriculture
    ("Mein Kind geht auf die Waldorfschule.", "MSB"),
    ("Der Kunstunterricht an der Grundschule fällt aus.", "MSB"),
    ("Die Theater-AG unserer Schule braucht Geld.", "MSB"),
    ("Das Theater in unserer Stadt soll schließen.", "MKW"),
    ("Der Wald hinter dem Dorf wird abgeholzt.", "MLV"),
]


@functools.cache
def _router(rules_json: str) -> Router:
    return Router(rules_from_json(rules_json))


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_sentence(text: str, expected: str | None) -> None:
    facts = RoutingFacts(ContactKind.CITIZEN, InquiryChannel.EMAIL, "", text)
    decision = _router(defaults.default_rules_json()).route(facts)
    assert (decision.department if decision else None) == expected, decision
