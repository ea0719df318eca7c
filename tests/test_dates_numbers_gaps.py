"""Gaps in marsad.dates and marsad.numbers: nights named by two weekdays, words that read as
number words, and the date spotter's lam forms (the project's own sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.dates import DateRecognizer, _triggers
from marsad.document import Document
from marsad.normalize import fold, normalize
from marsad.numbers import NumberRecognizer
from marsad.options import Options

# Sunday 10 March 2024: Saturday is the 9th, Friday the 8th
SUNDAY = date(2024, 3, 10)
_DATES = DateRecognizer()
_NUMBERS = NumberRecognizer()


def dates(text: str, published: date = SUNDAY) -> list[tuple[str, str | None, int]]:
    doc = Document(id="t", source="test", text=text, published=published)
    found = _DATES.recognize(doc, normalize(text), Options())
    for m in found:
        assert m.text == text[m.start : m.end]
    return [(m.text, m.date.isoformat() if m.date else None, m.time_precision) for m in found]


def numbers(text: str) -> list[tuple[str, int, str]]:
    doc = Document(id="t", source="test", text=text)
    found = _NUMBERS.recognize(doc, normalize(text), Options())
    for m in found:
        assert m.text == text[m.start : m.end]
    return [(m.text, m.value, m.qualifier) for m in found]


def test_reference_is_a_sunday() -> None:
    assert SUNDAY.weekday() == 6


# --- the night between two weekdays ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "expected"),
    [
        # after midnight: the later day
        ("قصفت المدفعية البلدة بعد منتصف ليل الجمعة - السبت", "بعد منتصف ليل الجمعة - السبت", "2024-03-09"),
        ("سقطت قذائف على الحي بعد منتصف ليل الخميس/الجمعة", "بعد منتصف ليل الخميس/الجمعة", "2024-03-08"),
        ("تعرضت القرية لغارات بعد منتصف ليل السبت-الأحد", "بعد منتصف ليل السبت-الأحد", "2024-03-10"),
        ("دوت انفجارات بعد منتصف ليلة الجمعة على السبت", "بعد منتصف ليلة الجمعة على السبت", "2024-03-09"),
        # otherwise the night is the first day's
        ("اندلعت مواجهات ليل الخميس الجمعة في محيط المدينة", "ليل الخميس الجمعة", "2024-03-07"),
        ("دارت اشتباكات ليلة الجمعة – السبت قرب الحاجز", "ليلة الجمعة – السبت", "2024-03-08"),
        ("شنت الطائرات غارات منتصف ليل الجمعة على السبت", "منتصف ليل الجمعة على السبت", "2024-03-08"),
        ("جرت مواجهات في ليلة السبت إلى الأحد", "ليلة السبت إلى الأحد", "2024-03-09"),
    ],
)
def test_night_between_two_weekdays(text: str, quoted: str, expected: str) -> None:
    assert dates(text) == [(quoted, expected, 1)]


@pytest.mark.parametrize(
    ("text", "quoted", "expected"),
    [
        ("قتل شخصان ليل الجمعة في انفجار", "ليل الجمعة", "2024-03-08"),  # Friday night: Friday
        ("استهدفت غارة فجر السبت مواقع للتنظيم", "فجر السبت", "2024-03-09"),
        ("اندلعت اشتباكات ليلة الخميس في الريف", "ليلة الخميس", "2024-03-07"),
    ],
)
def test_one_weekday_times_of_day_unchanged(text: str, quoted: str, expected: str) -> None:
    assert dates(text) == [(quoted, expected, 1)]


def test_night_is_over_by_the_reference() -> None:
    # published on the Saturday: the night Friday-Saturday has just ended
    saturday = date(2024, 3, 9)
    assert dates("بعد منتصف ليل الجمعة - السبت قصفت الطائرات القرية", saturday)[0][1] == "2024-03-09"
    assert dates("ليل الجمعة - السبت قصفت الطائرات القرية", saturday)[0][1] == "2024-03-08"
    # with "الماضي": the week before
    assert dates("بعد منتصف ليل الجمعة - السبت الماضي", saturday)[0][1] == "2024-03-02"
    # published on the Friday itself: the night before midnight is that Friday, not a week earlier
    friday = date(2024, 3, 8)
    assert dates("دارت اشتباكات ليل الجمعة - السبت قرب الحاجز", friday)[0][1] == "2024-03-08"


def test_two_weekdays_not_a_night_stay_two_dates() -> None:
    assert dates("قصفت الطائرات البلدة الجمعة والسبت") == [
        ("الجمعة", "2024-03-08", 1),
        ("السبت", "2024-03-09", 1),
    ]


def test_after_without_midnight_is_not_part_of_the_date() -> None:
    assert dates("عادت الاشتباكات بعد ليل الجمعة - السبت") == [("ليل الجمعة - السبت", "2024-03-08", 1)]
    assert dates("تجدد القصف بعد السبت") == [("السبت", "2024-03-09", 1)]


def test_nights_that_are_not_consecutive_take_the_first_day() -> None:
    assert dates("قصف ليل الجمعة الأحد") == [("ليل الجمعة الأحد", "2024-03-08", 1)]


def test_night_without_reference_has_no_date() -> None:
    doc = Document(id="t", source="test", text="بعد منتصف ليل الجمعة - السبت")
    found = _DATES.recognize(doc, normalize(doc.text), Options())
    assert [(m.text, m.date, m.time_precision) for m in found] == [("بعد منتصف ليل الجمعة - السبت", None, 1)]


# --- the date spotter's lam forms ---------------------------------------------------------


def test_spotter_keys_lam_forms_with_their_lam() -> None:
    spotter, _lead = _triggers()
    text = fold("قتل اليوم خمسة ولليوم الثاني يستمر القصف")
    spots = spotter.spots(text)
    assert [text[s:e] for s, e in spots] == ["اليوم", "ولليوم"]
    # "اليوم" holds "ليوم": no spot inside it, and no key of that shape to hit there
    assert spotter.spots(fold("اليوم")) == [(0, 5)]


# --- words that read as number words --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ضبطت دورية للأمن العام كميات من الأسلحة والذخائر في مستودع قرب المدينة",
        "صادرت الشرطة كمية كبيرة من المواد المخدرة على الحاجز",
        "عثرت القوات على كميتين من المتفجرات داخل سيارة مهجورة",
        "وكميات أخرى من الذخيرة نقلت إلى المستودعات",
        "كم عدد الضحايا الذين سقطوا في القصف؟ لا أحد يعرف",
        "وصل الوفد إلى المدينة وبعده بساعات بدأ القصف على الأحياء الشرقية",
        "جدد المحافظ وعده بإعادة فتح الطريق أمام المدنيين",
        "قال القائد الميداني: لست متأكداً من هوية المهاجمين",
        "دخلت القوات إلى الحي بكامل العدة والعتاد",
        "ارتفعت الأسعار في المئة يوم الأخيرة",
        "شهدت المنطقة نزوحاً للأهالي نحو المخيمات الحدودية",
        "أكدت مصادر محلية أن الاشتباكات تجددت على أطراف البلدة",
        "نفذت القوات حملة دهم واعتقال في قرى الريف الغربي",
        "أعلنت الفصائل السيطرة على التلة الاستراتيجية بعد معارك عنيفة",
        "وثقت المنظمة الحقوقية انتهاكات واسعة بحق المعتقلين في السجون",
        "خرجت مظاهرة حاشدة في ساحة المدينة للمطالبة بالإفراج عن المعتقلين",
        "تتعرض المنطقة لقصف متواصل منذ مطلع الشهر الجاري",
        "انسحبت القوات من النقطة العسكرية دون قتال",
        "قصفت المدفعية مواقع التنظيم في البادية بكثافة",
        "اتهم ناشطون الميليشيات بسرقة المحاصيل الزراعية وقطع أشجار الزيتون",
        "أصيب مدنيون بجروح متفاوتة جراء انفجار عبوة ناسفة",
        "فرضت قوات الأمن حظر تجول في المدينة عقب الهجوم",
        "قتل وجرح عدد كبير من العناصر في المعارك",
        "ذكرت مصادر أن القصف طال مدرسة ومشفى في البلدة",
        "استأنفت القوات قصفها بعد هدوء حذر ساد المنطقة",
        "سمع دوي انفجارات في أنحاء متفرقة من المدينة",
        "اجتمع وجهاء العشائر لبحث التهدئة وتبادل الطرفان القصف طوال الليل",
    ],
)
def test_sentences_without_numbers_have_none(text: str) -> None:
    assert numbers(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("استهدفت القوات المواقع بعدة قذائف", [("عدة", 3, "vague")]),
        ("قصفت الطائرات البلدة وعدة قرى مجاورة", [("عدة", 3, "vague")]),
        ("سقطت عدّة صواريخ على الحي", [("عدّة", 3, "vague")]),
        ("نزح مئات المدنيين ومئة عائلة", [("مئات", 100, "vague"), ("مئة", 100, "exact")]),
        ("قتل بمئة رصاصة", [("مئة", 100, "exact")]),
        ("تضرر نحو مئتين من المنازل", [("نحو مئتين", 200, "about")]),
    ],
)
def test_number_words_next_to_those_words_still_read(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "دمر القصف 40 في المئة من المباني",
        "دمر القصف أربعين في المائة من المباني",
        "ارتفعت نسبة الدمار إلى 30 بالمئة",
        "تراجع الإنتاج بنسبة خمسين بالمائة",
    ],
)
def test_percentages_are_not_counts(text: str) -> None:
    assert numbers(text) == []
