"""Per-stage throughput: `.venv/bin/python benchmarks/run.py [--n 5000] [--compiled]`.

Generates a synthetic corpus (text dumps, HTML pages, one WARC) in a temp
folder and times each stage end to end on one core. Stages are a list of
(name, function over the corpus); a later stage is one more entry in STAGES.

`--compiled` times the mypyc build (setup.py, MARSAD_COMPILE=1) instead of the
pure-Python source: it is built into build/compiled/ (again only when a source
file changed) and the benchmark re-runs itself with that build first on the path.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import marsad
from marsad.document import Document
from marsad.options import Options
from marsad.sources import iter_documents

T = TypeVar("T")

_PLACES = ["ريف دير الزور الشرقي", "بادية حمص", "ريف إدلب الجنوبي", "مدينة درعا", "ريف الرقة", "بلدة سرمين"]
_ACTORS = ["قوات النظام", "تنظيم داعش", "قوات سوريا الديمقراطية", "فصائل المعارضة", "الميليشيات الإيرانية"]
_EVENTS = ["قصفاً مدفعياً", "هجوماً مسلحاً", "غارات جوية", "اشتباكات عنيفة", "حملة مداهمات"]
_SENTENCES = [
    "أفادت مصادر محلية بأن {actor} شنت {event} على مواقع في {place}، ما أدى إلى مقتل {n} أشخاص.",
    "وقال مراسلنا إن {actor} دفعت بتعزيزات عسكرية إلى {place} خلال الساعات الماضية.",
    "وأضاف المصدر أن {n} عناصر أصيبوا بجروح متفاوتة جراء {event} قرب {place}.",
    "وتشهد المنطقة توتراً أمنياً متصاعداً منذ أسابيع، وسط غياب أي تعليق رسمي من {actor}.",
]


def _report(rng: random.Random) -> tuple[str, list[str], list[tuple[str, str, str]]]:
    def fill(s: str) -> str:
        return s.format(
            actor=rng.choice(_ACTORS),
            event=rng.choice(_EVENTS),
            place=rng.choice(_PLACES),
            n=rng.randint(2, 40),
        )

    title = fill("{actor} تشن {event} في {place}")
    paras = [
        " ".join(fill(rng.choice(_SENTENCES)) for _ in range(rng.randint(2, 4)))
        for _ in range(rng.randint(2, 5))  # about 2 KB a report, the size the targets name
    ]
    comments = [
        ("قارئ " + str(rng.randint(1, 99)), f"منذ {rng.randint(2, 9)} أيام", "الله يحمي البلد.")
        for _ in range(rng.randint(0, 3))
    ]
    return title, paras, comments


def _as_text(title: str, paras: list[str], comments: list[tuple[str, str, str]]) -> str:
    out = [title, "", title, *[p + "\n" for p in paras[:2]], "تفاصيل", "", *[p + "\n" for p in paras[2:]]]
    if comments:
        out.append(f"التعليقات ({len(comments)})\n")
        for author, when, text in comments:
            out += [f"    {author}", "", f"    ·{when}", f"    {text}", ""]
    out += ["الأكثر قراءة", "", "💡 أهم المواضيع"]
    return "\n".join(out)


def _as_html(title: str, paras: list[str], comments: list[tuple[str, str, str]]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    items = "".join(
        f'<li class="comment"><span class="author">{a}</span><time>{w}</time><div class="comment-content">'
        f"<p>{t}</p></div></li>"
        for a, w, t in comments
    )
    return (
        f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="og:site_name" content="موقع تجريبي">'
        f'<meta property="article:published_time" content="2023-05-0{len(paras)}"></head><body>'
        f'<nav><a href="/">الرئيسية</a> <a href="/s">سوريا</a></nav><article><h1>{title}</h1>{body}</article>'
        f'<section class="comments"><ol>{items}</ol></section>'
        f"<aside><h3>الأكثر قراءة</h3><ul><li>خبر آخر</li></ul></aside><footer>جميع الحقوق محفوظة</footer>"
        f"</body></html>"
    )


def _warc_record(url: str, html: str) -> bytes:
    payload = html.encode("utf-8")
    http = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
        + f"Content-Length: {len(payload)}\r\n\r\n".encode()
        + payload
    )
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\n"
        f"WARC-Record-ID: <urn:uuid:{abs(hash(url)):032x}>\r\nWARC-Date: 2023-05-01T00:00:00Z\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    ).encode()
    return gzip.compress(head + http + b"\r\n\r\n", compresslevel=1)


@dataclass
class Corpus:
    root: Path
    text_dir: Path
    html_dir: Path
    warc: Path
    n: int


def generate(root: Path, n: int, seed: int = 7) -> Corpus:
    rng = random.Random(seed)
    text_dir, html_dir = root / "text", root / "html"
    text_dir.mkdir()
    html_dir.mkdir()
    n_html = max(1, n // 5)
    with (root / "crawl.warc.gz").open("wb") as warc:
        for i in range(n):
            title, paras, comments = _report(rng)
            (text_dir / f"{i:05d}.txt").write_text(_as_text(title, paras, comments), encoding="utf-8")
            if i < n_html:
                html = _as_html(title, paras, comments)
                (html_dir / f"{i:05d}.html").write_text(html, encoding="utf-8")
                warc.write(_warc_record(f"https://example.org/{i}", html))
    return Corpus(root, text_dir, html_dir, root / "crawl.warc.gz", n)


def _read(path: Path) -> Callable[[Corpus], int]:
    def stage(corpus: Corpus) -> int:
        return sum(1 for d in iter_documents([str(path)], Options(progress=False)) if isinstance(d, Document))

    return stage


def _documents(corpus: Corpus) -> list[Document]:
    read = iter_documents([str(corpus.text_dir)], Options(progress=False))
    return [d for d in read if isinstance(d, Document)]


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _annotate(corpus: Corpus) -> int:
    """Recognisers only, on documents read beforehand (the knowledge layer's own speed), in
    the CLI's batches."""
    from marsad.annotate import annotate_batch
    from marsad.commands.common import BATCH_SIZE
    from marsad.events import warm_up

    warm_up()  # lexicons load once per process; not part of the per-report cost
    docs = _documents(corpus)
    options = Options(progress=False)
    start = time.perf_counter()
    for batch in _batches(docs, BATCH_SIZE):
        annotate_batch(batch, options)
    _TIMED_PART[0] = time.perf_counter() - start
    return len(docs)


def _extract(corpus: Corpus) -> int:
    """End to end from text files: read, segment, annotate, extract, in the CLI's batches."""
    from marsad.commands.common import BATCH_SIZE
    from marsad.events import extract_batch, warm_up

    warm_up()  # as `marsad extract` does: lexicons load once per process, not per report
    options = Options(progress=False)
    events = 0
    n = 0
    start = time.perf_counter()
    read = (d for d in iter_documents([str(corpus.text_dir)], options) if isinstance(d, Document))
    for batch in _batches(read, BATCH_SIZE):
        events += sum(len(found) for found in extract_batch(batch, options))
        n += len(batch)
    _TIMED_PART[0] = time.perf_counter() - start
    _EVENT_COUNT[0] = events
    return n


# Side channels for stages that time only part of their work or count events.
_TIMED_PART: list[float | None] = [None]
_EVENT_COUNT: list[int | None] = [None]

# (name, function over the corpus returning how many articles it handled).
STAGES: list[tuple[str, Callable[[Corpus], int]]] = [
    ("read text", lambda c: _read(c.text_dir)(c)),
    ("read html", lambda c: _read(c.html_dir)(c)),
    ("read warc", lambda c: _read(c.warc)(c)),
    ("annotate", _annotate),
    ("extract", _extract),
]


_REPO = Path(__file__).resolve().parents[1]
_COMPILED_DIR = _REPO / "build" / "compiled"


def _source_digest() -> str:
    files = sorted((_REPO / "src" / "marsad").rglob("*.py")) + [_REPO / "setup.py", _REPO / "pyproject.toml"]
    digest = hashlib.sha256()
    for f in files:
        digest.update(f.relative_to(_REPO).as_posix().encode() + b"\0" + f.read_bytes())
    return digest.hexdigest()


def _build_compiled() -> Path:
    """The mypyc build of the current source in build/compiled/, rebuilt when the source changed."""
    stamp = _COMPILED_DIR / ".source-digest"
    digest = _source_digest()
    if stamp.is_file() and stamp.read_text() == digest:
        return _COMPILED_DIR
    print("building the compiled package (mypyc, a minute or two) ...", file=sys.stderr)
    shutil.rmtree(_COMPILED_DIR, ignore_errors=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(_COMPILED_DIR), _REPO],
        check=True,
        env={**os.environ, "MARSAD_COMPILE": "1"},
    )
    stamp.write_text(digest)
    return _COMPILED_DIR


