"""The actor lexicon and the actor recogniser.

Data (versioned, under ``lexicon/``):

* ``actors.tsv``: one row per actor: id, English name, ACLED inter category,
  parents (ids, nearest first), validity period, notes;
* ``actor_aliases.tsv``: Arabic aliases in matching form (``marsad.normalize.fold``),
  each with the media side that writes it and a resolution rule.

Rules the data cannot state by itself, kept here in one place:

* Longest match wins ("قوات النظام" over "النظام", "الحرس الثوري الإيراني"
  over "الحرس"); that is `PhraseMatcher.find`.
* An alias with id ``-`` is a blocker: a longer phrase that names no actor
  ("النظام العام", "الدفاع المدني", "المجموعات الإرهابية"), matched only so
  that it hides the shorter alias inside it.
* Date rule (``until:DATE`` / ``from:DATE``): an alias written by reports of
  both eras ("الجيش السوري", "الأمن العام", "هيئة تحرير الشام") goes to the
  reading valid on the report's publication date (``doc.published``, else
  ``options.published``). Without any date it goes to the latest reading
  (``from:``): an undated report is most likely a recent one.
* Anaphor rule: a bare head word ("التنظيم", "الهيئة", "المرتزقة",
  "الفصائل", "التحالف") counts only if the same report names that actor, or a
  descendant of it, by a full alias.
* Generic rule: a bare noun for gunmen ("مسلحين", "عصابة") is an
  unidentified group unless the text ties it to a named actor right after
  it ("مسلحين من قسد", "مسلحون تابعون للفرقة الرابعة").
* Words with no rule stay unmatched: "الدولة" alone is not ISIS, "الجيش"
  alone names no army.
* Spelling variants are generated, not listed: ميليشيا/ميليشيات/مليشيا/
  مليشيات/ميلشيا/ميلشيات (with or without the article) for one another, and
  أمريكي/أميركي; so is an opening quotation mark inside a multi-word name
  ('تنظيم "الدولة"'). Proclitics (و ف ب ل ك) are `lexmatch`'s business.
* Military noun + nationality adjective ("غارة جوية روسية", "القوات التركية", "قاعدة
  أمريكية") is generated from one row per nationality (rule ``nationality``, the
  masculine adjective) and the noun lists here, indefinite and definite, and for masculine
  nouns the indefinite accusative ("قصفاً إسرائيلياً").
* "عشيرة/قبيلة/عشائر + a name" ("عشيرة البوحسن", "أبناء قبيلة الجميل") is a
  tribal-fighters mention even when the clan is not in the lexicon: Syrian
  clans are too many to list.
"""

from __future__ import annotations

import csv
import itertools
import re
from collections import deque
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from operator import itemgetter
from pathlib import Path

from marsad.document import Actor, ActorMention, Document
from marsad.lexmatch import PhraseMatcher, choose_longest
from marsad.normalize import Normalized
from marsad.options import Options

LEXICON_DIR = Path(__file__).with_name("lexicon")
INTER_CATEGORIES = frozenset(
    {
        "state_forces",
        "rebel_group",
        "political_militia",
        "identity_militia",
        "rioters",
        "protesters",
        "civilians",
        "external",
    }
)
SIDES = frozenset({"opposition", "state", "kurdish", "iranian", "neutral"})
BLOCKER = "-"
TRIBAL_FIGHTERS = "tribal-fighters"


@dataclass(frozen=True)
class ActorRecord:
    """An actors.tsv row: the `Actor` plus what only the lexicon needs."""

    actor: Actor
    valid_from: date | None
    valid_to: date | None  # exclusive
    notes: str = ""
    registry: bool = False  # an id of the shared evaluation registry (column "registry")


