"""Contact use cases: create, edit, look up callers, find duplicates, merge, import one entry.

The window, the command line and the tests call these the same way. Each method is one unit of
work on the session factory it was given and calls the modules of the concept: ``validation``,
``duplicates``, ``merging``, ``importing`` for the rules, ``repository`` for storage. Nothing
here reads the wall clock or settings; no session or ORM object is taken or handed out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from buergeranfragen.clock import Clock
from buergeranfragen.contacts import duplicates, importing, merging, repository
from buergeranfragen.contacts.importing import ImportOutcome, ImportStatus
from buergeranfragen.contacts.phones import try_parse_phone
from buergeranfragen.contacts.records import (
    ContactDraft,
    ContactRecord,
    ContactSummary,
    DuplicateHint,
)
from buergeranfragen.contacts.validation import CleanContact, validate
from buergeranfragen.db.engine import SessionFactory, reading, transaction
from buergeranfragen.privacy.audit import AuditRecord

__all__ = ["ContactService", "ImportOutcome", "ImportStatus"]


class ContactService:
    def __init__(self, session_factory: SessionFactory, clock: Clock, actor: str) -> None:
        self._factory = session_factory
        self._clock = clock
        self._actor = actor

    # -- reading -----------------------------------------------------------------------------

    def get(self, contact_id: int) -> ContactRecord:
        with reading(self._factory) as session:
            return repository.get_record(session, contact_id)

    def lookup_caller(self, number: str, limit: int = 10) -> list[ContactSummary]:
        """Contacts with exactly this number, in any writing (indexed on E.164)."""
        parsed = try_parse_phone(number)
        if parsed is None:
            return []
        with reading(self._factory) as session:
            return repository.with_number(session, parsed.e164, limit)

    def search(self, text: str = "", offset: int = 0, limit: int = 100) -> list[ContactSummary]:
        """A page of the contact list, filtered: every word must occur in a name, the
        organisation, a place, a tag or an address ("Mueller" finds "Müller"), or a number in
        any writing."""
        with reading(self._factory) as session:
            return repository.search(session, text, offset, limit)

    def count(self, text: str = "") -> int:
        with reading(self._factory) as session:
            return repository.count(session, text)

    def find_duplicates(
        self, draft: ContactDraft, exclude_id: int | None = None, limit: int = 10
    ) -> list[DuplicateHint]:
        """Existing contacts with the same number or email, or the same name at the same
        organisation. Invalid numbers and addresses in the draft are ignored here."""
        keys = duplicates.keys_of(draft)
        if not keys:
            return []
        with reading(self._factory) as session:
            return repository.duplicate_hints(session, keys, exclude_id, limit)

    def iter_records(
        self, progress: Callable[[int, int], None] | None = None, batch: int = 500
    ) -> Iterator[ContactRecord]:
        """Every contact in list order, read in batches (for exports)."""
        total = self.count()
        done = 0
        after: repository.ListKey | None = None
        while True:
            with reading(self._factory) as session:
                records, after = repository.page_after(session, after, batch)
            if not records:
                return
            yield from records
            done += len(records)
            if progress is not None:
                progress(done, total)

    def history(self, contact_id: int) -> list[AuditRecord]:
        with reading(self._factory) as session:
            return repository.history(session, contact_id)

    # -- writing -----------------------------------------------------------------------------

    def create(self, draft: ContactDraft) -> ContactRecord:
        clean = validate(draft)
        with transaction(self._factory) as session:
            return repository.create_contact(session, clean, now=self._clock(), actor=self._actor)

    def create_many(self, drafts: Iterable[ContactDraft], batch: int = 2000) -> int:
        """Create many validated contacts in batches (one transaction per batch, each contact
        audited); for bulk loads such as the benchmark data. Returns how many were created."""
        created = 0
        pending: list[CleanContact] = []

        def flush() -> None:
            with transaction(self._factory) as session:
                repository.insert_many(session, pending, now=self._clock(), actor=self._actor)
            pending.clear()

        for draft in drafts:
            pending.append(validate(draft))
            created += 1
            if len(pending) >= batch:
                flush()
        if pending:
            flush()
        return created

    def update(self, contact_id: int, expected_version: int, draft: ContactDraft) -> ContactRecord:
        """Save an edited contact; refused if someone saved a newer version meanwhile."""
        clean = validate(draft)
        with transaction(self._factory) as session:
            return repository.update_contact(
                session, contact_id, expected_version, clean, now=self._clock(), actor=self._actor
            )

    def merge(
        self,
        keep_id: int,
        other_id: int,
        keep_version: int | None = None,
        other_version: int | None = None,
    ) -> ContactRecord:
        """Fold ``other`` into ``keep``: every number, address, note and tag of both is kept,
        empty fields are filled, everything that pointed at ``other`` now points at ``keep``."""
        merging.refuse_merging_itself(keep_id, other_id)
        with transaction(self._factory) as session:
            return repository.merge_contacts(
                session,
                keep_id,
                other_id,
                keep_version,
                other_version,
                now=self._clock(),
                actor=self._actor,
            )

    def create_and_merge(
        self, draft: ContactDraft, into_id: int, into_version: int | None = None
    ) -> ContactRecord:
        """Merge what a form holds, not yet saved, into the existing contact ``into_id``: in one
        unit of work the draft is validated, stored (audited), folded into ``into_id`` and
        removed again. If anything fails, nothing of it remains."""
        clean = validate(draft)
        with transaction(self._factory) as session:
            return repository.merge_new_contact(
                session, clean, into_id, into_version, now=self._clock(), actor=self._actor
            )

    def import_entry(self, draft: ContactDraft) -> ImportOutcome:
        """Store one imported entry (see ``importing``): invalid numbers and addresses are kept
        in the notes with a warning; a contact with the same number, address or
        name+organisation is completed instead of duplicated. All or nothing for this entry."""
        prepared = importing.prepare(draft)
        if prepared.clean is None:
            return prepared.skipped()
        keys = duplicates.keys_of(prepared.draft)
        now, actor = self._clock(), self._actor
        with transaction(self._factory) as session:
            hints = repository.duplicate_hints(session, keys, None, 10) if keys else []
            if hints:
                record = repository.complete_contact(
                    session, hints[0].contact.id, prepared.clean, now=now, actor=actor
                )
                return importing.merged(prepared, record, hints[0])
            record = repository.create_contact(session, prepared.clean, now=now, actor=actor)
            return importing.imported(prepared, record)
