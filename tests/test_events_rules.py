"""Role patterns, arguments, modality, merging and splitting, with the project's own sentences."""

from __future__ import annotations

from datetime import date

from event_helpers import PUBLISHED, ids
from event_helpers import extract_text as events_of
from event_helpers import one_event as one

# --- roles -------------------------------------------------------------------------------


def test_passive_voice_victim_then_attacker_named_by_lam() -> None:
    ev = one("قُتل عنصران من قسد بهجوم لتنظيم داعش في بلدة الشحيل.")
    assert ids(ev) == ("isis", "sdf")
    assert ev["fatalities"] == 2


def test_attack_by_x_on_y() -> None:
    ev = one("أسفر هجوم لخلايا داعش على نقطة لقوات النظام في مدينة السخنة عن مقتل جندي.")
    assert ids(ev) == ("isis", "syria-regime")
    assert ev["fatalities"] == 1


def test_active_verb_subject_before_and_object_after() -> None:
    ev = one("قوات النظام استهدفت مواقع فصائل المعارضة في بلدة كنصفرة.")
    assert ids(ev) == ("syria-regime", "syrian-opposition")


def test_verb_subject_object_order() -> None:
    ev = one("استهدفت قسد مواقع لتنظيم داعش في بلدة الشحيل.")
    assert ids(ev) == ("sdf", "isis")


def test_the_side_that_lost_is_actor2_and_the_known_attacker_actor1() -> None:
    text = (
        "يكرر تنظيم داعش هجماته على قوات النظام في البادية منذ أشهر.\n"
        "وخسرت قوات النظام أكثر من 20 عنصراً بين قتيل وجريح في بادية السخنة."
    )
    ev = one(text)
    assert ev["kind"] == "armed_clash"
    assert ids(ev) == ("isis", "syria-regime")
    assert ev["casualties"] == 20
    assert ev["fatalities"] is None


def test_defection_actor2_is_where_the_defectors_went() -> None:
    ev = one("انشق سبعة عناصر من ميليشيا الدفاع الوطني في مدينة الميادين وتوجهوا إلى مناطق سيطرة قسد.")
    assert ids(ev) == ("ndf", "sdf")
    assert ev["defectors"] == 7


def test_unit_is_actor1_and_its_army_rides_along() -> None:
    ev = one("فقدت الفرقة الرابعة الاتصال بخمسة من عناصرها قرب جبل البشري.")
    assert ids(ev)[0] == "syria-4th-division"
    assert {"id": "syria-regime", "name": ev["assoc_actors"][0]["name"]} in ev["assoc_actors"]
    assert ev["missing"] == 5


def test_unit_outside_the_shared_registry_is_reported_as_its_registry_parent() -> None:
    ev = one("أطلقت الفرقة 25 حملة تمشيط في بادية السخنة.")
    assert ids(ev)[0] == "syria-regime"
    assert ev["assoc_actors"][0]["id"] == "syria-25th-division"


def test_civilians_are_never_the_attacker() -> None:
    ev = one("قُتل مدنيان في غارة للطيران الروسي على بلدة كفرنبل.")
    assert ev["kind"] == "airstrike"
    assert ids(ev) == ("russia", "civilians")
    assert ev["fatalities"] == 2


# --- arguments -----------------------------------------------------------------------------


def test_most_specific_place_wins_over_its_province() -> None:
    ev = one("انشق أربعة عناصر في بلدة التبني بريف دير الزور الغربي.")
    assert ev["location"]["name_ar"] == "التبني"


def test_origin_of_a_person_is_not_the_place_of_the_event() -> None:
    ev = one("اعتقلت قوات النظام شاباً ينحدر من مدينة الميادين عند حاجز في مدينة دير الزور.")
    assert ev["location"]["name_ar"] == "دير الزور"


def test_place_from_the_paragraph_when_the_sentence_has_none() -> None:
    text = "توتر أمني في مدينة الميادين. وقتل عنصران من قسد بهجوم لداعش مساء أمس."
    ev = one(text)
    assert ev["location"]["name_ar"] == "الميادين"


def test_relative_date_in_the_sentence_else_the_reference_date() -> None:
    (a,) = events_of("قُتل عنصر من قسد أمس بهجوم لداعش في بلدة الشحيل.")
    assert a.date == date(2024, 5, 9)
    (b,) = events_of("قُتل عنصر من قسد بهجوم لداعش في بلدة الشحيل.")
    assert b.date == PUBLISHED and not b.date_from_text


def test_counts_killed_wounded_and_vague_dozens() -> None:
    ev = one("قتل 5 مدنيين وأصيب العشرات بانفجار سيارة مفخخة في مدينة الباب.")
    assert (ev["fatalities"], ev["injured"]) == (5, 12)
    assert ev["kind"] == "explosion"


