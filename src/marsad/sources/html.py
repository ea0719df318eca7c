"""HTML pages: trafilatura for the article, our own pass for reader comments.

`Document.text` of a page is a rendering we build (title, then headings and
paragraphs separated by blank lines) and the blocks point into it. Comments
are taken out of the tree before trafilatura sees it, with their authors and
times, which trafilatura does not keep.
"""

from __future__ import annotations

import contextlib
import re
from datetime import date

import trafilatura
from lxml import etree
from lxml.html import HtmlElement

from marsad.document import Block, Comment, Document
from marsad.options import Options
from marsad.sources.base import ReadError, finish, too_large
from marsad.sources.decode import DecodeError, decode

# Less body text than this is a menu or a stub page that trafilatura fell back to.
_MIN_BODY = 60
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
# Class/id tokens of a comments section: "comments", "comment-list",
# "post-comments", "comments-area"... but not "comments-open" or "no-comments",
# which sites put on the article or the body.
_ROOT_TOKEN = re.compile(
    r"^(?:(?:post|article|user|reader|news|entry)[-_])?comments?"
    r"(?:[-_]?(?:area|list|section|container|wrapper|block|box|holder|widget|thread))?$"
    r"|^commentlist$|^disqus_thread$"
)
_NOT_ROOT = frozenset({"html", "body", "main", "article", "head"})
_ITEM_XPATH = (
    ".//*[self::li or self::article or self::div]"
    "[contains(concat(' ', normalize-space(@class), ' '), ' comment ')"
    " or starts-with(@id, 'comment-') or contains(@class, 'comment-item')"
    " or contains(@class, 'single-comment') or contains(@class, 'comment-box')]"
)
_AUTHOR_RE = re.compile(r"author|(?:^|\s)fn(?:\s|$)|name|user|nick")
_TIME_RE = re.compile(r"date|time|ago|when")
# Most specific first: WordPress's "comment-body" wraps the author and date too.
_TEXT_RES = (
    re.compile(r"comment-(?:content|text|message)|comment_text"),
    re.compile(r"(?:^|[\s_-])(?:content|text|message|body)(?:$|\s)"),
)


def _classes(el: HtmlElement) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''} {el.get('itemprop') or ''}".lower()


def _text(el: HtmlElement) -> str:
    return " ".join("".join(el.itertext()).split())


def _own(item: HtmlElement, items: set[HtmlElement]) -> list[HtmlElement]:
    """Descendants of `item` that belong to it, not to a reply nested inside it."""
    out: list[HtmlElement] = []
    stack = list(item)
    while stack:
        el = stack.pop(0)
        if not isinstance(el.tag, str) or el in items:
            continue
        out.append(el)
        stack[:0] = list(el)
    return out


def _comment(item: HtmlElement, items: set[HtmlElement]) -> Comment | None:
    own = _own(item, items)
    author_el = next((e for e in own if e.tag == "cite" or _AUTHOR_RE.search(_classes(e))), None)
    time_el = next((e for e in own if e.tag == "time" or _TIME_RE.search(_classes(e))), None)
    author = _text(author_el) if author_el is not None else None
    time_text = _text(time_el) if time_el is not None else None
    resolved: date | None = None
    if time_el is not None and time_el.get("datetime"):
        try:
            resolved = date.fromisoformat(time_el.get("datetime", "")[:10])
        except ValueError:
            resolved = None
    text_el = None
    for rx in _TEXT_RES:
        text_el = next((e for e in own if rx.search(_classes(e)) and e is not author_el), None)
        if text_el is not None:
            break
    if text_el is not None:
        body = _text(text_el)
    else:
        paras = [_text(e) for e in own if e.tag == "p"]
        body = "\n".join(p for p in paras if p)
    if not body:
        # Text straight inside the item: what is left once author and time are taken out.
        body = _text(item)
        for part in (author, time_text):
            if part:
                body = body.replace(part, "", 1)
        body = body.strip(" ·|-–")
    if not body:
        return None
    return Comment(author=author or None, text=body, time_text=time_text or None, date=resolved)