def _is_compiled() -> bool:
    from marsad import places

    return not places.__file__.endswith(".py")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=5000, help="text reports (HTML pages and WARC records: n/5)")
    ap.add_argument("--only", action="append", help="run only the named stage(s)")
    ap.add_argument("--compiled", action="store_true", help="time the mypyc build (built on first use)")
    ap.add_argument("--corpus", action="append", default=[],
                    help="also time annotate and extract on real reports (any input marsad reads)")
    args = ap.parse_args(argv)
    if args.compiled and not _is_compiled():
        if os.environ.get("MARSAD_BENCH_REEXEC"):
            print(f"error: no compiled marsad in {_COMPILED_DIR} (see setup.py)", file=sys.stderr)
            return 1
        target = _build_compiled()
        rest = [a for a in (sys.argv[1:] if argv is None else argv) if a != "--compiled"]
        path = os.pathsep.join([str(target), os.environ.get("PYTHONPATH", "")])
        env = {**os.environ, "PYTHONPATH": path, "MARSAD_BENCH_REEXEC": "1"}
        return subprocess.run([sys.executable, __file__, "--compiled", *rest], env=env).returncode
    build = "compiled (mypyc)" if _is_compiled() else "pure Python"
    with tempfile.TemporaryDirectory(prefix="marsad-bench-") as tmp:
        t0 = time.perf_counter()
        corpus = generate(Path(tmp), args.n)
        sizes = [p.stat().st_size for p in corpus.text_dir.iterdir()]
        print(
            f"generated {args.n} text (mean {sum(sizes) / len(sizes) / 1024:.1f} KB), {args.n // 5} html, "
            f"1 warc ({args.n // 5} records) in {time.perf_counter() - t0:.1f}s; one core, one process; "
            f"marsad {build} from {Path(marsad.__file__).parent}",
            file=sys.stderr,
        )
        for name, stage in STAGES:
            if args.only and name not in args.only:
                continue
            _TIMED_PART[0] = _EVENT_COUNT[0] = None
            t = time.perf_counter()
            count = stage(corpus)
            dt = _TIMED_PART[0] if _TIMED_PART[0] is not None else time.perf_counter() - t
            line = f"{name:<12} {count:>6} articles  {dt:7.2f}s  {count / dt:8.0f} articles/s"
            if _EVENT_COUNT[0] is not None:
                line += f"  {_EVENT_COUNT[0]:>6} events  {_EVENT_COUNT[0] / dt:8.0f} events/s"
            print(line)
    for corpus in args.corpus:
        print(_time_corpus(corpus))
    return 0


