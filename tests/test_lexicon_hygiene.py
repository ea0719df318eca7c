"""Hygiene of the actor lexicon: the data files obey the rules the recogniser relies on."""

from __future__ import annotations

import csv
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from marsad.actors import (
    BLOCKER,
    INTER_CATEGORIES,
    LEXICON_DIR,
    SIDES,
    ActorRecognizer,
    Alias,
    ancestors,
    is_a,
    lexicon_version,
    load_aliases,
    load_records,
    variants,
)
from marsad.document import Document
from marsad.normalize import fold, normalize
from marsad.options import Options

REGISTRY = Path(__file__).resolve().parents[2] / "shared" / "eval" / "actors.tsv"  # the kit, beside the repo


@pytest.mark.parametrize("name", ["actors.tsv", "actor_aliases.tsv", "sources.tsv"])
def test_files_are_versioned(name: str) -> None:
    assert (LEXICON_DIR / name).exists()
    assert lexicon_version(name).startswith("version ")


def test_aliases_are_in_matching_form() -> None:
    aliases = [a.alias for a in load_aliases()]
    bad = [a for a in aliases if fold(a) != a or " ".join(a.split()) != a]
    assert bad == []


def test_ids_parents_and_categories_exist() -> None:
    records = load_records()
    for rec in records.values():
        assert rec.actor.inter in INTER_CATEGORIES, rec.actor.id
        for parent in rec.actor.parents:
            assert parent in records, (rec.actor.id, parent)
        assert rec.actor.id not in ancestors(rec.actor.id), f"cycle at {rec.actor.id}"
        if rec.valid_from and rec.valid_to:
            assert rec.valid_from < rec.valid_to, rec.actor.id
    for alias in load_aliases():
        assert alias.id == BLOCKER or alias.id in records, alias
        assert alias.side in SIDES, alias
        kind = alias.rule.split(":")[0]
        assert alias.rule in ("", "anaphor", "generic") or kind in ("from", "until"), alias
    # a nationality row is expanded, never matched as written
    assert all(a.rule != "nationality" for a in load_aliases())


def test_every_actor_has_an_alias() -> None:
    named = {a.id for a in load_aliases()}
    assert sorted(set(load_records()) - named) == []


def _periods_disjoint(rows: list[Alias]) -> bool:
    spans = sorted((a.valid_from or date.min, a.valid_to or date.max) for a in rows)
    if any(a.valid_from is None and a.valid_to is None for a in rows):
        return False
    return all(prev[1] <= nxt[0] for prev, nxt in zip(spans, spans[1:], strict=False))


def test_no_undecided_homonyms() -> None:
    """A phrase (with its generated spellings) that names two ids needs disjoint date rules."""
    by_form: dict[str, list[Alias]] = defaultdict(list)
    for alias in load_aliases():
        for form in variants(alias.alias):
            by_form[form].append(alias)
    undecided = []
    for form, rows in by_form.items():
        ids = {a.id for a in rows}
        if len(ids) < 2:
            continue
        if BLOCKER in ids or any(a.anaphor or a.generic for a in rows) or not _periods_disjoint(rows):
            undecided.append((form, sorted(ids)))
    assert undecided == []


@pytest.mark.skipif(not REGISTRY.exists(), reason="evaluation registry not available")
def test_registry_ids_present_and_examples_recognised() -> None:
    with REGISTRY.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    records = load_records()
    assert sorted(r["id"] for r in rows if r["id"] not in records) == []
    # the "registry" column marks exactly the kit's ids: the level the event contract reports
    assert sorted(k for k, r in records.items() if r.registry) == sorted(r["id"] for r in rows)
    recognizer = ActorRecognizer()
    missed = []
    for row in rows:
        rec = records[row["id"]]
        # a day inside the actor's period, so that date rules read the example its way
        day = rec.valid_from or date(2020, 1, 1)
        for example in (e.strip() for e in row["examples_ar"].split("،")):
            if not example or len(example.split()) > 3:  # a description, not a name
                continue
            doc = Document(id="x", source="registry", text=example, published=day)
            ms = recognizer.recognize(doc, normalize(example), Options())
            if not any(m.actor and is_a(m.actor.id, row["id"]) for m in ms):
                missed.append((row["id"], example))
    assert missed == []


def test_sources_file_is_well_formed() -> None:
    with (LEXICON_DIR / "sources.tsv").open(encoding="utf-8") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert rows
    folded = [fold(r["name"]) for r in rows]
    assert len(folded) == len(set(folded)), "a source listed twice"
    assert {r["cue_only"] for r in rows} <= {"yes", "no"}
