"""The annotation stage: run every recogniser over one document.

Normalises the text once, hands the same `Normalized` to each recogniser,
keeps the mentions that fall inside the article (title, headings,
paragraphs; not comments or boilerplate) and stores them on the document.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import Protocol

from marsad.document import Document, Mention
from marsad.normalize import Normalized, normalize
from marsad.options import Options


class Recognizer(Protocol):
    def recognize(self, doc: Document, norm: Normalized, options: Options) -> list[Mention]: ...


# module, class: the recognisers, in the order they run.
_RECOGNIZERS = (
    ("marsad.numbers", "NumberRecognizer"),
    ("marsad.dates", "DateRecognizer"),
    ("marsad.places", "PlaceRecognizer"),
    ("marsad.actors", "ActorRecognizer"),
    ("marsad.attribution", "AttributionRecognizer"),
    ("marsad.people", "PersonRecognizer"),
)


@lru_cache(maxsize=1)
def default_recognizers() -> tuple[Recognizer, ...]:
    """One instance of each recogniser per process (they load lexicons once)."""
    found: list[Recognizer] = []
    for module_name, class_name in _RECOGNIZERS:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as e:
            if e.name == module_name:
                continue
            raise
        found.append(getattr(module, class_name)())
    return tuple(found)


def _inside_article(doc: Document, mention: Mention) -> bool:
    if not doc.blocks:
        return True
    return any(b.start <= mention.start and mention.end <= b.end for b in doc.blocks)


def annotate(
    doc: Document,
    options: Options,
    recognizers: tuple[Recognizer, ...] | None = None,
) -> Document:
    """Fill `doc.mentions`; returns the same document."""
    norm = normalize(doc.text)
    mentions: list[Mention] = []
    for recognizer in recognizers if recognizers is not None else default_recognizers():
        mentions.extend(m for m in recognizer.recognize(doc, norm, options) if _inside_article(doc, m))
    mentions.sort(key=lambda m: (m.start, -m.end))
    doc.mentions = mentions
    return doc
