"""One event per incident: merge the tellings of one incident, drop what cannot be coded.

A report tells its main incident in the headline, again in the lead and
again in the body, each time with other details (the headline the province,
the body the village and the day). Candidates merge when they are of the
same kind (or one is a casualty-only clause, whose kind was only guessed),
their places agree (the same place, or one inside the other), their dates
agree (the same day, or one only defaulted to the report's date) and their
actors do not contradict. The merged event keeps the most specific place,
the date read from the text, every actor found and, per count, the lowest
precise figure (a vague "dozens" only when nothing precise was given).

Candidates without any place are dropped after merging: ACLED codes no
country-level event, and the scorer could not match them anyway.
"""

from __future__ import annotations

import math
from dataclasses import replace

from marsad.document import Document, Place
from marsad.event_cues import VIOLENT
from marsad.event_rules import Candidate
from marsad.events import COUNT_FIELDS, Event
from marsad.roles import ancestors_of, related, same_side

_POINTS = frozenset({"city", "town", "village", "neighbourhood", "feature", "camp"})
_NEAR_KM = 25.0  # "the countryside of X" reaches this far from X
_REGION_KM = 150.0  # a named region (a desert, a plain) reaches this far from its centre
_SAME_KM = 3.0  # two gazetteer entries this close are one place
_FIGHT_BEFORE_DAYS = 1  # a capture absorbs the fighting of the day before it
_DEFAULT_DATE_DAYS = 7  # "الأربعاء الماضي" in a Sunday report: the same story
UNIDENTIFIED = "unidentified"


def _precise(ev: Event) -> bool:
    """A place itself or near it ("قرب بلدة بيت عانا"); not a region or a town's countryside."""
    return ev.place is not None and (ev.place_rank >= 4 or (ev.place_rank == 3 and ev.place.kind in _POINTS))


def _km(a: Place, b: Place) -> float:
    dlat = math.radians(b.lat - a.lat)
    dlon = math.radians(b.lon - a.lon) * math.cos(math.radians((a.lat + b.lat) / 2))
    return 6371.0 * math.hypot(dlat, dlon)


_KM_PER_DEGREE = 6371.0 * math.pi / 180  # a degree of latitude


def _far_apart(a: Place, b: Place, km: float) -> bool:
    """Certainly more than `km` apart: their latitudes alone differ by more (with a 5% margin,
    so that no rounding decides). Spares `_km`'s trigonometry for most pairs."""
    return abs(b.lat - a.lat) * _KM_PER_DEGREE > km * 1.05


def _inside(general: Event, specific: Place) -> bool:
    """Is `specific` within what `general` names? Its governorate for a governorate; 150 km
    around a named region (the Syrian desert spans four governorates); 25 km for the countryside
    of a town ("ريف السلمية")."""
    p = general.place
    assert p is not None
    if general.place_rank >= 3:
        return not _far_apart(p, specific, _NEAR_KM) and _km(p, specific) <= _NEAR_KM
    if p.kind == "region" and (
        not p.admin1 or (not _far_apart(p, specific, _REGION_KM) and _km(p, specific) <= _REGION_KM)
    ):
        return True  # a desert or a valley runs across governorates
    if p.admin1 and p.admin1 == specific.admin1:
        return True
    return p.name in (specific.admin1, specific.admin2, specific.admin3)


def _places_agree(ca: Candidate, cb: Candidate) -> bool:
    a, b = ca.event, cb.event
    if a.place is None or b.place is None:
        return True
    # (the cheap comparisons first: every test of this kind says yes)
    if a.place.id == b.place.id or a.place.name_ar == b.place.name_ar:
        return True
    if _situated(ca, cb) or _situated(cb, ca):
        return True
    # two entries this close are one place; but two named quarters of one city are two places
    if (
        not _far_apart(a.place, b.place, _SAME_KM)
        and _km(a.place, b.place) < _SAME_KM
        and not (a.place.kind == b.place.kind == "neighbourhood")
    ):
        return True
    ra, rb = a.place_rank, b.place_rank
    if _precise(a) and _precise(b):  # two towns, or near two towns: two incidents
        return False
    general, specific = (a, b) if ra <= rb else (b, a)
    assert specific.place is not None
    return _inside(general, specific.place)


def _situated(c: Candidate, other: Candidate) -> bool:
    """Does c's telling place itself relative to the other's place ("معيزيلة بريف البوكمال"
    after "في البوكمال")? Then c is the same incident, told more precisely."""
    p = other.event.place
    return p is not None and c.event.place is not None and p.id != c.event.place.id and p.id in c.context


