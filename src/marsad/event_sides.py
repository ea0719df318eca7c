"""The sides of the candidate events, settled across a report's tellings.

* Civilians hit: an attack whose only victims are civilians is an attack on civilians; civilians
  a "no casualties" phrase spares ("لم تسجل إصابات بين المدنيين") are not the side hit.
* Aggressors: who attacks whom in one sentence names the attacker of an unnamed attack on the
  same victim elsewhere; an unnamed attacker stands for the previous incident's.
* Unidentified perpetrators: a bomb, an assassination, a killing or a kidnapping that names no
  attacker is coded "unidentified" only when the report says nobody is known ("مجهولون زرعوا
  العبوة", "عبوة ناسفة مجهولة المصدر", "لم تتبن أي جهة"); otherwise it stays without actor1.
* Persons named: those of the event's own clause, and those of the next sentence or two of its
  paragraph when these refer back to its victims or actor ("والقيادي هو ...", "ويدعى ...",
  "وعرف من القتلى: ...") and tell no incident of their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from marsad.document import Actor, ActorMention, Mention, PersonMention
from marsad.event_cues import VIOLENT, CueHit
from marsad.events import Event
from marsad.frames import DocText, Frame, folded_regex
from marsad.roles import Labelled, actor_by_id, ancestors_of, related

UNIDENTIFIED = "unidentified"
_UNARMED = frozenset({"civilians", "protesters"})
# kinds whose perpetrator often hides: the report's "unknown" speaks of them
_COVERT = frozenset({"explosion", "suicide_bombing", "attack_on_civilians", "abduction"})
_UNKNOWN_REACH_BLOCKS = 2  # like a claim: the incidents of its paragraph and the one or two before
_SPARED = 30  # characters after "لم تسجل"/"دون وقوع" within which the people spared are named
_SPARED_AFTER = 12  # "... منازل المدنيين دون إصابات": in a fight, the people named just before

# The opening of a sentence that refers back to the people of the one before: "والقيادي هو",
# "والقتيل يدعى", "وهو", "ويدعى", "وعرف من القتلى", "والقتلى هم", "وأسماؤهم"
_REFERS_BACK = folded_regex(
    r"^\W*[وف]?(?:(?:ال)?(?:قتيل|قتيله|قتيلان|قتيلين|قتلي|قيادي|ضحيه|ضحيتان|ضحايا|مغدور|مصاب|جريح|مصابون|"
    r"جرحي|معتقل|معتقلون|مختطف|مخطوف|منفذ|مهاجم|عنصر|شاب|شابان)\s+(?:هو|هي|هم|هما|يدعي|تدعي|يدعيان|اسمه)"
    r"|هو|هي|هم|هما|[يت]دعي|[يت]دعيان|يدعون|اسمه|اسمها|اسماوهم|اسماءهم"
    r"|عرف\s+من\s+(?:ال)?(?:قتلي|ضحايا|مصابين|جرحي|معتقلين|مختطفين)|(?:ال)?(?:قتلي|ضحايا)\s*(?:هم|:))(?!\w)"
)
_FOLLOW_UPS = 2  # sentences after the event's that may name its people
_TOLD = frozenset({"trigger", "kill", "wound", "casualty"})


def named_persons(dt: DocText, frame: Frame) -> list[str]:
    """The persons the frame names, then (for the last clause of a sentence) those that the next
    sentences of its paragraph name while referring back to them; see the module docstring."""
    own = dt.mentions_in(frame.start, frame.end, "person")
    out = [m.name or m.text for m in own if isinstance(m, PersonMention)]
    s = frame.sentence
    if dt.doc.text[frame.end : s.end].strip(" \t\n.،,؛;:!؟?\"'”»)"):
        return out  # a clause before another one: the next sentence speaks of the last
    sentences = dt.sentences
    i = sentences.index(s)
    for nxt in sentences[i + 1 : i + 1 + _FOLLOW_UPS]:
        if nxt.block != s.block:
            break
        head = _REFERS_BACK.match(dt.folded(nxt.start, min(nxt.end, nxt.start + 60)))
        if head is None:
            break
        # a casualty word of the opening ("وعرف من القتلى") is allowed; any other tells an incident
        opening_end = nxt.start + head.end() + 8  # (+ a margin for the diacritics folding drops)
        told = dt.hits_in(nxt.start, nxt.end)
        if any(h.cls in _TOLD and (h.cls == "trigger" or h.start >= opening_end) for h in told):
            break
        for m in dt.mentions_in(nxt.start, nxt.end, "person"):
            name = m.name or m.text if isinstance(m, PersonMention) else ""
            if name and name not in out:
                out.append(name)
    return out


@lru_cache(maxsize=1)
def _air_powers() -> frozenset[str]:
    text = resources.files("marsad.lexicon").joinpath("air_powers.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def air_power_strike(trigger: CueHit | None, a1: Actor | None) -> bool:
    """"قصف إسرائيلي على محيط دمشق": a broad strike word, no artillery named, by an air power."""
    if trigger is None or not trigger.cue.has("generic") or a1 is None:
        return False
    return a1.id in _air_powers() or any(p.id in _air_powers() for p in ancestors_of(a1))


def note_aggressors(labelled: list[Labelled], a1: Actor | None, aggressors: dict[str, Actor]) -> None:
    agents = [x.actor for x in labelled if x.label == "agent"] or ([a1] if a1 else [])
    if not agents or agents[0].inter in _UNARMED:
        return  # protesters "ضد قسد" attack nobody
    for t in (x.actor for x in labelled if x.label == "target"):
        # civilians are hit by every side: one attacker of civilians says nothing of another
        if t.inter not in _UNARMED and not related(agents[0], t):
            aggressors.setdefault(t.id, agents[0])


def _spared(frame: Frame, victim: CueHit, mutual: bool) -> bool:
    """Does a "no casualties" phrase govern this victim word? "لم تسجل إصابات بين المدنيين",
    "دون وقوع إصابات في صفوف المدنيين"; in a fight also "... باتجاه منازل المدنيين دون إصابات"."""
    for m in frame.of("mod"):
        if m.kind != "nocasualty":
            continue
        if 0 <= victim.start - m.end <= _SPARED:
            return True
        if mutual and 0 <= m.start - victim.end <= _SPARED_AFTER:
            return True
    return False


def civilian_victims(frame: Frame, trigger: CueHit | None, kind: str, a2: Actor | None,
                     labelled: list[Labelled], a1: Actor | None) -> tuple[str, Actor | None]:
    """Only civilians were hit: actor2 is civilians, and an attack (not a two-sided fight, not a
    strike or a bomb, whose kind stays) is an attack on civilians. Fighters named as the
    attackers (the mentions labelled as actor1: "اختطف عناصر من داعش عدداً من الرعاة") are not
    among those hit, nor civilians that a "no casualties" phrase spares."""
    victims = frame.of("victim")
    if not victims or kind not in VIOLENT or (a2 is not None and a2.inter != "civilians"):
        return kind, a2
    mutual = trigger is not None and trigger.cue.has("mutual")  # in a fight both sides are hit
    if frame.of("mod"):
        victims = [h for h in victims if not _spared(frame, h, mutual)]
        if not victims:
            return kind, a2
    attackers: list[Mention] = [x.mention for x in labelled if x.actor == a1]
    civilian = any(h.cue.has("civilian") for h in victims)
    casualty = [h for h in frame.hits if h.cls in ("kill", "wound", "casualty")]
    combatant = any(
        h.cue.has("combatant")
        and (mutual or any(0 <= h.start - c.end <= 20 for c in casualty)  # "إصابة عنصرين من قسد"
             or not any(0 <= m.start - h.end <= 10 for m in attackers))
        for h in victims
    )
    if not civilian or combatant:
        return kind, a2
    if kind == "armed_clash" and not mutual:
        kind = "attack_on_civilians"
    return kind, a2 or actor_by_id("civilians")


def _continues(prev: Event | None, ev: Event) -> bool:
    """Does `ev` go on telling `prev`'s story (same kind, same or next paragraph)? Only then does
    an unnamed side stand for the side named just before ("كما تعرض مقرها لهجوم")."""
    return prev is not None and prev.kind == ev.kind and 0 <= ev.block - prev.block <= 1


def fill_actors(events: list[Event], aggressors: dict[str, Actor]) -> None:
    """An attack whose attacker the frame does not name: the report's known attacker of that
    victim ("the attacks ISIS launches against the regime ..."), else the previous incident's."""
    prev: Event | None = None
    for ev in events:
        if (ev.actor1 is None and ev.kind == "arrest" and prev is not None
                and prev.kind == "military_operation" and 0 <= ev.block - prev.block <= 1):
            ev.actor1 = prev.actor1  # "أطلقت X حملة ... واعتقلت تسعة": the campaign's force arrests
        if ev.actor1 is None and ev.kind in VIOLENT:
            if ev.actor2 is not None and ev.actor2.id in aggressors:
                ev.actor1 = aggressors[ev.actor2.id]
            elif (
                _continues(prev, ev)
                and prev is not None
                and prev.actor1 is not None
                and (ev.actor2 is None or not related(prev.actor1, ev.actor2))  # unless the roles turn
            ):
                ev.actor1 = prev.actor1
        if (
            ev.actor2 is None
            and ev.actor1 is not None
            and ev.kind in VIOLENT
            and _continues(prev, ev)
            and prev is not None
            and prev.actor1 is not None
            and prev.actor2 is not None
            and related(prev.actor1, ev.actor1)
            and not related(prev.actor2, ev.actor1)
        ):
            ev.actor2 = prev.actor2
        prev = ev


