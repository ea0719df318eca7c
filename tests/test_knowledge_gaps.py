"""Knowledge-layer gaps closed: accusative nationality phrases, hill-name spellings, foreign names.

The sentences are written for these tests, not taken from any corpus.
"""

from __future__ import annotations

import pytest

from marsad.actors import ActorRecognizer, load_aliases, nationality_forms
from marsad.document import Document
from marsad.gazetteer import _hill_forms, load
from marsad.normalize import normalize
from marsad.options import Options
from marsad.place_context import FOREIGN_WORDS, prev_word_start, strip, words_before
from marsad.places import PlaceRecognizer


@pytest.fixture(scope="module")
def actors() -> ActorRecognizer:
    return ActorRecognizer()


@pytest.fixture(scope="module")
def places() -> PlaceRecognizer:
    return PlaceRecognizer()


def _actor_pairs(recognizer: ActorRecognizer, text: str) -> list[tuple[str, str]]:
    doc = Document(id="t", source="t", text=text)
    found = recognizer.recognize(doc, normalize(text), Options(progress=False))
    return [(m.text, m.actor.id if m.actor else "") for m in found]


def _places(recognizer: PlaceRecognizer, text: str) -> list[tuple[str, str]]:
    doc = Document(id="t", source="t", text=text)
    found = recognizer.recognize(doc, normalize(text), Options(progress=False))
    return [(m.text, m.place.name if m.place else "") for m in found]


# -- 1. the word context helpers, moved out of places.py --------------------------------------


def test_words_before_stop_at_punctuation_and_strip_proclitics() -> None:
    text = "وصلت التعزيزات يوم الأحد، وبالقرب من القرية"
    folded = normalize(text).text
    pos = folded.rindex("القريه")
    words = words_before(folded, pos)
    assert words == ["من", "وبالقرب"]
    assert strip(words[1]) == "القرب"  # و + ب + "القرب"
    start = prev_word_start(folded, pos, words, 1)
    assert folded[start:].startswith("وبالقرب")
    assert words_before(folded, start) == []  # "الأحد،": the comma ends the clause


# -- 2. nationality adjectives in the indefinite accusative -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شنت الطائرات قصفاً إسرائيلياً على مواقع قرب المطار", ("قصفاً إسرائيلياً", "israel")),
        ("صدت الفصائل هجوماً تركياً على القرية", ("هجوماً تركياً", "turkey")),
        ("رصد الأهالي رتلاً عسكرياً روسياً يعبر الطريق", ("رتلاً عسكرياً روسياً", "russia")),
        ("نفذت المروحيات إنزالاً جوياً أمريكياً شرق النهر", ("إنزالاً جوياً أمريكياً", "us-coalition")),
        ("شهد الريف توغلاً إسرائيلياً جديداً", ("توغلاً إسرائيلياً", "israel")),
    ],
)
def test_accusative_nationality_phrases(
    actors: ActorRecognizer, text: str, expected: tuple[str, str]
) -> None:
    assert expected in _actor_pairs(actors, text)


def test_accusative_forms_are_generated_for_masculine_nouns_only() -> None:
    forms = set(nationality_forms("تركي"))
    assert {"قصفا تركيا", "هجوما تركيا", "قصفا مدفعيا تركيا", "جنديا تركيا"} <= forms
    # feminine nouns show no alif of tanween: "غارةً تركيةً" folds to the nominative form
    assert "غاره تركيه" in forms
    assert not any(f.endswith("تركيها") for f in forms)


def test_no_hand_written_row_repeats_a_generated_accusative() -> None:
    generated = [a for a in load_aliases() if a.note == "generated: nationality"]
    written = {a.alias for a in load_aliases() if a.note != "generated: nationality"}
    assert not {a.alias for a in generated} & written
    assert any(a.alias == "قصفا اسراييليا" for a in generated)


# -- 3. hill names: "تل X", "تل الX", "تلة X" ---------------------------------------------------


def test_hill_forms() -> None:
    assert _hill_forms("تل اسود") == {"تل الاسود", "تله اسود", "تله الاسود"}
    assert _hill_forms("تل الذهب") == {"تل ذهب", "تله الذهب", "تله ذهب"}
    assert _hill_forms("تل ابو حمام") == {"تله ابو حمام"}  # no article on a kunya
    assert _hill_forms("تل الري") == {"تله الري"}  # "ري" is too short a bare word
    assert _hill_forms("قريه تل") == set()


def test_hill_spellings_find_the_same_place() -> None:
    gazetteer = load()
    written = gazetteer.lookup("تل تمر")
    assert written
    assert gazetteer.lookup("تل التمر") == written
    assert gazetteer.lookup("تلة تمر") == written


def test_a_hill_spelling_that_names_another_place_is_not_generated() -> None:
    gazetteer = load()
    plain = {p.id for p in gazetteer.lookup("تل اسود")}
    with_article = {p.id for p in gazetteer.lookup("تل الاسود")}
    assert plain and with_article and not plain & with_article
    assert gazetteer.lookup("تلة اسود") == []  # both spellings would claim it


def test_hill_spelling_in_a_report(places: PlaceRecognizer) -> None:
    found = _places(places, "سقطت قذائف على بلدة تل التمر في ريف الحسكة صباح اليوم")
    assert any(text == "تل التمر" and name == "Tal Tamer" for text, name in found)


# -- 4. foreign names are no Syrian villages ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "عاد مئات اللاجئين من لبنان إلى قراهم",
        "عبرت الشاحنات الحدود نحو لبنان مساء أمس",
        "توجه الوفد إلى تركيا ثم إلى قطر للتفاوض",
        "أعلنت وزارة الخارجية في تركيا عن زيارة إلى لبنان",
        "وصل المبعوث ولبنان يستعد للانتخابات",
    ],
)
def test_a_foreign_name_is_not_a_village(places: PlaceRecognizer, text: str) -> None:
    assert _places(places, text) == []


def test_the_village_behind_a_foreign_name_is_still_found(places: PlaceRecognizer) -> None:
    assert ("بنان", "Banan") in _places(places, "قصفت المدفعية بلدة بنان في ريف حلب")
    # a foreign name that is a village too needs a place word
    assert ("تركيا", "Turkeia") in _places(places, "داهمت الدورية قرية تركيا في ريف الرقة")


def test_foreign_words_carry_proclitics() -> None:
    assert {"لبنان", "ولبنان", "بلبنان", "للعراق", "وتركيا"} <= FOREIGN_WORDS