def test_a_subset_figure_is_not_added() -> None:
    ev = one("قُتل 6 مدنيين بينهم 3 أطفال بقصف مدفعي لقوات النظام على بلدة كنصفرة.")
    assert ev["fatalities"] == 6


def test_coordinated_singular_victims_are_counted() -> None:
    ev = one("استشهدت امرأة وطفل بقصف مدفعي لقوات النظام على بلدة كنصفرة.")
    assert ev["fatalities"] == 2


# --- modality -------------------------------------------------------------------------------


def test_plans_and_threats_are_not_events() -> None:
    assert events_of("تستعد قوات النظام لشن حملة تمشيط في بادية السخنة.") == []
    assert events_of("هددت قسد بمهاجمة مواقع داعش في بلدة الشحيل.") == []


def test_background_tallies_are_not_events() -> None:
    text = "وصل عدد القتلى في صفوف قوات النظام بالسخنة إلى 41 منذ مطلع العام الجاري."
    assert events_of(text) == []


def test_a_tally_of_attacks_is_not_one_incident() -> None:
    assert events_of("شهدت مدينة طفس نحو 9 عمليات خطف نفذها مجهولون الشهر الماضي.") == []


def test_claims_are_flagged() -> None:
    ev = one("تبنى تنظيم داعش هجوماً على حاجز لقسد في بلدة الشحيل.")
    assert ev["claim"] is True


def test_a_denied_incident_is_no_event() -> None:
    # a denial holds the incident after it (see tests/test_events_longform.py); a denial of
    # responsibility does not (below)
    assert events_of("نفت قسد مقتل عناصر لها بهجوم لداعش في بلدة الشحيل.") == []


# --- one event per incident ------------------------------------------------------------


def test_headline_and_body_tell_one_incident() -> None:
    text = (
        "مقتل عنصرين من قسد بهجوم لداعش في ريف دير الزور\n"
        "قُتل عنصران من قسد مساء أمس بهجوم نفذته خلايا داعش على حاجز في بلدة الشحيل بريف دير الزور.\n"
        "وأضافت المصادر أن الهجوم أسفر أيضاً عن إصابة عنصر ثالث."
    )
    (ev,) = events_of(text)
    assert ev.place is not None and ev.place.name_ar == "الشحيل"
    assert ev.date == date(2024, 5, 9)
    assert (ev.fatalities, ev.injured) == (2, 1)
    assert not ev.from_title


def test_a_list_of_villages_gives_one_event_per_village() -> None:
    events = events_of("قصفت قوات النظام بالمدفعية الثقيلة قرى كنصفرة والبارة وسفوهن في جبل الزاوية.")
    assert [e.place.name_ar for e in events if e.place] == ["كنصفرة", "البارة", "سفوهن"]
    assert {e.kind for e in events} == {"shelling"}


def test_two_incidents_in_two_towns_stay_apart() -> None:
    text = (
        "قتل مدني بقصف مدفعي لقوات النظام على بلدة كنصفرة، "
        "في حين أصيب طفلان بقصف مماثل على مدينة سرمين."
    )
    events = events_of(text)
    assert sorted(e.place.name_ar for e in events if e.place) == ["سرمين", "كنصفرة"]


def test_a_toll_for_a_list_of_villages_stays_with_the_first() -> None:
    events = events_of("قُتل 3 مدنيين بقصف مدفعي لقوات النظام على بلدتي كنصفرة والبارة.")
    assert [(e.place.name_ar, e.fatalities) for e in events if e.place] == [("كنصفرة", 3), ("البارة", None)]


def test_genitive_after_an_attack_noun_is_the_attacker() -> None:
    ev = one("قُتل مدني برصاص قوات النظام في مدينة درعا.")
    assert ev["kind"] == "attack_on_civilians"
    assert ids(ev) == ("syria-regime", "civilians")


def test_a_patrol_that_arrests_is_the_actor_not_the_target() -> None:
    ev = one("اعتقلت دورية تابعة للأمن العسكري ثلاثة شبان في مدينة الميادين.")
    assert ids(ev)[0] == "syria-intelligence"  # military security is outside the registry: its parent
    assert ev["arrested"] == 3


def test_a_purpose_is_not_an_event() -> None:
    ev = one("استقدمت قوات النظام تعزيزات عسكرية إلى مدينة الميادين بهدف تمشيط المنطقة.")
    assert ev["kind"] == "deployment"


def test_the_report_date_gives_way_to_the_event_date_of_another_sentence() -> None:
    text = (
        "اختطف مسلحون مجهولون طفلاً في مدينة جاسم، وفق ما نقل موقع محلي، اليوم الجمعة.\n"
        "وأوضح الموقع أن المسلحين اختطفوا الطفل يوم الثلاثاء الماضي في سوق مدينة جاسم."
    )
    (ev,) = events_of(text)
    assert ev.date == date(2024, 5, 7)


