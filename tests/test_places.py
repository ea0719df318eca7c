"""The place recogniser on sentences written for these tests."""

from __future__ import annotations

import pytest

from marsad.annotate import annotate
from marsad.document import Document, PlaceMention
from marsad.normalize import normalize
from marsad.options import Options
from marsad.places import PlaceRecognizer, place_rank


@pytest.fixture(scope="module")
def rec():
    return PlaceRecognizer()


def places(rec, text: str) -> list[PlaceMention]:
    doc = Document(id="t", source="test", text=text)
    found = rec.recognize(doc, normalize(text), Options())
    for m in found:
        assert m.type == "place" and m.text == text[m.start : m.end]
    return found


def one(rec, text: str, phrase: str) -> PlaceMention:
    hits = [m for m in places(rec, text) if m.text == phrase]
    assert len(hits) == 1, [(m.text, m.place) for m in places(rec, text)]
    return hits[0]


def names(rec, text: str) -> list[str]:
    return [m.text for m in places(rec, text)]


# -- proclitics and spelling variants ---------------------------------------


def test_proclitics_are_not_part_of_the_mention(rec):
    m = one(rec, "تجددت الاشتباكات وبالميادين مساء أمس", "الميادين")
    assert m.place.name_ar == "الميادين" and m.place.kind == "city"
    m = one(rec, "وصلت تعزيزات للرقة قادمة من حلب", "لرقة")  # ل + الرقة written للرقة
    assert m.place.admin1 == "Raqqa"


def test_space_less_and_folded_spellings(rec):
    a = one(rec, "سقطت قذيفة في مدينة ديرالزور صباحاً", "ديرالزور")
    b = one(rec, "سقطت قذيفة في مدينة دير الزور صباحاً", "دير الزور")
    assert a.place == b.place and a.place.kind == "city"
    assert one(rec, "قصف مدفعي على كفرنبل جنوب إدلب", "كفرنبل").place.admin1 == "Idlib"
    assert one(rec, "غارة على أطراف مدينة حماه", "حماه").place.name == "Hama"


def test_known_misspelling_is_an_alias(rec):
    a = one(rec, "هاجم مسلحون حاجزاً في بلدة ذبيان شرقي دير الزور", "ذبيان")
    b = one(rec, "هاجم مسلحون حاجزاً في بلدة ذيبان شرقي دير الزور", "ذيبان")
    assert a.place == b.place and a.place.admin1 == "Deir ez-Zor"


def test_article_may_be_dropped_after_a_place_word(rec):
    m = one(rec, "داهمت دورية منازل في بلدة بصيرة شرقي دير الزور", "بصيرة")
    assert m.place.name_ar == "البصيرة" and m.place.admin1 == "Deir ez-Zor"
    assert "عشارة" not in names(rec, "عشارة")  # but not on its own


def test_text_with_diacritics_maps_back_to_the_original(rec):
    text = "انفجرت عبوة في مدينةِ دَيْرِ الزّور ليلاً"
    m = places(rec, text)[0]
    assert m.text == "دَيْرِ الزّور" and m.place.kind == "city"


# -- regions and landmarks --------------------------------------------------


def test_countryside_with_a_direction(rec):
    m = one(rec, "اشتباكات عنيفة في ريف دير الزور الغربي فجر اليوم", "ريف دير الزور الغربي")
    assert m.place.kind == "region" and m.place.admin1 == "Deir ez-Zor" and m.geo_precision == 3
    assert m.place.lon < 40.15  # west of the city
    m = one(rec, "قُتل شاب بريف حلب الشمالي", "ريف حلب الشمالي")
    assert m.place.admin1 == "Aleppo" and m.geo_precision == 3


def test_countryside_of_a_town_is_near_the_town(rec):
    m = one(rec, "تسلل عناصر إلى ريف تل تمر شمال الحسكة", "ريف تل تمر")
    assert m.place.kind == "region" and m.geo_precision == 2
    assert abs(m.place.lat - 36.65) < 0.1


