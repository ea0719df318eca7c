"""Events: the record marsad produces, and the extractor interface.

`Event` is the contract of /work/shared/eval/README.md as a dataclass;
`Event.to_dict()` gives the JSON the scorer reads. `EventExtractor` is the
interface an extractor implements; `RuleEventExtractor` (cue lexicons, role
patterns and argument rules over the recognisers' mentions) is the one
marsad ships, so that a learned component can later stand in its place.

The rule engine is split over several modules, each one step:
`sentences` (units of text), `event_cues` (the cue lexicon), `event_rules`
(frames of cues into candidate events), `roles` (actor1/actor2),
`event_args` (place, date, counts), `incidents` (merge and split) and
`export` (rendering, notes).
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any, Protocol

from marsad.document import Actor, Document, Place
from marsad.normalize import Normalized, normalize
from marsad.options import Options

COUNT_FIELDS = ("fatalities", "injured", "casualties", "missing", "defectors", "arrested")


@dataclass(frozen=True)
class Kind:
    """One row of the project's taxonomy (lexicon/kinds.tsv)."""

    name: str
    event_type: str
    sub_event_type: str
    meaning: str


@lru_cache(maxsize=1)
def load_kinds() -> dict[str, Kind]:
    text = resources.files("marsad.lexicon").joinpath("kinds.tsv").read_text(encoding="utf-8")
    rows = csv.reader(text.splitlines()[1:], delimiter="\t", quoting=csv.QUOTE_NONE)
    return {r[0]: Kind(r[0], r[1], r[2], r[3]) for r in rows if r}


@dataclass
class Event:
    """One incident: who did what to whom, where, when, with what toll, and the words that say so."""

    doc_id: str
    kind: str
    evidence_start: int
    evidence_end: int
    evidence: str  # == doc.text[evidence_start:evidence_end]
    date: date | None = None
    date_precision: int | None = None
    place: Place | None = None
    geo_precision: int | None = None
    place_rank: int = -1  # specificity of the place (marsad.places.place_rank); -1 without one
    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc_actors: list[Actor] = field(default_factory=list)
    fatalities: int | None = None
    injured: int | None = None
    casualties: int | None = None
    missing: int | None = None
    defectors: int | None = None
    arrested: int | None = None
    source: str | None = None
    persons: list[str] = field(default_factory=list)
    claim: bool = False
    denial: bool = False
    note: str = ""
    # Where the incident was found: block index and whether it came from the
    # title; the merge step uses them, the JSON does not carry them.
    block: int = 0
    from_title: bool = False
    date_from_text: bool = False

    @property
    def event_type(self) -> str:
        k = load_kinds().get(self.kind)
        return k.event_type if k else ""

    @property
    def sub_event_type(self) -> str:
        k = load_kinds().get(self.kind)
        if k is None:
            return ""
        state = self.actor1 is not None and self.actor1.inter == "state_forces"
        if self.kind == "territory_change" and state:
            return "Government regains territory"  # ACLED's name when the state retakes a place
        return k.sub_event_type

    def _assoc(self) -> list[Actor]:
        """assoc_actors, with the unit that actor1 stands for when the contract reports its parent."""
        shown = reported_actor(self.actor1)
        extra = [self.actor1] if self.actor1 is not None and shown is not self.actor1 else []
        return [a for a in extra + self.assoc_actors if shown is None or a.id != shown.id]

    def counts(self) -> dict[str, int | None]:
        return {f: getattr(self, f) for f in COUNT_FIELDS}

    def to_dict(self) -> dict[str, Any]:
        p = self.place
        location = None
        if p is not None:
            location = {
                "name": p.name,
                "name_ar": p.name_ar,
                "admin1": p.admin1,
                "admin2": p.admin2,
                "lat": p.lat,
                "lon": p.lon,
                "geo_precision": self.geo_precision,
            }
        d: dict[str, Any] = {
            "doc_id": self.doc_id,
            "kind": self.kind,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision,
            "location": location,
            "actor1": _actor_dict(reported_actor(self.actor1)),
            "actor2": _actor_dict(reported_actor(self.actor2)),
            "assoc_actors": [_actor_dict(a) for a in self._assoc()],
        }
        d.update(self.counts())
        d.update(
            evidence=self.evidence,
            evidence_start=self.evidence_start,
            evidence_end=self.evidence_end,
            source=self.source,
            persons=list(self.persons),
            claim=self.claim,
            denial=self.denial,
            note=self.note,
        )
        return d


