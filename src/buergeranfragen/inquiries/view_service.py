"""The sidebar's views as a service: list them (built-in, one per active department, the
user's saved ones), count them all at once, and save / rename / delete a user's own views.
Each method is one unit of work; the work is in ``views`` (pure) and ``view_store``."""

from __future__ import annotations

from buergeranfragen.clock import Clock
from buergeranfragen.db.engine import SessionFactory, reading, transaction
from buergeranfragen.errors import KnownError, RecordNotFound
from buergeranfragen.inquiries import repository, view_store, views
from buergeranfragen.inquiries.records import InquiryQuery
from buergeranfragen.inquiries.service import COUNT_LIMIT  # a view with words counts no further
from buergeranfragen.inquiries.views import QueueView, SavedViewRecord, ViewKind
from buergeranfragen.messages import msg
from buergeranfragen.organisation import repository as organisation_store
from buergeranfragen.text import name_keys


class ViewService:
    def __init__(self, session_factory: SessionFactory, clock: Clock, actor: str) -> None:
        self._factory = session_factory
        self._clock = clock
        self._actor = actor

    def views(self) -> list[QueueView]:
        """Every view of the sidebar, in its order: the fixed ones, one per active department
        (by name), then the user's saved views."""
        with reading(self._factory) as session:
            departments = organisation_store.departments(session, include_inactive=False)
            saved = view_store.saved_views(session, self._actor)
        listed = views.built_in(self._actor, self._clock())
        listed += [
            views.department_view(d.code, d.name)
            for d in sorted(departments, key=lambda d: d.name.casefold())
        ]
        return listed + [views.saved_view(record) for record in saved]

    def view_counts(self) -> dict[str, int]:
        """How many inquiries each view lists, by its key: the open counts in one grouped
        statement, press today in one, each saved view in one."""
        now = self._clock()
        with reading(self._factory) as session:
            departments = organisation_store.departments(session, include_inactive=False)
            saved = view_store.saved_views(session, self._actor)
            found = view_store.open_counts(session, self._actor, now)
            press = views.built_in(self._actor, now)[-1].query
            counts = {
                ViewKind.MINE.value: found.mine,
                ViewKind.UNASSIGNED.value: found.by_department.get(None, 0),
                ViewKind.DUE_TODAY.value: found.due_today,
                ViewKind.OVERDUE.value: found.overdue,
                ViewKind.PRESS_TODAY.value: repository.count(session, press, now, COUNT_LIMIT),
            }
            for department in departments:
                counts[views.department_key(department.code)] = found.by_department.get(
                    department.id, 0
                )
            for record in saved:
                counts[views.saved_key(record.id)] = repository.count(
                    session, record.query, now, COUNT_LIMIT
                )
        return counts

    def find(self, name: str) -> QueueView:
        """A view by its key ("overdue"), its title ("Überfällig"), a department's code or a
        saved view's name (case, spacing and umlauts ignored as for states: "ueberfaellig",
        "uberfallig"); raises a ``KnownError`` naming the views."""
        wanted = name_keys(name)
        listed = self.views()
        for view in listed:  # a title or key first: a saved "Presse" before the code PRESSE
            if wanted & (name_keys(view.key) | name_keys(view.title.render())):
                return view
        for view in listed:
            code = view.query.department_code if view.kind == ViewKind.DEPARTMENT else None
            if code and wanted & name_keys(code):
                return view
        known = ", ".join(v.title.render() for v in listed)
        raise KnownError(
            msg("Eine Ansicht „{name}“ gibt es nicht. Ansichten: {known}", name=name, known=known)
        )

    # -- the user's own views ----------------------------------------------------------------

    def saved(self) -> list[SavedViewRecord]:
        with reading(self._factory) as session:
            return view_store.saved_views(session, self._actor)

    def save(self, name: str, query: InquiryQuery) -> SavedViewRecord:
        """The query's filter (not its order) under a name of the user's; a name the user
        has already is refused on the field ``name``."""
        name = views.checked_name(name)
        with transaction(self._factory) as session:
            return view_store.insert_saved_view(
                session, self._actor, name, views.only_filter(query), self._clock()
            )

    def rename(self, view_id: int, name: str) -> SavedViewRecord:
        name = views.checked_name(name)
        with transaction(self._factory) as session:
            record = view_store.rename_saved_view(
                session, self._actor, view_id, self._clock(), name
            )
        if record is None:
            raise _gone(view_id)
        return record

    def delete(self, view_id: int) -> None:
        with transaction(self._factory) as session:
            if not view_store.delete_saved_view(session, self._actor, view_id):
                raise _gone(view_id)


def _gone(view_id: int) -> RecordNotFound:
    return RecordNotFound(
        msg("Die gespeicherte Ansicht Nr. {number} gibt es nicht (mehr).", number=view_id)
    )
