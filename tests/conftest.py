"""Fixtures written at test time: the seed report in every form a reader takes.

The seed is read from the shared folder beside the checkout (`../shared/seed/`), not
copied into the repository: it is third-party news, also part of the dev set. Where the
folder is absent, the tests that need it are skipped with a message.
"""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_4d188b93d66f94e0.txt"
TITLE = "الانشقاقات تعود إلى الواجهة في صفوف ميليشيا أسد بدير الزور.. وهذا حجم الخسائر والتدخل الروسي"
FIRST = "مع تواصل المعارك"
LAST = "مقارنة مع عناصر بقية الميليشيات."


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.is_file():
        pytest.skip(f"the seed report is not at {SEED} (the shared folder is absent)")
    return SEED.read_text(encoding="utf-8")


def seed_body(text: str) -> tuple[list[str], list[str]]:
    """Paragraphs and headings of the seed's body, in order (headings prefixed with '#')."""
    start = text.index(FIRST)
    end = text.index(LAST) + len(LAST)
    out = [line.strip() for line in text[start:end].splitlines() if line.strip()]
    headings = [line for line in out if not line.endswith(".")]
    return out, headings


def seed_html(text: str, *, title: str = TITLE) -> str:
    """A news page around the seed's body: nav, sidebar, comments with authors and times, footer."""
    body, headings = seed_body(text)
    parts = [f"<h2>{line}</h2>" if line in headings else f"<p>{line}</p>" for line in body]
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{title} | موقع المرصد التجريبي</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="موقع المرصد التجريبي">
<meta property="article:published_time" content="2021-03-15T09:30:00+02:00">
</head><body>
<header><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/syria">سوريا</a></li>
<li><a href="/world">العالم</a></li><li><a href="/sport">رياضة</a></li></ul></nav></header>
<main><article class="post">
<h1>{title}</h1>
<div class="entry-content">{"".join(parts)}</div>
</article>
<section id="comments" class="comments-area"><h3>التعليقات (2)</h3>
<ol class="comment-list">
<li class="comment" id="comment-11"><div class="comment-author"><b class="fn">ابو محمد الديري</b></div>
<div class="comment-metadata"><time datetime="2021-03-16T08:00:00">منذ يومين</time></div>
<div class="comment-content"><p>الله يحمي اهلنا في الريف الشرقي.</p></div></li>
<li class="comment" id="comment-12"><div class="comment-author"><b class="fn">Sami K</b></div>
<div class="comment-metadata"><span class="date">منذ 5 ساعات</span></div>
<div class="comment-content"><p>خبر مهم شكرا للمتابعة.</p></div></li>
</ol></section></main>
<aside class="sidebar"><h3>الأكثر قراءة</h3><ul><li><a href="/a">ارتفاع أسعار الخبز في دمشق</a></li>
<li><a href="/b">مباراة الفتوة والوحدة</a></li></ul></aside>
<footer><p>جميع الحقوق محفوظة © 2021 موقع المرصد التجريبي</p></footer>
</body></html>"""


def write_warc(records: list[tuple[str, str, bytes]], *, gz: bool) -> bytes:
    """A WARC with one response record per (url, content type, body), plus a request and warcinfo."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "marsad tests"}))
    for url, ctype, body in records:
        req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
        writer.write_record(writer.create_warc_record(url, "request", http_headers=req))
        http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)
        )
    return buf.getvalue()


def gz(data: bytes) -> bytes:
    return gzip.compress(data)
