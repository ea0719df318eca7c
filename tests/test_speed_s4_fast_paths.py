"""The event stage's fast paths give what the plain code they stand in for gives."""

from __future__ import annotations

import random

from marsad.document import Place
from marsad.event_scope import _PLUPERFECT, _pluperfect_matches
from marsad.incidents import _far_apart, _km


def _spans(matches: list) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in matches]


def test_pluperfects_found_from_kan_are_those_the_regex_finds() -> None:
    pieces = ["كان", "كانت", "كانوا", "كانتا", "و", "ف", " ", "  ", "\n", "قد", "سيطر", "ا", "ك", "،", "x"]
    rng = random.Random(7)
    texts = [
        "وكانت قوات النظام قد سيطرت على البلدة، كان التنظيم قد انسحب منها",
        "فكانوا قد غادروا. مكان الحادث كان قد شهد قصفاً",
        "كانكان قد قد كان  قد",
    ]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(20_000)]
    for text in texts:
        assert _spans(_pluperfect_matches(text)) == _spans(list(_PLUPERFECT.finditer(text))), text


def test_places_far_apart_by_latitude_are_farther_than_the_limit() -> None:
    rng = random.Random(3)
    for _ in range(20_000):
        lat, lon = rng.uniform(32, 37), rng.uniform(35, 42)
        a = Place("a", "A", "أ", "town", lat, lon)
        b = Place("b", "B", "ب", "town", lat + rng.uniform(-2, 2), lon + rng.uniform(-2, 2))
        for km in (3.0, 25.0, 150.0):
            if _far_apart(a, b, km):
                assert _km(a, b) > km