def _dates_agree(a: Candidate, b: Candidate) -> bool:
    """The same day; or one date only defaulted to the report's, and the other within a few
    days of it (an incident of last month is another incident), unless one is the headline."""
    x, y = a.event, b.event
    if x.date == y.date or x.from_title or y.from_title:
        return True
    if {x.kind, y.kind} == {"armed_clash", "territory_change"} and x.date and y.date:
        # the fighting of the night before is part of the capture ("المعارك تركزت خلال الليلة
        # الماضية" in a report of a town taken today)
        clash, taken = (x, y) if x.kind == "armed_clash" else (y, x)
        assert clash.date is not None and taken.date is not None
        if 0 <= (taken.date - clash.date).days <= _FIGHT_BEFORE_DAYS:
            return True
    if x.date_from_text and y.date_from_text:
        return False
    if x.date is None or y.date is None:
        return True
    return abs((x.date - y.date).days) <= _DEFAULT_DATE_DAYS


def _actors_agree(a: Event, b: Event) -> bool:
    """No role names two unrelated actors, unless the other role names the same one (the NDF
    in one telling is "the regime forces" in the headline)."""
    same = clash = 0
    for x, y in ((a.actor1, b.actor1), (a.actor2, b.actor2)):
        if x is None or y is None or UNIDENTIFIED in (x.id, y.id):  # "unidentified" is no claim
            continue
        if related(x, y):
            same += 1
        else:
            clash += 1
    return clash == 0 or (clash == 1 and same == 1)


def _same_toll_or_place(a: Event, b: Event) -> bool:
    if a.place is not None and b.place is not None and a.place.id == b.place.id:
        return True
    return any(getattr(a, f) is not None and getattr(a, f) == getattr(b, f) for f in COUNT_FIELDS)


def _kinds_agree(a: Candidate, b: Candidate) -> bool:
    x, y = a.event, b.event
    if x.kind == y.kind:
        return True
    # "سيطرت X على Y، وذلك بعد معارك": the clash that took a place is the territory change
    if (x.kind, y.kind) in _CLASH_AND_CAPTURE:
        return _same_toll_or_place(x, y)
    violent = x.kind in VIOLENT and y.kind in VIOLENT
    # a headline names the violence loosely ("كمين" over a roadside bomb): it joins the body's
    # incident when something shows they are one (the same toll, or the same place)
    if (x.from_title or y.from_title) and violent:
        return _same_toll_or_place(x, y)
    # "..., حيث ...": a detail of the incident told before it in the sentence (a bomb in an ambush)
    if (a.elaborates or b.elaborates) and a.frame.sentence == b.frame.sentence:
        return violent
    # a casualty-only clause joins a violent incident, never a deployment or a campaign
    return (a.inferred_kind and y.kind in VIOLENT) or (b.inferred_kind and x.kind in VIOLENT)


_CLASH_AND_CAPTURE = frozenset({("armed_clash", "territory_change"), ("territory_change", "armed_clash")})


def mergeable(a: Candidate, b: Candidate) -> bool:
    return (
        a.frame is not b.frame
        and _kinds_agree(a, b)
        and _places_agree(a, b)
        and _dates_agree(a, b)
        # a headline is a summary: its actors (often the wider force) need not match the body's
        and (a.event.from_title or b.event.from_title or _actors_agree(a.event, b.event)
             or _toll_of(a, b) or _toll_of(b, a))
    )


def _toll_of(toll: Candidate, other: Candidate) -> bool:
    """A casualty-only telling ("قدّر مصدر عدد قتلى المهاجمين بستة") names the side that lost,
    which may be either side of the incident: its actors need only appear in the other's roles."""
    if not toll.inferred_kind:
        return False
    theirs = [x for x in (other.event.actor1, other.event.actor2) if x is not None]
    mine = [x for x in (toll.event.actor1, toll.event.actor2) if x is not None and x.id != UNIDENTIFIED]
    return all(any(related(x, y) for y in theirs) for x in mine)


