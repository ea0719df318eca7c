"""The Syria gazetteer: loading and lookup.

Two committed data files (see lexicon/GAZETTEER_ATTRIBUTION.md):

* ``lexicon/gazetteer.tsv``: 8,000+ governorates, districts, sub-districts,
  cities, towns, villages, neighbourhoods and features with Arabic names,
  built by ``tools/build_gazetteer.py`` from the shared OCHA/OpenSyria/GeoNames
  gazetteer;
* ``lexicon/regions.tsv``: hand-written regions ("بادية دير الزور", "سهل الغاب"),
  landmarks ("حقل العمر"), roads ("طريق دير الزور الميادين", "M4": kind road, a
  region at one representative point; "A/B" phrases name a road by its two ends,
  see `road_phrases`) and extra spellings of gazetteer places ("ذبيان").

Generated spellings (`_variants`, `_hill_variants`): space-less forms ("ديرالزور"), a
one-word name without its article (after a place word only), and the other ways of writing
a hill name: "تل X" / "تل الX" / "تلة X" / "تلة الX" for one another, where no other
place has (or would get) that form.

A name written with a leading ``!`` in either file is also an ordinary word
("الحرية"): the recogniser takes it only after an explicit place word
(`Name.need` == NEED_PLACE_WORD). A leading ``?`` marks a city name that is
a common word too ("الباب" = the door): it needs at least a preposition
(NEED_PREPOSITION).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from marsad.document import Place
from marsad.normalize import fold

# Settlement kinds, most important first (used to break homonym ties).
# Settlement kinds, most important first (used to break homonym ties): a city
# named in a report is far more often the city than a village of the same name
# elsewhere, even when that village's governorate is mentioned too.
KIND_WEIGHT = {
    "governorate": 5,
    "city": 8,
    "feature": 5,
    "region": 3,
    "neighbourhood": 2,
    "town": 4,
    "district": 1,
    "subdistrict": 1,
    "village": 1,
}
# Letters that do not join to the next one: a writer may drop the space after
# them without changing how the word looks ("ديرالزور", "كفرنبل").
_NON_JOINING = set("اأإآدذرزوؤءة")
NEED_NOTHING, NEED_PREPOSITION, NEED_PLACE_WORD = 0, 1, 2
_MARKS = {"?": NEED_PREPOSITION, "!": NEED_PLACE_WORD}
_SHORT_BARE = 5  # a name without its article must keep at least this many letters


@dataclass(frozen=True)
class Name:
    """One matching key of a place."""

    key: str  # matching form (marsad.normalize.fold)
    place_index: int
    need: int  # NEED_NOTHING, NEED_PREPOSITION or NEED_PLACE_WORD (see the module docstring)


class Gazetteer:
    """All places and their matching keys, loaded once per process (see `load`)."""

    def __init__(
        self, places: list[Place], names: dict[int, list[tuple[str, int]]], precision: dict[str, int]
    ):
        self.places = places
        self._names = names
        self.by_id = {p.id: p for p in places}
        # Default ACLED geo-precision of hand-written regions and landmarks.
        self.default_precision = precision
        self._by_key: dict[str, list[Place]] = {}
        for name in self.names():
            self._by_key.setdefault(name.key, []).append(places[name.place_index])
        self.governorates = {p.admin1: p for p in places if p.kind == "governorate" and p.admin1}
        # The city that gives its name to a governorate ("حلب", "دير الزور").
        gov_keys = {fold(p.name_ar): p.admin1 for p in self.governorates.values()}
        self.capitals = {
            p.admin1: p
            for p in places
            if p.kind == "city" and gov_keys.get(fold(p.name_ar)) == p.admin1 and p.admin1
        }

    def get(self, place_id: str) -> Place | None:
        return self.by_id.get(place_id)

    def lookup(self, name: str) -> list[Place]:
        """Every place that has `name` (any spelling the recogniser accepts) as a name."""
        return list(dict.fromkeys(self._by_key.get(" ".join(fold(name).split()), [])))

    def names(self) -> Iterator[Name]:
        """Every matching key, with variant spellings expanded."""
        for index, raw_names in self._names.items():
            seen: set[str] = set()
            for raw, need in raw_names:
                for key, key_need in _variants(raw, need):
                    if key not in seen:
                        seen.add(key)
                        yield Name(key, index, key_need)


# Set on the need of a generated road phrase: no space-less forms of it (each form is one more
# key of the automaton, and the road's phrases already come in dozens).
_AS_WRITTEN = 8


def _variants(raw: str, need: int) -> Iterator[tuple[str, int]]:
    as_written = bool(need & _AS_WRITTEN)
    need &= ~_AS_WRITTEN
    key = " ".join(fold(raw).split())
    if not key:
        return
    yield key, need
    words = key.split(" ")
    gaps = [i for i, w in enumerate(words[:-1]) if w[-1] in _NON_JOINING]
    if 0 < len(gaps) <= 3 and not as_written:
        # every way of dropping the spaces that do not change the look of the name
        for mask in range(1, 1 << len(gaps)):
            joined = {g for k, g in enumerate(gaps) if mask >> k & 1}
            yield (
                "".join(w + ("" if i in joined or i == len(words) - 1 else " ") for i, w in enumerate(words)),
                need,
            )
    # "البصيرة" is also written "بصيرة", but a bare form is most often a common noun
    # ("أهداف", "واسطة"): it is taken only after a place word ("بلدة بصيرة").
    if len(words) == 1 and key.startswith("ال") and len(key) - 2 >= _SHORT_BARE:
        yield key[2:], NEED_PLACE_WORD


# A hill and the village named after it: "تل X" is written "تل الX", "تلة X", "تلة الX" too.
_HILLS = ("تل", "تله")
# Words after which an article makes no name ("تل ابو X" is never "تل الابو X").
_NO_ARTICLE = frozenset({"ابو", "ام", "ابن", "بنت", "بني", "بنو"})
_BARE_MIN = 3  # "تل الX" -> "تل X" only when X keeps at least this many letters


def _hill_forms(key: str) -> set[str]:
    """The other spellings of a hill name ("تل اسود" -> "تل الاسود", "تله اسود", "تله الاسود")."""
    head, _, rest = key.partition(" ")
    if head not in _HILLS or not rest:
        return set()
    first, _, tail = rest.partition(" ")
    firsts = {first}
    if first.startswith("ال"):
        if len(first) - 2 >= _BARE_MIN:
            firsts.add(first[2:])
    elif first not in _NO_ARTICLE:
        firsts.add("ال" + first)
    forms = {" ".join(w for w in (h, f, tail) if w) for h in _HILLS for f in firsts}
    forms.discard(key)
    return forms


def _hill_variants(names: dict[int, list[tuple[str, int]]]) -> None:
    """Add `_hill_forms` to `names` (place index -> raw names): a form is added only where it
    comes from one spelling alone and is no key of any place yet, so it never makes a homonym.
    Only a hill name has keys that start with a hill word (`_variants` keeps the first space
    of "تل X"), so those are all the keys a form is checked against."""
    taken: set[str] = set()
    owners: dict[str, list[tuple[int, int]]] = {}  # source key -> (place index, need)
    for index, raw in names.items():
        for n, need in raw:
            key = " ".join(fold(n).split())
            if key.startswith(("تل ", "تله ")):
                taken.update(k for k, _ in _variants(n, need))
                if not need & _AS_WRITTEN:
                    owners.setdefault(key, []).append((index, need))
    sources: dict[str, set[str]] = {}
    for key in owners:
        for form in _hill_forms(key):
            if form not in taken:
                sources.setdefault(form, set()).add(key)
    for form, keys in sources.items():
        if len(keys) == 1:
            for index, need in owners[next(iter(keys))]:
                names[index].append((form, need))


# Road words before the end places of a road ("طريق دمشق حلب", "أوتوستراد دمشق - السويداء") and
# those before "بين A وB" ("الطريق الواصل بين دير الزور والميادين").
# (Each form is a key of the place automaton, times the space-less spellings of its names:
# only the forms news commonly writes.)
_ROAD_WORDS = (
    "طريق", "الطريق", "الطريق الدولي", "أوتوستراد", "الأوتوستراد", "الأوتوستراد الدولي", "أتوستراد",
    "اوتستراد",
)  # fmt: skip
_ROAD_BETWEEN = ("الطريق الواصل", "الطريق الرابط", "الطريق الدولي الواصل", "طريق")
_ROAD_JOINS = (" ", " - ", "-")


def road_phrases(pair: str) -> list[str]:
    """Every way news names the road between the two places of "A/B" (regions.tsv, kind road)."""
    a, b = (x.strip() for x in pair.split("/"))
    out = []
    for x, y in ((a, b), (b, a)):
        out += [f"{w} {x}{j}{y}" for w in _ROAD_WORDS for j in _ROAD_JOINS]
        out += [f"{w} بين {x} و{y}" for w in _ROAD_BETWEEN]
    return out


def _split_names(field: str) -> list[tuple[str, int]]:
    out = []
    for n in field.split("|"):
        n = n.strip()
        if n:
            need = _MARKS.get(n[0], NEED_NOTHING)
            out.append((n[1:] if need else n, need))
    return out


def _rows(filename: str) -> Iterator[dict[str, str]]:
    text = resources.files("marsad").joinpath("lexicon", filename).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


def _opt(v: str | None) -> str | None:
    return v or None


def _place(row: dict[str, str], name_ar: str) -> Place:
    """A Place from a gazetteer.tsv or regions.tsv row (regions have no admin3 column)."""
    return Place(
        id=row["id"],
        name=row["name_en"],
        name_ar=name_ar,
        kind=row["kind"],
        lat=float(row["lat"]),
        lon=float(row["lon"]),
        admin1=_opt(row["admin1"]),
        admin2=_opt(row["admin2"]),
        admin3=_opt(row.get("admin3")),
    )


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The committed gazetteer plus hand-written regions, landmarks and aliases."""
    places: list[Place] = []
    names: dict[int, list[tuple[str, int]]] = {}
    index_of: dict[str, int] = {}
    for r in _rows("gazetteer.tsv"):
        all_names = _split_names(r["name_ar"]) + _split_names(r["variants"])
        place = _place(r, all_names[0][0])
        index_of[place.id] = len(places)
        names[len(places)] = all_names
        places.append(place)
    precision: dict[str, int] = {}
    for r in _rows("regions.tsv"):
        phrases = _split_names(r["phrases"])
        if r["kind"] == "road":
            # a line feature: one representative point, and a region for everything downstream
            phrases = [
                (p, need | _AS_WRITTEN) if "/" in n else (p, need)
                for n, need in phrases
                for p in (road_phrases(n) if "/" in n else [n])
            ]
            r["kind"] = "region"
        if r["kind"] == "alias":
            index = index_of[r["id"]]
            names[index] = names[index] + phrases
            continue
        place = _place(r, phrases[0][0])
        precision[place.id] = int(r["precision"])
        index_of[place.id] = len(places)
        names[len(places)] = phrases
        places.append(place)
    _hill_variants(names)
    return Gazetteer(places, names, precision)
