"""marsad.numbers: counts and quantities in the project's own sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.document import Document, NumberMention
from marsad.normalize import normalize
from marsad.numbers import NumberRecognizer, word_value
from marsad.options import Options

_RECOGNIZER = NumberRecognizer()


def numbers(text: str) -> list[tuple[str, int, str]]:
    doc = Document(id="t", source="test", text=text)
    found = _RECOGNIZER.recognize(doc, normalize(text), Options())
    for m in found:
        assert isinstance(m, NumberMention)
        assert m.type == "number"
        assert m.text == text[m.start : m.end]
    return [(m.text, m.value, m.qualifier) for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("استهدف القصف حافلة تقل 30 عنصراً", [("30", 30, "exact")]),
        ("أُصيب ٢٣ شخصاً في الانفجار", [("٢٣", 23, "exact")]),
        ("وقتل ۱۲ مدنياً في القصف", [("۱۲", 12, "exact")]),
        ("نزح 1,200 شخص من القرية", [("1,200", 1200, "exact")]),
        ("تقدر المنظمة عدد النازحين بـ6 ملايين", [("6 ملايين", 6000000, "exact")]),
        ("قُتل الـ48 عنصراً الذين كانوا على الحاجز", [("الـ48", 48, "exact")]),
    ],
)
def test_digits(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أصيب سبعة عناصر من الشرطة", [("سبعة", 7, "exact")]),
        ("اعتقلت الدورية ثلاث نساء", [("ثلاث", 3, "exact")]),
        ("قتل ثلاثين مقاتلا في المعارك", [("ثلاثين", 30, "exact")]),
        ("قُتل عشرون عنصراً", [("عشرون", 20, "exact")]),
        ("انفجرت عبوة أودت بحياة ستة عشر مدنياً", [("ستة عشر", 16, "exact")]),
        ("أفرج عن تسع عشرة امرأة", [("تسع عشرة", 19, "exact")]),
        ("سقط أحد عشر قتيلاً", [("أحد عشر", 11, "exact")]),
        ("خسر الفصيل خمسة وعشرين مقاتلاً", [("خمسة وعشرين", 25, "exact")]),
        ("نحو مئة وخمسة وعشرين معتقلاً", [("نحو مئة وخمسة وعشرين", 125, "about")]),
        ("احتجز مئة شخص", [("مئة", 100, "exact")]),
        ("احتجز مائة شخص", [("مائة", 100, "exact")]),
        ("نزحت مئتين عائلة", [("مئتين", 200, "exact")]),
        ("نزحت ثلاث مئة عائلة", [("ثلاث مئة", 300, "exact")]),
        ("نزح ألف مدني", [("ألف", 1000, "exact")]),
        ("نزح ثلاثة آلاف وخمسمئة شخص", [("ثلاثة آلاف وخمسمئة", 3500, "exact")]),
        ("نزح عشرون ألفاً", [("عشرون ألفاً", 20000, "exact")]),
        ("وصل 3 آلاف لاجئ", [("3 آلاف", 3000, "exact")]),
    ],
)
def test_number_words(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert numbers(text) == expected


def test_proclitics_are_not_part_of_the_mention() -> None:
    assert numbers("تعرضت القرية لقصف بخمسة صواريخ") == [("خمسة", 5, "exact")]
    assert numbers("وسبعة جرحى") == [("سبعة", 7, "exact")]
    assert numbers("مقتل الخمسة") == [("الخمسة", 5, "exact")]


def test_separate_numbers_joined_by_and_stay_separate() -> None:
    assert numbers("قُتل ثمانية وجرح ستة آخرون") == [("ثمانية", 8, "exact"), ("ستة", 6, "exact")]


def test_duals_of_listed_nouns_count_two() -> None:
    assert numbers("مقتل عنصرين من قوات النظام") == [("عنصرين", 2, "exact")]
    assert numbers("أصيب جنديان بجروح") == [("جنديان", 2, "exact")]
    assert numbers("اغتيال شابين يوم أمس") == [("شابين", 2, "exact")]


def test_plural_that_looks_like_a_dual_is_not_counted() -> None:
    # "مدنيين" is both "two civilians" and "civilians": no count is read from it
    assert numbers("سقوط مدنيين في القصف") == []
    assert numbers("اشتباكات مع مقاتلين محليين") == []


@pytest.mark.parametrize(
    "text",
    [
        "اقتحمت الفرقة الرابعة البلدة",
        "في الأسبوع الخامس من الحملة",
        "للمرة الأولى منذ أشهر",
        "في اليوم الثاني من المعركة",
        "احتفلت بالذكرى الخامسة عشرة",
        "الفيلق الخامس",
        "صباح الحادي عشر من الشهر",
    ],
)
def test_ordinals_are_not_counts(text: str) -> None:
    assert numbers(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل أكثر من 30 عنصراً", [("أكثر من 30", 30, "at_least")]),
        ("بأكثر من عشرة صواريخ", [("أكثر من عشرة", 10, "at_least")]),
        ("ما لا يقل عن 12 مدنياً", [("ما لا يقل عن 12", 12, "at_least")]),
        ("نحو 20 عنصراً", [("نحو 20", 20, "about")]),
        ("قرابة 40 عائلة", [("قرابة 40", 40, "about")]),
        ("حوالي ٥٠ شخصا", [("حوالي ٥٠", 50, "about")]),
        ("اعتقل بنحو 15 شاباً", [("نحو 15", 15, "about")]),
        ("سوّى أوضاع لنحو 34 مطلوباً", [("نحو 34", 34, "about")]),
        ("يضم الفوج مايقارب 300 مقاتل", [("مايقارب 300", 300, "about")]),
        ("أقل من 5 إصابات", [("أقل من 5", 5, "at_most")]),
        ("سقط 14 قتيلاً على الأقل", [("14", 14, "at_least")]),
        ("سقط 14 على الأقل", [("14 على الأقل", 14, "at_least")]),
        ("قتل 60 تقريباً", [("60 تقريباً", 60, "about")]),
    ],
)
def test_qualifiers(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("سقط عشرات القتلى والجرحى", [("عشرات", 12, "vague")]),
        ("اعتقلت بالعشرات", [("العشرات", 12, "vague")]),
        ("أصيب عدة أشخاص", [("عدة", 3, "vague")]),
        ("أصيب عدد من المدنيين", [("عدد من", 3, "vague")]),
        ("نزحت بضعة عائلات", [("بضعة", 3, "vague")]),
        ("قتل العديد من العناصر", [("العديد من", 3, "vague")]),
        ("اعتقل مئات الشبان", [("مئات", 100, "vague")]),
        ("نزح آلاف المدنيين", [("آلاف", 1000, "vague")]),
        ("نزح عشرات الآلاف", [("عشرات الآلاف", 12000, "vague")]),
    ],
)
def test_vague_quantities_follow_acled(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert numbers(text) == expected


def test_number_of_is_not_vague_without_min() -> None:
    assert numbers("ارتفع عدد القتلى") == []


@pytest.mark.parametrize(
    "text",
    [
        "في عام 2021 تصاعدت الهجمات",
        "منذ 2011",
        "في 14 آذار الماضي",
        "في الـ14 من شهر آذار",
        "يوم 3 من حزيران",
        "بتاريخ 14/3/2021",
        "في 2021-03-14",
        "عند الساعة 10:30 صباحاً",
        "عند الساعة 10 صباحاً",
        "خلال الـ48 ساعة الماضية",
        "خلال الساعات الـ24 الماضية",
        "استمر الحصار ثلاثة أيام",
        "طفل يبلغ 12 عاماً",
        "على بعد 5 كم من المدينة",
        "ارتفعت الأسعار 20% هذا الشهر",
        "انتشر اللواء 47 في المنطقة",
        "والفرقة 25 مهام خاصة",
        "وفق القرار 2254",
        "أطفال دون سن الـ 18",
        "فتى لم يتجاوز 16 من عمره",
        "تظاهروا لليوم الـ100 على التوالي",
        "للمرة الـ5 هذا العام",
    ],
)
def test_dates_years_spans_measures_and_names_are_not_counts(text: str) -> None:
    assert numbers(text) == []


def test_the_article_before_digits_after_a_plural_is_a_count() -> None:
    assert numbers("قتل العناصر الـ48 جميعاً") == [("الـ48", 48, "exact")]


def test_a_year_sized_count_with_a_qualifier_is_a_count() -> None:
    assert numbers("نزح أكثر من 2000 شخص") == [("أكثر من 2000", 2000, "at_least")]


def test_a_date_and_a_count_in_one_sentence() -> None:
    text = "قتل 7 عناصر في 14 آذار 2021 بعد اشتباكات"
    assert numbers(text) == [("7", 7, "exact")]


def test_count_before_a_weekday_or_a_relative_day() -> None:
    assert numbers("قتل ثلاثة يوم السبت") == [("ثلاثة", 3, "exact")]
    assert numbers("قتل خمسة الأسبوع الماضي") == [("خمسة", 5, "exact")]
    assert numbers("قتل اليوم 5 عناصر") == [("5", 5, "exact")]


def test_monday_and_one_of_are_not_numbers() -> None:
    assert numbers("هاجموا الحاجز يوم الاثنين") == []
    assert numbers("قُتل أحد العناصر") == []


def test_offsets_are_original_with_diacritics_and_tatweel() -> None:
    text = "قُتِلَ خَمْسَةُ عناصرَ وأكثـر من ٣٠ مدنياً"
    found = numbers(text)
    assert [(v, q) for _t, v, q in found] == [(5, "exact"), (30, "at_least")]
    assert found[0][0] == "خَمْسَةُ"  # the mark after the last letter is quoted too
    assert found[1][0] == "أكثـر من ٣٠"


def test_word_value() -> None:
    assert word_value("ثلاثه") == 3
    assert word_value("عشرين") == 20
    assert word_value("الرابع") is None
    assert word_value("بخمسه") is None


def test_recogniser_runs_inside_annotate() -> None:
    from marsad.annotate import annotate

    doc = Document(id="t", source="test", text="قتل أكثر من 30 عنصراً وأصيب عشرات في 14 آذار 2021")
    annotate(doc, Options())
    got = [(m.text, m.value, m.qualifier) for m in doc.mentions_of("number") if isinstance(m, NumberMention)]
    assert got == [("أكثر من 30", 30, "at_least"), ("عشرات", 12, "vague")]


_SOUP_WORDS = (
    "خمسة وعشرين عشر ستة الخامس أحد اثنا مئة مئتين ثلاث آلاف ألف ألفين مليون عشرات عدد من عدة "
    "أكثر نحو على الأقل تقريباً عنصرين مدنيين الـ48 48 1,200 1,20 2.5 14/3 2021 99999999999 "
    "آذار ساعة كم % اللواء سن عمره ، . ( ) \n ً ـ"
)
_SOUP = st.lists(st.sampled_from(_SOUP_WORDS.split(" ")), max_size=25).map(" ".join)


@settings(max_examples=300)
@given(_SOUP)
def test_any_text_gives_valid_ordered_mentions(text: str) -> None:
    found = numbers(text)  # checks each mention quotes the text
    doc = Document(id="t", source="test", text=text)
    spans = [(m.start, m.end) for m in _RECOGNIZER.recognize(doc, normalize(text), Options())]
    assert all(0 <= a < b <= len(text) for a, b in spans)
    assert all(b1 <= a2 for (_a1, b1), (a2, _b2) in zip(spans, spans[1:], strict=False))
    assert all(v >= 0 and q in ("exact", "at_least", "at_most", "about", "vague") for _t, v, q in found)


def test_a_qualifier_after_the_noun_does_not_swallow_the_next_number() -> None:
    assert numbers("قتل خمسة عناصر تقريباً وأصيب ستة") == [
        ("خمسة", 5, "about"),
        ("ستة", 6, "exact"),
    ]


@pytest.mark.parametrize(
    "text",
    ["قتل 4 عناصر في 9 April 2019", "قتل 4 عناصر في April 9, 2019", "قتل 4 عناصر في 9th Apr 2019"],
)
def test_a_day_before_or_after_a_latin_month_is_not_a_count(text: str) -> None:
    assert numbers(text) == [("4", 4, "exact")]
