"""Every input kind the readers take, and every kind of bad input."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from conftest import FIRST, LAST, TITLE, gz, seed_body, seed_html, write_warc

from marsad.document import Document
from marsad.options import Options
from marsad.sources import ReadError, iter_documents
from marsad.sources.decode import decode


def read_all(inputs: list[str], options: Options | None = None, stdin: bytes | None = None):
    stream = io.BytesIO(stdin) if stdin is not None else None
    return list(iter_documents(inputs, options or Options(), stdin=stream))


def only_doc(items: list[Document | ReadError]) -> Document:
    assert len(items) == 1, items
    assert isinstance(items[0], Document), items[0]
    return items[0]


def body_text(doc: Document) -> str:
    return "\n".join(b.text for b in doc.body_blocks)


def assert_seed_article(doc: Document) -> None:
    assert doc.title == TITLE
    body = body_text(doc)
    assert body.startswith(FIRST) and body.endswith(LAST)
    assert [b.text for b in doc.blocks if b.kind == "heading"] == ["خسائر جديدة", "انشقاق وفرار"]
    for b in doc.blocks:
        assert doc.text[b.start : b.end] == b.text


def test_text_dump(tmp_path: Path, seed_text: str) -> None:
    p = tmp_path / "seed.txt"
    p.write_bytes(seed_text.encode("utf-8"))
    doc = only_doc(read_all([str(p)]))
    assert doc.id == "seed.txt" and doc.text == seed_text
    assert_seed_article(doc)
    assert [c.author for c in doc.comments] == ["KHALED EL AJLANI", "سوري،سوري،سوري"]


@pytest.mark.parametrize(
    "encoding,prefix",
    [("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
     ("utf-16-le", b""), ("cp1256", b"")],
)  # fmt: skip
def test_encodings(tmp_path: Path, seed_text: str, encoding: str, prefix: bytes) -> None:
    # Windows-1256 has no emoji: the re-encoded seed loses its two menu icons.
    expected = seed_text.encode(encoding, errors="ignore").decode(encoding)
    p = tmp_path / "seed.txt"
    p.write_bytes(prefix + expected.encode(encoding))
    doc = only_doc(read_all([str(p)]))
    assert doc.text == expected
    assert_seed_article(doc)
    assert "أهم المواضيع" in " ".join(doc.boilerplate)


def test_cp1256_not_misdetected() -> None:
    # Short Windows-1256 text is where generic detectors guess a Cyrillic code page.
    sample = "قتل ثلاثة مدنيين في قصف على ريف إدلب."
    assert decode(sample.encode("cp1256")) == (sample, "cp1256")


def test_html_page(tmp_path: Path, seed_text: str) -> None:
    p = tmp_path / "page.html"
    p.write_text(seed_html(seed_text), encoding="utf-8")
    doc = only_doc(read_all([str(p)]))
    assert_seed_article(doc)
    assert doc.published == date(2021, 3, 15) and doc.published_from == "metadata"
    assert doc.site_name == "موقع المرصد التجريبي"
    assert [(c.author, c.time_text) for c in doc.comments] == [
        ("ابو محمد الديري", "منذ يومين"),
        ("Sami K", "منذ 5 ساعات"),
    ]
    assert doc.comments[0].date == date(2021, 3, 16)  # from the <time datetime>
    for junk in ("الأكثر قراءة", "الرئيسية", "جميع الحقوق", "التعليقات", "الله يحمي"):
        assert junk not in doc.text
    assert doc.html is not None


def test_html_dateline_without_metadata(tmp_path: Path) -> None:
    paras = "".join(
        f"<p>قال ناشطون إن قصفاً مدفعياً استهدف بلدة في ريف حماة الشمالي، رقم {i}.</p>" for i in range(4)
    )
    html = (
        "<html><body><article><h1>قصف على ريف حماة</h1><p>الثلاثاء 12 آذار 2019</p>"
        f"{paras}</article></body></html>"
    )
    p = tmp_path / "dated.html"
    p.write_text(html, encoding="utf-8")
    doc = only_doc(read_all([str(p)]))
    assert doc.published == date(2019, 3, 12) and doc.published_from == "dateline"


def test_caller_date_overrides(tmp_path: Path, seed_text: str) -> None:
    p = tmp_path / "page.html"
    p.write_text(seed_html(seed_text), encoding="utf-8")
    doc = only_doc(read_all([str(p)], Options(published=date(2020, 1, 2))))
    assert (doc.published, doc.published_from) == (date(2020, 1, 2), "caller")


def test_gzip_text(tmp_path: Path, seed_text: str) -> None:
    p = tmp_path / "seed.txt.gz"
    p.write_bytes(gz(seed_text.encode("utf-8")))
    assert_seed_article(only_doc(read_all([str(p)])))


@pytest.mark.parametrize("compressed", [True, False])
def test_warc(tmp_path: Path, seed_text: str, compressed: bool) -> None:
    data = write_warc(
        [
            ("https://example.org/news/1", "text/html; charset=utf-8", seed_html(seed_text).encode()),
            (
                "https://example.org/news/2.txt",
                "text/plain; charset=windows-1256",
                seed_text.encode("cp1256", errors="ignore"),
            ),
            ("https://example.org/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(200)),
        ],
        gz=compressed,
    )
    p = tmp_path / ("crawl.warc.gz" if compressed else "crawl.warc")
    p.write_bytes(data)
    items = read_all([str(p)])
    assert all(isinstance(i, Document) for i in items), items
    assert [d.id for d in items] == ["https://example.org/news/1", "https://example.org/news/2.txt"]
    for d in items:
        assert_seed_article(d)


@pytest.mark.parametrize("compressed", [True, False])
def test_truncated_warc(tmp_path: Path, seed_text: str, compressed: bool) -> None:
    records = [(f"https://example.org/{i}", "text/plain", seed_text.encode()) for i in range(3)]
    data = write_warc(records, gz=compressed)
    p = tmp_path / "cut.warc"
    p.write_bytes(data[: len(data) - 400])
    items = read_all([str(p)])
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, ReadError)]
    assert len(docs) == 2
    assert len(errors) == 1 and "truncated" in errors[0].reason and errors[0].input.startswith(str(p))


def test_jsonl(tmp_path: Path, seed_text: str) -> None:
    lines = [
        json.dumps({"id": "a-1", "text": seed_text, "published": "2021-03-15", "url": "https://x.org/1"}),
        "{not json",
        json.dumps({"id": "a-2", "html": seed_html(seed_text), "published": "2021-03-14"}),
        json.dumps({"id": "a-3"}),
    ]
    p = tmp_path / "corpus.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read_all([str(p)])
    docs = {i.id: i for i in items if isinstance(i, Document)}
    errors = [i for i in items if isinstance(i, ReadError)]
    assert set(docs) == {"a-1", "a-2"}
    assert docs["a-1"].published == date(2021, 3, 15) and docs["a-1"].published_from == "corpus"
    assert docs["a-2"].published == date(2021, 3, 14) and docs["a-2"].published_from == "corpus"
    assert docs["a-1"].url == "https://x.org/1"
    for d in docs.values():
        assert_seed_article(d)
    assert sorted(e.input for e in errors) == [f"{p}#2", f"{p}#4"]


def test_folder_recursion(tmp_path: Path, seed_text: str) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "top.txt").write_text(seed_text, encoding="utf-8")
    (tmp_path / "a" / "mid.html").write_text(seed_html(seed_text), encoding="utf-8")
    (tmp_path / "a" / "b" / "deep.txt.gz").write_bytes(gz(seed_text.encode()))
    (tmp_path / "a" / "b" / "empty.txt").write_bytes(b"")
    items = read_all([str(tmp_path)])
    docs = [i for i in items if isinstance(i, Document)]
    assert sorted(d.id for d in docs) == ["a/b/deep.txt.gz", "a/mid.html", "top.txt"]
    assert [e.reason for e in items if isinstance(e, ReadError)] == ["empty"]


def test_stdin(seed_text: str) -> None:
    doc = only_doc(read_all(["-"], stdin=gz(seed_text.encode("utf-16"))))
    assert doc.source == "<stdin>"
    assert_seed_article(doc)


@pytest.mark.parametrize(
    "name,data,reason",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n ", "empty"),
        ("image.txt", bytes(range(256)) * 40, "binary data"),
        ("cut.txt.gz", gz("نص عربي طويل بما يكفي ".encode() * 200)[:-30], "truncated gzip"),
        (
            "nav.html",
            "<html><body><nav><a href='/'>الرئيسية</a></nav></body></html>".encode(),
            "no article text",
        ),
    ],
)
def test_bad_inputs(tmp_path: Path, seed_text: str, name: str, data: bytes, reason: str) -> None:
    bad = tmp_path / name
    bad.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text(seed_text, encoding="utf-8")
    items = read_all([str(bad), str(good)])
    assert isinstance(items[0], ReadError) and items[0].input == str(bad)
    assert items[0].category == reason
    assert isinstance(items[1], Document)


def test_huge_page_refused_before_parsing(tmp_path: Path) -> None:
    p = tmp_path / "huge.html"
    with p.open("wb") as f:
        f.write(b"<html><body>")
        line = b"<p>" + "كلام ".encode() * 10 + b"</p>\n"
        f.write(line * (50 * 1024 * 1024 // len(line) + 1))
    assert p.stat().st_size > 50 * 1024 * 1024
    items = read_all([str(p)])
    assert len(items) == 1 and isinstance(items[0], ReadError)
    assert items[0].category == "too large"


def test_oversized_record_in_container(tmp_path: Path, seed_text: str) -> None:
    big = json.dumps({"id": "big", "text": seed_text * 50})
    small = json.dumps({"id": "small", "text": seed_text})
    p = tmp_path / "c.jsonl"
    p.write_text(big + "\n" + small + "\n", encoding="utf-8")
    items = read_all([str(p)], Options(max_bytes=20_000))
    assert isinstance(items[0], ReadError) and items[0].category == "too large"
    assert isinstance(items[1], Document) and items[1].id == "small"


def test_gzipped_jsonl_streamed_and_truncated(tmp_path: Path, seed_text: str) -> None:
    lines = "".join(json.dumps({"id": f"r{i}", "text": seed_text}) + "\n" for i in range(20))
    whole = tmp_path / "corpus.jsonl.gz"
    whole.write_bytes(gz(lines.encode()))
    # The corpus is bigger than max_bytes, each record is not: a container is not refused whole.
    items = read_all([str(whole)], Options(max_bytes=len(lines) // 4))
    assert [d.id for d in items if isinstance(d, Document)] == [f"r{i}" for i in range(20)]
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(whole.read_bytes()[:-200])
    items = read_all([str(cut)])
    assert isinstance(items[-1], ReadError) and items[-1].category == "truncated gzip"
    assert all(isinstance(d, Document) for d in items[:-1]) and len(items) > 1


def test_single_jsonl_record_on_stdin(seed_text: str) -> None:
    record = json.dumps({"id": "one", "text": seed_text, "published": "2021-03-15"}).encode()
    doc = only_doc(read_all(["-"], stdin=record))
    assert doc.id == "one" and doc.published_from == "corpus"


def test_known_binary_format_refused(tmp_path: Path) -> None:
    p = tmp_path / "report.txt"
    p.write_bytes(b"%PDF-1.7\n" + "نص".encode() * 100)
    items = read_all([str(p)])
    assert isinstance(items[0], ReadError) and items[0].reason == "binary data: PDF"


def test_html_wordpress_comments_and_page_classes(tmp_path: Path, seed_text: str) -> None:
    body, headings = seed_body(seed_text)
    paras = "".join(f"<h3>{line}</h3>" if line in headings else f"<p>{line}</p>" for line in body)
    html = f"""<html><head><title>{TITLE}</title></head>
<body class="single comments-open"><article class="post has-comments"><h1>{TITLE}</h1>{paras}</article>
<div id="comments" class="comments-area"><ol class="commentlist">
<li class="comment even" id="comment-5"><article class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">رامي</b></div>
<div class="comment-metadata"><time datetime="2021-03-15T20:00:00+00:00">15 آذار 2021</time></div></footer>
<div class="comment-content"><p>شكراً على التغطية.</p></div></article></li>
<li class="comment" id="comment-6"><span class="user">Huda</span>
<span class="ago">منذ ساعة</span> كلام مباشر بلا فقرة</li>
</ol></div></body></html>"""
    p = tmp_path / "wp.html"
    p.write_text(html, encoding="utf-8")
    doc = only_doc(read_all([str(p)]))
    assert_seed_article(doc)
    assert [(c.author, c.time_text, c.text) for c in doc.comments] == [
        ("رامي", "15 آذار 2021", "شكراً على التغطية."),
        ("Huda", "منذ ساعة", "كلام مباشر بلا فقرة"),
    ]
    assert "شكراً على التغطية" not in doc.text
