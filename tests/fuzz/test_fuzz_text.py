"""Phone numbers, e-mail addresses and the search text on hostile input: E.164 or a refusal
with a German message, a normalised address or a refusal, a stable normaliser, and a full-text
query that is always a valid expression."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from buergeranfragen.contacts.emails import EmailError, normalise_email
from buergeranfragen.contacts.phones import (
    PhoneError,
    format_for_display,
    looks_like_phone,
    parse_phone,
    search_forms,
    search_key,
)
from buergeranfragen.inquiries.search import index_text, match_expression
from buergeranfragen.text import fold_spaces, normalise, sort_key, tokens
from tests.fuzz.mail_strategies import HOSTILE_CHARS, TEXT

_E164 = re.compile(r"^\+[1-9]\d{1,14}$")
PHONE_TEXT = st.text(
    alphabet=st.one_of(st.sampled_from("0123456789+-/() .#*x\u00a0\u202e"), HOSTILE_CHARS),
    max_size=30,
)
EMAIL_TEXT = st.one_of(
    st.emails(),
    st.text(
        alphabet=st.one_of(st.sampled_from('ab.@-_+"\\ ()[]:;,ä漢'), HOSTILE_CHARS), max_size=40
    ),
    st.builds("{}@{}".format, TEXT, TEXT),
)


@given(st.one_of(PHONE_TEXT, TEXT))
def test_phone_numbers_are_e164_or_refused(raw: str) -> None:
    try:
        parsed = parse_phone(raw)
    except PhoneError as refused:
        assert refused.reason.render()
    else:
        assert _E164.match(parsed.e164), parsed
        assert parse_phone(parsed.e164).e164 == parsed.e164
        assert parse_phone(parsed.national).e164 == parsed.e164
        assert parsed.e164 in search_forms(parsed.e164)
    looks_like_phone(raw)
    search_key(raw)
    format_for_display(raw)


@given(EMAIL_TEXT)
def test_email_addresses_are_normalised_or_refused(raw: str) -> None:
    try:
        address = normalise_email(raw)
    except EmailError as refused:
        assert refused.reason.render()
    else:
        assert address == address.lower() and "@" in address
        assert normalise_email(address) == address


SEARCH_TEXT = st.one_of(TEXT, st.text(max_size=40))


@given(SEARCH_TEXT)
def test_normalise_is_stable(value: str) -> None:
    once = normalise(value)
    assert normalise(once) == once
    assert tokens(once) == tokens(value)
    assert all(re.fullmatch(r"[0-9a-z]+", token) for token in tokens(value))
    assert fold_spaces(fold_spaces(value)) == fold_spaces(value)
    assert sort_key(sort_key(value)) == sort_key(value)


@given(SEARCH_TEXT)
def test_search_queries_are_valid_expressions_or_none(query: str) -> None:
    for dialect in ("sqlite", "postgresql"):
        expression = match_expression(dialect, query)
        if expression is None:
            assert not tokens(query)
            continue
        words = tokens(query)[:12]
        if dialect == "sqlite":
            assert expression == " AND ".join(f'"{w}"*' for w in words)
        else:
            assert expression == " & ".join(f"{w}:*" for w in words)
    assert index_text(query) == " ".join(tokens(query))
