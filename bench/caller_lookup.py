"""Caller lookup on 100,000 contacts: p50/p95 through ContactService.lookup_caller (a number in
any writing -> matching contacts, what the call form runs on every keystroke) against a raw
indexed sqlite3 lookup of the same E.164 numbers, measured in the same run. Then the contact
list filter (ContactService.count + first page of search, what the list runs on each pause in
typing) for names in any spelling ("Mueller" finds "Müller") and partial numbers.

    .venv/bin/python bench/caller_lookup.py [--contacts 100000] [--lookups 3000]
                                            [--filter-rounds 20]

The database is built once in bench/out/ and reused. Goal (issue 2): p95 under 2 ms.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import time
from pathlib import Path

from buergeranfragen.clock import system_clock
from buergeranfragen.contacts.phones import parse_phone
from buergeranfragen.contacts.records import ContactDraft, ContactKind, EmailInput, PhoneInput
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.db.migrate import open_database

OUT = Path(__file__).resolve().parent / "out"
FIRST = ["Anna", "Jonas", "Fatma", "Peter", "Lea", "Hakan", "Sabine", "Ole", "Mara", "Jürgen"]
LAST = ["Müller", "Schmitz", "Öztürk", "Becker", "Wagner", "Kowalski", "Hoffmann", "Yılmaz"]
WRITINGS = [
    lambda national: national,  # 0151 10000042
    lambda national: national.replace(" ", "/"),  # 0151/10000042
    lambda national: "+49 (0)" + national[1:],  # +49 (0)151 10000042
    lambda national: "0049 " + national[1:].replace(" ", ""),  # 0049 15110000042
    lambda national: "(" + national.replace(" ", ") ", 1),  # (0151) 10000042
]


def number(n: int) -> str:
    return f"0151 {10000000 + n}"


def build(path: Path, count: int) -> None:
    db = open_database(f"sqlite:///{path}", system_clock)
    service = ContactService(db.session_factory, system_clock, "bench")
    rng = random.Random(7)
    drafts = (
        ContactDraft(
            kind=ContactKind.PRESS if n % 10 == 0 else ContactKind.CITIZEN,
            first_name=rng.choice(FIRST),
            last_name=f"{rng.choice(LAST)} {n}",
            phones=(PhoneInput(number(n)),),
            emails=(EmailInput(f"person{n}@example.org"),),
        )
        for n in range(count)
    )
    started = time.perf_counter()
    service.create_many(drafts)
    print(f"built {count} contacts in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    db.close()


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--lookups", type=int, default=3000)
    parser.add_argument("--filter-rounds", type=int, default=20)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    path = OUT / f"caller_lookup_{args.contacts}.sqlite"
    if not path.exists():
        build(path, args.contacts)

    db = open_database(f"sqlite:///{path}", system_clock)
    service = ContactService(db.session_factory, system_clock, "bench")
    rng = random.Random(11)
    typed = []
    for i in range(args.lookups):
        n = rng.randrange(args.contacts) if i % 10 else args.contacts + i  # 10 % unknown
        typed.append(rng.choice(WRITINGS)(number(n)))
    e164 = [parse_phone(t).e164 for t in typed]

    for t in typed[:200]:  # warm caches and the statement cache
        service.lookup_caller(t)
    service_ms = []
    hits = 0
    for t in typed:
        start = time.perf_counter()
        found = service.lookup_caller(t)
        service_ms.append((time.perf_counter() - start) * 1000)
        hits += bool(found)

    raw = sqlite3.connect(path)
    query = "SELECT contact_id FROM contact_phones WHERE e164 = ?"
    for number_e164 in e164[:200]:
        raw.execute(query, (number_e164,)).fetchall()
    raw_ms = []
    for number_e164 in e164:
        start = time.perf_counter()
        raw.execute(query, (number_e164,)).fetchall()
        raw_ms.append((time.perf_counter() - start) * 1000)
    raw.close()

    filters = ["Mueller", "müller", "ÖZTÜRK", "anna schmitz", "0151 1000", "person42@"]
    filter_ms: dict[str, list[float]] = {text: [] for text in filters}
    found_by: dict[str, int] = {}
    for _ in range(args.filter_rounds):
        for text in filters:
            start = time.perf_counter()
            found_by[text] = service.count(text)
            service.search(text, 0, 100)
            filter_ms[text].append((time.perf_counter() - start) * 1000)
    db.close()

    s50, s95 = percentile(service_ms, 0.5), percentile(service_ms, 0.95)
    r50, r95 = percentile(raw_ms, 0.5), percentile(raw_ms, 0.95)
    print(
        f"caller lookup on {args.contacts} contacts, {len(typed)} lookups "
        f"({hits} found, numbers typed five ways)"
    )
    print(
        f"  service  p50 {s50:.3f} ms  p95 {s95:.3f} ms  mean {statistics.mean(service_ms):.3f} ms"
    )
    print(f"  raw sql  p50 {r50 * 1000:.1f} µs  p95 {r95 * 1000:.1f} µs")
    print(f"  ratio service/raw  p50 {s50 / r50:.0f}x  p95 {s95 / r95:.0f}x")
    print(f"  goal p95 < 2 ms: {'met' if s95 < 2 else 'NOT met'} ({s95 / 2:.2f} of the budget)")
    print(f"list filter (count + first page of 100), {args.filter_rounds} rounds each")
    for text, samples in filter_ms.items():
        print(
            f"  {text!r:16} {found_by[text]:6} found  p50 {percentile(samples, 0.5):7.1f} ms"
            f"  p95 {percentile(samples, 0.95):7.1f} ms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
