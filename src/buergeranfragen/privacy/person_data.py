"""Art. 15 (access) and Art. 17 (erasure) for one person: ``PersonDataService`` finds the contact
a value names (an id, an email address, a phone number in any writing; a value naming several
contacts is refused, naming them), gathers everything stored about it (``person_store``), writes
it as JSON and PDF (``access_files``) and erases it with everything tied to it.

Who may: the export - Leitung, Administration, Bürgerservice (``Action.EXPORT_PERSONAL_DATA``);
the erasure - the Administration only (``Action.ERASE_PERSON``). Both are recorded in the audit:
the export under the contact (who handed out whose data, when; it goes with the contact when
that is erased), the erasure as one entry without the person (who erased, when, the counts)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from buergeranfragen.clock import Clock
from buergeranfragen.contacts.emails import EmailError, normalise_email
from buergeranfragen.contacts.phones import looks_like_phone, try_parse_phone
from buergeranfragen.contacts.records import contact_name
from buergeranfragen.db.engine import SessionFactory, reading, transaction
from buergeranfragen.errors import KnownError, RecordNotFound
from buergeranfragen.messages import msg
from buergeranfragen.organisation.roles import Action
from buergeranfragen.organisation.service import _acting as acting
from buergeranfragen.privacy import access_files, contact_trail, person_store
from buergeranfragen.privacy.access_files import Document, Naming

_ID = re.compile(r"#?([1-9][0-9]{0,8})")  # 12 or #12: a contact's number (no leading zero)


@dataclass(frozen=True)
class ErasureCounts:
    """What an erasure removes (or removed): shown before it is confirmed."""

    contact_id: int
    name: str
    inquiries: int
    messages: int
    attachments: int
    originals: int


@dataclass(frozen=True)
class ExportResult:
    contact_id: int
    name: str
    paths: tuple[Path, ...]


class PersonDataService:
    def __init__(self, session_factory: SessionFactory, clock: Clock, actor: str) -> None:
        self._factory = session_factory
        self._clock = clock
        self._actor = actor

    # -- finding the person ---------------------------------------------------------------

    def resolve(self, value: str) -> int:
        """The id of the one contact ``value`` names: ``12`` / ``#12`` (its number), an email
        address or a phone number in any writing. None found, or several: a German refusal
        (several are named with their ids, so the user picks one by its id)."""
        shown = value.strip()
        with reading(self._factory) as session:
            ids = self._matching(session, shown)
            if not ids:
                raise RecordNotFound(msg("Zu „{value}“ gibt es keinen Kontakt.", value=shown))
            if len(ids) > 1:
                names = person_store.contact_names(session, ids)
                listed = "; ".join(
                    f"{i}: {contact_name(Naming(names.get(i, {})), '(ohne Namen)')}" for i in ids
                )
                raise KnownError(
                    msg(
                        "„{value}“ gehört zu mehreren Kontakten ({contacts}). Bitte wählen Sie "
                        "einen über seine Nummer, z. B. {example}.",
                        value=shown,
                        contacts=listed,
                        example=str(ids[0]),
                    )
                )
        return ids[0]

    def _matching(self, session: Session, value: str) -> list[int]:
        number = _ID.fullmatch(value)
        if number is not None:
            contact_id = int(number.group(1))
            return [contact_id] if person_store.contact_row(session, contact_id) else []
        if "@" in value:
            try:
                address = normalise_email(value)
            except EmailError as exc:
                raise KnownError(exc.reason) from exc
            return person_store.contact_ids_by_email(session, address)
        parsed = try_parse_phone(value) if looks_like_phone(value) else None
        if parsed is None:
            raise KnownError(
                msg(
                    "„{value}“ ist weder die Nummer eines Kontakts noch eine E-Mail-Adresse "
                    "oder Rufnummer.",
                    value=value,
                )
            )
        return person_store.contact_ids_by_phone(session, parsed.e164)

    def _may(self, action: Action) -> None:
        """Refused unless this user may ``action``: a unit of work of its own (it takes the
        write lock while it may create the person), so the reading after it does not hold
        the lock."""
        with transaction(self._factory) as session:
            acting(session, self._actor, self._clock(), action)

    # -- Art. 15 --------------------------------------------------------------------------

    def gather(self, contact_id: int) -> Document:
        """Everything stored about the contact (see ``access_files.Document``)."""
        now = self._clock()
        self._may(Action.EXPORT_PERSONAL_DATA)
        with reading(self._factory) as session:  # not under the write lock: it may take long
            contact = person_store.contact_row(session, contact_id)
            if contact is None:
                raise RecordNotFound(
                    msg("Einen Kontakt mit der Nummer {id} gibt es nicht.", id=str(contact_id))
                )
            phones, emails = person_store.phones_and_emails(session, contact_id)
            related = person_store.person_inquiries(session, contact_id)
            ids = list(related)
            messages = person_store.message_rows(session, ids)
            spans = contact_trail.contact_spans(session, contact_id)  # its own, merged ones'
            return access_files.document(
                created_at=now,
                created_by=self._actor,
                contact=contact,
                phones=phones,
                emails=emails,
                related=related,
                inquiries=person_store.inquiry_rows(session, ids),
                steps=person_store.step_rows(session, ids),
                messages=messages,
                attachments=person_store.attachment_rows(session, ids),
                originals=person_store.original_rows(session, ids),
                audit=person_store.audit_rows(
                    session, spans, ids, [int(m["id"]) for m in messages]
                ),
                readings=person_store.reading_rows(session, spans, ids),
                rejected=person_store.rejected_rows(session, contact_id),
            )

    def export(self, contact_id: int, folder: Path, *, force: bool = False) -> ExportResult:
        """Write the contact's data into ``folder`` as ``Auskunft-<id>-<date>.json`` and
        ``.pdf`` (owner only; existing files only with ``force``) and record the export."""
        document = self.gather(contact_id)
        paths = access_files.export(document, folder, force=force)
        try:
            with transaction(self._factory) as session:
                person_store.record_export(
                    session, contact_id, self._clock(), self._actor, [p.name for p in paths]
                )
        except BaseException:
            for path in paths:  # not recorded: not handed out
                path.unlink(missing_ok=True)
            raise
        return ExportResult(contact_id, document.name, tuple(paths))

    # -- Art. 17 --------------------------------------------------------------------------

    def erasure_preview(self, contact_id: int) -> ErasureCounts:
        """What ``erase`` would remove (nothing is changed); refused, like ``erase``, for
        anyone but the Administration, so nobody is asked a question they may not answer."""
        self._may(Action.ERASE_PERSON)
        with reading(self._factory) as session:
            return self._counts(session, contact_id, person_store.erasure_plan(session, contact_id))

    def _counts(
        self, session: Session, contact_id: int, plan: person_store.ErasurePlan
    ) -> ErasureCounts:
        names = person_store.contact_names(session, [contact_id])
        if contact_id not in names:
            raise RecordNotFound(
                msg("Einen Kontakt mit der Nummer {id} gibt es nicht.", id=str(contact_id))
            )
        return ErasureCounts(
            contact_id,
            contact_name(Naming(names[contact_id]), "(ohne Namen)"),
            len(plan.inquiry_ids),
            len(plan.message_ids),
            plan.attachments,
            plan.originals,
        )

    def erase(self, contact_id: int) -> ErasureCounts:
        """Erase the contact and everything tied to it in one unit of work (Administration
        only); then the database file keeps nothing of it (SQLite: secure_delete, the
        full-text index merged, the WAL emptied)."""
        now = self._clock()
        with transaction(self._factory) as session:
            acting(session, self._actor, now, Action.ERASE_PERSON)
            plan = person_store.erasure_plan(session, contact_id)
            counts = self._counts(session, contact_id, plan)
            person_store.erase(session, plan, now, self._actor)
        with reading(self._factory) as session:
            person_store.checkpoint(session)
        return counts
