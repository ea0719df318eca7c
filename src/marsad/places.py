"""The place recogniser: gazetteer names in a report, resolved to one place each.

One Aho-Corasick pass (`marsad.lexmatch.PhraseMatcher`) finds every gazetteer
name; the rest is local reasoning over the word or two before each match:

* acceptance: 7,000+ village names include ordinary words ("النصر", "الحرية"),
  so a village or neighbourhood needs a place word ("قرية", "بلدة", "حي") or
  at least a preposition ("في", "من", "قرب", a glued "ب") before it, unless
  its name is a distinctive multi-word one, or it continues a list of places
  ("قريتي لاهثة والمتونة"); names marked as common words need a place word;
  cities, governorates, regions and landmarks match freely;
* regions built from a place: "ريف X", "أرياف X", "بادية X", with an optional
  direction after ("ريف دير الزور الغربي");
* not places: a name in an armed group's name ("جيش اليرموك") or a media outlet's
  ("شبكة دير الزور 24", "صفحة حمص الآن": `marsad.attribution.in_outlet_name`);
* homonyms: the candidate whose governorate / district the rest of the report
  mentions wins, then the more important kind (city > town > village); a village
  far from all the report's other places, in a governorate it never names, keeps its
  name but takes the point of the report's nearest place (`_stray`, `_unlocated`);
* roads (regions.tsv, kind road) are regions at one representative point, precision 2;
* ACLED geo-precision: 1 the place itself, 2 near it ("قرب", "محيط", "شمال")
  or part of a region represented by a town, 3 a region or governorate.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from operator import attrgetter
from typing import NamedTuple

from marsad.attribution import OUTLET_PREV, OUTLET_TAIL_STARTS, in_outlet_name
from marsad.document import Document, Place, PlaceMention
from marsad.gazetteer import KIND_WEIGHT, NEED_NOTHING, NEED_PLACE_WORD, NEED_PREPOSITION, Gazetteer, load
from marsad.lexmatch import PhraseMatch, PhraseMatcher
from marsad.normalize import Normalized, fold
from marsad.options import Options
from marsad.place_context import (
    FOREIGN,
    FOREIGN_WORDS,
    GROUP_HEADS,
    NEAR,
    NEAR_BEFORE_MIN,
    NOUNS,
    PLURAL_NOUNS,
    PREPS,
    PROCLITIC_IN,
    folded_words,
    no_noun_before,
    prev_word_start,
    strip,
    words_before,
)

_DIRECTIONS = {
    "الشرقي": "Eastern", "الشرقيه": "Eastern", "الغربي": "Western", "الغربيه": "Western",
    "الشمالي": "Northern", "الشماليه": "Northern", "الجنوبي": "Southern", "الجنوبيه": "Southern",
}  # fmt: skip
_OFFSET = {"Eastern": (0.0, 0.25), "Western": (0.0, -0.25), "Northern": (0.2, 0.0), "Southern": (-0.2, 0.0)}
# First words of village names that are just as often a person's name ("أبو علي").
_PERSONAL = frozenset({"ابو", "ام", "ابن", "بنت", "الشيخ", "شيخ", "السيد", "الحاج", "الملا", "بني"})
# Place nouns that are village names too ("المدينة"): never a place on their own.
_GENERIC = frozenset(
    folded_words("المدينة القرية البلدة المنطقة الحي المخيم الناحية المحافظة مدينة قرية بلدة منطقة حي")
)
_ADMIN = frozenset({"district", "subdistrict"})
_FREE_KINDS = frozenset(
    {"governorate", "city", "town", "feature", "region", "river", "district", "subdistrict"}
)
_SEPARATORS = frozenset(" \t\u060c,\"'«»“”")  # what may stand between two listed places besides "و"


class _PhraseEntries(NamedTuple):
    """What `PlaceRecognizer._entries` makes of a gazetteer phrase, once per phrase."""

    places: list[tuple[Place, int, bool]]  # (place, what it needs before it: NEED_*, short name)
    needs_noun: bool  # every place needs a place word before it (NEED_PLACE_WORD)
    # Every place, when none needs anything before it nor is a short name (`_accept` takes all).
    free: tuple[Place, ...]


@dataclass(slots=True)
class _Candidate:
    match: PhraseMatch[tuple[int, int]]
    places: list[tuple[Place, int, bool]]  # (place, what it needs before it: NEED_*, short name)
    start: int  # span in normalised text (may include "ريف" before and a direction after)
    end: int
    noun: str | None = None
    blocked: bool = False  # part of an armed group's name: "جيش اليرموك"
    near: bool = False
    weak: bool = False
    accepted: list[Place] = field(default_factory=list)

    # Explicit (the dataclass keeps it): typed for the compiled build, where the generated
    # __init__ stays interpreted Python, several times the cost of a native one.
    def __init__(
        self,
        match: PhraseMatch[tuple[int, int]],
        places: list[tuple[Place, int, bool]],
        start: int,
        end: int,
        noun: str | None = None,
        blocked: bool = False,
        near: bool = False,
        weak: bool = False,
        accepted: list[Place] | None = None,
    ) -> None:
        self.match = match
        self.places = places
        self.start = start
        self.end = end
        self.noun = noun
        self.blocked = blocked
        self.near = near
        self.weak = weak
        self.accepted = [] if accepted is None else accepted


def place_rank(mention: PlaceMention) -> int:
    """Specificity of a place mention: higher is more specific.

    5 a village, town, neighbourhood or landmark itself; 4 a city itself; 3 near a
    place or a part of a region represented by a town; 2 a district, sub-district
    or region; 1 a governorate (or its capital standing for it); 0 a river.
    """
    p = mention.place
    if p is None or p.kind == "river":
        return 0
    if p.kind == "governorate":
        return 1
    if mention.geo_precision >= 3:
        return 1 if p.kind == "city" else 2
    if mention.geo_precision == 2:
        return 3
    if p.kind in _ADMIN or p.kind == "region":
        return 2
    return 4 if p.kind == "city" else 5


def _longest_first(m: PhraseMatch[tuple[int, int]]) -> tuple[int, int]:
    return m[0] - m[1], m[0]  # (-length, start); m.start is m[0], m.end m[1]


_start = attrgetter("start")  # C-level sort keys
_end = attrgetter("end")


_WORD_RUN = re.compile(r"\w*")
# How far a village in a governorate the report never names may lie from its other places.
_STRAY_KM = 100
_STRAY_KINDS = frozenset({"village", "neighbourhood"})
_POINT_KINDS = frozenset({"city", "town", "village", "neighbourhood", "feature"})


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance: plenty for comparing homonyms a few km apart."""
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 6371 * math.hypot(x, math.radians(lat2 - lat1))


