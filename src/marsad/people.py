"""Named persons, conservatively: names that a title or role word introduces.

"القيادي أبو علي الحسن", "المدعو خالد العبد الله", "العميد سهيل الحسن",
"الشيخ مطيع البطين", "الشاب محمد العلي", "المتحدث باسم قسد فرهاد شامي",
lists in parentheses "(أحمد العلي - محمود الخلف)" after a word that
announces people ("وهم", "بينهم", "عناصر"...), and names that a word referring
back to someone introduces ("والقيادي هو أحمد الحمدان", "ويدعى ياسر العبد الله",
"وعرف من القتلى: محمد العلي وخالد الحسين"): there a name must open with a
common given name (or "عبد/أبو ...").

Arabic writes no capitals, so a name's end is guessed: after the first word
(two for "عبد/أبو/أم/بن + word"), further words are taken while they look
like names: a family name with the article that is not a common word of
this register ("السوري", "البالغ", "الملقب"), or a common given name
(`_GIVEN`, a short list; a patronymic chain "أحمد خالد الحسين"). Anything
doubtful ends the name: missing a surname costs less than a name that
runs on into the sentence.
"""

from __future__ import annotations

import re
from itertools import islice

from marsad.document import Document, PersonMention
from marsad.lexmatch import WordSpotter
from marsad.normalize import Normalized, display, fold
from marsad.options import Options


def _folded(words: str) -> frozenset[str]:
    return frozenset(fold(w) for w in words.split())


