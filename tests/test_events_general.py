"""Rules written while reading the held-out set's errors by category (see docs/evaluation.md),
each checked here with the project's own sentences: none is a held-out text."""

from __future__ import annotations

from event_helpers import event_dicts as events_of
from event_helpers import ids
from event_helpers import kinds_and_places as kinds
from event_helpers import one_event as one

# --- modality: what holds a trigger, and how far --------------------------------------------


def test_a_state_that_goes_on_does_not_void_the_sentence() -> None:
    ev = one("قُتل ثلاثة مدنيين جراء غارة جوية روسية على بلدة كنصفرة، ولا يزال مصير اثنين آخرين مجهولاً.")
    assert ev["kind"] == "airstrike"
    assert ev["fatalities"] == 3


def test_a_state_that_goes_on_holds_the_trigger_after_it() -> None:
    assert events_of("لا يزال تنظيم داعش يسيطر على أجزاء من بادية السخنة.") == []


def test_totals_since_a_campaign_began_are_background() -> None:
    assert events_of("ووثقت الشبكة منذ بدء الحملة مقتل 50 مدنياً في ريف إدلب الجنوبي.") == []
    assert events_of("وتشهد قرى ريف دير الزور منذ أشهر استياءً من اعتقالات قسد.") == []


def test_weapons_in_a_convoy_are_its_load_not_shelling() -> None:
    assert kinds("وصلت تعزيزات عسكرية لقوات النظام إلى مدينة سراقب، تضم دبابات وراجمات صواريخ.") == [
        ("deployment", "سراقب")
    ]


def test_a_car_bomb_destroyed_by_a_strike_is_no_explosion() -> None:
    text = "استهدفت طائرات التحالف الدولي تجمعاً لتنظيم داعش قرب مدينة الميادين، ما أدى إلى تدمير عربة مفخخة."
    assert [k for k, _ in kinds(text)] == ["airstrike"]


def test_demining_teams_are_no_military_operation() -> None:
    assert events_of("وتواصل فرق الهندسة تمشيط قرية كنصفرة من الألغام.") == []


def test_a_demand_to_punish_a_killing_is_no_new_killing() -> None:
    assert events_of("وطالب المحتجون بمحاسبة المتورطين بقتل الشاب في بلدة الشحيل.") == []


def test_a_series_of_strikes_is_one_incident_not_a_trend() -> None:
    ev = one("شنت طائرات حربية إسرائيلية سلسلة غارات على مواقع قرب مدينة تدمر، ما أدى إلى مقتل 4 عناصر.")
    assert ev["kind"] == "airstrike"
    assert ev["fatalities"] == 4


# --- kinds ---------------------------------------------------------------------------------


def test_full_control_idioms_are_territory_changes() -> None:
    assert kinds("أحكمت قوات النظام سيطرتها الكاملة على مدينة سراقب.") == [("territory_change", "سراقب")]
    assert kinds("تمكنت فصائل المعارضة من السيطرة بشكل كامل على بلدة كنصفرة.") == [
        ("territory_change", "كنصفرة")
    ]
    assert kinds("أعادت وحدات من قوات النظام الأمن والاستقرار إلى مدينة سراقب.") == [
        ("territory_change", "سراقب")
    ]


def test_a_car_bomb_with_a_driver_is_a_suicide_bombing() -> None:
    ev = one("فجّر تنظيم داعش سيارة مفخخة يقودها أحد عناصره عند حاجز لقسد في بلدة الشحيل.")
    assert ev["kind"] == "suicide_bombing"


def test_a_suicide_drone_is_a_drone_strike() -> None:
    assert [k for k, _ in kinds("استهدفت قوات النظام بطائرة مسيرة انتحارية سيارة في قرية كنصفرة.")] == [
        "airstrike"
    ]


def test_strikes_by_an_air_force_are_airstrikes() -> None:
    assert kinds("وجه سلاح الجو الروسي ضربات على مواقع الفصائل في بلدة كنصفرة.") == [("airstrike", "كنصفرة")]


def test_barrels_dropped_by_helicopters_are_airstrikes() -> None:
    ev = one("قُتل مدنيان جراء إلقاء مروحيات النظام برميلين متفجرين على بلدة كنصفرة.")
    assert ev["kind"] == "airstrike"


