"""Frames into candidate events: kind, modality, then roles and arguments.

For each clause frame (`marsad.frames`):

1. kind: the most specific trigger wins (ACLED's "the higher type absorbs the
   lower": a clash in which a village is taken is a territory change, a raid
   with a named weapon is that weapon's kind); broad words ("هجوم",
   "استهدف", "قصف") yield to any specific one, and a broad attack or shelling
   word with an air word ("الطيران", "الطائرات") is an airstrike. A frame with
   casualty words and no trigger is a clash (or an attack on civilians when
   only civilians were hit), to be merged into the incident it belongs to.
2. modality: a sentence of background or trend ("منذ مطلع العام", "سبق أن",
   "يذكر أن") yields no event; a trigger governed by a future or threat word
   ("تستعد لشن", "هددت", "من المفترض") neither, nor one a denial holds ("نفت ... تعرض
   نقاطها للقصف"); a claim ("تبنى") or a denial of responsibility is kept and flagged.
   Recollections, tallies and incidents abroad are not news (`marsad.event_scope`).
3. roles (`marsad.roles`), place, date and counts (`marsad.event_args`); a
   frame that names several places in a list gives one event per place.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from marsad.document import (
    Actor,
    DateMention,
    Document,
    PlaceMention,
    SourceMention,
)
from marsad.event_args import WRITTEN, Counts, choose_places, frame_counts
from marsad.event_cues import CueHit
from marsad.event_links import (
    Claim,
    apply_claims,
    claim_in,
    date_after_previous,
    date_recalled,
    recalled_days,
    soon_after,
)
from marsad.event_scope import TALLIED, carried_background, dated_this_week, not_news, tally
from marsad.event_sides import (
    Unknown,
    air_power_strike,
    civilian_victims,
    fill_actors,
    mark_unidentified,
    named_persons,
    note_aggressors,
    note_unknown,
)
from marsad.events import Event
from marsad.frames import DocText, Frame, folded_regex
from marsad.options import Options
from marsad.places import place_rank
from marsad.roles import actor_by_id, assign_roles, related

# Specificity of the kinds: in one frame the higher absorbs the lower.
PRIORITY = {
    "suicide_bombing": 100,
    "airstrike": 90,
    "shelling": 85,
    "explosion": 80,
    "territory_change": 75,
    "abduction": 70,
    "arrest": 65,
    "defection": 60,
    "missing_personnel": 58,
    "agreement": 55,
    "armed_clash": 50,
    "attack_on_civilians": 50,
    "protest": 45,
    "base_established": 40,
    "military_operation": 35,
    "deployment": 30,
    "property_destruction": 20,
}
_GENERIC_PENALTY = 60
_OPENING = 25  # a modality word this close to a sentence's start governs the whole sentence
_EVENTFUL = frozenset({"trigger", "kill", "wound", "casualty"})
REMOTE = frozenset({"airstrike", "shelling", "explosion", "suicide_bombing"})
_NAMED_BY = REMOTE | {"deployment"}  # kinds whose word may stand in the actor's name
UNIDENTIFIED = "unidentified"


@dataclass
class Candidate:
    """An event as read from one frame, before merging."""

    event: Event
    frame: Frame
    context: frozenset[str]  # ids of every place the frame names, the event's own among them
    inferred_kind: bool  # no trigger: kind guessed from the casualty words
    generic: bool  # kind decided by a broad word only ("هجوم", "استهدف", "قصف")
    # per count: 3 a written number (2 in a headline), 1 read from a noun, 0 a vague word
    quality: dict[str, int]
    # "..., حيث استهدفوا الرتل بعد تفجير عبوة": a clause that details the incident told before it
    # in its sentence, naming no place of its own; it merges into that incident whatever its kind
    elaborates: bool = False
    # "اشتباكات بين عشيرتين": one communal group on both sides, kept through the merge
    twin: bool = False


def _valid_triggers(dt: DocText, frame: Frame) -> list[CueHit]:
    # a trigger word inside a place name is no trigger ("المعركة" as a village), nor inside an
    # actor's name ("هيئة تحرير الشام"), unless it names a weapon ("غارات روسية": Russia's strikes)
    # or an attack ("الاستهداف الإسرائيلي": Israel's strike) or a deployment ("تعزيزات عسكرية تركية")
    told = frame.triggers
    if not told:
        return []  # a clause of casualties only
    actors = dt.mentions_in(frame.start, frame.end, "actor")
    places = dt.mentions_in(frame.start, frame.end, "place") + actors
    blocks = frame.of("block")
    mods = holding_mods(frame) if dt.blamed else frame.of("mod")
    # plain loops, not any() over generators: this runs for every trigger of every frame
    triggers: list[CueHit] = []
    weak = False
    for t in told:
        start, end = t.start, t.end
        for m in places:
            if m.start <= start and end <= m.end and (
                m.type == "place" or (t.kind not in _NAMED_BY and "generic" not in t.cue.flags)
            ):
                break
        else:
            for b in blocks:
                if b.start <= start and end <= b.end:
                    break
            else:
                for h in mods:
                    if h.end <= start and _governs(h, t):  # (a word after the trigger governs nothing)
                        break
                else:
                    triggers.append(t)
                    weak = weak or "weak" in t.cue.flags
    if not weak:
        return triggers  # no weak word to weigh (most frames)
    # a weapon inside an actor's name ("مسيرة تركية") is no weak word
    strong_kinds = {
        t.kind
        for t in triggers
        if not t.cue.has("weak") or any(m.start <= t.start and t.end <= m.end for m in actors)
    }
    support = {h.kind for h in frame.of("support")}
    return [t for t in triggers if not t.cue.has("weak") or t.kind in strong_kinds or t.kind in support]


# How far after a modality word its hold on a trigger reaches, in characters. "standing": a state
# that goes on ("لا يزال التنظيم يسيطر"); "object": the trigger word names a thing handled, not an
# act ("تدمير عربتين مفخختين", "ضمت ... راجمات الصواريخ").
# "denial": "نفت القوات الروسية تعرض نقاطها للقصف" denies the incident after it.
_REACH = {"future": 10_000, "anaphor": 4, "circumstance": 2, "negation": 60, "attempt": 40, "standing": 40,
          "object": 25, "denial": 80}


_BLAME_REACH = 40  # "نفت X في بيان مسؤوليتها": the responsibility denied, not the incident


def holding_mods(frame: Frame) -> list[CueHit]:
    """The frame's modality words that may hold a trigger: a denial of responsibility holds none."""
    mods = frame.of("mod")
    if not mods:
        return mods
    blame = [h for h in mods if h.kind == "blame"]
    if not blame:
        return mods
    return [m for m in mods
            if m.kind != "denial" or not any(0 <= b.start - m.end <= _BLAME_REACH for b in blame)]


