"""Roles: which actor acted (actor1) and which was acted upon (actor2).

Each actor mention in a frame is first labelled by the words around it:

* agent: after "من قبل", "على يد", "نفذته", or glued to an attack noun by
  "لـ" ("هجوم لـ داعش", "قصف للفصائل");
* target: after "ضد", "على", "في صفوف", or a target noun ("مواقع", "حاجز"
  ... "التابعة لـ X"), or inside a casualty phrase ("مقتل 3 عناصر من X"),
  or the subject of "خسرت"/"تكبدت" (before or right after the verb), or the first actor after
  "تعرض"; not after an adverbial "على" ("على خلفية", flag void) nor the "على" of "على يد";
* dest: after "إلى مناطق" (where defectors went).

Then per kind: a defection's actor1 is the group left and actor2 the
destination; a protest's actor1 is the protesters; an agreement's two
parties are actor1/actor2 in text order; otherwise actor1 is the agent, else
the subject of the trigger verb (before it, SVO; or right after it, VSO), and
actor2 the target, else the object after an active verb, else (attack noun with its attacker
after it) the side named just before the noun. When no actor names the side hit, the words for
it may (`marsad.roles_targets`: people arrested are civilians; Israel's strikes on military
sites hit the state's forces).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from marsad.actors import ancestors, load_actors
from marsad.document import Actor, ActorMention
from marsad.event_cues import VIOLENT, CueHit
from marsad.frames import DocText, Frame, folded_regex
from marsad.roles_targets import DETAINED, people_held, struck_state

_REMOTE = frozenset({"airstrike", "shelling", "explosion", "suicide_bombing"})
# Kinds where the side whose post or vehicle is named was the one hit.
ATTACKS = frozenset(
    {"armed_clash", "airstrike", "shelling", "explosion", "suicide_bombing", "territory_change",
     "property_destruction"}
)
# "قناص من", "مدفعي وصاروخي من": a word or two after the attack noun, then "من"
_BY_WHOM = folded_regex(r"^(?:\w+\s+){0,3}(?:من|ل|لل)$")
_NEAR_AFTER = 40  # characters after a trigger noun within which its actor may follow
_NAMED_LATER = 60  # characters after unnamed gunmen within which the report may name their group
_UNHURT = 30  # characters after "دون تسجيل"/"لم تسجل" within which the people spared are named
_HIT_BEFORE = 60  # characters before an attack noun within which the side it hit may stand
_SPLIT_SUBJECT = 30  # characters before "النار على" within which the shooter is named
_NOT_AUTHORITY = frozenset({"protesters", "civilians"})  # never what a protest is against
UNIDENTIFIED = "unidentified"
# "اشتباكات، صباح اليوم، بين X و Y": the two sides of a clash, a time phrase away at most
_BETWEEN = folded_regex(r"^[^.؟!]*?(?:^|\s)بين\s")
_BETWEEN_GAP = 50
_AND = folded_regex(r"\sو")
# "بين عشيرتين", "بين العائلتين": one group's dual, a side on each end
_DUAL = folded_regex(r"(?:تين|تان)\s*$")
_OWN_MEMBERS = frozenset({"arrest"})  # kinds in which a force may act on its own unit
_OF_WHOM = folded_regex(r"^\s*من\s+(?:ابناء\s+|عناصر\s+|مقاتلي\s+)?[\"'“”«»]?\s*$")
# "ضابط سابق في الفرقة الرابعة": a past membership, not a party
_FORMER = folded_regex(r"سابق\w*\s+(?:في|ب|من)\s*[\"'“”«»]?\s*$")
# "بسيارة قيادي في X", "منزل عنصر من X", "قائد مجموعة في X": the person hit belongs to X
_MEMBER_OF = folded_regex(
    r"(?:قيادي|مسوول|عنصر|ضابط|مقاتل|قائد)\w*(?:\s+\w+)?\s+(?:في|من|ب)\s*[\"'“”«»]?\s*$"
)
# "انشقاق 23 عنصراً من قسد": the force the defectors came from
_FROM = folded_regex(r"(?:^|\s)من\s*[\"'“”«»]?\s*$")
_AFFIL = folded_regex(
    r"(?:تابع|موالي|مدعوم|مرتبط|ذراع|منضوي|انتماو|انتماي|انتماء)\w*\s+(?:من\s+)?(?:ل|لل)?\s*[\"'“”«»]?\s*$"
)


@lru_cache(maxsize=1)
def _actors() -> dict[str, Actor]:
    return load_actors()


def actor_by_id(actor_id: str) -> Actor:
    """The lexicon's actor, or a bare one when the lexicon lacks the id."""
    return _actors().get(actor_id) or Actor(actor_id, actor_id, actor_id if actor_id == "civilians" else "")


