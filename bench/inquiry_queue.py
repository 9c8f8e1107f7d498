"""The queue on 1,000,000 inquiries: full-text search p95 through InquiryService (count and
first page, as the queue asks) against a raw FTS5 query of the same words, and opening the
queue (the Qt item model's first page) with its memory growth.

    .venv/bin/python bench/inquiry_queue.py [--inquiries 1000000] [--queries 300]

The database is generated once in bench/out/ (about two minutes) and reused.
Goals (issue 3): search p95 under 100 ms and at most 2x raw FTS5; queue opens in under
300 ms with under 100 MB memory growth.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from buergeranfragen.clock import system_clock  # noqa: E402
from buergeranfragen.db.migrate import open_database  # noqa: E402
from buergeranfragen.inquiries import search  # noqa: E402
from buergeranfragen.inquiries.records import InquiryQuery  # noqa: E402
from buergeranfragen.inquiries.references import format_reference  # noqa: E402
from buergeranfragen.inquiries.service import InquiryService  # noqa: E402
from buergeranfragen.text import tokens  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
WORDS = (
    "Wohngeld Antrag Bearbeitung Straßenreinigung Gebühren Kita Betreuung Schule Lehrer "
    "Bauantrag Lärm Baustelle Förderung Corona Soforthilfe Steuer Grundsteuer Rente Pflege "
    "Krankenhaus Hochwasser Deich Autobahn Brücke Sperrung Polizei Einsatz Haushalt Landtag "
    "Ministerium Erlass Verordnung Frist Widerspruch Bescheid Termin Bürgeramt Ausweis "
    "Führerschein Einbürgerung Aufenthalt Studium BAföG Universität Energie Heizung Strom "
    "Windkraft Solar Radweg Bahn Verspätung Tierschutz Jagd Wald Trockenheit Wasser Müll"
).split()
CITIES = "Düsseldorf Köln Essen Dortmund Münster Bielefeld Bonn Aachen Duisburg Wuppertal".split()


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1048576


def build(path: Path, count: int) -> None:
    db = open_database(f"sqlite:///{path}", system_clock)
    db.close()
    rng = random.Random(3)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=OFF")
    started = time.perf_counter()
    batch, fts = [], []
    for n in range(1, count + 1):
        words = rng.sample(WORDS, 6)
        subject = f"{words[0]} {words[1]} in {rng.choice(CITIES)}"
        body = " ".join(rng.choice(WORDS) for _ in range(40))
        received = start + timedelta(minutes=n)
        year = 2024 + (n * 3 // count)
        stamp = received.replace(tzinfo=None).isoformat(sep=" ")
        batch.append(
            (
                format_reference(year, n),
                year,
                n,
                rng.choice(("citizen", "press")),
                rng.choice(("phone", "email")),
                rng.choice(("new", "answered_on_phone")),
                stamp,
                subject,
                body,
                stamp,
                stamp,
            )
        )
        fts.append(
            (
                search.time_key(received, n),
                n,
                search.index_text(format_reference(year, n), subject, body),
            )
        )
        if len(batch) == 20000:
            _flush(connection, batch, fts)
    _flush(connection, batch, fts)
    connection.close()
    print(f"built {count} inquiries in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def _flush(connection: sqlite3.Connection, batch: list, fts: list) -> None:  # type: ignore[type-arg]
    connection.executemany(
        "INSERT INTO inquiries (reference, ref_year, ref_number, kind, channel, status, "
        "received_at, contact_id, subject, body, body_html, topic, caller_number, deadline, "
        "from_email, from_name, forwarded_by, message_id, content_hash, source_file, version, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, '', '', '', NULL, "
        "'', '', '', NULL, NULL, '', 1, ?, ?)",
        batch,
    )
    connection.executemany(
        "INSERT INTO inquiry_fts (rowid, inquiry_id, text) VALUES (?, ?, ?)", fts
    )
    connection.commit()
    batch.clear()
    fts.clear()


def pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--inquiries", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=300)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    path = OUT / f"queue_{args.inquiries}.sqlite"
    if not path.exists():
        build(path, args.inquiries)

    rss_before = rss_mb()
    db = open_database(f"sqlite:///{path}", system_clock)
    service = InquiryService(db.session_factory, system_clock, "bench", OUT / "att")

    from PySide6.QtWidgets import QApplication

    from buergeranfragen.ui.inquiries.model import InquiryTableModel

    app = QApplication.instance() or QApplication([])
    model = InquiryTableModel(service)
    started = time.perf_counter()
    first = InquiryQuery()
    model.show_query(first, model.read(first))  # in the window, read runs on a worker
    open_ms = (time.perf_counter() - started) * 1000
    rss_after = rss_mb()

    rng = random.Random(5)
    queries = []
    for i in range(args.queries):
        if i % 3 == 0:
            queries.append(f"{rng.choice(WORDS)} {rng.choice(WORDS)} {rng.choice(CITIES)}")
        elif i % 3 == 1:
            queries.append(f"{rng.choice(WORDS)} {rng.choice(CITIES)}")
        else:
            queries.append(rng.choice(WORDS)[:5])  # a word being typed: a prefix
    service_ms, raw_ms, hits = [], [], []
    raw = sqlite3.connect(path)
    for text in queries[:20]:
        service.count(InquiryQuery(text=text))
    for text in queries:
        query = InquiryQuery(text=text)
        start = time.perf_counter()
        total = service.count(query)
        service.search(query, 0, 200)
        service_ms.append((time.perf_counter() - start) * 1000)
        hits.append(total)
        expression = " AND ".join(f'"{w}"*' for w in tokens(text))
        start = time.perf_counter()
        raw.execute(
            "SELECT count(*) FROM (SELECT 1 FROM inquiry_fts WHERE inquiry_fts "
            "MATCH ? LIMIT 10001)",
            (expression,),
        ).fetchone()
        raw.execute(
            "SELECT rowid FROM inquiry_fts WHERE inquiry_fts MATCH ? ORDER BY rowid DESC LIMIT 200",
            (expression,),
        ).fetchall()
        raw_ms.append((time.perf_counter() - start) * 1000)
    raw.close()
    db.close()
    del app

    s95, r95 = pct(service_ms, 0.95), pct(raw_ms, 0.95)
    print(f"queue on {args.inquiries} inquiries")
    print(
        f"  open (count + first page of {model.PAGE}): {open_ms:.0f} ms, memory growth "
        f"{rss_after - rss_before:.0f} MB (goal < 300 ms, < 100 MB)"
    )
    print(
        f"  full-text search, {len(queries)} queries (median {int(pct(hits, 0.5))} hits, "
        "counted up to 10,001), count + first page of 200, newest first:"
    )
    print(f"    service p50 {pct(service_ms, 0.5):.1f} ms  p95 {s95:.1f} ms (goal < 100 ms)")
    print(f"    raw FTS5 p50 {pct(raw_ms, 0.5):.1f} ms  p95 {r95:.1f} ms")
    print(f"    ratio service/raw p95 {s95 / r95:.2f}x (goal <= 2x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
