"""Role patterns (`marsad.roles`, `marsad.roles_targets`), one test each, with the project's own
news-style sentences run through the whole pipeline."""

from __future__ import annotations

from datetime import date

from event_helpers import PUBLISHED, event_dicts, ids
from event_helpers import one_event as one

from marsad.article import segment
from marsad.document import Document
from marsad.frames import DocText
from marsad.options import Options
from marsad.roles import label_actors


def kinds_and_ids(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(ev["kind"], *ids(ev)) for ev in event_dicts(text)]


def test_adverbial_ala_is_no_target_marker() -> None:
    # "على خلفية قيام مسلحين ...": the gunmen after "على خلفية" are the kidnappers
    ev = one("توترت الأوضاع على خلفية قيام مسلحين من العشائر، مساء الأحد، باختطاف سائق شاحنة "
             "قرب بلدة الثعلة.")
    assert ev["kind"] == "abduction"
    assert ids(ev) == ("tribal-fighters", "civilians")


def test_ala_of_ala_yad_marks_the_agent_only() -> None:
    ev = one("قتل عنصر من قسد على يد مسلحين من داعش في بلدة الشحيل بريف دير الزور.")
    assert ids(ev) == ("isis", "sdf")


def test_loss_verb_takes_its_subject_right_after_it() -> None:
    ev = one("تكبدت قسد خسائر بشرية في هجوم شنه مقاتلو العشائر على نقطة لها في بلدة ذيبان.")
    assert ids(ev) == ("tribal-fighters", "sdf")


def test_loss_verb_object_is_the_first_actor_after_it_only() -> None:
    ev = one("خسرت قوات النظام ثلاثة عناصر في هجوم لداعش قرب بلدة السخنة.")
    assert ids(ev) == ("isis", "syria-regime")


def test_victim_named_by_membership_after_kill_word() -> None:
    ev = one("قتل قيادي في الجيش الوطني برصاص مسلحين مجهولين في مدينة الباب.")
    assert ids(ev) == ("unidentified", "sna")


def test_bomb_victim_membership_with_a_word_between() -> None:
    ev = one("قتل قائد مجموعة في الجيش الوطني بانفجار عبوة ناسفة في مدينة الباب.")
    assert ev["kind"] == "explosion"
    assert ids(ev) == (None, "sna")


def test_side_named_before_an_attack_noun_with_its_attacker_after() -> None:
    ev = one("وقع عناصر من قوات النظام في كمين لتنظيم داعش في بادية السخنة.")
    assert ids(ev) == ("isis", "syria-regime")


def test_people_arrested_are_civilians() -> None:
    ev = one("اعتقلت قوات النظام ثلاثة أشخاص في مدينة داعل بريف درعا.")
    assert ids(ev) == ("syria-regime", "civilians")


def test_activists_arrested_are_civilians() -> None:
    evs = kinds_and_ids("شنت قوات الأمن العام حملة دهم في بلدة الشحيل اعتقلت خلالها ثلاثة ناشطين.")
    assert ("arrest", "syria-government-2024", "civilians") in evs


def test_fighters_arrested_are_not_civilians() -> None:
    ev = one("اعتقلت قسد ثلاثة عناصر من الجيش الوطني في ريف منبج.")
    assert ids(ev) == ("sdf", "sna")


def test_attackers_of_an_attack_told_inside_a_deployment_are_not_deployed() -> None:
    evs = event_dicts("أعلنت وزارة الدفاع عن توجه تعزيزات عسكرية إلى منطقة جبلة لمؤازرة قوات الأمن "
                      "العام التي تواجه الهجوم الذي قامت به فلول الأسد.", date(2025, 3, 7))
    assert ("deployment", "syria-government-2024", None) in [(ev["kind"], *ids(ev)) for ev in evs]


def test_israeli_strike_on_military_sites_hits_the_state() -> None:
    ev = one("شنت طائرات حربية إسرائيلية غارات على مواقع عسكرية قرب بلدة جباتا الخشب.")
    assert ids(ev) == ("israel", "syria-regime")  # reported before 2024-12-08


def test_israeli_strike_on_military_sites_after_the_fall_of_assad() -> None:
    evs = event_dicts("شنت طائرات حربية إسرائيلية غارات على مواقع عسكرية قرب بلدة جباتا الخشب.",
                      date(2025, 3, 1))
    assert [ids(ev) for ev in evs] == [("israel", "syria-government-2024")]


def test_state_media_aggression_names_israel() -> None:
    ev = one("قالت قناة الإخبارية إن عدواناً إسرائيلياً استهدف محيط مدينة قدسيا.")
    assert ids(ev)[0] == "israel"


def test_state_named_party_of_an_agreement() -> None:
    ev = one("توصلت حركة أحرار الشام إلى اتفاق مع الجانب الروسي يقضي بوقف إطلاق النار في مدينة حرستا.")
    assert ev["kind"] == "agreement"
    assert {ids(ev)[0], ids(ev)[1]} == {"syrian-opposition", "russia"}


def test_unnamed_gunmen_are_no_party_of_a_settlement() -> None:
    ev = one("توصلت الفعاليات الشعبية في بلدة ببيلا إلى اتفاق مع الجانب الروسي يقضي بتسليم المسلحين "
             "أسلحتهم.")
    assert {ids(ev)[0], ids(ev)[1]} == {"civilians", "russia"}


def test_unnamed_terrorists_then_named_group_is_the_side_hit() -> None:
    ev = one("أحكمت وحدات من الجيش العربي السوري سيطرتها الكاملة على بلدة السحل بعد أن قضت على أعداد من "
             "الإرهابيين، بينهم متزعمون فيما يسمى جبهة النصرة.")
    assert ids(ev) == ("syria-regime", "hts")


def test_side_made_to_fall_into_an_ambush() -> None:
    ev = one("وحدة من الجيش أوقعت، أول أمس، مجموعة إرهابية في كمين محكم قرب بلدة رنكوس.")
    assert ids(ev) == ("syria-regime", "unidentified")
    ev = one("أوقعت وحدة من الجيش، أول أمس، مجموعة إرهابية في كمين محكم قرب بلدة رنكوس.")
    assert ids(ev) == ("syria-regime", "unidentified")


def test_army_and_criminal_police_by_date() -> None:
    ev = one("ألقى فرع الأمن الجنائي القبض على ثلاثة أشخاص في مدينة بانياس.")
    assert ids(ev) == ("syria-regime", "civilians")
    ev = one("هز انفجار مستودعاً للذخيرة تابعاً لقوات الجيش قرب مدينة الدريكيش.")
    assert ev["kind"] == "explosion"


def test_civilians_spared_are_no_party() -> None:
    text = "انفجرت عبوة ناسفة في مدينة الباب دون تسجيل إصابات بين المدنيين."
    doc = Document(id="t", source="test", text=text, published=PUBLISHED)
    segment(doc, Options())
    from marsad.annotate import annotate

    annotate(doc, Options(published=PUBLISHED))
    dt = DocText(doc)
    labels = [(x.actor.id, x.label) for f in dt.frames() for x in label_actors(dt, f)]
    assert ("civilians", "affil") in labels
