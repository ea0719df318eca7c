"""Named persons on the project's own sentences."""

from __future__ import annotations

import pytest
from recognizer_helpers import mention_names as names

from marsad.people import PersonRecognizer


@pytest.fixture(scope="module")
def recognizer() -> PersonRecognizer:
    return PersonRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("اغتيل القيادي أبو علي الحسن قرب منزله", ["أبو علي الحسن"]),
        ("اعتقلت الدورية المدعو خالد العبد الله عند الحاجز", ["خالد العبد الله"]),
        ("وصل العميد الركن عبد الكريم الأحمد إلى المطار", ["عبد الكريم الأحمد"]),
        ("أصيب اللواء ماهر الخطيب بجروح", ["ماهر الخطيب"]),
        ("وقتل العقيد سامر العلي في الكمين", ["سامر العلي"]),
        ("وقال الشيخ فرحان الجاسم إن العشيرة", ["فرحان الجاسم"]),
        ("قتل الشاب محمد خالد الحسين برصاص قناص", ["محمد خالد الحسين"]),
        ("ودهست سيارة المواطن ياسر المحمد", ["ياسر المحمد"]),
        ("قاد القائد الميداني أبو عمر الشامي الهجوم", ["أبو عمر الشامي"]),
        ("وأكد الناشط الإعلامي علي نصر الله أن", ["علي نصر الله"]),
    ],
)
def test_name_after_title(recognizer: PersonRecognizer, text: str, expected: list[str]) -> None:
    assert names(recognizer, text) == expected


def test_name_stops_before_description(recognizer: PersonRecognizer) -> None:
    assert names(recognizer, "قتل الشاب أحمد العمر البالغ من العمر عشرين عاماً") == ["أحمد العمر"]
    assert names(recognizer, "اعتقل المدعو سليم الخلف الملقب بأبي حسن") == ["سليم الخلف"]


def test_parenthesised_list(recognizer: PersonRecognizer) -> None:
    text = "قتل ثلاثة عناصر وهم (سعيد الراشد - حمود العواد - أبو بكر الصالح) في الهجوم"
    assert names(recognizer, text) == ["سعيد الراشد", "حمود العواد", "أبو بكر الصالح"]


def test_conservative(recognizer: PersonRecognizer) -> None:
    # a title followed by a description, a verb, or a place list is not a name
    assert names(recognizer, "قتل القيادي البارز في الفصيل") == []
    assert names(recognizer, "وصل العناصر والشبان حاولوا الفرار") == []
    assert names(recognizer, "انتشرت الدوريات في (دير الزور - الرقة)") == []
    assert names(recognizer, "قتل الشاب على الطريق العام") == []
    # one unknown word after a title may be a verb or a noun
    assert names(recognizer, "أصيب الطفل جراء القصف") == []
