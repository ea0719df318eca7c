"""Numbers and quantities: digits, number words, vague quantities, qualifiers.

Works over the matching form of `marsad.normalize` (digits are ASCII there,
أ/إ/آ → ا, ة → ه, ى → ي) and returns `NumberMention`s with original offsets.

What counts as a number:

* digits, with thousands separators ("1,200"); "ال48" (the article before
  digits) and proclitics ("ب5");
* cardinal words with proclitics and compounds: "بخمسة" 5, "ستة عشر" 16,
  "خمسة وعشرين" 25, "مئتين" 200, "ثلاثة آلاف وخمسمئة" 3500, "3 آلاف" 3000;
* duals of a short list of nouns that cannot be plurals ("عنصرين" 2;
  "مدنيين" is left out: it is also the plural);
* ACLED's vague quantities, qualifier "vague": عشرات 12, مئات 100, آلاف 1000,
  عدة / بضعة / عدد من / العديد من 3; "عشرات الآلاف" 12000;
* qualifiers: "أكثر من 30" at_least, "نحو 20" about, "أقل من 5" at_most,
  "30 على الأقل" at_least; the mention's span includes the qualifier, except
  one after a noun ("30 عنصراً على الأقل": the span is "30").

What is not (skipped, no mention): ordinals ("الرابعة", "الخامس عشر"),
"أحد" alone ("one of"), years (a bare 1900-2100 unless a qualifier precedes
it), day numbers of dates ("14 آذار", "الـ14 من شهر آذار") and numeric dates
or times ("14/3/2021", "10:30"), day numbers before or after a Latin-script month
("14 March 2021", "March 14"), numbers followed by a duration or a measure
("48 ساعة", "ثلاثة أيام", "5 كم", "20%"), and numbers that name things
("اللواء 47", "القرار 2254", "الساعة 10").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import accumulate
from typing import NamedTuple

from marsad.document import Document, NumberMention
from marsad.latin_dates import MONTH_WORDS
from marsad.lexmatch import WordSpotter
from marsad.normalize import Normalized, fold
from marsad.options import Options

# Proclitics glued to a number word; the article forms carry "ال" and are part
# of the mention ("الخمسة"), the others are not ("بخمسة" → "خمسة").
_PLAIN_CLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك")
_ARTICLE_CLITICS = ("ال", "وال", "فال", "بال", "كال", "وبال", "لل", "ولل", "فلل")
# Kinds that may carry the article. Tens are left out: "العشرين" is mostly
# ordinal ("القرن العشرين"); units 2 too: "الاثنين" is Monday.
_ALL_CLITICS = frozenset(_PLAIN_CLITICS + _ARTICLE_CLITICS)
_ARTICLE_KINDS = frozenset({"unit", "hundred", "thousand", "million", "vague", "ordinal"})
_MULTIPLIERS = frozenset({"thousand", "million"})
_HUNDRED_OR_MULTIPLIER = _MULTIPLIERS | {"hundred"}

_DIGITS_RE = re.compile(r"\d+")
# Letters with digits glued after them ("ال48"), digits, or letters. (Written so that a
# plain word is read in one go: "letters* digits" first made re backtrack on every word.)
_TOKEN_RE = re.compile(r"[^\W\d_]+(?:\d+(?:[.,/:\-]\d+)*)?|\d+(?:[.,/:\-]\d+)*")
_YEAR_MIN, _YEAR_MAX = 1900, 2100
_LATIN_ORDINAL = frozenset({"st", "nd", "rd", "th"})
# A number after these is a span length or a day of the month, not a count.
_BEFORE_SPAN = frozenset({"يوم", "الساعات", "الايام", "الاسابيع", "الاشهر", "الشهور", "السنوات", "الاعوام"})


@dataclass(frozen=True)
class _Word:
    kind: str
    value: int
    clitic: str  # the proclitic(s) before the base word, article included
    cut: int  # how much of the word's start the mention leaves out: the proclitics but the article


@dataclass(frozen=True)
class _Lexicon:
    words: dict[str, _Word]  # surface form (with proclitics) → entry
    values: dict[str, int]  # `word_value` of every cardinal word that has one
    spotter: WordSpotter  # finds the words that can start or carry a number
    before: re.Pattern[str]  # qualifier phrase ending right before a number
    before_tails: frozenset[str]  # the word a `before` phrase ends with, as the text has it
    after: re.Pattern[str]  # qualifier phrase right after a number (or after one noun)
    names: frozenset[str]  # words after which a number is a name
    measures: frozenset[str]  # words after a number that make it a measure
    ordinal_nouns: frozenset[str]  # "اليوم" in "اليوم الـ100"
    months: frozenset[str]  # first words of month names
    durations: frozenset[str]


def _read_tsv(name: str) -> list[list[str]]:
    rows = []
    text = resources.files("marsad.lexicon").joinpath(name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    words: dict[str, _Word] = {}
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    names: set[str] = set()
    measures: set[str] = set()
    ordinal_nouns: set[str] = set()
    not_numbers: set[str] = set()
    for word, value, kind in _read_tsv("numbers.tsv"):
        base = fold(word)
        if kind == "word":
            not_numbers.update(_with_clitics(base))
        elif kind.startswith("before:"):
            before[base] = kind.split(":")[1]
        elif kind.startswith("after:"):
            after[base] = kind.split(":")[1]
        elif kind == "name":
            names.add(base)
        elif kind == "measure":
            measures.add(base)
        elif kind == "ordinal_noun":
            ordinal_nouns.update({base, "ل" + base[1:]})  # "لليوم"
        else:
            article = kind in _ARTICLE_KINDS and not (kind == "unit" and value == "2")
            clitics: tuple[str, ...] = _PLAIN_CLITICS + (_ARTICLE_CLITICS if article else ())
            for clitic in clitics:
                surface = clitic + base  # "لل" is ل + ال with the alef dropped: "للخمسة"
                # the bare word wins over a clitic reading of another word
                words.setdefault(surface, _Word(kind, int(value), clitic, _clitic_cut(clitic)))
    for surface in not_numbers:
        words.pop(surface, None)  # "كمية" is a quantity, not ك + مية (مئة)
    months: set[str] = set()
    durations: set[str] = set()
    for word, kind, _value in _read_tsv("calendar.tsv"):
        if kind.startswith("month"):
            months.add(fold(word).split()[0])
        elif kind == "duration":
            durations.add(fold(word))
    # "14 March 2021", "March 14": Latin-script month names (read as dates by marsad.latin_dates)
    months |= MONTH_WORDS
    # after a number, "يوم" is rarely its unit ("قتل ثلاثة يوم السبت") and the
    # article forms never are ("قتل خمسة الأسبوع الماضي")
    durations -= {"يوم"}
    bare = [w for w, e in words.items() if not e.clitic and e.kind != "ordinal"]
    return _Lexicon(
        words=words,
        values={w: e.value for w, e in words.items() if e.kind in _CARDINAL_KINDS and not e.clitic},
        spotter=WordSpotter(dict.fromkeys(bare, _ALL_CLITICS)),
        before=_phrase_pattern(before, at_end=True),
        before_tails=_tails(before),
        after=_phrase_pattern(after, at_end=False),
        names=frozenset(names),
        measures=frozenset(measures),
        ordinal_nouns=frozenset(ordinal_nouns),
        months=frozenset(months),
        durations=frozenset(durations),
    )


def _with_clitics(word: str) -> set[str]:
    """`word` (matching form) with each proclitic, and "لل" for ل before its article."""
    forms = {clitic + word for clitic in _PLAIN_CLITICS}
    if word.startswith("ال"):
        forms.update(clitic + word[1:] for clitic in ("ل", "ول", "فل"))  # "للعدة" = ل + العدة
    return forms


def _phrase_pattern(phrases: dict[str, str], *, at_end: bool) -> re.Pattern[str]:
    longest_first = sorted(phrases.items(), key=lambda x: -len(x[0]))
    alternatives = "|".join(f"(?P<{q}_{i}>{re.escape(p)})" for i, (p, q) in enumerate(longest_first))
    if at_end:  # "... أكثر من " ending where the number starts; "بنحو" keeps its ب
        clitics = "|".join(c for c in _BEFORE_CLITICS if c)
        return re.compile(rf"(?<!\w)(?:{clitics})?(?:{alternatives})\s*$")
    return re.compile(rf"\s*(?P<noun>[^\W\d_]+\s+)?(?:{alternatives})(?!\w)")


# Proclitics a qualifier before a number may carry ("بنحو").
_BEFORE_CLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول")


def _tails(phrases: dict[str, str]) -> frozenset[str]:
    """The run of word characters each `before` phrase ends with in a text: its last word,
    or the whole phrase with any proclitic when it is one word."""
    tails: set[str] = set()
    for phrase in phrases:
        if re.search(r"\W", phrase):
            tails.add(re.findall(r"\w*$", phrase)[0])
        else:
            tails.update(c + phrase for c in _BEFORE_CLITICS)
    return frozenset(tails)


def _word_ending_at(text: str, lo: int, pos: int) -> str:
    """The word characters that end where white space before `pos` begins, not before `lo`."""
    # str methods rather than a loop over characters; white space is never a word character
    chunk = text[lo:pos].rstrip()
    if chunk:
        chunk = chunk.rsplit(None, 1)[-1]
        if not chunk.isalnum():  # punctuation or "_" in it: only the word characters at its end
            start = len(chunk)
            while start > 0 and ((ch := chunk[start - 1]).isalnum() or ch == "_"):
                start -= 1
            return chunk[start:]
    return chunk


_CARDINAL_KINDS = frozenset({"unit", "ten", "hundred", "thousand"})


def word_value(word: str) -> int | None:
    """The value of one cardinal number word in matching form ("ثلاثه" → 3), or None."""
    return _lexicon().values.get(word)


def _digits_value(token: str) -> tuple[int | None, bool]:
    """(value, decimal) of a digit token; None for dates, times, ranges."""
    if "/" in token or ":" in token or "-" in token:
        return None, False
    if "," in token:
        head, *groups = token.split(",")
        if all(len(g) == 3 for g in groups) and len(head) <= 3:
            return int(head + "".join(groups)), False
        return None, False
    if "." in token:
        parts = token.split(".")
        if len(parts) == 2:
            return int(parts[0]), True
        return None, False
    return int(token), False


class _Digits(NamedTuple):
    """A digit token that is a number: "48", "ب5", "ال48", "1,200", "2.5"."""

    value: int  # -1 for a date, time or range ("14/3/2021", "10:30"): not a count, nor a word
    decimal: str  # the digits of a decimal number ("2.5"), else ""
    cut: int  # how much of the token's start (its proclitics) the mention leaves out


# Made for every digit token: tuple.__new__ skips the named tuple's own __new__ (Python code).
_new_digits = tuple.__new__


def _digit_token(tok: str) -> _Digits | None:
    """A token ending in digits as a number, or None when letters other than proclitics lead it."""
    if tok.isascii() and tok.isdigit():  # fast path: a plain run of digits, most tokens here
        return _new_digits(_Digits, (int(tok), "", 0))
    head = tok.rstrip("0123456789.,/:-")
    if head not in _PLAIN_CLITICS and head not in _ARTICLE_CLITICS:
        return None
    digits = tok[len(head) :]
    value, decimal = _digits_value(digits)
    return _Digits(-1 if value is None else value, digits if decimal else "", _clitic_cut(head))


# The token pattern as one group: re.split then returns gap, token, gap, ..., gap, and the
# running sum of their lengths gives every offset, with no match object per token.
_TOKEN_SPLIT_RE = re.compile(f"({_TOKEN_RE.pattern})")


@dataclass(slots=True)
class _Window:
    """The tokens of one stretch of text around candidate numbers.

    Parallel lists rather than an object per token: most tokens are plain words,
    of which only the text and the gap before are ever read.
    """

    text: str  # the whole report: a qualifier or "%" may lie outside the window
    base: int  # where the window starts in `text`
    toks: list[str]
    gaps: list[str]  # gaps[k]: what lies between token k-1 (or the window's start) and token k
    # Where token k starts (proclitics included) and ends, from `base`: mostly below 257,
    # the ints Python keeps ready-made, where offsets from the report's start were allocated.
    starts: list[int]
    ends: list[int]
    numbers: list[_Word | _Digits | None]  # token k as a number word or digits, else None

    # Explicit (the dataclass keeps it): typed for the compiled build, where the generated
    # __init__ stays interpreted Python, several times the cost of a native one.
    def __init__(
        self,
        text: str,
        base: int,
        toks: list[str],
        gaps: list[str],
        starts: list[int],
        ends: list[int],
        numbers: list[_Word | _Digits | None],
    ) -> None:
        self.text = text
        self.base = base
        self.toks = toks
        self.gaps = gaps
        self.starts = starts
        self.ends = ends
        self.numbers = numbers


def _next_word(w: _Window, k: int) -> _Word | None:
    """Token k's number word when only white space separates it from token k-1."""
    if k < len(w.toks) and w.gaps[k].isspace():
        entry = w.numbers[k]
        if isinstance(entry, _Word):
            return entry
    return None


