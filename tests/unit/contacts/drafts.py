"""Drafts the contact tests share."""

from dataclasses import replace

from buergeranfragen.contacts.records import (
    ContactDraft,
    ContactKind,
    EmailInput,
    PhoneInput,
    PhoneKind,
)


def press(**changes: object) -> ContactDraft:
    """A press contact with an office and a mobile number, an address and duplicate tags."""
    base = ContactDraft(
        kind=ContactKind.PRESS,
        salutation="Frau",
        first_name="Katrin",
        last_name="Albers",
        outlet="WDR",
        desk="Landespolitik",
        phones=(PhoneInput("0211/837-1001"), PhoneInput("0172 1234567", PhoneKind.MOBILE)),
        emails=(EmailInput("K.Albers@WDR.example"),),
        tags=("Presseverteiler", "presseverteiler", "NRW"),
    )
    return replace(base, **changes)  # type: ignore[arg-type]
