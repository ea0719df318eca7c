"""What a long article tells that is not this report's news: recollections and events abroad.

A full article wraps its incidents in background: earlier incidents recalled with their dates
("وكانت معرة النعمان قد شهدت في 22 تموز الماضي ..."), history in the pluperfect ("كان التنظيم
قد سيطر عليها"), and a line on the neighbours ("وفي العراق، أعلنت السلطات ..."). ACLED codes
an incident from the report that tells it as news, so these tellings yield no event:

* recollection by date: every date the frame (else its sentence) gives lies more than
  `RECENT_DAYS` before the report's date, counting a month or a span to its last day. An
  incident a few days old that the report recalls is still news (and merges with its own
  telling, if any).
* recollection by tense: "كان/كانت ... قد + past verb" before the event word, and no recent date
  read from the text.
* background carried: an earlier clause of the sentence set a span or a trend, and the clause
  gives no time of its own.
* tallies: "نحو 9 عمليات خطف", "وثق المرصد 60 هجوماً": a count of incidents, not one.
* abroad: the frame places itself in another country ("وفي لبنان،", "في صحراء الأنبار") and names
  no Syrian place of its own.

Dropping them (rather than flagging them) is deliberate: a recalled incident was coded, if at
all, from the report that told it when it happened.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from marsad.document import DateMention, NumberMention, PlaceMention
from marsad.event_cues import CueHit
from marsad.event_links import recalled_days
from marsad.frames import DocText, Frame, folded_regex

RECENT_DAYS = 7  # the longform gold's window: older incidents recalled in a report are background
_SPAN_DAYS = 7  # a "week or span" date (precision 2) may reach this far past its given day
# "وكانت قوات النظام قد سيطرت", "كان التنظيم التكفيري قد سيطر عليها": the pluperfect of a
# recollection (up to eight words between the auxiliary and "قد")
_PLUPERFECT = folded_regex(r"(?<!\w)[وف]?(?:كان|كانت|كانوا|كانا|كانتا)\s+(?:\S+\s+){0,8}?قد\s+\S+")
# "في لبنان", "وفي جنوب لبنان", "بضربة في صحراء الأنبار", "قرب القائم", "بلبنان": a foreign
# place as the location (not "نحو لبنان", "الحدود مع العراق")
_LOCATIVE = folded_regex(r"(?:(?<!\w)[وف]?(?:في|داخل|قرب)\s+(?:\S+\s+){0,2}|(?<!\w)و?ب)$")
_OPENING = 25  # a foreign place this close to a sentence's start sets the whole sentence abroad


def latest_day(d: date, precision: int) -> date:
    """The last day a date of this precision may stand for: a month runs to its end."""
    if precision >= 3:
        return d.replace(day=calendar.monthrange(d.year, d.month)[1])
    if precision == 2:
        return d + timedelta(days=_SPAN_DAYS)
    return d


def _old(m: DateMention, published: date) -> bool:
    assert m.date is not None
    return latest_day(m.date, m.time_precision) < published - timedelta(days=RECENT_DAYS)


def _dates(dt: DocText, frame: Frame) -> list[DateMention]:
    for a, b in ((frame.start, frame.end), (frame.sentence.start, frame.sentence.end)):
        found = [m for m in dt.mentions_in(a, b, "date") if isinstance(m, DateMention) and m.date]
        if found:
            return found
    return []


def recalled_by_date(dt: DocText, frame: Frame) -> bool:
    """Every date of the frame (else of its sentence) is well before the report's date."""
    published = dt.doc.published
    if published is None:
        return False
    found = _dates(dt, frame)
    return bool(found) and all(_old(m, published) for m in found)


def _recent_date(dt: DocText, frame: Frame) -> bool:
    published = dt.doc.published
    return published is not None and any(not _old(m, published) for m in _dates(dt, frame))


def dated_this_week(dt: DocText, frame: Frame) -> bool:
    """Does the frame itself give a date within the week before the report?"""
    published = dt.doc.published
    return published is not None and any(
        not _old(m, published)
        for m in dt.mentions_in(frame.start, frame.end, "date")
        if isinstance(m, DateMention) and m.date
    )


def _pluperfects(dt: DocText) -> list[int]:
    """Where the report's pluperfects start (original offsets), found once per report."""
    found = dt.pluperfects
    if found is None:
        norm = dt.norm
        text = norm.text
        # most reports have none: two substring tests spare the scan
        found = dt.pluperfects = [] if "كان" not in text or "قد" not in text else [
            norm.to_original(m.start(), m.end())[0] for m in _pluperfect_matches(text)
        ]
    return found


