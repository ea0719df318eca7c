"""Event detection, one sentence per kind, through the real pipeline (readers' segmentation,
every recogniser, the rule engine). The sentences are the project's own."""

from __future__ import annotations

import pytest
from event_helpers import extract_text as events_of
from event_helpers import one_event as only

from marsad.events import load_kinds

# kind, sentence, place (name_ar), actor1, actor2
KINDS = [
    ("armed_clash", "اندلعت اشتباكات عنيفة بين قوات النظام وتنظيم داعش قرب مدينة السخنة شرقي حمص.",
     "السخنة", "syria-regime", "isis"),
    ("armed_clash", "نصب عناصر من تنظيم داعش كميناً لدورية تابعة لقسد قرب بلدة الشحيل.",
     "الشحيل", "isis", "sdf"),
    ("armed_clash", "اغتال مسلحون مجهولون قيادياً في فصائل المعارضة في مدينة طفس بريف درعا.",
     "طفس", "unidentified", "syrian-opposition"),
    ("territory_change", "سيطرت فصائل المعارضة على مدينة سراقب بعد معارك مع قوات النظام.",
     "سراقب", "syrian-opposition", "syria-regime"),
    ("airstrike", "شنت الطائرات الروسية غارات جوية على أطراف بلدة كفرنبل جنوبي إدلب.",
     "كفر نبل", "russia", None),
    ("shelling", "سقطت قذائف صاروخية أطلقتها قوات النظام على مدينة سرمين.", "سرمين", "syria-regime", None),
    ("explosion", "انفجرت عبوة ناسفة بسيارة عسكرية تابعة لقسد في بلدة الكسرة بريف دير الزور الغربي.",
     "الكسرة", None, "sdf"),
    ("suicide_bombing", "فجر انتحاري نفسه بحزام ناسف وسط مدينة الباب، ما أدى إلى مقتل أربعة مدنيين.",
     "الباب", None, "civilians"),
    ("attack_on_civilians", "قتل مسلحون مجهولون مدنياً في مدينة الميادين.", "الميادين", "unidentified",
     "civilians"),
    ("abduction", "اختطف مسلحون مجهولون طفلاً من أمام منزله في مدينة جاسم بريف درعا.", "جاسم",
     "unidentified", "civilians"),
    ("arrest", "اعتقلت قوات النظام خمسة شبان خلال حملة دهم في مدينة التل بريف دمشق.", "التل",
     "syria-regime", "civilians"),
    ("defection", "انشق أربعة عناصر من ميليشيا الدفاع الوطني في مدينة البوكمال وتوجهوا إلى مناطق سيطرة قسد.",
     "البوكمال", "ndf", "sdf"),
    ("deployment", "استقدمت قوات النظام تعزيزات عسكرية إلى مدينة الميادين.", "الميادين", "syria-regime",
     None),
    ("military_operation", "أطلقت قسد حملة تمشيط واسعة في بلدة الشحيل بحثاً عن خلايا داعش.", "الشحيل", "sdf",
     None),
    ("missing_personnel", "فقدت قوات النظام الاتصال بثلاثة من عناصرها في بادية السخنة.", "بادية السخنة",
     "syria-regime", None),
    ("agreement", "توصلت فصائل المعارضة إلى اتفاق تسوية مع قوات النظام في مدينة طفس.", "طفس",
     "syrian-opposition", "syria-regime"),
    ("base_established", "أنشأت الميليشيات الإيرانية نقطة عسكرية جديدة في بلدة حطلة شرقي دير الزور.", "حطلة",
     "iran-backed-militias", None),
    ("property_destruction", "أحرق مسلحون منازل مدنيين في قرية الصالحية بريف دير الزور.", "الصالحية", None,
     "civilians"),
    ("protest", "خرج المئات في مظاهرة في مدينة السويداء ضد قوات النظام.", "السويداء", "protesters",
     "syria-regime"),
]


@pytest.mark.parametrize(("kind", "text", "place", "actor1", "actor2"), KINDS)
def test_each_kind_is_detected_with_place_and_roles(
    kind: str, text: str, place: str, actor1: str | None, actor2: str | None
) -> None:
    ev = only(text)
    assert ev["kind"] == kind
    assert ev["event_type"] == load_kinds()[kind].event_type
    assert ev["location"]["name_ar"] == place
    if actor1 is not None:
        assert (ev["actor1"] or {}).get("id") == actor1
    if actor2 is not None:
        assert (ev["actor2"] or {}).get("id") == actor2


def test_every_kind_of_the_taxonomy_has_a_test_sentence() -> None:
    assert {k for k, *_ in KINDS} == set(load_kinds())


def test_a_sentence_without_a_cue_yields_nothing() -> None:
    assert events_of("زار وفد من الأمم المتحدة مدينة دير الزور لتقييم الأوضاع الإنسانية.") == []


def test_the_evidence_is_the_exact_source_span() -> None:
    text = "أفاد ناشطون أن مقـ ـتل عنصرين من قسد جاء بهجوم لداعش في بلدة الشحيل."
    (ev,) = events_of(text)
    assert text[ev.evidence_start : ev.evidence_end] == ev.evidence
    assert "مقـ ـتل" in ev.evidence  # quoted as written, not in the matching form
    assert ev.fatalities == 2
    assert ev.note.startswith("Islamic State attacked Syrian Democratic Forces in")
