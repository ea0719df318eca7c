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
from operator import itemgetter
from typing import Generic, NamedTuple, TypeVar

import ahocorasick

T = TypeVar("T")

# Proclitic strings allowed to be glued before a lexicon phrase.
PROCLITICS = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك"})
# After "ل" the article's alef drops: "ل" + "التبني" is written "للتبني".
_LAM_PROCLITICS = frozenset({"ل", "ول", "فل"})
# ... so the automaton holds "للتبني" itself, with what may come before its ل.
_BEFORE_LAM = frozenset({"", "و", "ف"})
MAX_PROCLITIC = max(map(len, PROCLITICS))
# The letters proclitics are made of; `PhraseMatcher.find_all` looks at most two of them back.
_CLITIC_LETTERS = "".join(sorted(set("".join(PROCLITICS))))
assert MAX_PROCLITIC == 2, "PhraseMatcher.find_all unrolls the proclitic test for two letters"


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


_match_start = itemgetter(0)  # PhraseMatch.start, as a C-level sort key
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
        # key -> (phrase, payloads, proclitics allowed before the key, key length,
        #         length of the phrase's own text: the key's end)
        keys: dict[str, tuple[str, tuple[T, ...], frozenset[str], int, int]] = {}
        for phrase, payloads in self._entries.items():
            keys[phrase] = (phrase, tuple(payloads), PROCLITICS, len(phrase), len(phrase))
        # "التبني" after ل is written "لتبني" (+ the ل proclitic before it). The key is that
        # word with its ل ("للتبني"), not "لتبني": "لتبني" would hit inside every "التبني",
        # a raw hit to reject in Python each time. Where such a key is a phrase already,
        # every phrase falls back to the bare key with the ل proclitics.
        lam_forms = {
            phrase[1:]: (phrase, shared)
            for phrase, (_, shared, _, _, _) in keys.items()
            if phrase.startswith("ال") and len(phrase) > 3 and phrase[1:] not in keys
        }
        if any("ل" + short in keys for short in lam_forms):
            for short, (phrase, shared) in lam_forms.items():
                keys[short] = (phrase, shared, _LAM_PROCLITICS, len(short), len(short))
        else:
            for short, (phrase, shared) in lam_forms.items():
                keys["ل" + short] = (phrase, shared, _BEFORE_LAM, len(short) + 1, len(short))
        automaton = ahocorasick.Automaton()
        for key, value in keys.items():
            automaton.add_word(key, value)
        automaton.make_automaton()
        self._automaton = automaton
        return automaton

    def find_all(self, text: str) -> list[PhraseMatch[T]]:
        """Every boundary-respecting match, overlaps included, in text order."""
        automaton = self._automaton or self._build()
        if not self._entries:
            return []
        found: list[PhraseMatch[T]] = []
        # A space on each side: the characters after and before a hit are always there to
        # look at (no bounds tests), and no key starts or ends with a space, so the hits
        # are the same. A hit's last index in `padded` is its end in `text`.
        padded = " " + text + " "
        # Declared types: the automaton yields untyped values, and a compiled build (setup.py)
        # turns typed locals into native ints and strings in this, the hottest loop.
        end: int
        value: tuple[str, tuple[T, ...], frozenset[str], int, int]
        for end, value in automaton.iter(padded):
            ch = padded[end + 1]
            if ch.isalnum() or ch == "_":
                continue  # the match ends inside a word (half the raw hits)
            phrase, payloads, proclitics, key_len, phrase_len = value
            start = end - key_len  # of the key; the phrase's own text starts at end - phrase_len
            ch = padded[start]  # the character before the key
            # The proclitic glued before the match, unrolled (at most two letters of
            # _CLITIC_LETTERS, see MAX_PROCLITIC), most common case first.
            if ch == " ":
                if "" not in proclitics:
                    continue
                word_start = start
            elif ch in _CLITIC_LETTERS:
                ch = padded[start - 1]
                if ch in _CLITIC_LETTERS:
                    ch = padded[start - 2]
                    if ch.isalnum() or ch == "_":
                        continue  # too long for a proclitic: the match is inside a word
                    word_start = start - 2
                elif ch.isalnum() or ch == "_":
                    continue  # not a proclitic letter: the match is inside a word
                else:
                    word_start = start - 1
                if text[word_start:start] not in proclitics:
                    continue
            elif ch.isalnum() or ch == "_":
                continue  # the match starts inside a word
            elif "" not in proclitics:
                continue
            else:
                word_start = start
            found.append(_new_match(PhraseMatch, (end - phrase_len, end, word_start, phrase, payloads)))
        # The automaton reports hits by ascending end; reversed, a stable sort by start
        # gives (start, -end) order without a Python key function.
        found.reverse()
        found.sort(key=_match_start)
        return found

    def find(self, text: str) -> list[PhraseMatch[T]]:
        """Longest, leftmost non-overlapping matches."""
        return choose_longest(self.find_all(text), len(text))


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
        _, end, word_start, _, _ = m  # unpacking beats two named-field look-ups
        if 1 in taken[word_start:end]:
            continue
        taken[word_start:end] = b"\x01" * (end - word_start)
        chosen.append(m)
    chosen.sort(key=_match_start)
    return chosen


def _longest_first(m: PhraseMatch[T]) -> tuple[int, int]:
    return m[0] - m[1], m[0]  # (-length, start); m.start is m[0], m.end m[1]


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
        padded = " " + text + " "  # as in `PhraseMatcher.find_all`: no bounds tests
        end: int  # typed for a compiled build, as in `PhraseMatcher.find_all`
        length: int
        clitics: frozenset[str]
        longest: int
        for end, (length, clitics, longest) in self._automaton.iter(padded):
            ch = padded[end + 1]
            if ch.isalnum() or ch == "_":
                continue
            start = end - length
            word_start = start
            # padded[word_start] is the character before text[word_start]
            while (ch := padded[word_start]).isalnum() or ch == "_":
                if start - word_start > longest:
                    break  # longer than any proclitic: inside a word
                word_start -= 1
            else:
                if text[word_start:start] in clitics:
                    found.append((word_start, end))
        found.sort()
        return found
