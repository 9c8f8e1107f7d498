"""The composition root: settings, database and services, built once and passed down."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from buergeranfragen.answering.composing import Party
from buergeranfragen.answering.sending import SendingService
from buergeranfragen.answering.templates import TemplateService
from buergeranfragen.clock import Clock, system_clock
from buergeranfragen.config import Settings
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.db.engine import refuse_writes
from buergeranfragen.db.migrate import Database, MigrationResult, open_database
from buergeranfragen.errors import KnownError
from buergeranfragen.inquiries.handling import HandlingService
from buergeranfragen.inquiries.presence import PresenceService
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.inquiries.view_service import ViewService
from buergeranfragen.mail.imap import MailboxService
from buergeranfragen.mail.intake import MailIntake
from buergeranfragen.mail.outbox import Outbox
from buergeranfragen.mail.smtp_settings import SmtpSettingsService
from buergeranfragen.messages import msg
from buergeranfragen.organisation.rules import RuleService
from buergeranfragen.organisation.service import DepartmentService, PeopleService
from buergeranfragen.organisation.validation import check_os_user
from buergeranfragen.privacy.person_data import PersonDataService
from buergeranfragen.privacy.reading import ReadingLog
from buergeranfragen.privacy.retention import RetentionService
from buergeranfragen.privacy.viewer import AuditService
from buergeranfragen.reports.service import ReportService
from buergeranfragen.reports.topics import TopicService
from buergeranfragen.runtime import log, log_message

DEPARTMENTS_REVISION = "0008"  # the migration that brought departments


@dataclass
class AppContext:
    settings: Settings
    clock: Clock
    database: Database
    contacts: ContactService
    inquiries: InquiryService
    mail: MailIntake
    mailboxes: MailboxService
    departments: DepartmentService
    people: PeopleService
    rules: RuleService
    handling: HandlingService  # route, assign, status, notes
    views: ViewService
    sending: SendingService  # replies and forwards by mail
    templates: TemplateService  # Textbausteine, filled in for a reply or forward
    smtp: SmtpSettingsService  # the outgoing server (Administration), password in the keyring
    outbox: Outbox  # outgoing mails: deliver once, retry, unclear ones
    reports: ReportService  # the figures of a week, month, quarter, year or span
    topics: TopicService  # the office's topic list the reports count by
    retention: RetentionService  # the retention rules, their preview and daily run
    person_data: PersonDataService  # Art. 15 export and Art. 17 erasure of one person
    reading: ReadingLog  # who opened which contact or inquiry (buffered, written in batches)
    audit: AuditService  # the audit viewer (Leitung and Administration)
    presence: PresenceService  # who has an inquiry open for editing at another desk

    def close(self) -> None:
        try:
            self.presence.release()  # the edit dialogs this desk still held (none: no write)
        except KnownError:
            pass  # unreachable or read-only: the claims go stale within a minute
        try:
            self.reading.flush()  # the openings not yet written
        except KnownError as error:
            log.warning("openings not recorded: %s", log_message(error.reason))
        finally:
            self.inquiries.close()
            self.database.close()


def build_context(settings: Settings, clock: Clock = system_clock) -> AppContext:
    check_os_user(settings.actor)  # before anything is opened or written
    database = open_database(settings.database_url, clock)
    contacts = ContactService(database.session_factory, clock, settings.actor)
    inquiries = InquiryService(database.session_factory, clock, settings.actor)
    try:
        inquiries.move_in_former_files(settings.former_attachments_dir)
    except BaseException:
        database.close()
        raise
    mail = MailIntake(inquiries, clock, settings.office_domains)
    mailboxes = MailboxService(database.session_factory, clock, mail)
    departments = DepartmentService(database.session_factory, clock, settings.actor)
    people = PeopleService(database.session_factory, clock, settings.actor)
    rules = RuleService(database.session_factory, clock, settings.actor)
    try:
        if brought_departments(database.migration):
            departments.load_defaults()
            rules.load_defaults()
        templates = TemplateService(database.session_factory, clock, settings.actor)
        templates.load_defaults()  # a database without templates (new, or from before 0011)
        me = people.me()  # the first person of a new database is its Administration
        if not me.active:  # may read, changes nothing (also no mail, no contact)
            refuse_writes(
                database.session_factory,
                msg("{user} ist als inaktiv eingetragen und darf nichts ändern.", user=me.os_user),
            )
    except BaseException:
        database.close()
        raise
    views = ViewService(database.session_factory, clock, settings.actor)
    handling = HandlingService(database.session_factory, clock, settings.actor)
    smtp = SmtpSettingsService(database.session_factory, clock, settings.actor)
    outbox = Outbox(database.session_factory, clock, settings.actor, smtp)
    sending = SendingService(
        database.session_factory, clock, settings.actor, office_sender(smtp), outbox.deliver
    )
    return AppContext(
        settings,
        clock,
        database,
        contacts,
        inquiries,
        mail,
        mailboxes,
        departments,
        people,
        rules,
        handling,
        views,
        sending,
        templates,
        smtp,
        outbox,
        ReportService(database.session_factory, clock),
        TopicService(database.session_factory, clock, settings.actor),
        RetentionService(
            database.session_factory, clock, settings.actor, check_clock=clock is system_clock
        ),
        PersonDataService(database.session_factory, clock, settings.actor),
        ReadingLog(database.session_factory, clock, settings.actor),
        AuditService(database.session_factory, clock, settings.actor),
        PresenceService(database.session_factory, clock, settings.actor),
    )


def office_sender(smtp: SmtpSettingsService) -> Callable[[], Party | None]:
    """The office's sender for replies and forwards: the outgoing server's address and name
    (None while no server is set up)."""

    def sender() -> Party | None:
        settings = smtp.show()
        if settings is None:
            return None
        return Party(settings.sender_email, settings.sender_name)

    return sender


def brought_departments(migration: MigrationResult) -> bool:
    """Whether this start created the departments table (a new database, or one upgraded past
    0008): only then the shipped lists (departments, routing rules) are loaded, so a list
    someone edited is never touched."""
    before = migration.from_revision
    return migration.changed and (before is None or before < DEPARTMENTS_REVISION)