def test_a_desert_region_telling_joins_the_mountain_in_it() -> None:
    text = (
        "شنت الطائرات الروسية غارات جوية على مواقع لتنظيم داعش في البادية السورية.\n"
        "وقالت مصادر محلية إن الطائرات الروسية استهدفت كهوفاً يتحصن فيها عناصر التنظيم في جبل البشري."
    )
    (ev,) = events_of(text)
    assert ev.place is not None and ev.place.name == "Jebel Bishri"
    assert ev.kind == "airstrike"


def test_a_road_between_two_towns_is_one_place() -> None:
    ev = one("قُتل عنصران من قسد بانفجار عبوة ناسفة على الطريق الواصل بين القامشلي وعامودا.")
    assert ev["location"]["name_ar"] == "القامشلي"
    assert ev["fatalities"] == 2


def test_sentences_glued_without_a_space_are_still_two() -> None:
    text = "قصفت قوات النظام بلدة كنصفرة.وفي سياق آخر اعتقلت قسد ثلاثة شبان في بلدة الشحيل."
    assert [e.kind for e in events_of(text)] == ["shelling", "arrest"]


def test_another_story_in_the_next_paragraphs_does_not_borrow_the_attacker() -> None:
    text = (
        "قُتل ثلاثة عناصر من قسد بغارة لطائرة مسيرة تركية في مدينة القامشلي.\n"
        "وفي سياق آخر، أصيب مدنيان بانفجار لغم أرضي من مخلفات الحرب في بلدة الكسرة بريف دير الزور."
    )
    strike, mine = events_of(text)
    assert (strike.kind, strike.actor1 and strike.actor1.id) == ("airstrike", "turkey")
    assert (mine.kind, mine.actor1, mine.injured) == ("explosion", None, 2)


def test_a_defused_bomb_is_no_explosion() -> None:
    assert events_of("فككت فرق الهندسة عبوة ناسفة مزروعة على طريق بلدة الشحيل.") == []


def test_a_paragraph_listing_incidents_gives_each_its_own_kind_place_and_toll() -> None:
    text = (
        "ففي بلدة ذيبان، قتل عنصران برصاص مسلحين مجهولين، فيما قتل ثلاثة آخرون بانفجار عبوة ناسفة "
        "على طريق بلدة الشحيل، كما قتل عنصران في هجوم على نقطة عسكرية في قرية لا يعرفها المعجم."
    )
    events = events_of(text)
    got = [(e.kind, e.place.name_ar if e.place else None, e.fatalities) for e in events]
    assert got == [("armed_clash", "ذيبان", 2), ("explosion", "الشحيل", 3)]


def test_each_casualty_word_takes_its_own_number() -> None:
    ev = one(
        "استهدفت قوات النظام بالقذائف أحياء سكنية في مدينة سراقب، ما أدى إلى استشهاد مدني وإصابة ثلاثة آخرين."
    )
    assert (ev["kind"], ev["fatalities"], ev["injured"]) == ("shelling", 1, 3)


def test_summaries_over_several_days_are_not_incidents() -> None:
    text = (
        "وثق المرصد مقتل 7 عناصر من قسد خلال الأيام الثلاثة الماضية بهجمات متفرقة لخلايا داعش "
        "في ريف دير الزور."
    )
    assert events_of(text) == []


def test_protesters_from_a_town_protest_in_it() -> None:
    ev = one("نظم المئات من أبناء مدينة الرقة مظاهرة رفضاً لممارسات قسد.")
    assert (ev["kind"], ev["location"]["name_ar"]) == ("protest", "الرقة")
    assert ids(ev) == ("protesters", "sdf")


def test_a_family_shot_at_home_is_an_attack_on_civilians() -> None:
    ev = one("هاجم مسلحون ملثمون منزلاً في بلدة الكرك الشرقي، ما أدى إلى مقتل رجل وزوجته.")
    assert (ev["kind"], ev["fatalities"]) == ("attack_on_civilians", 2)
    assert ids(ev)[1] == "civilians"


def test_a_campaign_along_a_route_is_one_event_per_leg() -> None:
    text = (
        "أطلقت الفرقة 25 قبل يومين حملة تمشيط واسعة.\n"
        "وشملت عمليات التمشيط مناطق بدءاً من بادية السخنة مروراً بمدينة تدمر وصولاً إلى جبل البشري."
    )
    events = events_of(text)
    assert sorted(e.place.name_ar for e in events if e.place) == ["بادية السخنة", "تدمر", "جبل البشري"]
    assert {e.kind for e in events} == {"military_operation"}
    # the placeless first telling gives every leg its actor and date
    assert {(e.actor1.id if e.actor1 else None, e.date) for e in events} == {
        ("syria-25th-division", date(2024, 5, 8))
    }