@pytest.mark.parametrize(
    ("phrase", "admin1", "precision"),
    [
        ("بادية حمص", "Homs", 3),
        ("البادية السورية", "Homs", 3),
        ("شرق الفرات", "Deir ez-Zor", 3),
        ("سهل الغاب", "Hama", 2),
        ("جبل الزاوية", "Idlib", 2),
        ("الغوطة الشرقية", "Rural Damascus", 2),
        ("حوض اليرموك", "Daraa", 2),
        ("جبل الأكراد", "Latakia", 2),
        ("القلمون", "Rural Damascus", 3),
    ],
)
def test_region_phrases(rec, phrase, admin1, precision):
    m = one(rec, f"تحركات عسكرية في {phrase} خلال الأيام الماضية", phrase)
    assert m.place.admin1 == admin1 and m.geo_precision == precision
    assert place_rank(m) <= 3


def test_badia_of_a_governorate_has_its_own_point(rec):
    m = one(rec, "كمين لخلايا التنظيم في بادية دير الزور", "بادية دير الزور")
    assert (round(m.place.lat, 2), round(m.place.lon, 2)) == (34.95, 39.9)


@pytest.mark.parametrize(
    ("phrase", "admin1"),
    [
        ("مطار دير الزور العسكري", "Deir ez-Zor"),
        ("مطار ديرالزور العسكري", "Deir ez-Zor"),
        ("حقل العمر النفطي", "Deir ez-Zor"),
        ("حقل كونيكو", "Deir ez-Zor"),
        ("قاعدة حميميم", "Latakia"),
        ("مطار التيفور", "Homs"),
        ("مطار الشعيرات", "Homs"),
        ("مخيم الهول", "Al-Hasakah"),
        ("مخيم الركبان", "Rural Damascus"),
        ("معبر البوكمال", "Deir ez-Zor"),
        ("مطار حماة العسكري", "Hama"),
        ("سد الفرات", "Raqqa"),
    ],
)
def test_landmarks(rec, phrase, admin1):
    m = one(rec, f"استهدفت طائرة مسيرة {phrase} مساء الخميس", phrase)
    assert m.place.kind == "feature" and m.place.admin1 == admin1 and m.geo_precision == 1
    assert place_rank(m) == 5


def test_a_mountain_is_precision_two_and_a_river_is_least_specific(rec):
    found = places(rec, "تمركزت القوات في جبل البشري على مقربة من نهر الفرات")
    by_text = {m.text: m for m in found}
    assert by_text["جبل البشري"].geo_precision == 2
    assert place_rank(by_text["نهر الفرات"]) == 0


# -- homonyms ---------------------------------------------------------------


def test_homonym_resolved_by_the_governorate_mentioned(rec):
    # several villages are called مسعدة; the report names the governorate
    hama = one(rec, "قصفت المدفعية قرية مسعدة في ريف حماة الشرقي", "مسعدة")
    raqqa = one(rec, "قصفت المدفعية قرية مسعدة في ريف الرقة", "مسعدة")
    assert hama.place.admin1 == "Hama" and raqqa.place.admin1 == "Raqqa"


def test_homonym_resolved_by_a_town_mentioned_earlier(rec):
    text = "انتشرت الميليشيات في مدينة البوكمال، وأقامت نقاطاً في قرية معيزيلة"
    assert one(rec, text, "معيزيلة").place.admin2 == "Abu Kamal"


def test_town_preferred_to_the_admin_unit_of_the_same_name(rec):
    assert one(rec, "انفجار في بلدة تفتناز", "تفتناز").place.kind == "town"
    m = one(rec, "حملة دهم في ناحية تفتناز", "ناحية تفتناز")
    assert m.place.kind == "subdistrict"


# -- geo-precision ----------------------------------------------------------