def _time_corpus(path: str, min_reports: int = 2000) -> str:
    """annotate and extract (from reading on) over a real corpus, passes repeated up to
    `min_reports`; per report and per KB, and what that makes for 2 KB reports."""
    from marsad.annotate import annotate_batch
    from marsad.commands.common import BATCH_SIZE
    from marsad.events import extract_batch, warm_up

    warm_up()
    options = Options(progress=False)
    docs = [d for d in iter_documents([path], options) if isinstance(d, Document)]
    if not docs:
        return f"{path}: no reports"
    kb = sum(len(d.text.encode("utf-8")) for d in docs) / 1024
    passes = max(1, -(-min_reports // len(docs)))
    start = time.perf_counter()
    for _ in range(passes):
        for batch in _batches(docs, BATCH_SIZE):
            annotate_batch(batch, options)
    t_annotate = (time.perf_counter() - start) / passes
    start = time.perf_counter()
    for _ in range(passes):
        read = (d for d in iter_documents([path], options) if isinstance(d, Document))
        for batch in _batches(read, BATCH_SIZE):
            extract_batch(batch, options)
    t_extract = (time.perf_counter() - start) / passes
    return (
        f"{Path(path).name}: {len(docs)} reports of {kb / len(docs):.1f} KB mean, {passes} passes\n"
        f"  annotate  {len(docs) / t_annotate:7.0f} reports/s  {kb / t_annotate:7.0f} KB/s"
        f"  (= {kb / t_annotate / 2:.0f} reports/s of 2 KB)\n"
        f"  extract   {len(docs) / t_extract:7.0f} reports/s  {kb / t_extract:7.0f} KB/s"
        f"  (= {kb / t_extract / 2:.0f} reports/s of 2 KB)"
    )


if __name__ == "__main__":
    sys.exit(main())
