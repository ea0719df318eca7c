"""Event arguments: where and how many (when: `marsad.event_rules.choose_date`).

* Place: from the event's frame, else its sentence, else its paragraph, else
  the headline. Places named as someone's origin ("المنحدر من بلدة ...") are
  not where it happened, and a governorate or district named only to situate
  a town ("في بلدة التبني بريف دير الزور") gives way to the town. A list of
  places of one level ("قرى دردارة وتل شنان") is returned whole: the caller
  makes one event per place.
* Counts: the number beside each casualty word (ACLED: the lowest figure,
  "more than 30" is 30, vague words as the number recogniser values them), or
  the implicit one of a singular or dual noun ("قُتل عنصر", "مقتلهما").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import cast

from marsad.document import NumberMention, PlaceMention
from marsad.event_cues import CueHit
from marsad.frames import DocText, Frame, folded_regex
from marsad.normalize import fold
from marsad.places import place_rank

# Between two places of a list: "و", commas, "كل من", and directions relative to the previous one.
_LIST_GAP = folded_regex(
    r"^(?:[\s,،\-\"'“”«»()]|و|كل من|(?:بلد(?:ه|ات)|قري(?:ه|تي)|قرى|مدين(?:ه|تي)|حي|احياء|اطراف|محيط)\s|"
    r"(?:شرق|غرب|شمال|جنوب)(?:ي|ها)?)*$"
)
# Words after a number that make it an age, a duration, an amount of money... not a head count.
_NOT_PEOPLE = folded_regex(
    r"^\s*(?:ال)?(?:ساع|يوم|ايام|عام|اعوام|سن|شهر|اشهر|اسبوع|دقيق|دولار|ليره|كم|كيلو|متر|%|بالمئه|"
    r"نقط|مقر|حاجز|حواجز|غار|صاروخ|قذيف|هجم|عمليات|طائر|سيار|مرات|قري|قرى|بلد|مدرع|دباب|عرب|اليه|اليات|"
    r"عائل|اسر|منزل|منازل|مبن|خيم|الف|الاف|مليون)"
)


_DEST_REACH = 40  # "إلى قاعدته قرب قرية X": the destination follows its marker this closely
# Protesters "من أبناء مدينة X" protest in X; people arrested or kidnapped "من أبناء X" at an
# unnamed checkpoint are coded at their home town, when no other place is named
_FROM_HOME = frozenset({"protest", "arrest", "abduction"})
_AREAS = frozenset({"governorate", "district", "subdistrict", "region"})
_LEAD_BLOCKS = 2  # the headline places events of the first paragraphs only
_BETWEEN = folded_regex(r"بين\s+(?:\w+\s+){0,2}$")  # "على الطريق بين X و Y": one place, not two
_BETWEEN_WORD = fold("بين")
_BEARING = folded_regex(
    r"^[\s,،]*(?:الى\s+)?(?:ال)?(?:شرق|غرب|شمال|جنوب)(?:ي|ا)?\s+(?:(?:العاصمه|مدينه|بلده|قريه|محافظه)\s+)?$"
)
_ORIGIN_BREAK = folded_regex(r"(?:^|\s)[وف]?في\s|[،,]")
_CONTAINER_RANK = 3  # place_rank of a region, or "near / the countryside of" a town
_UPDATE = folded_regex(r"(?:ارتفع|بلغ|وصل)\w*\s+(?:الى|ل)?\s*$")
_AGE = folded_regex(r"(?:سن|عمر|عمره|العمر|الساعه)\s*(?:ال)?\s*$")
_SUBSET = folded_regex(r"(?:بينهم|منهم|بينهن|منهن)(?!.*(?:بينهم|منهم))")
_SUBSET_MARK = fold("نه")  # in every word _SUBSET looks for
# Quoted names after a casualty word: مقتل "أدهم" و"جهاد": one person each.
_QUOTED = re.compile(r'^\s*["“”«»]([^"“”«»]{2,40})["“”«»]\s*(?:[،,]|و)?\s*')


def tier(m: PlaceMention) -> int:
    """Specificity of a place mention (`marsad.places.place_rank`): higher is more precise."""
    return place_rank(m)


def _contains(outer: PlaceMention, inner: PlaceMention) -> bool:
    """Is `outer` named only to situate `inner` ("التبني بريف دير الزور")? A governorate, region
    or countryside can be; a town named as itself ("مدينة إدلب وبنش") cannot."""
    p, q = outer.place, inner.place
    if p is None or q is None or p.id == q.id:
        return False
    if tier(outer) >= tier(inner) or tier(outer) > _CONTAINER_RANK:
        return False
    if p.name in (q.admin1, q.admin2, q.admin3):
        return True
    return p.kind in _AREAS and p.admin1 is not None and p.admin1 == q.admin1


def _places(dt: DocText, start: int, end: int, origins_too: bool | None = False) -> list[PlaceMention]:
    """Candidate places in [start, end): without origins (False), with weak ones ("من بلدة", True),
    or with all of them (None). The frames of one sentence ask for the sentence's places again
    and again: answers are kept on the DocText (callers must not change them)."""
    key = ("places", start, end, origins_too)
    found = dt.memo.get(key)
    if found is None:
        found = dt.memo[key] = _find_places(dt, start, end, origins_too)
    return cast(list[PlaceMention], found)


def _find_places(dt: DocText, start: int, end: int, origins_too: bool | None) -> list[PlaceMention]:
    places = [m for m in dt.mentions_in(start, end, "place") if isinstance(m, PlaceMention) and m.place]
    if not places:
        return []
    # "قوات حكومة دمشق" names an actor, not a place; a river is a last resort.
    actors = dt.mentions_in(start, end, "actor")
    if actors:
        # (one comprehension over the pairs, not an any() generator per place)
        named = {id(m) for m in places for a in actors if a.start <= m.start and m.end <= a.end}
        if named:
            places = [m for m in places if id(m) not in named]
    rivers = [m for m in places if m.place is not None and m.place.kind == "river"]
    if rivers and len(rivers) < len(places):
        places = [m for m in places if m.place is not None and m.place.kind != "river"]
    kept = places
    if origins_too is not None:
        origins = [h for h in _origin_hits(dt) if start <= h.start < end and h.end <= end]
        if origins_too:
            origins = [h for h in origins if h.cue.has("strong")]
        if origins:
            # "من أبناء بلدة X" makes X an origin; "من أبناء العشائر في بلدة X" does not: for a
            # people's-origin cue (flag kin) a new preposition or clause ends the cue's reach, and
            # a destination any cue's ("من مدينة حلب باتجاه مدينة سراقب")
            heads = [x.start for x in dt.hits_in(start, end) if x.cls in ("route", "dest")]
            kept = [m for m in places
                    if not any(0 <= m.start - h.end <= 20
                               and not (h.cue.has("kin") and _ORIGIN_BREAK.search(dt.folded(h.end, m.start)))
                               and not any(h.end <= x < m.start for x in heads)
                               for h in origins)]
    if len(kept) < 2:
        return kept  # (one place cannot situate itself: the checks below need two)
    kept = [m for m in kept if not any(_contains(m, o) for o in kept)]
    if len(kept) < 2:
        return kept
    # "في محيط منطقة المزة غرب العاصمة دمشق": a place given as a bearing from the one before it
    # only situates that one
    return [m for i, m in enumerate(kept)
            if i == 0 or not _BEARING.match(dt.folded(kept[i - 1].end, m.start))]


def _origin_hits(dt: DocText) -> list[CueHit]:
    """The report's origin cues ("من أبناء", "المنحدر من"), found once per report: most have none,
    and then no place needs the origin checks."""
    found = dt.memo.get(("origin hits",))
    if found is None:
        found = dt.memo[("origin hits",)] = [h for h in dt.hits if h.cls == "origin"]
    return cast(list[CueHit], found)


def _title_index(dt: DocText) -> int | None:
    """Index of the report's headline block, looked up once per report."""
    key = ("title block",)
    if key not in dt.memo:
        dt.memo[key] = next((i for i, b in enumerate(dt.blocks) if b.kind == "title"), None)
    return cast("int | None", dt.memo[key])