_TITLES = _folded(
    "القيادي المدعو المدعوة العميد اللواء العقيد المقدم الرائد النقيب الملازم المساعد الرقيب العريف "
    "المجند الجندي الضابط الشيخ الشاب الشابة المواطن المواطنة القائد الناشط الناشطة الإعلامي الصحفي "
    "الصحفية الطفل الطفلة السيدة المسن المسنة الدكتور الطبيب المهندس المحامي الأستاذ المعلم المختار "
    "الصحافي الصحافية الوجيه الأمير الحاج الحاجة زعيم الزعيم العنصر المسؤول الشرعي الشهيد "
    "المعتقل المختطف المخطوف "
    "المغدور الضحية المتهم المطلوب المتزعم المنشق الإرهابي الرئيس الفريق العماد المتحدث الناطق "
    "المقاتل القاضي الإمام الداعية المسلح الفتى الفتاة الرجل الشقيقان الأخوان"
)
# Words allowed between a title and the name ("القيادي البارز", "العميد الركن").
_SKIPPABLE = _folded(
    "البارز السابق الميداني العسكري الأمني المحلي المنشق الشرعي الركن المتقاعد العشائري الإعلامي "
    "المدني الطبي الثوري العام أول ركن الأول الثاني المعارض الموالي الكردي العربي السوري"
)
# After "المتحدث/الناطق باسم X" the name follows X.
_SPOKESMEN = _folded("المتحدث الناطق")
_COMPOUND = _folded("عبد أبو أبي أم بن ابن بنت آل")
# Words with the article that follow names in this register but are not names.
_NOT_NAME = _folded(
    "الذي التي الذين اللذين السوري السورية البالغ البالغة الملقب الملقبة المنحدر المنحدرة المتحدر "
    "المتحدرة المقيم المقيمة المعروف المعروفة القيادي التابع التابعة العامل العاملة المسؤول المسؤولة "
    "الموالي الموالية الجريح المصاب المصابة الحامل المنشق السابق السابقة البارز الميداني العسكري الأمني "
    "المحلي الشرعي الركن المتقاعد الإرهابي المتهم المطلوب المعتقل المختطف المخطوف المغدور الضحية "
    "العشريني الثلاثيني الأربعيني الخمسيني الستيني الشاب الطفل القائد الأمير الشيخ الحاج الدكتور "
    "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد الماضي الماضية الحالي الحالية نفسه ذاته "
    "الأول الثاني الثالث الأخير الأخيرة المذكور المذكورة العام العامة الخاص الخاصة الجديد الجديدة "
    "المدني المدنية الكردي الكردية العربي العربية الإيراني العراقي التركي الروسي الفلسطيني اللبناني "
    "الأفغاني الملثم المسلح المجهول الفار الهارب المقرب المقربة "
    # common nouns that follow a name as the verb's object or a place
    "الهجوم الهجمات القصف الاشتباك الاشتباكات العملية الحملة المنطقة المدينة القرية البلدة الحاجز "
    "المعبر الطريق النار السلاح الأسلحة المجموعة القوات العناصر الفصيل الحي المنزل السيارة الدراجة "
    "الجيش المقر النقطة الموقع الاجتماع البيان الاتفاق الأهالي المدنيين الجثة الضحايا الأمن الحرب "
    "السجن المشفى المستشفى الإفراج العبوة اللغم الرصاص الصاروخ الطائرة الطيران الانفجار الكمين"
)
# Common given names (male and female), for the second and later words of a name.
_GIVEN = _folded(
    "محمد أحمد محمود مصطفى علي حسن حسين خالد عمر عمار عثمان إبراهيم إسماعيل يوسف يونس يحيى زكريا "
    "موسى عيسى سليمان داود سليم سالم سعيد سعد سعود فيصل فراس فادي فايز فهد فواز فؤاد فاضل فرحان كمال "
    "كريم كنان ماهر مازن مالك مهند مجد مراد مروان مصعب معاذ منذر منير مهدي نبيل نادر ناصر نزار نضال "
    "هاني هيثم وائل وليد وسيم وسام ياسر ياسين يزن رامي رائد رضوان رعد رياض زياد زاهر زهير سامر سامي "
    "سمير شادي شريف صالح صلاح طارق طلال عادل عامر عدنان عزام عصام علاء عماد غسان غياث قاسم قصي لؤي "
    "ليث مأمون ماجد بشار بشير بكر بلال بسام باسل جمال جميل جهاد حازم حامد حمزة حمد حمود حسام حكمت خليل "
    "خضر دياب راشد ربيع رشيد ضياء طه عبيد عقبة عواد فرج مرعي مشعل نايف هادي همام هلال وحيد سهيل "
    "جاسم حمادة عايد عيد مطر نواف فرهاد شيار آزاد جوان دلشاد أنس أسامة منصور نصر جابر شاكر عارف عاصم "
    "عبود عزيز عمران غازي فارس فتحي فوزي كامل مجدي محسن مختار معتز معن مؤيد ناجي نجيب نمر هشام يامن "
    "يعقوب أكرم أنور أيمن أيهم إياد بدر بهاء تامر توفيق تيسير ثامر جلال حاتم حسان حيدر خلف دريد زيد "
    "سلطان سلمان شعبان صبحي صفوان عباس علوان عوض غيث قتيبة ممدوح نجم نهاد هايل وضاح "
    "فاطمة عائشة مريم زينب خديجة هدى سعاد رنا رهف سلمى ليلى حلا أسماء أمل آية إيمان بتول جنى دعاء "
    "ريم سارة سوسن غادة لينا منى نادية هبة هيا وفاء ياسمين نور"
)
_STOPS = _folded(
    "في من عن إلى الى مع بعد قبل أن إن بأن الذي التي خلال حيث و أو ثم قد لا لم ما بين ضد عبر "
    "منذ عند لدى برصاص بسبب إثر اثر جراء ضمن نحو حوالي هو هي هم هما"
)
_WORD_RE = re.compile(r"\w+")
_ARABIC_WORD = re.compile(r"^[\u0621-\u064a]+$")
_LIST_CUE = re.compile(
    r"(?:وهم|هم|بينهم|منهم|عناصر|عنصرين|عنصر|قتلي|شبان|شابين|اشخاص|مدنيين|اسماوهم|كل من|شخصين|مواطنين|"
    r"اسمه|اسمها|ويدعي|يدعي|الاخوين|الشقيقين)\s*[:،,]?\s*$"
)
_PAREN_RE = re.compile(r"\(([^()\n]{4,240})\)")
_ITEM_SPLIT = re.compile(r"\s*[-–—،,/]\s*|\s+و(?=\w)")