def test_geo_precision(rec):
    assert one(rec, "اغتيال مختار بلدة ذيبان", "ذيبان").geo_precision == 1
    assert one(rec, "سقطت قذائف قرب بلدة ذيبان", "ذيبان").geo_precision == 2
    assert one(rec, "سقطت قذائف بالقرب من الميادين", "الميادين").geo_precision == 2
    assert one(rec, "سقطت قذائف شمال شرق الميادين", "الميادين").geo_precision == 2
    gov = one(rec, "حملة اعتقالات في محافظة دير الزور", "محافظة دير الزور")
    assert gov.place.kind == "governorate" and gov.geo_precision == 3
    assert one(rec, "مظاهرة في مدينة حلب", "حلب").geo_precision == 1
    assert one(rec, "مظاهرة في حلب", "حلب").geo_precision == 3  # the governorate, or its capital


def test_place_rank_orders_by_specificity(rec):
    found = places(rec, "في قرية الحوايج بريف دير الزور الشرقي ضمن محافظة دير الزور")
    ranks = {m.text: place_rank(m) for m in found}
    assert ranks["الحوايج"] > ranks["ريف دير الزور الشرقي"] > ranks["محافظة دير الزور"]


# -- acceptance: lists, quotes and common words -----------------------------


def test_listed_villages_share_the_place_word(rec):
    text = "خطف مسلحون شابين من قريتي لاهثة والمتونة شمال السويداء"
    got = {m.text: m.place.admin1 for m in places(rec, text)}
    assert got["لاهثة"] == got["المتونة"] == "As-Suwayda"


def test_quoted_name_after_a_place_word(rec):
    m = one(rec, 'استهدف هجوم نقطة في قرية "الحوايج" شرق دير الزور', "الحوايج")
    assert m.place.admin1 == "Deir ez-Zor"


def test_a_bare_village_name_needs_a_preposition(rec):
    assert "درنج" in names(rec, "هجوم على مقر في درنج")
    assert "درنج" not in names(rec, "درنج هادئة")


@pytest.mark.parametrize(
    "text",
    [
        "خرج المتظاهرون يطالبون بالحرية والكرامة يوم السبت",
        "قتل عنصر من الجيش بعد النصر المزعوم في وادي ضيق",
        "أعلن جيش اليرموك حل نفسه",
        "ألقى حسن نصر الله خطاباً",
        "فتح الباب أمام المفاوضات بواسطة الوسطاء",
        "تم إسقاط طائرة وتحديد أهداف جديدة في المدينة",
        "نشرت الميليشيا نقطة جديدة على الضفة المقابلة",
    ],
)
def test_common_words_are_not_places(rec, text):
    assert places(rec, text) == []


def test_common_word_name_after_a_place_word(rec):
    m = one(rec, "قصف على مدينة الباب شرقي حلب", "الباب")
    assert m.place.admin1 == "Aleppo" and m.place.kind == "city"
    m = one(rec, "اشتباكات في حي الحرية بمدينة حماة", "الحرية")
    assert (m.place.kind, m.place.admin1) == ("neighbourhood", "Hama")


def test_a_neighbourhood_needs_its_city_in_the_report(rec):
    assert names(rec, "مداهمات في حي الشعار") == []
    assert names(rec, "مداهمات في حي الشعار بمدينة حلب") == ["الشعار", "حلب"]


def test_annotate_keeps_place_mentions_inside_blocks(rec):
    doc = Document(id="t", source="test", text="غارة على الميادين")
    annotate(doc, Options(), recognizers=(rec,))
    assert [m.text for m in doc.mentions] == ["الميادين"]
    assert doc.mentions[0].to_dict()["admin1"] == "Deir ez-Zor"


# -- spelling variants, roads, outlets, homonyms (knowledge-layer rules) ------


@pytest.mark.parametrize(
    ("text", "phrase", "admin1"),
    [
        ("سقطت قذيفة على بلدة الشولا جنوب دير الزور", "الشولا", "Deir ez-Zor"),  # gazetteer: الشولة
        ("اشتباكات عنيفة في مدينة الرقا", "الرقا", "Raqqa"),  # الرقة
    ],
)
def test_final_taa_marbuta_written_as_alef(rec, text, phrase, admin1):
    assert one(rec, text, phrase).place.admin1 == admin1


def test_alef_variant_is_no_place_without_the_article(rec):
    # an indefinite word ending in alef is an accusative ("دماراً كبيراً"), never a name variant
    assert names(rec, "خلف القصف دمارا كبيرا في المنازل") == []