class PlaceRecognizer:
    """Finds gazetteer places in a report (see the module docstring)."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or load()
        self._matcher: PhraseMatcher[tuple[int, int]] = PhraseMatcher()
        for name in self.gazetteer.names():
            self._matcher.add(name.key, (name.place_index, name.need))
        self._matcher.find_all("")  # build the automaton now, not on the first report
        self._primary_key = {p.id: " ".join(fold(p.name_ar).split()) for p in self.gazetteer.places}
        # `_entries` by phrase: computed once per gazetteer phrase, not per match
        self._payload_cache: dict[str, _PhraseEntries] = {}
        self._capital_ids = {p.id: a1 for a1, p in self.gazetteer.capitals.items()}
        # The region "ريف X" / "بادية X" made from a place, by (place id, Badia, direction): made
        # once, not per mention.
        self._countryside_cache: dict[tuple[str, bool, str | None], tuple[Place, int]] = {}

    # -- candidates -------------------------------------------------------
    def _candidate(
        self,
        text: str,
        m: PhraseMatch[tuple[int, int]],
        places: list[tuple[Place, int, bool]],
        prev: list[str],
        w1: str,
    ) -> _Candidate:
        """prev: `words_before` the match; w1: its first word, `strip`ped."""
        w2 = strip(prev[1]) if len(prev) > 1 else ""
        noun = NOUNS.get(w1)
        rif_at = 0
        if noun in ("city", "governorate", "subdistrict", "area") and NOUNS.get(w2) in ("rif", "badia"):
            noun, rif_at = NOUNS[w2], 1  # "ريف مدينة البوكمال", "ريف ناحية السعن"
        prefix = text[m.word_start : m.start]
        if noun is None and prefix == "و" and w2 in PLURAL_NOUNS:
            noun = NOUNS[w2]  # "قريتي الفاسدة ومسعدة": the dual covers both
        # "قرب ذيبان", "قرب بلدة ذيبان", "بالقرب من ذيبان", "شمال شرق ذيبان"
        near = w1 in NEAR or (w1 == "من" and w2 in NEAR_BEFORE_MIN) or (w1 in NOUNS and w2 in NEAR)
        weak = bool(noun or near or w1 in PREPS or prefix in PROCLITIC_IN)
        start = m.start
        if noun in ("rif", "badia"):
            word = prev[rif_at]
            stripped = w1 if rif_at == 0 else w2
            start = prev_word_start(text, m.word_start, prev, rif_at) + (len(word) - len(stripped))
        # "شبكة دير الزور 24", "صفحة حمص الآن": a place inside a media outlet's name
        before = prev[0] if prev else ""
        blocked = w1 in GROUP_HEADS or (
            (before in OUTLET_PREV or text.startswith(OUTLET_TAIL_STARTS, m.end))
            and in_outlet_name(text, m.end, before)
        )
        return _Candidate(m, places, start, m.end, noun, blocked, near, weak)

    def _entries(self, m: PhraseMatch[tuple[int, int]]) -> _PhraseEntries:
        """The places a phrase may be, each with what it needs before it and a short-name flag."""
        key = m.phrase
        if key in _GENERIC:
            return _PhraseEntries([], False, ())  # "أحياء المدينة" is not the neighbourhood al-Madina
        found: dict[str, tuple[Place, int]] = {}
        foreign = key in FOREIGN  # "في تركيا" is the country, "قرية تركيا" a village
        for index, need in m.payloads:
            if foreign:
                need = NEED_PLACE_WORD
            p = self.gazetteer.places[index]
            if p.id not in found or need < found[p.id][1]:
                found[p.id] = (p, need)
        words = key.split(" ")
        distinctive = len(words) > 1 and words[0] not in _PERSONAL and len(key) >= 7
        out = []
        for p, need in found.values():
            hand_written = p.id in self.gazetteer.default_precision  # regions.tsv: curated phrases
            if (
                need == NEED_NOTHING
                and p.kind not in _FREE_KINDS
                and not hand_written
                and (not distinctive or p.kind == "neighbourhood")
            ):
                need = NEED_PREPOSITION  # a village or neighbourhood
            # "وادي" is not و + "ادي": short names take no proclitic unless a city's
            # (by its own name: "بحلب", but "فرقه" is not ف + "رقه")
            short = len(key) <= 3 and not (p.kind in _FREE_KINDS and key == self._primary_key[p.id])
            out.append((p, need, short))
        needs_noun = all(need == NEED_PLACE_WORD for _, need, _ in out)
        free = all(need == NEED_NOTHING and not short for _, need, short in out)
        return _PhraseEntries(out, needs_noun, tuple(p for p, _, _ in out) if free else ())

    def _accept(self, c: _Candidate, coordinated: bool = False) -> None:
        if c.blocked:
            return
        noun_ok = c.noun is not None and c.noun not in ("rif", "badia")
        weak = c.weak or coordinated
        glued = c.match.word_start != c.match.start
        c.accepted = [
            p
            for p, need, short in c.places
            if not (short and glued and not coordinated)
            and (
                need == NEED_NOTHING
                or (need == NEED_PREPOSITION and weak)
                or (need == NEED_PLACE_WORD and noun_ok)
            )
        ]

    # -- resolution -------------------------------------------------------
    def _filter_by_noun(self, c: _Candidate) -> list[Place]:
        cands = c.accepted
        if len(cands) == 1:
            return cands  # what the filters below leave of a single place
        wanted: tuple[str, ...] = ()
        if c.noun == "governorate":
            wanted = ("governorate",)
        elif c.noun == "city":
            wanted = ("city", "town")
        elif c.noun == "town":
            wanted = ("town", "village", "city")
        elif c.noun == "village":
            wanted = ("village", "town")
        elif c.noun == "neighbourhood":
            wanted = ("neighbourhood",)
        elif c.noun == "subdistrict":
            wanted = ("subdistrict",)
        elif c.noun == "camp":
            wanted = ("feature",)
        if wanted:
            chosen = [p for p in cands if p.kind in wanted]
            if chosen:
                return chosen
        # Without "محافظة"/"ناحية" a name shared by a town and its admin unit is the town.
        plain = [p for p in cands if p.kind not in _ADMIN and p.kind != "governorate"]
        return plain or cands

    def _is_point(self, c: _Candidate, p: Place) -> bool:
        """Whether a resolved mention locates the report (a governorate's name alone does not)."""
        if p.id in self._capital_ids:
            return c.noun == "city"
        return p.kind in _POINT_KINDS

    def _resolve(self, cands: list[Place], c: _Candidate, anchors: list[tuple[int, Place, bool]]) -> Place:
        pos = c.start
        if len(cands) == 1:
            return cands[0]
        admin1 = Counter(p.admin1 for _, p, _ in anchors)
        admin2 = Counter(p.admin2 for _, p, _ in anchors if p.kind not in ("governorate", "region"))
        points = [(p.lat, p.lon) for _, p, is_point in anchors if is_point]

        def score(p: Place) -> tuple[float, float]:
            s = float(KIND_WEIGHT.get(p.kind, 1))
            if self._primary_key[p.id] == c.match.phrase:
                s += 2  # "أبو راسين" is rather the place so named than "أبو راسين حسكة"
            if p.admin1 in admin1:
                nearest = min(abs(a - pos) for a, q, _ in anchors if q.admin1 == p.admin1)
                s += 2 + 3 * math.exp(-nearest / 400)  # a governorate named nearby counts most
            if p.admin2 and p.admin2 in admin2:
                s += 2
            if points:
                # homonyms in one admin unit: the one nearest the report's other places
                d = min(_km(p.lat, p.lon, a, b) for a, b in points)
                s += 3 * math.exp(-d / 25)
            return s, -p.lat  # deterministic tie-break

        return max(cands, key=score)

    def _mention(self, c: _Candidate, place: Place, norm: Normalized) -> PlaceMention:
        text = norm.text
        end = c.end
        direction = None
        countryside = c.noun in ("rif", "badia")
        # "ريف دير الزور الغربي": the next word is read only where a direction may follow
        may_turn = countryside or place.kind in ("governorate", "region")
        if may_turn and text[end : end + 1] == " ":
            run = _WORD_RUN.match(text, end + 1)
            word_end = run.end() if run else end + 1
            nxt = text[end + 1 : word_end]
            if nxt in _DIRECTIONS:
                direction = _DIRECTIONS[nxt]
                end = word_end
        precision = self._precision(c, place)
        if countryside and place.kind not in ("region", "river", "governorate"):
            place, precision = self._countryside(c, place, direction)
        elif direction and place.kind == "governorate":
            place = self._countryside(c, place, direction)[0]
        if c.near:
            precision = max(precision, 2)
        start, stop = norm.to_original(c.start, end)
        # positional (type, start, end, text, place, geo_precision): a third of the keyword call's cost
        return PlaceMention("place", start, stop, norm.original[start:stop], place, precision)

    def _precision(self, c: _Candidate, p: Place) -> int:
        if p.id in self.gazetteer.default_precision:
            return self.gazetteer.default_precision[p.id]
        if p.kind in ("governorate", "district", "region", "river"):
            return 3
        if p.kind == "subdistrict":
            return 2
        if p.kind == "feature" and p.name_ar.startswith(("جبل", "جبال")):
            return 2
        # A governorate's name alone ("في دير الزور") stands for the governorate as
        # often as for its capital: ACLED codes that as the capital at precision 3.
        if p.id in self._capital_ids and c.noun != "city" and p.admin1 != "Damascus":
            return 3
        return 1

    def _countryside(self, c: _Candidate, p: Place, direction: str | None) -> tuple[Place, int]:
        key = (p.id, c.noun == "badia", direction)
        found = self._countryside_cache.get(key)
        if found is None:
            found = self._countryside_cache[key] = self._make_countryside(c, p, direction)
        return found

    def _make_countryside(self, c: _Candidate, p: Place, direction: str | None) -> tuple[Place, int]:
        gov = p.admin1 if (p.kind == "governorate" or p.id in self._capital_ids) else None
        label = "Badia" if c.noun == "badia" else "countryside"
        base = self.gazetteer.capitals.get(gov, p) if gov else p
        lat, lon = base.lat, base.lon
        if direction:
            dlat, dlon = _OFFSET[direction]
            lat, lon = round(lat + dlat, 4), round(lon + dlon, 4)
        name = f"{direction + ' ' if direction else ''}{gov or p.name} {label}"
        place = Place(
            id=f"{p.id}-{label.lower()}{'-' + direction.lower() if direction else ''}",
            name=name, name_ar=("بادية " if c.noun == "badia" else "ريف ") + p.name_ar, kind="region",
            lat=lat, lon=lon, admin1=p.admin1, admin2=p.admin2 if not gov else None,
        )  # fmt: skip
        return place, 3 if gov else 2

    # -- entry point ------------------------------------------------------
    def recognize(self, doc: Document, norm: Normalized, options: Options) -> list[PlaceMention]:
        text = norm.text
        taken = bytearray(len(text))
        chosen: list[_Candidate] = []
        rejected: list[_Candidate] = []
        # Longest match first: a match inside an accepted longer one can never be
        # chosen, so it is not even examined (most raw matches are such pieces).
        matches = self._matcher.find_all(text)
        matches.sort(key=_longest_first)
        for m in matches:
            start, end, word_start, phrase, _ = m
            if 1 in taken[start:end]:
                continue
            if start != word_start and text[word_start:end] in FOREIGN_WORDS:
                continue  # "لبنان" is not ل + the village "بنان"
            entries = self._payload_cache.get(phrase)
            if entries is None:
                entries = self._payload_cache[phrase] = self._entries(m)
            places, needs_noun, free = entries
            if not places:
                continue  # a generic word ("المدينة"): never a place, nor listed after one
            # Fast path: a name that is an ordinary word too ("الحرية") needs a place word right
            # before it (`_candidate`'s noun; after "و", the one before a list may do): without
            # one it is no place, nor listed after one.
            noun_needed = needs_noun and text[word_start:start] != "و"
            if noun_needed and no_noun_before(text, word_start):
                continue
            prev = words_before(text, word_start)
            w1 = strip(prev[0]) if prev else ""
            if noun_needed and w1 not in NOUNS:
                continue  # where `no_noun_before` could not tell
            c = self._candidate(text, m, places, prev, w1)
            if free and not c.blocked:
                c.accepted = list(free)  # fast path: what `_accept` would keep
            else:
                self._accept(c)
            if not c.accepted:
                rejected.append(c)
            elif 1 not in taken[c.start : c.end]:
                taken[c.start : c.end] = b"\x01" * (c.end - c.start)
                chosen.append(c)
        # Places listed after an accepted one: "قريتي لاهثة والمتونة", "ذيبان، الحوايج".
        chosen.sort(key=_end)
        ends = [c.end for c in chosen]
        for c in sorted(rejected, key=_start):
            if c.blocked or 1 in taken[c.start : c.end]:
                continue
            i = bisect_right(ends, c.match.word_start)
            if i and self._coordinated(text, chosen[i - 1], c):
                self._accept(c, coordinated=True)
                if c.accepted:
                    taken[c.start : c.end] = b"\x01" * (c.end - c.start)
                    chosen.insert(i, c)
                    ends.insert(i, c.end)
        chosen.sort(key=_start)
        resolved = [self._filter_by_noun(c) for c in chosen]
        anchors = [
            (c.start, ps[0], len(ps) == 1 and self._is_point(c, ps[0]))
            for c, ps in zip(chosen, resolved, strict=True)
            if ps[0].admin1 and (len(ps) == 1 or len({p.admin1 for p in ps}) == 1)
        ]
        named: dict[str | None, set[str]] | None = None  # each governorate's anchors, for `_stray`
        out = []
        for c, ps in zip(chosen, resolved, strict=True):
            place = ps[0] if len(ps) == 1 else self._resolve(ps, c, anchors)
            if (place.kind == "neighbourhood" or c.noun == "neighbourhood") and not any(
                q.admin1 == place.admin1 and a != c.start for a, q, _ in anchors
            ):
                continue  # a neighbourhood only in a report that names its city or governorate
            mention = self._mention(c, place, norm)
            if place.kind in _STRAY_KINDS:
                if named is None:
                    named = {}
                    for _, q, _ in anchors:
                        named.setdefault(q.admin1, set()).add(q.id)
                if len(named.get(place.admin1) or ()) <= 1 and self._stray(place, anchors):
                    mention = self._unlocated(mention, c, anchors)
            out.append(mention)
        return out

    @staticmethod
    def _stray(place: Place, anchors: list[tuple[int, Place, bool]]) -> bool:
        """A village far from all the report's other places, in a governorate it never names: a
        homonym whose right namesake the gazetteer lacks ("تل شنان" of Homs in a report on al-Hasakah)."""
        others = [q for _, q, _ in anchors if q.id != place.id]
        if not others or any(q.admin1 == place.admin1 for q in others):
            return False
        return min(_km(place.lat, place.lon, q.lat, q.lon) for q in others) > _STRAY_KM

    @staticmethod
    def _unlocated(
        mention: PlaceMention, c: _Candidate, anchors: list[tuple[int, Place, bool]]
    ) -> PlaceMention:
        """The stray's name at the report's place nearest in the text: near it (precision 2), or
        in its area (3) when that is a region or governorate."""
        assert mention.place is not None
        p = mention.place
        _, q, is_point = min((a for a in anchors if a[1].id != p.id), key=lambda a: abs(a[0] - c.start))
        place = Place(
            id=f"{p.id}-unlocated", name=f"{p.name} (unlocated, near {q.name})", name_ar=p.name_ar,
            kind=p.kind, lat=q.lat, lon=q.lon, admin1=q.admin1, admin2=q.admin2,
        )  # fmt: skip
        return replace(mention, place=place, geo_precision=2 if is_point else 3)

    @staticmethod
    def _coordinated(text: str, prev: _Candidate, c: _Candidate) -> bool:
        if prev.end > c.match.word_start:
            return False
        gap = text[prev.end : c.match.word_start]
        glued = text[c.match.word_start : c.match.start]
        if glued == "و":
            return gap.strip(" \t") == ""
        return glued == "" and gap != "" and set(gap) <= _SEPARATORS | {"و"} and len(gap) <= 4
