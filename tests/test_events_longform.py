"""Rules written while reading long articles' errors by category (docs/evaluation.md, "Long
articles"): recollections, events abroad, denials, forecasts, opinions, tallies and details of an
incident told already. Every sentence here is the project's own, none from an evaluation set."""

from __future__ import annotations

from event_helpers import event_dicts as events_of
from event_helpers import kinds_and_places as kinds
from event_helpers import one_event as one

# --- recollections --------------------------------------------------------------------------


def test_an_incident_dated_weeks_before_the_report_is_recalled() -> None:
    text = "وكانت طائرات حربية روسية قد قصفت بلدة كفرنبل في 3 آذار الماضي، ما أدى إلى مقتل 4 مدنيين."
    assert events_of(text) == []
    assert events_of("وشهدت بلدة الشحيل في نيسان الماضي اشتباكات بين قسد ومسلحين من العشائر.") == []


def test_an_incident_of_this_week_is_news() -> None:
    ev = one("قصفت قوات النظام بقذائف الهاون بلدة كفرنبل يوم الأربعاء، ما أدى إلى إصابة مدنيين.")
    assert (ev["kind"], ev["date"]) == ("shelling", "2024-05-08")


def test_a_month_is_old_only_when_it_ended_over_a_week_ago() -> None:
    # "أيار الجاري" runs to the end of the report's month: not a recollection by date
    ev = one("اعتقلت قسد في أيار الجاري ثلاثة شبان في بلدة الشحيل.")
    assert ev["kind"] == "arrest"


def test_the_pluperfect_recalls_an_earlier_incident() -> None:
    assert events_of("وكانت قوات النظام قد سيطرت على قرية الدردارة بعد معارك عنيفة مع الفصائل.") == []


def test_the_pluperfect_with_a_date_of_this_week_is_still_news() -> None:
    ev = one("وكانت قسد قد اعتقلت أمس ثلاثة شبان في بلدة الشحيل.")
    assert (ev["kind"], ev["date"]) == ("arrest", "2024-05-09")


def test_an_earlier_clause_of_background_holds_the_clauses_that_go_on_with_it() -> None:
    text = "ووثقت الشبكة منذ مطلع العام مقتل 90 مدنياً في ريف إدلب، كما قتل 12 آخرون بانفجار ألغام."
    assert events_of(text) == []
    # a clause with a time of its own is news
    text = (
        "ووثقت الشبكة منذ مطلع العام أكثر من 200 غارة على ريف إدلب، "
        "في حين قتل مدنيان اليوم بقصف مدفعي على بلدة كفرنبل."
    )
    assert kinds(text) == [("shelling", "كفر نبل")]


def test_recalling_to_mind_is_background() -> None:
    assert events_of("ويعيد الهجوم إلى الأذهان مجزرة ارتكبتها قوات النظام في بلدة كفرنبل.") == []


# --- abroad ------------------------------------------------------------------------------


def test_an_incident_in_a_neighbouring_country_is_not_coded() -> None:
    assert events_of("وفي لبنان، خرجت مظاهرة حاشدة ضد الحكومة في العاصمة بيروت.") == []
    assert events_of("وفي العراق، قتل ثلاثة من عناصر التنظيم بضربة جوية في صحراء الأنبار.") == []


def test_a_foreign_country_named_beside_a_syrian_place_does_not_move_the_event() -> None:
    ev = one("استهدفت غارة إسرائيلية شاحنة أسلحة متجهة إلى لبنان قرب مدينة القصير.")
    assert (ev["kind"], ev["location"]["name_ar"]) == ("airstrike", "القصير")


# --- denials, rumours, forecasts, opinions ----------------------------------------------------


def test_a_denied_incident_is_not_coded() -> None:
    assert events_of("ونفت القوات الروسية تعرض قاعدتها في مطار حميميم لقصف بطائرات مسيرة.") == []
    assert events_of("ونفى مصدر أمني ما تم تداوله عن سقوط قتلى في صفوف الشرطة في مدينة جاسم.") == []


def test_a_rumour_that_is_denied_is_not_coded() -> None:
    text = "وتحدثت أنباء عن مقتل عنصرين من الشرطة في مدينة جاسم، وهو ما نفاه مصدر في المدينة."
    assert events_of(text) == []


