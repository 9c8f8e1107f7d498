"""The export formats of a report by name (``report --format xlsx,pdf,csv``): each a function
``(report, path) -> None`` writing one file. The PDF writer needs Qt and lives in ``ui/``; it
is imported only when a PDF is asked for, so the core stays free of Qt."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from buergeranfragen.errors import KnownError
from buergeranfragen.messages import msg
from buergeranfragen.private_files import write_private
from buergeranfragen.reports.csv_export import write_csv
from buergeranfragen.reports.periods import Period
from buergeranfragen.reports.records import Report
from buergeranfragen.reports.wording import file_stem
from buergeranfragen.reports.xlsx_export import write_xlsx

Writer = Callable[[Report, Path], None]
# every file the program writes is readable by its owner only (issue 13), reports too
# (``private_files``): a colleague gets a report mailed, or from a shared folder whose own
# rights the office decides


def write_pdf(report: Report, path: Path) -> None:
    from buergeranfragen.ui.reports.pdf_export import write_pdf as draw  # noqa: PLC0415

    draw(report, path)


WRITERS: dict[str, Writer] = {"xlsx": write_xlsx, "pdf": write_pdf, "csv": write_csv}


def parse_formats(text: str) -> list[str]:
    """ "xlsx,pdf,csv" → the names in that order (each once); an unknown one is refused."""
    names: list[str] = []
    for part in text.split(","):
        name = part.strip().lower()
        if not name:
            continue
        if name not in WRITERS:
            raise KnownError(
                msg(
                    "Das Format {name} kenne ich nicht; möglich sind xlsx, pdf und csv.",
                    name=name[:20],
                )
            )
        if name not in names:
            names.append(name)
    if not names:
        raise KnownError(msg("Bitte mindestens ein Format angeben: xlsx, pdf oder csv."))
    return names


def file_name(period: Period, fmt: str) -> str:
    """ "Wochenbericht-2026-W47.xlsx" (``reports.wording.file_stem``; a span's ".." made
    "_bis_"): the same names from the command line, the window and the weekly run."""
    return f"{file_stem(period).replace('..', '_bis_')}.{fmt}"


def export_paths(report: Report, folder: Path, names: list[str]) -> dict[str, Path]:
    """Where each format goes: ``Wochenbericht-2026-W47.xlsx`` and so on in ``folder``."""
    return {name: folder / file_name(report.period, name) for name in names}


def write_report(writer: Writer, report: Report, target: Path) -> Path:
    """Write ``report`` to ``target`` for its owner only (``private_files.write_private``)."""
    return write_private(lambda part: writer(report, part), target)


def export(report: Report, folder: Path, names: list[str], *, force: bool = False) -> list[Path]:
    """Write the report in each format into ``folder``. Refused before anything is written
    when the folder is missing or not writable, or (without ``force``) a file is there."""
    if not folder.is_dir():
        raise KnownError(msg("Den Ordner {folder} gibt es nicht.", folder=str(folder)))
    probe = folder / f".{file_stem(report.period)}.probe"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise KnownError(
            msg("In den Ordner {folder} kann ich nicht schreiben.", folder=str(folder))
        ) from exc
    paths = export_paths(report, folder, names)
    there = [path.name for path in paths.values() if path.exists()]
    if there and not force:
        raise KnownError(
            msg(
                "{files} gibt es schon in {folder}; mit --force wird überschrieben.",
                files=", ".join(there),
                folder=str(folder),
            )
        )
    return [write_report(WRITERS[name], report, path) for name, path in paths.items()]