def choose_places(
    dt: DocText, frame: Frame, anchor: int, kind: str = ""
) -> tuple[list[PlaceMention], str]:
    """The event's place(s) and where they were found: the frame; else a place the frame gives
    only as a "from" ("خطفوا شاباً من بلدة X": where he was taken from, for want of better); else
    the sentence, the paragraph, and (for the lead paragraphs) the headline. Protesters "من أبناء
    مدينة X" protest in X: for a protest (and an arrest or kidnapping) even an origin is a place."""
    if kind == "military_operation":  # a sweep "from X via Y to Z" covers every leg
        legs = _route(dt, frame)
        if len(legs) > 1:
            return legs, "frame"
    # fast path: most frames name their place themselves; the wider scopes are built only when
    # this one names none
    found = _places(dt, frame.start, frame.end, False)
    if kind == "defection":
        found = _not_joined(dt, found)
    elif kind == "deployment" and len(found) > 1:
        found = _destination(frame, found)
    if found:
        return _pick(dt, found, anchor), "frame"
    s = frame.sentence
    scopes: list[tuple[str, int, int, bool | None]] = [("frame", frame.start, frame.end, True)]
    if kind == "protest":
        scopes.append(("frame", frame.start, frame.end, None))
    scopes.append(("sentence", s.start, s.end, False))
    block_start, block_end = dt.block_span(s.block)
    scopes.append(("paragraph", block_start, block_end, False))
    title = _title_index(dt)
    if title is not None and s.block - title <= _LEAD_BLOCKS:
        scopes.append(("title", dt.blocks[title].start, dt.blocks[title].end, False))
    if kind in _FROM_HOME and kind != "protest":  # the home town, when nothing better is named
        scopes.append(("frame", frame.start, frame.end, None))
    for scope, a, b, origins_too in scopes:
        if scope == "sentence":
            back = _referred(dt, frame)  # "في المحافظة", "عند مدخل المدينة": the one named before
            if back is not None:
                return [back], scope
        found = _places(dt, a, b, origins_too)
        if kind == "defection":
            found = _not_joined(dt, found)
        if found:
            if scope == "title":
                # the headline's place of this incident: the one after its own trigger word
                a = next((h.start for h in dt.hits_in(a, b) if h.cls == "trigger" and h.kind == kind), a)
            return _pick(dt, found, anchor if scope == "frame" else a), scope
    return [], ""


