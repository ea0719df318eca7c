"""Attributed sources: who a report says it got its information from.

"وفقاً لشبكة عين الفرات", "أفاد المرصد السوري لحقوق الإنسان", "بحسب مصادر
محلية", "قالت وكالة سانا", "أعلنت وزارة الدفاع الروسية" each give a
`SourceMention` whose name is the source as written, cleaned of quotes and
clitics ("شبكة عين الفرات", "مصادر محلية").

How, over the matching form of the text:

1. an attribution cue: a reporting verb (أفاد، ذكرت، قالت، نقلت، أعلنت...),
   a preposition (وفقاً لـ، بحسب، حسب، نقلاً عن، استناداً إلى) or "بحسب ما
   أفاد";
2. right after it, a source: a name from ``lexicon/sources.tsv``, a head
   word for an outlet or body (شبكة، وكالة، موقع، المرصد، وزارة...) followed
   by its name, or a generic head (مصادر، مصدر، ناشطون، شهود عيان...)
   followed by its adjectives ("مصادر محلية متطابقة"). Anything else after a
   cue ("قال إن...") is not a source;
3. without a cue: "مصادر/مصدر + adjective" and the unambiguous names of
   sources.tsv (datelines like "دير الزور – نورث برس"). Names that are also
   common words ("الوطن", "العربية") need a cue or a head word.
"""

from __future__ import annotations

import csv
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from marsad.actors import LEXICON_DIR
from marsad.document import Document, SourceMention
from marsad.lexmatch import MAX_PROCLITIC, PhraseMatch, PhraseMatcher, choose_longest, is_word_char
from marsad.normalize import Normalized, display, fold
from marsad.options import Options


def _folded(words: str) -> frozenset[str]:
    return frozenset(fold(w) for w in words.split())


_VERBS = (
    "افاد|افادت|ذكر|ذكرت|قال|قالت|نقل|نقلت|اعلن|اعلنت|اكد|اكدت|اشار|اشارت|اوضح|اوضحت|كشف|كشفت|"
    "وثق|وثقت|رصد|رصدت|نشر|نشرت|بث|بثت|اورد|اوردت|تحدث|تحدثت|زعم|زعمت|ادعي|ادعت|رجح|رجحت|نفي|نفت|"
    "افادت|يفيد|تفيد|يقول|تقول|يوكد|توكد|يشير|تشير|يرجح|ترجح|يذكر|تذكر|ينقل|تنقل|اتهم|اتهمت|تبني|تبنت"
)


@lru_cache(maxsize=1)
def _cue_matcher() -> PhraseMatcher[str]:
    """Every cue in one automaton (a regex alternation of them was the slowest part).

    Payload: "cue" (a reporting verb or preposition: any source may follow),
    "an" ("نقلت الوكالة عن مصدر": a known name or a generic head may follow),
    "generic" ("مصادر"/"مصدر": counts with an adjective even without a cue).
    Proclitics (و، ف، ب: "وقالت"، "بحسب") are lexmatch's.
    """
    m: PhraseMatcher[str] = PhraseMatcher()
    verbs = _VERBS.split("|")
    objects = ("", " به", " ها", " له")
    for verb in verbs:
        for obj in objects:
            m.add(verb + obj, "cue")
    for prep in ("حسب", "حسبما", "حسب ما"):
        m.add(prep, "cue")
        for verb in verbs:
            for obj in objects:
                m.add(f"{prep} {verb}{obj}", "cue")
    for prep in ("وفقا", "طبقا", "استنادا", "استنادا الي", "نقلا عن"):
        m.add(prep, "cue")
    m.add("عن", "an")
    m.add("مصادر", "generic")
    m.add("مصدر", "generic")
    m.find_all("")  # build now
    return m


