"""The fast paths of marsad.normalize give what the full normalisation gives."""

from __future__ import annotations

import pytest

from marsad.normalize import display, fold, normalize

SAMPLES = [
    "",
    "plain ASCII, 12:30",
    "قُتِلَ ثلاثةُ أشخاصٍ",  # harakat deleted
    "مقـ ـتل عنصرين",  # a word split with tatweel, re-joined
    "\ufefb\ufe8d سلام",  # presentation forms (NFKC)
    "قتل ٣ أشخاص و۴ جرحى\xa0تقريباً",  # Arabic-Indic and Persian digits, no-break space
    "١٢٫٥ و١٬٢٠٠",  # Arabic decimal and thousands separators
    "إلى مستشفى الرقة ی ک ە",  # folded letters
    "\u200fنص\u200e مع علامات اتجاه\ufeff",
    "نص طويل فيه أرقام " * 12 + "٤٥",  # longer than the short-text search
]


@pytest.mark.parametrize("text", SAMPLES)
def test_fold_and_display_match_normalize(text: str) -> None:
    assert fold(text) == normalize(text, fold=True).text
    assert display(text) == normalize(text, fold=False).text


def test_offsets_of_a_text_longer_than_the_shared_positions() -> None:
    unit = "قُتِلَ خمسةٌ "
    text = unit * 4000  # 52,000 characters, harakat in every word
    n = normalize(text)
    assert n.offsets is not None
    assert len(n.offsets) == len(n.text) + 1
    assert n.offsets[-1] == len(text)
    step = len(unit)
    kept = len(normalize(unit).text)
    assert n.offsets[kept * 3999] == step * 3999
    assert n.text == normalize(unit).text * 4000
