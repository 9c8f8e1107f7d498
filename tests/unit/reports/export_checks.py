"""What every export format must not contain: nothing personal (the Report type carries no
names, addresses, numbers or message text; these checks prove the written files agree)."""

from __future__ import annotations

import re

PHONE = re.compile(r"\+\d|\b0\d{2,5}[ /]?\d{4,}\b")


def assert_nothing_personal(text: str) -> None:
    assert "@" not in text
    assert not PHONE.search(text), PHONE.search(text)
