"""A visible dateline ("الجمعة 01 سبتمبر 2023", "2023-09-01", "1/9/2023")."""

from __future__ import annotations

import re
from datetime import date

from marsad.normalize import fold

# Folded month names: Levantine/Iraqi and Egyptian/Gulf forms.
_MONTHS = {
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7,
    "اب": 8, "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6,
    "يوليو": 7, "يوليه": 7, "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
}  # fmt: skip
_MONTH_ALT = "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True))
_NAMED = re.compile(rf"\b(\d{{1,2}})\s+(?:{_MONTH_ALT})(?:\s*/\s*(?:{_MONTH_ALT}))?\s*,?\s+(\d{{4}})\b")
_ISO = re.compile(r"\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b")
_DMY = re.compile(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b")


def _make(y: int, m: int, d: int) -> date | None:
    try:
        found = date(y, m, d)
    except ValueError:
        return None
    return found if 1990 <= y <= 2100 else None


def find_dateline(text: str) -> date | None:
    """The first full date written in `text`, or None."""
    t = fold(text)
    best: tuple[int, date] | None = None
    for m in _NAMED.finditer(t):
        month_name = re.search(_MONTH_ALT, m.group(0))
        assert month_name is not None  # the pattern contains a month name
        d = _make(int(m.group(2)), _MONTHS[month_name.group(0)], int(m.group(1)))
        if d:
            best = (m.start(), d)
            break
    for rx, order in ((_ISO, (1, 2, 3)), (_DMY, (3, 2, 1))):
        m2 = rx.search(t)
        if m2 and (best is None or m2.start() < best[0]):
            y, mo, dd = (int(m2.group(i)) for i in order)
            d = _make(y, mo, dd)
            if d:
                best = (m2.start(), d)
    return best[1] if best else None
