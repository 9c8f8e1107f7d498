"""One desk logging calls for the two-writer test: builds the program's context (as the
window does), says ``ready``, waits for ``go`` on stdin, logs ``COUNT`` calls through
``InquiryService.log_call`` (the call form's path; every tenth an unknown caller created with
the call) and prints each call's reference. Run as
``python -m tests.unit.integrity.call_writer DESK COUNT``."""

from __future__ import annotations

import sys

from buergeranfragen.config import Settings
from buergeranfragen.contacts.records import ContactDraft, ContactKind, PhoneInput
from buergeranfragen.context import build_context
from buergeranfragen.inquiries.records import CallDraft
from buergeranfragen.runtime import make_files_private


def main() -> None:
    desk, count = sys.argv[1], int(sys.argv[2])
    make_files_private()
    context = build_context(Settings.from_environment())
    try:
        print("ready", flush=True)
        assert sys.stdin.readline().strip() == "go"
        references = []
        for number in range(count):
            new = None
            if number % 10 == 0:
                new = ContactDraft(
                    kind=ContactKind.CITIZEN,
                    first_name=f"Anrufer{desk}",
                    last_name=f"Nummer{number}",
                    phones=(PhoneInput(f"0211 {desk}{number:06d}"),),
                )
            record = context.inquiries.log_call(
                CallDraft(
                    number=f"0211 {desk}{number:06d}" if new else "",
                    new_contact=new,
                    subject=f"Anruf {number} am Platz {desk}",
                    text="Rückruf erbeten.",
                )
            )
            references.append(record.reference)
        print("\n".join(references), flush=True)
    finally:
        context.close()


if __name__ == "__main__":
    main()