def extract_comments(tree: HtmlElement) -> list[Comment]:
    """Reader comments with authors and times; removes the comments section from `tree`."""
    roots = [
        el
        for el in tree.iter()
        if isinstance(el.tag, str)
        and el.tag not in _NOT_ROOT
        and any(_ROOT_TOKEN.match(t) for t in f"{el.get('class') or ''} {el.get('id') or ''}".lower().split())
        and not el.xpath(".//h1|.//article[not(contains(@class, 'comment'))]")
    ]
    roots = [r for r in roots if not any(a in roots for a in r.iterancestors())]
    comments: list[Comment] = []
    for root in roots:
        found = root.xpath(_ITEM_XPATH)
        items = set(found)
        for item in found:
            c = _comment(item, items)
            if c is not None:
                comments.append(c)
        parent = root.getparent()
        if parent is not None and (found or root.tag in ("section", "div", "ol", "ul", "aside")):
            parent.remove(root)
    return comments


def _render(body: etree._Element, title: str | None) -> tuple[str, list[Block], list[str]]:
    pieces: list[tuple[str, str]] = []
    boilerplate: list[str] = []
    if title:
        pieces.append(("title", title))
    for el in body:
        if el.tag == "list":
            pieces.extend(("paragraph", t) for t in (_text(i) for i in el.iter("item")) if t)
            continue
        if el.tag == "table":
            rows = [" | ".join(_text(c) for c in row.iter("cell")) for row in el.iter("row")]
            text = "\n".join(r for r in rows if r.strip(" |"))
        else:
            text = _text(el)
        if not text:
            continue
        kind = "heading" if el.tag == "head" else "paragraph"
        if kind == "heading" and title and " ".join(text.split()) == " ".join(title.split()):
            boilerplate.append(text)  # the <h1> repeating the page title
            continue
        pieces.append((kind, text))
    blocks: list[Block] = []
    out: list[str] = []
    pos = 0
    for kind, text in pieces:
        if out:
            out.append("\n\n")
            pos += 2
        blocks.append(Block(kind, pos, pos + len(text), text))
        out.append(text)
        pos += len(text)
    return "".join(out), blocks, boilerplate


def read_html(
    data: bytes | str,
    *,
    id: str,
    source: str,
    options: Options,
    url: str | None = None,
    published: date | None = None,
    published_from: str | None = None,
) -> Document | ReadError:
    # A str is measured in characters: close enough for a limit, and no copy.
    refused = too_large(source, len(data), options)
    if refused:
        return refused
    if isinstance(data, bytes):
        try:
            html, _encoding = decode(data)
        except DecodeError as e:
            return ReadError(source, str(e))
    else:
        html = data
    tree = trafilatura.load_html(html)
    if tree is None:
        return ReadError(source, "no article text: not parseable as HTML")
    comments = extract_comments(tree)
    result = trafilatura.bare_extraction(
        tree, url=url, fast=True, with_metadata=True, include_comments=False,
        date_extraction_params=_DATE_PARAMS,
    )  # fmt: skip
    if result is None or isinstance(result, dict):
        return ReadError(source, "no article text")
    body = result.body
    if body is None or not "".join(body.itertext()).strip():
        return ReadError(source, "no article text")
    title = " ".join((result.title or "").split()) or None
    text, blocks, boilerplate = _render(body, title)
    if sum(len(b.text) for b in blocks if b.kind != "title") < _MIN_BODY:
        return ReadError(source, "no article text")
    doc = Document(
        id=id, source=source, text=text, url=url or result.url, title=title, html=html,
        site_name=result.sitename or None, blocks=blocks, comments=comments, boilerplate=boilerplate,
    )  # fmt: skip
    if published is not None:
        doc.published, doc.published_from = published, published_from
    elif result.date:
        with contextlib.suppress(ValueError):
            doc.published, doc.published_from = date.fromisoformat(result.date[:10]), "metadata"
    return finish(doc, options)
