"""marsad.dates: date expressions resolved against a publication date (the project's own sentences)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.dates import DateRecognizer, resolve_ago, resolve_date_expression
from marsad.document import DateMention, Document
from marsad.normalize import normalize
from marsad.options import Options

# Wednesday 13 March 2024 (2024 is a leap year: February has 29 days)
PUB = date(2024, 3, 13)
_RECOGNIZER = DateRecognizer()


def dates(
    text: str, published: date | None = PUB, options: Options | None = None
) -> list[tuple[str, str | None, int]]:
    doc = Document(id="t", source="test", text=text, published=published)
    found = _RECOGNIZER.recognize(doc, normalize(text), options or Options())
    for m in found:
        assert isinstance(m, DateMention)
        assert m.type == "date"
        assert m.text == text[m.start : m.end]
    return [(m.text, m.date.isoformat() if m.date else None, m.time_precision) for m in found]


def one(text: str, published: date | None = PUB) -> tuple[str | None, int]:
    found = dates(text, published)
    assert len(found) == 1, found
    return found[0][1], found[0][2]


def test_publication_date_is_a_wednesday() -> None:
    assert PUB.weekday() == 2


@pytest.mark.parametrize(
    ("text", "quoted", "expected"),
    [
        ("قصفت الطائرات البلدة اليوم", "اليوم", "2024-03-13"),
        ("اندلعت اشتباكات أمس في الريف", "أمس", "2024-03-12"),
        ("وقع الانفجار البارحة", "البارحة", "2024-03-12"),
        ("قالت المصادر إن الهجوم وقع بالأمس", "الأمس", "2024-03-12"),
        ("اغتيل القيادي أمس الأول", "أمس الأول", "2024-03-11"),
        ("اغتيل القيادي أول أمس", "أول أمس", "2024-03-11"),
        ("اغتيل القيادي أول من أمس", "أول من أمس", "2024-03-11"),
        ("سقطت قذائف فجر اليوم", "فجر اليوم", "2024-03-13"),
        ("داهمت دورية المنزل صباح اليوم", "صباح اليوم", "2024-03-13"),
        ("اعتقل الشاب مساء أمس", "مساء أمس", "2024-03-12"),
        ("دوت انفجارات ليلة أمس", "ليلة أمس", "2024-03-12"),
        ("سمعت انفجارات الليلة الماضية", "الليلة الماضية", "2024-03-12"),
        ("قُتل الشاب يوم أمس", "يوم أمس", "2024-03-12"),
    ],
)
def test_relative_days(text: str, quoted: str, expected: str) -> None:
    assert dates(text) == [(quoted, expected, 1)]


def test_the_next_day_is_not_today() -> None:
    assert dates("وفي اليوم التالي انسحبت القوات") == []


@pytest.mark.parametrize(
    ("text", "quoted", "expected"),
    [
        ("هاجم مسلحون الحاجز السبت", "السبت", "2024-03-09"),
        ("هاجم مسلحون الحاجز يوم الاثنين", "يوم الاثنين", "2024-03-11"),
        ("جرت الاشتباكات يوم الخميس", "يوم الخميس", "2024-03-07"),
        ("سقطت القذائف فجر الجمعة", "فجر الجمعة", "2024-03-08"),
        # the report's own weekday is the same day ...
        ("وقع الهجوم الأربعاء", "الأربعاء", "2024-03-13"),
        # ... unless "الماضي" says it is the one before
        ("وقع الهجوم الأربعاء الماضي", "الأربعاء الماضي", "2024-03-06"),
        ("وقع الهجوم يوم الأحد الفائت", "يوم الأحد الفائت", "2024-03-10"),
        ("ستعقد جولة المفاوضات الخميس المقبل", "الخميس المقبل", "2024-03-14"),
    ],
)
def test_weekdays(text: str, quoted: str, expected: str) -> None:
    assert dates(text) == [(quoted, expected, 1)]


@pytest.mark.parametrize(
    ("text", "quoted", "expected", "precision"),
    [
        ("قُتل 30 عنصراً خلال الـ48 ساعة", "خلال الـ48 ساعة", "2024-03-12", 2),
        ("خلال الساعات الـ24 الماضية", "خلال الساعات الـ24 الماضية", "2024-03-12", 2),
        ("في الساعات الأخيرة", "في الساعات الأخيرة", "2024-03-12", 2),
        ("خلال اليومين الماضيين", "خلال اليومين الماضيين", "2024-03-12", 2),
        ("خلال الأيام القليلة الماضية", "خلال الأيام القليلة الماضية", "2024-03-10", 2),
        ("داهمت القوات القرية الأسبوع الماضي", "الأسبوع الماضي", "2024-03-06", 2),
        ("خلال الأسبوع الماضي", "خلال الأسبوع الماضي", "2024-03-09", 2),
        ("جرت الانتخابات الشهر الماضي", "الشهر الماضي", "2024-02-15", 3),
        ("مطلع الشهر الجاري", "مطلع الشهر الجاري", "2024-03-01", 2),
        ("أواخر الشهر الماضي", "أواخر الشهر الماضي", "2024-02-29", 2),
    ],
)
def test_spans_weeks_and_months(text: str, quoted: str, expected: str, precision: int) -> None:
    assert dates(text) == [(quoted, expected, precision)]


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("منذ 3 سنوات 4 أشهر", "2020-11-13", 3),
        ("منذ 3 سنوات و4 أشهر", "2020-11-13", 3),
        ("منذ يومين", "2024-03-11", 1),
        ("منذ ساعة", "2024-03-13", 1),
        ("قبل أسبوع", "2024-03-06", 2),
        ("قبل أسبوعين", "2024-02-28", 2),
        ("منذ ثلاثة أيام", "2024-03-10", 1),
        ("قبل 5 أيام", "2024-03-08", 1),
        ("منذ شهر", "2024-02-13", 3),
        ("منذ أيام", "2024-03-10", 2),
        ("منذ قرابة الأسبوع", "2024-03-06", 2),
    ],
)
def test_ago(text: str, expected: str, precision: int) -> None:
    assert dates(text) == [(text, expected, precision)]


@pytest.mark.parametrize(
    "text", ["منذ سنوات", "منذ أشهر", "منذ عام 2011", "منذ ساعات الصباح الأولى", "قبل الهجوم بساعات"]
)
def test_how_long_or_since_is_not_a_date(text: str) -> None:
    assert dates(text) == []


@pytest.mark.parametrize(
    ("text", "quoted", "expected", "precision"),
    [
        ("في 14 آذار 2021", "14 آذار 2021", "2021-03-14", 1),
        ("يوم الجمعة الموافق 8 آذار", "يوم الجمعة الموافق 8 آذار", "2024-03-08", 1),
        ("في الـ10 من شهر آذار", "الـ10 من شهر آذار", "2024-03-10", 1),
        # a day not yet reached this year is last year's
        ("في الـ14 من شهر آذار", "الـ14 من شهر آذار", "2023-03-14", 1),
        ("في 5 حزيران", "5 حزيران", "2023-06-05", 1),
        ("في 3 تشرين الأول 2022", "3 تشرين الأول 2022", "2022-10-03", 1),
        ("في 7 كانون الثاني", "7 كانون الثاني", "2024-01-07", 1),
        ("في 20 تشرين ثاني 2023", "20 تشرين ثاني 2023", "2023-11-20", 1),
        ("في 9 مايس 2022", "9 مايس 2022", "2022-05-09", 1),
        ("في 3 أكتوبر 2022", "3 أكتوبر 2022", "2022-10-03", 1),
        ("في 5 آذار/مارس", "5 آذار/مارس", "2024-03-05", 1),
        ("في 9 شباط (فبراير) 2020", "9 شباط (فبراير) 2020", "2020-02-09", 1),
        ("في الرابع من تموز", "الرابع من تموز", "2023-07-04", 1),
        ("الحادي والعشرين من شهر شباط", "الحادي والعشرين من شهر شباط", "2024-02-21", 1),
        ("في 2 آب الماضي", "2 آب الماضي", "2023-08-02", 1),
    ],
)
def test_day_and_month(text: str, quoted: str, expected: str, precision: int) -> None:
    assert dates(text) == [(quoted, expected, precision)]


@pytest.mark.parametrize(
    ("text", "quoted", "expected", "precision"),
    [
        ("في تشرين الأول", "في تشرين الأول", "2023-10-15", 3),
        ("في كانون الثاني", "في كانون الثاني", "2024-01-15", 3),
        ("كانون الثاني 2020", "كانون الثاني 2020", "2020-01-15", 3),
        ("خلال آذار/مارس 2021", "خلال آذار/مارس 2021", "2021-03-15", 3),
        ("في أيار (مايو) 2023", "في أيار (مايو) 2023", "2023-05-15", 3),
        # the 15th would be after the report: the report's date instead
        ("خلال شهر مارس", "شهر مارس", "2024-03-13", 3),
        ("منذ بداية شهر مارس", "بداية شهر مارس", "2024-03-01", 2),
        ("في آب الماضي", "في آب الماضي", "2023-08-15", 3),
        ("منتصف شباط", "منتصف شباط", "2024-02-15", 2),
        ("أواخر كانون الثاني", "أواخر كانون الثاني", "2024-01-31", 2),
        ("مطلع نيسان 2019", "مطلع نيسان 2019", "2019-04-01", 2),
        ("في الشهر الأول من العام الجاري", "الشهر الأول من العام الجاري", "2024-01-15", 3),
    ],
)
def test_month_without_a_day(text: str, quoted: str, expected: str, precision: int) -> None:
    assert dates(text) == [(quoted, expected, precision)]


@pytest.mark.parametrize(
    "text", ["خرجت مظاهرات في ذكرى ثورة آذار", "مارس ضغوطاً على الفصائل", "زار أب وابنه المخيم"]
)
def test_a_month_name_alone_is_not_a_date(text: str) -> None:
    assert dates(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("بتاريخ 2021/03/14", "2021-03-14"),
        ("بتاريخ 14-3-2021", "2021-03-14"),
        ("بتاريخ 14.3.2021", "2021-03-14"),
        ("بتاريخ ١٤/٣/٢٠٢١", "2021-03-14"),
        ("بتاريخ 3/14/2021", "2021-03-14"),  # only month/day/year makes a date
        ("بتاريخ 14/3/21", "2021-03-14"),
        # Syrian usage is day first when both readings are dates; ISO is year first
        ("وقع الانفجار في 7-4-2018 صباحاً", "2018-04-07"),
        ("وقع الانفجار في 7/4/2018 صباحاً", "2018-04-07"),
        ("وقع الانفجار في 07.04.2018 صباحاً", "2018-04-07"),
        ("وقع الانفجار في 2018-04-07 صباحاً", "2018-04-07"),
    ],
)
def test_numeric_dates(text: str, expected: str) -> None:
    assert one(text) == (expected, 1)


def test_a_weekday_before_a_date_is_part_of_it() -> None:
    # the date, not the weekday's nearest occurrence, decides
    assert dates("وقعت الحادثة يوم الاثنين 4-3-2024 مساء") == [("يوم الاثنين 4-3-2024", "2024-03-04", 1)]
    assert dates("يوم الأحد 3 آذار") == [("يوم الأحد 3 آذار", "2024-03-03", 1)]


def test_a_given_year_is_kept_even_after_the_report() -> None:
    assert dates("حتى آذار - مارس 2025") == [("حتى آذار - مارس 2025", "2025-03-15", 3)]


def test_an_impossible_numeric_date_has_no_date() -> None:
    assert dates("الرقم 31/31/2021") == [("31/31/2021", None, 1)]


def test_several_dates_in_one_report() -> None:
    text = "اندلعت الاشتباكات يوم السبت، وتجددت أمس، بعد هدوء منذ 14 شباط."
    assert dates(text) == [
        ("يوم السبت", "2024-03-09", 1),
        ("أمس", "2024-03-12", 1),
        ("14 شباط", "2024-02-14", 1),
    ]


def test_offsets_are_original_with_diacritics_and_tatweel() -> None:
    text = "قُتِلَ جنديّ مساءَ أمسِ خلال الـ٤٨ ساعةً الماضية"
    assert dates(text) == [("مساءَ أمسِ", "2024-03-12", 1), ("خلال الـ٤٨ ساعةً الماضية", "2024-03-12", 2)]


def test_without_a_reference_relative_dates_have_no_date() -> None:
    assert dates("قتل أمس في 14 آذار 2021 بعد هجوم يوم الجمعة في 3 أيار", published=None) == [
        ("أمس", None, 1),
        ("14 آذار 2021", "2021-03-14", 1),
        ("يوم الجمعة", None, 1),
        ("3 أيار", None, 1),
    ]


def test_the_callers_reference_is_used_when_the_report_has_none() -> None:
    assert dates("قتل أمس", published=None, options=Options(published=date(2020, 1, 1))) == [
        ("أمس", "2019-12-31", 1)
    ]


def test_resolve_ago() -> None:
    ref = date(2024, 5, 31)
    assert resolve_ago("منذ 3 سنوات 4 أشهر", ref) == date(2021, 1, 31)
    assert resolve_ago("منذ يومين", ref) == date(2024, 5, 29)
    assert resolve_ago("منذ ساعة", ref) == ref
    assert resolve_ago("منذ 30 ساعة", ref) == date(2024, 5, 30)
    assert resolve_ago("قبل أسبوع", ref) == date(2024, 5, 24)
    assert resolve_ago("منذ شهر", ref) == date(2024, 4, 30)  # 31 April does not exist
    assert resolve_ago("منذ سنة", date(2024, 2, 29)) == date(2023, 2, 28)
    assert resolve_ago("منذ خمسة وعشرين يوماً", ref) == date(2024, 5, 6)
    assert resolve_ago("·منذ 3 سنوات 4 أشهر", ref) == date(2021, 1, 31)
    assert resolve_ago("مقال رائع", ref) is None


def test_resolve_date_expression() -> None:
    assert resolve_date_expression("فجر اليوم", PUB) == (PUB, 1)
    assert resolve_date_expression("الشهر الماضي", PUB) == (date(2024, 2, 15), 3)
    assert resolve_date_expression("في 14 آذار 2021", None) == (date(2021, 3, 14), 1)
    assert resolve_date_expression("لا تاريخ هنا", PUB) == (None, 0)


def test_latin_month_names_go_to_dateparser() -> None:
    assert dates("قتل 3 مدنيين في 14 March 2021 بقصف جوي") == [("14 March 2021", "2021-03-14", 1)]
    assert dates("وذلك بتاريخ March 14, 2021 في ريف إدلب") == [("March 14, 2021", "2021-03-14", 1)]
    assert dates("انفجرت عبوة بتاريخ 14 Mar 2021م") == [("14 Mar 2021", "2021-03-14", 1)]
    assert dates("وصلت التعزيزات في 3rd sept. 2020") == [("3rd sept. 2020", "2020-09-03", 1)]
    # a month without a day: its 15th, precision 3, as the rules date "آذار 2021"
    assert dates("خلال Sept. 2020 بحسب المصدر") == [("Sept. 2020", "2020-09-15", 3)]
    # no year: the most recent such day on or before the reference; none without a reference
    assert dates("يوم 20 March قرب الحدود") == [("20 March", "2023-03-20", 1)]
    assert dates("يوم 20 March قرب الحدود", published=None) == [("20 March", None, 1)]
    # Arabic forms stay with the rules, side by side with a Latin one
    assert dates("أمس الأول، أي 11 March 2024") == [
        ("أمس الأول", "2024-03-11", 1),
        ("11 March 2024", "2024-03-11", 1),
    ]


def test_latin_words_that_are_not_dates() -> None:
    assert dates("وقال Mark Lowcock إن الوضع خطير") == []
    assert dates("رفعوا لافتات Marching 14 maybe 2021") == []
    assert dates("في 31 Feb 2021 بحسب الرواية") == []  # no such day: dateparser returns nothing
    assert dates("شهر March وحده") == []  # a month name alone, as "آذار" alone


_LATIN_SOUP_WORDS = "March Mar. mar Sept may 14 3rd 2021 ، , آذار أمس يوم 14/3/2021 في ًـ"
_LATIN_SOUP = st.lists(st.sampled_from(_LATIN_SOUP_WORDS.split(" ")), max_size=12).map(" ".join)


@settings(max_examples=100, deadline=None)
@given(_LATIN_SOUP, st.one_of(st.none(), st.dates(date(1950, 1, 1), date(2050, 12, 31))))
def test_latin_dates_keep_mentions_valid_and_ordered(text: str, published: date | None) -> None:
    doc = Document(id="t", source="test", text=text, published=published)
    spans = [(m.start, m.end) for m in _RECOGNIZER.recognize(doc, normalize(text), Options())]
    assert all(0 <= a < b <= len(text) for a, b in spans)
    assert all(b1 <= a2 for (_a1, b1), (a2, _b2) in zip(spans, spans[1:], strict=False))


def test_recogniser_runs_inside_annotate() -> None:
    from marsad.annotate import annotate

    doc = Document(id="t", source="test", text="قُتل 3 مدنيين فجر اليوم في قصف", published=PUB)
    annotate(doc, Options())
    got = [(m.text, m.date) for m in doc.mentions_of("date") if isinstance(m, DateMention)]
    assert got == [("فجر اليوم", PUB)]


_SOUP_WORDS = (
    "أمس اليوم الأول أول من منذ قبل خلال الـ48 ساعة ساعات السبت الجمعة يوم الماضي المقبل الجاري "
    "الأسبوع الشهر العام مطلع أواخر شهر آذار مارس / ( ) تشرين الثاني 14 31 0 99999 2021 1900 "
    "14/3/2021 0/0/2021 31-02-2024 سنوات أشهر أيام ثلاثة عشر الحادي والعشرين فجر ليلة ، . \n ً ـ"
)
_SOUP = st.lists(st.sampled_from(_SOUP_WORDS.split(" ")), max_size=25).map(" ".join)


@settings(max_examples=300)
@given(_SOUP, st.one_of(st.none(), st.dates(date(1950, 1, 1), date(2050, 12, 31))))
def test_any_text_gives_valid_ordered_mentions(text: str, published: date | None) -> None:
    found = dates(text, published)  # checks each mention quotes the text
    doc = Document(id="t", source="test", text=text, published=published)
    spans = [(m.start, m.end) for m in _RECOGNIZER.recognize(doc, normalize(text), Options())]
    assert all(0 <= a < b <= len(text) for a, b in spans)
    assert all(b1 <= a2 for (_a1, b1), (a2, _b2) in zip(spans, spans[1:], strict=False))
    assert all(p in (1, 2, 3) for _t, _d, p in found)
