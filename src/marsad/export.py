"""Rendering events: JSON lines (the evaluation contract), a table, CSV; and the English note.

The note is generated from the event's fields only, so it never says more
than the event holds: "7 members of Jaysh al-Asha'ir defected in Tabni
(Deir ez-Zor) and went over to Syrian Democratic Forces."
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable

from marsad.events import COUNT_FIELDS, Event

FORMATS = ("jsonl", "table", "csv")

_VERB = {
    "armed_clash": "attacked",
    "territory_change": "took territory from",
    "airstrike": "struck",
    "shelling": "shelled",

    "attack_on_civilians": "attacked",
    "abduction": "abducted",
    "arrest": "arrested",
    "defection": "defected",
    "deployment": "sent reinforcements",
    "military_operation": "launched a military/sweep operation",
    "missing_personnel": "lost contact with members",
    "agreement": "reached an agreement",
    "base_established": "set up new positions",
    "property_destruction": "looted or destroyed property",
    "protest": "protested",
}
_NO_OBJECT = frozenset({"deployment", "military_operation", "missing_personnel", "base_established"})
_TOLL = (("fatalities", "killed"), ("injured", "wounded"), ("casualties", "killed or wounded"),
         ("missing", "missing"), ("arrested", "arrested"))


def _short(name: str) -> str:
    """Actor names carry a parenthesis ("Military Forces of Syria (Assad ...)"): drop it in prose."""
    return name.partition(" (")[0]


def note(ev: Event) -> str:
    """A one-sentence English summary built from the fields."""
    a1 = _short(ev.actor1.name) if ev.actor1 else "Unidentified actor"
    a2 = _short(ev.actor2.name) if ev.actor2 else None
    where = ""
    if ev.place is not None:
        where = f" in {ev.place.name}"
        if ev.place.admin1 and ev.place.admin1 != ev.place.name:
            where += f" ({ev.place.admin1})"
    if ev.kind == "defection":
        who = f"{ev.defectors} members of {a1}" if ev.defectors else f"Members of {a1}"
        s = f"{who} defected{where}" + (f" and went over to {a2}" if a2 else "")
    elif ev.kind in ("explosion", "suicide_bombing"):
        what = "A suicide bombing" if ev.kind == "suicide_bombing" else "An explosion"
        s = what + (f" by {a1}" if ev.actor1 is not None else "") + where + (f" hit {a2}" if a2 else "")
    elif ev.kind == "protest":
        s = f"Protest{where}" + (f" against {a2}" if a2 else "")
    elif ev.kind == "agreement":
        s = f"{a1} and {a2 or 'another party'} reached an agreement{where}"
    else:
        verb = _VERB.get(ev.kind, ev.kind)
        if ev.kind == "missing_personnel" and ev.missing:
            verb = f"lost contact with {ev.missing} members"
        elif ev.kind == "arrest" and ev.arrested:
            whom = "civilians" if ev.actor2 is None or ev.actor2.inter == "civilians" else f"members of {a2}"
            verb, a2 = f"arrested {ev.arrested} {whom}", None
        elif ev.kind in ("airstrike", "shelling") and not a2:
            verb = "carried out air/drone strikes" if ev.kind == "airstrike" else "shelled targets"
        if ev.kind == "deployment" and ev.place is not None:
            where = where.replace(" in ", " to ", 1)
        s = f"{a1} {verb}" + (f" {a2}" if a2 and ev.kind not in _NO_OBJECT else "") + where
    said = "missing" if ev.kind == "missing_personnel" else "arrested" if ev.kind == "arrest" else ""
    toll = [f"{getattr(ev, f)} {word}" for f, word in _TOLL if getattr(ev, f) and f != said]
    if toll:
        s += "; " + ", ".join(toll)
    if ev.date:
        s += f" on {ev.date.isoformat()}"
    if ev.claim or ev.denial:  # (most events are neither: no list to build)
        flags = [w for w, on in (("claimed", ev.claim), ("denied", ev.denial)) if on]
        s += f" ({', '.join(flags)})"
    return s + "."


def add_notes(events: Iterable[Event]) -> None:
    for ev in events:
        ev.note = note(ev)


def to_jsonl(ev: Event) -> str:
    return json.dumps(ev.to_dict(), ensure_ascii=False)


_COLUMNS = (
    "doc_id", "kind", "date", "place", "admin1", "actor1", "actor2", *COUNT_FIELDS, "evidence", "note",
)


def _row(ev: Event) -> list[str]:
    d = ev.to_dict()
    loc = d["location"] or {}
    return [
        ev.doc_id,
        ev.kind,
        d["date"] or "",
        loc.get("name") or "",
        loc.get("admin1") or "",
        ev.actor1.id if ev.actor1 else "",
        ev.actor2.id if ev.actor2 else "",
        *("" if getattr(ev, f) is None else str(getattr(ev, f)) for f in COUNT_FIELDS),
        ev.evidence,
        ev.note,
    ]


def csv_header() -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(_COLUMNS)
    return buf.getvalue().rstrip("\n")


def to_csv(ev: Event) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(_row(ev))
    return buf.getvalue().rstrip("\n")


# The table format's columns and their widths: output streams, so widths are fixed rather than
# measured over all rows; a longer value is cut with "…" (the jsonl and csv formats keep it whole).
_TABLE_COLUMNS = (("doc_id", 16), ("kind", 20), ("date", 10), ("place", 22), ("actor1", 20),
                  ("actor2", 20), ("toll", 16), ("note", 0))  # fmt: skip


def _table_row(values: tuple[str, ...]) -> str:
    cells = []
    for value, (_, width) in zip(values, _TABLE_COLUMNS, strict=True):
        if width:
            value = value if len(value) <= width else value[: width - 1] + "…"
            value = value.ljust(width)
        cells.append(value)
    return "  ".join(cells).rstrip()


def table_header() -> str:
    return _table_row(tuple(name for name, _ in _TABLE_COLUMNS))


def to_table(ev: Event) -> str:
    toll = " ".join(f"{f[:3]}={getattr(ev, f)}" for f in COUNT_FIELDS if getattr(ev, f) is not None)
    return _table_row((
        ev.doc_id,
        ev.kind,
        ev.date.isoformat() if ev.date else "-",
        ev.place.name if ev.place else "-",
        ev.actor1.id if ev.actor1 else "-",
        ev.actor2.id if ev.actor2 else "-",
        toll or "-",
        ev.note,
    ))


def render(ev: Event, fmt: str) -> str:
    if fmt == "csv":
        return to_csv(ev)
    if fmt == "table":
        return to_table(ev)
    return to_jsonl(ev)


def header(fmt: str) -> str | None:
    return csv_header() if fmt == "csv" else table_header() if fmt == "table" else None
