"""Links between the tellings of one report, made after every frame was read.

* A claim told in a sentence of its own ("وتبنى التنظيم التفجيرين في بيان") names the
  attacker of the attacks told just before it that named none.
* A time told relative to the previous incident ("وبعد نحو ربع ساعة، فجر انتحاري آخر ...")
  dates the incident by the one before it.
* An incident recalled as the occasion of another ("وتأتي الحملة بعد يوم من هجوم ...") is
  dated that many days before the report.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from marsad.document import Actor
from marsad.event_cues import VIOLENT
from marsad.frames import DocText, Frame, folded_regex
from marsad.roles import label_actors

if TYPE_CHECKING:
    from marsad.event_rules import Candidate

_CLAIM_REACH_BLOCKS = 2  # a claim speaks of the attacks of its paragraph and the one or two before
# "وبعد نحو ربع ساعة", "بعد دقائق", "عقب ساعتين": the previous incident's day
_SOON_AFTER = folded_regex(
    r"^\W*و?(?:بعد|عقب)\s+(?:نحو|قرابه|حوالي)?\s*(?:ربع|نصف)?\s*"
    r"(?:ساعه|ساعتين|ساعات|دقائق|دقيقه|دقيقتين|لحظات|\d+\s*دقيق)"
)
_SOON_REACH = 30


@dataclass(frozen=True)
class Claim:
    start: int
    block: int
    actor: Actor


def claim_in(dt: DocText, frame: Frame) -> Claim | None:
    """A frame that claims attacks ("تبنى X ...") with a named claimant."""
    if not any(h.cls == "mod" and h.kind == "claim" for h in frame.hits):
        return None
    agent = next((x.actor for x in label_actors(dt, frame) if x.label == "agent"), None)
    return None if agent is None else Claim(frame.start, frame.sentence.block, agent)


def apply_claims(cands: list[Candidate], claims: list[Claim]) -> None:
    for claim in claims:
        for c in cands:
            ev = c.event
            if (
                ev.evidence_start < claim.start
                and 0 <= claim.block - ev.block <= _CLAIM_REACH_BLOCKS
                and ev.kind in VIOLENT
                and (ev.actor1 is None or ev.actor1.id == "unidentified")
                and (ev.actor2 is None or ev.actor2.id != claim.actor.id)
            ):
                ev.actor1, ev.claim = claim.actor, True


def soon_after(dt: DocText, frame: Frame) -> bool:
    s = frame.sentence
    return _SOON_AFTER.match(dt.folded(s.start, min(s.end, s.start + _SOON_REACH))) is not None


def date_after_previous(cand: Candidate, previous: Candidate | None) -> None:
    """Date an incident told "a quarter of an hour later" by the previous one."""
    ev = cand.event
    if previous is None or ev.date_from_text or not previous.event.date_from_text:
        return
    p = previous.event
    ev.date, ev.date_precision, ev.date_from_text = p.date, p.date_precision, True


def recalled_days(frame: Frame) -> int | None:
    """"بعد يوم من هجوم": the frame recalls an incident this many days before its sentence's time."""
    first = frame.hits[0] if frame.hits else None
    if first is None or first.cls != "connector" or not first.cue.has("recall"):
        return None
    days = first.cue.flag_value("days")
    return int(days) if days is not None else None


def date_recalled(cand: Candidate, days: int) -> None:
    ev = cand.event
    if not ev.date_from_text and ev.date is not None:
        ev.date = ev.date - timedelta(days=days)
        ev.date_from_text = True
