"""Running one recogniser on a test's own sentence, shared by the recogniser tests."""

from __future__ import annotations

from typing import Any

from marsad.document import Document
from marsad.normalize import normalize
from marsad.options import Options


def mention_names(recognizer: Any, text: str) -> list[str]:
    """The `name` of each mention, after checking each span quotes the text exactly."""
    doc = Document(id="t", source="test", text=text)
    mentions = recognizer.recognize(doc, normalize(text), Options())
    for m in mentions:
        assert text[m.start : m.end] == m.text
    return [m.name for m in mentions]
