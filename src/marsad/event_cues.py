"""The event cue lexicon (lexicon/event_cues.tsv) and its matcher.

All cues compile into one Aho-Corasick automaton (`marsad.lexmatch`), so a
report is scanned once for every cue class, however large the lexicon grows.
Cue hits are returned with original-text offsets, like recogniser mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from operator import itemgetter
from typing import NamedTuple, cast

from marsad.lexmatch import PhraseMatch, PhraseMatcher
from marsad.normalize import Normalized, fold

CLASSES = frozenset(
    {"block", "trigger", "support", "kill", "wound", "casualty", "victim", "mod", "refine", "agent", "target",
     "assoc", "dest", "origin", "source", "route", "connector", "abroad"}
)
MODALITIES = frozenset(
    {"future", "background", "anaphor", "circumstance", "negation", "attempt", "claim", "denial",
     "nocasualty", "ongoing", "report", "alleged", "standing", "object", "tally", "blame"}
)
_KINDED = frozenset({"trigger", "support", "refine"})  # classes whose third column is an event kind
# Kinds of violence (as opposed to strategic developments and protests).
VIOLENT = frozenset(
    {"armed_clash", "airstrike", "shelling", "explosion", "suicide_bombing", "attack_on_civilians",
     "abduction", "territory_change", "arrest", "property_destruction"}
)
_BRACES = re.compile(r"\{([^{}]*)\}")
# Classes whose cues are nouns or verbs that Arabic may write with the article:
# "غارات" is also "الغارات". The lexicon lists the bare form; the article is added here.
_ARTICLE_CLASSES = frozenset({"trigger", "support", "kill", "wound", "casualty", "victim", "refine"})


@dataclass(frozen=True)
class Cue:
    """One lexicon row (after brace expansion)."""

    phrase: str  # matching form
    cls: str  # one of CLASSES
    kind: str  # an event kind for trigger/support/refine, the modality for mod, else ""
    flags: frozenset[str]
    # flag values ("n=2" -> {"n": "2"}), filled by __post_init__; declared here so that compiled
    # builds (mypyc), whose classes have no __dict__, have a slot for it
    _values: dict[str, str] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # "n=2", "reach=60", "only=deployment": parsed once, asked for in the rules' inner loops
        values = dict(f.split("=", 1) for f in self.flags if "=" in f)
        object.__setattr__(self, "_values", values)

    def has(self, flag: str) -> bool:
        return flag in self.flags

    def flag_value(self, name: str) -> str | None:
        return self._values.get(name)


class CueHit(NamedTuple):
    """A cue found in a text. A named tuple, not a frozen dataclass: a report has dozens of
    hits and a frozen dataclass's __init__ cost more than finding them."""

    start: int  # offsets into the original text
    end: int
    cue: Cue
    # copies of cue.cls / cue.kind: the rules test them in every inner loop
    cls: str = ""
    kind: str = ""

    @classmethod
    def of(cls, start: int, end: int, cue: Cue) -> CueHit:
        return _new_hit(cls, (start, end, cue, cue.cls, cue.kind))


_new_hit = tuple.__new__  # skips the named tuple's own __new__ in the matcher's loop


def expand(pattern: str) -> list[str]:
    """Brace expansion: "قتل{,وا}" -> ["قتل", "قتلوا"]; several groups multiply."""
    m = _BRACES.search(pattern)
    if m is None:
        return [pattern]
    out: list[str] = []
    for alt in m.group(1).split(","):
        out.extend(expand(pattern[: m.start()] + alt + pattern[m.end() :]))
    return out


def parse_lexicon(text: str, kinds: frozenset[str] | None = None) -> list[Cue]:
    """Parse the TSV text of a cue lexicon; raises ValueError on a malformed row (an unknown
    class, an event kind not in the taxonomy, a modality not in MODALITIES)."""
    if kinds is None:
        from marsad.events import load_kinds

        kinds = frozenset(load_kinds())
    cues: list[Cue] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 2 or cols[1] not in CLASSES:
            raise ValueError(f"event_cues.tsv:{n}: bad row {line!r}")
        kind = cols[2].strip() if len(cols) > 2 else ""
        flags = frozenset(f.strip() for f in (cols[3] if len(cols) > 3 else "").split(",") if f.strip())
        if (cols[1] in _KINDED and kind not in kinds) or (cols[1] == "mod" and kind not in MODALITIES) or (
            cols[1] not in _KINDED and cols[1] != "mod" and kind
        ):
            raise ValueError(f"event_cues.tsv:{n}: bad kind {kind!r} for class {cols[1]}")
        for phrase in expand(cols[0].strip()):
            folded = " ".join(fold(phrase).split())
            if not folded:
                continue
            cues.append(Cue(folded, cols[1], kind, flags))
            if cols[1] in _ARTICLE_CLASSES and not folded.startswith("ال") and "noarticle" not in flags:
                cues.append(Cue("ال" + folded, cols[1], kind, flags))
    return cues