def test_a_second_incident_told_as_simultaneous_is_its_own_event() -> None:
    text = "شنت الطائرات الروسية غارات على بلدة كنصفرة، بالتزامن مع قصف مدفعي لقوات النظام على مدينة سراقب."
    assert sorted(kinds(text)) == [("airstrike", "كنصفرة"), ("shelling", "سراقب")]


def test_residents_blocking_a_convoy_protest_against_its_force() -> None:
    ev = one("اعترض أهالي بلدة الشحيل رتلاً لقوات التحالف الدولي ومنعوه من المرور.")
    assert ev["kind"] == "protest"
    assert ids(ev)[1] == "us-coalition"


def test_a_protest_after_a_killing_is_two_events() -> None:
    text = "خرج العشرات من أهالي بلدة الشحيل في مظاهرة ضد قسد عقب مقتل شاب برصاص مسلحين مجهولين."
    assert sorted(k for k, _ in kinds(text)) == ["attack_on_civilians", "protest"]


def test_cutting_orchards_is_property_destruction() -> None:
    ev = one("قطع عناصر من فصيل السلطان مراد أكثر من 300 شجرة زيتون في ناحية بلبل.")
    assert ev["kind"] == "property_destruction"


# --- roles ---------------------------------------------------------------------------------


def test_the_side_that_repels_an_attack_is_actor2() -> None:
    ev = one("تصدت فصائل المعارضة لهجوم قوات النظام على بلدة كنصفرة.")
    assert ids(ev) == ("syria-regime", "syrian-opposition")


def test_a_supporting_force_and_the_wanted_side() -> None:
    ev = one("أطلقت قسد بمساندة طيران التحالف الدولي حملة تمشيط في بلدة الشحيل بحثاً عن خلايا لتنظيم داعش.")
    assert ev["kind"] == "military_operation"
    assert ids(ev) == ("sdf", "isis")


def test_arrests_by_a_campaign_and_the_charge_names_the_side_arrested() -> None:
    text = (
        "أطلقت قسد حملة أمنية في بلدة الشحيل صباح اليوم.\n"
        "واعتقلت القوات المشاركة في الحملة تسعة أشخاص في البلدة بتهمة الانتماء لتنظيم داعش."
    )
    arrest = next(e for e in events_of(text) if e["kind"] == "arrest")
    assert ids(arrest) == ("sdf", "isis")
    assert arrest["arrested"] == 9


def test_defectors_come_from_the_force_after_min_not_the_announcer() -> None:
    ev = one("أعلنت وزارة الدفاع انشقاق 12 عنصراً من قسد قرب بلدة الشحيل ووصولهم إلى نقاط الجيش.")
    assert ids(ev)[0] == "sdf"
    assert ev["defectors"] == 12


def test_unnamed_aircraft_strike_for_an_unidentified_actor() -> None:
    ev = one("استهدفت طائرات مجهولة مواقع لقوات النظام قرب مدينة البوكمال.")
    assert ev["kind"] == "airstrike"
    assert ids(ev)[0] == "unidentified"


def test_a_bomb_in_a_commanders_car_hits_his_group() -> None:
    ev = one("انفجرت عبوة ناسفة بسيارة قيادي في هيئة تحرير الشام في بلدة سرمدا.")
    assert ids(ev) == (None, "hts")


def test_a_former_officer_is_no_party() -> None:
    ev = one("اعتقلت قوات الأمن العام شاباً في مدينة جبلة بينهم ضابط سابق في الفرقة الرابعة.")
    assert ids(ev)[1] != "syria-4th-division"


def test_unknown_gunmen_after_a_kill_verb_killed() -> None:
    ev = one("قتل مسلحون مجهولون، مساء أمس، المعلم خالد ع. (50 عاماً) بإطلاق النار عليه في مدينة طفس.")
    assert ev["kind"] == "attack_on_civilians"
    assert ids(ev) == ("unidentified", "civilians")
    assert ev["fatalities"] == 1


