"""Dates: relative and explicit date expressions, resolved against the publication date.

Works over the matching form of `marsad.normalize`: an Aho-Corasick pass
finds trigger words (أمس, السبت, آذار, منذ, ...) and numeric dates, and one
compiled regex is tried only there and at the lead-in words just before
them ("فجر", "يوم", "14", "مطلع"). Each `DateMention` carries an ACLED time
precision: 1 a day, 2 a week or a span of days, 3 a month.

Which forms go where. The rules here read every Arabic form; dateparser reads
only explicit dates with a Latin-script month name inside Arabic text ("14
March 2021", "March 14, 2021", "14 Mar 2021", "Mar 2021"; `marsad.latin_dates`).
dateparser was measured on this register: it read none of the Levantine
months ("آذار", "تشرين الأول") nor the relative forms ("أمس الأول", "أول من
أمس", "منذ 3 سنوات", "خلال الـ48 ساعة", "يوم السبت الماضي"), only the numeric
ones, which the rules read too, and at a millisecond a call (its import
alone is slow: it is imported on the first Latin month name). So the rules
come first and dateparser is the fallback where it works and they do not.

Choices (see tests/test_dates.py):

* reference: `doc.published`, else `options.published`; without one, relative
  expressions and explicit dates without a year get ``date=None``;
* weekdays ("السبت", "يوم السبت الماضي"): the most recent such day on or
  before the reference; with "الماضي"/"الفائت" and the reference's own weekday,
  a week earlier; with "المقبل"/"القادم", the next one after it;
* "اليوم" 0, "أمس"/"البارحة"/"الليلة الماضية" −1, "أمس الأول"/"أول أمس"/"أول من أمس"
  −2, with or without a time of day ("فجر اليوم", "مساء أمس", "ليلة أمس");
* spans: "خلال الـ48 ساعة", "خلال الساعات الـ24 الماضية", "خلال اليومين
  الماضيين" → reference −1, precision 2; "خلال الأيام الماضية" −3, 2;
  "الأسبوع الماضي" −7, 2 (the middle of the week before); "خلال الأسبوع
  الماضي" −4, 2;
* months: a month without a day is its 15th (ACLED's mid-month convention),
  precision 3, never after the reference when the year is inferred; a month
  name alone ("ثورة آذار", "مارس" the verb) is not a date: it needs a day, a
  year, "شهر", "في/خلال/منذ/حتى", or "الماضي/الجاري/المقبل"; "مطلع/أوائل/بداية" the 1st,
  "منتصف" the 15th, "أواخر/نهاية" the last day, precision 2; "الشهر الماضي"
  the 15th of the previous month, 3;
* a day and month without a year: the most recent such date on or before the
  reference ("الماضي" after a month named like the reference's own: a year
  back); numeric dates are day/month/year unless the year comes first;
* "منذ"/"قبل" + amount: `resolve_ago`; precision from its smallest unit
  (days and hours 1, weeks 2, months and years 3); "منذ أيام" is 3 days, 2.
  "منذ عام 2011" ("since 2011") and "منذ سنوات" (how long, not when) are not
  dates;
* a weekday followed by its date ("يوم الاثنين 6-5-2019", "الجمعة 14 آذار")
  is one mention, dated by the date.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

from marsad.document import DateMention, Document
from marsad.latin_dates import MONTH_WORDS, latin_dates
from marsad.lexmatch import WordSpotter
from marsad.normalize import Normalized, fold
from marsad.numbers import _lexicon
from marsad.options import Options


def _read_calendar() -> list[tuple[str, str, str]]:
    text = resources.files("marsad.lexicon").joinpath("calendar.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            word, kind, value = line.split("\t")
            rows.append((fold(word), kind, value))
    return rows


def _alternation(words: list[str]) -> str:
    # longest first: "تشرين الاول" before a shorter name; any white space between words
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, int], dict[str, int], dict[str, tuple[str, int]]]:
    """Months, weekdays, duration units, from calendar.tsv."""
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    units: dict[str, tuple[str, int]] = {}
    for word, kind, value in _read_calendar():
        if kind == "month":
            months[word] = int(value)
        elif kind == "weekday":
            weekdays[word] = int(value)
        elif kind == "duration":
            unit, _, dual = value.partition(":")
            units[word] = (unit, 2 if dual else 1)
    return months, weekdays, units


@lru_cache(maxsize=1)
def _ordinals() -> dict[str, int]:
    return {w: int(v) for w, kind, v in _read_calendar() if kind == "ordinal"}


_PLURAL_UNITS = frozenset(
    fold(w)
    for w in ("ثوان", "ثواني", "دقائق", "ساعات", "أيام", "أسابيع", "أشهر", "شهور", "سنوات", "سنين", "أعوام")
)


def _number_words() -> str:
    words = [w for w, e in _lexicon().words.items() if e.kind in ("unit", "ten") and not e.clitic]
    return _alternation(words)


def _shift_months(d: date, months: int) -> date:
    y, m = divmod(d.year * 12 + d.month - 1 - months, 12)
    m += 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


_AGO_WORD_RE = re.compile(r"\d+|[^\W\d_]+")


def _ago(folded: str, reference: date | None) -> tuple[date | None, int] | None:
    """(date, precision) for "منذ 3 سنوات 4 أشهر" in matching form; None when there is no amount
    of time. (The recogniser's text is in that form already: folding it again was most of the
    cost of reading such an expression.)"""
    units = _tables()[2]
    values = _lexicon().values  # `word_value`, looked up here without a call per word
    years = months = days = seconds = 0
    smallest = 9
    found = vague = False
    pending: int | None = None
    for w in _AGO_WORD_RE.findall(folded):
        rest = w[1:]
        bare = rest if w.startswith("و") and (rest in units or rest.isdigit() or rest in values) else w
        value = int(bare) if bare.isdigit() else values.get(bare)
        if value is not None:
            pending = value if pending is None or bare is w else pending + value  # "خمسة وعشرين"
            continue
        if bare.startswith("ال") and bare[2:] in units:
            bare = bare[2:]  # "منذ قرابة الأسبوع"
        if bare not in units:
            continue
        unit, implied = units[bare]
        if pending is None and bare in _PLURAL_UNITS:
            implied = 3  # "منذ أيام": a few, ACLED's 3
            vague = True
        n = pending if pending is not None else implied
        pending = None
        found = True
        if unit == "year":
            years += n
        elif unit == "month":
            months += n
        elif unit == "week":
            days += 7 * n
        elif unit == "day":
            days += n
        else:
            seconds += n * {"hour": 3600, "minute": 60}.get(unit, 1)
        smallest = min(smallest, {"year": 3, "month": 3, "week": 2}.get(unit, 1))
    if not found:
        return None
    if vague:
        smallest = max(smallest, 2)
    if reference is None:
        return None, smallest
    try:
        d = _shift_months(reference, 12 * years + months)
        return d - timedelta(days=days + seconds // 86400), smallest
    except (ValueError, OverflowError):
        return None, smallest


def _vague_ago(folded: str) -> bool:
    """True for "منذ سنوات", "منذ أشهر": a plural unit and no amount at all."""
    words = folded.split()
    return len(words) == 2 and words[1] in _PLURAL_UNITS


def resolve_ago(text: str, reference: date) -> date | None:
    """Resolve "منذ 3 سنوات 4 أشهر", "منذ يومين", "منذ ساعة", "قبل أسبوع" against `reference`.

    Returns None when no amount of time is found. Hours and smaller units
    count in whole days only (the reference is a date, not a time); a plural
    without a number ("منذ أيام") counts as 3.
    """
    found = _ago(fold(text), reference)
    return None if found is None else found[0]


_TOD = r"(?:(?:منتصف\s+)?(?:فجر|صباح|ظهر|ظهيره|عصر|مساء|ليله|ليل|عشيه|صبيحه)\s+)?(?:يوم\s+)?"
_PAST = r"(?:الماضي|الفايت|المنصرم|السابق)"
_NEXT = r"(?:المقبل|القادم)"
_EDGE = r"(?P<{}>مطلع|اوايل|بدايه|منتصف|اواسط|اواخر|نهايه|اخر)"
_YEAR = r"(?:\s+(?:من\s+)?(?:عام|العام|سنه)?\s*(?P<{}>(?:19|20)\d\d)(?!\d))"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    months, weekdays, units = _tables()
    month = _alternation(list(months))
    weekday = _alternation(list(weekdays))
    unit = _alternation(list(units))
    num = rf"(?:\d+|(?:{_number_words()})(?:\s+و(?:{_number_words()}))?)"
    ordinal = _alternation(list(_ordinals()))
    # "آذار/مارس", "آذار - مارس", "آذار (مارس)"
    double = rf"(?:\s*[/\-]\s*(?:{month})|\s*\(\s*(?:{month})\s*\))?"
    parts = [
        # numeric dates: 2021/03/14, 14-3-2021, 14.3.2021
        rf"(?P<num>(?:(?:يوم\s+)?(?:{weekday})\s+(?:الموافق\s+)?)?(?P<numdate>(?<!\d)"
        r"(?:\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}|\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d\d))(?![\d/.\-]\d)))",
        # "الجمعة 14 آذار/مارس 2021", "في الـ14 من شهر آذار الماضي"
        rf"(?P<dm>(?:(?:يوم\s+)?(?:{weekday})\s+(?:الموافق\s+)?)?(?:يوم\s+)?"
        rf"(?:(?:ال)?(?P<day>\d{{1,2}})\s*(?:من\s+)?|(?P<oday>{ordinal})\s+من\s+)"
        rf"(?:شهر\s+)?(?P<month>{month}){double}"
        rf"(?:{_YEAR.format('year')}|\s+(?P<dmpast>{_PAST}))?)(?!\w)",
        # "آذار 2021", "شهر آذار الماضي", "مطلع آذار", "في آذار"
        rf"(?P<my>(?:{_EDGE.format('edge')}\s+(?:شهر\s+)?|(?P<shahr>شهر)\s+|(?P<ctx>في|خلال|منذ|حتي)\s+)?"
        rf"(?P<mmonth>{month}){double}"
        rf"(?:{_YEAR.format('myear')}|\s+(?P<mrel>{_PAST}|{_NEXT}|الجاري|الحالي))?)(?!\w)",
        # "خلال الـ48 ساعة", "خلال الساعات الـ24 الماضية", "خلال اليومين الماضيين"
        rf"(?P<span>(?:خلال|في|طيله)\s+(?:ال)?(?:(?:\d+|{_number_words()})\s+(?:ساعه|ساعات|يوما|ايام)(?:\s+{_PAST}ه?)?"
        rf"|الساعات\s+(?:ال)?(?:\d+\s+)?(?:الماضيه|الاخيره|المنصرمه|الفايته)"
        r"|اليومين\s+(?:الماضيين|الاخيرين|المنصرمين)"
        r"|الايام\s+(?:القليله\s+)?(?:الماضيه|الاخيره|المنصرمه|الفايته)"
        rf"|الاسبوع\s+(?:{_PAST}|الاخير)))(?!\w)",
        # "الشهر الأول من العام الجاري", "الشهر الثالث من عام 2021"
        rf"(?P<om>الشهر\s+(?P<omonth>{ordinal})\s+من\s+(?:(?:العام|السنه)\s+(?P<oyrel>{_PAST}ه?|الجاري|الحالي)"
        r"|(?:عام\s+|العام\s+)?(?P<oyear>(?:19|20)\d\d)))(?!\w)",
        # "الأسبوع الماضي", "الشهر الماضي", "مطلع الشهر الجاري"
        rf"(?P<period>(?:{_EDGE.format('pedge')}\s+)?(?P<pword>الاسبوع|الشهر)\s+(?P<prel>{_PAST}|الجاري|الحالي))(?!\w)",
        # "منذ 3 سنوات 4 أشهر", "قبل يومين"
        rf"(?P<ago>(?:منذ|قبل)\s+(?:(?:(?:حوالي|نحو|قرابه)\s+(?:ال)?)?(?:{num}\s+)?(?:{unit}))"
        rf"(?:\s+و?\s*(?:{num}\s+)?(?:{unit}))*)(?!\w)(?!\s+(?:\d{{4}}|الصباح|الفجر|الليل|المساء|الظهر))",
        # the night between two days: "ليل الخميس الجمعة", "بعد منتصف ليل الجمعة - السبت",
        # "ليلة السبت على الأحد" (before "wd", which would read only the first day)
        rf"(?P<night>(?:(?:(?P<nafter>بعد)\s+)?منتصف\s+)?(?:ليل|ليله)\s+(?:يوم\s+)?(?P<nday1>{weekday})"
        rf"(?:\s*[-–—/]\s*|\s+(?:علي|الي|حتي)\s+|\s+)(?P<nday2>{weekday})"
        rf"(?:\s+(?:(?P<npast>{_PAST})|(?P<nnext>{_NEXT})))?)(?!\w)",
        # "السبت", "يوم السبت الماضي", "فجر الجمعة"
        rf"(?P<wd>{_TOD}(?P<wday>{weekday})(?:\s+(?:(?P<wpast>{_PAST})|(?P<wnext>{_NEXT})))?)(?!\w)",
        # "اليوم", "أمس", "أمس الأول", "أول من أمس", "فجر اليوم", "ليلة أمس", "بالأمس"
        rf"(?P<rel>{_TOD}(?:(?P<r2>امس\s+الاول|اول\s+(?:من\s+)?امس)|(?P<r1>امس|الامس|البارحه|الليله\s+{_PAST}ه)"
        r"|(?P<r0>اليوم(?!\s+(?:التالي|السابق|الاول|الثاني|الثالث|الاخير|نفسه|ذاته|العالمي|الوطني|الدولي))"
        r"|الليله)))(?!\w)",
    ]
    return re.compile(r"(?<!\w)(?P<cl>[وف]?[بل]?)(?=\w)(?:" + "|".join(parts) + ")")


def _month_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _year_for(month: int, day: int, reference: date, past: bool) -> int:
    """The year of the most recent (month, day) on or before `reference`."""
    year = reference.year
    if (month, day) > (reference.month, reference.day) or (past and month == reference.month):
        year -= 1
    return year


def _edge_day(edge: str | None, year: int, month: int) -> tuple[int, int]:
    """(day, precision) for "مطلع/منتصف/أواخر" a month; no edge: the 15th, precision 3."""
    if edge is None:
        return 15, 3
    if edge in ("مطلع", "اوايل", "بدايه"):
        return 1, 2
    if edge in ("منتصف", "اواسط"):
        return 15, 2
    return calendar.monthrange(year, month)[1], 2


def _numeric(text: str) -> date | None:
    """Day/month/year, or year/month/day when the year comes first; month/day/year when only that
    reading is a date. (dateparser reads these too, but 100 times slower, and fails on every
    other form here: Levantine months, "أمس الأول", "منذ 3 سنوات", "خلال الـ48 ساعة".)"""
    parts = re.split(r"[/.\-]", text)
    if len(parts[0]) == 4:
        y, m, d = (int(p) for p in parts)
    else:
        d, m, y = (int(p) for p in parts)
        y += 2000 if y < 100 else 0
    return _month_day(y, m, d) or _month_day(y, d, m)


# Digits matter to dates only in this shape or next to a trigger word ("14 آذار", "منذ 3 أيام").
# "[0-9]" rather than "\d+" or a look-behind: re then skips ahead fast; the
# start of the digit run is found afterwards. (Digits are ASCII once normalised.)
_NUMERIC_DATE_RE = re.compile(r"[0-9][/.\-][0-9]")


def _word_before(text: str, lo: int, pos: int) -> int | None:
    """Start of the word that ends right before `pos` with only white space between, or None.

    Punctuation in between (a comma, a quote) ends a date expression.
    """
    j = pos
    while j > lo and text[j - 1].isspace():
        j -= 1
    if j == pos:
        return None
    i = j
    while i > lo and (text[i - 1].isalnum() or text[i - 1] == "_"):
        i -= 1
    if i == j or (i == lo and lo > 0 and text[lo - 1].isalnum()):
        return None
    return i


_CLITICS = frozenset({"", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"})


@lru_cache(maxsize=1)
def _triggers() -> tuple[WordSpotter, frozenset[str]]:
    """The words a date expression must contain (one per expression), and the words that
    may come before that one inside the expression ("فجر اليوم", "14 آذار", "مطلع
    الشهر", "الحادي والعشرين من آذار")."""
    months, weekdays, _units = _tables()
    words = {m.split()[0] for m in months} | set(weekdays)
    words |= {"امس", "الامس", "البارحه", "اليوم", "الليله", "منذ", "قبل", "خلال", "طيله"}
    words |= {"الاسبوع", "الشهر", "الساعات", "اليومين", "الايام"}
    entries = dict.fromkeys(words, _CLITICS)
    entries.update(dict.fromkeys(MONTH_WORDS, frozenset({""})))  # for `latin_dates`, not the pattern
    # After ل the article's alef drops: "لليوم" = ل + اليوم. The key is the word with its ل
    # ("لليوم", with what may come before that ل), not "ليوم": "ليوم" would hit inside every
    # "اليوم", a raw hit to reject in Python each time (as `lexmatch.PhraseMatcher` does).
    lam_forms = {"ل" + w[1:] for w in words if w.startswith("ال")}
    assert not lam_forms & entries.keys(), "a lam form that is a trigger word itself"
    entries.update(dict.fromkeys(lam_forms, frozenset({"", "و", "ف"})))
    lead = set(months) | set(weekdays) | {"يوم", "الموافق", "من", "شهر", "في", "خلال", "طيله", "حتي", "اول"}
    lead |= set(re.findall(r"\w+", _TOD + _EDGE)) | {"بعد"}  # "بعد منتصف ليل الجمعة - السبت"
    for ordinal in _ordinals():
        lead |= set(ordinal.split())
    return WordSpotter(entries), frozenset(c + w for w in lead for c in _CLITICS)


def find_dates(text: str, reference: date | None) -> list[tuple[int, int, date | None, int]]:
    """(start, end, date, precision) of each date expression in matching-form `text`."""
    months, weekdays, _units = _tables()
    pattern = _pattern()
    spotter, lead = _triggers()
    found: list[tuple[int, int, date | None, int]] = []
    done = 0
    # The pattern is tried only at a trigger word and at the lead-in words just before it:
    # scanning the whole report with it would cost ten times more.
    latin = False
    for s, _e in spotter.spots(text, _NUMERIC_DATE_RE):
        if text[s].isascii() and text[s].isalpha():
            latin = True  # a Latin month name: read below, never by the pattern
            continue
        while s > done and text[s - 1].isdigit():
            s -= 1
        if s < done:
            continue
        starts = [s]
        while True:
            before = _word_before(text, max(done, starts[-1] - 30), starts[-1])
            if before is None:
                break
            word = text[before : starts[-1]].rstrip()
            if not (word in lead or word.isdigit() or word[2:].isdigit()):
                break
            starts.append(before)
        for start in reversed(starts):
            match = pattern.match(text, start)
            if match is None:
                continue
            result = _resolve(match, reference, months, weekdays)
            if result is not None:
                found.append((start + len(match.group("cl")), match.end(), result[0], result[1]))
                done = match.end()
                break
    if latin:
        found = latin_dates(text, reference, found)
    return found


def _resolve(
    m: re.Match[str],
    ref: date | None,
    months: dict[str, int],
    weekdays: dict[str, int],
) -> tuple[date | None, int] | None:
    g = m.group
    # Which alternative matched: each is one named group around the whole of it (closed
    # last, so it is `lastgroup`), never empty. One look-up instead of a test per group.
    kind = m.lastgroup
    if kind == "num":
        return _numeric(g("numdate")), 1
    if kind == "dm":
        month = months[" ".join(g("month").split())]
        day = int(g("day")) if g("day") else _ordinals()[" ".join(g("oday").split())]
        if not 1 <= day <= 31:
            return None
        if g("year"):
            return _month_day(int(g("year")), month, day), 1
        if ref is None:
            return None, 1
        return _month_day(_year_for(month, day, ref, bool(g("dmpast"))), month, day), 1
    if kind == "my":
        name = " ".join(g("mmonth").split())
        month = months[name]
        support = g("edge") or g("shahr") or g("myear") or "/" in g("my") or "(" in g("my")
        if not support and not (g("mrel") or g("ctx")):
            # "آذار" alone: "ثورة آذار" is a name, "مارس" a verb, "آب" a father
            return None
        if g("myear"):
            year = int(g("myear"))
        elif ref is None:
            return None, 3
        else:
            rel = g("mrel") or ""
            year = ref.year
            if rel in ("المقبل", "القادم"):
                year += 1 if month <= ref.month else 0
            elif rel not in ("الجاري", "الحالي") and (month > ref.month or (rel and month == ref.month)):
                year -= 1
        day, precision = _edge_day(g("edge"), year, month)
        d = date(year, month, day)
        # the mid-month default never lands after the report ("شهر آذار الجاري" on 3 March)
        past = precision == 3 and not g("myear") and g("mrel") not in ("المقبل", "القادم")
        return (min(d, ref) if past and ref is not None else d), precision
    if kind == "om":
        month = _ordinals()[" ".join(g("omonth").split())]
        if month > 12:
            return None
        if g("oyear"):
            return date(int(g("oyear")), month, 15), 3
        if ref is None:
            return None, 3
        year = ref.year if g("oyrel") in ("الجاري", "الحالي") else ref.year - 1
        return min(date(year, month, 15), ref), 3
    if kind == "ago":
        found = _ago(g("ago"), ref)
        if found is None or (found[1] == 3 and _vague_ago(g("ago"))):
            return None  # "منذ سنوات": how long, not when
        return found
    if ref is None:
        return None, 1 if kind in ("rel", "wd", "night") else 3 if g("pword") == "الشهر" else 2
    if kind == "span":
        span = g("span")
        if "الايام" in span or "ايام" in span.split() or "يوما" in span:
            return ref - timedelta(days=3), 2
        if "الاسبوع" in span:
            return ref - timedelta(days=4), 2
        return ref - timedelta(days=1), 2
    if kind == "period":
        current = g("prel") in ("الجاري", "الحالي")
        if g("pword") == "الاسبوع":
            return ref - timedelta(days=2 if current else 7), 2
        previous = _shift_months(ref.replace(day=1), 1)
        year, month = (ref.year, ref.month) if current else (previous.year, previous.month)
        day, precision = _edge_day(g("pedge"), year, month)
        return min(date(year, month, day), ref), precision
    if kind == "wd":
        return _weekday(weekdays[g("wday")], ref, bool(g("wpast")), bool(g("wnext"))), 1
    if kind == "night":
        first, second = weekdays[g("nday1")], weekdays[g("nday2")]
        if (second - first) % 7 != 1:  # not a night between two days: the first one
            return _weekday(first, ref, bool(g("npast")), bool(g("nnext"))), 1
        # "بعد منتصف" (after midnight) is the second day, resolved like that day (so the night
        # is over by the report's date); else the night is the first day's (ACLED), resolved like
        # "ليل الجمعة" alone, which may be the report's own day.
        if g("nafter"):
            return _weekday(second, ref, bool(g("npast")), bool(g("nnext"))), 1
        return _weekday(first, ref, bool(g("npast")), bool(g("nnext"))), 1
    if kind == "rel":
        back = 2 if g("r2") else 1 if g("r1") else 0
        return ref - timedelta(days=back), 1
    return None


def _weekday(wd: int, ref: date, past: bool, upcoming: bool) -> date:
    """The most recent weekday `wd` on or before `ref`; with "الماضي" and `ref`'s own weekday,
    a week earlier; with "المقبل", the next one after `ref`."""
    if upcoming:
        return ref + timedelta(days=(wd - ref.weekday()) % 7 or 7)
    back = (ref.weekday() - wd) % 7
    if back == 0 and past:
        back = 7
    return ref - timedelta(days=back)


def resolve_date_expression(text: str, reference: date | None) -> tuple[date | None, int]:
    """(date, ACLED time precision) of the first date expression in `text`; (None, 0) if none."""
    for _start, _end, d, precision in find_dates(fold(text), reference):
        return d, precision
    return None, 0


class DateRecognizer:
    """Finds date expressions and resolves them against the publication date."""

    def __init__(self) -> None:
        _pattern()

    def recognize(self, doc: Document, norm: Normalized, options: Options) -> list[DateMention]:
        reference = doc.published or options.published
        mentions = []
        for start, end, d, precision in find_dates(norm.text, reference):
            a, b = norm.to_original(start, end)
            mentions.append(DateMention("date", a, b, doc.text[a:b], date=d, time_precision=precision))
        return mentions
