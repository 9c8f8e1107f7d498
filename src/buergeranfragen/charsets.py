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


def decode_bytes(data: bytes, charset: str | None = None, detect: bool = False) -> str:
    """One value: its declared charset if Python knows it, else UTF-8, else (with ``detect``)
    what charset-normalizer recognises, else Windows-1252."""
    if charset:
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if detect:
        best = from_bytes(data, cp_isolation=None).best()
        if best is not None and best.encoding and best.encoding != "ascii":
            try:
                return data.decode(best.encoding)
            except (LookupError, UnicodeDecodeError):
                pass
    return data.decode("cp1252", errors="replace")