_TOKEN_RE = re.compile(r"\w+|[\"“”«»'‘’]|[^\s\w]")
_QUOTES = frozenset("\"“”«»'‘’")
# Heads of an outlet or body's name; the name runs on after them.
_NAMED_HEADS = _folded(
    "شبكة الشبكة وكالة الوكالة موقع صحيفة الصحيفة جريدة مجلة قناة القناة تلفزيون التلفزيون إذاعة راديو "
    "المرصد مرصد مركز المركز منظمة المنظمة وزارة القيادة قيادة المكتب مكتب حساب صفحة صفحات معرفات "
    "تنسيقية تجمع مجموعة فريق لجنة اللجنة الهلال منصة مؤسسة مديرية إدارة دائرة المجلس مجلس الأمم "
    "المتحدث الناطق هيئة الدفاع الإعلام"
)
# Generic heads: only indefinite adjectives follow ("مصادر محلية").
_GENERIC_HEADS = _folded(
    "مصادر مصدر ناشطون ناشطين الناشطون ناشطو ناشط شهود مراسل مراسلة مراسلنا مراسلتنا مراسلو مراسلي "
    "تقارير تقرير أوساط"
)
# Words that end a name: particles, prepositions, time words, relatives.
_STOPS = _folded(
    "أن بأن إن انه بأنه أنه انها بأنها أنها في على عن من إلى الى مع اليوم أمس يوم صباح مساء ليل ليلة فجر "
    "خلال حيث التي الذي الذين بعد قبل ضد عبر وفق حول منذ لدى عند كما ما لا لم لن قد هذا هذه ذلك تلك "
    "السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة أيضا كذلك وأن بينما قوله قولها قولهم "
    "مؤكدا مؤكدة مشيرا مشيرة مضيفا مضيفة له لها لهم بدوره بدورها عينها عينه نفسها نفسه ذاتها ذاته"
)
# Trailing descriptions that are not part of the name ("شبكة X المحلية").
_TRAILING = _folded(
    "المحلية المحلي المعارض المعارضة المقرب المقربة الموالي الموالية الرسمي الرسمية التابع التابعة "
    "المختص المختصة الحقوقي الحقوقية العامل العاملة المهتم المهتمة المعني المعنية المتخصص المتخصصة"
)
_ADJ_ENDINGS = ("ه", "ي", "ين", "ون", "يه", "يون", "يين")
_MAX_NAME_TOKENS = 7


_Span = tuple[int, int, bool]  # start, end (matching form), found in lam form
_Token = tuple[int, int, str]  # start, end, text
_HEADS = _NAMED_HEADS | _GENERIC_HEADS
_TOKENS = 14  # tokens read after a cue
_WINDOW = 80  # characters searched for a known name where a source may start


@dataclass(frozen=True)
class _Source:
    name: str
    cue_only: bool


@lru_cache(maxsize=1)
def _source_matcher() -> PhraseMatcher[_Source]:
    matcher: PhraseMatcher[_Source] = PhraseMatcher()
    with (LEXICON_DIR / "sources.tsv").open(encoding="utf-8") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        matcher.add(fold(row["name"]), _Source(row["name"], row["cue_only"] == "yes"))
    matcher.find_all("")  # build now
    return matcher


def _is_adjective(token: str) -> bool:
    if token.startswith("ال") or token in _STOPS or len(token) < 3:
        return False
    return token.endswith(_ADJ_ENDINGS)


