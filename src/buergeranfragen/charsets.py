"""Text of unknown origin: byte-order marks, UTF-16 without one, a declared charset, UTF-8,
detection, and last the Windows code page German Outlook writes (Windows-1252)."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes


def decode_text(data: bytes) -> str:
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    sample = data[:4000]
    if sample and sample.count(b"\x00") > len(sample) // 4:
        # UTF-16 without a byte-order mark: the zero bytes sit on the even or odd positions.
        even_zeros = sample[0::2].count(0)
        odd_zeros = sample[1::2].count(0)
        encoding = "utf-16-be" if even_zeros > odd_zeros else "utf-16-le"
        return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


_WIDE = ("utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le")


def _latin_text(data: bytes) -> str | None:
    """Windows-1252 when the bytes read so as German (or French, Spanish …) text: every
    character beyond ASCII a Latin letter (ä, ß, é …), at most half of the letters. Detection
    guesses badly on a few words; this is what a German mailer without a charset wrote."""
    text = data.decode("cp1252", errors="replace")
    high = [c for c in text if ord(c) > 127]
    if not all("\u00c0" <= c <= "\u00ff" and c.isalpha() for c in high):
        return None
    letters = sum(c.isalpha() for c in text)
    return text if len(high) * 2 <= letters else None


def decode_bytes(data: bytes, charset: str | None = None, detect: bool = False) -> str:
    """One value: its declared charset if Python knows it, else UTF-8, else (with ``detect``)
    Latin text in Windows-1252, what charset-normalizer recognises, else
    Windows-1252."""
    if charset:
        try:
            return data.decode(charset)
        except (LookupError, ValueError):  # also "undefined", "idna", a NUL in the name
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if detect:
        latin = _latin_text(data)
        if latin is not None:
            return latin
        # UTF-16/32 text has zero bytes; without them the guess is always wrong (a short
        # Latin-1 "Müller" was read as three Chinese characters).
        wide = () if b"\x00" in data else _WIDE
        best = from_bytes(data, cp_isolation=None, cp_exclusion=list(wide)).best()
        if best is not None and best.encoding and best.encoding != "ascii":
            try:
                return data.decode(best.encoding)
            except (LookupError, UnicodeDecodeError):
                pass
    return data.decode("cp1252", errors="replace")