def _merge(into: Candidate, other: Candidate) -> None:
    e, o = into.event, other.event
    if into.elaborates and not other.elaborates:
        e.kind, into.elaborates = o.kind, False  # the incident's kind, not its detail's
    elif not other.elaborates and (
        (into.inferred_kind and not other.inferred_kind) or (e.from_title and not o.from_title)
        # ACLED: a clash in which a place changes hands is the territory change
        or (e.kind == "armed_clash" and o.kind == "territory_change")
    ):
        e.kind = o.kind
        into.inferred_kind = into.inferred_kind and other.inferred_kind
    if o.place_rank > e.place_rank or (o.place_rank == e.place_rank and _situated(other, into)):
        e.place, e.geo_precision, e.place_rank = o.place, o.geo_precision, o.place_rank
    if o.date_from_text and not e.date_from_text:
        e.date, e.date_precision, e.date_from_text = o.date, o.date_precision, True
    for role in ("actor1", "actor2"):
        mine, theirs = getattr(e, role), getattr(o, role)
        if theirs is None:
            continue
        # keep what is known; prefer the more specific unit of the same force
        if mine is None or (theirs.id != mine.id and related(theirs, mine) and theirs.id not in mine.parents):
            setattr(e, role, theirs)
    for f in COUNT_FIELDS:
        mine, theirs = getattr(e, f), getattr(o, f)
        if theirs is None:
            continue
        mine_q, their_q = into.quality.get(f, 0), other.quality.get(f, 0)
        # a figure written as a number beats one read from a noun ("قُتل طفل" within "14 killed"),
        # which beats a vague word ("عشرات"); between equals, ACLED's lowest figure
        if mine is None or their_q > mine_q or (their_q == mine_q and theirs < mine):
            setattr(e, f, theirs)
            into.quality[f] = their_q
    into.twin = into.twin or other.twin
    e.claim = e.claim or o.claim
    e.denial = e.denial or o.denial
    e.persons = e.persons + [p for p in o.persons if p not in e.persons]
    e.source = e.source or o.source
    # Quote the body rather than the headline: it is the fuller telling.
    if e.from_title and not o.from_title:
        e.evidence, e.evidence_start, e.evidence_end = o.evidence, o.evidence_start, o.evidence_end
        e.from_title = False


def _without_counts(c: Candidate) -> Candidate:
    ev = replace(c.event)
    for f in COUNT_FIELDS:
        setattr(ev, f, None)
    return replace(c, event=ev, quality={})


def _target(kept: list[Candidate], c: Candidate) -> Candidate | None:
    """The incident c tells again: the first of the same kind it fits, else the first it fits."""
    first: Candidate | None = None
    kind = c.event.kind
    # a telling of another kind fits only when c is violent or a casualty-only clause
    # (`_kinds_agree`): a deployment or a campaign need try only its own kind
    any_kind = c.inferred_kind or kind in VIOLENT
    for k in kept:
        same = k.event.kind == kind
        # (most tellings are of another kind and fail on kind alone: test that before the rest;
        # once `first` is found, only one of the same kind can take c from it)
        if not same and (first is not None or not any_kind or not _kinds_agree(k, c)):
            continue
        if mergeable(k, c):
            if same:
                return k
            if first is None:
                first = k
    return first


def consolidate(doc: Document, cands: list[Candidate]) -> list[Event]:
    """Merge candidates that tell one incident; return the events in text order."""
    # Most specific first, so that a general telling folds into a precise one; the
    # headline last, so that it joins the body's incident rather than the reverse.
    order = sorted(cands, key=lambda c: (c.event.from_title, c.inferred_kind, -c.event.place_rank,
                                         c.event.evidence_start))
    kept: list[Candidate] = []
    placeless: list[Candidate] = []
    for c in order:
        if c.event.place is None:
            placeless.append(c)
            continue
        # the same kind first: a headline about a clash joins the body's clash, not its shelling
        target = _target(kept, c)
        if target is None:
            kept.append(c)
        else:
            _merge(target, c)
    # A telling without a place ("the campaign began a week ago with the 25th Division") speaks of
    # the whole incident: every leg or village of it gets its actors and date; its toll, once.
    for c in placeless:
        targets = [k for k in kept if mergeable(k, c)]
        for i, k in enumerate(targets):
            _merge(k, c if i == 0 else _without_counts(c))
    for k in kept:  # actor1 may have changed in a merge
        ev = k.event
        ev.assoc_actors = ancestors_of(ev.actor1) if ev.actor1 is not None else []
        a1, a2 = ev.actor1, ev.actor2
        twin = k.twin and a1 is not None and a2 is not None and a1.id == a2.id  # "بين عشيرتين"
        if a1 is not None and a2 is not None and not twin and same_side(ev.kind, a1, a2):
            ev.actor2 = None  # one side on both ends: a merge joined two tellings' roles
    events = [k.event for k in kept]
    events.sort(key=lambda e: e.evidence_start)
    return events
