"""Segmentation of text dumps: general rules, checked on the seed and on dumps written here."""

from __future__ import annotations

from datetime import date

from conftest import FIRST, LAST, TITLE

from marsad.article import segment
from marsad.document import Document
from marsad.options import Options


def seg(text: str, options: Options | None = None) -> Document:
    return segment(Document(id="t", source="t", text=text), options)


def kinds(doc: Document) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in doc.blocks]


def test_seed(seed_text: str) -> None:
    doc = seg(seed_text)
    assert doc.title == TITLE
    assert [b.kind for b in doc.blocks].count("title") == 1
    body = [b for b in doc.blocks if b.kind != "title"]
    assert body[0].text.startswith(FIRST) and body[-1].text.endswith(LAST)
    assert [b.text for b in body if b.kind == "heading"] == ["خسائر جديدة", "انشقاق وفرار"]
    assert [(c.author, c.time_text) for c in doc.comments] == [
        ("KHALED EL AJLANI", "منذ 3 سنوات 4 أشهر"),
        ("سوري،سوري،سوري", "منذ 3 سنوات 4 أشهر"),
    ]
    assert doc.comments[1].text == "اللهم احفظ العباد والبلاد من كل سوء"
    everything = "\n".join(b.text for b in doc.blocks)
    for junk in ("التعليقات (2)", "الأكثر قراءة", "أهم المواضيع", "أهم التصنيفات", "مقال رائع"):
        assert junk not in everything
    assert TITLE in doc.boilerplate  # the repeated headline
    for b in doc.blocks:
        assert seed_text[b.start : b.end] == b.text


OTHER_SITE = """الرئيسية » أخبار » سوريا
قصف مدفعي يستهدف بلدة في ريف إدلب الجنوبي
قصفت قوات النظام بالمدفعية الثقيلة بلدة في ريف إدلب الجنوبي، ما أدى إلى مقتل مدنيين اثنين.
تفاصيل القصف
وقال الدفاع المدني إن فرقه انتشلت الضحايا من تحت الأنقاض.
اقرأ أيضاً:
غارات روسية على جبل الزاوية
وأضاف المصدر أن القصف تجدد مساء بعد ساعات من الهدوء الحذر في المنطقة.
17
شارك
تابعونا على تلغرام
تعليقات القراء
أبو خالد · منذ ساعتين
حسبنا الله ونعم الوكيل
سلمى
منذ 3 أيام
الرحمة للشهداء.
مواضيع ذات صلة
🔴 مقتل شاب في درعا
"""


def test_other_site_dump() -> None:
    doc = seg(OTHER_SITE)
    assert kinds(doc) == [
        ("title", "قصف مدفعي يستهدف بلدة في ريف إدلب الجنوبي"),
        (
            "paragraph",
            "قصفت قوات النظام بالمدفعية الثقيلة بلدة في ريف إدلب الجنوبي، ما أدى إلى مقتل مدنيين اثنين.",
        ),
        ("heading", "تفاصيل القصف"),
        ("paragraph", "وقال الدفاع المدني إن فرقه انتشلت الضحايا من تحت الأنقاض."),
        ("paragraph", "وأضاف المصدر أن القصف تجدد مساء بعد ساعات من الهدوء الحذر في المنطقة."),
    ]  # fmt: skip
    assert [(c.author, c.time_text, c.text) for c in doc.comments] == [
        ("أبو خالد", "منذ ساعتين", "حسبنا الله ونعم الوكيل"),
        ("سلمى", "منذ 3 أيام", "الرحمة للشهداء."),
    ]
    for junk in (
        "الرئيسية » أخبار » سوريا",
        "غارات روسية على جبل الزاوية",
        "17",
        "شارك",
        "🔴 مقتل شاب في درعا",
    ):
        assert junk in doc.boilerplate


def test_comments_without_header() -> None:
    text = (
        "انفجار عبوة ناسفة في مدينة الباب\n\n"
        "انفجرت عبوة ناسفة بسيارة مدنية وسط مدينة الباب شرقي حلب، ما أدى إلى إصابة ثلاثة أشخاص.\n\n"
        "محمود\n·منذ 4 ساعات\nنسأل الله السلامة للجميع\n"
    )
    doc = seg(text)
    assert [b.kind for b in doc.blocks] == ["title", "paragraph"]
    assert [(c.author, c.time_text) for c in doc.comments] == [("محمود", "منذ 4 ساعات")]


