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

import re
from collections.abc import Iterable
from typing import Generic, NamedTuple, TypeVar

import ahocorasick

T = TypeVar("T")

# Proclitic strings allowed to be glued before a lexicon phrase.
PROCLITICS = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك"})
# After "ل" the article's alef drops: "ل" + "التبني" is written "للتبني".
_LAM_PROCLITICS = frozenset({"ل", "ول", "فل"})
MAX_PROCLITIC = max(map(len, PROCLITICS))


def is_word_char(ch: str) -> bool:
    """A character of a word, as the regex class \\w sees it.

    The hot loops below inline this test: a function call per character cost
    more than the automaton pass itself.
    """
    return ch.isalnum() or ch == "_"


class PhraseMatch(NamedTuple, Generic[T]):
    """A lexicon phrase found in normalised text.

    A named tuple, not a frozen dataclass: reports yield dozens of these and a
    frozen dataclass's __init__ was a tenth of the matching time.
    """

    start: int  # start of the phrase itself, after any proclitic
    end: int
    word_start: int  # start of the whole word, proclitics included
    phrase: str  # the lexicon phrase (matching form)
    payloads: tuple[T, ...]  # every entry that has this phrase (homonyms)

    @property
    def proclitic(self) -> str:
        return "" if self.word_start == self.start else "*"


# tuple.__new__ skips the named tuple's own __new__ (Python code) in the hot loop below.
_new_match = tuple.__new__


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

    def phrases(self) -> Iterable[str]:
        """Every phrase added (matching form)."""
        return self._entries.keys()

    def _build(self) -> ahocorasick.Automaton:
        automaton = ahocorasick.Automaton()
        # value: (phrase, payloads, proclitics allowed before the key, key length)
        for phrase, payloads in self._entries.items():
            automaton.add_word(phrase, (phrase, tuple(payloads), PROCLITICS, len(phrase)))
            if phrase.startswith("ال") and len(phrase) > 3:
                # "التبني" after ل is written "لتبني" (+ the ل proclitic before it)
                short = phrase[1:]
                if short not in self._entries:
                    automaton.add_word(short, (phrase, tuple(payloads), _LAM_PROCLITICS, len(short)))
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
        for last, (phrase, payloads, proclitics, key_len) in automaton.iter(text):
            end = last + 1
            if end < n and ((ch := text[end]).isalnum() or ch == "_"):
                continue  # the match ends inside a word
            start = end - key_len
            word_start = start
            while word_start > 0 and ((ch := text[word_start - 1]).isalnum() or ch == "_"):
                word_start -= 1
                if start - word_start > MAX_PROCLITIC:
                    break  # too long for a proclitic: the match is inside a word (rejected below)
            if text[word_start:start] in proclitics:
                found.append(_new_match(PhraseMatch, (start, end, word_start, phrase, payloads)))
        found.sort(key=_text_order)
        return found

    def find(self, text: str) -> list[PhraseMatch[T]]:
        """Longest, leftmost non-overlapping matches."""
        return choose_longest(self.find_all(text), len(text))


def _text_order(m: PhraseMatch[T]) -> tuple[int, int]:
    return m.start, -m.end


def choose_longest(matches: list[PhraseMatch[T]], text_length: int) -> list[PhraseMatch[T]]:
    """Longest, leftmost non-overlapping matches (proclitics included) out of `find_all`'s.

    Overlap is checked on an occupancy mask of the text, not against a list of
    the spans taken so far.
    """
    if len(matches) < 2:
        return list(matches)
    taken = bytearray(text_length)
    chosen: list[PhraseMatch[T]] = []
    for m in sorted(matches, key=_longest_first):
        if 1 in taken[m.word_start : m.end]:
            continue
        taken[m.word_start : m.end] = b"\x01" * (m.end - m.word_start)
        chosen.append(m)
    chosen.sort(key=_start)
    return chosen


def _longest_first(m: PhraseMatch[T]) -> tuple[int, int]:
    return m.start - m.end, m.start


def _start(m: PhraseMatch[T]) -> int:
    return m.start


class WordSpotter:
    """Finds whole words of a list in text, each with the proclitics allowed before it.

    Tokenising a whole report in Python costs more than the recognisers'
    budget; an Aho-Corasick automaton (pyahocorasick, in C) finds the few
    places worth a closer look, and only its hits are checked in Python.
    """

    def __init__(self, entries: dict[str, frozenset[str]]) -> None:
        self._automaton = ahocorasick.Automaton()
        for key, clitics in entries.items():
            self._automaton.add_word(key, (len(key), clitics, max(map(len, clitics), default=0)))
        self._automaton.make_automaton()

    def spots(self, text: str, extra: re.Pattern[str] | None = None) -> list[tuple[int, int]]:
        """Sorted (word start, end) of each hit, proclitics included, and the matches of `extra`."""
        found = [m.span() for m in extra.finditer(text)] if extra is not None else []
        n = len(text)
        for last, (length, clitics, longest) in self._automaton.iter(text):
            end = last + 1
            if end < n and ((ch := text[end]).isalnum() or ch == "_"):
                continue
            start = end - length
            word_start = start
            while word_start > 0 and ((ch := text[word_start - 1]).isalnum() or ch == "_"):
                if start - word_start > longest:
                    break  # longer than any proclitic: inside a word
                word_start -= 1
            else:
                if text[word_start:start] in clitics:
                    found.append((word_start, end))
        found.sort()
        return found
