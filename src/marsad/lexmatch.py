"""Whole-word phrase matching over normalised Arabic, with proclitics.

The gazetteer and the actor lexicon hold thousands of phrases; looping over
them with regexes would be far too slow, so both compile into one
Aho-Corasick automaton (pyahocorasick) and this module adds the Arabic
word rules on top:

* a match must end at a word boundary (inflected forms are lexicon entries,
  not guesses);
* before a match there may be proclitics glued to the word: و ف ب ل ك and
  their combinations (وب، ول، فب، فل، وك، وال..., see PROCLITICS);
* a phrase that starts with the article "ال" also matches after "ل" with the
  article's alef dropped, as Arabic writes it: "للتبني" = ل + التبني.

Phrases and text must both be in the matching form of `marsad.normalize`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

import ahocorasick

T = TypeVar("T")

# Proclitic strings allowed to be glued before a lexicon phrase.
PROCLITICS = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك"})
# After "ل" the article's alef drops: "ل" + "التبني" is written "للتبني".
_LAM_PROCLITICS = frozenset({"ل", "ول", "فل"})


def is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


@dataclass(frozen=True)
class PhraseMatch(Generic[T]):
    """A lexicon phrase found in normalised text."""

    start: int  # start of the phrase itself, after any proclitic
    end: int
    word_start: int  # start of the whole word, proclitics included
    phrase: str  # the lexicon phrase (matching form)
    payloads: tuple[T, ...]  # every entry that has this phrase (homonyms)

    @property
    def proclitic(self) -> str:
        return "" if self.word_start == self.start else "*"


class PhraseMatcher(Generic[T]):
    """Collects (phrase, payload) pairs, then finds them in text."""

    def __init__(self) -> None:
        self._entries: dict[str, list[T]] = {}
        self._automaton: ahocorasick.Automaton | None = None

    def add(self, phrase: str, payload: T) -> None:
        phrase = " ".join(phrase.split())
        if not phrase:
            return
        self._entries.setdefault(phrase, []).append(payload)
        self._automaton = None

    def add_all(self, pairs: Iterable[tuple[str, T]]) -> None:
        for phrase, payload in pairs:
            self.add(phrase, payload)

    def __len__(self) -> int:
        return len(self._entries)

    def _build(self) -> ahocorasick.Automaton:
        automaton = ahocorasick.Automaton()
        for phrase, payloads in self._entries.items():
            value = (phrase, tuple(payloads), False)
            automaton.add_word(phrase, value)
            if phrase.startswith("ال") and len(phrase) > 3:
                # "التبني" after ل is written "لتبني" (+ the ل proclitic before it)
                short = phrase[1:]
                if short not in self._entries:
                    automaton.add_word(short, (phrase, tuple(payloads), True))
        automaton.make_automaton()
        self._automaton = automaton
        return automaton

    def find_all(self, text: str) -> list[PhraseMatch[T]]:
        """Every boundary-respecting match, overlaps included, in text order."""
        automaton = self._automaton or self._build()
        if not self._entries:
            return []
        found: list[PhraseMatch[T]] = []
        n = len(text)
        for last, (phrase, payloads, lam_form) in automaton.iter(text):
            end = last + 1
            if end < n and is_word_char(text[end]):
                continue
            key_len = len(phrase) - 1 if lam_form else len(phrase)
            start = end - key_len
            word_start = start
            while word_start > 0 and is_word_char(text[word_start - 1]):
                word_start -= 1
            prefix = text[word_start:start]
            if lam_form:
                if prefix not in _LAM_PROCLITICS:
                    continue
            elif prefix not in PROCLITICS:
                continue
            found.append(PhraseMatch(start, end, word_start, phrase, payloads))
        found.sort(key=lambda m: (m.start, -m.end))
        return found

    def find(self, text: str) -> list[PhraseMatch[T]]:
        """Longest, leftmost non-overlapping matches."""
        chosen: list[PhraseMatch[T]] = []
        candidates = sorted(self.find_all(text), key=lambda m: (-(m.end - m.start), m.start))
        taken: list[tuple[int, int]] = []
        for m in candidates:
            if any(m.word_start < b and a < m.end for a, b in taken):
                continue
            taken.append((m.word_start, m.end))
            chosen.append(m)
        chosen.sort(key=lambda m: m.start)
        return chosen