def _governs(mod: CueHit, t: CueHit) -> bool:
    """Does this modality word take the trigger out of the events? A plan or threat governs every
    trigger after it in the frame; "هذا"/"خلال" only the word right after; "لم يتمكن" its clause;
    a purpose ("بغية السيطرة", "بهدف تمشيط المنطقة") the words that follow it."""
    dist = t.start - mod.end
    if dist < 0:
        return False
    only = mod.cue.flag_value("only")  # "بعد وصول التعزيزات": holds the arrival, not an attack
    if only is not None and t.kind != only:
        return False
    own = mod.cue.flag_value("reach")  # a cue may say how far it reaches ("ضمت": a convoy's load)
    reach = int(own) if own is not None else _REACH.get(mod.kind)
    return reach is not None and dist <= reach


def _best(triggers: list[CueHit]) -> CueHit:
    if len(triggers) == 1:
        return triggers[0]
    return max(triggers, key=_rank)


def _rank(t: CueHit) -> tuple[int, int]:
    """The most specific kind, then the first trigger."""
    score = PRIORITY.get(t.kind, 0) - (_GENERIC_PENALTY if "generic" in t.cue.flags else 0)
    return score, -t.start


def _mods(dt: DocText, frame: Frame) -> set[str]:
    """The frame's modality words, and those opening its sentence ("يذكر أن", "وسبق أن"), unless
    the frame recalls an incident of its own ("وتأتي الحملة | بعد يوم من هجوم ...") or is a later
    clause with a date of this week ("ووثقت الشبكة منذ مطلع العام ...، في حين قتل مدنيان اليوم")."""
    s = frame.sentence
    opening = dt.openings.get(s.start)  # the frames of a sentence share its opening
    if opening is None:
        head = dt.hits_in(s.start, min(s.end, s.start + _OPENING))
        opening = dt.openings[s.start] = [h for h in head if h.cls == "mod"]
    later = frame.start > s.start
    if opening and (recalled_days(frame) is not None or (later and dated_this_week(dt, frame))):
        opening = []
    kinds = {h.kind for h in frame.of("mod")}
    kinds.update(h.kind for h in opening)
    return kinds