def _actor_dict(actor: Actor | None) -> dict[str, str] | None:
    return None if actor is None else {"id": actor.id, "name": actor.name}


@lru_cache(maxsize=1)
def registry_ids() -> frozenset[str]:
    """The ids of the shared evaluation registry (actors.tsv, column "registry")."""
    from marsad.actors import load_records

    return frozenset(k for k, r in load_records().items() if r.registry)


def reported_actor(actor: Actor | None) -> Actor | None:
    """The actor as the contract reports it: itself when the shared registry lists it, else
    its nearest ancestor that the registry lists (a brigade outside the registry is reported
    as its army; the brigade itself rides along in assoc_actors)."""
    if actor is None or actor.id in registry_ids():
        return actor
    from marsad.roles import ancestors_of

    return next((a for a in ancestors_of(actor) if a.id in registry_ids()), actor)


class EventExtractor(Protocol):
    """Anything that turns an annotated document into events."""

    def extract(self, doc: Document, options: Options) -> list[Event]: ...


class RuleEventExtractor:
    """The rule engine: cue lexicons, role patterns and argument rules over mentions.

    Expects `doc.mentions` filled (see `marsad.annotate`); `extract_events`
    does both steps.
    """

    def extract(self, doc: Document, options: Options, norm: Normalized | None = None) -> list[Event]:
        # Imported here so that `marsad.events` (the model) loads without the engine's lexicons.
        from marsad.event_rules import candidate_events
        from marsad.export import add_notes
        from marsad.frames import DocText
        from marsad.incidents import consolidate

        events = consolidate(doc, candidate_events(doc, options, DocText(doc, norm)))
        add_notes(events)
        return events


def extract_events(
    doc: Document, options: Options, extractor: EventExtractor | None = None
) -> list[Event]:
    """Annotate `doc` (if not done yet), extract its events and store them on `doc.events`."""
    return extract_batch([doc], options, extractor)[0]


def extract_batch(
    docs: Sequence[Document], options: Options, extractor: EventExtractor | None = None
) -> list[list[Event]]:
    """`extract_events` over a batch: the recognisers run over the whole batch in turn
    (`marsad.annotate.annotate_batch`), then the event rules report by report."""
    from marsad.annotate import annotate_batch

    norms = [normalize(doc.text) for doc in docs]
    todo = [i for i, doc in enumerate(docs) if not doc.mentions]
    if todo:
        annotate_batch([docs[i] for i in todo], options, norms=[norms[i] for i in todo])
    rules = RuleEventExtractor() if extractor is None else None
    out: list[list[Event]] = []
    for doc, norm in zip(docs, norms, strict=True):
        if rules is not None:
            events = rules.extract(doc, options, norm)
        else:
            assert extractor is not None
            events = extractor.extract(doc, options)
        doc.events = list(events)
        out.append(events)
    return out


# Touches every lexicon the pipeline loads lazily: recognisers, event cues, roles.
_WARM_UP = "قتل عنصران من قوات النظام بقصف لتنظيم داعش على قرية في ريف دير الزور أمس، وفق مصادر محلية."


@lru_cache(maxsize=1)
def warm_up() -> None:
    """Load every lexicon now (once per process), then leave them out of the garbage
    collector's rounds.

    For a process that runs marsad over a corpus (the CLI, the benchmark). The lexicons
    live as long as the process; without `gc.freeze` every full collection walks their
    hundreds of thousands of objects again: 5-7% of extraction time (docs/evaluation.md).
    """
    import gc

    extract_events(Document(id="warm-up", source="warm-up", text=_WARM_UP), Options())
    gc.freeze()
