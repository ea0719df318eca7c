"""The event engine never fails and always quotes its evidence, whatever the text."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.article import segment
from marsad.document import Document
from marsad.events import extract_events
from marsad.options import Options

# Cue words, names, numbers, dates and punctuation: the material the rules react to.
_MATERIAL = (
    "قتل أصيب هجوم قصف غارة انفجار في بلدة مدينة ريف دير الزور الميادين قسد داعش قوات النظام من على "
    "ضد إلى بين و ، . 3 خمسة عشرات أمس اليوم بينهم منذ تستعد هذا خلال انشق اعتقل مظاهرة اتفاق "
    "تبنى نفت مقتـ ـل « » : ؛"
)
WORDS = [*_MATERIAL.split(), "\n", '"']


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=80), st.sampled_from([None, date(2020, 1, 1)]))
def test_any_mix_of_cues_gives_events_that_quote_their_source(
    words: list[str], published: date | None
) -> None:
    text = " ".join(words)
    doc = Document(id="h", source="h", text=text, published=published)
    segment(doc, Options())
    for ev in extract_events(doc, Options()):
        assert text[ev.evidence_start : ev.evidence_end] == ev.evidence
        assert ev.place is not None
        d = ev.to_dict()
        assert d["kind"] and d["event_type"]
        assert all(d[f] is None or d[f] >= 0 for f in ("fatalities", "injured", "casualties"))


def test_texts_without_arabic_give_nothing() -> None:
    for text in ("", "   ", "Nothing happened in Paris today.", "ـــــ", "." * 40):
        doc = Document(id="h", source="h", text=text)
        segment(doc, Options())
        assert extract_events(doc, Options()) == []
