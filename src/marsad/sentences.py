"""Units of text for event extraction: blocks, sentences and clause frames.

A report's events are found sentence by sentence; a long Arabic sentence
often strings several incidents together ("... في حين قصف ...، كذلك قتل ..."),
so sentences are cut further at clause connectors. Everything here is a
span of `Document.text` (original offsets).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from marsad.document import Block, Document

# A sentence ends at . ! ? ؟ ؛ ; followed by space, the end or (in careless copy, "المدينة.وقال")
# an Arabic letter, with any closing quotes; or at a line break. "7.5" and "2.0" are no ends.
# A full stop after a lone letter is an initial ("محمود ع. (45 عاماً)"), not an end.
_SENTENCE_END = re.compile(
    # One character class first, the alternatives after it: so the regex engine skips ahead to
    # the next candidate character instead of trying every alternative at every position. The
    # look-behinds come after the dot, so that they run at stops only (they cannot match after
    # any other character).
    r"[.!?؟؛;\n](?:(?<=\n)\n*"
    r"|(?<![\s(][\u0621-\u064a]\.)(?<!^[\u0621-\u064a]\.)[.!?؟؛;]*[\"'”»)]*(?=\s|$|[\u0621-\u064a]))"
)
# "اقرأ أيضاً: ..." and the like: a link to another report, whose events are not this one's.
_SEE_ALSO = re.compile(r"^\s*(?:[اإ]قر[أا]|شاهد|طالع)\s+[أا]يض[اً]*\s*[:：]")
# A line that is a headline rather than a paragraph: short and without a final stop.
_TITLE_MAX = 160


# Not frozen: a frozen dataclass's __init__ costs several times a plain one's, and a report has
# dozens of sentences. Nothing changes a sentence once cut; equal sentences hash alike.
@dataclass(slots=True, unsafe_hash=True)
class Sentence:
    start: int
    end: int
    block: int  # index into the blocks it was cut from
    is_title: bool


def blocks_of(doc: Document) -> list[Block]:
    """The document's blocks; when no reader segmented it, one block per non-empty line,
    the first one a title when it looks like one (short, no final stop)."""
    if doc.blocks:
        return doc.blocks
    blocks: list[Block] = []
    pos = 0
    for line in doc.text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip())
        start, end = start + lead, start + lead + len(stripped)
        kind = "paragraph"
        if not blocks and len(stripped) <= _TITLE_MAX and not stripped.endswith((".", "؟", "!", ":")):
            kind = "title"
        blocks.append(Block(kind, start, end, stripped))
    return blocks


def split_sentences(doc: Document, blocks: list[Block] | None = None) -> list[Sentence]:
    """Sentences of the article body and title, in text order, stripped of surrounding space."""
    out: list[Sentence] = []
    doc_text = doc.text
    for i, block in enumerate(blocks if blocks is not None else blocks_of(doc)):
        text = doc_text[block.start : block.end]
        # A subheading ("هجوم على حاجز") labels the section whose paragraphs tell the
        # incident; read on its own it would be a second, placeless telling of it.
        if block.kind == "heading" or _SEE_ALSO.match(text):
            continue
        is_title = block.kind == "title"
        ends = [m.end() for m in _SENTENCE_END.finditer(text)]
        ends.append(len(text))
        pos = 0
        for end in ends:
            piece = text[pos:end]
            stripped = piece.strip()  # str.strip's white space is str.isspace's
            if len(stripped) >= 3:
                start = block.start + pos + len(piece) - len(piece.lstrip())
                out.append(Sentence(start, start + len(stripped), i, is_title))
            pos = end
    return out
