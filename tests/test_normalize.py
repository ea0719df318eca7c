"""marsad.normalize: examples of each rule, and properties of the offset map."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.normalize import display, fold, has_arabic, normalize

# --- examples ---------------------------------------------------------------


def _base_letters(s: str) -> str:
    decomposed = unicodedata.normalize("NFKD", s)
    return fold("".join(c for c in decomposed if unicodedata.category(c) != "Mn"))


def test_diacritics_are_removed_and_spans_quote_the_original() -> None:
    n = normalize("قُتِلَ جنديٌّ")
    assert n.text == "قتل جندي"
    # marks inside a span, and those right after its last letter, are quoted with it
    assert n.original_text(0, 3) == "قُتِلَ"
    assert n.original_text(4, 8) == "جنديٌّ"
    start = n.text.index("جندي")
    assert n.to_original(start, start + 4) == (7, 13)
    assert n.to_original(start, start + 2) == (7, 9)  # a mark-free inner span stays tight


def test_tatweel_is_removed() -> None:
    assert normalize("الـ48 ساعة").text == "ال48 ساعه"
    assert display("الـ48 ساعة") == "ال48 ساعة"
    assert display("مـــقتل") == "مقتل"


def test_words_split_with_tatweel_are_joined() -> None:
    assert display("مقـ ـتل ثلاثة") == "مقتل ثلاثة"
    assert display("تنظيم داعـ ـش") == "تنظيم داعش"
    assert display("مقـــ تل") == "مقتل"
    assert display("مقـ\tـتل") == "مقتل"


def test_an_ordinary_space_after_tatweel_at_a_word_end_is_kept_when_no_letter_follows() -> None:
    # the tatweel goes, the word break stays: a digit is not a letter
    assert display("الـ 48") == "ال 48"


def test_plain_word_breaks_are_kept() -> None:
    assert display("قتل جندي") == "قتل جندي"


def test_presentation_forms_become_letters() -> None:
    assert display("\ufefb") == "لا"  # ﻻ
    assert display("\ufe8d\ufedf\ufee4\ufeae\ufebb\ufeaa") == "المرصد"
    n = normalize("\ufefbجئ")
    # the ligature expands to two letters that both map back to its one character
    assert n.text.startswith("لا")
    assert n.to_original(0, 2) == (0, 1)
    assert n.to_original(2, 3) == (1, 2)


def test_folding_only_at_the_matching_level() -> None:
    text = "أحمد إدلب آمنة مستشفى مدرسة مسؤول بئر"
    assert fold(text) == "احمد ادلب امنه مستشفي مدرسه مسوول بير"
    assert display(text) == text


def test_persian_letters_fold() -> None:
    assert fold("کی") == "كي"
    assert display("کی") == "کی"


def test_digits_in_every_script_become_ascii_at_both_levels() -> None:
    assert display("٢٠٢١ و۱۴") == "2021 و14"
    assert fold("٣٠ عنصراً") == "30 عنصرا"
    assert display("1٫5 و1٬200") == "1.5 و1,200"


def test_zero_width_and_bidi_controls_are_removed() -> None:
    assert display("حل\u200cب\u200f") == "حلب"
    assert display("\ufeffدمشق") == "دمشق"


def test_no_break_space_becomes_a_space() -> None:
    assert display("دير\xa0الزور") == "دير الزور"


def test_unchanged_text_keeps_no_offset_list() -> None:
    n = normalize("قتل جندي في حلب")
    assert n.offsets is None
    assert n.to_original(4, 8) == (4, 8)


def test_has_arabic() -> None:
    assert has_arabic("hello حلب")
    assert not has_arabic("hello 123")


# --- properties ---------------------------------------------------------------

_ALPHABET = (
    "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"  # letters
    "أإآٱىةؤئء"  # letters that fold
    "یکە"  # Persian/Kurdish letters
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"  # harakat, superscript alef
    "\u0653\u0654\u0655\u06e1"  # madda/hamza marks that compose with a letter under NFC; Quranic mark
    "\u0640"  # tatweel
    "\ufefb\ufef5\ufe8d\ufedf\ufee4\ufb50\ufdf2\ufdfa"  # presentation forms (ﻻ ﻵ ...), ﷲ ﷺ
    "\ufe70\ufe71\ufe77\ufc5e\ufc60\ufcf2"  # forms whose NFKC has a space or a tatweel
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵"  # Arabic-Indic and Persian digits
    "٫٬،؛؟"  # Arabic punctuation
    "\u200c\u200f\u202b\ufeff\xa0"  # zero-width, bidi, BOM, no-break space
    "  \t\n\r\u2003"  # em space: NFKC makes it a plain space
    "abcXYZ0123456789.,-/()"
    "\u00bd\u2460\ufb01\u0301"  # NFKC expansions outside Arabic: ½ ① ﬁ; a combining acute
)
texts = st.text(alphabet=st.sampled_from(_ALPHABET), max_size=80)


@settings(max_examples=400)
@given(texts, st.booleans())
def test_idempotent(text: str, folding: bool) -> None:
    once = normalize(text, fold=folding).text
    assert normalize(once, fold=folding).text == once


@settings(max_examples=400)
@given(texts, st.booleans())
def test_offsets_are_inside_the_original_and_monotonic(text: str, folding: bool) -> None:
    n = normalize(text, fold=folding)
    positions = [n.offset(i) for i in range(len(n.text) + 1)]
    assert positions[-1] == len(text)
    assert all(0 <= p <= len(text) for p in positions)
    assert all(a <= b for a, b in zip(positions, positions[1:], strict=False))
    if n.offsets is not None:
        assert len(n.offsets) == len(n.text) + 1


@settings(max_examples=300)
@given(texts, st.data())
def test_any_span_maps_to_a_valid_original_span(text: str, data: st.DataObject) -> None:
    n = normalize(text)
    i = data.draw(st.integers(0, len(n.text)))
    j = data.draw(st.integers(i, len(n.text)))
    a, b = n.to_original(i, j)
    assert 0 <= a <= b <= len(text)
    if j > i:
        assert b > a  # a non-empty span quotes something


@settings(max_examples=300)
@given(texts)
def test_the_whole_text_maps_to_a_span_that_covers_it(text: str) -> None:
    n = normalize(text)
    quoted = n.original_text(0, len(n.text))
    # what was dropped from the ends can only be deletable marks or white space
    assert normalize(quoted).text == n.text


@settings(max_examples=300)
@given(texts)
def test_each_character_comes_from_its_original(text: str) -> None:
    # every normalised character is the display form of the original character(s) it maps to
    n = normalize(text, fold=False)
    for i, ch in enumerate(n.text):
        a, b = n.to_original(i, i + 1)
        source = unicodedata.normalize("NFKC", text[a:b])
        # Compared on base letters: a letter quoted with its trailing marks may
        # compose or decompose under NFKC (ا + ٓ = آ, ە + ٔ = ۀ).
        assert _base_letters(ch) in _base_letters(source) or ch == " "


@settings(max_examples=200)
@given(texts)
def test_folding_never_moves_offsets(text: str) -> None:
    shown, folded = normalize(text, fold=False), normalize(text, fold=True)
    assert len(shown.text) == len(folded.text)
    assert [shown.offset(i) for i in range(len(shown.text) + 1)] == [
        folded.offset(i) for i in range(len(folded.text) + 1)
    ]