def ancestors_of(actor: Actor) -> list[Actor]:
    return list(_ancestors(actor))


@lru_cache(maxsize=1024)
def _ancestors(actor: Actor) -> tuple[Actor, ...]:
    return tuple(actor_by_id(p) for p in ancestors(actor.id))


@lru_cache(maxsize=4096)
def related(a: Actor, b: Actor) -> bool:
    """Same actor, or one is an ancestor of the other (a unit and its army)."""
    if a.id == b.id:
        return True
    return any(x.id == b.id for x in _ancestors(a)) or any(x.id == a.id for x in _ancestors(b))


@dataclass
class Labelled:
    mention: ActorMention
    actor: Actor
    # agent, target, post (owner of an attacked post), dest, affil (of the actor before),
    # source (who reported), plain
    label: str


def _void(h: CueHit, frame: Frame) -> bool:
    """A target marker that marks nothing: an adverbial phrase ("على خلفية", flag void), or the
    "على" of "على يد" (an agent marker over the same words)."""
    return h.cls == "target" and (h.cue.has("void") or any(
        a.start <= h.start and h.end <= a.end for a in frame.of("agent")))


def _label(dt: DocText, frame: Frame, m: ActorMention, prev: ActorMention | None) -> str:
    before = dt.folded(max(frame.start, m.start - 40), m.start)
    near = [h for h in frame.hits if h.end <= m.start and m.start - h.end <= 40 and not _void(h, frame)]
    if m.actor is not None and m.actor.inter in ("civilians", "protesters"):
        # "لم تسجل أي إصابات بين المدنيين": civilians that nothing happened to are no party
        if any(h.kind == "nocasualty" and 0 <= m.start - h.end <= _UNHURT for h in frame.of("mod")):
            return "affil"
        return "target"  # never the side that acts, whatever the word order
    if _FORMER.search(before[-20:]):
        return "affil"
    # "مصادر إعلامية سورية", "وسائل إعلام النظام": the reporter; but after "إن"/"بأن" comes
    # what was reported ("مصادر محلية إن الطائرات الروسية ...")
    for h in near:
        if h.cls == "source" and 0 <= m.start - h.end <= 14:
            gap = f" {dt.folded(h.end, m.start)} "
            if not any(w in gap for w in (" ان ", " بان ", " انه ")):
                return "source"
    for h in reversed(near):
        dist = m.start - h.end
        # "بمساندة طيران التحالف", "بالتعاون مع وحدات من ...": a supporting force rides along
        if h.cls == "assoc" and dist <= 12:
            return "affil"
        # "على يد عناصر ملثمين تابعين لداعش": the first actor after the marker
        if h.cls == "agent" and (dist <= 12 or (dist <= 35 and (prev is None or prev.start < h.end))):
            return "agent"
        if h.cls == "dest" and dist <= (3 if h.cue.has("bare") else 28):
            return "dest"
        if h.cls == "target" and dist <= 14:
            return "post" if h.cue.has("noun") else "target"
    # "غارات روسية", "الطيران الروسي": the weapon names its user, also after a verb of
    # suffering ("تعرضت القرية لقصف مدفعي تركي")
    if any(m.start <= h.start and h.end <= m.end for h in frame.of("trigger")):
        return "agent"
    for h in frame.of("victim"):
        # "قسد خسرت", "تعرض عنصران من قسد", "يكبد قسد": the side that lost; a verb whose subject
        # may come first also takes it right after, verb-subject ("تكبدت قسد خسائر")
        if h.cue.has("before") and (0 <= h.start - m.end <= 20 or 0 <= m.start - h.end <= 2):
            return "target"
        # only the first actor after the verb is its subject or object: in "خسرت قوات النظام
        # ثلاثة عناصر في هجوم لداعش" the attacker comes later
        if h.cue.has("after") and 0 <= m.start - h.end <= 45:
            first = prev is None or prev.start < h.end
            # a verb whose subject did it (flag svo, "أوقعت وحدة من الجيش مجموعة في كمين"): with no
            # subject just before it, the first actor after is its subject and the next its object
            if h.cue.has("svo") and not (prev is not None and 0 <= h.start - prev.end <= 20):
                if not first:
                    return "target"
            elif first:
                return "target"
    # "فصيل السلطان مراد الموالي لتركيا", "مجموعات مدعومة من إيران": an affiliation of the actor
    # before, not a party of its own; after a place hit ("حاجز تابع لـ قسد") it is the target;
    # after a bare noun ("مجموعات تابعة لداعش") it stands for that noun.
    if _AFFIL.search(before[-22:]):
        if any(h.cls == "target" and h.cue.has("noun") for h in near):
            return "post"
        if any(h.cls == "target" for h in near):
            return "target"
        return "affil" if prev is not None and m.start - prev.end <= 45 else "plain"
    # "هجوم لـ داعش", "قصف للفصائل", "قصف قوات النظام", "برصاص قناص من X", "بقصف مدفعي من X":
    # the attacker glued to the attack noun by "لـ", "من" or as its genitive (not so for
    # "استهداف X", "اعتقال X": their genitive is the object)
    for h in near:
        if h.cls == "trigger" and h.cue.has("lam") and m.start - h.end <= 30:
            gap = dt.folded(h.end, m.start).strip(" \"'“”«»")
            if gap in ("", "ل", "لل") or _BY_WHOM.match(gap):
                return "agent"
    # victims inside a casualty phrase: "مقتل 3 عناصر من X", "أصيب عنصر من X"; but in
    # "قتل مسلحون مجهولون مدنياً" the actor after the verb, before its object, is the killer
    for h in near:
        if h.cls in ("kill", "wound", "casualty") and m.start - h.end <= 35:
            gap = dt.folded(h.end, m.start)
            if gap.strip() == "" and (
                any(v.cls == "victim" and 0 <= v.start - m.end <= 15 for v in frame.hits)
                # "قتل مسلحون مجهولون ... المدرس": unknown gunmen after the verb are its subject
                or (m.actor is not None and m.actor.id == UNIDENTIFIED)
            ):
                return "agent"
            # "قتل قيادي في الجيش الوطني برصاص ...": the victim's membership
            if " من " in f" {gap} " or gap.strip() == "" or "صفوف" in gap or _MEMBER_OF.search(gap):
                return "target"
    return "plain"