# "بعد مقتل", "عقب مقتل", "بعد أشهر من قتل": a death recalled as the occasion of something else
_RECALL = folded_regex(
    r"(?:بعد|عقب|منذ|خلفيه|اثر)(?:\s+(?:ايام|اسابيع|اشهر|شهور|سنوات|سنه|عام|اعوام)\s+من)?\s*$"
)


def _only_recalled(dt: DocText, frame: Frame, mods: list[CueHit]) -> bool:
    """Casualty words that only recall a death as the background of something else ("بعد مقتل
    قائد الفصيل العام الماضي", "عقب مقتل ابنه", "بعد أشهر من قتل"), or that a demand or plan governs ("طالبوا
    بمحاسبة المتورطين بقتل الشاب")."""
    kills = [h for h in frame.hits if h.cls in ("kill", "wound", "casualty")]
    return all(
        _RECALL.search(dt.folded(max(0, h.start - 24), h.start))
        or any(m.kind in ("future", "denial") and _governs(m, h) for m in mods)
        for h in kills
    )


def frame_kind(dt: DocText, frame: Frame) -> tuple[str | None, CueHit | None]:
    """The frame's kind and deciding trigger; (kind, None) when inferred from casualties only."""
    triggers = _valid_triggers(dt, frame)
    if not triggers:
        if any(h.cls in ("kill", "wound", "casualty") for h in frame.hits):
            return "armed_clash", None
        return None, None
    best = _best(triggers)
    kind = best.kind
    broad = kind == "shelling" or (kind == "armed_clash" and best.cue.has("generic"))
    if broad and any(h.kind == "airstrike" and not _air_support(frame, h) for h in frame.of("refine")):
        kind = "airstrike"
    return kind, best


_SUPPORT_REACH = 12  # "بمساندة الطيران الحربي", "بغطاء جوي من المقاتلات الروسية"


def _air_support(frame: Frame, air: CueHit) -> bool:
    """An air word right after a support phrase ("بمساندة الطيران المروحي", "بإسناد جوي"): the
    aircraft back a ground attack, which stays one clash."""
    return any(0 <= air.start - a.end <= _SUPPORT_REACH for a in frame.of("assoc"))


