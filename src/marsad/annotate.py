"""The annotation stage: run every recogniser over one document, or a batch of them.

Normalises the text once, hands the same `Normalized` to each recogniser,
keeps the mentions that fall inside the article (title, headings,
paragraphs; not comments or boilerplate) and stores them on the document.

Corpora go through in batches (`annotate_batch`), one recogniser over the whole
batch before the next, as spaCy's `nlp.pipe` runs its components: a recogniser's
automaton, tables and code then stay in the CPU caches from one report to the
next (10-15% faster than one report at a time through every recogniser;
docs/evaluation.md, "Speed"). The output is the same either way.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate
from operator import attrgetter
from typing import Protocol

from marsad.actors import ActorRecognizer
from marsad.attribution import AttributionRecognizer
from marsad.dates import DateRecognizer
from marsad.document import Document, Mention
from marsad.normalize import Normalized, normalize
from marsad.numbers import NumberRecognizer
from marsad.options import Options
from marsad.people import PersonRecognizer
from marsad.places import PlaceRecognizer


class Recognizer(Protocol):
    def recognize(self, doc: Document, norm: Normalized, options: Options) -> Sequence[Mention]: ...


@lru_cache(maxsize=1)
def default_recognizers() -> tuple[Recognizer, ...]:
    """One instance of each recogniser per process (they load lexicons once), in running order."""
    return (
        NumberRecognizer(),
        DateRecognizer(),
        PlaceRecognizer(),
        ActorRecognizer(),
        AttributionRecognizer(),
        PersonRecognizer(),
    )


def _article_bounds(doc: Document) -> tuple[list[int], list[int]] | None:
    """Where the article's blocks start, in order, and the furthest end reached by each
    block or an earlier one; None when there are no blocks.

    A mention is inside a block iff some block starting at or before it ends at or
    after it: one bisection per mention instead of a scan of all blocks.
    """
    if not doc.blocks:
        return None
    blocks = sorted((b.start, b.end) for b in doc.blocks)
    return [s for s, _ in blocks], list(accumulate((e for _, e in blocks), max))


_by_start = attrgetter("start")
_by_end = attrgetter("end")


def annotate(
    doc: Document,
    options: Options,
    recognizers: tuple[Recognizer, ...] | None = None,
    norm: Normalized | None = None,
) -> Document:
    """Fill `doc.mentions`; returns the same document. A caller that also matches over the
    text (the event rules) may pass `normalize(doc.text)` in, so it is computed once."""
    annotate_batch([doc], options, recognizers, None if norm is None else [norm])
    return doc


def annotate_batch(
    docs: Sequence[Document],
    options: Options,
    recognizers: tuple[Recognizer, ...] | None = None,
    norms: Sequence[Normalized] | None = None,
) -> None:
    """Fill each document's `mentions`, running each recogniser over the whole batch in turn.
    `norms`, when given, are `normalize(doc.text)` of each document, in the same order."""
    if norms is None:
        norms = [normalize(doc.text) for doc in docs]
    bounds = [_article_bounds(doc) for doc in docs]
    found: list[list[Mention]] = [[] for _ in docs]
    for recognizer in recognizers if recognizers is not None else default_recognizers():
        for doc, norm, doc_bounds, mentions in zip(docs, norms, bounds, found, strict=True):
            new = recognizer.recognize(doc, norm, options)
            if doc_bounds is None:
                mentions.extend(new)
            else:
                starts, reach = doc_bounds
                # the test inlined: a function call per mention cost more than the bisection
                mentions.extend(
                    [m for m in new if (i := bisect_right(starts, m.start)) and reach[i - 1] >= m.end]
                )
    for doc, mentions in zip(docs, found, strict=True):
        # In text order, longer first at one start: sorted by end (descending), then by start.
        # Both sorts are stable, so this is one sort by (start, -end) with C-level keys.
        mentions.sort(key=_by_end, reverse=True)
        mentions.sort(key=_by_start)
        doc.mentions = mentions
