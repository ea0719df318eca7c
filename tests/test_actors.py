"""The actor recogniser on the project's own sentences, one per form it must handle."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.actors import ActorRecognizer, ancestors, is_a, load_actors, variants
from marsad.document import ActorMention, Document
from marsad.normalize import normalize
from marsad.options import Options

BEFORE = date(2021, 5, 1)  # Assad era
AFTER = date(2025, 3, 1)  # transitional government


@pytest.fixture(scope="module")
def recognizer() -> ActorRecognizer:
    return ActorRecognizer()


def found(
    recognizer: ActorRecognizer,
    text: str,
    published: date | None = BEFORE,
    options: Options | None = None,
) -> list[ActorMention]:
    doc = Document(id="t", source="test", text=text, published=published)
    return recognizer.recognize(doc, normalize(text), options or Options())


def pairs(recognizer: ActorRecognizer, text: str, published: date | None = BEFORE) -> list[tuple[str, str]]:
    return [(m.text, m.actor.id if m.actor else "") for m in found(recognizer, text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # construct forms, titles, plural and dual around the actor name
        ("وصلت عناصر من الفرقة الرابعة إلى الحاجز", ("الفرقة الرابعة", "syria-4th-division")),
        ("تقدم مقاتلو العشائر نحو القرية", ("مقاتلو العشائر", "tribal-fighters")),
        ("هاجمت خلايا داعش نقطة عسكرية", ("خلايا داعش", "isis")),
        ("قتل عنصرين من قسد في كمين", ("قسد", "sdf")),
        ("أطلق جنود النظام النار على المزارعين", ("النظام", "syria-regime")),
        ("اعتقل الدواعش ثلاثة رعاة", ("الدواعش", "isis")),
        ("قتل داعشي بانفجار عبوة كان يزرعها", ("داعشي", "isis")),
        # opposition media
        ("انشق عشرة من ميليشيا أسد", ("ميليشيا أسد", "syria-regime")),
        ("قصفت ميليشيات أسد البلدة", ("ميليشيات أسد", "syria-regime")),
        ("قصفت مليشيات أسد البلدة", ("مليشيات أسد", "syria-regime")),
        ("تقدمت عصابات الأسد على المحور", ("عصابات الأسد", "syria-regime")),
        ("داهمت ميليشيا قسد منازل في الريف", ("ميليشيا قسد", "sdf")),
        ("انتشرت الميليشيات الإيرانية في المدينة", ("الميليشيات الإيرانية", "iran-backed-militias")),
        # state media
        ("تصدت وحدات من الجيش العربي السوري للهجوم", ("الجيش العربي السوري", "syria-regime")),
        ("استهدفت قواتنا المسلحة تجمعات المسلحين", ("قواتنا المسلحة", "syria-regime")),
        ("فجر تنظيم داعش الإرهابي سيارة", ("تنظيم داعش", "isis")),
        ("اعتدت ميليشيا قسد الانفصالية على الأهالي", ("ميليشيا قسد الانفصالية", "sdf")),
        # Kurdish media
        ("هاجمت قوات سوريا الديمقراطية موقعاً", ("قوات سوريا الديمقراطية", "sdf")),
        ("قصف مرتزقة الاحتلال التركي قرية", ("مرتزقة الاحتلال التركي", "sna")),
        # Iranian media
        ("أكد محور المقاومة استمرار المواجهة", ("محور المقاومة", "iran-backed-militias")),
        ("قتل أحد المستشارين الإيرانيين بغارة", ("المستشارين الإيرانيين", "irgc")),
        # proclitics glued to the name, and the article after ل
        ("اشتباكات بين العشائر وقسد", ("قسد", "sdf")),
        ("نقطة تابعة للنظام", ("لنظام", "syria-regime")),
        ("هجوم لداعش على حقل نفط", ("داعش", "isis")),
        # spelling variants generated in code
        ("حلقت طائرات التحالف فوق الحقل والقوات الأميركية على الأرض", ("القوات الأميركية", "us-coalition")),
    ],
)
def test_forms(recognizer: ActorRecognizer, text: str, expected: tuple[str, str]) -> None:
    assert expected in pairs(recognizer, text)


def test_longest_match_wins(recognizer: ActorRecognizer) -> None:
    assert pairs(recognizer, "تقدمت قوات النظام") == [("قوات النظام", "syria-regime")]
    assert pairs(recognizer, "قيادي في الحرس الثوري الإيراني") == [("الحرس الثوري الإيراني", "irgc")]
    # "كتائب حزب الله" is the Iraqi group, not Hezbollah
    assert pairs(recognizer, "مقر لكتائب حزب الله") == [("كتائب حزب الله", "kataib-hezbollah")]


def test_bare_ambiguous_words_name_no_actor(recognizer: ActorRecognizer) -> None:
    assert pairs(recognizer, "مؤسسات الدولة في المدينة") == []
    assert pairs(recognizer, "انتشر الجيش في المنطقة") == []
    assert pairs(recognizer, "تنظيم الدولة يتبنى الهجوم") == [("تنظيم الدولة", "isis")]


def test_blockers_hide_the_shorter_alias(recognizer: ActorRecognizer) -> None:
    assert pairs(recognizer, "انتشلت فرق الدفاع المدني الجثث") == []
    assert pairs(recognizer, "حفاظاً على النظام العام") == []
    # state media's catch-all names nobody
    assert pairs(recognizer, "دمرت المجموعات الإرهابية المسلحة الجسر") == []


@pytest.mark.parametrize(
    ("text", "published", "actor_id"),
    [
        ("قصف الجيش السوري البلدة", BEFORE, "syria-regime"),
        ("قصف الجيش السوري البلدة", AFTER, "syria-government-2024"),
        ("اعتقل الأمن العام شخصين في إدلب", BEFORE, "hts-general-security"),
        ("اعتقل الأمن العام شخصين في حمص", AFTER, "syria-government-2024"),
        ("أرسلت هيئة تحرير الشام تعزيزات", BEFORE, "hts"),
        ("أرسلت هيئة تحرير الشام تعزيزات", AFTER, "syria-government-2024"),
        ("أعلنت وزارة الدفاع عن حملة", AFTER, "syria-government-2024"),
        # no date at all: the latest reading
        ("قصف الجيش السوري البلدة", None, "syria-government-2024"),
    ],
)
def test_date_rule(recognizer: ActorRecognizer, text: str, published: date | None, actor_id: str) -> None:
    assert [m.actor.id for m in found(recognizer, text, published) if m.actor] == [actor_id]


def test_date_rule_falls_back_to_options(recognizer: ActorRecognizer) -> None:
    ms = found(recognizer, "قصف الجيش السوري البلدة", None, Options(published=BEFORE))
    assert [m.actor.id for m in ms if m.actor] == ["syria-regime"]


def test_anaphor_needs_the_full_name(recognizer: ActorRecognizer) -> None:
    assert pairs(recognizer, "وتبنى التنظيم الهجوم") == []
    assert pairs(recognizer, "هاجمت خلايا داعش الحاجز وتبنى التنظيم الهجوم") == [
        ("خلايا داعش", "isis"),
        ("التنظيم", "isis"),
    ]
    # a descendant licenses its ancestor's head word: a named SNA faction and "الفصائل"
    got = pairs(recognizer, "اشتبكت فرقة الحمزة مع الفصائل")
    assert ("الفصائل", "syrian-opposition") in got


def test_generic_gunmen_tied_to_an_actor(recognizer: ActorRecognizer) -> None:
    assert pairs(recognizer, "هاجم مسلحون مجهولون الحاجز") == [("مسلحون مجهولون", "unidentified")]
    got = pairs(recognizer, "اعتدى مسلحون على الأهالي")
    assert got == [("مسلحون", "unidentified"), ("الأهالي", "civilians")]
    got = pairs(recognizer, "اختطف مسلحون تابعون للفرقة الرابعة تاجراً")
    assert got == [("لفرقة الرابعة", "syria-4th-division")]
    assert pairs(recognizer, "داهم مسلحين من قسد المنزل") == [("قسد", "sdf")]


def test_clan_rule(recognizer: ActorRecognizer) -> None:
    got = pairs(recognizer, "اندلعت اشتباكات بين أبناء عشيرة البوحسن")
    assert got == [("عشيرة البوحسن", "tribal-fighters")]
    assert pairs(recognizer, "وهي عشيرة عربية كبيرة") == []
    assert pairs(recognizer, "خلاف مع عشيرة البو علي") == [("عشيرة البو علي", "tribal-fighters")]
    # a listed tribe keeps its own id
    assert pairs(recognizer, "هاجم أبناء قبيلة العكيدات الحاجز")[0][1] in ("tribe-akidat", "tribal-fighters")


def test_offsets_point_into_the_original(recognizer: ActorRecognizer) -> None:
    text = "قُتل عنصرٌ من قواتِ النظامِ بهجومٍ لـ\"داعـ ـش\""
    ms = found(recognizer, text)
    assert [(m.actor.id if m.actor else "") for m in ms] == ["syria-regime", "isis"]
    for m in ms:
        assert text[m.start : m.end] == m.text
    assert ms[0].text == "قواتِ النظامِ"
    assert ms[1].text == "داعـ ـش"
    assert ms[0].to_dict()["parents"] == []


def test_quotation_marks_inside_a_name(recognizer: ActorRecognizer) -> None:
    text = 'تبنى هجومٌ لتنظيم "الدولة" وميليشيا «الدفاع الوطني»'
    ms = found(recognizer, text)
    assert [(m.text, m.actor.id if m.actor else "") for m in ms] == [
        ('تنظيم "الدولة"', "isis"),
        ("ميليشيا «الدفاع الوطني»", "ndf"),
    ]


def test_loader_and_hierarchy() -> None:
    actors = load_actors()
    assert actors["syria-4th-division"].parents == ("syria-regime",)
    assert actors["sdf"].inter == "rebel_group"
    assert ancestors("syria-4th-division") == ("syria-regime",)
    assert ancestors("ypj") == ("ypg", "sdf")
    assert ancestors("syria-air-force-intelligence") == ("syria-intelligence", "syria-regime")
    assert is_a("fatemiyoun", "iran-backed-militias")
    assert not is_a("sdf", "isis")
    assert ancestors("no-such-actor") == ()


def test_variants() -> None:
    assert {"ميليشيا اسد", "ميليشيات اسد", "مليشيا اسد", "ميلشيات اسد"} <= variants("ميليشيا اسد")
    assert variants("القوات الامريكيه") == {"القوات الامريكيه", "القوات الاميركيه"}
    assert variants("قسد") == {"قسد"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("نفذت مقاتلة حربية روسية غارات على المنطقة", ("مقاتلة حربية روسية", "russia")),
        ("استهدفت ضربات جوية روسية البلدة", ("ضربات جوية روسية", "russia")),
        ("تعرضت القرية لقصف صاروخي تركي", ("قصف صاروخي تركي", "turkey")),
        ("شوهدت مدرعات تركية على الطريق", ("مدرعات تركية", "turkey")),
        ("قصفت المدفعية الإسرائيلية الموقع", ("المدفعية الإسرائيلية", "israel")),
        ("حلقت مروحيات أميركية فوق البلدة", ("مروحيات أميركية", "us-coalition")),
        ("نفذت قوات خاصة أمريكية إنزالاً", ("قوات خاصة أمريكية", "us-coalition")),
        ("قال شهود إن رجالاً ملثمين خطفوا الشاب", ("ملثمين", "unidentified")),
        ("اقتحم مجهولون ملثمون المحل", ("مجهولون ملثمون", "unidentified")),
        ("أطلقت عناصر ملثمة النار على السيارة", ("عناصر ملثمة", "unidentified")),
    ],
)
def test_military_noun_with_a_nationality_adjective(
    recognizer: ActorRecognizer, text: str, expected: tuple[str, str]
) -> None:
    assert expected in pairs(recognizer, text)


def test_a_base_named_by_nationality_is_not_generated(recognizer: ActorRecognizer) -> None:
    # "near a Russian base" places the event; it does not name the side that fired
    assert pairs(recognizer, "سقطت قذائف قرب قاعدة روسية") == []


def test_masked_men_tied_to_a_named_actor_are_that_actor(recognizer: ActorRecognizer) -> None:
    assert [a for _, a in pairs(recognizer, "داهمت عناصر ملثمة من قسد المنزل")] == ["sdf"]