# --- unidentified perpetrators ----------------------------------------------------------------


@dataclass(frozen=True)
class Unknown:
    """A telling that says the perpetrators are unknown ("وأوضح المراسل أن مجهولين زرعوا العبوة")."""

    start: int
    block: int


def says_unknown(dt: DocText, frame: Frame) -> bool:
    """Does the frame say that nobody knows who did it: unknown gunmen named, a weapon of unknown
    origin ("عبوة ناسفة مجهولة المصدر"), nobody claiming it ("لم تتبن أي جهة")?"""
    for h in frame.hits:
        if h.cue.has("unknown"):
            return True
    for m in dt.mentions_in(frame.start, frame.end, "actor"):
        if isinstance(m, ActorMention) and m.actor is not None and m.actor.id == UNIDENTIFIED:
            return True
    return False


def covert(ev: Event, frame: Frame) -> bool:
    """An incident whose perpetrator may hide: a bomb, a killing or kidnapping of civilians, an
    assassination (a trigger with flag covert)."""
    if ev.kind in _COVERT:
        return True
    return ev.kind == "armed_clash" and any(t.cue.has("covert") for t in frame.triggers)


def note_unknown(dt: DocText, frame: Frame, unknowns: list[Unknown]) -> None:
    """Keep a telling with no incident of its own that says the perpetrators are unknown."""
    if says_unknown(dt, frame):
        unknowns.append(Unknown(frame.start, frame.sentence.block))


def mark_unidentified(events: list[tuple[Event, Frame]], unknowns: list[Unknown]) -> None:
    """A covert incident nobody is named for, followed (in its paragraph or the next two) by a
    telling that says the perpetrators are unknown, or saying so itself: actor1 is "unidentified".
    A telling without a place of its own whose attacker is unidentified says so too."""
    marks = list(unknowns)
    for ev, _ in events:
        if ev.place is None and ev.actor1 is not None and ev.actor1.id == UNIDENTIFIED:
            marks.append(Unknown(ev.evidence_start, ev.block))
    for ev, frame in events:
        if ev.actor1 is not None or not covert(ev, frame):
            continue
        if any(h.cue.has("unknown") for h in frame.hits):  # "..., ولم تتبن أي جهة التفجير"
            ev.actor1 = actor_by_id(UNIDENTIFIED)
            continue
        reach = _UNKNOWN_REACH_BLOCKS
        if any(ev.evidence_start < u.start and 0 <= u.block - ev.block <= reach for u in marks):
            ev.actor1 = actor_by_id(UNIDENTIFIED)
