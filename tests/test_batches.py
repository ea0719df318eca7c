"""Batches: the CLI works on documents in batches; the output is the one of one document at a time."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

from click.testing import CliRunner

from marsad.annotate import annotate, annotate_batch
from marsad.cli import main
from marsad.commands.common import run_documents
from marsad.document import Document
from marsad.events import extract_batch, extract_events
from marsad.export import render
from marsad.options import Options

REPORTS = [
    "قتل ثلاثة عناصر من قوات النظام بهجوم لتنظيم داعش على حاجز قرب السخنة أمس.",
    "شنت طائرات روسية غارات على ريف إدلب الجنوبي فجر اليوم، ما أدى إلى مقتل مدنيين اثنين.",
    "اعتقلت قسد خمسة شبان في بلدة الشحيل بريف دير الزور الشرقي يوم الثلاثاء.",
    "أفاد مراسلنا بأن الهدوء يسود المنطقة منذ أسبوع.",
]


def _docs() -> list[Document]:
    return [Document(id=f"r{i}", source=f"r{i}", text=t) for i, t in enumerate(REPORTS)]


def test_annotate_batch_equals_one_at_a_time() -> None:
    one, many = _docs(), _docs()
    for doc in one:
        annotate(doc, Options())
    annotate_batch(many, Options())
    assert [d.mentions for d in many] == [d.mentions for d in one]
    assert any(d.mentions for d in many)


def test_extract_batch_equals_one_at_a_time() -> None:
    options = Options()
    one = [extract_events(d, options) for d in _docs()]
    many = extract_batch(_docs(), options)
    assert [[e.to_dict() for e in evs] for evs in many] == [[e.to_dict() for e in evs] for evs in one]
    assert sum(map(len, many)) >= 3


def test_a_document_that_fails_in_a_batch_is_skipped_alone(tmp_path: Path) -> None:
    for i, text in enumerate(REPORTS):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
    worked: list[str] = []

    def work(docs: list[Document]) -> None:
        if any(d.id == "1.txt" for d in docs):
            raise RuntimeError("bad report")
        worked.extend(d.id for d in docs)

    handled: list[str] = []
    err = io.StringIO()
    code = run_documents([str(tmp_path)], Options(), lambda d: handled.append(d.id), work=work, err=err)
    assert code == 0
    assert handled == ["0.txt", "2.txt", "3.txt"]  # in input order, the bad one left out
    assert sorted(worked) == handled
    assert "failed: RuntimeError: bad report" in err.getvalue()
    assert "read 3 documents, skipped 1" in err.getvalue()


def test_cli_output_does_not_depend_on_the_batch(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    lines = [json.dumps({"id": f"r{i}", "text": t, "published": "2023-05-02"}, ensure_ascii=False)
             for i, t in enumerate(REPORTS * 20)]  # more than one batch
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    batched = CliRunner().invoke(main, ["extract", str(corpus)])
    assert batched.exit_code == 0, batched.output
    expected = []
    for i, text in enumerate(REPORTS * 20):  # one report at a time, as before batches
        doc = Document(id=f"r{i}", source="x", text=text, published=date(2023, 5, 2))
        expected += [render(e, "jsonl") for e in extract_events(doc, Options())]
    assert batched.stdout.splitlines() == expected
    assert len(expected) >= 60
