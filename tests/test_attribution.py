"""Attributed sources on the project's own sentences."""

from __future__ import annotations

import pytest
from recognizer_helpers import mention_names as names

from marsad.attribution import AttributionRecognizer


@pytest.fixture(scope="module")
def recognizer() -> AttributionRecognizer:
    return AttributionRecognizer()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وفقاً لشبكة عين الفرات فإن الدورية تعرضت لكمين", "شبكة عين الفرات"),
        ("أفاد المرصد السوري لحقوق الإنسان بوقوع انفجار", "المرصد السوري لحقوق الإنسان"),
        ("انسحبت المجموعة بحسب مصادر محلية في الريف", "مصادر محلية"),
        ("وقالت مصادر خاصة إن القتلى ثلاثة", "مصادر خاصة"),
        ("قالت وكالة سانا إن الطريق أعيد فتحه", "وكالة سانا"),
        ("نقلت وكالة الأناضول عن شهود عيان أن", "وكالة الأناضول"),
        ("ذكرت شبكة دير الزور 24 أن الاشتباك استمر ساعتين", "شبكة دير الزور 24"),
        ("أعلنت وزارة الدفاع الروسية في بيان أن", "وزارة الدفاع الروسية"),
        ("وذكرت شبكة فرات بوست المحلية أن", "شبكة فرات بوست"),
        ("وفقا للمرصد السوري فإن", "المرصد السوري"),
        ("قال مراسل تلفزيون سوريا في المنطقة إن", "تلفزيون سوريا"),
        ("حسب ما أفاد به ناشطون من البلدة", "ناشطون"),
        ('قال موقع "الخابور" المحلي إن', "موقع الخابور"),
        ("وأكد مصدر عسكري أن الهجوم صُدّ", "مصدر عسكري"),
    ],
)
def test_cue_and_source(recognizer: AttributionRecognizer, text: str, name: str) -> None:
    assert name in names(recognizer, text)


def test_reported_source_after_an(recognizer: AttributionRecognizer) -> None:
    assert names(recognizer, "نقلت وكالة رويترز عن مصدر أمني قوله إن") == ["وكالة رويترز", "مصدر أمني"]


def test_sources_without_a_cue(recognizer: AttributionRecognizer) -> None:
    # a dateline, and "مصادر" with an adjective
    assert names(recognizer, "الرقة – نورث برس") == ["نورث برس"]
    assert names(recognizer, "وتحدثت لعنب بلدي مصادر أهلية متطابقة") == ["عنب بلدي", "مصادر أهلية متطابقة"]


def test_no_source_without_a_name(recognizer: AttributionRecognizer) -> None:
    assert names(recognizer, "قال إن الهجوم وقع ليلاً") == []
    assert names(recognizer, "ذكرت الوزارة أن") == []
    assert names(recognizer, "حدد مصدر النيران") == []
    # a source name that is also a common word needs a cue
    assert names(recognizer, "دافع عن الوطن") == []
    assert names(recognizer, "أفادت قناة الوطن بأن") == ["قناة الوطن"]


def test_trailing_descriptions_are_cut(recognizer: AttributionRecognizer) -> None:
    assert names(recognizer, "وذكرت الشبكة نفسها أن") == []
    assert names(recognizer, "قالت شبكة صدى الشرقية العاملة في المنطقة") == ["شبكة صدى الشرقية"]