class CueMatcher:
    """Finds every cue of a lexicon in a normalised text."""

    def __init__(self, cues: list[Cue]) -> None:
        self._matcher: PhraseMatcher[Cue] = PhraseMatcher()
        self._matcher.add_all((c.phrase, c) for c in cues)

    def find(self, norm: Normalized) -> list[CueHit]:
        """Cue hits in text order. Longest match wins among overlapping phrases of one class,
        so "حملة تمشيط" is one cue, not "حملة" and "تمشيط"; different classes may overlap
        ("قتل" a casualty word inside a longer trigger)."""
        matches = self._matcher.find_all(norm.text)
        # One pass in text order makes the hits and notes the runs of overlapping matches
        # (proclitics included). The longest-first choice within a class only ever weighs
        # phrases of one such run against each other, and most matches overlap nothing: only
        # the runs are looked at again (`_strike_shorter`). The answer is `_find_by_class`'s.
        hits: list[CueHit | None] = []
        found: list[PhraseMatch[Cue]] = []  # the match of each hit (its normalised span)
        runs: list[tuple[int, int]] = []  # [first, last + 1) hit indexes of overlapping matches
        offsets = norm.offsets
        reach = first = 0
        tied = False
        prev_start = prev_end = prev_ws = last_a = -1  # (prev_ws: the last match's word start)
        last_b = 0
        for match in matches:
            start, end, word_start, _phrase, payloads = match
            if start < prev_start or (start == prev_start and end >= prev_end) or word_start < prev_ws:
                # not strictly in text order: the runs cannot be told apart
                return self._find_by_class(norm, matches)
            prev_start, prev_end, prev_ws = start, end, word_start
            if offsets is None:
                a, b = start, end
            else:
                # Normalized.to_original inlined: only a span followed by deleted marks needs it
                a, b = offsets[start], offsets[end - 1] + 1
                if b < offsets[end]:
                    a, b = norm.to_original(start, end)
            if a < last_a or (a == last_a and b >= last_b) or len(payloads) > 1:
                tied = True  # two hits of one original span, or out of order: see below
            last_a, last_b = a, b
            if word_start >= reach:  # overlaps no match before it: the last run is complete
                if len(hits) - first > 1:
                    runs.append((first, len(hits)))
                first = len(hits)
                reach = end
            elif end > reach:
                reach = end
            for cue in payloads:
                hits.append(_new_hit(CueHit, (a, b, cue, cue.cls, cue.kind)))
                found.append(match)
        if len(hits) - first > 1:
            runs.append((first, len(hits)))
        for lo, hi in runs:
            _strike_shorter(hits, found, lo, hi)
        kept = [h for h in hits if h is not None] if runs else cast(list[CueHit], hits)
        if tied:
            # Hits of one span (a phrase of two classes, or spans that the mapping to the
            # original text brings together) take `_find_by_class`'s order of equal spans.
            last_a, last_b = -1, 0
            for a, b, *_rest in kept:
                if a < last_a or (a == last_a and b >= last_b):
                    return self._find_by_class(norm, matches)
                last_a, last_b = a, b
        return kept

    def _find_by_class(self, norm: Normalized, matches: list[PhraseMatch[Cue]]) -> list[CueHit]:
        """`find` the plain way: each class's phrases longest first on an occupancy mask of the
        text, then every class's hits sorted into text order (equal spans by class, in the
        order the classes first occur)."""
        hits: list[CueHit] = []
        by_class: dict[str, list[tuple[int, int, int, int, Cue]]] = {}
        for start, end, word_start, _phrase, payloads in matches:
            for cue in payloads:
                found = by_class.get(cue.cls)
                if found is None:
                    found = by_class[cue.cls] = []
                found.append((start - end, start, end, word_start, cue))
        chosen: list[tuple[int, int, Cue]] = []
        size = len(norm.text) + 1
        for found in by_class.values():
            if len(found) == 1:  # most classes: nothing to choose between
                chosen.append((found[0][1], found[0][2], found[0][4]))
                continue
            found.sort(key=_longest_first)  # stable: equal spans keep the lexicon's order
            # occupancy of the text by the class's phrases taken so far (proclitics included):
            # one slice test per candidate instead of a scan of every span taken
            taken = bytearray(size)
            for _neg, start, end, word_start, cue in found:
                if any(taken[word_start:end]):
                    continue
                taken[word_start:end] = b"\x01" * (end - word_start)
                chosen.append((start, end, cue))
        for start, end, cue in chosen:  # the rare path: `find` inlines this mapping
            a, b = norm.to_original(start, end)
            hits.append(_new_hit(CueHit, (a, b, cue, cue.cls, cue.kind)))
        hits.sort(key=_text_order)
        return hits


def _strike_shorter(hits: list[CueHit | None], found: list[PhraseMatch[Cue]], lo: int, hi: int) -> None:
    """Among the hits [lo, hi) of a run of overlapping matches, the longest of a class wins, then
    the first; equal spans keep the lexicon's order. The losers are struck out of `hits` (set
    to None). Lengths and overlaps are those of the normalised spans (`found`)."""
    if hi - lo == 2:  # the usual run: "بجروح" and its "جروح", or two classes' words
        one, other = hits[lo], hits[hi - 1]
        if one is not None and other is not None and one.cls == other.cls:
            first, second = found[lo], found[hi - 1]
            if second[1] - second[0] > first[1] - first[0]:
                hits[lo] = None
            else:
                hits[hi - 1] = None
        return
    by_class: dict[str, list[int]] = {}
    for i in range(lo, hi):
        h = hits[i]
        if h is not None:
            by_class.setdefault(h.cls, []).append(i)
    for members in by_class.values():
        if len(members) < 2:
            continue
        taken: list[tuple[int, int]] = []
        for i in sorted(members, key=lambda i: (found[i][0] - found[i][1], found[i][0])):  # (-length, start)
            _start, end, word_start, _phrase, _cues = found[i]
            if any(word_start < b and a < end for a, b in taken):
                hits[i] = None
            else:
                taken.append((word_start, end))


_longest_first = itemgetter(0, 1)  # (-(length), start) of a candidate


def _text_order(h: CueHit) -> tuple[int, int]:
    return h.start, -h.end


@lru_cache(maxsize=1)
def default_matcher() -> CueMatcher:
    text = resources.files("marsad.lexicon").joinpath("event_cues.tsv").read_text(encoding="utf-8")
    return CueMatcher(parse_lexicon(text))
