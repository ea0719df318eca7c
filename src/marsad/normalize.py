"""Arabic normalisation with a map back to the original text.

Every later stage matches over `normalize(text).text` and quotes evidence
from the original through `Normalized.to_original`, so that what marsad
prints as evidence is exactly what the source wrote.

Two levels:

* display (``fold=False``): NFKC for presentation forms, no diacritics or
  tatweel, words split by tatweel re-joined ("مقـ ـتل" → "مقتل"), zero-width
  and bidi controls removed, Arabic-Indic and Persian digits to ASCII;
* matching (``fold=True``, the default): the display level plus the
  one-to-one folding of alef/hamza/yaa/taa-marbuta variants and Persian
  letters, which is right for comparing, never for showing.

The folding is one character to one character, so it never moves offsets;
only NFKC expansions and deletions do, and both are recorded.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from pyarabic import araby

_LETTER = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3"
# Characters deleted outright: harakat, Quranic marks, superscript alef,
# tatweel, zero-width and bidi control characters, BOM.
_DELETABLE = (
    "".join(sorted(set(araby.TASHKEEL) | {araby.TATWEEL, araby.MINI_ALEF}))
    + "\u0610-\u061a\u064b-\u065f\u06d6-\u06ed"
    + "\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff"
)
# A word split with tatweel and white space to dodge keyword filters:
# "مقـ ـتل", "داعـ ـش", "مقـــ تل". Both sides must be Arabic letters and at
# least one tatweel must touch the gap, so ordinary word breaks stay.
_SPLIT_WORD = f"(?<=[{_LETTER}])(?:\u0640+[ \t]+\u0640*|[ \t]+\u0640+)(?=[{_LETTER}])"
_DELETE_RE = re.compile(f"[{_DELETABLE}]+")
# The split-word alternative is slow (a look-behind at every position), so it
# is only used on texts that contain a tatweel at all.
_DELETE_WITH_SPLITS_RE = re.compile(f"{_SPLIT_WORD}|[{_DELETABLE}]+")

_DIGITS = {ord(c): str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")}
_DIGITS.update({ord(c): str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")})
_DISPLAY_TABLE = dict(_DIGITS)
_DISPLAY_TABLE.update({0x00A0: " ", 0x066B: ".", 0x066C: ","})
_FOLD_TABLE = dict(_DISPLAY_TABLE)
_FOLD_TABLE.update(
    {
        ord("أ"): "ا",
        ord("إ"): "ا",
        ord("آ"): "ا",
        ord("ٱ"): "ا",
        ord("ى"): "ي",
        ord("ة"): "ه",
        ord("ؤ"): "و",
        ord("ئ"): "ي",
        ord("ی"): "ي",  # Persian yeh
        ord("ک"): "ك",  # Persian kaf
        ord("ە"): "ه",  # Kurdish ae
    }
)


_DISPLAY_PAIRS = tuple((chr(k), v) for k, v in _DISPLAY_TABLE.items())
# what folding adds to the display level
_LETTER_PAIRS = tuple((chr(k), v) for k, v in _FOLD_TABLE.items() if k not in _DISPLAY_TABLE)
_DISPLAY_CHARS_RE = re.compile("[" + "".join(map(chr, _DISPLAY_TABLE)) + "]")


@dataclass(frozen=True)
class Normalized:
    """Normalised text and, for each of its characters, where it came from."""

    original: str
    text: str
    # offsets[i] is the index in `original` of the character text[i];
    # offsets[len(text)] == len(original). None when nothing moved (the
    # common case: no diacritics, tatweel or presentation forms), which
    # saves building a list per report.
    offsets: list[int] | None

    def offset(self, i: int) -> int:
        """Index in the original of normalised position i (i may equal len(text))."""
        return i if self.offsets is None else self.offsets[i]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the normalised span [start, end) to a span of the original text."""
        offsets = self.offsets
        if offsets is None:
            return (start, start) if start >= end else (start, end)
        if start >= end:
            return offsets[start], offsets[start]
        first, last = offsets[start], offsets[end - 1] + 1
        # Harakat after the span's last letter belong to it: "تقريباً" is
        # quoted whole, not as "تقريبا". Tatweel and split-word gaps are
        # not marks, so a re-joined word's gap is not swallowed.
        limit = offsets[end]
        while last < limit and unicodedata.category(self.original[last]) == "Mn":
            last += 1
        return first, last

    def original_text(self, start: int, end: int) -> str:
        a, b = self.to_original(start, end)
        return self.original[a:b]