def test_a_claim_in_its_own_sentence_names_the_bombers() -> None:
    text = (
        "فجر انتحاري حزامه الناسف عند حاجز لقوات النظام في حي الأرمن بمدينة حمص مساء أمس.\n"
        "وبعد نحو ساعة، فجر انتحاري آخر سيارة مفخخة في حي عكرمة، ما أدى إلى مقتل 4 مدنيين.\n"
        "وتبنى تنظيم داعش الهجومين في بيان."
    )
    events = events_of(text)
    assert [e["location"]["name_ar"] for e in events] == ["الأرمن", "عكرمة"]
    assert all(ids(e)[0] == "isis" for e in events)
    assert all(e["date"] == "2024-05-09" for e in events)  # "an hour later": the same evening


def test_an_incident_recalled_a_day_before_the_report() -> None:
    text = (
        "أطلقت قسد حملة تمشيط في بلدة الشحيل اليوم.\n"
        "وتأتي الحملة بعد يوم من هجوم لتنظيم داعش على نقطة لقسد في بلدة ذيبان أسفر عن مقتل عنصرين."
    )
    clash = next(e for e in events_of(text) if e["kind"] == "armed_clash")
    assert clash["location"]["name_ar"] == "ذيبان"
    assert clash["date"] == "2024-05-09"
    assert clash["fatalities"] == 2


# --- counts --------------------------------------------------------------------------------


def test_a_dual_casualty_noun_counts_itself() -> None:
    ev = one("ارتقى شهيدان جراء قصف مدفعي لقوات النظام على بلدة كنصفرة.")
    assert ev["fatalities"] == 2


def test_a_relative_named_by_a_pronoun_counts() -> None:
    ev = one("قُتلت امرأة وطفلها بقصف مدفعي لقوات النظام على بلدة كنصفرة.")
    assert ev["fatalities"] == 2


def test_an_execution_counts_its_victims() -> None:
    ev = one("أعدم مسلحون مجهولون أربعة مدنيين في بلدة الشحيل.")
    assert ev["kind"] == "attack_on_civilians"
    assert ev["fatalities"] == 4


def test_one_more_wounded_is_one() -> None:
    ev = one("قُتل عنصران من قسد وأصيب ثالث بهجوم لتنظيم داعش على نقطة في بلدة الشحيل.")
    assert (ev["fatalities"], ev["injured"]) == (2, 1)


# --- places, sentences, merging ------------------------------------------------------------


def test_the_city_refers_back_to_the_city_named_before() -> None:
    text = (
        "سيطرت قوات النظام على مدينة سراقب أمس.\n"
        "وتوصلت الفصائل وقوات النظام اليوم إلى اتفاق لوقف إطلاق النار في المدينة."
    )
    assert ("agreement", "سراقب") in kinds(text)


def test_a_headline_with_two_incidents_gives_each_its_place() -> None:
    text = (
        "اغتيال ناشط في طفس واعتقالات في الصنمين\n"
        "اغتال مسلحون مجهولون ناشطاً في مدينة طفس مساء أمس.\n"
        "وفي مدينة الصنمين، اعتقلت قوات النظام ثلاثة شبان."
    )
    assert sorted(kinds(text)) == [("arrest", "الصنمين"), ("attack_on_civilians", "طفس")]


def test_places_a_prisoner_was_taken_to_are_not_where_he_was_arrested() -> None:
    ev = one("اعتقلت قسد خمسة شبان في بلدة الشحيل واقتادتهم إلى سجونها في مدينة الحسكة.")
    assert ev["location"]["name_ar"] == "الشحيل"


def test_see_also_lines_are_not_part_of_the_report() -> None:
    text = "شنت الطائرات الروسية غارات على بلدة كنصفرة.\nاقرأ أيضاً: مقتل قيادي بكمين في ريف حلب الجنوبي"
    assert kinds(text) == [("airstrike", "كنصفرة")]


def test_what_is_called_does_not_cut_the_clause() -> None:
    text = "سيطرت قوات النظام على مدينة سراقب بعد معارك مع ما يسمى جبهة النصرة، فيما يسمى محور الجنوب."
    assert [k for k, _ in kinds(text)] == ["territory_change"]


def test_the_attackers_toll_told_by_the_defenders_is_the_same_incident() -> None:
    text = (
        "تصدى مقاتلو قسد لهجوم شنه فصيل السلطان مراد على بلدة الشحيل مساء أمس.\n"
        "وقدر مصدر عسكري عدد قتلى المهاجمين بستة على الأقل."
    )
    events = events_of(text)
    assert len(events) == 1, events


