"""The committed gazetteer data and its loader."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from marsad.gazetteer import NEED_NOTHING, NEED_PLACE_WORD, NEED_PREPOSITION, load
from marsad.normalize import fold

REPO = Path(__file__).resolve().parent.parent
GOLD_ADMIN1 = {
    "Aleppo", "Al-Hasakah", "As-Suwayda", "Damascus", "Daraa", "Deir ez-Zor", "Hama", "Homs", "Idlib",
    "Latakia", "Quneitra", "Raqqa", "Rural Damascus", "Tartus",
}  # fmt: skip


@pytest.fixture(scope="module")
def gaz():
    return load()


def test_every_place_has_the_fields_the_pipeline_needs(gaz):
    assert len(gaz.places) > 8000
    ids = [p.id for p in gaz.places]
    assert len(ids) == len(set(ids))
    for p in gaz.places:
        assert p.name_ar and p.name and p.kind
        assert 32.0 < p.lat < 37.5 and 35.5 < p.lon < 42.5, p
        assert p.admin1 in GOLD_ADMIN1, p


def test_admin1_uses_the_evaluation_kit_spelling(gaz):
    assert {p.admin1 for p in gaz.places} == GOLD_ADMIN1
    assert set(gaz.governorates) == GOLD_ADMIN1
    assert gaz.governorates["Deir ez-Zor"].id == "SY09"
    assert gaz.capitals["Deir ez-Zor"].kind == "city"


def test_lookup_folds_spelling_and_knows_space_less_forms(gaz):
    city = [p for p in gaz.lookup("دير الزور") if p.kind == "city"]
    assert city and city == [p for p in gaz.lookup("ديرالزور") if p.kind == "city"]
    # taa marbuta / haa and hamza forms fold together
    assert {p.id for p in gaz.lookup("حماه")} == {p.id for p in gaz.lookup("حماة")}
    assert any(p.kind == "city" for p in gaz.lookup("اعزاز"))


def test_hand_written_aliases_attach_to_gazetteer_places(gaz):
    dhiban = [p for p in gaz.lookup("ذيبان") if p.kind == "town"]
    assert dhiban and dhiban[0] in gaz.lookup("ذبيان")
    assert gaz.lookup("كوباني")[0].name_ar == "عين العرب"


def test_regions_and_landmarks_are_loaded_with_their_precision(gaz):
    badia = gaz.lookup("بادية دير الزور")[0]
    assert (badia.kind, badia.admin1) == ("region", "Deir ez-Zor")
    assert abs(badia.lat - 34.95) < 0.1 and abs(badia.lon - 39.9) < 0.1
    assert gaz.default_precision[badia.id] == 3
    omar = gaz.lookup("حقل العمر")[0]
    assert omar.kind == "feature" and omar.admin1 == "Deir ez-Zor"
    assert gaz.lookup("مخيم الهول")[0].admin1 == "Al-Hasakah"


def test_common_words_are_marked(gaz):
    needs: dict[str, set[int]] = {}
    for name in gaz.names():
        needs.setdefault(name.key, set()).add(name.need)
    assert needs[fold("الحرية")] == {NEED_PLACE_WORD}
    assert needs[fold("الباب")] == {NEED_PREPOSITION}
    assert NEED_NOTHING in needs[fold("التبني")]  # a town, not "adoption"
    # a name without its article is only taken after a place word
    assert needs[fold("أهداف")] == {NEED_PLACE_WORD}  # from the village "الأهداف"


def test_build_script_reproduces_the_committed_file(tmp_path):
    shared = Path("/work/shared/gazetteer")
    if not (shared / "syria_places.tsv").exists():
        pytest.skip("shared gazetteer not available")
    out = tmp_path / "g.tsv"
    subprocess.run(
        [sys.executable, str(REPO / "tools/build_gazetteer.py"), str(shared), "--out", str(out)],
        check=True,
        capture_output=True,
    )
    committed = (REPO / "src/marsad/lexicon/gazetteer.tsv").read_text(encoding="utf-8")
    assert out.read_text(encoding="utf-8") == committed


def test_road_phrases_cover_both_orders_and_road_words():
    from marsad.gazetteer import road_phrases

    forms = road_phrases("دمشق/حلب")
    assert {"طريق دمشق حلب", "أوتوستراد حلب - دمشق", "الطريق الواصل بين حلب ودمشق"} <= set(forms)


def test_build_tool_spelling_variants_and_bare_heads():
    sys.path.insert(0, str(REPO / "tools"))
    from build_gazetteer import _bare_heads, _spelling_variants

    assert _spelling_variants("البلدة") == ["البلدا"]
    assert _spelling_variants("المنارا") == ["المنارة"]
    assert _spelling_variants("تل سلمى") == ["تل سلما"]
    assert _spelling_variants("كبيرة") == []  # no article, one word: "كبيرا" is an accusative
    assert _spelling_variants("حماة") == []  # no double alef
    qualifiers = {fold("الكبيرة"), fold("الغربي")}
    assert _bare_heads("الحمرة الكبيرة", qualifiers) == ["الحمرة"]
    assert _bare_heads("الحمرة الوسطى", qualifiers) == []


def test_generated_spellings_never_take_another_places_name(gaz):
    # "الشولا" is Al-Shola's generated spelling and no other place's
    assert [p.id for p in gaz.lookup("الشولا")] == ["C6529"]