@pytest.mark.parametrize(
    ("text", "phrase", "road_id"),
    [
        ("كمين على طريق دير الزور الميادين قرب الشحيل", "طريق دير الزور الميادين", "R-road-dez-mayadin"),
        (
            "قطع الأوتوستراد الدولي دمشق - السويداء",
            "الأوتوستراد الدولي دمشق - السويداء",
            "R-road-damascus-suwayda",
        ),
        ("دورية على الطريق الدولي M4 قرب أريحا", "الطريق الدولي M4", "R-road-m4"),
        ("رتل على طريق حلب دمشق الدولي", "طريق حلب دمشق", "R-road-m5"),
        (
            "استهداف الطريق الواصل بين الرقة ودير الزور",
            "الطريق الواصل بين الرقة ودير الزور",
            "R-road-raqqa-dez",
        ),
    ],
)
def test_roads_are_line_features_at_precision_2(rec, text, phrase, road_id):
    m = one(rec, text, phrase)
    assert (m.place.id, m.geo_precision, m.place.kind) == (road_id, 2, "region")


def test_a_village_named_on_the_road_is_found_too(rec):
    found = {m.text: m for m in places(rec, "كمين على طريق دير الزور الميادين قرب الشحيل")}
    assert set(found) == {"طريق دير الزور الميادين", "الشحيل"}
    assert found["الشحيل"].place.id == "C5119" and found["الشحيل"].geo_precision == 2


@pytest.mark.parametrize(
    "text",
    [
        "نقلت شبكة دير الزور 24 عن مصادرها",
        "وقال موقع درعا 24 إن الاشتباكات توقفت",
        "ذكرت صفحة حمص الآن أن الطريق مغلق",
        "أفادت السويداء 24 بأن الهدوء عاد",
        "بحسب حلب اليوم فإن القصف توقف",
        "قالت إذاعة حماة إن",
        "نشر موقع إدلب بوست صوراً",
    ],
)
def test_a_place_inside_an_outlet_name_is_no_place(rec, text):
    assert places(rec, text) == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("قتل في درعا 24 شخصاً خلال الشهر", "درعا"),  # a count after the place
        ("الوضع في حمص الآن هادئ", "حمص"),  # "now"
        ("سيطرت القوات على موقع في حماة", "حماة"),  # a military position
    ],
)
def test_outlet_tails_alone_keep_the_place(rec, text, phrase):
    assert one(rec, text, phrase)


def test_a_qualified_village_is_found_by_its_bare_name_in_its_governorate(rec):
    # only "الصورة الكبيرة" / "الصغيرة" in as-Suwayda; "الصورة" itself is a village of Daraa
    m = one(rec, "قتل رجل في قرية الصورة بريف السويداء الشمالي", "الصورة")
    assert m.place.admin1 == "As-Suwayda"
    m = one(rec, "قتل رجل في قرية الصورة بريف درعا", "الصورة")
    assert m.place.admin1 == "Daraa"
    assert names(rec, "كما يظهر في الصورة من حلب") == ["حلب"]  # "the picture"


def test_a_stray_homonym_keeps_its_name_but_not_its_far_point(rec):
    # the gazetteer's only "تل شنان" is in Homs; this report is about al-Hasakah
    m = one(rec, "قصفت القوات التركية ريف الحسكة، وطال القصف قرية تل شنان", "تل شنان")
    assert m.place.admin1 == "Al-Hasakah" and m.geo_precision == 3
    assert m.place.id.endswith("-unlocated")
    m = one(rec, "قصفت القوات قرية تل شنان في ريف حمص", "تل شنان")
    assert m.place.id == "C2908" and m.geo_precision == 1


def test_airbases_added_by_hand(rec):
    m = one(rec, "غارات على مطار الصيقل العسكري شرق دمشق", "مطار الصيقل العسكري")
    assert (m.place.kind, m.place.admin1, m.geo_precision) == ("feature", "Rural Damascus", 1)
