"""The office's topic list (Themenliste): the topics a report counts new inquiries by. One
list every desk on the database shares (table ``office_settings``, key ``topics``: a JSON list
of strings); only the Administration changes it (audited, with the version it read). The call
form's topic field stays free text: the report maps an inquiry's topic to the list by the one
text normaliser (``text.normalise``: case, umlauts, accents), and anything not on the list -
or empty - counts as ``OTHER_TOPIC``, so no free text ever reaches a report."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from buergeranfragen.clock import Clock
from buergeranfragen.db.engine import SessionFactory, reading, transaction
from buergeranfragen.errors import FieldError, KnownError, StaleRecord, ValidationFailed
from buergeranfragen.messages import msg
from buergeranfragen.organisation.roles import Action
from buergeranfragen.organisation.service import _acting as acting
from buergeranfragen.reports import store
from buergeranfragen.reports.records import OTHER_TOPIC
from buergeranfragen.text import fold_spaces

MAX_TOPICS = 200
MAX_LENGTH = 80

# the shipped list: typical topics of a state chancellery's citizen and press service
DEFAULT_TOPICS: tuple[str, ...] = (
    "Bildung und Schule",
    "Kinderbetreuung",
    "Gesundheit und Pflege",
    "Soziales und Familie",
    "Wohnen und Bauen",
    "Verkehr und Infrastruktur",
    "Umwelt, Klima und Energie",
    "Wirtschaft und Arbeit",
    "Steuern und Finanzen",
    "Innere Sicherheit und Polizei",
    "Justiz",
    "Migration und Integration",
    "Digitalisierung und Verwaltung",
    "Kultur und Sport",
    "Wissenschaft und Hochschulen",
    "Landwirtschaft und Verbraucherschutz",
    "Europa und Internationales",
    "Ministerpräsident und Landesregierung",
    "Termine und Einladungen",
    "Presseanfrage allgemein",
    "Lob und Kritik",
    "Informationsfreiheit (IFG)",
)


@dataclass(frozen=True)
class TopicList:
    topics: tuple[str, ...]
    version: int  # 0: the shipped list, nothing stored yet


def check_topics(values: Sequence[object]) -> tuple[str, ...]:
    """The list cleaned (spaces folded, empty entries refused), or ``ValidationFailed``: not
    text, too long, twice (as the report compares them), the catch-all ``OTHER_TOPIC``."""
    errors: list[FieldError] = []
    seen: dict[str, str] = {}
    cleaned: list[str] = []
    if len(values) > MAX_TOPICS:
        errors.append(FieldError("topics", msg("Höchstens {count} Themen.", count=MAX_TOPICS)))
    for value in values:
        if not isinstance(value, str) or not value.split():
            errors.append(FieldError("topics", msg("Ein Thema ist leer oder kein Text.")))
            continue
        topic = " ".join(value.split())
        key = fold_spaces(topic)
        if len(topic) > MAX_LENGTH:
            errors.append(
                FieldError(
                    "topics",
                    msg(
                        "Das Thema {topic} ist länger als {limit} Zeichen.",
                        topic=topic[:MAX_LENGTH],
                        limit=MAX_LENGTH,
                    ),
                )
            )
        elif key == fold_spaces(OTHER_TOPIC):
            errors.append(
                FieldError(
                    "topics",
                    msg("„{topic}“ zählt der Bericht ohnehin für alles andere.", topic=OTHER_TOPIC),
                )
            )
        elif key in seen:
            errors.append(
                FieldError(
                    "topics", msg("Das Thema {topic} steht doppelt in der Liste.", topic=topic)
                )
            )
        else:
            seen[key] = topic
            cleaned.append(topic)
    if errors:
        raise ValidationFailed(errors)
    return tuple(cleaned)


def topics_from_json(text: str) -> tuple[str, ...]:
    """A JSON list of strings (the stored form and ``topics set FILE``)."""
    try:
        value = json.loads(text)
    except ValueError as exc:
        raise KnownError(msg("Die Themenliste ist kein gültiges JSON.")) from exc
    if not isinstance(value, list):
        raise KnownError(msg("Die Themenliste muss eine JSON-Liste von Texten sein."))
    return check_topics(value)


def topics_to_json(topics: Sequence[str]) -> str:
    return json.dumps(list(topics), ensure_ascii=False)


def topic_mapper(topics: Sequence[str]) -> Callable[[str], str]:
    """Maps an inquiry's topic (free text) to its entry of ``topics`` - compared normalised,
    spaces folded (``text.fold_spaces``) - or to ``OTHER_TOPIC``."""
    known = {fold_spaces(topic): topic for topic in topics}

    def mapped(value: str) -> str:
        return known.get(fold_spaces(value or ""), OTHER_TOPIC)

    return mapped


class TopicService:
    """The topic list: read by everyone, changed by the Administration only."""

    def __init__(self, session_factory: SessionFactory, clock: Clock, actor: str) -> None:
        self._factory = session_factory
        self._clock = clock
        self._actor = actor

    def current(self) -> TopicList:
        with reading(self._factory) as session:
            topics, version = store.stored_topics(session)
        return TopicList(topics if version else DEFAULT_TOPICS, version)

    def save(self, topics: Sequence[str], version: int | None = None) -> TopicList:
        """Store ``topics`` (checked) for the whole office; ``version`` the one read (a newer
        one stored meanwhile raises ``StaleRecord``), None: whatever is stored."""
        cleaned = check_topics(topics)
        now = self._clock()
        with transaction(self._factory) as session:
            acting(session, self._actor, now, Action.EDIT_TOPICS)
            before, stored_version = store.stored_topics(session)
            if version is not None and version != stored_version:
                raise StaleRecord(
                    msg("Die Themenliste wurde inzwischen geändert; bitte neu laden.")
                )
            store.write_topics(
                session,
                topics_to_json(cleaned),
                now,
                self._actor,
                {
                    "before": list(before if stored_version else DEFAULT_TOPICS),
                    "after": list(cleaned),
                },
            )
            topics_now, version_now = store.stored_topics(session)
        return TopicList(topics_now, version_now)

    def add(self, topic: str) -> TopicList:
        current = self.current()
        return self.save([*current.topics, topic], current.version)

    def remove(self, topic: str) -> TopicList:
        current = self.current()
        key = fold_spaces(topic)
        kept = [t for t in current.topics if fold_spaces(t) != key]
        if len(kept) == len(current.topics):
            raise KnownError(
                msg("Das Thema {topic} steht nicht in der Liste.", topic=topic[:MAX_LENGTH])
            )
        return self.save(kept, current.version)

    def reset(self) -> TopicList:
        """Back to the shipped list."""
        return self.save(DEFAULT_TOPICS, self.current().version)