def label_actors(dt: DocText, frame: Frame) -> list[Labelled]:
    out: list[Labelled] = []
    prev: ActorMention | None = None
    actors = [m for m in dt.mentions_in(frame.start, frame.end, "actor")
              if isinstance(m, ActorMention) and m.actor is not None]
    for i, m in enumerate(actors):
        assert m.actor is not None
        if m.actor.id == UNIDENTIFIED and i + 1 < len(actors) and _OF_WHOM.match(
            dt.folded(m.end, actors[i + 1].start)
        ):
            continue  # "مسلحين من أبناء العشائر": gunmen named by the group they come from
        out.append(Labelled(m, m.actor, _label(dt, frame, m, prev)))
        prev = m
    return out


def assign_roles(
    dt: DocText, frame: Frame, trigger: CueHit | None, kind: str
) -> tuple[Actor | None, Actor | None, list[Labelled]]:
    labelled = label_actors(dt, frame)
    usable = [x for x in labelled if x.label not in ("affil", "source")]
    a1: Actor | None = None
    a2: Actor | None = None
    if trigger is not None and not trigger.cue.has("verb"):
        # "هاجم عناصر من داعش حاجزاً لقسد بالأسلحة الرشاشة": the weapon decides the kind, the
        # finite verb before it carries the subject
        verbs = [t for t in frame.triggers if t.cue.has("verb") and t.start < trigger.start
                 and (t.kind == kind or t.cue.has("generic")) and not t.cue.has("repel")]
        if verbs:
            trigger = verbs[-1]
    pos = trigger.start if trigger is not None else frame.start
    if kind == "defection":
        a2 = next((x.actor for x in usable if x.label == "dest"), None) or _joined_next(dt, frame)
        left = [x for x in usable if x.label != "dest" and (a2 is None or not related(x.actor, a2))]
        # the group left is named "من X" after the defectors; an actor before it may only announce
        named_from = [x for x in left if _FROM.search(dt.folded(max(frame.start, x.mention.start - 6),
                                                                x.mention.start))]
        chosen = named_from or left
        a1 = chosen[0].actor if chosen else None
        return a1, a2, labelled
    if kind == "protest":
        a1 = actor_by_id("protesters")
        against = [x.actor for x in usable if x.label == "target" and x.actor.inter not in _NOT_AUTHORITY]
        # a protest names whom it is about ("رتلاً لقوات الاحتلال", "في سجون قسد"): the only armed
        # side it names is the one protested against
        others = [x.actor for x in usable if x.label == "plain" and x.actor.inter not in _NOT_AUTHORITY]
        a2 = against[0] if against else (others[0] if others else None)
        return a1, a2, labelled
    if kind == "agreement":
        # the parties: armed sides and authorities first; a spokesman's group ("أعلن المتحدث باسم
        # X أن الفصيل توصل ...") is a party too; residents only when nobody else is named
        # unnamed gunmen ("تسليم المسلحين أسلحتهم") are what a settlement is about, not a party
        armed = [x.actor for x in usable
                 if x.actor.inter not in _NOT_AUTHORITY and x.actor.id != UNIDENTIFIED]
        spokesmen = [x.actor for x in labelled if x.label == "source"]
        unarmed = [x.actor for x in usable if x.actor.inter in _NOT_AUTHORITY]
        parties = _distinct(armed + spokesmen + unarmed)
        return (parties[0] if parties else None), (parties[1] if len(parties) > 1 else None), labelled
    # a post, patrol or vehicle of X: X is attacked in an attack, but in "اعتقلت دورية للأمن
    # العسكري" the patrol is who arrests
    post = "target" if kind in ATTACKS else "plain"
    if trigger is not None and trigger.cue.has("split"):
        _shooter(usable, trigger)
    for x in usable:
        if x.label == "post":
            x.label = post
        # a bomb or a strike has no subject among the people it hits
        elif kind in _REMOTE and x.label == "plain" and _MEMBER_OF.search(
            dt.folded(max(frame.start, x.mention.start - 20), x.mention.start)
        ):
            x.label = "target"
    agents = [x for x in usable if x.label == "agent"]
    if agents and trigger is not None and kind not in VIOLENT:
        # "توجه تعزيزات ... لمؤازرة قوات الأمن التي تمتص الهجوم الذي قامت به فلول الأسد": the
        # agent of an attack told inside a deployment's clause is that attack's, not the deployment's
        attacks = [t.start for t in frame.triggers if t.kind in VIOLENT and t.start > trigger.start]
        agents = [x for x in agents if not any(a < x.mention.start for a in attacks)]
    targets = [x for x in usable if x.label == "target"]
    plain = [x for x in usable if x.label in ("plain", "dest")]
    if agents:
        a1 = agents[0].actor
    elif trigger is not None and trigger.cue.has("verb"):
        before = [x for x in plain if x.mention.end <= pos and pos - x.mention.end <= 90]
        after = [x for x in plain if x.mention.start >= trigger.end and x.mention.start - trigger.end <= 30]
        if before:
            a1 = before[-1].actor
        elif after:
            a1 = after[0].actor
    elif plain:
        # the actor before the noun ("قسد ... حملة"), else one right after it ("هجوم قسد");
        # one named far after belongs to another clause ("... لتحصين المنطقة من هجمات داعش")
        before = [x for x in plain if x.mention.end <= pos]
        near_after = [x for x in plain if x.mention.start >= pos and x.mention.start - pos <= _NEAR_AFTER]
        pick = before[-1] if before else (near_after[0] if near_after else None)
        a1 = pick.actor if pick is not None else None
    if targets:
        a2 = next((x.actor for x in targets if a1 is None or not same_side(kind, a1, x.actor)), None)
        if a2 is not None and a2.id == UNIDENTIFIED:
            a2 = _named_later(targets, plain, a1) or a2
    if a2 is None and trigger is not None and kind in VIOLENT:
        rest = [
            x for x in plain
            if x.mention.start >= trigger.end and (a1 is None or not same_side(kind, a1, x.actor))
        ]
        if rest and (a1 is not None or trigger.cue.has("verb")):
            a2 = rest[0].actor
        elif agents and not trigger.cue.has("verb") and agents[0].mention.start >= trigger.end:
            # "وقع عناصر من قوات النظام في كمين لداعش", "أعلنت قسد مقتل عنصرين في هجوم لداعش":
            # the attack noun's attacker follows it; the side named before it is the one hit
            hit = [x for x in plain if x.mention.end <= trigger.start
                   and trigger.start - x.mention.end <= _HIT_BEFORE and not related(x.actor, agents[0].actor)]
            a2 = hit[-1].actor if hit else None
    twin = False
    if kind == "armed_clash" and trigger is not None:
        a1, a2, twin = _between(dt, frame, trigger, usable, a1, a2)
    # the words for who was hit name the side when no actor does (`marsad.roles_targets`)
    if a2 is None and kind in DETAINED and trigger is not None and people_held(dt, frame, trigger):
        a2 = actor_by_id("civilians")
    if a2 is None and a1 is not None and kind in _REMOTE and trigger is not None:
        a2 = struck_state(dt, frame, trigger, a1)
    if a1 is not None and a2 is not None and not twin and same_side(kind, a1, a2):
        a2 = None
    repel = next((t for t in frame.triggers if t.cue.has("repel")), None)
    if repel is not None and kind == "armed_clash":  # air defences "تصدت للصواريخ": no swap
        a1, a2 = _repelled(usable, repel, a1, a2)
    return a1, a2, labelled


