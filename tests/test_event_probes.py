"""Phrasings found by probing the engine with the project's own sentences per kind (end of the
second session): where the fire came from, a weapon's nationality after a verb of suffering,
bulldozing and demolition."""

from __future__ import annotations

from event_helpers import event_dicts, ids
from event_helpers import one_event as one


def test_the_source_of_the_fire_is_actor1() -> None:
    ev = one("طال قصف صاروخي مصدره مواقع قوات النظام قرية البارة في جبل الزاوية.")
    assert ev["kind"] == "shelling" and ids(ev) == ("syria-regime", None)
    ev = one("سقطت قذائف مصدرها قوات النظام على بلدة سرمين بريف إدلب.")
    assert ids(ev)[0] == "syria-regime"


def test_a_weapons_nationality_after_a_verb_of_suffering_names_the_attacker() -> None:
    ev = one("تعرضت قرية الدادات بريف منبج لقصف مدفعي تركي مكثف.")
    assert ev["kind"] == "shelling" and ids(ev) == ("turkey", None)


def test_the_side_named_after_a_verb_of_suffering_is_still_the_one_hit() -> None:
    ev = one("تعرضت نقطة لقوات النظام لهجوم من تنظيم داعش في بادية حمص.")
    assert ids(ev)[1] == "syria-regime"


def test_bulldozing_and_demolition_are_property_destruction() -> None:
    bulldozed = one("جرفت القوات التركية أراضي زراعية في قرية تل طويل بريف الحسكة.")
    assert bulldozed["kind"] == "property_destruction"
    assert one("قوات النظام نسفت عدداً من المنازل في بلدة خان شيخون.")["kind"] == "property_destruction"


def test_blowing_up_an_agreement_is_no_event() -> None:
    assert event_dicts("اتهم المجلس المحلي الفصائل بنسف الاتفاق مع الوجهاء في بلدة طفس.") == []
