"""The words before a gazetteer match, as the place recogniser (`marsad.places`) reads them.

Whether a name is a place, and how precise, depends on the word or two before it: a
place noun ("قرية", "ريف"), a preposition ("في", "من"), a word that puts the event
near the place ("قرب", "شمال"), or an armed group's head word ("جيش"). This module
holds those word sets (in the folded matching form) and the cheap helpers that read
the words before a position in normalised text; and the foreign names whose word is
no Syrian place (`FOREIGN`, `FOREIGN_WORDS`).
"""

from __future__ import annotations

from marsad.lexmatch import PROCLITICS
from marsad.normalize import fold


def folded_words(text: str) -> list[str]:
    """A space-separated word list in the matching form."""
    return [fold(w) for w in text.split()]


# Place nouns -> the kind they announce.
_NOUNS_AS_READ = {
    "قريه": "village", "قريتي": "village", "قرى": "village", "مزرعه": "village", "مزارع": "village",
    "بلده": "town", "بلدتي": "town", "بلدات": "town",
    "مدينه": "city", "مدينتي": "city", "مدن": "city",
    "حي": "neighbourhood", "حيي": "neighbourhood", "احياء": "neighbourhood",
    "منطقه": "area", "منطقتي": "area", "مناطق": "area",
    "ناحيه": "subdistrict", "محافظه": "governorate", "محافظتي": "governorate",
    "مخيم": "camp", "ريف": "rif", "ريفي": "rif", "ارياف": "rif", "باديه": "badia",
}  # fmt: skip
# Words that put the event near, not at, the place that follows (precision 2).
NEAR = frozenset(
    folded_words(
        "قرب محيط أطراف مشارف تخوم ضواحي جوار محاذاة شمال جنوب شرق غرب شمالي جنوبي شرقي غربي طريق"
        " أوتوستراد اوتستراد"
    )
)
NEAR_BEFORE_MIN = frozenset(folded_words("بالقرب القرب مقربة قريب قريبا"))  # "... من X"
# Prepositions and front-line words after which a bare village name is a place.
PREPS = frozenset(
    folded_words(
        "في من إلى على عن نحو باتجاه اتجاه حتى داخل بين عند حول مدخل مداخل محور جبهة جبهات حاجز تجاه"
    )
)
NOUNS = {fold(k): v for k, v in _NOUNS_AS_READ.items()}  # written as read; matched folded ("قرى" -> "قري")
_TRIGGERS = frozenset(NOUNS) | NEAR | PREPS
PLURAL_NOUNS = frozenset(folded_words("قريتي قرى بلدتي بلدات مدينتي حيي أحياء مزارع مناطق"))
# Words that make the place after them part of an armed group's or body's name:
# "جيش اليرموك", "أحرار الشام", "مجلس دير الزور العسكري", "لواء القدس".
GROUP_HEADS = frozenset(
    folded_words("جيش لواء ألوية كتائب كتيبة فيلق فرقة تجمع حركة أحرار ثوار شهداء مجلس تنسيقية شبكة")
)
PROCLITIC_IN = frozenset({"ب", "وب", "فب", "ل", "ول", "فل"})  # "بذيبان": in Dhiban


def strip(word: str) -> str:
    """The word without its proclitics, if that makes it a trigger word."""
    if word in _TRIGGERS or word[0] not in "وفبلك":
        return word
    for p in ("وب", "فب", "ول", "فل", "و", "ف", "ب", "ل", "ك"):
        if word.startswith(p) and len(word) > len(p) + 1:
            rest = word[len(p) :]
            if rest in NOUNS or rest in NEAR or rest in PREPS or rest in NEAR_BEFORE_MIN:
                return rest
            if p in ("ل", "ول", "فل") and "ال" + rest in NEAR_BEFORE_MIN:
                return "ال" + rest
    return word


# What may stand between a place word and the name: spaces, quotes, brackets ("قرية \"الحوايج\"").
_QUOTES = "\"'«»“”‘’()[]"
_LOOKBACK = 40


def words_before(text: str, pos: int) -> list[str]:
    """Up to two words before pos in the same clause, nearest first.

    str.split on a short slice: this runs for every raw match, and a regex or a
    character loop here cost more than the automaton pass itself. Where a word
    starts is rarely needed: `prev_word_start` finds it then.
    """
    base = pos - _LOOKBACK
    if base > 0:
        tokens = text[base:pos].split()
        if tokens and not text[base - 1].isspace():
            del tokens[0]  # cut by the window
    else:
        tokens = text[:pos].split()
    out: list[str] = []
    for tok in reversed(tokens):
        word = tok.strip(_QUOTES)
        if not word:
            continue  # a lone quote mark
        if not word.isalnum():
            break  # punctuation ends the clause: "الثلاثاء، قرى دردارة" keeps "قرى" only
        out.append(word)
        if len(out) == 2:
            break
    return out


_NOUN_WORDS = tuple(NOUNS)


def no_noun_before(text: str, pos: int) -> bool:
    """True if the word before pos is surely not a place noun (`strip`ped, in NOUNS).

    Cheaper than `words_before` for the common case of one space after a word that ends
    in a letter: the stripped word would end right there, so `text` would end with a noun.
    False when it cannot tell.
    """
    gap = pos - 1
    return text[gap:pos] == " " and text[gap - 1 : gap].isalnum() and not text.endswith(_NOUN_WORDS, 0, gap)


def prev_word_start(text: str, pos: int, words: list[str], index: int) -> int:
    """Where words[index] of `words_before(text, pos)` starts."""
    base = max(0, pos - _LOOKBACK)
    edge = pos
    for word in words[: index + 1]:
        edge = text.rfind(word, base, edge)
    return edge


# Neighbouring and other countries and foreign cities that news about Syria names often. Some
# are Syrian village names too ("تركيا", "قطر"): such a name is a place only after a place word
# ("قرية تركيا"). Others hide a village behind a letter that looks like a proclitic ("لبنان" is
# not ل + "بنان", "بيروت" not ب + "يروت"): a match inside one of these words is never a place
# (`FOREIGN_WORDS`). Foreign names that are real Syrian places as often ("صيدا" of Daraa) stay out.
FOREIGN = frozenset(
    folded_words(
        "لبنان العراق تركيا الأردن إيران إسرائيل روسيا أمريكا أميركا فلسطين مصر السعودية قطر"
        " الإمارات الكويت اليمن ليبيا الصين ألمانيا فرنسا بريطانيا"
        " بيروت بغداد أنقرة إسطنبول اسطنبول طهران موسكو واشنطن جنيف أستانا سوتشي"
        " الهرمل حيفا عكا يافا الخليل غزة القدس"
    )
)
# Each foreign name as a whole word with its proclitics ("ولبنان", "للعراق" = ل + العراق).
FOREIGN_WORDS = frozenset(p + n for n in FOREIGN for p in PROCLITICS) | frozenset(
    p + n[1:] for n in FOREIGN if n.startswith("ال") for p in ("ل", "ول", "فل")
)