def _pluperfect_matches(text: str) -> list[re.Match[str]]:
    """What `_PLUPERFECT.finditer(text)` finds, tried only where "كان" occurs (a match starts
    there, or one letter before at "و"/"ف"): the regex alone tries every position of the report."""
    out: list[re.Match[str]] = []
    pos = 0
    while (i := text.find("كان", pos)) >= 0:
        m = _PLUPERFECT.match(text, i - 1) if i > pos and text[i - 1] in "وف" else None
        if m is None:
            m = _PLUPERFECT.match(text, i)  # (its look-behind still sees the letter before i)
        if m is None:
            pos = i + 1
        else:
            out.append(m)
            pos = m.end()
    return out


def recalled_by_tense(dt: DocText, frame: Frame, anchor: int) -> bool:
    """A pluperfect ("وكانت X قد استهدفت") in the sentence before the event word, and no date
    within the last week: the report recalls an earlier incident."""
    found = _pluperfects(dt)
    if not found:
        return False
    s = frame.sentence
    end = max(anchor, frame.start)
    if not any(s.start <= p <= end for p in found):
        return False
    return not _recent_date(dt, frame)


def _locative(dt: DocText, h: CueHit) -> bool:
    return _LOCATIVE.search(dt.folded(max(0, h.start - 24), h.start)) is not None


def abroad(dt: DocText, frame: Frame) -> bool:
    """The frame tells of an incident in another country: a foreign place as its location (in
    the frame, or opening its sentence) and no Syrian place of its own."""
    if not dt.foreign:
        return False  # most reports name no foreign place
    s = frame.sentence
    foreign = [h for h in dt.foreign if s.start <= h.start < s.end]
    if not foreign:
        return False
    located = any(
        _locative(dt, h) and (frame.start <= h.start < frame.end or h.start - s.start <= _OPENING)
        for h in foreign
    )
    if not located:
        return False
    # (places inside a foreign name, "بنان" in "لبنان", were dropped by DocText)
    return not any(
        isinstance(m, PlaceMention) and m.place is not None
        for m in dt.mentions_in(frame.start, frame.end, "place")
    )


def not_news(dt: DocText, frame: Frame, anchor: int) -> bool:
    """A recollection (by date or tense) or an incident abroad."""
    return (
        (dt.doc.published is not None and recalled_by_date(dt, frame))
        or recalled_by_tense(dt, frame, anchor)
        or (bool(dt.foreign) and abroad(dt, frame))
    )


def carried_background(dt: DocText, frame: Frame, background: set[int]) -> bool:
    """An earlier clause of the sentence set a span or a trend ("ووثق المرصد منذ مطلع العام مقتل
    236 عنصراً ..., كما قتل 17 مدنياً ..."): a later clause without a time of its own goes on
    telling it."""
    s = frame.sentence
    if s.start not in background or frame.start <= s.start or recalled_days(frame) is not None:
        return False
    return not dt.mentions_in(frame.start, frame.end, "date")


# between a number and the trigger it counts: nothing, or "عمليات/حالات/حوادث" ("9 عمليات خطف")
_TALLY_GAP = folded_regex(r"^\s*(?:(?:عمليات|حالات|حوادث|عملية|حالة|حادثة|جرائم|جريمة)\s+)?$")
# kinds whose incidents a number before the word counts ("5 هجمات"); strikes and shells come in
# numbers within one incident ("شن الطيران 4 غارات على X")
TALLIED = frozenset(
    {"armed_clash", "explosion", "suicide_bombing", "attack_on_civilians", "abduction", "arrest"}
)


def _aggregate(dt: DocText, trigger: CueHit, documented: bool = False) -> bool:
    """"نحو 9 عمليات خطف", "خمس هجمات", "عدة انفجارات": a tally, not one incident.
    (Strikes and shells come in numbers within one incident, "شن الطيران 4 غارات على X", and
    so do new posts, "18 نقطة جديدة".) Where a monitor documents them ("وثق ... 60 هجوماً
    بالمدفعية والمسيرات"), any broad attack word counted so is a tally, whatever the weapon."""
    if trigger.kind not in TALLIED and not (documented and trigger.cue.has("generic")):
        return False
    numbers = dt.mentions_in(max(0, trigger.start - 30), trigger.start, "number")
    if not numbers:
        return False  # most triggers: no number before them
    victims = [h for h in dt.hits_in(max(0, trigger.start - 30), trigger.start) if h.cls == "victim"]
    return any(
        isinstance(n, NumberMention)
        and n.value >= 2
        and _TALLY_GAP.match(dt.folded(n.end, trigger.start)) is not None
        # "عنصران برصاص": the number is a head count of people, not of attacks
        and not any(n.start <= v.start and v.end <= n.end for v in victims)
        for n in numbers
    )


def tally(dt: DocText, frame: Frame, trigger: CueHit, mods: set[str]) -> bool:
    if "tally" not in mods:
        kind = trigger.kind
        return kind in TALLIED and any(_aggregate(dt, t) for t in frame.triggers if t.kind == kind)
    return any(_aggregate(dt, t, True) for t in frame.triggers)
