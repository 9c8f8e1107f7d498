"""Press or citizen? A mail is a press inquiry when it says so ("Presseanfrage"), when its
sender is a known press contact, or when it comes from a media domain (the list in
``resources/media_domains.txt``) or from a newsroom domain of a known press contact - not from
freemail, where journalists and citizens share domains, nor from the office's own."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from importlib import resources

from buergeranfragen.contacts.records import ContactKind
from buergeranfragen.text import normalise

PRESS_WORDS = ("presseanfrage", "press inquiry", "medienanfrage")
WORDS_READ = 2000  # the words are looked for in the subject and the start of the text
NEWSROOMS_FOR_S = 60  # the newsroom domains are read once a minute at most, not per mail

FREEMAIL = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "gmx.de",
        "gmx.net",
        "web.de",
        "t-online.de",
        "yahoo.com",
        "yahoo.de",
        "outlook.com",
        "hotmail.com",
        "hotmail.de",
        "icloud.com",
        "posteo.de",
        "mailbox.org",
        "freenet.de",
        "aol.com",
    }
)


def media_domains() -> frozenset[str]:
    """The mail domains of German newsrooms shipped with the program."""
    text = (
        resources.files("buergeranfragen.resources")
        .joinpath("media_domains.txt")
        .read_text(encoding="utf-8")
    )
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and "#" not in line
    )


def domain_in(address: str, domains: Iterable[str]) -> bool:
    """Whether the address's domain is one of ``domains`` or below one."""
    domain = address.rpartition("@")[2].lower()
    return any(domain == d or domain.endswith("." + d) for d in domains)


def says_press(subject: str, body: str) -> bool:
    words = normalise(f"{subject}\n{body[:WORDS_READ]}")
    return any(word in words for word in PRESS_WORDS)


class PressDetector:
    def __init__(
        self, newsroom_domains: Callable[[], Iterable[str]], office_domains: Iterable[str]
    ) -> None:
        """``newsroom_domains`` reads the domains of the press contacts' addresses."""
        self._read_newsrooms = newsroom_domains
        self.office_domains = tuple(d.lower() for d in office_domains)
        self.media_domains = media_domains()
        self._newsrooms: tuple[float, frozenset[str]] | None = None

    def kind(
        self, subject: str, body: str, from_email: str, sender_kind: ContactKind | None
    ) -> ContactKind:
        if says_press(subject, body) or sender_kind == ContactKind.PRESS:
            return ContactKind.PRESS
        if from_email and domain_in(from_email, self.media_domains | self.newsroom_domains()):
            return ContactKind.PRESS
        return ContactKind.CITIZEN

    def newsroom_domains(self) -> frozenset[str]:
        """Mail domains of press contacts, except freemail and the office's own."""
        now = time.monotonic()
        if self._newsrooms is not None and now - self._newsrooms[0] < NEWSROOMS_FOR_S:
            return self._newsrooms[1]
        domains = frozenset(
            domain
            for domain in self._read_newsrooms()
            if domain
            and domain not in FREEMAIL
            and not domain_in(f"x@{domain}", self.office_domains)
        )
        self._newsrooms = (now, domains)
        return domains
