"""Running the whole pipeline on a test's own Arabic text, shared by the event tests."""

from __future__ import annotations

from datetime import date

from marsad.article import segment
from marsad.document import Document
from marsad.events import Event, extract_events
from marsad.options import Options

PUBLISHED = date(2024, 5, 10)  # a Friday


def extract_text(text: str, published: date = PUBLISHED) -> list[Event]:
    """Segment `text` as a reader would, then annotate and extract."""
    doc = Document(id="t", source="test", text=text, published=published)
    segment(doc, Options())
    return extract_events(doc, Options(published=published))


def event_dicts(text: str, published: date = PUBLISHED) -> list[dict]:
    return [e.to_dict() for e in extract_text(text, published)]


def one_event(text: str) -> dict:
    events = event_dicts(text)
    assert len(events) == 1, events
    return events[0]


def kinds_and_places(text: str) -> list[tuple[str, str]]:
    return [(e["kind"], e["location"]["name_ar"]) for e in event_dicts(text)]


def ids(ev: dict) -> tuple[str | None, str | None]:
    """An event dict's (actor1 id, actor2 id)."""
    return (ev["actor1"] or {}).get("id"), (ev["actor2"] or {}).get("id")
