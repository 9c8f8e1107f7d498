"""Mail HTML never reaches the screen with remote content or scripts: the cases the other
display tests leave out - a remote stylesheet (<link>, @import, url() in a style), a frame,
<object>/<embed>, a meta refresh, a <base> that would turn relative links remote, an SVG
image, a form. The sanitiser drops them; and the view itself, handed the raw HTML, loads
nothing (each request is refused and reported)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from buergeranfragen.mail.html_view import formatted_view
from buergeranfragen.ui.inquiries.mail_body import OfflineBrowser

REMOTE = "t.example"
HOSTILE = {
    "link stylesheet": f'<link rel="stylesheet" href="https://{REMOTE}/a.css"><p>x</p>',
    "style import": f'<style>@import url("https://{REMOTE}/b.css");</style><p>x</p>',
    "style attribute": f"<p style=\"background:url('https://{REMOTE}/c.png')\">x</p>",
    "iframe": f'<iframe src="https://{REMOTE}/d.html"></iframe><p>x</p>',
    "frameset": f'<frameset><frame src="https://{REMOTE}/e.html"></frameset>',
    "object": f'<object data="https://{REMOTE}/f.swf"></object><embed src="https://{REMOTE}/g">',
    "meta refresh": f'<meta http-equiv="refresh" content="0;url=https://{REMOTE}/h"><p>x</p>',
    "base": f'<base href="https://{REMOTE}/"><a href="i.html">rel</a><img src="j.png">',
    "svg image": f'<svg><image href="https://{REMOTE}/k.png"/></svg><p>x</p>',
    "script src": f'<script src="https://{REMOTE}/l.js"></script><p>x</p>',
    "event handler": f"<p onmouseover=\"fetch('https://{REMOTE}/m')\">x</p>",
    "form": f'<form action="https://{REMOTE}/n"><input name="q"><button>go</button></form>',
    "background attribute": f'<body background="https://{REMOTE}/o.png"><p>x</p></body>',
    "video poster": f'<video poster="https://{REMOTE}/p.png"></video><p>x</p>',
}


@pytest.mark.parametrize("html", HOSTILE.values(), ids=HOSTILE.keys())
def test_the_sanitiser_drops_every_remote_reference_and_script(html: str) -> None:
    view = formatted_view(html)
    assert view.refused is None
    clean = view.html.lower()
    assert REMOTE not in clean
    for gone in ("<link", "<style", "<iframe", "<frame", "<object", "<embed", "<meta", "<base"):
        assert gone not in clean
    for gone in ("<script", "<svg", "<form", "<input", "url(", "onmouseover", "<img"):
        assert gone not in clean


@pytest.mark.parametrize("html", HOSTILE.values(), ids=HOSTILE.keys())
def test_the_view_loads_nothing_even_from_raw_html(qtbot, html: str) -> None:  # type: ignore[no-untyped-def]
    browser = OfflineBrowser()
    qtbot.addWidget(browser)
    asked: list[str] = []
    browser.blocked.connect(asked.append)
    browser.show_html(html)  # bypassing the sanitiser on purpose
    browser.resize(400, 300)
    browser.grab()
    assert browser.source().isEmpty()  # no navigation: no meta refresh, no <base>
    for url in list(asked):  # what the document asked for was refused, nothing is cached
        assert browser.loadResource(0, QUrl(url)) is None
        for kind in (
            QTextDocument.ResourceType.ImageResource,
            QTextDocument.ResourceType.StyleSheetResource,
        ):
            assert browser.document().resource(kind.value, QUrl(url)) is None
    if html in ASKED:
        assert any(ASKED[html] in url for url in asked)  # asked, and refused


# what Qt's rich text engine itself asks for from raw HTML (each refused by the view)
ASKED = {
    HOSTILE["style import"]: "b.css",
    HOSTILE["style attribute"]: "c.png",
    HOSTILE["background attribute"]: "o.png",
    HOSTILE["base"]: "j.png",
}
