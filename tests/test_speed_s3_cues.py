"""The event stage's fast paths give the answers of the plain code they replace."""

from __future__ import annotations

import random
import re

from marsad.document import Document
from marsad.event_args import Counts
from marsad.event_cues import default_matcher
from marsad.events import COUNT_FIELDS
from marsad.normalize import normalize
from marsad.sentences import _SENTENCE_END, Sentence, split_sentences

_PROCLITICS = ["", "", "", "و", "ب", "ل", "ف", "وب", "ال"]


def _cue_texts(n: int, seed: int) -> list[str]:
    """Lexicon phrases strung together, with proclitics, harakat and doubled spaces: many
    overlaps within and across classes, phrases of several classes, moved offsets."""
    phrases = sorted(default_matcher()._matcher.phrases())
    rnd = random.Random(seed)
    texts = []
    for _ in range(n):
        words = []
        for _ in range(rnd.randint(2, 20)):
            w = rnd.choice(_PROCLITICS) + rnd.choice(phrases)
            if rnd.random() < 0.15:
                w = w[:2] + "\u064e" + w[2:]  # a fatha: normalisation deletes it
            words.append(w)
        texts.append(rnd.choice([" ", "  ", "، "]).join(words))
    return texts


def test_find_is_the_by_class_choice() -> None:
    matcher = default_matcher()
    for text in _cue_texts(400, seed=7):
        norm = normalize(text)
        expected = matcher._find_by_class(norm, matcher._matcher.find_all(norm.text))
        assert matcher.find(norm) == expected, text


# The sentence-end pattern as first written (alternatives first): the one in use must match
# exactly where it did.
_PLAIN_SENTENCE_END = re.compile(
    r"(?:(?:\.(?<![\s(][\u0621-\u064a]\.)(?<!^[\u0621-\u064a]\.)|[!?؟؛;])[.!?؟؛;]*[\"'”»)]*"
    r"(?=\s|$|[\u0621-\u064a]))|\n+"
)


def test_sentence_end_pattern_matches_the_plain_one() -> None:
    rnd = random.Random(5)
    alphabet = list(".!?؟؛;\n \t\u00a0\"'”»)(ابتعكلمنهوي1.5Ac،")
    for _ in range(20_000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 40)))
        expected = [m.span() for m in _PLAIN_SENTENCE_END.finditer(text)]
        assert [m.span() for m in _SENTENCE_END.finditer(text)] == expected, repr(text)


def test_sentences_are_stripped_and_hashable() -> None:
    text = "عنوان الخبر\n  قتل 3 مدنيين.  وأصيب آخرون؛ ع.  \n"
    sentences = split_sentences(Document(id="x", text=text, source="x"))
    # "ع." is too short for a sentence
    assert [text[s.start : s.end] for s in sentences] == ["عنوان الخبر", "قتل 3 مدنيين.", "وأصيب آخرون؛"]
    assert sentences[0].is_title and not sentences[1].is_title
    assert Sentence(1, 5, 0, False) == Sentence(1, 5, 0, False)
    assert len({Sentence(1, 5, 0, False), Sentence(1, 5, 0, False)}) == 1


def test_per_place_copies_every_count_field() -> None:
    # marsad.event_rules._per_place copies the counts field by field
    assert COUNT_FIELDS == ("fatalities", "injured", "casualties", "missing", "defectors", "arrested")
    assert all(hasattr(Counts(), f) for f in COUNT_FIELDS)