# Number words read only where the text writes their ة: the matching form makes ة and ه one
# letter, and with ه these are other words ("بعده" after it, "وعده" his promise, "عده" counted it).
_TAA_MARBUTA_WORDS = ("عده",)
_MARKS = "\u0640\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"  # tatweel and harakat


class NumberRecognizer:
    """Finds counts and quantities; see the module docstring."""

    def __init__(self) -> None:
        self._lex = _lexicon()

    def recognize(self, doc: Document, norm: Normalized, options: Options) -> list[NumberMention]:
        spans = find_numbers(norm.text)
        mentions = []
        for start, end, value, qualifier in spans:
            a, b = norm.to_original(start, end)
            written = doc.text[a:b].rstrip(_MARKS)
            if written.endswith("ه") and norm.text.endswith(_TAA_MARBUTA_WORDS, start, end):
                continue  # "بعده" (after it), "وعده" (his promise): not "بعدة", "وعدة"
            mentions.append(NumberMention("number", a, b, doc.text[a:b], value=value, qualifier=qualifier))
        return mentions


def _windows(spots: list[tuple[int, int]], text: str, before: int, after: int) -> list[tuple[int, int]]:
    """Stretches of `text` around `spots`, widened to word boundaries and merged."""
    n = len(text)
    windows: list[tuple[int, int]] = []
    for s, e in spots:
        a, b = max(0, s - before), min(n, e + after)
        # is_word_char inlined: a call per character cost more than the rest of the loop
        while a > 0 and ((ch := text[a - 1]).isalnum() or ch == "_"):
            a -= 1
        while b < n and ((ch := text[b]).isalnum() or ch == "_"):
            b += 1
        if windows and a <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(b, windows[-1][1]))
        else:
            windows.append((a, b))
    return windows