# A title, alone or with و or ل glued to it ("والعميد", "للشيخ").
_TITLE_SPOTTER = WordSpotter(dict.fromkeys(_TITLES, frozenset({"", "و", "ل"})))
# Words that refer back to someone and may introduce a name ("هو", "ويدعى", "القتلى:").
_REFERRAL_WORDS = _folded(
    "هو هي هم هما يدعى تدعى يدعون اسمه اسمها أسماؤهم أسماءهم القتلى الضحايا القتيلان القتيلين"
)
_REFERRAL_SPOTTER = WordSpotter(dict.fromkeys(_REFERRAL_WORDS, frozenset({"", "و"})))
_LIST_HEADS = _folded("القتلى الضحايا القتيلان القتيلين")  # they need a colon or "هم" after them
_CALLED = _folded("يدعى تدعى يدعون اسمه اسمها")  # "is called": any name may follow, quoted or not
_QUOTED_NAME = re.compile(r'\s*["“«]([^"“”«»\n]{3,40})["”»]')
_MAX_LISTED = 8
# `_after_title` reads at most 17 words from the title on (five to a spokesman's name,
# two skippable words, a compound first name, three more name words and one ahead).
_READ = 20


def _opens_name(word: str) -> bool:
    """A given name or "عبد/أبو", alone or after "و": the first word of a referred name."""
    if word in _GIVEN or word in _COMPOUND:
        return True
    return word[:1] == "و" and (word[1:] in _GIVEN or word[1:] in _COMPOUND)


def _name_word(word: str) -> bool:
    return bool(_ARABIC_WORD.match(word)) and len(word) > 1 and word not in _STOPS