def test_a_broad_strike_by_an_air_power_is_an_airstrike_but_artillery_stays_shelling() -> None:
    assert one("قصف إسرائيلي بالصواريخ يستهدف مواقع في محيط مدينة حمص.")["kind"] == "airstrike"
    assert one("قصفت القوات التركية بالمدفعية قرية الدردارة.")["kind"] == "shelling"


def test_a_trigger_word_inside_an_actor_name_is_no_trigger() -> None:
    ev = one("اعتقلت هيئة تحرير الشام ناشطاً في مدينة سرمدا.")
    assert (ev["kind"], ids(ev)) == ("arrest", ("hts", "civilians"))


def test_a_claim_the_other_side_denies_is_not_coded() -> None:
    claim = "زعمت وسائل إعلام النظام أن قواته سيطرت على قرية الدردارة."
    assert [e.kind for e in events_of(claim)] == ["territory_change"]
    assert events_of(claim + " في المقابل نفت قسد ذلك.") == []


def test_a_denial_of_responsibility_keeps_the_event_and_flags_it() -> None:
    ev = one("نفت روسيا مسؤوليتها عن غارة جوية استهدفت بلدة كفرنبل.")
    assert (ev["kind"], ev["denial"]) == ("airstrike", True)


def test_an_updated_toll_and_a_repeated_casualty_word() -> None:
    ev = one("ارتفع إلى 6 بينهم طفلان عدد القتلى جراء غارة للطيران الحربي على بلدة كفرنبل.")
    assert ev["fatalities"] == 6
    ev = one("أصيب عنصران من قسد بجروح بانفجار لغم في بلدة الشحيل.")
    assert ev["injured"] == 2


def test_a_headline_naming_the_violence_loosely_joins_the_body_incident() -> None:
    text = (
        "مقتل عنصرين من قسد بكمين لداعش في ريف دير الزور\n"
        "انفجرت عبوة ناسفة بسيارة عسكرية لقسد على طريق بلدة الشحيل، ما أدى إلى مقتل عنصرين."
    )
    (ev,) = events_of(text)
    assert (ev.kind, ev.fatalities) == ("explosion", 2)
    assert ev.place is not None and ev.place.name_ar == "الشحيل"


def test_a_subheading_is_not_a_second_telling_of_its_section() -> None:
    text = (
        "اشتباكات في ريف دير الزور\n\n"
        "قالت مصادر محلية إن مجموعة من قسد اشتبكت أمس مع مسلحين من العشائر في بلدة ذيبان.\n\n"
        "هجوم على حاجز\n\n"
        "وهاجمت خلايا تنظيم داعش فجر اليوم حاجزاً لقسد في بلدة الشحيل، ما أدى إلى مقتل عنصرين.\n"
    )
    events = events_of(text)
    assert sorted((e.kind, e.to_dict()["location"]["name_ar"]) for e in events) == [
        ("armed_clash", "الشحيل"),
        ("armed_clash", "ذيبان"),
    ]


def test_origin_of_people_reaches_only_the_next_phrase() -> None:
    # "من أبناء العشائر في بلدة ذيبان": the clan is an origin, the town is where it happened
    ev = one("اشتبكت قسد أمس مع مسلحين من أبناء العشائر في بلدة ذيبان بريف دير الزور.")
    assert (ev["kind"], ev["location"]["name_ar"]) == ("armed_clash", "ذيبان")
    # ... while "من أبناء بلدة X" still names an origin, not the place of the event
    ev = one("قُتل شاب من أبناء بلدة الشحيل بقصف مدفعي لقوات النظام على مدينة الميادين.")
    assert ev["location"]["name_ar"] == "الميادين"


def test_clash_between_two_sides_after_a_time_phrase() -> None:
    ev = one("اندلعت اشتباكات عنيفة، فجر يوم الثلاثاء الماضي، بين عناصر من قوات النظام"
             " ومقاتلين من تنظيم داعش في بادية مدينة السخنة.")
    assert ev["kind"] == "armed_clash"
    assert ids(ev) == ("syria-regime", "isis")


def test_defectors_join_a_side_in_the_next_clause() -> None:
    ev = one("انشق خمسة عناصر من قسد، مساء الأحد، عن نقطة عسكرية قرب بلدة الشحيل،"
             " وانضموا إلى كتائب فصائل المعارضة.")
    assert ev["kind"] == "defection"
    assert ids(ev) == ("sdf", "syrian-opposition")