def find_numbers(text: str) -> list[tuple[int, int, int, str]]:
    """(start, end, value, qualifier) of each quantity in matching-form `text`, normalised offsets."""
    lex = _lexicon()
    found: list[tuple[int, int, int, str]] = []
    # the word before a number and the two after it decide whether it is a count
    for a, b in _windows(lex.spotter.spots(text, _DIGITS_RE), text, 12, 25):
        _parse_window(_tokenize(text, a, b, lex), lex, found)
    return found


def _clitic_cut(clitic: str) -> int:
    """How much of a word's proclitics to leave out of the mention: all but the article."""
    if clitic in _PLAIN_CLITICS:
        return len(clitic)
    return len(clitic) - 2  # "بالعشرات" → "العشرات"; "للخمسة" stays whole


def _tokenize(text: str, a: int, b: int, lex: _Lexicon) -> _Window:
    # The pattern has no look-around, so splitting the slice finds what a search of
    # text[a:b] in place would.
    parts = _TOKEN_SPLIT_RE.split(text[a:b])
    toks = parts[1::2]
    numbers: list[_Word | _Digits | None] = list(map(lex.words.get, toks))
    for k, tok in enumerate(toks):
        if tok[-1].isdigit():  # lexicon words have no digits: this replaces a None
            numbers[k] = _digit_token(tok)
    offsets = list(accumulate(map(len, parts), initial=0))
    return _Window(text, a, toks, parts[0::2], offsets[1::2], offsets[2::2], numbers)


