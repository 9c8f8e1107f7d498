"""Real mails written by others (../shared/corpus): Zammad's parser tests with their expected
parse, Outlook .msg files and Roundcube's .eml files, all through `mail import --json`."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
import yaml

from buergeranfragen.cli import main
from buergeranfragen.clock import FixedClock
from buergeranfragen.db.migrate import Database
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.mail.intake import MailIntake
from tests.conftest import ACTOR
from tests.support import corpus_dir

pytestmark = pytest.mark.corpus


class _ZammadYaml(yaml.SafeLoader):
    """Zammad's expectations are Ruby-tagged YAML; the tags carry no meaning here."""


def _untagged(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> object:
    if isinstance(node, yaml.MappingNode):
        return loader.construct_mapping(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_scalar(node)  # type: ignore[arg-type]


_ZammadYaml.add_multi_constructor("!", _untagged)


def run_import(files: list[Path], tmp_path: Path) -> list[dict]:  # type: ignore[type-arg]
    out = io.StringIO()
    code = main(
        [
            "--database",
            f"sqlite:///{tmp_path / 'korpus.sqlite'}",
            "mail",
            "import",
            *map(str, files),
            "--json",
        ],
        out=out,
    )
    assert code == 0
    reports = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["file"] for r in reports] == [str(f) for f in files]
    return reports


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def test_zammad_mails_agree_with_the_expected_parse(tmp_path: Path) -> None:
    folder = corpus_dir("zammad")
    boxes = sorted(folder.glob("*.box"))
    assert len(boxes) == 43
    reports = run_import(boxes, tmp_path)
    duplicates = [Path(r["file"]).name for r in reports if r["status"] == "duplicate"]
    assert duplicates == ["mail065.box", "mail077.box", "mail090.box"]  # the same mail again
    assert [r for r in reports if r["status"] == "rejected"] == []
    agree = compared = 0
    differing = []
    for box, report in zip(boxes, reports, strict=True):
        expected_file = box.with_suffix(".yml")
        if not expected_file.exists():
            continue
        expected = yaml.load(
            expected_file.read_text(encoding="utf-8", errors="replace"), Loader=_ZammadYaml
        )
        compared += 1
        sender_ok = (
            "from_email" not in expected
            or report["from_email"] == str(expected["from_email"] or "").lower()
        )
        subject_ok = _same(report["subject"], str(expected.get("subject") or ""))
        if sender_ok and subject_ok:
            agree += 1
        else:
            differing.append(box.name)
    share = agree / compared
    print(
        f"\nZammad-Korpus: {agree} von {compared} Mails stimmen in Absender und Betreff "
        f"überein ({share:.1%}); abweichend: {', '.join(differing) or '-'}"
    )
    assert compared == 43 and agree >= 42  # mail076.box: a broken From, read otherwise


NOT_MAILS = {  # Outlook items that are no mails, and one mail with nothing readable in it
    "7 days  everyday.msg",
    "A black friday (w tz).msg",
    "A black friday (wo tz).msg",
    "A daily 1.msg",
    "A memo.msg",
    "A monthly 1.msg",
    "A schedule.msg",
    "A weekly 1.msg",
    "A yearly 1.msg",
    "Appointment sample EST.msg",
    "Friday Lunch.msg",
    "Lanch time  every friday  in 2023 chgs1.msg",
    "Lanch time  every friday  in 2023 chgs2.msg",
    "Lanch time  every friday  in 2023 org.msg",
    "contactAnsi.msg",
    "contactUnicode.msg",
    "test2.msg",
}


def test_outlook_msg_files_are_imported_or_refused_with_reasons(tmp_path: Path) -> None:
    files = sorted(corpus_dir("msg").rglob("*.msg"))
    assert len(files) == 48
    reports = run_import(files, tmp_path)
    by_name: dict[str, dict] = {}  # type: ignore[type-arg]
    for report in reports:  # some files lie in the corpus twice: the first one counts
        by_name.setdefault(Path(report["file"]).name, report)
    rejected = {Path(r["file"]).name for r in reports if r["status"] == "rejected"}
    assert rejected == NOT_MAILS
    assert all(r["error"] for r in reports if r["status"] == "rejected")
    duplicates = sorted(Path(r["file"]).name for r in reports if r["status"] == "duplicate")
    assert duplicates == ["unicode.msg", "voteNo.msg", "voteYes.msg"]
    assert "Outlook-Kontakt" in by_name["contactUnicode.msg"]["error"]
    assert "Outlook-Termin" in by_name["Friday Lunch.msg"]["error"]
    assert "keine lesbare E-Mail" in by_name["test2.msg"]["error"]
    assert by_name["unicode.msg"]["status"] == "imported"
    assert by_name["unicode.msg"]["from_email"] == "brizhou@gmail.com"
    assert by_name["attachmentFiles.msg"]["attachments"] == 3
    imported = sum(r["status"] == "imported" for r in reports)
    print(f"\n.msg-Korpus: {imported} übernommen, {len(rejected)} abgelehnt")
    assert imported == 28


def test_msg_with_plain_text_keeps_its_rtf_formatting_for_later(
    sqlite_database: Database, clock: FixedClock, tmp_path: Path
) -> None:
    """The formatted body of a .msg without an HTML stream is not derived from its RTF body
    at import (seconds per file), but on request from the stored original."""
    inquiries = InquiryService(sqlite_database.session_factory, clock, ACTOR, tmp_path / "a")
    intake = MailIntake(inquiries, clock)
    [simple] = corpus_dir("msg").rglob("Simple.msg")
    report = intake.import_file(simple)
    record = inquiries.get(report.inquiry_id or 0)
    assert (record.body, record.body_html) == ("Simple", "")
    assert record.formatting_in_original
    formatted = intake.formatted_body(record)
    assert "<body" in formatted and ">Simple<" in formatted
    [html_only] = corpus_dir("msg").rglob("newOutlook Microsoft Outlook test.msg")
    stored = inquiries.get(intake.import_file(html_only).inquiry_id or 0)
    assert stored.body_html and stored.body and not stored.formatting_in_original
    assert intake.formatted_body(stored) == stored.body_html


REPLIED_TO = "mail0.eml"  # its Message-ID is the In-Reply-To of fwd_lines.eml


def test_roundcube_eml_files_including_a_misnamed_one(tmp_path: Path) -> None:
    files = sorted(p for p in corpus_dir("eml").rglob("*") if p.is_file())
    reports = run_import(files, tmp_path)
    by_name = {Path(r["file"]).name: r for r in reports}
    assert [r["status"] for r in reports].count("imported") == 16
    # a forward whose In-Reply-To names a mail of the set belongs to that mail's inquiry
    threaded = [Path(r["file"]).name for r in reports if r["status"] == "threaded"]
    assert threaded == ["fwd_lines.eml"]
    assert by_name["fwd_lines.eml"]["reference"] == by_name[REPLIED_TO]["reference"]
    duplicates = [Path(r["file"]).name for r in reports if r["status"] == "duplicate"]
    assert duplicates == ["list_00.eml", "list_01.eml", "filename.eml", "import.mbox", "mail0.eml"]
    assert all(r["error"] for r in reports if r["status"] == "duplicate")
    # an RFC 822 mail saved as .msg is read as what it is
    assert by_name["html.msg"]["status"] == "imported"
    assert by_name["html.msg"]["from_email"] == "alec@domain.tld"
    assert by_name["email-address-spoofing-attacks.eml"]["status"] == "imported"
