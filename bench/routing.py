"""Routing speed: ``Router.route`` per inquiry (µs) with the shipped rules, on the demo calls and
mails, the shared corpus mails and generated German mails of typical length; against parsing the
same mails (``parse_mail_bytes``), which is only part of what importing a mail costs, so the
ratio printed is an upper bound of what routing adds to the mail import.

    .venv/bin/python bench/routing.py [--rounds 20]

Goal (issue 10): routing adds under 5 % to the mail import benchmark. "cold" is a new router's
first pass with empty word caches (every new word folded, stemmed and looked up once), "warm"
the passes after it (the intake keeps one router, so common words are known).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from email.message import EmailMessage
from pathlib import Path

from routing_coverage import CORPUS_FOLDERS, SHARED, demo, mail_facts, rules

from buergeranfragen.mail.parsing import parse_mail_bytes
from buergeranfragen.mail.records import NotAMail
from buergeranfragen.routing.matching import Router
from buergeranfragen.routing.records import RoutingFacts
from buergeranfragen.routing.words import forget_stems
from buergeranfragen.text import forget_words

SENTENCES = [
    "Sehr geehrte Damen und Herren,",
    "seit März warten wir auf einen Kita-Platz für unsere Tochter in Essen.",
    "Der Antrag auf Wohngeld liegt seit September beim Amt, ein Bescheid fehlt.",
    "Wer ist für die Sanierung der Grundschule in unserem Stadtteil zuständig?",
    "Auf der A 46 wird nachts gebaut, der Lärm ist unerträglich.",
    "Ich bitte um eine schriftliche Antwort und bedanke mich im Voraus.",
    "Meine Mutter lebt im Pflegeheim, der Eigenanteil ist stark gestiegen.",
    "Die Bescheide der Grundsteuer sind aus meiner Sicht fehlerhaft berechnet.",
    "Im Übrigen möchte ich anregen, die Öffnungszeiten der Bürgerbüros zu verlängern.",
]


def generated(count: int, rng: random.Random) -> list[bytes]:
    mails = []
    for n in range(count):
        message = EmailMessage()
        message["From"] = f"buerger{n}@mail.example"
        message["To"] = "nrwdirekt@nrw.de"
        message["Subject"] = rng.choice(SENTENCES)[:40]
        body = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(3, 40)))
        message.set_content(body + "\n\nMit freundlichen Grüßen\nErika Mustermann")
        mails.append(message.as_bytes())
    return mails


def corpus_bytes() -> list[bytes]:
    if not SHARED.is_dir():
        return []
    return [
        p.read_bytes() for folder, pattern in CORPUS_FOLDERS for p in sorted(folder.glob(pattern))
    ]


def per_item_us(items: list[RoutingFacts], router: Router) -> list[float]:
    times = []
    for facts in items:
        start = time.perf_counter_ns()
        router.route(facts)
        times.append((time.perf_counter_ns() - start) / 1000)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--rules", type=Path, help="a rule file (default: the shipped rules)")
    args = parser.parse_args()
    shipped = rules(args.rules)
    start = time.perf_counter()
    Router(shipped)
    print(f"compiling {len(shipped)} rules: {(time.perf_counter() - start) * 1000:.1f} ms")
    raw = corpus_bytes() + generated(300, random.Random(10))
    parsed, parse_us = [], []
    for data in raw:
        begin = time.perf_counter_ns()
        try:
            mail = parse_mail_bytes(data)
        except NotAMail:
            continue
        parse_us.append((time.perf_counter_ns() - begin) / 1000)
        parsed.append(mail_facts(mail.subject, mail.text, mail.from_email))
    sources = {"demo": [f for _, f in demo()], "mails": parsed}
    for name, items in sources.items():
        forget_stems()
        forget_words()
        router = Router(shipped)
        cold = per_item_us(items, router)
        warm = [t for _ in range(args.rounds) for t in per_item_us(items, router)]
        print(
            f"{name:6} {len(items):4} inquiries: cold mean {statistics.fmean(cold):7.1f} µs, "
            f"warm p50 {statistics.median(warm):6.1f} µs, "
            f"p95 {statistics.quantiles(warm, n=20)[-1]:6.1f} µs, "
            f"max {max(warm):7.1f} µs"
        )
    router = Router(shipped)
    per_item_us(parsed, router)
    route_us = statistics.fmean(per_item_us(parsed, router))
    parse_mean = statistics.fmean(parse_us)
    print(
        f"mails: parsing {parse_mean:.0f} µs each, routing (warm) {route_us:.0f} µs: "
        f"{route_us / parse_mean:.0%} of parsing alone; compare with bench/mail_import.py's "
        "full import per mail (parse, store, index, audit)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
