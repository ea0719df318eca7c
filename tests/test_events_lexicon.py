"""The cue lexicon as data: its loader, its coverage of the taxonomy, and the matcher over it."""

from __future__ import annotations

from importlib import resources

import pytest

from marsad.event_cues import CueMatcher, default_matcher, expand, parse_lexicon
from marsad.events import load_kinds
from marsad.normalize import normalize

KINDS = frozenset(load_kinds())


def test_brace_expansion_multiplies_groups() -> None:
    assert expand("قتل{,وا,ت}") == ["قتل", "قتلوا", "قتلت"]
    assert sorted(expand("{ي,ت}قصف{,ون}")) == ["تقصف", "تقصفون", "يقصف", "يقصفون"]


@pytest.mark.parametrize(
    "row",
    [
        "قصف\ttriggr\tshelling",  # unknown class
        "قصف\ttrigger\tbombing",  # kind not in the taxonomy
        "سوف\tmod\tsoon",  # unknown modality
        "على\ttarget\tshelling",  # a role marker carries no kind
    ],
)
def test_malformed_rows_are_refused(row: str) -> None:
    with pytest.raises(ValueError):
        parse_lexicon(row, KINDS)


def test_rows_are_folded_and_also_match_with_the_article() -> None:
    cues = parse_lexicon("غارة\ttrigger\tairstrike\nأحد\tvictim\t\tn=1,noarticle", KINDS)
    assert {c.phrase for c in cues} == {"غاره", "الغاره", "احد"}
    hits = CueMatcher(cues).find(normalize("واستهدفت الغارة يوم الأحد قرية"))
    assert [(h.cls, h.kind) for h in hits] == [("trigger", "airstrike")]


def test_every_kind_has_a_trigger_in_the_shipped_lexicon() -> None:
    text = resources.files("marsad.lexicon").joinpath("event_cues.tsv").read_text(encoding="utf-8")
    cues = parse_lexicon(text, KINDS)
    assert {c.kind for c in cues if c.cls == "trigger"} == KINDS


def test_hits_are_original_offsets_and_longest_within_a_class() -> None:
    text = "أطلقت القوات حملةَ تمشيطٍ واسعة"  # diacritics move the normalised offsets
    hits = [h for h in default_matcher().find(normalize(text)) if h.cls == "trigger"]
    assert [text[h.start : h.end] for h in hits] == ["حملةَ تمشيطٍ"]  # with the last letter's marks
    assert hits[0].kind == "military_operation"


def test_proclitics_attach_to_cues() -> None:
    hits = default_matcher().find(normalize("وبقصف مدفعي"))
    assert ("trigger", "shelling") in {(h.cls, h.kind) for h in hits}
