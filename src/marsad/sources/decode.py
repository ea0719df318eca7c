"""Bytes to text: encoding detection tuned for Arabic news.

Order matters. charset-normalizer alone often reads Windows-1256 Arabic as
some Cyrillic or Latin code page (every byte is "valid" in those), so it is
only the last resort: first strict UTF-8, then byte-order marks, then
BOM-less UTF-16 (Arabic puts 0x06 in every other byte), then Windows-1256
when that yields mostly Arabic.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes


class DecodeError(ValueError):
    """The bytes are not text we can read; `reason` says why."""


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0 controls other than tab, newlines and form feed: in text they mean binary data.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _looks_binary(text: str) -> bool:
    sample = text[:20000]
    if not sample:
        return False
    return len(_CONTROL.findall(sample)) > max(2, len(sample) // 200)


def _mostly_arabic(text: str) -> bool:
    """Most non-ASCII characters are Arabic (HTML markup is ASCII, so count only the rest)."""
    sample = text[:50000]
    non_ascii = len(_NON_ASCII.findall(sample))
    if non_ascii == 0:
        return False
    return len(_ARABIC.findall(sample)) >= 0.7 * non_ascii


def _utf16_without_bom(data: bytes) -> str | None:
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:4000]
    even, odd = sample[0::2], sample[1::2]
    # The high byte of Arabic (U+06xx) or ASCII (U+00xx) code units.
    high = (0x00, 0x06)
    for name, highs in (("utf-16-le", odd), ("utf-16-be", even)):
        share = sum(1 for b in highs if b in high) / len(highs)
        if share > 0.8:
            try:
                return data.decode(name)
            except UnicodeDecodeError:
                return None
    return None


def decode(data: bytes) -> tuple[str, str]:
    """Decode `data`; returns (text, encoding name). Raises DecodeError."""
    if not data.strip():
        raise DecodeError("empty")
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(name)
            except UnicodeDecodeError as e:
                raise DecodeError(f"invalid {name}") from e
            return _checked(text, name)
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    text16 = _utf16_without_bom(data)
    if text16 is not None and not _looks_binary(text16):
        return text16, "utf-16"
    if b"\x00" not in data:
        try:
            text = data.decode("cp1256")
        except UnicodeDecodeError:
            text = ""
        if text and _mostly_arabic(text):
            return _checked(text, "cp1256")
    if data.count(b"\x00") > len(data) // 100:
        raise DecodeError("binary data")
    best = from_bytes(data[:200000]).best()
    if best is None or best.encoding is None:
        raise DecodeError("binary data")
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as e:
        raise DecodeError("unknown encoding") from e
    return _checked(text, best.encoding)


def _checked(text: str, name: str) -> tuple[str, str]:
    if _looks_binary(text):
        raise DecodeError("binary data")
    if not text.strip():
        raise DecodeError("empty")
    return text, name