@dataclass(frozen=True)
class Alias:
    """An actor_aliases.tsv row; a date rule is parsed into valid_from/valid_to."""

    id: str
    alias: str
    side: str
    rule: str = ""
    note: str = ""
    valid_from: date | None = None  # from:DATE
    valid_to: date | None = None  # until:DATE (exclusive)

    @classmethod
    def from_row(cls, id: str, alias: str, side: str, rule: str = "", note: str = "") -> Alias:
        kind, _, value = rule.partition(":")
        start = date.fromisoformat(value) if kind == "from" else None
        end = date.fromisoformat(value) if kind == "until" else None
        return cls(id, alias, side, rule, note, start, end)

    @property
    def anaphor(self) -> bool:
        return self.rule == "anaphor"

    @property
    def generic(self) -> bool:
        return self.rule == "generic"

    def valid_on(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day < self.valid_to
        )


def _rows(name: str) -> list[dict[str, str]]:
    """Rows of a lexicon TSV: '#' lines are the version and comments, then a header."""
    path = LEXICON_DIR / name
    with path.open(encoding="utf-8") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: (v or "").strip() for k, v in row.items()} for row in reader]


def lexicon_version(name: str = "actor_aliases.tsv") -> str:
    """The version field of a lexicon file's first line ("version 1")."""
    with (LEXICON_DIR / name).open(encoding="utf-8") as f:
        first = f.readline()
    return next((p for p in first.strip().split("\t") if p.startswith("version")), "")