def candidate_events(doc: Document, options: Options, dt: DocText | None = None) -> list[Candidate]:
    """Every event told in the document, one candidate per telling (merging comes after)."""
    dt = dt or DocText(doc)
    out: list[Candidate] = []
    aggressors: dict[str, Actor] = {}
    placed: dict[tuple[int, str], set[str]] = {}  # (sentence, kind) -> places its frames named
    claims: list[Claim] = []
    unknowns: list[Unknown] = []
    background: set[int] = set()  # sentences whose earlier clauses are background
    for frame in dt.frames():
        if not frame.has_any(_EVENTFUL):
            claim = claim_in(dt, frame)  # "وتبنى التنظيم التفجيرين": names the attacker told before
            if claim is not None:
                claims.append(claim)
            note_unknown(dt, frame, unknowns)  # "وأوضح المراسل أن مجهولين زرعوا العبوة"
            continue  # most clauses: nothing happens in them
        kind, trigger = frame_kind(dt, frame)
        if kind is None:
            note_unknown(dt, frame, unknowns)  # "ولم تتبن أي جهة مسؤولية التفجير"
            continue
        a1, a2, labelled = assign_roles(dt, frame, trigger, kind)
        note_aggressors(labelled, a1, aggressors)  # background sentences teach who attacks whom
        mods = _mods(dt, frame)
        if "background" in mods:
            background.add(frame.sentence.start)
            continue
        if background and carried_background(dt, frame, background):
            continue
        counted = trigger is not None and ("tally" in mods or trigger.kind in TALLIED)
        if counted and trigger is not None and tally(dt, frame, trigger, mods):
            note_unknown(dt, frame, unknowns)  # "نفذ مجهولون خلال الساعات الماضية 7 عمليات اغتيال"
            continue
        if trigger is None and _only_recalled(dt, frame, holding_mods(frame)):
            continue
        if "alleged" in mods and _denied_nearby(dt, frame):
            continue  # one side's claim that the other side denies: nothing verifiable happened
        kind, a2 = civilian_victims(frame, trigger, kind, a2, labelled, a1)
        if a1 is None and any(h.cue.has("unknown") for h in frame.of("refine")):
            a1 = actor_by_id(UNIDENTIFIED)  # "طائرات مجهولة": nobody named, and the report says so
        sortie = kind == "armed_clash" and trigger is not None and trigger.cue.has("sortie")  # "أغارت"
        if (kind == "shelling" or sortie) and air_power_strike(trigger, a1):
            kind = "airstrike"
        anchor = trigger.start if trigger is not None else frame.start
        # recalled incidents and incidents abroad are background in a long article
        if not_news(dt, frame, anchor):
            continue
        places, scope = choose_places(dt, frame, anchor, kind)
        # "كما قتل عنصران في هجوم على X" where X is unknown to the gazetteer: the sentence's other
        # place belongs to the incident of that kind told before; borrowing it would merge two
        taken = placed.setdefault((frame.sentence.start, kind), set())
        if scope == "frame":
            taken.update(m.place.id for m in places if m.place is not None)
        elif any(m.place is not None and m.place.id in taken for m in places):
            places = []
        counts = frame_counts(dt, frame, kind)
        if trigger is None and not (counts.fatalities or counts.injured or counts.casualties):
            continue
        day, date_precision, date_from_text = choose_date(dt, frame, anchor)
        evidence_start, evidence_end = _evidence_span(dt, frame)
        sentence = frame.sentence
        sources = dt.mentions_in(sentence.start, sentence.end, "source")
        source = next((m for m in sources if isinstance(m, SourceMention)), None)
        template = Event(
            doc_id=doc.id,
            kind=kind,
            evidence_start=evidence_start,
            evidence_end=evidence_end,
            evidence=doc.text[evidence_start:evidence_end],
            date=day,
            date_precision=date_precision,
            actor1=a1,
            actor2=a2,
            source=source.name if source is not None else None,
            persons=named_persons(dt, frame),
            claim="claim" in mods,
            denial="denial" in mods,
            block=sentence.block,
            from_title=sentence.is_title,
            date_from_text=date_from_text,
        )
        told = _per_place(dt, frame, template, places, counts, trigger)
        days = recalled_days(frame)
        detail = scope != "frame" and bool(frame.hits) and frame.hits[0].cue.has("elaborates")
        soon = soon_after(dt, frame)
        twin = a1 is not None and a2 is not None and a1.id == a2.id
        for c in told:
            c.elaborates, c.twin = detail, twin
            if soon:
                date_after_previous(c, out[-1] if out else None)
            elif days is not None:
                date_recalled(c, days)
        out.extend(told)
    apply_claims(out, claims)
    _inherit_kinds(out)
    fill_actors([c.event for c in out], aggressors)
    mark_unidentified([(c.event, c.frame) for c in out], unknowns)
    return out


_REPORT_REACH = 35  # a date this close after "ذكرت/أفاد/قال ..." is the report's


def choose_date(dt: DocText, frame: Frame, anchor: int) -> tuple[date | None, int | None, bool]:
    """(date, precision, read from the event's own words?). A date that follows a reporting verb
    ("ذكرت الشبكة، اليوم الأحد") dates the report: it is used, but as weakly as the reference
    date, so that a merge prefers the event's own date from another sentence."""
    for a, b in ((frame.start, frame.end), (frame.sentence.start, frame.sentence.end)):
        dates = [m for m in dt.mentions_in(a, b, "date") if isinstance(m, DateMention) and m.date]
        if dates:
            # the most precise, then the nearest (min: the first of equals, as a stable sort)
            d = dates[0]
            if len(dates) > 1:
                d = min(dates, key=lambda m: (m.time_precision, abs(m.start - anchor)))
            before = dt.hits_in(max(0, d.start - 60), d.start)
            reported = any(
                h.cls == "mod" and h.kind == "report" and 0 <= d.start - h.end <= _REPORT_REACH
                and not any(t.cls == "trigger" and t.start >= h.end for t in before)
                for h in before
            )
            return d.date, d.time_precision, not reported
    ref = dt.doc.published
    return ref, (1 if ref else None), False


