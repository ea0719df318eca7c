"""Event arguments on the project's own news-style sentences: persons named in a later sentence,
a convoy's destination, and counts past the actor and the time."""

from __future__ import annotations

import pytest
from event_helpers import event_dicts, one_event


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        (
            "اغتال مسلحون مجهولون قيادياً في الفصيل بريف درعا الغربي، مساء الخميس. "
            "والقيادي هو أحمد خالد الحمدان من أبناء بلدة طفس.",
            ["أحمد خالد الحمدان"],
        ),
        (
            "قتل ثلاثة عناصر من قوات النظام بهجوم لمسلحين على حاجز في بلدة الصنمين بريف درعا. "
            "وعرف من القتلى: محمد العلي وخالد الحسين.",
            ["محمد العلي", "خالد الحسين"],
        ),
        (
            "قتل شاب برصاص مجهولين في مدينة الميادين بريف دير الزور الشرقي، ويدعى ياسر العبد الله.",
            ["ياسر العبد الله"],
        ),
        (
            "قتل عنصران من قسد بهجوم على حاجز في بلدة الشحيل. والقتلى هم سامر الحسن، وأبو بكر الصالح.",
            ["سامر الحسن", "أبو بكر الصالح"],
        ),
    ],
)
def test_persons_of_a_referring_sentence(text: str, persons: list[str]) -> None:
    assert one_event(text)["persons"] == persons


def test_a_new_incident_keeps_its_names() -> None:
    # the second sentence tells an arrest of its own: its name is not the victim of the first
    text = (
        "قتل شاب برصاص مجهولين في مدينة الميادين. "
        "وهو ما دفع قوات النظام لاعتقال المدعو خالد العبد الله في بلدة القورية."
    )
    killing = next(e for e in event_dicts(text) if e["location"]["name_ar"] == "الميادين")
    assert killing["persons"] == []


def test_referring_words_name_nobody_without_a_name() -> None:
    text = "قتل شاب برصاص مجهولين في مدينة الميادين. وهو أحد أبناء المدينة."
    assert one_event(text)["persons"] == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("وصلت تعزيزات عسكرية لقوات النظام من دمشق إلى مدينة درعا مروراً ببلدة الصنمين.", "درعا"),
        ("وصلت تعزيزات عسكرية تركية قادمة من معبر كفرلوسين إلى مدينة الأتارب بريف حلب الغربي.", "الأتارب"),
        ("توجهت تعزيزات عسكرية لقوات النظام من مدينة حلب باتجاه مدينة سراقب بريف إدلب الشرقي.", "سراقب"),
        ("انطلق رتل لقوات النظام من مدينة حمص مروراً بمدينة تدمر وصولاً إلى مدينة دير الزور.", "دير الزور"),
        ("وصلت تعزيزات عسكرية لقوات النظام إلى مدينة درعا قادمة من العاصمة دمشق.", "درعا"),
    ],
)
def test_a_convoy_is_coded_at_its_destination(text: str, place: str) -> None:
    ev = one_event(text)
    assert (ev["kind"], ev["location"]["name_ar"]) == ("deployment", place)


def test_a_campaign_still_covers_each_leg() -> None:
    text = (
        "أطلقت قوات النظام حملة تمشيط واسعة بدءاً من بادية حمص الشرقية مروراً بمدينة السخنة "
        "وصولاً إلى بادية دير الزور."
    )
    assert len([e for e in event_dicts(text) if e["kind"] == "military_operation"]) > 1


def test_count_past_the_actor_and_the_time() -> None:
    ev = one_event("اعتقلت دورية تابعة لقوات النظام، مساء أمس الخميس، خمسة شبان من أبناء مدينة نوى.")
    assert (ev["kind"], ev["arrested"]) == ("arrest", 5)


def test_the_body_figure_beats_the_headline_subset() -> None:
    text = (
        "مقتل عنصرين من الأسايش بتفجير في القامشلي\n"
        "قُتل أربعة أشخاص، بينهم عنصران من الأسايش، اليوم الخميس، بتفجير عبوة ناسفة "
        "عند حاجز في مدينة القامشلي."
    )
    ev = one_event(text)
    assert (ev["kind"], ev["fatalities"]) == ("explosion", 4)