def _nfkc_pieces(text: str) -> tuple[str, list[int]]:
    """NFKC one character at a time, so that each output character keeps its source index."""
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        if ch.isascii() or ch == "\xa0":
            out.append(ch)
            offsets.append(i)
            continue
        n = unicodedata.normalize("NFKC", ch)
        out.append(n)
        offsets.extend([i] * len(n))
    return "".join(out), offsets


# Offsets lists share their int objects: a slice of this list only copies references,
# while extending with range() allocated an int per character, half the cost of normalize.
# Reports are seldom longer; past it, range() again.
_POSITIONS = list(range(1 << 15))


def _extend_positions(offsets: list[int], start: int, end: int) -> None:
    """offsets.extend(range(start, end)), without allocating the ints where it can."""
    if end <= len(_POSITIONS):
        offsets += _POSITIONS[start:end]
    else:
        offsets.extend(range(start, end))


def normalize(text: str, *, fold: bool = True) -> Normalized:
    """Normalise `text`; see the module docstring for what each level does."""
    # NO-BREAK SPACE is common and NFKC-unstable; it is mapped to a space
    # one-to-one later, so it need not send the text down the slow path.
    if unicodedata.is_normalized("NFKC", text.replace("\xa0", " ")):
        stage1, base = text, None
    else:
        stage1, nfkc_offsets = _nfkc_pieces(text)
        base = nfkc_offsets

    pieces: list[str] = []
    offsets: list[int] = []
    pos = 0
    deleter = _DELETE_WITH_SPLITS_RE if "\u0640" in stage1 else _DELETE_RE
    for m in deleter.finditer(stage1):
        a, b = m.span()
        if a > pos:
            pieces.append(stage1[pos:a])
            _extend_positions(offsets, pos, a)
        pos = b
    result_offsets: list[int] | None
    if pos == 0:
        kept = stage1
        result_offsets = None if base is None else base + [len(text)]
    else:
        pieces.append(stage1[pos:])
        _extend_positions(offsets, pos, len(stage1))
        kept = "".join(pieces)
        if base is not None:
            offsets = [base[i] for i in offsets]
        offsets.append(len(text))
        result_offsets = offsets
    return Normalized(original=text, text=_translate(kept, fold), offsets=result_offsets)


def _translate(text: str, fold: bool) -> str:
    # A chain of str.replace is ~25x faster than str.translate with a dict
    # on Arabic text, and this runs on every report. (No replacement makes a
    # character another one replaces, so the order does not matter.)
    if fold:
        for src, dst in _LETTER_PAIRS:
            if src in text:
                text = text.replace(src, dst)
    # The display level's characters (digits, separators) are rare: on a short text
    # (fold and display of a line or a word) one search rules them all out for less
    # than 23 `in` tests; on a long one the tests cost less than the search.
    if len(text) < 128 and _DISPLAY_CHARS_RE.search(text) is None:
        return text
    for src, dst in _DISPLAY_PAIRS:
        if src in text:
            text = text.replace(src, dst)
    return text


def _cleaned(text: str) -> str:
    """What `normalize` keeps of `text` before its one-to-one mapping, without the offsets:
    fold and display run on every short line of every report and on lexicon entries."""
    if not unicodedata.is_normalized("NFKC", text.replace("\xa0", " ")):
        text = _nfkc_pieces(text)[0]
    deleter = _DELETE_WITH_SPLITS_RE if "\u0640" in text else _DELETE_RE
    return deleter.sub("", text)


def fold(text: str) -> str:
    """The matching form of a word or phrase (lexicon keys are stored in it)."""
    if text.isascii():  # nothing to change: every character normalize touches is non-ASCII
        return text
    return _translate(_cleaned(text), True)


def display(text: str) -> str:
    """The display form: cleaned but not folded."""
    if text.isascii():
        return text
    return _translate(_cleaned(text), False)


def has_arabic(text: str) -> bool:
    return bool(re.search(f"[{_LETTER}]", text))