def _denied_nearby(dt: DocText, frame: Frame) -> bool:
    """A denial in the frame's sentence or in the sentence after it."""
    i = next(i for i, s in enumerate(dt.sentences) if s.start == frame.sentence.start)
    end = dt.sentences[i + 1].end if i + 1 < len(dt.sentences) else frame.sentence.end
    return any(h.cls == "mod" and h.kind == "denial" for h in dt.hits_in(frame.sentence.start, end))


def _per_place(
    dt: DocText,
    frame: Frame,
    template: Event,
    places: list[PlaceMention],
    counts: Counts,
    trigger: CueHit | None,
) -> list[Candidate]:
    """One candidate per place of the frame's list ("قرى كنصفرة والبارة"); a toll told for the
    whole list cannot be split, so the first place keeps it."""
    named = frozenset(
        m.place.id for m in dt.mentions_in(frame.start, frame.end, "place")
        if isinstance(m, PlaceMention) and m.place is not None
    )
    # the other places the frame names (a list's siblings are other incidents, not context)
    context = named - {m.place.id for m in places if m.place is not None}
    generic = trigger is None or "generic" in trigger.cue.flags
    # the template itself is the first place's event: only a list of places needs copies of it,
    # made before the first one is filled in
    events = [template] + [_copy(template) for _ in places[1:]]
    out: list[Candidate] = []
    for i, ev in enumerate(events):
        if places:
            pm = places[i]
            ev.place, ev.geo_precision, ev.place_rank = pm.place, pm.geo_precision, place_rank(pm)
        quality: dict[str, int] = {}
        if i == 0:
            ev.fatalities, ev.injured, ev.casualties = counts.fatalities, counts.injured, counts.casualties
            ev.missing, ev.defectors, ev.arrested = counts.missing, counts.defectors, counts.arrested
            quality = dict(counts.quality)
            if ev.from_title:  # "مقتل عنصرين من الفصيل" over "قُتل أربعة بينهم عنصران": the body's
                quality = {f: min(q, WRITTEN - 1) for f, q in quality.items()}
        out.append(Candidate(ev, frame, context, trigger is None, generic, quality))
    return out


def _copy(template: Event) -> Event:
    """A copy of the template with its own lists."""
    return replace(template, persons=list(template.persons), assoc_actors=list(template.assoc_actors))


def _inherit_kinds(cands: list[Candidate]) -> None:
    """A broad word after a specific strike refers to it: "غارات إسرائيلية ... المناطق المستهدفة"
    is the airstrike again, not a clash. The broad frame takes the kind of the last specific
    remote-violence incident before it, when its attacker (if named) is the same."""
    specific = [c for c in cands if not c.generic and c.event.kind in REMOTE]
    last: Candidate | None = None
    for c in cands:
        ev = c.event
        if not c.generic and ev.kind in REMOTE:
            last = c
            continue
        if not c.generic or ev.kind not in ("armed_clash", "shelling", "explosion"):
            continue
        if any(getattr(ev, f) for f in ("fatalities", "injured", "casualties")):
            continue  # a toll of its own: another incident, not a reference back
        # a headline's broad word ("مسيرة تركية تستهدف ...") is told precisely further down
        source = last if last is not None else (specific[0] if specific and ev.from_title else None)
        if source is not None:
            a1, b1 = ev.actor1, source.event.actor1
            # a headline names the wider side ("مرتزقة الاحتلال" for the Turkish army and its allies)
            if a1 is None or ev.from_title or (b1 is not None and related(a1, b1)):
                ev.kind = source.event.kind


_TRIM = " \t\n،,.:;؛-–—\"'“”«»"


def _evidence_span(dt: DocText, frame: Frame) -> tuple[int, int]:
    text = dt.doc.text
    a, b = frame.start, frame.end
    while a < b and text[a] in _TRIM:
        a += 1
    while b > a and text[b - 1] in _TRIM:
        b -= 1
    return a, b
