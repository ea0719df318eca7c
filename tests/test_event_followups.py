"""Follow-up event rules, each with the project's own news-style sentences run through the whole
pipeline: civilians spared, unidentified perpetrators, raids/repels/shootings, air support and
one side on both ends."""

from __future__ import annotations

from event_helpers import event_dicts, ids
from event_helpers import one_event as one

# --- 1. civilians a "no casualties" phrase spares are not the side hit ----------------------


def test_civilians_spared_by_no_casualty_phrase_are_not_actor2() -> None:
    evs = event_dicts("هز انفجار مستودعاً للذخيرة في بلدة طفس بريف درعا اليوم. "
                      "ولم تسجل أي إصابات بين المدنيين جراء الانفجار.")
    assert [e["kind"] for e in evs] == ["explosion"]
    assert (evs[0]["actor2"] or {}).get("id") != "civilians"


def test_without_civilian_casualties_keeps_the_fighting_sides() -> None:
    ev = one("استهدفت قوات النظام مواقع لهيئة تحرير الشام في بلدة كفرنبودة بريف حماة اليوم، "
             "دون وقوع إصابات في صفوف المدنيين.")
    assert ev["kind"] == "armed_clash"
    assert ids(ev) == ("syria-regime", "hts")


def test_civilians_actually_hit_are_still_actor2() -> None:
    ev = one("قتل مدنيان بقصف لقوات النظام على بلدة كنصفرة بريف إدلب اليوم.")
    assert ids(ev) == ("syria-regime", "civilians")


# --- 2. unidentified only when the report says so -------------------------------------------


def test_bomb_with_nobody_named_stays_without_actor1() -> None:
    ev = one("انفجرت عبوة ناسفة بسيارة عسكرية لقوات النظام في بلدة طفس بريف درعا الغربي اليوم.")
    assert ids(ev) == (None, "syria-regime")


def test_bomb_planted_by_unknown_men_told_in_next_sentence() -> None:
    ev = one("انفجرت عبوة ناسفة بسيارة عسكرية لقوات النظام في بلدة طفس بريف درعا الغربي اليوم. "
             "وأوضح مراسلنا أن مجهولين زرعوا العبوة ليلاً.")
    assert ids(ev) == ("unidentified", "syria-regime")


def test_nobody_claimed_the_bombing() -> None:
    ev = one("انفجرت عبوة ناسفة بسيارة عسكرية لقوات النظام في بلدة طفس بريف درعا الغربي اليوم، "
             "ولم تتبن أي جهة مسؤولية التفجير.")
    assert ids(ev) == ("unidentified", "syria-regime")


def test_bomb_of_unknown_origin() -> None:
    ev = one("انفجرت عبوة ناسفة مجهولة المصدر بسيارة عسكرية لقوات النظام في بلدة طفس بريف درعا اليوم.")
    assert ids(ev)[0] == "unidentified"


# --- 3. raids, repelled attacks, shootings ---------------------------------------------------


def test_raid_by_aircraft_is_an_airstrike() -> None:
    ev = one("أغارت طائرات حربية روسية على بلدة كنصفرة في ريف إدلب الجنوبي اليوم.")
    assert ev["kind"] == "airstrike"
    assert ids(ev)[0] == "russia"


def test_raid_by_an_air_power_is_an_airstrike() -> None:
    ev = one("أغارت إسرائيل على مواقع لقوات النظام في بلدة الكسوة بريف دمشق اليوم.")
    assert ev["kind"] == "airstrike"
    assert ids(ev) == ("israel", "syria-regime")


def test_raid_by_ground_fighters_is_an_attack() -> None:
    ev = one("أغار مقاتلو هيئة تحرير الشام على مواقع لقوات النظام في بلدة كفرنبودة بريف حماة فجر اليوم.")
    assert ev["kind"] == "armed_clash"
    assert ids(ev) == ("hts", "syria-regime")


def test_repelled_advance_the_repelling_side_is_actor2() -> None:
    ev = one("صدّت قوات النظام محاولة تقدم لهيئة تحرير الشام على محور بلدة كفرنبودة بريف حماة اليوم.")
    assert ev["kind"] == "armed_clash"
    assert ids(ev) == ("hts", "syria-regime")


def test_patrol_opening_fire_on_fighters_is_a_clash() -> None:
    ev = one("أطلقت دورية لقسد النار على عناصر من تنظيم داعش في بلدة الشحيل بريف دير الزور اليوم.")
    assert ev["kind"] == "armed_clash"
    assert ids(ev) == ("sdf", "isis")


def test_checkpoint_opening_fire_on_civilians_is_an_attack_on_civilians() -> None:
    ev = one("فتح عناصر حاجز لقوات النظام النار على مدنيين في بلدة طفس بريف درعا اليوم، "
             "ما أدى إلى مقتل شاب.")
    assert ev["kind"] == "attack_on_civilians"
    assert ids(ev) == ("syria-regime", "civilians")
    assert ev["fatalities"] == 1


def test_a_call_for_a_ceasefire_is_no_shooting() -> None:
    assert event_dicts("دعا المبعوث الأممي إلى وقف إطلاق النار على كافة الجبهات في ريف إدلب.") == []


# --- 4. air support of a ground attack: one clash ---------------------------------------------


def test_attack_backed_by_aircraft_is_one_clash() -> None:
    ev = one("هاجمت قوات النظام بمساندة الطيران الروسي مواقع هيئة تحرير الشام في بلدة كفرنبودة "
             "بريف حماة اليوم.")
    assert ev["kind"] == "armed_clash"
    assert ids(ev) == ("syria-regime", "hts")


def test_attack_under_air_cover_is_one_clash() -> None:
    ev = one("شنت قوات النظام هجوماً بغطاء جوي من الطيران الحربي على مواقع هيئة تحرير الشام "
             "في بلدة كفرنبودة بريف حماة اليوم.")
    assert ev["kind"] == "armed_clash"


def test_aircraft_that_strike_make_an_airstrike_too() -> None:
    evs = event_dicts("هاجمت قوات النظام بمساندة الطيران الروسي مواقع هيئة تحرير الشام في بلدة كفرنبودة "
                      "بريف حماة اليوم، فيما شنت الطائرات الروسية غارات على البلدة.")
    assert sorted(e["kind"] for e in evs) == ["airstrike", "armed_clash"]


# --- 5. one actor on both ends ------------------------------------------------------------------


def test_force_arresting_a_commander_of_its_own_unit() -> None:
    ev = one("اعتقلت قسد قائداً في مجلس دير الزور العسكري في مدينة الحسكة اليوم.")
    assert ev["kind"] == "arrest"
    assert ids(ev) == ("sdf", "deir-ez-zor-military-council")


def test_clash_between_two_clans_keeps_both_sides() -> None:
    ev = one("اندلعت اشتباكات مساء أمس بين عشيرتين في مدينة العشارة بريف دير الزور الشرقي.")
    assert ids(ev) == ("tribal-fighters", "tribal-fighters")


def test_a_killing_recalled_months_later_is_no_new_incident() -> None:
    evs = event_dicts("اندلعت اشتباكات مساء أمس بين عشيرتين في مدينة العشارة بريف دير الزور الشرقي. "
                      "وتجددت المشكلة بعد أشهر من قتل شاب من إحدى العشيرتين في المدينة.")
    assert [e["kind"] for e in evs] == ["armed_clash"]