class AttributionRecognizer:
    """Finds attributed sources; see the module docstring."""

    def __init__(self) -> None:
        self._known = _source_matcher()
        self._cues = _cue_matcher()
        # Known names are looked up in the report's one pass of the source automaton
        # (see `_Known`) when every name fits the window the rules read after a cue.
        self._fits = max(map(len, self._known.phrases()), default=0) + MAX_PROCLITIC < _WINDOW

    def recognize(self, doc: Document, norm: Normalized, options: Options) -> list[SourceMention]:
        text = norm.text
        spans: list[_Span] = []
        all_known = self._known.find_all(text)
        known = _Known(text, all_known if self._fits else None, self._known)
        for cue in self._cues.find(text):
            kind = cue.payloads[0]
            if kind == "generic":
                span = self._name_at(known, cue.start, generic_only=True)
                if span and span[1] > cue.end:  # a bare "مصدر" without a cue may be "مصدر النيران"
                    spans.append(span)
                continue
            span = self._name_at(known, cue.end, generic_only=kind == "an")
            if span:
                spans.append(span)
        for m in choose_longest(all_known, len(text)):
            if not m.payloads[0].cue_only:
                spans.append((m.start, m.end, _lam_form(text, m.start, m.phrase)))
        return self._mentions(doc, norm, spans)

    def _name_at(self, known: _Known, pos: int, *, generic_only: bool = False) -> _Span | None:
        text = known.text
        # Up to 14 tokens after the cue; most cues are followed by no source ("قال إن"), so
        # the first word is read alone and the rest only once it proves to be a head word.
        found = _TOKEN_RE.finditer(text, pos)
        tokens: list[_Token] = []
        for t in found:
            word = t.group()
            tokens.append((t.start(), t.end(), word))
            # "لـ" written apart, opening quotes, and a glued ل ("لشبكة", "للمرصد")
            if not (word == "ل" or word in _QUOTES) or len(tokens) == _TOKENS:
                break
        i = len(tokens) - 1
        if i < 0:
            return None
        start, end, word = tokens[i]
        if word == "ل" or word in _QUOTES:
            return None
        names = [k for k in known.starting_word(start) if not (generic_only and k.payloads[0].cue_only)]
        if names:
            k = max(names, key=lambda k: k.end)
            return k.start, k.end, _lam_form(text, k.start, k.phrase)
        lam = False
        if word.startswith("لل") and "ا" + word[1:] in _HEADS:
            start, word, lam = start + 1, "ا" + word[1:], True  # "للمرصد" = ل + المرصد
        elif word.startswith("ل") and word[1:] in _HEADS:
            start, word = start + 1, word[1:]
        span: tuple[int, int] | None = None
        if word in _GENERIC_HEADS:
            # a generic head reads up to three words after it
            following = itertools.islice(found, min(3, _TOKENS - len(tokens)))
            span = self._generic(known, following, tokens[i], start)
        elif word in _NAMED_HEADS and not generic_only:
            # a named one the rest of the tokens
            rest = itertools.islice(found, _TOKENS - len(tokens))
            tokens.extend((t.start(), t.end(), t.group()) for t in rest)
            span = self._known_after_head(known, tokens, i, start) or self._named(tokens, i, start)
        else:
            return None
        return (span[0], span[1], lam) if span else None

    def _generic(
        self, known: _Known, following: Iterator[re.Match[str]], head: _Token, start: int
    ) -> tuple[int, int]:
        """The span of a generic head ("مصادر محلية متطابقة"); `following` yields the words after it,
        read one at a time: most heads have one adjective or none."""
        _s, end, word = head
        t = next(following, None)
        if t is None:
            return start, end
        if word.startswith("مراسل"):
            # "مراسل شبكة X": the outlet is the source
            outlet = self._name_at(known, t.start())
            if outlet and not outlet[2]:
                return outlet[0], outlet[1]
        w = t.group()
        if word == "شهود" and w == "عيان":
            return start, t.end()
        while _is_adjective(w):
            end = t.end()
            t = next(following, None)
            if t is None:
                break
            w = t.group()
        return start, end

    def _known_after_head(
        self, known: _Known, tokens: list[_Token], i: int, start: int
    ) -> tuple[int, int] | None:
        """ "موقع نهر ميديا العامل في...": a known name after the head ends the name."""
        j = i + 1
        quoted = j < len(tokens) and tokens[j][2] in _QUOTES
        if quoted:
            j += 1
        if j >= len(tokens):
            return None
        at = tokens[j][0]
        names = [k for k in known.starting_word(at) if k.start == at]
        if not names:
            return None
        end = max(k.end for k in names)
        text = known.text
        if quoted and end < len(text) and text[end] in _QUOTES:
            end += 1
        return start, end

    def _named(self, tokens: list[_Token], i: int, start: int) -> tuple[int, int] | None:
        end = tokens[i][1]
        j = i + 1
        taken = 0
        while j < len(tokens) and taken < _MAX_NAME_TOKENS:
            s, e, w = tokens[j]
            if w in _QUOTES:
                # a quoted name right after the head: take it whole and stop
                close = next((k for k in range(j + 1, len(tokens)) if tokens[k][2] in _QUOTES), None)
                if close is None or close == j + 1 or taken:
                    break
                end = tokens[close][1]
                break
            if not w.isalnum() or w in _STOPS or w in _TRAILING:
                break
            if w.startswith("و") and w not in _NAMED_HEADS and len(w) > 3 and w[1:] not in ("طن",):
                break  # "... وقالت": a new clause
            end = e
            taken += 1
            j += 1
        if end == tokens[i][1] and tokens[i][2] not in ("المرصد",):
            return None  # a bare head ("الوزارة") names no one
        return start, end

    def _mentions(self, doc: Document, norm: Normalized, spans: list[_Span]) -> list[SourceMention]:
        out: list[SourceMention] = []
        taken: list[tuple[int, int]] = []
        for s, e, lam in sorted(set(spans), key=lambda p: (p[0] - p[1], p[0])):
            if any(s < b and a < e for a, b in taken):
                continue
            taken.append((s, e))
            a, b = norm.to_original(s, e)
            raw = doc.text[a:b]
            out.append(SourceMention(type="source", start=a, end=b, text=raw, name=_clean(raw, lam)))
        out.sort(key=lambda m: m.start)
        return out


