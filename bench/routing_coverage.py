"""How many inquiries the shipped routing rules route: the demo calls and mails
(``demo/data.py``) and the shared corpus mails (``../shared/corpus/zammad``, ``eml/roundcube``:
mostly English test mails, so few are expected to route), per source and per department.

    .venv/bin/python bench/routing_coverage.py [--show] [--rules FILE]

``--show`` lists each inquiry with its department and the words that matched. The kind of a
mail is decided as the intake does without a database: press when the subject or text says so
or the sender's domain is a newsroom's (``resources/media_domains.txt``).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from buergeranfragen.contacts.records import ContactKind
from buergeranfragen.demo.data import DEMO_CALLS, DEMO_MAILS
from buergeranfragen.inquiries.records import InquiryChannel
from buergeranfragen.mail.parsing import parse_mail_bytes
from buergeranfragen.mail.press import domain_in, media_domains, says_press
from buergeranfragen.mail.records import NotAMail
from buergeranfragen.routing.defaults import RESOURCE, default_rules
from buergeranfragen.routing.matching import Router
from buergeranfragen.routing.records import RoutingFacts, Rule, rules_from_json

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"
CORPUS_FOLDERS = [(SHARED / "zammad", "*.box"), (SHARED / "eml" / "roundcube", "*.eml")]
MEDIA = media_domains()
CHECKOUT_RULES = Path(__file__).resolve().parents[1] / "resources" / RESOURCE


def rules(path: Path | None) -> tuple[Rule, ...]:
    """The rules of ``path``, else this checkout's rule file, else the installed one."""
    path = path or (CHECKOUT_RULES if CHECKOUT_RULES.is_file() else None)
    return rules_from_json(path.read_text(encoding="utf-8")) if path else default_rules()


def mail_facts(subject: str, text: str, sender: str) -> RoutingFacts:
    press = says_press(subject, text) or bool(sender and domain_in(sender, MEDIA))
    kind = ContactKind.PRESS if press else ContactKind.CITIZEN
    return RoutingFacts(kind, InquiryChannel.EMAIL, subject, text, sender)


def demo() -> Iterator[tuple[str, RoutingFacts]]:
    for number, subject, note, press, _settled in DEMO_CALLS:
        kind = ContactKind.PRESS if press else ContactKind.CITIZEN
        yield f"Anruf {number}", RoutingFacts(kind, InquiryChannel.PHONE, subject, note)
    for _name, address, subject, text in DEMO_MAILS:
        yield f"Mail {address}", mail_facts(subject, text, address)


def corpus() -> Iterator[tuple[str, RoutingFacts]]:
    for folder, pattern in CORPUS_FOLDERS:
        for path in sorted(folder.glob(pattern)):
            try:
                mail = parse_mail_bytes(path.read_bytes())
            except NotAMail:
                continue
            yield path.name, mail_facts(mail.subject, mail.text, mail.from_email)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list every inquiry")
    parser.add_argument("--rules", type=Path, help="a rule file (default: the shipped rules)")
    args = parser.parse_args()
    router = Router(rules(args.rules))
    sources = [("Demo", list(demo()))]
    if SHARED.is_dir():
        sources.append(("Korpus", list(corpus())))
    else:
        print(f"(no corpus at {SHARED})")
    for source, items in sources:
        departments: Counter[str] = Counter()
        for label, facts in items:
            decision = router.route(facts)
            departments[decision.department if decision else "Nicht zugeordnet"] += 1
            if args.show:
                where = decision.department if decision else "—"
                words = ", ".join(decision.words) if decision else ""
                print(f"  {where:10} {label[:40]:40} {facts.subject[:50]!r} {words}")
        routed = len(items) - departments["Nicht zugeordnet"]
        share = routed / len(items) if items else 0.0
        print(f"{source}: {routed} / {len(items)} routed ({share:.0%})")
        for department, count in departments.most_common():
            print(f"  {department:18} {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