def _date(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


@lru_cache(maxsize=1)
def load_records() -> dict[str, ActorRecord]:
    records: dict[str, ActorRecord] = {}
    for row in _rows("actors.tsv"):
        parents = tuple(p.strip() for p in row["parents"].split(",") if p.strip())
        actor = Actor(id=row["id"], name=row["name"], inter=row["inter"], parents=parents)
        records[actor.id] = ActorRecord(
            actor, _date(row["valid_from"]), _date(row["valid_to"]), row["notes"], row["registry"] == "yes"
        )
    return records


def load_actors() -> dict[str, Actor]:
    """Every actor of the lexicon, by id."""
    return {k: r.actor for k, r in load_records().items()}


@cache
def ancestors(actor_id: str) -> tuple[str, ...]:
    """All ancestors of an actor, nearest first (breadth-first over parents)."""
    records = load_records()
    seen: list[str] = []
    queue = deque(records[actor_id].actor.parents if actor_id in records else ())
    while queue:
        pid = queue.popleft()
        if pid in seen or pid == actor_id:
            continue
        seen.append(pid)
        if pid in records:
            queue.extend(records[pid].actor.parents)
    return tuple(seen)


def is_a(actor_id: str, other_id: str) -> bool:
    """True when actor_id is other_id or one of its descendants."""
    return actor_id == other_id or other_id in ancestors(actor_id)


NATIONALITY = "nationality"
# Military nouns that a nationality adjective follows ("غارة جوية روسية", "القصف المدفعي التركي"),
# in matching form. Feminine: feminine singulars and non-human plurals, which take the feminine
# adjective; masculine: the rest. Human plurals are left out: their adjectives are irregular
# ("جنود روس", "جنود أتراك") and listed as aliases. Bases and posts ("قاعدة روسية") are left
# out too: reports name them as places near an event ("قرب قاعدة روسية") more often than as
# the side that acts.
_NOUNS_F = (
    "غاره", "غارات", "غاره جويه", "غارات جويه", "ضربه جويه", "ضربات جويه", "ضربات صاروخيه",
    "طايره", "طايرات", "طايره حربيه", "طايرات حربيه", "طايره مسيره", "طايرات مسيره", "مسيره",
    "مسيرات", "طايره استطلاع", "طايرات استطلاع", "مقاتله", "مقاتلات", "مقاتله حربيه", "مقاتلات حربيه",
    "مروحيه", "مروحيات", "دوريه", "دوريات", "دوريه عسكريه", "دوريات عسكريه", "قوات", "قوه", "قوات خاصه",
    "مدفعيه", "راجمات", "دبابات", "مدرعات", "اليات عسكريه", "عربات عسكريه", "تعزيزات عسكريه",
    "ارتال عسكريه", "قذايف", "صواريخ", "بارجه", "بوارج", "وحدات", "مخابرات", "استخبارات",
)  # fmt: skip
_NOUNS_M = (
    "قصف", "قصف مدفعي", "قصف صاروخي", "قصف جوي", "طيران", "طيران حربي", "طيران مسير", "جيش",
    "رتل", "رتل عسكري", "هجوم", "استهداف", "توغل", "جندي", "ضابط", "مستشار", "صاروخ", "انزال",
    "انزال جوي",
)  # fmt: skip


def _accusative(phrase: str) -> str:
    """The indefinite accusative of a masculine noun phrase in matching form: the tanween
    alif on every word ("قصف مدفعي تركي" -> "قصفا مدفعيا تركيا"); "ة" takes none."""
    return " ".join(w if w.endswith(("ه", "ا")) else w + "ا" for w in phrase.split())


def nationality_forms(adjective: str) -> list[str]:
    """Military noun + nationality adjective, indefinite and definite, from the masculine
    adjective of an actor_aliases.tsv row with the rule "nationality" ("روسي"); masculine
    nouns in the indefinite accusative too ("شنت قصفا اسراييليا", "هجوما تركيا")."""
    out = []
    # (a flag, not `nouns is _NOUNS_M`: a compiled build may box a constant tuple anew)
    for nouns, adj, masculine in ((_NOUNS_M, adjective, True), (_NOUNS_F, adjective + "ه", False)):
        for noun in nouns:
            out.append(f"{noun} {adj}")
            out.append(" ".join("ال" + w for w in f"{noun} {adj}".split()))
            if masculine:
                out.append(_accusative(f"{noun} {adj}"))
    return out


@lru_cache(maxsize=1)
def load_aliases() -> tuple[Alias, ...]:
    rows = _rows("actor_aliases.tsv")
    listed = {r["alias"] for r in rows}
    out = []
    for r in rows:
        if r.get("rule") != NATIONALITY:
            out.append(Alias.from_row(r["id"], r["alias"], r["side"], r.get("rule", ""), r.get("note", "")))
            continue
        for form in nationality_forms(r["alias"]):
            if form not in listed:  # a listed alias keeps its own row (side, rule)
                listed.add(form)
                out.append(Alias(r["id"], form, r["side"], note="generated: " + NATIONALITY))
    return tuple(out)


_MILITIA = ("ميليشيا", "ميليشيات", "مليشيا", "مليشيات", "ميلشيا", "ميلشيات")


def _word_variants(word: str) -> tuple[str, ...]:
    article = "ال" if word.startswith("ال") else ""
    core = word[len(article) :]
    if core in _MILITIA:
        return tuple(article + m for m in _MILITIA)
    if "امريك" in word or "اميرك" in word:
        return (word.replace("اميرك", "امريك"), word.replace("امريك", "اميرك"))
    return (word,)


def variants(alias: str) -> set[str]:
    """The spellings an alias is matched under (see the module docstring)."""
    words = [_word_variants(w) for w in alias.split()]
    return {" ".join(combo) for combo in itertools.product(*words)}


# A clan named after "عشيرة/قبيلة": the next word must look like a name
# (article, "آل"/"بني", or "البو..."), not an adjective from this list.
_TRIBE_RE = re.compile(
    r"(?<!\w)(?:[وفبل]|وب|ول)?((?:عشيره|قبيله|عشائر|قبائل|عشيرتي)\s+[\"“”«]?(?:ال\s?|بني\s+|بنو\s+)(بو\s+\w+|\w+))"
)
# Between gunmen and the actor they belong to: "من", "التابعين ل", "ينتمون إلى"...
_TIED_RE = re.compile(
    r"\s*(?:من|من عناصر|من مقاتلي|تابعين|التابعين|تابعون|التابعون|يتبعون|ينتمون|المنتمين|الموالين|موالين"
    r"|يرجح انهم من|يعتقد انهم من|يشتبه بانهم من)\s*(?:ل|الي)?\s*[\"'«»“”]?\s*$"
)
_NOT_A_CLAN = frozenset(
    {"عربيه", "واحده", "كبيره", "نفسها", "مذكوره", "معروفه", "اخري", "عربي", "منطقه", "عشائريه", "متناحره"}
)


# Quotation marks open inside a name: 'تنظيم "الدولة"', 'ميليشيا "الدفاع الوطني"'.
_OPENING_QUOTES = ('"', "“", "”", "«")
_QUOTES = frozenset('"“”«»')


def quoted_forms(phrase: str) -> set[str]:
    """The phrase with an opening quotation mark after one of its spaces.

    Listing these in the automaton costs nothing per report, unlike taking the
    quotes out of every text and mapping offsets back.
    """
    words = phrase.split(" ")
    cuts = range(1, len(words))
    return {" ".join(words[:i]) + " " + q + " ".join(words[i:]) for i in cuts for q in _OPENING_QUOTES}


class ActorRecognizer:
    """Finds actor mentions: one automaton pass, then the rules above."""

    def __init__(self) -> None:
        self._actors = load_actors()
        self._matcher: PhraseMatcher[Alias] = PhraseMatcher()
        for alias in load_aliases():
            generated = alias.note.startswith("generated")
            for form in variants(alias.alias):
                self._matcher.add(form, alias)
                # a quote opens inside a name ('تنظيم "الدولة"'), not inside "غارة جوية روسية"
                for quoted in () if generated else quoted_forms(form):
                    self._matcher.add(quoted, alias)
        self._matcher.find_all("")  # builds the automaton now, not on the first report

    def _resolve(self, payloads: tuple[Alias, ...], day: date | None) -> Alias | None:
        if any(a.id == BLOCKER for a in payloads):
            return None
        if day is not None:
            valid = [a for a in payloads if a.valid_on(day)]
        else:
            latest = max(a.valid_from or date.min for a in payloads)
            valid = [a for a in payloads if (a.valid_from or date.min) == latest]
        ids = {a.id for a in valid}
        # Hygiene forbids undecidable homonyms; if one slips in, say nothing.
        return valid[0] if len(ids) == 1 else None

    def recognize(self, doc: Document, norm: Normalized, options: Options) -> list[ActorMention]:
        text = norm.text
        day = doc.published or options.published
        found: list[tuple[int, int, Alias]] = []
        # Longest non-overlapping matches, as `PhraseMatcher.find` chooses them: in text order.
        for start, end, _, _, payloads in choose_longest(self._matcher.find_all(text), len(text)):
            alias = payloads[0] if len(payloads) == 1 else self._resolve(payloads, day)
            if alias is None or alias.id == BLOCKER:
                continue
            if day is not None and alias.rule and not alias.valid_on(day):
                continue
            found.append((start, end, alias))
        clans = self._clans(text, found)
        if clans:
            found.extend(clans)
            found.sort(key=_span_start)
        named = {a.id for _, _, a in found if a.rule != "anaphor"}  # not a.anaphor, without the call
        original = doc.text
        actors = self._actors
        mentions: list[ActorMention] = []
        for n, (start, end, alias) in enumerate(found):
            if alias.rule:  # most aliases have no rule: skip the two property calls
                if alias.anaphor and not any(is_a(i, alias.id) for i in named):
                    continue
                if alias.generic and n + 1 < len(found) and _TIED_RE.match(text, end, found[n + 1][0]):
                    continue
            a, b = norm.to_original(start, end)
            if original[b : b + 1] in _QUOTES and sum(original.count(q, a, b) for q in _QUOTES) % 2:
                b += 1  # 'تنظيم "الدولة' quotes its name whole
            # positional (type, start, end, text, actor): a third of the keyword call's cost
            mentions.append(ActorMention("actor", a, b, original[a:b], actors[alias.id]))
        return mentions

    def _clans(self, text: str, found: list[tuple[int, int, Alias]]) -> list[tuple[int, int, Alias]]:
        if "عشير" not in text and "قبيل" not in text and "عشائر" not in text and "قبائل" not in text:
            return []
        out: list[tuple[int, int, Alias]] = []
        for m in _TRIBE_RE.finditer(text):
            if m.group(2) in _NOT_A_CLAN:
                continue
            start, end = m.span(1)
            if any(s < end and start < e for s, e, _ in found):
                continue
            out.append((start, end, _CLAN_ALIAS))
        return out


_span_start = itemgetter(0)
_CLAN_ALIAS = Alias(TRIBAL_FIGHTERS, "عشيره", "neutral", note="code rule: clan + name")