def _not_joined(dt: DocText, found: list[PlaceMention]) -> list[PlaceMention]:
    """A defection happens where the defectors left, not where they went ("انشقوا في X وانضموا
    إلى الفصائل في Y"): places after "إلى" give way to any other."""
    if not found:
        return found
    dests = [h for h in dt.hits_in(found[0].start - 60, found[-1].end) if h.cls == "dest"]
    left = [m for m in found if not any(0 <= m.start - h.end <= 45 for h in dests)]
    return left or found


# "في المحافظة", "للمدينة", "داخل البلدة": a place named before, by the kind of place it is
_REFERENCE = folded_regex(r"(?<!\w)[وفب]?(?:ال|لل)(محافظه|مدينه|بلده|قريه|ناحيه)(?!\w)")
_REFERRED_KINDS = {
    "محافظه": ("governorate",),
    "مدينه": ("city", "town"),
    "بلده": ("town", "village", "city"),
    "قريه": ("village", "town"),
    "ناحيه": ("subdistrict",),
}


def _referred(dt: DocText, frame: Frame) -> PlaceMention | None:
    """The place a frame refers back to with "المدينة"/"البلدة"/"المحافظة": the last place of
    that kind named before the frame (the frame itself names none)."""
    m = _REFERENCE.search(dt.folded(frame.start, frame.end))
    if m is None:
        return None
    kinds = _REFERRED_KINDS[m.group(1)]
    for p in reversed(dt.mentions_in(0, frame.start, "place")):
        if isinstance(p, PlaceMention) and p.place is not None and (
            p.place.kind in kinds
            # a provincial capital stands for its governorate ("السويداء" ... "في المحافظة")
            or ("governorate" in kinds and p.place.kind == "city" and p.place.name == p.place.admin1)
        ):
            return p
    return None


