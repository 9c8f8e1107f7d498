"""Full-text search over inquiries: SQLite FTS5, PostgreSQL to_tsvector('simple'); the same
German-aware normalisation on both sides (ä -> ae, ß -> ss, accents dropped, case folded), so
"Müller", "mueller" and "MÜLLER" find each other."""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import ColumnElement, literal_column, text
from sqlalchemy.orm import Session

_GERMAN = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue", "ẞ": "ss"}
)
_TOKEN = re.compile(r"[0-9a-z]+")


def normalise(value: str) -> str:
    folded = value.translate(_GERMAN).casefold()
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokens(value: str) -> list[str]:
    return _TOKEN.findall(normalise(value))


def index_text(*parts: str) -> str:
    return " ".join(tokens(" ".join(p for p in parts if p)))


def write_index(session: Session, inquiry_id: int, content: str) -> None:
    session.execute(text("DELETE FROM inquiry_fts WHERE rowid = :id"), {"id": inquiry_id})
    session.execute(
        text("INSERT INTO inquiry_fts (rowid, text) VALUES (:id, :text)"),
        {"id": inquiry_id, "text": content},
    )


def match_condition(dialect: str, query: str) -> ColumnElement[bool] | None:
    """``inquiries.id IN (matching rows)``: every word must occur, as a prefix."""
    words = tokens(query)[:12]
    if not words:
        return None
    if dialect == "sqlite":
        expression = " AND ".join(f'"{w}"*' for w in words)
        sql = "SELECT rowid FROM inquiry_fts WHERE inquiry_fts MATCH :q"
    else:
        expression = " & ".join(f"{w}:*" for w in words)
        sql = (
            "SELECT rowid FROM inquiry_fts "
            "WHERE to_tsvector('simple', text) @@ to_tsquery('simple', :q)"
        )
    return literal_column("inquiries.id").in_(text(sql).bindparams(q=expression))