class PersonRecognizer:
    """Finds named persons; see the module docstring."""

    def recognize(self, doc: Document, norm: Normalized, options: Options) -> list[PersonMention]:
        text = norm.text
        spans: list[tuple[int, int]] = []
        # Tokenising the whole report cost more than all the rest: find the title words
        # first (a set: "وX" is spotted as itself and as و + "X" when both are titles),
        # then read the few words after each.
        for title_start in sorted({s for s, _e in _TITLE_SPOTTER.spots(text)}):
            found = islice(_WORD_RE.finditer(text, title_start), _READ)
            words = [(m.start(), m.end(), m.group()) for m in found]
            span = self._after_title(words, 0, text)
            if span:
                spans.append(span)
        spans.extend(self._paren_lists(text))
        for ref_start, ref_end in _REFERRAL_SPOTTER.spots(text):
            word = text[ref_start:ref_end]
            if word not in _REFERRAL_WORDS:
                word = word[1:]  # و + the word
            following = _WORD_RE.finditer(text, ref_end)
            ahead = [(m.start(), m.end(), m.group()) for m in islice(following, 2)]
            if word in _CALLED and (q := _QUOTED_NAME.match(text, ref_end)) is not None:
                ws = q.group(1).split()
                if 2 <= len(ws) <= 4 and all(_name_word(w) for w in ws):
                    spans.append(q.span(1))
            elif word in _CALLED or any(_opens_name(w[2]) for w in ahead):  # (most "هو" open no name)
                rest = islice(following, _READ + _MAX_LISTED * 4)
                ahead.extend((m.start(), m.end(), m.group()) for m in rest)
                spans.extend(self._referred(word, ahead, text, ref_end))
        out: list[PersonMention] = []
        last_end = -1
        for s, e in sorted(set(spans)):
            if s < last_end:
                continue
            last_end = e
            a, b = norm.to_original(s, e)
            raw = doc.text[a:b]
            if raw.split()[0] == "على":  # the preposition folds into the name "علي"
                continue
            name = " ".join(display(raw).split())
            out.append(PersonMention(type="person", start=a, end=b, text=raw, name=name))
        return out

    def _after_title(self, words: list[tuple[int, int, str]], i: int, text: str) -> tuple[int, int] | None:
        title = words[i][2].lstrip("ول") if words[i][2] not in _TITLES else words[i][2]
        j = i + 1
        if title in _SPOKESMEN:
            # "المتحدث باسم قوات سوريا الديمقراطية فرهاد شامي": too open to place the name; skip to a
            # given name within the next five words, if any
            for k in range(j, min(j + 6, len(words))):
                if words[k][2] in _GIVEN or words[k][2] in _COMPOUND:
                    j = k
                    break
            else:
                return None
        skipped = 0
        while j < len(words) and words[j][2] in _SKIPPABLE and skipped < 2:
            j += 1
            skipped += 1
        if j >= len(words) or not self._adjacent(text, words[j - 1], words[j]):
            return None
        first = words[j][2]
        if first.startswith(("ال", "لل")) or first.endswith("وا"):  # an article, a plural verb
            return None
        if not _name_word(first) or first in _TITLES:
            return None
        span = self._name_from(words, j, text)
        return None if span is None else (span[0], span[1])

    def _referred(
        self, ref: str, words: list[tuple[int, int, str]], text: str, ref_end: int
    ) -> list[tuple[int, int]]:
        """Names after a word that refers back: "هو أحمد الحمدان", "القتلى: محمد العلي وخالد الحسين"."""
        if not words:
            return []
        gap = text[ref_end : words[0][0]].strip()
        j = 0
        if ref in _LIST_HEADS:  # "القتلى: ..." or "القتلى هم ..."
            if words[0][2] in ("هم", "هما"):
                gap, j = text[words[0][1] : words[1][0]].strip() if len(words) > 1 else "", 1
            elif gap != ":":
                return []
        if gap not in ("", ":", "،", ","):
            return []
        out: list[tuple[int, int]] = []
        while j < len(words) and len(out) < _MAX_LISTED:
            w = words[j][2]
            if ref in _CALLED and not out and _name_word(w) and not w.startswith("ال") and w not in _TITLES:
                pass  # "يدعى دحام علي الحبيب"
            elif not _opens_name(w):
                break
            elif w not in _GIVEN and w not in _COMPOUND:
                w = w[1:]  # "وخالد": the next name of a list
            head = (words[j][0] + len(words[j][2]) - len(w), words[j][1], w)
            span = self._name_from([head, *words[j + 1 :]], 0, text)
            if span is None or span[2] == 1:  # a given name alone is too little here
                break
            out.append((span[0], span[1]))
            j += span[2]
            if j >= len(words) or text[span[1] : words[j][0]].strip() not in ("", "،", ",", "-", "و"):
                break
        return out

    def _name_from(self, words: list[tuple[int, int, str]], j: int, text: str) -> tuple[int, int, int] | None:
        """The name whose first word is words[j]: (start, end, index of the word after it)."""
        first = words[j][2]
        start, end = words[j][0], words[j][1]
        first_at = j
        j += 1
        if first in _COMPOUND:
            if j >= len(words) or not _name_word(words[j][2]):
                return None
            if not self._adjacent(text, words[j - 1], words[j]):
                return None
            end = words[j][1]
            j += 1
        taken = 0
        while j < len(words) and taken < 3 and self._adjacent(text, words[j - 1], words[j]):
            w = words[j][2]
            nxt = words[j + 1][2] if j + 1 < len(words) else ""
            if w in _COMPOUND and _name_word(nxt) and self._adjacent(text, words[j], words[j + 1]):
                end = words[j + 1][1]
                j += 2
            elif (w.startswith("ال") and len(w) > 3 and w not in _NOT_NAME and _name_word(w)) or w in _GIVEN:
                end = words[j][1]
                j += 1
            else:
                break
            taken += 1
        if end == words[first_at][1] and first not in _GIVEN:
            return None  # one word that is not a known given name: a verb or a noun as likely as a name
        return start, end, j

    @staticmethod
    def _adjacent(text: str, left: tuple[int, int, str], right: tuple[int, int, str]) -> bool:
        """Only white space between two words: punctuation ends a name."""
        return text[left[1] : right[0]].strip() == ""

    def _paren_lists(self, text: str) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        for m in _PAREN_RE.finditer(text):
            before = text[max(0, m.start() - 40) : m.start()]
            cue = bool(_LIST_CUE.search(before))
            items = [(x.start(), x.end()) for x in re.finditer(r"[^-–—،,/]+", m.group(1))]
            found: list[tuple[int, int]] = []
            for a, b in items:
                item = m.group(1)[a:b]
                ws = item.split()
                if not 2 <= len(ws) <= 4 or not all(_name_word(w) for w in ws):
                    found = []
                    break
                if ws[0].startswith("ال") or (not cue and ws[0] not in _GIVEN and ws[0] not in _COMPOUND):
                    found = []
                    break
                lead = len(item) - len(item.lstrip())
                trail = len(item.rstrip())
                found.append((m.start(1) + a + lead, m.start(1) + a + trail))
            out.extend(found)
        return out