def _destination(frame: Frame, found: list[PlaceMention]) -> list[PlaceMention]:
    """A convoy "من X إلى Y مروراً بـ Z" is coded where it arrives: the places of the first leg
    that a destination marker ("إلى", "باتجاه", "وصولاً إلى") opens; else those off the legs
    that an origin or waypoint marker opens ("انطلاقاً من X", "مروراً بـ Z"); else all."""
    marks = sorted(frame.of("route") + frame.of("dest"), key=lambda h: h.start)
    if not marks:
        return found
    ends = [h.start for h in marks[1:]] + [frame.end]
    legs = [([m for m in found if h.end <= m.start < end], h.cls == "dest" or h.cue.has("to"))
            for h, end in zip(marks, ends, strict=True)]
    for (leg, to), h in zip(legs, marks, strict=True):
        if to and leg and leg[0].start - h.end <= _DEST_REACH:
            return leg
    off = [m for m in found if not any(m in leg for leg, to in legs if not to)]
    return off or found


def _route(dt: DocText, frame: Frame) -> list[PlaceMention]:
    """The most precise place of each leg of "من X ... وصولاً إلى Y ... ومروراً بـ Z"."""
    cuts = [h.start for h in frame.of("route") if not h.cue.has("move")]
    if not cuts:
        return []
    bounds = [frame.start, *cuts, frame.end]
    out: list[PlaceMention] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        found = _places(dt, a, b)
        if found:
            best = max(tier(m) for m in found)
            pick = next(m for m in found if tier(m) == best)
            if pick.place is not None and all(pick.place != o.place for o in out):
                out.append(pick)
    return out


def _pick(dt: DocText, found: list[PlaceMention], anchor: int) -> list[PlaceMention]:
    # fast path: a single place is its own list
    group = [found[0]] if len(found) == 1 else _list_of_best(dt, found, anchor)
    first = group[0]
    before = dt.folded(max(0, first.start - 25), first.start)
    if _BETWEEN_WORD in before and _BETWEEN.search(before):  # (the word test spares the search)
        return [first]
    return group


def _list_of_best(dt: DocText, found: list[PlaceMention], anchor: int) -> list[PlaceMention]:
    """The most precise place (the first after the anchor, else the last) and the coordinated
    list it belongs to."""
    ranks = [tier(m) for m in found]
    best = max(ranks)
    top = [m for m, r in zip(found, ranks, strict=True) if r >= best]
    chosen = next((m for m in top if m.start >= anchor), top[-1])
    ordered = sorted(found, key=lambda m: m.start)
    i = ordered.index(chosen)
    group = [chosen]
    j = i
    while j + 1 < len(ordered) and _is_list_gap(dt, ordered[j].end, ordered[j + 1].start):
        j += 1
        if ordered[j].place is not None and all(ordered[j].place != g.place for g in group):
            group.append(ordered[j])
    j = i
    while j > 0 and _is_list_gap(dt, ordered[j - 1].end, ordered[j].start):
        j -= 1
        if ordered[j].place is not None and all(ordered[j].place != g.place for g in group):
            group.insert(0, ordered[j])
    return group


def _is_list_gap(dt: DocText, a: int, b: int) -> bool:
    """Do two place mentions stand in one list ("كنصفرة والبارة", "إدلب وبنش شرقها")? A bare
    space is no list: "طريق حلب اللاذقية" names one road."""
    if b - a > 30:
        return False
    gap = dt.folded(a, b)
    return bool(_LIST_GAP.match(gap)) and any(c in gap for c in "و,،")


@dataclass
class Counts:
    fatalities: int | None = None
    injured: int | None = None
    casualties: int | None = None
    missing: int | None = None
    defectors: int | None = None
    arrested: int | None = None
    # per field: WRITTEN a written number, 1 a count read from a noun or pronoun, 0 a vague word
    quality: dict[str, int] = field(default_factory=dict)

    def add(self, name: str, value: int, quality: int) -> None:
        old = getattr(self, name)
        setattr(self, name, value if old is None else old + value)
        self.quality[name] = min(quality, self.quality.get(name, quality))