def _shooter(usable: list[Labelled], trigger: CueHit) -> None:
    """"أطلقت دورية لقسد النار على ...", "فتح عناصر حاجز للنظام النار على ...": the verb's
    subject stands between it and "النار"; a patrol or checkpoint named there shoots."""
    for x in usable:
        if x.label == "post" and 0 <= trigger.start - x.mention.end <= _SPLIT_SUBJECT:
            x.label = "plain"


def _named_later(targets: list[Labelled], plain: list[Labelled], a1: Actor | None) -> Actor | None:
    """"قضت على أعداد من الإرهابيين، بينهم متزعمون فيما يسمى جبهة النصرة": unnamed gunmen hit,
    then named a few words on: the named group is the side hit."""
    first = next(x for x in targets if x.actor.id == UNIDENTIFIED)
    return next((x.actor for x in plain if 0 < x.mention.start - first.mention.end <= _NAMED_LATER
                 and x.actor.inter not in _NOT_AUTHORITY and (a1 is None or not related(x.actor, a1))), None)


def _joined_next(dt: DocText, frame: Frame) -> Actor | None:
    """"انشق 5 جنود عن حاجز قرب البلدة، وانضموا إلى X": the side joined, told in the next
    clause of the same sentence."""
    end = min(frame.sentence.end, frame.end + 30)
    dest = next((h for h in dt.hits if h.cls == "dest" and not h.cue.has("bare")
                 and frame.end <= h.start < end), None)
    if dest is None:
        return None
    for m in dt.mentions_in(dest.end, min(frame.sentence.end, dest.end + 28), "actor"):
        if isinstance(m, ActorMention) and m.actor is not None:
            return m.actor
    return None