def _parse_window(w: _Window, lex: _Lexicon, found: list[tuple[int, int, int, str]]) -> None:
    text, base, numbers, starts = w.text, w.base, w.numbers, w.starts
    i = 0
    n = len(numbers)
    while i < n:
        t = numbers[i]
        if t is None:
            i += 1
            continue
        if isinstance(t, _Word) and t.kind == "ordinal":
            # "الخامس عشر" is an ordinal: its عشر is not ten
            nxt = numbers[i + 1] if i + 1 < n else None
            i += 2 if isinstance(nxt, _Word) and nxt.value == 10 and nxt.kind == "unit" else 1
            continue
        j, value, qualifier = _parse_at(w, i)
        if value is None:
            i = max(j, i + 1)
            continue
        start, end = base + starts[i] + t.cut, base + w.ends[j - 1]
        if _skip(w, i, j, lex):
            i = j
            continue
        if qualifier == "exact":
            floor = found[-1][1] if found else 0  # a qualifier never reaches into the last mention
            lo = max(floor, start - 24)
            # the qualifier regex only where the word before could end one: most numbers have none
            tail = _word_ending_at(text, lo, start)
            mb = lex.before.search(text, lo, start) if tail in lex.before_tails else None
            ma = lex.after.match(text, end) if mb is None else None
            if mb is not None:
                qualifier = _group_qualifier(mb)
                start = mb.start(mb.lastindex or 0)
            elif _is_year(t, i, j):
                i = j  # a bare year; "أكثر من 2000" keeps its count
                continue
            elif ma is not None:
                qualifier = _group_qualifier(ma)
                # "30 تقريباً" is one mention; in "30 عنصراً على الأقل" the noun stays outside,
                # for the event rules to read
                end = end if ma.group("noun") else ma.end()
        found.append((start, end, value, qualifier))
        i = j
        # "خمسة عناصر تقريباً": skip the words the qualifier took (a number starts after its cut)
        while i < n and base + starts[i] + (0 if (nb := numbers[i]) is None else nb.cut) < end:
            i += 1


