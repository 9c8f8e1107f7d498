"""Contact use cases: create, edit, look up callers, find duplicates, merge, split, import one
entry, review earlier import merges.

The window, the command line and the tests call these the same way. Each method is one unit of
work on the session factory it was given and calls the modules of the concept: ``validation``,
``duplicates``, ``merging``, ``importing`` for the rules, ``repository`` for storage. Nothing
here reads the wall clock or settings; no session or ORM object is taken or handed out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping

from buergeranfragen.clock import Clock
from buergeranfragen.contacts import duplicates, importing, merging, repository, splitting
from buergeranfragen.contacts.identity import identity_of_draft
from buergeranfragen.contacts.importing import ImportOutcome, ImportStatus
from buergeranfragen.contacts.phones import try_parse_phone
from buergeranfragen.contacts.records import (
    ContactDraft,
    ContactRecord,
    ContactSummary,
    DuplicateHint,
    FieldConflict,
    ImportMerge,
    SplitRequest,
    SplitResult,
)
from buergeranfragen.contacts.validation import CleanContact, validate
from buergeranfragen.db.engine import SessionFactory, reading, transaction
from buergeranfragen.errors import FieldError, ValidationFailed
from buergeranfragen.messages import msg
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
        organisation: the same person (``same_person``) first, then those that only share a
        number or an address, each with its reasons. Invalid numbers and addresses in the
        draft are ignored here."""
        keys = duplicates.keys_of(draft)
        if not keys:
            return []
        entry = identity_of_draft(draft)
        with reading(self._factory) as session:
            return repository.duplicate_hints(session, keys, entry, exclude_id, limit)

    def merge_conflicts(self, keep_id: int, other_id: int) -> list[FieldConflict]:
        """The fields both contacts fill differently (name, organisation, kind, address, …):
        the clerk picks one value per field for ``merge``; the other goes into the notes."""
        with reading(self._factory) as session:
            keep = repository.get_record(session, keep_id)
            other = repository.get_record(session, other_id)
        return merging.conflicts(merging.values_of_record(keep), merging.values_of_record(other))

    def draft_conflicts(self, draft: ContactDraft, into_id: int) -> list[FieldConflict]:
        """``merge_conflicts`` for an unsaved form folded into ``into_id`` (``create_and_merge``):
        the stored contact is the kept side, the form the other."""
        with reading(self._factory) as session:
            keep = repository.get_record(session, into_id)
        return merging.conflicts(merging.values_of_record(keep), merging.values_of_draft(draft))

    def import_merges(self) -> list[ImportMerge]:
        """The contacts that received numbers or addresses through an import merge (from the
        audit trail), oldest first: for reviewing imports made before the "same person"
        rule; a contact holding someone else's values can be split."""
        with reading(self._factory) as session:
            return repository.import_merges(session)

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
        choices: Mapping[str, str] | None = None,
    ) -> ContactRecord:
        """Fold ``other`` into ``keep``: every number, address, note and tag of both is kept,
        empty fields are filled, everything that pointed at ``other`` now points at ``keep``.
        A field both fill differently (``merge_conflicts``) takes the value ``choices`` picks
        ("keep" or "other"; without a choice the kept contact's); the value not kept goes into
        the notes. Both sides are audited."""
        merging.refuse_merging_itself(keep_id, other_id)
        merging.check_choices(choices or {})
        with transaction(self._factory) as session:
            return repository.merge_contacts(
                session,
                keep_id,
                other_id,
                keep_version,
                other_version,
                now=self._clock(),
                actor=self._actor,
                choices=choices,
            )

    def create_and_merge(
        self,
        draft: ContactDraft,
        into_id: int,
        into_version: int | None = None,
        choices: Mapping[str, str] | None = None,
    ) -> ContactRecord:
        """Merge what a form holds, not yet saved, into the existing contact ``into_id`` (the
        kept one; ``choices`` as in ``merge``): in one unit of work the draft is validated,
        stored (audited), folded into ``into_id`` and removed again. If anything fails,
        nothing of it remains."""
        clean = validate(draft)
        merging.check_choices(choices or {})
        with transaction(self._factory) as session:
            return repository.merge_new_contact(
                session,
                clean,
                into_id,
                into_version,
                now=self._clock(),
                actor=self._actor,
                choices=choices,
            )

    def split(
        self, contact_id: int, expected_version: int | None, request: SplitRequest
    ) -> SplitResult:
        """Make a new contact of the numbers and addresses that belong to another person
        (``request``: the new contact's name and fields, the numbers and addresses it takes,
        the inquiries that move with it; the others stay). One unit of work, audited on both
        sides; refused if someone saved a newer version of the contact meanwhile."""
        from buergeranfragen.inquiries import repository as inquiries

        now, actor = self._clock(), self._actor
        with transaction(self._factory) as session:
            record = repository.get_record(session, contact_id)
            clean = splitting.split_off(record, request)
            for inquiry_id in dict.fromkeys(request.move_inquiries):
                inquiry = inquiries.load(session, inquiry_id)
                if inquiry is None or inquiry.contact_id != contact_id:
                    message = msg(
                        "Anfrage Nr. {number} gehört nicht zu diesem Kontakt.", number=inquiry_id
                    )
                    raise ValidationFailed([FieldError("move_inquiries", message)])
            kept, new = repository.split_contact(
                session, contact_id, expected_version, clean, now=now, actor=actor
            )
            for inquiry_id in dict.fromkeys(request.move_inquiries):
                inquiries.assign_contact(session, inquiry_id, new.id, now=now, actor=actor)
            return SplitResult(kept, new)

    def import_entry(self, draft: ContactDraft) -> ImportOutcome:
        """Store one imported entry (see ``importing``): invalid numbers and addresses are kept
        in the notes with a warning; an entry that is a stored contact (the same person, or
        already held by it with all its numbers and addresses) completes it; any other
        becomes a new contact, also when it shares a number or an address with someone (the
        warning names them). All or nothing for this entry; the decision and the write in one
        unit of work that a second import or mail intake cannot interleave."""
        prepared = importing.prepare(draft)
        if prepared.clean is None:
            return prepared.skipped()
        entry = identity_of_draft(prepared.draft)
        name_keys = duplicates.name_keys_of(prepared.draft)
        values = merging.values_of_clean(prepared.clean)
        now, actor = self._clock(), self._actor
        with transaction(self._factory) as session:
            repository.lock_identities(session)
            candidates = repository.identity_candidates(session, entry, name_keys)
            if not (entry.numbers or entry.emails):  # known by its name and fields alone
                candidates += repository.sorted_as(session, importing.sort_name_of(prepared.draft))
            found = importing.match(entry, values, candidates)
            if found is not None:
                record = repository.complete_contact(
                    session, found.id, prepared.clean, now=now, actor=actor
                )
                return importing.merged(prepared, found, record, importing.reasons(entry, found))
            record = repository.create_contact(session, prepared.clean, now=now, actor=actor)
            shared = repository.sharing(session, entry, record.id)
            return importing.imported(prepared, record, importing.shared_warnings(*shared))