def test_reinforcements_brought_in_before_an_attack_are_its_time_not_an_incident() -> None:
    text = (
        "استهدفت مجموعات مسلحة سيارات الإسعاف قرب بلدة الشحيل، وبعد استقدام تعزيزات إلى المنطقة، "
        "انسحب المسلحون."
    )
    assert [k for k, _ in kinds(text)] == ["attack_on_civilians"]


def test_a_defection_happens_where_the_defectors_left() -> None:
    ev = one("انشق أربعة عناصر من قوات النظام عن مواقعهم في مدينة الصنمين وانضموا إلى الفصائل في بلدة طفس.")
    assert ev["location"]["name_ar"] == "الصنمين"


def test_a_bare_protest_verb() -> None:
    assert kinds("وتظاهر العشرات من أهالي مدينة طفس ضد قوات النظام.") == [("protest", "طفس")]


def test_killed_or_wounded_without_a_figure_is_no_death_toll() -> None:
    ev = one("استهدفت قوات النظام مواقع الفصائل في بلدة كنصفرة وأوقعت أفرادها بين قتيل ومصاب.")
    assert ev["fatalities"] is None


def test_incidents_listed_with_a_comma_and_wa_are_separate() -> None:
    text = (
        "قُتل 3 مدنيين بقصف مدفعي لقوات النظام على بلدة كنصفرة، "
        "وعنصران من قسد برصاص مجهولين في بلدة ذيبان."
    )
    assert sorted(kinds(text)) == [("armed_clash", "ذيبان"), ("shelling", "كنصفرة")]


def test_a_purpose_after_a_comma_and_wa_stays_in_its_clause() -> None:
    text = "أنشأت قوات النظام نقطة جديدة في بلدة كنصفرة، وذلك لتحصين المنطقة من هجمات الفصائل."
    assert kinds(text) == [("base_established", "كنصفرة")]


def test_a_former_fighter_killed_is_a_civilian() -> None:
    ev = one("اغتال مجهولون عنصراً سابقاً في فصائل المعارضة بإطلاق النار عليه في بلدة طفس.")
    assert ev["kind"] == "attack_on_civilians"


def test_one_side_is_never_both_actors() -> None:
    for ev in events_of("تبادلت قوات النظام والفصائل القصف المدفعي، حيث استهدفت قوات النظام قرية كنصفرة."):
        a1, a2 = ids(ev)
        assert a1 is None or a1 != a2


def test_the_verb_before_a_weapon_word_names_the_attacker() -> None:
    ev = one("هاجم عناصر من تنظيم داعش، ليلة أمس، حاجزاً لقسد في بلدة الشحيل بالأسلحة الرشاشة.")
    assert ids(ev) == ("isis", "sdf")


def test_a_new_round_of_settlements_is_an_agreement() -> None:
    assert kinds("بدأت اللجنة الأمنية اليوم عملية تسوية جديدة لأوضاع المطلوبين في مدينة طفس.") == [
        ("agreement", "طفس")
    ]
    assert events_of("قُتل شاب ممن أجروا تسوية برصاص مجهولين في مدينة طفس.")[0]["kind"] != "agreement"


def test_looting_homes_is_property_destruction() -> None:
    assert kinds("قامت عناصر من قوات النظام بتعفيش منازل المدنيين في مدينة سراقب.") == [
        ("property_destruction", "سراقب")
    ]


def test_unnamed_raids_strike_for_an_unidentified_actor() -> None:
    ev = one("قُتل 5 عناصر من قوات النظام بغارات مجهولة على مواقعهم قرب مدينة البوكمال.")
    assert ids(ev)[0] == "unidentified"


def test_a_death_recalled_as_the_cause_is_not_the_clashs_toll() -> None:
    ev = one(
        "دارت اشتباكات بين قسد ومسلحين في مدينة الرقة على خلفية مقتل شاب، ما أدى إلى إصابة عنصرين من قسد."
    )
    assert ev["fatalities"] is None
    assert ev["injured"] == 2
    assert ev["kind"] == "armed_clash"


def test_a_simultaneous_activity_lends_no_actor() -> None:
    ev = one("شن الطيران الروسي غارات على بلدة كنصفرة، تزامناً مع محاولات تقدم لقوات النظام في المنطقة.")
    assert ids(ev) == ("russia", None)