def _group_qualifier(m: re.Match[str]) -> str:
    for name, val in m.groupdict().items():
        if val is not None and name != "noun":
            return name.rsplit("_", 1)[0]
    return "exact"


def _is_year(t: _Word | _Digits, i: int, j: int) -> bool:
    return j == i + 1 and isinstance(t, _Digits) and _YEAR_MIN <= t.value <= _YEAR_MAX and not t.decimal


def _skip(w: _Window, i: int, j: int, lex: _Lexicon) -> bool:
    """Dates, years, names, durations and measures: numbers that are not counts."""
    toks = w.toks
    n = len(toks)
    t = w.numbers[i]
    article = toks[i].startswith("ال") and isinstance(t, _Digits)
    prev = toks[i - 1] if i > 0 else ""
    if prev == "ال" and i > 1:  # "الـ 18" keeps a space once the tatweel is gone
        article, prev = True, toks[i - 2]
    if prev[:1] in ("و", "ف") and prev[1:] in lex.names:
        prev = prev[1:]  # "والفرقة 25"
    if article and prev in lex.ordinal_nouns:
        return True  # "لليوم الـ100": the hundredth day
    nxt = toks[j] if j < n else ""
    nxt2 = toks[j + 1] if j + 1 < n else ""
    if nxt in _LATIN_ORDINAL and nxt2 in lex.months:
        return True  # "14th March"
    # "اللواء 47", "آذار 14", "الساعات ال24", "يوم 14"; not "اليوم": "قتل اليوم 5 عناصر"
    if prev in lex.names or prev in lex.months or prev in _BEFORE_SPAN:
        return True
    if isinstance(t, _Word) and t.kind == "dual":
        return False  # "مقتل شابين يوم أمس": the dual is its own noun
    if nxt in lex.durations or nxt in lex.measures or nxt in lex.months:
        return True
    if nxt == "في" and nxt2 in lex.measures:
        return True  # "20 في المئة"
    # "14 من شهر آذار"; "طفل دون 18 من عمره"
    return nxt in ("من", "شهر") and (nxt2 in lex.months or nxt2 == "شهر" or nxt2.startswith("عمر"))


