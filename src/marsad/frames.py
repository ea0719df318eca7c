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

    def of(self, cls: str) -> list[CueHit]:
        return [h for h in self.hits if h.cls == cls]

    @property
    def triggers(self) -> list[CueHit]:
        return self.of("trigger")


class DocText:
    """A document with everything the rules look up: normalised text, cue hits, mentions, sentences."""

    def __init__(self, doc: Document, norm: Normalized | None = None) -> None:
        self.doc = doc
        self.norm = norm or normalize(doc.text)
        self.blocks: list[Block] = blocks_of(doc)
        self.sentences: list[Sentence] = split_sentences(doc, self.blocks)
        self.hits: list[CueHit] = default_matcher().find(self.norm)
        self._hit_starts = [h.start for h in self.hits]
        self.mentions: list[Mention] = sorted(doc.mentions, key=lambda m: (m.start, -m.end))
        self._mention_starts = [m.start for m in self.mentions]

    def folded(self, start: int, end: int) -> str:
        """The matching form of the original span [start, end)."""
        offsets = self.norm.offsets
        if offsets is None:
            return self.norm.text[start:end]
        return self.norm.text[bisect_left(offsets, start) : bisect_left(offsets, end)]

    def hits_in(self, start: int, end: int) -> list[CueHit]:
        i = bisect_left(self._hit_starts, start)
        out = []
        while i < len(self.hits) and self.hits[i].start < end:
            if self.hits[i].end <= end:
                out.append(self.hits[i])
            i += 1
        return out

    def mentions_in(self, start: int, end: int, type_: str | None = None) -> list[Mention]:
        i = bisect_left(self._mention_starts, start)
        j = bisect_right(self._mention_starts, end)
        return [m for m in self.mentions[i:j] if m.end <= end and (type_ is None or m.type == type_)]

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
        cuts = [h.start for h in hits if h.cls == "connector"]
        bounds = [s.start, *cuts, s.end]
        frames: list[Frame] = []
        current: Frame | None = None
        for a, b in zip(bounds, bounds[1:], strict=False):
            if b <= a:
                continue
            clause_hits = [h for h in hits if a <= h.start < b]
            kinds = {h.kind for h in clause_hits if h.cls == "trigger"}
            # A clause of casualties joins the trigger clause after it only when that one is an
            # act of violence: "قُتل 4، كما أُصيب 10، جراء قصف" is one incident; "خسرت 30 عنصراً،
            # حيث تواصل روسيا حملات التمشيط" is two.
            casualty_only = current is not None and not current.triggers and any(
                h.cls in ("kill", "wound", "casualty") for h in current.hits
            )
            if (
                current is None
                or (kinds and current.triggers)
                or (kinds and casualty_only and not kinds & VIOLENT)
            ):
                current = Frame(a, b, s, clause_hits)
                frames.append(current)
            else:
                current.end = b
                current.hits.extend(clause_hits)
        return frames
