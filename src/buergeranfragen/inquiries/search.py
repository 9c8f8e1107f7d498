"""Full-text search over inquiries: SQLite FTS5, PostgreSQL to_tsvector('simple'); the index and
the query are both made of ``buergeranfragen.text.tokens`` (ä -> ae, ß -> ss, accents dropped,
case folded), so "Müller", "mueller" and "MÜLLER" find each other.

The index's rowid is a time key - the second the inquiry was received, then its id - so the
queue's usual order, newest first, is the index's own order: a search reads the first page
straight from the index and stops, however many inquiries match.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Column, ColumnElement, Integer, MetaData, Table, Text, text
from sqlalchemy.orm import Session

from buergeranfragen.text import tokens, tokens_of_words

_ID_BITS = 24

# Not part of the ORM metadata: the migration creates it per database (FTS5 / GIN).
fts_table = Table(
    "inquiry_fts",
    MetaData(),
    Column("rowid", BigInteger, primary_key=True),
    Column("inquiry_id", Integer),
    Column("text", Text),
)


def index_text(*parts: str) -> str:
    return " ".join(tokens(" ".join(p for p in parts if p)))


def inquiry_text(
    row: Mapping[str, Any],
    contact_name: str,
    words: tuple[list[str], list[str]] | None = None,
) -> str:
    """The index entry of an inquiry (``row`` holds its columns) and its contact's name;
    ``words``: those of its subject and text (``text.words_of``), read already."""
    if words is None:
        return index_text(
            row["reference"],
            row["subject"],
            row["body"],
            row["topic"],
            contact_name,
            row["from_email"],
            row["from_name"],
        )
    # the parts' tokens one after the other are the tokens of the parts joined by spaces
    rest = (row["topic"], contact_name, row["from_email"], row["from_name"])
    return " ".join(
        [
            *tokens(row["reference"] or ""),
            *tokens_of_words(row["subject"] or "", words[0]),
            *tokens_of_words(row["body"] or "", words[1]),
            *tokens(" ".join(p for p in rest if p)),
        ]
    )


def time_key(received_at: datetime, inquiry_id: int = 0) -> int:
    """Sorts like (received_at, id); unique while fewer than 16 million inquiries share a
    second."""
    return (int(received_at.timestamp()) << _ID_BITS) + (inquiry_id % (1 << _ID_BITS))


def write_index(
    session: Session, inquiry_id: int, received_at: datetime, content: str, *, new: bool = False
) -> None:
    """Write an inquiry's index entry, replacing the one it has (none when ``new``). The entry
    is found by its key (an inquiry's time of receipt never changes): FTS5 finds a row by its
    other columns only by reading them all."""
    key = time_key(received_at, inquiry_id)
    if not new:
        session.execute(text("DELETE FROM inquiry_fts WHERE rowid = :key"), {"key": key})
    session.execute(
        text("INSERT INTO inquiry_fts (rowid, inquiry_id, text) VALUES (:key, :id, :text)"),
        {"key": key, "id": inquiry_id, "text": content},
    )


def match_expression(dialect: str, query: str) -> str | None:
    words = tokens(query)[:12]
    if not words:
        return None
    if dialect == "sqlite":
        return " AND ".join(f'"{w}"*' for w in words)
    return " & ".join(f"{w}:*" for w in words)


def match_clause(dialect: str, expression: str) -> ColumnElement[bool]:
    """Every word must occur, as a prefix; to be used with fts_table in the FROM clause."""
    if dialect == "sqlite":
        return text("inquiry_fts MATCH :fts_q").bindparams(fts_q=expression)  # type: ignore[return-value]
    return text(  # type: ignore[return-value]
        "to_tsvector('simple', inquiry_fts.text) @@ to_tsquery('simple', :fts_q)"
    ).bindparams(fts_q=expression)


def compact(session: Session) -> None:
    """SQLite: merge the full-text index's segments into one, so the words of entries deleted
    or replaced are not kept in older segments of the file (PostgreSQL's index follows its
    table)."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("INSERT INTO inquiry_fts (inquiry_fts) VALUES ('optimize')"))