class _Known:
    """Known source names that start a word at a given position of one report.

    The rules ask this at every cue. Reading the answer off the report's one
    pass of the automaton gives what a pass over the next `_WINDOW` characters
    would, as long as the position starts a word and every name fits the
    window (the recogniser checks that once); anywhere else it makes that pass.
    """

    def __init__(self, text: str, found: list[PhraseMatch[_Source]] | None, matcher: PhraseMatcher[_Source]):
        self.text = text
        self._matcher = matcher
        self._by_word_start: dict[int, list[PhraseMatch[_Source]]] | None = None
        if found is not None:
            self._by_word_start = {}
            for m in found:
                self._by_word_start.setdefault(m.word_start, []).append(m)

    def starting_word(self, pos: int) -> list[PhraseMatch[_Source]]:
        """Matches whose word (proclitics included) starts at `pos`, as `find_all` orders them."""
        text = self.text
        if self._by_word_start is not None and (pos == 0 or not is_word_char(text[pos - 1])):
            return self._by_word_start.get(pos, [])
        return [
            m._replace(start=pos + m.start, end=pos + m.end, word_start=pos)
            for m in self._matcher.find_all(text[pos : pos + _WINDOW])
            if m.word_start == 0
        ]


def _lam_form(text: str, start: int, phrase: str) -> bool:
    """True when a phrase with the article was found after ل without its alef ("للمرصد")."""
    return phrase.startswith("ال") and not text.startswith("ال", start)


@lru_cache(maxsize=4096)  # the same few sources ("مصادر محلية") come back report after report
def _clean(raw: str, lam: bool) -> str:
    name = display(raw)
    name = "".join(ch for ch in name if ch not in _QUOTES)
    name = " ".join(name.replace("ـ", " ").split())
    if lam:
        name = "ا" + name  # "لمرصد" cut from "للمرصد" is "المرصد"
    return name.strip(" ،,:.-–")


# -- place names inside outlet names ----------------------------------------
# Used by marsad.places: "شبكة دير الزور 24", "صفحة حمص الآن", "السويداء 24" name an outlet, and
# the place inside is no place mention. Heads: the place after one names the outlet. "موقع"
# (also a military position) counts only before an outlet tail.
_OUTLET_HEADS = _folded("شبكة صفحة صفحات وكالة إذاعة راديو تلفزيون قناة صحيفة جريدة مجلة منصة تنسيقية")
_OUTLET_WEAK_HEADS = _folded("موقع موقعي مرصد")
# Words that end an outlet's name after the place: "السويداء 24", "حمص الآن", "حلب اليوم".
# The Latin-looking ones never follow a place otherwise; "الآن"/"اليوم" ("now", "today") and
# "24" (a count: "في درعا 24 شخصاً") only after an outlet head or a reporting verb.
_OUTLET_TAILS = _folded("نيوز بوست برس ميديا نت أونلاين")
_OUTLET_WEAK_TAILS = _folded("24 الآن اليوم")
_REPORTING = _folded("أفادت أفاد قالت قال ذكرت ذكر نقلت نقل بحسب حسب وفقا لـ نشرت نشر أوردت أورد عن")
_OUTLET_ANY_HEAD = _OUTLET_HEADS | _OUTLET_WEAK_HEADS
_OUTLET_WORDS = _OUTLET_ANY_HEAD | _REPORTING
OUTLET_PREV = frozenset(c + w for w in _OUTLET_WORDS for c in ("", "و", "ف", "ب", "ل"))
OUTLET_TAIL_STARTS = tuple(" " + w for w in _OUTLET_TAILS | _OUTLET_WEAK_TAILS)


def in_outlet_name(text: str, end: int, before: str) -> bool:
    """Whether the name ending at `end` of matching-form `text`, after the word `before`, is
    part of a media outlet's name (see _OUTLET_HEADS)."""
    # (callers first test that `before` is in OUTLET_PREV or a tail in OUTLET_TAIL_STARTS follows)
    if before[:1] in ("و", "ف", "ب", "ل") and before not in _OUTLET_WORDS and before[1:] in _OUTLET_WORDS:
        before = before[1:]  # "لشبكة", "وموقع", "وقالت"
    if before in _OUTLET_HEADS:
        return True
    if text[end : end + 1] != " ":
        return False
    nxt = text[end + 1 : end + 20].split(maxsplit=2)
    tail = nxt[0] if nxt else ""
    if tail in _OUTLET_TAILS:
        return True
    if tail not in _OUTLET_WEAK_TAILS:
        return False
    if before in _OUTLET_WEAK_HEADS or before in _REPORTING:
        return True
    # "السويداء 24" standing alone; "درعا 24 شخصاً" is a count (an accusative noun follows)
    after = nxt[1] if len(nxt) > 1 else ""
    return tail == "24" and not (after.endswith("ا") and len(after) > 2)