def _between(
    dt: DocText, frame: Frame, trigger: CueHit, usable: list[Labelled], a1: Actor | None, a2: Actor | None
) -> tuple[Actor | None, Actor | None, bool]:
    """"اندلعت اشتباكات، مساء أمس، بين مسلحين من X و Y": the two sides follow "بين" in text
    order, however far the time phrase pushes them from the clash noun. "بين عشيرتين": a dual
    of a communal group names both sides, one group on each (the third value says so)."""
    end = min(frame.end, trigger.end + _BETWEEN_GAP)
    m = _BETWEEN.search(dt.folded(trigger.end, end))
    if m is None:
        return a1, a2, False
    at = trigger.end + m.end()
    named = [x for x in usable if at <= x.mention.start <= at + 60 and x.label in ("plain", "dest", "target")]
    sides = _distinct([x.actor for x in named])
    if named and named[0].mention.start - at <= 3 and _DUAL.search(dt.folded(named[0].mention.start,
                                                                              named[0].mention.end)):
        first = named[0].actor
        if first.inter == "identity_militia" and len(sides) == 1:
            return first, first, True
    if len(sides) < 2 or not _AND.search(dt.folded(at, min(frame.end, at + 120))):
        return a1, a2, False
    return sides[0], sides[1], False


def _repelled(
    usable: list[Labelled], repel: CueHit, a1: Actor | None, a2: Actor | None
) -> tuple[Actor | None, Actor | None]:
    """"تصدى الثوار لهجوم قوات النظام", "أحبط X محاولة تسلل لـ Y": the side that repels is the
    one attacked (actor2); the attacker is the side named after the verb, other than the subject."""
    before = [x for x in usable if x.mention.end <= repel.start and repel.start - x.mention.end <= 90
              and x.label in ("plain", "target")]
    right_after = [x for x in usable if 0 <= x.mention.start - repel.end <= 30 and x.label == "plain"]
    subject = before[-1] if before else (right_after[0] if right_after else None)
    if subject is None:
        return a1, a2
    attackers = [x.actor for x in usable if x.mention.start >= repel.end and x is not subject
                 and not related(x.actor, subject.actor)]
    if not attackers:
        return a1, a2
    return attackers[0], subject.actor


def same_side(kind: str, a1: Actor, a2: Actor) -> bool:
    """Are these one side, not actor1 and actor2? Related actors are (a unit and its army),
    except in an arrest of the force's own member in a unit the contract reports apart
    ("اعتقلت قسد قائداً في مجلس دير الزور العسكري": the SDF and the council)."""
    if not related(a1, a2):
        return False
    if kind not in _OWN_MEMBERS or a1.id == a2.id or not any(p.id == a1.id for p in _ancestors(a2)):
        return True
    from marsad.events import reported_actor

    shown1, shown2 = reported_actor(a1), reported_actor(a2)
    return shown1 is None or shown2 is None or shown1.id == shown2.id


def _distinct(actors: list[Actor]) -> list[Actor]:
    out: list[Actor] = []
    for a in actors:
        if not any(related(a, b) for b in out):
            out.append(a)
    return out
