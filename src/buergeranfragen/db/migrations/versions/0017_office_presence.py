"""An office on one database (issue 13): who has an inquiry open for editing
(``inquiry_presence``), and how a change reaches the other desks' windows.

PostgreSQL: statement-level triggers on the watched tables send ``NOTIFY buergeranfragen_changes``
with the kind ("inquiries", "contacts", "presence") as payload, inside the writer's transaction
(delivered on commit, never for a rollback; one per kind and transaction). Triggers catch every
writer: the window, the command line, a script.
SQLite has no NOTIFY: row triggers raise a counter per kind in ``change_serials``; a desk sees
``PRAGMA data_version`` move and reads the counters. A presence's heartbeat changes no counter.

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

CHANNEL = "buergeranfragen_changes"
WATCHED = {  # table: kind
    "inquiries": "inquiries",
    "inquiry_steps": "inquiries",
    "inquiry_messages": "inquiries",
    "contacts": "contacts",
    "contact_phones": "contacts",
    "contact_emails": "contacts",
    "inquiry_presence": "presence",
}
KINDS = ("inquiries", "contacts", "presence")


def upgrade() -> None:
    op.create_table(
        "inquiry_presence",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "inquiry_id",
            sa.Integer(),
            sa.ForeignKey("inquiries.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "person_id",
            sa.Integer(),
            sa.ForeignKey("people.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("desk", sa.String(64), nullable=False),
        sa.Column("since", sa.DateTime(timezone=True), nullable=False),
        sa.Column("heartbeat", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("inquiry_id", "desk", name="uq_inquiry_presence_desk"),
    )
    op.create_index("ix_inquiry_presence_inquiry_id", "inquiry_presence", ["inquiry_id"])
    op.create_index("ix_inquiry_presence_desk", "inquiry_presence", ["desk"])
    serials = op.create_table(
        "change_serials",
        sa.Column("kind", sa.String(20), primary_key=True),
        sa.Column("serial", sa.BigInteger(), nullable=False),
    )
    op.bulk_insert(serials, [{"kind": kind, "serial": 0} for kind in KINDS])
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_triggers()
    else:
        _sqlite_triggers()


def _postgresql_triggers() -> None:
    op.execute(
        f"""
        CREATE OR REPLACE FUNCTION buergeranfragen_notify_change() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('{CHANNEL}', TG_ARGV[0]);
            RETURN NULL;
        END $$
        """
    )
    for table, kind in WATCHED.items():
        op.execute(
            f"CREATE TRIGGER {table}_notify_change AFTER INSERT OR UPDATE OR DELETE "
            f"ON {table} FOR EACH STATEMENT "
            f"EXECUTE FUNCTION buergeranfragen_notify_change('{kind}')"
        )
    # a heartbeat is no news: presence announces only desks coming and going
    op.execute("DROP TRIGGER inquiry_presence_notify_change ON inquiry_presence")
    op.execute(
        "CREATE TRIGGER inquiry_presence_notify_change AFTER INSERT OR DELETE "
        "ON inquiry_presence FOR EACH STATEMENT "
        "EXECUTE FUNCTION buergeranfragen_notify_change('presence')"
    )


def _sqlite_triggers() -> None:
    for table, kind in WATCHED.items():
        events = ("INSERT", "DELETE") if kind == "presence" else ("INSERT", "UPDATE", "DELETE")
        for event in events:
            op.execute(
                f"CREATE TRIGGER {table}_{event.lower()}_change AFTER {event} ON {table} "
                f"BEGIN UPDATE change_serials SET serial = serial + 1 WHERE kind = '{kind}'; END"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in WATCHED:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_notify_change ON {table}")
        op.execute("DROP FUNCTION IF EXISTS buergeranfragen_notify_change()")
    else:
        for table, kind in WATCHED.items():
            events = ("INSERT", "DELETE") if kind == "presence" else ("INSERT", "UPDATE", "DELETE")
            for event in events:
                op.execute(f"DROP TRIGGER IF EXISTS {table}_{event.lower()}_change")
    op.drop_table("change_serials")
    op.drop_index("ix_inquiry_presence_desk", table_name="inquiry_presence")
    op.drop_index("ix_inquiry_presence_inquiry_id", table_name="inquiry_presence")
    op.drop_table("inquiry_presence")
