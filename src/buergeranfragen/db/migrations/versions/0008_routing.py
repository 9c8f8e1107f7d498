"""Routing and status: departments, people with roles, routing rules, an inquiry's routing
fields (department, assignee, priority, due date, the rule and the words that matched) and its
history steps.

The new columns of ``inquiries`` are added in place (``ALTER TABLE ... ADD COLUMN``), also on
SQLite: a copy of the table (batch mode) would take long on a large database and, with foreign
keys on, dropping the old table would delete the rows that refer to it.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

from buergeranfragen.db.models import UTCDateTime

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _stamps() -> list[sa.Column[object]]:
    return [
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    ]


# column, referenced table (no ON DELETE: SQLite would not report it back, see the model)
_INQUIRY_REFERENCES = [
    ("department_id", "departments"),
    ("assignee_id", "people"),
    ("routing_rule_id", "routing_rules"),
]


def upgrade() -> None:
    op.create_table(
        "departments",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("code", sa.String(20), nullable=False, unique=True),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("phone", sa.String(60), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_stamps(),
    )
    op.create_table(
        "people",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("os_user", sa.String(200), nullable=False, unique=True),
        sa.Column("display_name", sa.String(300), nullable=False),
        sa.Column(
            "department_id",
            sa.Integer(),
            sa.ForeignKey("departments.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("role", sa.String(24), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_stamps(),
    )
    op.create_index("ix_people_department_id", "people", ["department_id"])
    op.create_table(
        "routing_rules",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("conditions", sa.Text(), nullable=False),
        sa.Column("department_id", sa.Integer(), sa.ForeignKey("departments.id"), nullable=False),
        sa.Column(
            "person_id",
            sa.Integer(),
            sa.ForeignKey("people.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("priority", sa.String(16), nullable=True),
        *_stamps(),
    )
    op.create_index("ix_routing_rules_position", "routing_rules", ["position"])
    op.create_index("ix_routing_rules_department_id", "routing_rules", ["department_id"])
    op.create_index("ix_routing_rules_person_id", "routing_rules", ["person_id"])
    op.create_table(
        "inquiry_steps",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "inquiry_id",
            sa.Integer(),
            sa.ForeignKey("inquiries.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("from_value", sa.String(300), nullable=False),
        sa.Column("to_value", sa.String(300), nullable=False),
        sa.Column(
            "department_id",
            sa.Integer(),
            sa.ForeignKey("departments.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("department_name", sa.String(300), nullable=False),
        sa.Column("handed_to", sa.String(300), nullable=False, server_default=""),
        sa.Column("comment", sa.Text(), nullable=False),
    )
    op.create_index("ix_inquiry_steps_inquiry_id", "inquiry_steps", ["inquiry_id"])
    op.create_index("ix_inquiry_steps_department_id", "inquiry_steps", ["department_id"])

    _add_inquiry_columns()
    op.create_index("ix_inquiries_due_at", "inquiries", ["due_at"])
    op.create_index("ix_inquiries_routing_rule_id", "inquiries", ["routing_rule_id"])
    op.create_index("ix_inquiries_department_status", "inquiries", ["department_id", "status"])
    op.create_index("ix_inquiries_assignee_status", "inquiries", ["assignee_id", "status"])


def _add_inquiry_columns() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for column, table in _INQUIRY_REFERENCES:
        if sqlite:  # a reference in the column itself: SQLite cannot add a constraint later
            op.execute(f"ALTER TABLE inquiries ADD COLUMN {column} INTEGER REFERENCES {table} (id)")
        else:
            op.add_column("inquiries", sa.Column(column, sa.Integer(), nullable=True))
            op.create_foreign_key(f"inquiries_{column}_fkey", "inquiries", table, [column], ["id"])
    op.add_column("inquiries", sa.Column("priority", sa.String(16), nullable=True))
    op.add_column("inquiries", sa.Column("due_at", UTCDateTime(), nullable=True))
    op.add_column("inquiries", sa.Column("routing_reason", sa.Text(), nullable=True))
    # workflow.deadlines.Category: "ifg" (a request under the IFG NRW: one month) or "general"
    op.add_column(
        "inquiries",
        sa.Column("category", sa.String(16), nullable=False, server_default="general"),
    )


def downgrade() -> None:
    """PostgreSQL only. SQLite cannot drop a column that refers to another table without
    copying the table, and copying ``inquiries`` with foreign keys on (they cannot be switched
    off inside the migration's transaction) would delete what refers to it: the backup taken
    before the upgrade is the way back there."""
    if op.get_bind().dialect.name == "sqlite":
        raise RuntimeError("SQLite: no downgrade below 0008; restore the backup taken before")
    for name in (
        "ix_inquiries_assignee_status",
        "ix_inquiries_department_status",
        "ix_inquiries_routing_rule_id",
        "ix_inquiries_due_at",
    ):
        op.drop_index(name, "inquiries")
    for column in ("category", "routing_reason", "due_at", "priority"):
        op.drop_column("inquiries", column)
    for column, _table in reversed(_INQUIRY_REFERENCES):
        op.drop_constraint(f"inquiries_{column}_fkey", "inquiries", type_="foreignkey")
        op.drop_column("inquiries", column)
    op.drop_table("inquiry_steps")
    op.drop_table("routing_rules")
    op.drop_table("people")
    op.drop_table("departments")
