"""The document object that every pipeline stage enriches.

A `Document` is created by a reader in `marsad.sources`, given its article
structure by `marsad.article`, mentions by the recognisers (`places`,
`actors`, `numbers`, `dates`, `people`) and events by `marsad.events`.

Offsets: every `start`/`end` in this module is an offset into
`Document.text`, the report's text exactly as read (for HTML, the text
rendering built by the HTML reader). Evidence quoted later is always
`doc.text[start:end]`, never normalised text.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from datetime import date
from typing import Any

BLOCK_KINDS = ("title", "heading", "paragraph")


@dataclass
class Block:
    """One unit of the article body: its title, a subheading or a paragraph."""

    kind: str  # one of BLOCK_KINDS
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "start": self.start, "end": self.end, "text": self.text}


@dataclass
class Comment:
    """A reader comment, kept apart from the article body."""

    author: str | None
    text: str
    time_text: str | None = None  # as written, e.g. "منذ 3 سنوات 4 أشهر"
    date: date | None = None  # resolved against the reference date where one is known

    def to_dict(self) -> dict[str, Any]:
        return {
            "author": self.author,
            "text": self.text,
            "time_text": self.time_text,
            "date": self.date.isoformat() if self.date else None,
        }


@dataclass(frozen=True)
class Place:
    """A gazetteer entry."""

    id: str
    name: str  # English
    name_ar: str
    kind: str  # governorate, district, subdistrict, city, town, village, neighbourhood, feature, region
    lat: float
    lon: float
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None


@dataclass(frozen=True)
class Actor:
    """An actor-lexicon entry."""

    id: str
    name: str
    inter: str  # ACLED inter category: state_forces, rebel_group, political_militia, ...
    parents: tuple[str, ...] = ()  # ids, nearest first: a 4th Division unit has ("syria-regime",)


@dataclass
class Mention:
    """Something a recogniser found in the text."""

    type: str  # place, actor, number, date, person, source
    start: int
    end: int
    text: str  # == Document.text[start:end]

    # An explicit __init__ (the dataclass keeps it): typed for the compiled build, where the
    # dataclass-generated one stays interpreted Python (~300 ns a mention, ~40 mentions a report).
    def __init__(self, type: str, start: int, end: int, text: str) -> None:
        self.type = type
        self.start = start
        self.end = end
        self.text = text

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "start": self.start, "end": self.end, "text": self.text}


@dataclass
class PlaceMention(Mention):
    place: Place | None = None
    geo_precision: int = 1  # ACLED: 1 the place, 2 near it / part of a region, 3 a region

    # explicit, as Mention's (see there); the base's fields through its __init__
    def __init__(
        self, type: str, start: int, end: int, text: str, place: Place | None = None, geo_precision: int = 1
    ) -> None:
        Mention.__init__(self, type, start, end, text)
        self.place = place
        self.geo_precision = geo_precision

    def to_dict(self) -> dict[str, Any]:
        d = super().to_dict()
        p = self.place
        if p is not None:
            d.update(
                id=p.id,
                name=p.name,
                name_ar=p.name_ar,
                kind=p.kind,
                lat=p.lat,
                lon=p.lon,
                admin1=p.admin1,
                admin2=p.admin2,
                geo_precision=self.geo_precision,
            )
        return d


@dataclass
class ActorMention(Mention):
    actor: Actor | None = None

    # explicit, as Mention's (see there); the base's fields through its __init__
    def __init__(self, type: str, start: int, end: int, text: str, actor: Actor | None = None) -> None:
        Mention.__init__(self, type, start, end, text)
        self.actor = actor

    def to_dict(self) -> dict[str, Any]:
        d = super().to_dict()
        a = self.actor
        if a is not None:
            d.update(id=a.id, name=a.name, inter=a.inter, parents=list(a.parents))
        return d


@dataclass
class NumberMention(Mention):
    value: int = 0
    qualifier: str = "exact"  # exact, at_least, at_most, about, vague

    # explicit, as Mention's (see there); the base's fields through its __init__
    def __init__(
        self, type: str, start: int, end: int, text: str, value: int = 0, qualifier: str = "exact"
    ) -> None:
        Mention.__init__(self, type, start, end, text)
        self.value = value
        self.qualifier = qualifier

    def to_dict(self) -> dict[str, Any]:
        d = super().to_dict()
        d.update(value=self.value, qualifier=self.qualifier)
        return d


@dataclass
class DateMention(Mention):
    date: date | None = None
    time_precision: int = 1  # ACLED: 1 day, 2 week or similar span, 3 month

    # explicit, as Mention's (see there); `datetime.date`: in this class `date` is the field
    def __init__(
        self,
        type: str,
        start: int,
        end: int,
        text: str,
        date: datetime.date | None = None,
        time_precision: int = 1,
    ) -> None:
        Mention.__init__(self, type, start, end, text)
        self.date = date
        self.time_precision = time_precision

    def to_dict(self) -> dict[str, Any]:
        d = super().to_dict()
        d.update(date=self.date.isoformat() if self.date else None, time_precision=self.time_precision)
        return d


@dataclass
class PersonMention(Mention):
    name: str = ""

    # explicit, as Mention's (see there); the base's fields through its __init__
    def __init__(self, type: str, start: int, end: int, text: str, name: str = "") -> None:
        Mention.__init__(self, type, start, end, text)
        self.name = name

    def to_dict(self) -> dict[str, Any]:
        d = super().to_dict()
        d.update(name=self.name)
        return d


@dataclass
class SourceMention(Mention):
    """An attributed source: "وفقاً لشبكة عين الفرات", "أفاد المرصد السوري"."""

    name: str = ""

    # explicit, as Mention's (see there); the base's fields through its __init__
    def __init__(self, type: str, start: int, end: int, text: str, name: str = "") -> None:
        Mention.__init__(self, type, start, end, text)
        self.name = name

    def to_dict(self) -> dict[str, Any]:
        d = super().to_dict()
        d.update(name=self.name)
        return d


@dataclass
class Document:
    """One report, enriched stage by stage."""

    id: str
    source: str  # path, URL or "<stdin>", with "#n" for the n-th record of a container
    text: str
    url: str | None = None
    title: str | None = None
    published: date | None = None
    published_from: str | None = None  # metadata, dateline, caller, corpus
    site_name: str | None = None
    blocks: list[Block] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Any] = field(default_factory=list)  # marsad.events.Event
    html: str | None = None  # raw HTML, when the report came as a page

    @property
    def body_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.kind != "title"]

    def mentions_of(self, type_: str) -> list[Mention]:
        return [m for m in self.mentions if m.type == type_]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "published_from": self.published_from,
            "site_name": self.site_name,
            "blocks": [b.to_dict() for b in self.blocks],
            "comments": [c.to_dict() for c in self.comments],
            "boilerplate": list(self.boilerplate),
        }
