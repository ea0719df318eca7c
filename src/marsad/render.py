"""Show an article: one JSON object per line, or a readable right-to-left view."""

from __future__ import annotations

import json

from marsad.document import Document

# FIRST STRONG ISOLATE / POP DIRECTIONAL ISOLATE: each line takes its direction
# from its own first letter, so Arabic lines read right to left and a Latin
# author name inside them stays in order, on terminals that do bidi.
_FSI, _PDI = "\u2068", "\u2069"


def to_json(doc: Document) -> str:
    return json.dumps(doc.to_dict(), ensure_ascii=False)


def to_text(doc: Document, *, bidi: bool = False) -> str:
    """A plain view; `bidi` wraps each line in directional isolates (for terminals)."""
    lines: list[str] = []

    def add(line: str = "") -> None:
        lines.append(f"{_FSI}{line}{_PDI}" if bidi and line else line)

    add(f"== {doc.id} ==")
    meta = [f"source: {doc.source}"]
    if doc.published:
        meta.append(f"published: {doc.published.isoformat()} ({doc.published_from or 'unknown'})")
    if doc.site_name:
        meta.append(f"site: {doc.site_name}")
    for m in meta:
        add(m)
    add()
    for block in doc.blocks:
        if block.kind == "title":
            add(f"# {block.text}")
        elif block.kind == "heading":
            add(f"## {block.text}")
        else:
            for part in block.text.splitlines():
                add(part.strip())
        add()
    if doc.comments:
        add(f"-- comments ({len(doc.comments)}) --")
        for c in doc.comments:
            when = c.time_text or ""
            if c.date:
                when = f"{when} ({c.date.isoformat()})" if when else c.date.isoformat()
            add(" · ".join(x for x in (c.author or "(anonymous)", when) if x))
            for part in c.text.splitlines():
                add(f"  {part}")
            add()
    if doc.boilerplate:
        add(f"-- removed: {len(doc.boilerplate)} line{'s' if len(doc.boilerplate) != 1 else ''} --")
    return "\n".join(lines).rstrip("\n") + "\n"
