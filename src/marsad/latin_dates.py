"""Explicit dates with a Latin-script month name inside Arabic text, read by dateparser.

"14 March 2021", "14th Mar 2021", "March 14, 2021", "Mar. 14", "March 2021":
the one kind of date `marsad.dates`' own rules do not read and dateparser
does (see that module's docstring for which forms go where and why). One
regex finds the candidates, and only in a report where a Latin month name
(`MONTH_WORDS`) occurs; dateparser, imported on first use, parses them.
Precision 1 with a day; 3 without one, dated the 15th as the rules do.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

# Latin-script month names, full or abbreviated ("Sept." too), any case.
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MONTH_NAMES = [
    *("january", "february", "march", "april", "may", "june", "july", "august", "september"),
    *("october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep"),
    *("sept", "oct", "nov", "dec"),
]
# The words `marsad.dates` spots to know that a report may hold a Latin date at all: its
# trigger automaton makes the one pass over the text (a regex scan for Latin letters alone
# cost a tenth of the whole recogniser).
MONTH_WORDS = frozenset(w for name in _MONTH_NAMES for w in (name, name.title(), name.upper()))
_ORDINAL = r"(?:st|nd|rd|th)?"
# After the day or month: a year, or the end of a word. A year ends at a Latin letter or
# digit only: "2021م" (Arabic for AD) is read as 2021.
_YEAR_OR_END = r"(?:,?\s+(?P<{}>\d{{4}})(?![a-z0-9])|(?!\w))"
# "14 March 2021", "14th Mar", "March 14, 2021", "Mar. 14", "March 2021": a month word
# standing alone, as `MONTH_WORDS` are spotted.
_DATE_RE = re.compile(
    rf"(?i)(?<!\w)(?:(?P<day>\d{{1,2}}){_ORDINAL}\s+{_MONTH}\.?{_YEAR_OR_END.format('year')}"
    rf"|{_MONTH}\.?\s+(?:(?P<day2>\d{{1,2}}){_ORDINAL}{_YEAR_OR_END.format('year2')}"
    rf"|(?P<year3>\d{{4}})(?![a-z0-9])))"
)

_Found = list[tuple[int, int, date | None, int]]


def latin_dates(text: str, reference: date | None, found: _Found) -> _Found:
    """`found` (the rules' dates) plus the Latin-month dates that do not overlap them, by start."""
    added: _Found = []
    for m in _DATE_RE.finditer(text):
        start, end = m.span()
        if any(s < end and start < e for s, e, _d, _p in found):
            continue  # inside an expression the rules read
        has_day = bool(m.group("day") or m.group("day2"))
        year = m.group("year") or m.group("year2") or m.group("year3")
        if year is None and reference is None:
            added.append((start, end, None, 1))  # as the rules do: no year, no reference, no date
            continue
        parsed = _parse(m.group(), reference, year, has_day)
        if parsed is not None:
            added.append((start, end, parsed if has_day else parsed.replace(day=15), 1 if has_day else 3))
    return sorted(found + added, key=lambda f: f[0]) if added else found


def _parse(text: str, reference: date | None, year: str | None, has_day: bool) -> date | None:
    import dateparser  # a tenth of a second to import: only once a Latin month name shows up

    # No surprises: absolute dates only (no reading relative to "now"), a relative base that
    # is always given (the reference, else the date's own year), and the parts the match had.
    if reference is not None:
        base = datetime(reference.year, reference.month, reference.day)
    else:
        base = datetime(int(year or 1), 1, 1)
    settings: dict[str, Any] = {
        "PREFER_DATES_FROM": "past",
        "RELATIVE_BASE": base,
        "DATE_ORDER": "DMY",
        "PARSERS": ["absolute-time"],
        "REQUIRE_PARTS": ["month"] + (["day"] if has_day else []) + (["year"] if year else []),
    }
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed is not None else None
