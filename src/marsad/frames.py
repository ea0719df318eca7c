"""Clause frames: the stretch of text that one incident is read from.

A sentence is cut at clause connectors ("في حين", "كما", "حيث"...); clauses
are then grouped so that each frame holds at most one event trigger, while
clauses that only carry casualty words or circumstances join the frame of
the trigger they belong to ("قُتل 4 مدنيين، كما أصيب 10 آخرون جراء قصف ...").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from operator import attrgetter

from marsad.document import Block, Document, Mention
from marsad.event_cues import VIOLENT, CueHit, default_matcher
from marsad.normalize import Normalized, fold, normalize
from marsad.sentences import Sentence, blocks_of, split_sentences


def folded_regex(pattern: str) -> re.Pattern[str]:
    """A regular expression over the matching form, written in ordinary Arabic: "الى" in the
    pattern must meet "الي" in the folded text."""
    return re.compile(fold(pattern))


@dataclass
class Frame:
    start: int
    end: int
    sentence: Sentence
    hits: list[CueHit] = field(default_factory=list)
    # hits by class, built on first use (the rules ask for the same classes again and again);
    # `extend` drops it while the frame is being built
    _by_cls: dict[str, list[CueHit]] | None = field(default=None, repr=False, compare=False)

    def of(self, cls: str) -> list[CueHit]:
        by_cls = self._by_cls
        if by_cls is None:
            by_cls = {}
            for h in self.hits:
                by_cls.setdefault(h.cls, []).append(h)
            self._by_cls = by_cls
        return by_cls.get(cls, _NONE)

    def has_any(self, classes: frozenset[str]) -> bool:
        """Has the frame a hit of one of these classes?"""
        self.of("")  # builds the index
        assert self._by_cls is not None
        return not classes.isdisjoint(self._by_cls)

    def extend(self, end: int, hits: list[CueHit]) -> None:
        self.end = end
        self.hits.extend(hits)
        self._by_cls = None

    @property
    def triggers(self) -> list[CueHit]:
        return self.of("trigger")


_NONE: list[CueHit] = []  # shared empty answer of Frame.of: callers never mutate it
_START = attrgetter("start")
_END = attrgetter("end")


# Cue classes that can make a frame an event (the rules skip every other frame, except claims).
_TELLING = frozenset({"trigger", "kill", "wound", "casualty"})
_COMMA_AND = re.compile(r"[،,]\s*(و)")


def _held(t: CueHit, hits: list[CueHit]) -> bool:
    """A trigger right after "خلال", "هذا", "بعد" ...: part of the clause before, not news."""
    return any(h.cls == "mod" and h.kind in ("circumstance", "anaphor") and 0 <= t.start - h.end <= 3
               for h in hits)


class DocText:
    """A document with everything the rules look up: normalised text, cue hits, mentions, sentences."""

    def __init__(self, doc: Document, norm: Normalized | None = None) -> None:
        self.doc = doc
        self.norm = norm or normalize(doc.text)
        self.blocks: list[Block] = blocks_of(doc)
        self.sentences: list[Sentence] = split_sentences(doc, self.blocks)
        hits = default_matcher().find(self.norm)
        # one pass over the hits for the classes looked at here
        sources: list[CueHit] = []
        foreign: list[CueHit] = []  # names of foreign places ("لبنان", "الموصل"), for marsad.event_scope
        blamed = False
        for h in hits:
            cls = h.cls
            if cls == "source":
                sources.append(h)
            elif cls == "abroad":
                foreign.append(h)
            elif cls == "mod" and h.kind == "blame":
                blamed = True
        if sources:
            # "المركز الإعلامي": a victim noun inside a reporter's name is nobody hit. The matcher
            # gives a class's hits without overlaps, so the only source that may hold a victim
            # is the last one to start before it.
            source_starts = [x.start for x in sources]
            hits = [h for h in hits if h.cls != "victim"
                    or not ((k := bisect_right(source_starts, h.start)) and h.end <= sources[k - 1].end)]
        self.hits: list[CueHit] = hits
        self._hit_starts = [h.start for h in hits]
        self.foreign: list[CueHit] = foreign
        # does any denial of responsibility ("مسؤوليتها") occur? (most reports: no)
        self.blamed = blamed
        # per sentence start: the modality words opening it; where pluperfects start (once asked)
        self.openings: dict[int, list[CueHit]] = {}
        self.pluperfects: list[int] | None = None
        mentions = doc.mentions
        if foreign:
            # "لبنان" is no Syrian village "بنان": a place inside a foreign name is no place
            mentions = [m for m in mentions if m.type != "place"
                        or not any(h.start <= m.start and m.end <= h.end for h in foreign)]
        # in text order, (start, -end): two stable sorts with C-level keys (annotate's order
        # already, mostly, but a caller may have added mentions)
        ordered = sorted(mentions, key=_END, reverse=True)
        ordered.sort(key=_START)
        self.mentions: list[Mention] = ordered
        self._mention_starts = [m.start for m in ordered]
        self._memo: dict[tuple[int, int, str | None], list[Mention]] = {}
        # answers of the rules' own look-ups that depend on the document only (keyed by their
        # arguments, e.g. the places of a sentence); never changed by callers
        self.memo: dict[tuple[object, ...], object] = {}
        # per mention type, for the rules' typed look-ups ("the places of this frame")
        by_type: dict[str, list[Mention]] = {}
        for m in ordered:
            same = by_type.get(m.type)
            if same is None:
                by_type[m.type] = [m]
            else:
                same.append(m)
        self._typed: dict[str, tuple[list[Mention], list[int]]] = {
            type_: (ms, [m.start for m in ms]) for type_, ms in by_type.items()
        }

    def folded(self, start: int, end: int) -> str:
        """The matching form of the original span [start, end)."""
        offsets = self.norm.offsets
        if offsets is None:
            return self.norm.text[start:end]
        i = bisect_left(offsets, start)
        return self.norm.text[i : bisect_left(offsets, end, i)]  # (an empty span either way if end < start)

    def hits_in(self, start: int, end: int) -> list[CueHit]:
        starts = self._hit_starts
        i = bisect_left(starts, start)
        j = bisect_left(starts, end, i)
        return [h for h in self.hits[i:j] if h.end <= end]

    def mentions_in(self, start: int, end: int, type_: str | None = None) -> list[Mention]:
        """Mentions within [start, end), of one type if given. The rules ask for the same span
        (a frame, a sentence) many times: answers are kept, so callers must not change them."""
        key = (start, end, type_)
        found = self._memo.get(key)
        if found is None:
            if type_ is None:
                ms, starts = self.mentions, self._mention_starts
            else:
                typed = self._typed.get(type_)
                if typed is None:
                    found = self._memo[key] = []
                    return found
                ms, starts = typed
            i = bisect_left(starts, start)
            j = bisect_right(starts, end, i)
            found = self._memo[key] = [m for m in ms[i:j] if m.end <= end]
        return found

    def _title_cuts(self, s: Sentence, hits: list[CueHit]) -> list[int]:
        """A headline strings its incidents with a bare "و" ("اغتيال مدرس في X واعتقالات في Y"):
        a trigger glued to "و" after another trigger starts a new clause."""
        text = self.doc.text
        triggers = [h for h in hits if h.cls == "trigger"]
        out: list[int] = []
        for prev, h in zip(triggers, triggers[1:], strict=False):
            glued = h.start - 1 > s.start and text[h.start - 1] == "و" and text[h.start - 2].isspace()
            if glued and h.start > prev.end and h.kind != prev.kind:
                out.append(h.start - 1)
        return out

    def _own_incident(self, a: int, b: int, hits: list[CueHit], current: Frame | None) -> bool:
        """Does the clause after "، و" tell an incident of its own: a trigger, a place the clause
        before did not name, and its own side or toll ("، وعنصران من قسد برصاص مجهولين في X")?"""
        if current is None or not any(h.cls == "trigger" and not _held(h, hits) for h in hits):
            return False
        mine = self.mentions_in(a, b)
        before = {m.text for m in self.mentions_in(current.start, current.end, "place")}
        new_place = any(m.type == "place" and m.text not in before for m in mine)
        return new_place and any(m.type in ("actor", "number") for m in mine)

    def block_span(self, index: int) -> tuple[int, int]:
        b = self.blocks[index]
        return b.start, b.end

    def frames(self) -> list[Frame]:
        out: list[Frame] = []
        for s in self.sentences:
            out.extend(self._sentence_frames(s))
        return out

    def _sentence_frames(self, s: Sentence) -> list[Frame]:
        hits = self.hits_in(s.start, s.end)
        classes = {h.cls for h in hits}
        if classes.isdisjoint(_TELLING) and not (
            "mod" in classes and any(h.kind == "claim" for h in hits if h.cls == "mod")
        ):
            return []  # nothing happens in the sentence and nobody claims anything: no frame can count
        cuts: list[int] = []
        if "connector" in classes:
            blocks = [h for h in hits if h.cls == "block"]
            cuts = [h.start for h in hits if h.cls == "connector"
                    and not any(b.start <= h.start and h.end <= b.end for b in blocks)]  # "فيما يسمى"
        if s.is_title:
            cuts = sorted(cuts + self._title_cuts(s, hits))
        # "، و" joins clauses too ("3 مدنيين بقصف على X، وعنصران برصاص في Y"): a soft cut, which
        # starts a frame only for a clause with a trigger of its own
        soft = {m.start(1) for m in _COMMA_AND.finditer(self.doc.text, s.start, s.end)}
        if not cuts and not soft and s.end > s.start:
            return [Frame(s.start, s.end, s, hits)]  # one clause (most sentences): the frame is the sentence
        soft -= set(cuts)
        cuts = sorted(set(cuts) | soft)
        bounds = [s.start, *cuts, s.end]
        frames: list[Frame] = []
        current: Frame | None = None
        i = 0
        for a, b in zip(bounds, bounds[1:], strict=False):
            if b <= a:
                continue
            # hits are in text order and the clauses follow each other: walk them once
            while i < len(hits) and hits[i].start < a:
                i += 1
            j = i
            while j < len(hits) and hits[j].start < b:
                j += 1
            clause_hits = hits[i:j]
            i = j
            kinds = {h.kind for h in clause_hits if h.cls == "trigger"}
            if a in soft and not self._own_incident(a, b, clause_hits, current):
                kinds = set()
            # A clause of casualties joins the trigger clause after it only when that one is an
            # act of violence: "قُتل 4، كما أُصيب 10، جراء قصف" is one incident; "خسرت 30 عنصراً،
            # حيث تواصل روسيا حملات التمشيط" is two.
            casualty_only = current is not None and not current.triggers and any(
                h.cls in ("kill", "wound", "casualty") for h in current.hits
            )
            first = clause_hits[0] if clause_hits else None
            apart = first is not None and first.cls == "connector" and first.cue.has("apart")
            if (
                current is None
                or apart  # "بالتزامن مع ...": another activity, never part of the frame before
                or (kinds and current.triggers)
                or (kinds and casualty_only and not kinds & VIOLENT)
            ):
                current = Frame(a, b, s, clause_hits)
                frames.append(current)
            else:
                current.extend(b, clause_hits)
        return frames
