"""Actor2 when the report names no side for it, but the words for what was hit do.

* "اعتقلت X ثلاثة أشخاص", "اعتقل خلالها ثلاثة ناشطين": people held who belong to no named
  armed side are civilians, as ACLED codes them.
* "غارات إسرائيلية على مواقع عسكرية قرب دمشق": Israel's strikes in Syria on military sites whose
  owner is not named hit the Syrian state's forces (the Assad army before 2024-12-08, the
  transitional government's after, as the actor lexicon's validity dates say).
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from marsad.actors import load_records
from marsad.document import Actor
from marsad.event_cues import CueHit
from marsad.frames import DocText, Frame, folded_regex

DETAINED = frozenset({"arrest", "abduction"})
_PERSONS_AFTER = 35  # characters after the arrest verb within which its object is named
_ACTIVISTS = folded_regex(r"^\W*(?:\w+\s+){0,2}(?:ال)?ناشط")
_STATE_HIT_BY = frozenset({"israel"})
# military sites, depots, air defences: the state's when nobody else is named as their owner
_MILITARY_SITE = folded_regex(
    r"(?:مواقع|مقرات|نقاط|اهداف|ثكن\w*|مستودع\w*|قاعد\w*|مطار\w*)\s+(?:عسكري\w*|للجيش|الجيش|للذخير\w*|اسلح\w*"
    r"|للاسلح\w*|ذخير\w*|للدفاع الجوي|الدفاع الجوي)"
)
_SITE_AFTER = 90  # characters after the strike word within which the site is named
_OLD_STATE, _NEW_STATE = "syria-regime", "syria-government-2024"


def people_held(dt: DocText, frame: Frame, trigger: CueHit) -> bool:
    """Does the arrest verb's object name people who are not fighters ("ثلاثة أشخاص")?"""
    for h in frame.of("victim"):
        if 0 <= h.start - trigger.end <= _PERSONS_AFTER:
            # a verb of losing ("تعرض", "خسر") is no noun for the people held
            return not (h.cue.has("combatant") or h.cue.has("before") or h.cue.has("after"))
    return _ACTIVISTS.search(dt.folded(trigger.end, min(frame.end, trigger.end + _PERSONS_AFTER))) is not None


def struck_state(dt: DocText, frame: Frame, trigger: CueHit, a1: Actor) -> Actor | None:
    """The Syrian state's forces, when Israel's strike hits military sites nobody is said to own."""
    if a1.id not in _STATE_HIT_BY and not any(p in _STATE_HIT_BY for p in a1.parents):
        return None
    if _MILITARY_SITE.search(dt.folded(trigger.start, min(frame.end, trigger.end + _SITE_AFTER))) is None:
        return None
    return _state_on(dt.doc.published)


def _state_on(day: date | None) -> Actor:
    """The state's forces on the report's day; an undated report is most likely a recent one."""
    old, new, end = _states()
    return old if day is not None and end is not None and day < end else new


@lru_cache(maxsize=1)
def _states() -> tuple[Actor, Actor, date | None]:
    records = load_records()
    return records[_OLD_STATE].actor, records[_NEW_STATE].actor, records[_OLD_STATE].valid_to