_RECALLED = folded_regex(r"(?:بعد|عقب|خلفيه|على اثر)\s*$")
WRITTEN = 3  # the quality of a written figure (a headline's counts one less: its body's is fuller)
_ECHO_REACH = 40  # "أصيب عنصران من قسد بجروح": the second word repeats the first
_CASUALTY = frozenset({"kill", "wound", "casualty"})
_CUE_STOP = frozenset({"kill", "wound", "casualty", "trigger", "victim", "connector"})
_COUNT_OF = {"kill": "fatalities", "wound": "injured", "casualty": "casualties"}


def _head_counts(dt: DocText, frame: Frame) -> list[NumberMention]:
    """The frame's numbers that may count people: no age, amount, date or subset."""
    found = dt.mentions_in(frame.start, frame.end, "number")
    if not found:
        return []  # most frames: nothing to read
    all_victims = frame.of("victim")
    numbers = [m for m in found if isinstance(m, NumberMention) and not _not_people(dt, m, all_victims)]
    dates = dt.mentions_in(frame.start, frame.end, "date")
    if not dates or not numbers:
        return numbers
    return [n for n in numbers if not any(d.start <= n.start < d.end for d in dates)]


def frame_counts(dt: DocText, frame: Frame, kind: str) -> Counts:
    counts = Counts()
    numbers: list[NumberMention] | None = None  # read only when a count word asks for one
    victims: list[CueHit] | None = None  # the counted victim nouns, likewise
    used: set[int] = set()
    combined = frame.of("casualty")
    for h in frame.hits:
        cls = h.cls
        if cls == "trigger":
            if h.kind != kind:
                continue
            name = h.cue.flag_value("count")
            # one figure per trigger count: "انشق 15 عنصراً ... انشقوا" is 15, not 15 + 15
            if name is None or name == "none" or getattr(counts, name) is not None:
                continue
        else:
            name = _COUNT_OF.get(cls)
            if name is None:
                continue  # (the classes left are those of _CASUALTY)
            # "على خلفية مقتل شاب": a death recalled as the cause is not this incident's toll
            if _RECALLED.search(dt.folded(max(0, h.start - 12), h.start)):
                continue
        if cls != "casualty" and combined and any(c.start <= h.start and h.end <= c.end for c in combined):
            continue
        if h.cue.has("echo") and any(
            x is not h and 0 <= h.start - x.end <= _ECHO_REACH for x in frame.of(cls)
        ):
            continue
        if numbers is None:
            numbers = _head_counts(dt, frame)
        if numbers:
            n = _number_near(dt, h, numbers, used, 110, 40 if cls == "trigger" else 14)
            if n is not None:
                used.add(id(n))
                counts.add(name, n.value, 0 if n.qualifier == "vague" else WRITTEN)
                continue
        if victims is None:
            victims = [v for v in frame.of("victim") if v.cue.flag_value("n")]
        implied = _implied(dt, h, victims)
        if implied:
            counts.add(name, implied, 1)
    return counts


def _not_people(dt: DocText, n: NumberMention, victims: list[CueHit]) -> bool:
    """An age, a duration, an amount, a count of things; or a subset ("بينهم 10 أطفال")."""
    holds_noun = any(n.start <= v.start and v.end <= n.end for v in victims)  # "27 مدنياً على الأقل"
    if not holds_noun and _NOT_PEOPLE.match(dt.folded(n.end, n.end + 12)):
        return True
    before = dt.folded(max(0, n.start - 50), n.start)
    if _AGE.search(before[-12:]):
        return True
    # (every subset word has "نه": the test spares the search for most numbers)
    m = _SUBSET.search(before) if _SUBSET_MARK in before else None
    if m is None:
        return False
    # a casualty word after "بينهم" starts a new figure ("بينهم قيادي، ومقتل 3 آخرين")
    tail = before[m.end() :]
    return not any(w in tail for w in ("قتل", "اصيب", "اصابه", "جرح"))