def test_emoji_led_news_line_kept() -> None:
    text = (
        "🔴 عاجل: مقتل ثلاثة عناصر من قوات النظام بانفجار لغم أرضي في ريف درعا الغربي.\n"
        "وقال مراسلنا إن الانفجار وقع قرب بلدة نوى صباح اليوم.\n"
    )
    doc = seg(text)
    assert [b.kind for b in doc.blocks] == ["paragraph", "paragraph"]
    assert doc.title is None and doc.boilerplate == []


def test_sentence_first_line_is_not_a_title() -> None:
    doc = seg("قتل مدنيان في قصف على بلدة سرمين.\nوأضاف المصدر أن القصف مستمر.\n")
    assert doc.title is None
    assert [b.kind for b in doc.blocks] == ["paragraph", "paragraph"]


def test_list_stays_with_its_lead_sentence() -> None:
    text = (
        "وحدد المصدر المواقع المستهدفة:\n- مطار عسكري قرب حمص.\n- مستودع ذخيرة في ريف حماة.\n"
        "وانتهى القصف بعد ساعة.\n"
    )
    doc = seg(text)
    assert (
        doc.blocks[0].text
        == "وحدد المصدر المواقع المستهدفة:\n- مطار عسكري قرب حمص.\n- مستودع ذخيرة في ريف حماة."
    )
    assert len(doc.blocks) == 2


def test_crlf_offsets_point_into_text() -> None:
    text = "عنوان الخبر هنا\r\n\r\nنص الفقرة الأولى عن اشتباكات في ريف حلب الشمالي.\r\nفقرة ثانية.\r\n"
    doc = seg(text)
    assert doc.text == text
    assert [b.kind for b in doc.blocks] == ["title", "paragraph", "paragraph"]
    for b in doc.blocks:
        assert text[b.start : b.end] == b.text


def test_comment_dates_resolved_when_dates_module_offers_it(seed_text: str) -> None:
    doc = seg(seed_text, Options(published=date(2021, 3, 15)))
    assert doc.comments[0].date is not None and doc.comments[0].date < date(2021, 3, 15)


def test_lone_time_under_lead_is_not_a_comment() -> None:
    lead = "قالت مصادر محلية إن اشتباكات اندلعت بين مجموعتين مسلحتين في ريف السويداء الغربي."
    long_para = (
        "وأضافت المصادر أن " + "الاشتباكات استمرت ساعات واستخدمت فيها أسلحة متوسطة " * 4 + "قبل أن تتوقف."
    )
    doc = seg(f"اشتباكات في ريف السويداء\n{lead}\nمنذ ساعتين\n{long_para}\n")
    assert doc.comments == []
    assert doc.blocks[-1].text == long_para


def test_sentence_starting_like_a_widget_is_kept() -> None:
    text = (
        "قتلى في هجوم على حاجز\nهاجم مسلحون حاجزاً عسكرياً في ريف حمص الشرقي فجر اليوم.\n"
        "شارك في الهجوم عشرات المسلحين\n"
    )
    doc = seg(text)
    assert doc.blocks[-1].text == "شارك في الهجوم عشرات المسلحين"
    assert doc.boilerplate == []


def test_read_also_links_skipped_but_body_goes_on() -> None:
    text = (
        "تفجير في مدينة الباب\n"
        "انفجرت سيارة مفخخة في سوق شعبي وسط مدينة الباب شرقي حلب، ما أوقع قتلى وجرحى.\n"
        "اقرأ أيضاً\nقصف على عفرين\nانفجار في اعزاز\n"
        "وأكد الدفاع المدني أن فرقه نقلت الجرحى إلى مشافي المدينة.\n"
    )
    doc = seg(text)
    assert [b.kind for b in doc.blocks] == ["title", "paragraph", "paragraph"]
    assert doc.boilerplate == ["اقرأ أيضاً", "قصف على عفرين", "انفجار في اعزاز"]


def test_short_last_line_is_a_paragraph_not_a_heading() -> None:
    # A subheading labels the paragraphs after it; the last line labels nothing (often an
    # excerpt cut mid-sentence), so it stays article text.
    doc = seg(
        "قصف على ريف حماة\n\n"
        "قصفت قوات النظام بلدة كفرزيتا بالمدفعية الثقيلة صباح اليوم، ما أدى إلى دمار في المنازل.\n\n"
        "تطورات ميدانية\n\n"
        "وتعرضت أطراف بلدة اللطامنة لقصف مماثل خلال ساعات الليل.\n\n"
        "كما استهدفت القوات بعدة قذائف محطة المياه في"
    )
    assert [k for k, _ in kinds(doc)] == ["title", "paragraph", "heading", "paragraph", "paragraph"]