def test_no_news_of_casualties_is_no_rumour() -> None:
    text = "قصفت قوات النظام بلدة كفرنبل بقذائف الهاون، دون أنباء عن إصابات. ونفى مصدر عسكري ذلك."
    assert [k for k, _ in kinds(text)] == ["shelling"]


def test_forecasts_demands_and_futures_are_no_events() -> None:
    assert events_of("ويتوقع مراقبون أن تشن قوات النظام هجوماً برياً على بلدة كفرنبل.") == []
    assert events_of("وطالب وجهاء المنطقة الحكومة، مطالبين بإطلاق عملية عسكرية في ريف درعا الغربي.") == []
    assert events_of("وقال المتحدث إن أي هجوم على مدينة جاسم سيقابل برد حازم.") == []
    text = "وصلت أرتال لقوات النظام إلى مدينة جاسم، معلنة أنها ستعمل على فض الاشتباكات."
    assert [k for k, _ in kinds(text)] == ["deployment"]


def test_an_opinion_is_no_event() -> None:
    assert events_of("ويرى محللون أن الغارات الروسية على بلدة كفرنبل تهدف إلى تهجير السكان.") == []


# --- tallies and details -------------------------------------------------------------------


def test_a_monitors_count_of_attacks_is_a_tally() -> None:
    text = "ووثق المرصد خلال أيار الجاري أكثر من 40 هجوماً بالطائرات المسيرة على قرى ريف الرقة."
    assert events_of(text) == []
    assert events_of("ووثقت الشبكة 26 حالة اعتقال على يد قسد في بلدة الشحيل.") == []


def test_the_weapons_used_in_a_fight_do_not_change_its_kind() -> None:
    text = "اندلعت اشتباكات بين قسد ومسلحين من العشائر في بلدة الشحيل، استخدمت فيها قذائف الهاون."
    assert kinds(text) == [("armed_clash", "الشحيل")]


def test_a_detail_after_where_joins_the_incident() -> None:
    text = (
        "قتل خمسة عناصر من قوات النظام في كمين لداعش قرب مدينة السخنة، "
        "حيث استهدفوا الرتل بعد تفجير عبوة ناسفة."
    )
    assert [k for k, _ in kinds(text)] == ["armed_clash"]


def test_the_fighting_of_the_night_before_belongs_to_the_capture() -> None:
    text = (
        "سيطرت قوات النظام اليوم الجمعة على مدينة السخنة بعد انسحاب داعش. "
        "وقال قائد ميداني إن المعارك تركزت الليلة الماضية في أحياء مدينة السخنة الشمالية."
    )
    assert [k for k, _ in kinds(text)] == ["territory_change"]


# --- places and kinds -------------------------------------------------------------------------


def test_a_place_given_as_a_bearing_only_situates_the_one_before() -> None:
    ev = one("استهدفت غارات إسرائيلية مستودعاً للأسلحة في محيط منطقة المزة غرب العاصمة دمشق.")
    assert ev["location"]["name_ar"] == "المزة"


def test_an_arrest_at_an_unnamed_checkpoint_is_coded_at_the_home_town() -> None:
    ev = one("اعتقل حاجز للأمن العسكري ثلاثة شبان من أبناء مدينة جاسم أثناء عودتهم من العاصمة دمشق.")
    assert (ev["kind"], ev["location"]["name_ar"]) == ("arrest", "جاسم")


def test_detention_is_an_arrest() -> None:
    ev = one("أسفرت الحملة الأمنية عن توقيف خمسة أشخاص في مدينة جبلة.")
    assert (ev["kind"], ev["arrested"]) == ("arrest", 5)


def test_an_attack_word_inside_an_actors_name_still_tells_the_attack() -> None:
    # "الاستهداف الإسرائيلي" is read as Israel by the actor recogniser; the word is still a strike
    text = (
        "مقتل 3 عناصر من حزب الله جراء الاستهداف الإسرائيلي لمستودع في مدينة القصير، "
        "حيث أطلقت الطائرات صواريخها."
    )
    ev = one(text)
    assert (ev["kind"], ev["fatalities"]) == ("airstrike", 3)