def _parse_at(w: _Window, i: int) -> tuple[int, int | None, str]:
    """Parse the number that starts at token i: (index after it, value or None, qualifier)."""
    t = w.numbers[i]
    if isinstance(t, _Digits):
        if t.value < 0:
            return i + 1, None, "exact"
        end = w.base + w.ends[i]
        if w.text[end : end + 2].lstrip()[:1] in ("%", "\u066a"):  # "20%", "20 ٪"
            return i + 1, None, "exact"
        value: float = float(t.decimal) if t.decimal else t.value
        mult = _next_word(w, i + 1)
        if mult is not None and mult.kind in _MULTIPLIERS:
            return i + 2, int(value * mult.value), "exact"  # "3 آلاف", "2.5 مليون"
        if t.decimal:
            return i + 1, None, "exact"
        return i + 1, int(value), "exact"
    e = t
    assert e is not None
    if e.kind == "dual":
        return i + 1, 2, "exact"
    if e.kind in ("vague", "vague_of"):
        k = i + 1
        if e.kind == "vague_of":
            if not (k < len(w.toks) and w.gaps[k].isspace() and w.toks[k] == "من"):
                return i + 1, None, "exact"
            return k + 1, e.value, "vague"
        nk = _next_word(w, k)
        if nk is not None and nk.kind in _MULTIPLIERS and nk.value in (1000, 1000000):
            return k + 1, e.value * nk.value, "vague"
        return k, e.value, "vague"
    if e.kind == "teen_unit":
        ten = _next_word(w, i + 1)
        if ten is not None and ten.value == 10 and not ten.clitic:
            return i + 2, e.value + 10, "exact"
        return i + 1, None, "exact"
    total = 0
    cur = e.value
    last = e
    k = i + 1
    # a thousand/million on its own: "ألف" 1000, "آلاف" alone is vague
    if e.kind in _MULTIPLIERS and e.value == 1000 and w.toks[i].endswith("الاف"):
        return k, 1000, "vague"
    if e.kind in _MULTIPLIERS:
        total, cur = cur, 0
    while (nxt := _next_word(w, k)) is not None:
        glued = nxt.clitic == ""
        wa = nxt.clitic == "و"
        if glued and nxt.kind == "unit" and nxt.value == 10 and last.kind == "unit" and cur < 10:
            cur += 10  # "ستة عشر"
        elif glued and nxt.kind == "hundred" and nxt.value == 100 and last.kind == "unit" and 3 <= cur <= 9:
            cur *= 100  # "ثلاث مئة"
        elif glued and nxt.value in (1000, 1000000) and last.kind not in _MULTIPLIERS:
            total += (cur or 1) * nxt.value  # "ثلاثة آلاف", "عشرين ألفا"
            cur = 0
        elif wa and nxt.kind == "ten" and last.kind == "unit" and cur % 100 < 10:
            cur += nxt.value  # "خمسة وعشرين"
        elif wa and nxt.kind in ("unit", "ten", "hundred") and last.kind in _HUNDRED_OR_MULTIPLIER:
            if last.kind == "hundred" and nxt.kind == "hundred":
                break
            cur += nxt.value  # "مئة وخمسة", "ألف وخمسمئة"
        elif wa and nxt.kind in _MULTIPLIERS and last.kind in _MULTIPLIERS and nxt.value < last.value:
            total += nxt.value
        else:
            break
        last = nxt
        k += 1
    return k, total + cur, "exact"
