"""Screenshots of the real window with the demo data, at the screen sizes the office uses.

    PYTHONPATH=src .venv/bin/python tools/screenshots.py OUT_FOLDER [--sizes 1440x900,1280x800]
                                                        [--offscreen]

For each size the script starts a virtual screen of that size (Xvfb with the openbox window
manager), opens the window there as a user's first start would (fresh settings, maximised), and
saves one picture per section and one of the call form, with the window frame:
``OUT_FOLDER/1280x800-inquiries.png`` and so on. It also prints what it measured (visible queue
columns, whether the queue scrolls sideways, how many lines of the mail text show).

Without Xvfb, or with ``--offscreen``, Qt's offscreen platform is used: the window is resized to
the size and grabbed without frame or window manager (less faithful, but needs nothing).

The demo data goes into a scratch database (``buergeranfragen demo``) in a temporary folder,
which is deleted afterwards, as are the settings the window writes there.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SIZES = ((1440, 900), (1280, 800), (1024, 700))
CALLER = "0211 837-1001"  # a demo contact's number: the call form recognises the caller
ROOT = Path(__file__).resolve().parent.parent


def parse_sizes(text: str) -> list[tuple[int, int]]:
    sizes = []
    for part in text.split(","):
        width, _, height = part.strip().lower().partition("x")
        sizes.append((int(width), int(height)))
    return sizes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder for the pictures")
    parser.add_argument(
        "--sizes", type=parse_sizes, default=list(SIZES), help="e.g. 1440x900,1024x700"
    )
    parser.add_argument("--offscreen", action="store_true", help="no Xvfb: Qt's offscreen")
    parser.add_argument("--inner", nargs=3, metavar=("W", "H", "DB"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.inner:
        width, height, url = args.inner
        return shoot(int(width), int(height), url, args.out)
    use_x = not args.offscreen and shutil.which("Xvfb") is not None
    with tempfile.TemporaryDirectory(prefix="buergeranfragen-shots-") as scratch:
        url = f"sqlite:///{Path(scratch) / 'demo.sqlite'}"
        env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
        subprocess.run(
            [sys.executable, "-m", "buergeranfragen", "--database", url, "demo"],
            check=True,
            env=env,
        )
        for width, height in args.sizes:
            config = Path(scratch) / f"config-{width}x{height}"
            env_size = dict(env, XDG_CONFIG_HOME=str(config), BUERGERANFRAGEN_LANGUAGE="de")
            command = [sys.executable, __file__, str(args.out), "--inner"]
            command += [str(width), str(height), url]
            if use_x:
                with VirtualScreen(width, height) as display:
                    env_size.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
                    subprocess.run(command, check=True, env=env_size)
            else:
                env_size.update(QT_QPA_PLATFORM="offscreen")
                subprocess.run(command, check=True, env=env_size)
    print(f"Bilder in {args.out}")
    return 0


class VirtualScreen:
    """Xvfb of one size with openbox on it; ``with`` gives the DISPLAY name."""

    def __init__(self, width: int, height: int) -> None:
        self.size = f"{width}x{height}x24"
        self.processes: list[subprocess.Popen[bytes]] = []

    def __enter__(self) -> str:
        read, write = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", self.size, "-nolisten", "tcp"],
            pass_fds=(write,),
            stderr=subprocess.DEVNULL,
        )
        self.processes.append(xvfb)
        os.close(write)
        with os.fdopen(read) as pipe:
            display = ":" + pipe.readline().strip()
        if shutil.which("openbox"):
            self.processes.append(
                subprocess.Popen(
                    ["openbox"],
                    env=dict(os.environ, DISPLAY=display),
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
            time.sleep(0.5)  # openbox takes the screen before the window maps
        return display

    def __exit__(self, *_exc: object) -> None:
        for process in reversed(self.processes):
            process.terminate()
            process.wait(10)


# -- inside the virtual screen ---------------------------------------------------------------


def shoot(width: int, height: int, url: str, out: Path) -> int:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QGuiApplication, QPixmap
    from PySide6.QtWidgets import QApplication, QWidget

    from buergeranfragen.config import Settings
    from buergeranfragen.context import build_context
    from buergeranfragen.ui.app import close_down, create_application, install_translations
    from buergeranfragen.ui.common.prompts import Prompts
    from buergeranfragen.ui.shell.main_window import MainWindow
    from buergeranfragen.ui.shell.sections import Section

    app = create_application([sys.argv[0]])
    install_translations(app, "de")
    offscreen = QGuiApplication.platformName() == "offscreen"
    context = build_context(Settings.from_environment(url))
    prompts = Prompts()
    window = MainWindow(context, prompts)
    prompts.parent = window

    def wait(ms: int = 150) -> None:
        deadline = time.monotonic() + 15
        while True:
            loop = QEventLoop()
            QTimer.singleShot(ms, loop.quit)
            loop.exec()
            if window.ops.idle or time.monotonic() > deadline:
                return

    def grab(name: str, widget: QWidget) -> None:
        wait()
        if offscreen:
            picture: QPixmap = widget.grab()
        else:
            screen = QGuiApplication.primaryScreen()
            picture = screen.grabWindow(0)
        path = out / f"{width}x{height}-{name}.png"
        picture.save(str(path))
        print(f"  {path.name}: {picture.width()}×{picture.height()}")

    if offscreen:
        window.resize(width, height)
        window.show()
    else:
        window.showMaximized()
    wait(400)
    facts: dict[str, object] = {"window": [window.width(), window.height()]}
    queue = window.inquiries
    for row in range(queue.model.rowCount()):  # a mail with text, for the detail pane
        summary = queue.model.row_at(row)
        if summary is not None and summary.channel.value == "email":
            queue.table.selectRow(row)
            break
    wait(300)
    grab("inquiries", window)
    header = queue.table.horizontalHeader()
    facts["queue columns"] = {
        str(queue.model.headerData(c, header.orientation())): header.sectionSize(c)
        for c in range(header.count())
        if not header.isSectionHidden(c)
    }
    facts["queue scrolls sideways"] = queue.table.horizontalScrollBar().maximum() > 0
    body = queue.detail.body
    facts["mail text lines"] = body.viewport().height() // max(1, body.fontMetrics().lineSpacing())
    window.show_section(Section.CONTACTS)
    window.contacts.table.selectRow(0)
    wait(300)
    grab("contacts", window)
    window.show_section(Section.REPORTS)
    grab("reports", window)
    window.show_section(Section.INQUIRIES)
    form = window.open_call_form(CALLER)
    wait(600)
    grab("call-form", window if offscreen else form)
    if offscreen:
        grab("call-form", form)
    print(f"{width}x{height}: {json.dumps(facts, ensure_ascii=False)}")
    form.hide()
    window.close()
    QApplication.processEvents()
    close_down(window.ops, context)
    return 0


if __name__ == "__main__":
    sys.exit(main())