def _number_near(
    dt: DocText, h: CueHit, numbers: list[NumberMention], used: set[int], before: int, after_reach: int
) -> NumberMention | None:
    free = [n for n in numbers if id(n) not in used]
    # "فقدت قوات النظام الاتصال بثلاثة": an event's own count may sit a few words on; after a
    # trigger, past its actor and time too ("اعتقلت دورية لقوات النظام، فجر الخميس، خمسة شبان")
    far = before if h.cls == "trigger" else after_reach
    after = [n for n in free if 0 <= n.start - h.end <= after_reach
             or (0 <= n.start - h.end <= far and _bare_gap(dt, h.end, n.start) <= after_reach)]
    # "استشهاد مدني وإصابة ثلاثة": the three belong to the next casualty word
    if after and not any(x.cls in _CASUALTY for x in dt.hits_in(h.end, after[0].start)):
        return after[0]
    # "3 شبان من البلدة قُتلوا", "9 قتلى": the nearest number before, with no other
    # casualty word in between.
    # farther back only for a toll being updated: "ارتفع إلى 8 ... عدد الشهداء"
    near = before if h.cls == "trigger" else 45
    prior = [
        n
        for n in free
        if 0 <= h.start - n.end <= near
        or (h.start - n.end <= before and _UPDATE.search(dt.folded(max(0, n.start - 12), n.start)))
    ]
    if prior:
        n = prior[-1]
        between = dt.hits_in(n.end, h.start)
        if not any(x.cls in ("kill", "wound", "casualty") for x in between):
            return n
    return None


def _bare_gap(dt: DocText, a: int, b: int) -> int:
    """Characters in [a, b) outside the actor and date mentions there."""
    return b - a - sum(m.end - m.start for m in dt.mentions_in(a, b) if m.type in ("actor", "date"))


def _implied(dt: DocText, h: CueHit, victims: list[CueHit]) -> int:
    """Head count carried by a singular/dual noun after the cue (or before a passive verb:
    "قُتل عنصر", "الممرض ... قُتل"), a pronoun on it ("مقتلهما"), or quoted names after it."""
    own = h.cue.flag_value("n")  # a singular or dual casualty noun: "ارتقى شهيدان"
    if own is not None and h.cls in _CASUALTY:
        return int(own)
    if h.cue.has("implied"):
        word = dt.folded(h.start, h.end)
        if word.endswith("هما"):
            return 2
        if word.endswith(("ه", "ها")):
            return 1
        return 0
    total = 0
    pos = h.end
    # "قتل مسلحون مجهولون ... ، مساء أمس، المدرس ...": the killers and the time come first
    reach = 0  # (looked up when a noun follows)
    for v in victims:
        if v.start < pos:
            continue
        gap = dt.folded(pos, v.start).strip()
        # the first noun may come after the killers ("قتل مسلحون مجهولون مدنياً"), the next ones
        # are joined by "و" ("استشهدت سيدة وطفلة")
        if total == 0:
            if not reach:
                killers = any(0 <= m.start - h.end <= 2 for m in dt.mentions_in(h.end, h.end + 60, "actor"))
                reach = 80 if killers else 30
            if len(gap) > reach or any(x.cls in _CUE_STOP for x in dt.hits_in(pos, v.start)):
                break
        elif gap != "و":
            break
        total += int(v.cue.flag_value("n") or 0)
        pos = v.end
    if total:
        return total
    rest = dt.folded(h.end, h.end + 120)
    while (m := _QUOTED.match(rest)) is not None and total < 10:
        total += 1
        rest = rest[m.end() :]
    if total:
        return total
    prior = [v for v in victims if v.end <= h.start and h.start - v.end <= 45]
    if prior:
        v = prior[-1]
        # "مقتل عنصرين من قسد وإصابة ...": the noun is the count of the casualty word before it
        before_v = dt.hits_in(max(0, v.start - 20), v.start)
        if any(x.cls in _CASUALTY and 0 <= v.start - x.end <= 3 for x in before_v):
            return 0
        counted = any(c.isdigit() for c in dt.folded(max(0, v.start - 4), v.start))  # "15 عنصراً"
        between = dt.hits_in(v.end, h.start)
        if not counted and not any(x.cls in ("kill", "wound", "casualty") for x in between):
            return int(v.cue.flag_value("n") or 0)
    return 0
