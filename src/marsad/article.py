"""Separate the article from what surrounds it in a text dump.

A page saved as text holds more than the report: the title twice, site
widgets ("الأكثر قراءة"), a comments section with authors and relative
times, like counters. `segment` splits `Document.text` into title, heading
and paragraph blocks (spans of the text as read), reader comments and the
removed boilerplate.

The rules are general (line shapes and the stock phrases of Arabic news
sites), and lean towards keeping a line: a short line we cannot place
becomes a heading, never boilerplate, because losing article text loses
events while a stray heading costs nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from marsad.dates import resolve_ago
from marsad.document import Block, Comment, Document
from marsad.normalize import fold
from marsad.options import Options

# Sentence-final punctuation: a line ending so is prose, not a heading.
_FINAL = ".!?؟…:;؛،,"
_BULLETS = "·•◦▪●-–—|*> \t\u200f\u200e"
_DIGITS = "0-9٠-٩۰-۹"

# Patterns below are written in the matching form of marsad.normalize
# (alef/hamza, taa marbuta and yaa folded, no diacritics).
_COMMENT_HEADER = re.compile(
    r"^(?:ال)?(?:تعليقات|ردود)(?: (?:القراء|الزوار|فيسبوك|facebook))?\s*(?:\(\s*[0-9]+\s*\))?\s*:?$"
    r"|^[0-9]+\s+(?:تعليق|تعليقات|ردود)$"
    r"|^(?:اضف|اكتب|اترك|ارسل) (?:تعليق|تعليقا|تعليقك|ردا|رد|رايك)\b.{0,30}$"
    r"|^(?:شارك برايك|اراء القراء|ماذا تقول|comments?(?: \(\d+\))?|leave a (?:reply|comment))\s*:?$",
    re.IGNORECASE,
)
_WIDGET = re.compile(
    r"^(?:الاكثر (?:قراءه|مشاهده|تداولا|شعبيه|تعليقا)|اقرا (?:ايضا|المزيد)|مواضيع ذات صله|"
    r"(?:اخبار|مقالات|مواد|قصص) ذات صله|(?:اخبار|مقالات) متعلقه|ذات صله|اهم المواضيع|اهم التصنيفات|"
    r"اهم الاخبار|اخر الاخبار|احدث الاخبار|الاخبار العاجله|المزيد من الاخبار|"
    # "شارك", "تابعونا", "اشترك" also open sentences ("شارك في الهجوم..."): only
    # the sharing/following/subscribing forms count.
    r"شارك(?:ها| المقال| الخبر| هذا الخبر| هذا المقال)?(?: (?:علي|عبر) .{0,25})?|مشاركه|"
    r"تابع(?:و)?نا(?: (?:علي|عبر|في) .{0,40})?|الوسوم|وسوم|(?:ال)?كلمات (?:ال)?مفتاحيه|"
    r"اشترك(?: (?:في|ب|الان|معنا|مجانا) .{0,40})?|النشره البريديه|جميع الحقوق محفوظه.{0,60}|"
    r"حقوق النشر.{0,60}|©.{0,80}|طباعه|ارسل لصديق|نسخ الرابط|الرابط المختصر|"
    r"read (?:more|also)|related(?: articles| posts)?|share(?: this)?|tags)\s*:?$",
    re.IGNORECASE,
)
# A comment form's labels: boilerplate inside the comments section.
_FORM = re.compile(r"^(?:الاسم|البريد الالكتروني|الموقع الالكتروني|ارسال|ارسل|تعليقك|رد|الرد|اعجاب)\s*\*?:?$")
_UNITS = (
    "ثانيه|ثانيتين|ثوان|ثواني|دقيقه|دقيقتين|دقايق|ساعه|ساعتين|ساعات|يوم|يومين|ايام|اسبوع|اسبوعين|"
    "اسابيع|شهر|شهرين|اشهر|شهور|سنه|سنتين|سنوات|سنين|عام|عامين|اعوام"
)
# "منذ 3 سنوات 4 أشهر", "منذ يومين", "منذ ثلاثة أيام و5 ساعات".
_AGO = re.compile(rf"منذ(?:\s+(?:و\s*)?(?:[{_DIGITS}]+|[^\s{_DIGITS}]{{2,8}})?\s*(?:{_UNITS})){{1,3}}")
_TIME_LINE = re.compile(rf"^{_AGO.pattern}$")
# "أحمد · منذ ساعتين": author and time on one line.
_AUTHOR_TIME = re.compile(rf"^[^\s].{{0,40}}?[\s·•|\-–—]+{_AGO.pattern}$")
_DATE_LINE = re.compile(
    rf"^[{_DIGITS}]{{1,4}}[-/.][{_DIGITS}]{{1,2}}[-/.][{_DIGITS}]{{1,4}}(?:\s+[{_DIGITS}:]+)?$"
)
_LONE_NUMBER = re.compile(rf"^[+\-]?[{_DIGITS}]+$")
_BREADCRUMB = re.compile(r"^[^.،]{1,40}(?:\s*[»›>/]\s*[^.،]{1,40}){2,}$")
_LIST_ITEM = re.compile(rf"^(?:[-–•*·▪◦]|[{_DIGITS}]{{1,2}}[.)\-])\s*\S", re.MULTILINE)
# Links listed under "اقرأ أيضاً" inside the body: past this many, a short
# line is the article's next subheading rather than another link.
_MAX_WIDGET_LINKS = 4
# "إدلب – نورث برس", "خاص - SY24": place or agency lines that open many reports.
_BYLINE = re.compile(r"^\S+(?: \S+)?\s*[–—-]\s*\S+(?: \S+)?$")
_LIKES = re.compile(rf"^[{_DIGITS}]+(?=[^\s{_DIGITS}])")


def _opens_list(block: Block) -> bool:
    return block.kind == "paragraph" and (
        block.text.rstrip().endswith((":", "："))
        or "\n" in block.text
        and bool(_LIST_ITEM.search(block.text))
    )


def _is_symbol(ch: str) -> bool:
    code = ord(ch)
    return 0x2190 <= code <= 0x2BFF or 0x1F000 <= code <= 0x1FAFF or code in (0x00A9, 0x00AE)


def _strip_symbols(line: str) -> tuple[str, bool]:
    """The line without leading emoji/pictographs, and whether it had any."""
    first = line[:1]
    if first < "\u2190" and first not in "\xa9\xae \u200d":  # fast path: most lines open with a letter
        return line, False
    i = 0
    while i < len(line) and (_is_symbol(line[i]) or line[i] in " \ufe0f\u200d"):
        i += 1
    return line[i:], i > 0


@dataclass
class _Line:
    start: int
    end: int
    text: str  # doc.text[start:end], outer white space stripped
    key: str  # matching form, short lines only (long lines are never stock phrases)
    emoji: bool
    blank_before: bool

    @property
    def words(self) -> int:
        return self.text.count(" ") + 1

    def prose(self) -> bool:
        """Paragraph-like: ends like a sentence or is too long for a heading."""
        return self.text[-1] in _FINAL or self.words > 12 or len(self.text) > 90


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    blank = True
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if not stripped:
            blank = True
        else:
            lead = len(raw) - len(raw.lstrip())
            start = pos + lead
            rest, emoji = _strip_symbols(stripped)
            key = fold(rest.strip(_BULLETS)) if len(stripped) <= 80 else ""
            out.append(_Line(start, start + len(stripped), stripped, key, emoji, blank))
            blank = False
        pos += len(raw)
    return out


def _is_time(line: _Line) -> bool:
    return bool(_TIME_LINE.match(line.key) or _DATE_LINE.match(line.key))


def _looks_title(line: _Line) -> bool:
    t = line.text
    if len(t) > 250 or line.words > 35 or _BYLINE.match(t):
        return False
    # ".." and "..." close many Arabic headlines; a single full stop closes a sentence.
    return t.endswith("..") or t[-1] not in ".:،,;؛"


def _comments_start(lines: list[_Line]) -> int | None:
    """Index of the first line of the comments section, if the dump has one."""
    seen_prose = False
    for i, line in enumerate(lines):
        if seen_prose and line.key and _COMMENT_HEADER.match(line.key):
            return i
        seen_prose = seen_prose or line.prose()
    # No header: relative-time lines after the body, each under its author.
    times = [i for i, line in enumerate(lines) if line.key and _TIME_LINE.match(line.key)]
    if not times or not any(line.prose() for line in lines[: times[0]]):
        return None
    first = times[0]
    # One lone "منذ ساعتين" may be the report's own time under a lead paragraph:
    # then long paragraphs follow it, which reader comments seldom are.
    if len(times) == 1 and any(line.words >= 30 for line in lines[first + 1 :]):
        return None
    if first > 0 and not lines[first - 1].prose():
        return first - 1
    return first


def _parse_comments(lines: list[_Line], boilerplate: list[str]) -> list[Comment]:
    """Comments from the lines of a comments section (header already removed)."""
    kept: list[_Line] = []
    for line in lines:
        if line.key and (_FORM.match(line.key) or _LONE_NUMBER.match(line.key)):
            boilerplate.append(line.text)
        else:
            kept.append(line)
    times = [
        i for i, line in enumerate(kept) if line.key and (_is_time(line) or _AUTHOR_TIME.match(line.key))
    ]
    if not times:
        # No times to anchor authors: each blank-separated group is one comment.
        groups: list[list[_Line]] = []
        for line in kept:
            if line.blank_before or not groups:
                groups.append([])
            groups[-1].append(line)
        return [Comment(author=None, text="\n".join(x.text for x in g)) for g in groups]
    comments: list[Comment] = []
    for n, t in enumerate(times):
        line = kept[t]
        author: str | None = None
        time_text = line.text.strip(_BULLETS)
        if not _is_time(line):  # "author · منذ ساعتين" on one line
            at = line.text.rfind("منذ")
            author = line.text[:at].strip(_BULLETS) or None
            time_text = line.text[at:].strip(_BULLETS)
        elif t > 0 and (n == 0 or t - 1 > times[n - 1]):
            author = kept[t - 1].text.strip(_BULLETS)
        if author:
            author = _LIKES.sub("", author).strip() or None
        text_end = times[n + 1] - 1 if n + 1 < len(times) else len(kept)
        if n + 1 < len(times) and not _is_time(kept[times[n + 1]]):
            text_end = times[n + 1]  # the next comment's author shares its time line
        body = "\n".join(x.text for x in kept[t + 1 : text_end])
        comments.append(Comment(author=author, text=body, time_text=time_text))
    return comments


def segment_text(doc: Document) -> None:
    """Fill blocks, comments and boilerplate of a text document from `doc.text`."""
    lines = _lines(doc.text)
    blocks: list[Block] = []
    boilerplate: list[str] = []
    comments: list[Comment] = []
    cstart = _comments_start(lines)
    body = lines if cstart is None else lines[:cstart]
    tail = [] if cstart is None else lines[cstart:]
    # Widgets after the comments end the comments section.
    for j, line in enumerate(tail):
        if line.key and _WIDGET.match(line.key):
            body_tail, tail = tail[j:], tail[:j]
            body = body + body_tail
            break
    title_key: str | None = None
    in_widget = False
    widget_lines = 0
    last_prose = max((i for i, line in enumerate(body) if line.prose()), default=-1)
    for i, line in enumerate(body):
        key = line.key
        if key and (_WIDGET.match(key) or _LONE_NUMBER.match(key) or (i < 3 and _BREADCRUMB.match(key))):
            boilerplate.append(line.text)
            in_widget = bool(_WIDGET.match(key))
            widget_lines = 0
            continue
        if in_widget and not line.prose() and (i > last_prose or widget_lines < _MAX_WIDGET_LINKS):
            widget_lines += 1
            boilerplate.append(line.text)  # the links listed under a widget
            continue
        in_widget = False
        if (
            title_key is not None
            and abs(len(line.text) - len(title_key)) <= 10 + len(title_key) // 5
            and fold(" ".join(line.text.split())) == title_key
        ):
            boilerplate.append(line.text)  # the headline repeated above the body
            continue
        if i > last_prose and line.emoji:
            boilerplate.append(line.text)  # trailing "💡 ..." menus
            continue
        if title_key is None and not blocks and i < len(body) - 1 and _looks_title(line):
            blocks.append(Block("title", line.start, line.end, line.text))
            title_key = fold(" ".join(line.text.split()))
            continue
        if blocks and _LIST_ITEM.match(line.text) and _opens_list(blocks[-1]):
            # A list belongs to the sentence that introduces it: evidence often spans both.
            last = blocks[-1]
            blocks[-1] = Block(last.kind, last.start, line.end, doc.text[last.start : line.end])
            continue
        kind = "paragraph" if line.prose() else "heading"
        blocks.append(Block(kind, line.start, line.end, line.text))
    if blocks and blocks[-1].kind == "heading":
        # A subheading labels the paragraphs after it; a short last line labels nothing:
        # it is the article's final (often cut-off) sentence.
        last = blocks[-1]
        blocks[-1] = Block("paragraph", last.start, last.end, last.text)
    if tail:
        if tail[0].key and _COMMENT_HEADER.match(tail[0].key):
            boilerplate.append(tail[0].text)
            tail = tail[1:]
        comments = _parse_comments(tail, boilerplate)
    doc.blocks = blocks
    doc.comments = comments
    doc.boilerplate = boilerplate
    if doc.title is None and blocks and blocks[0].kind == "title":
        doc.title = blocks[0].text


def resolve_comment_dates(doc: Document, options: Options) -> None:
    reference = options.published or doc.published
    if reference is None:
        return
    for c in doc.comments:
        if c.time_text and c.date is None:
            c.date = resolve_ago(c.time_text, reference)


def segment(doc: Document, options: Options | None = None) -> Document:
    """Give `doc` its article structure; returns the same document.

    A reader that already knows the structure (the HTML reader) fills the
    blocks itself; then only comment dates are resolved here.
    """
    if not doc.blocks:
        segment_text(doc)
    resolve_comment_dates(doc, options or Options())
    return doc
