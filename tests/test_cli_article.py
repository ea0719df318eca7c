"""`marsad article` end to end: formats, stdin, bad inputs, summary and exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner
from conftest import TITLE, gz, seed_html

from marsad.cli import main
from marsad.commands.common import run_documents
from marsad.options import Options


def run(args: list[str], stdin: bytes | None = None):
    return CliRunner().invoke(main, ["article", *args], input=stdin)


def test_json_lines(tmp_path: Path, seed_text: str) -> None:
    (tmp_path / "a.txt").write_text(seed_text, encoding="utf-8")
    (tmp_path / "b.html").write_text(seed_html(seed_text), encoding="utf-8")
    result = run([str(tmp_path / "a.txt"), str(tmp_path / "b.html"), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a.txt", "b.html"]
    assert all(r["title"] == TITLE for r in rows)
    assert rows[0]["comments"][0]["author"] == "KHALED EL AJLANI"
    assert "read 2 documents, skipped 0" in result.stderr


def test_text_format_and_published(tmp_path: Path, seed_text: str) -> None:
    (tmp_path / "a.txt").write_text(seed_text, encoding="utf-8")
    result = run([str(tmp_path / "a.txt"), "--format", "text", "--published", "2021-03-15"])
    assert result.exit_code == 0
    out = result.stdout
    assert f"# {TITLE}" in out and "## خسائر جديدة" in out
    assert "published: 2021-03-15 (caller)" in out
    assert "KHALED EL AJLANI · منذ 3 سنوات 4 أشهر" in out
    assert "\u2068" not in out  # piped: no bidi controls


def test_stdin(seed_text: str) -> None:
    result = run(["-"], stdin=gz(seed_text.encode("cp1256", errors="ignore")))
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["source"] == "<stdin>"


def test_bad_inputs_reported_and_run_goes_on(tmp_path: Path, seed_text: str) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.dat").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "good.txt").write_text(seed_text, encoding="utf-8")
    result = run([str(tmp_path / "empty.txt"), str(tmp_path / "bin.dat"), str(tmp_path / "good.txt")])
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 1
    err = result.stderr.splitlines()
    assert err[0] == f"marsad: {tmp_path / 'empty.txt'}: empty"
    assert err[1] == f"marsad: {tmp_path / 'bin.dat'}: binary data"
    assert err[-1] == "read 1 document, skipped 2: empty (1), binary data (1)"
    assert "Traceback" not in result.output


def test_nothing_readable_exits_non_zero(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run([str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == "read 0 documents, skipped 2: empty (1), not found (1)"


def test_bad_date_is_a_usage_error(tmp_path: Path) -> None:
    result = run(["x", "--published", "15/03/2021"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.stderr


def test_subprocess_piped_has_no_progress_bar(tmp_path: Path, seed_text: str) -> None:
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(seed_text, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "marsad", "article", str(tmp_path)], capture_output=True, check=False
    )
    assert proc.returncode == 0
    assert proc.stderr.decode() == "read 3 documents, skipped 0\n"
    assert len(proc.stdout.splitlines()) == 3


def test_run_documents_with_progress_bar(tmp_path: Path, seed_text: str) -> None:
    (tmp_path / "a.txt").write_text(seed_text, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    seen: list[str] = []
    err = io.StringIO()
    code = run_documents([str(tmp_path)], Options(progress=True), lambda d: seen.append(d.id), err=err)
    assert code == 0 and seen == ["a.txt"]
    assert err.getvalue().rstrip().endswith("read 1 document, skipped 1: empty (1)")


def test_handler_failure_counts_as_skipped(tmp_path: Path, seed_text: str) -> None:
    (tmp_path / "a.txt").write_text(seed_text, encoding="utf-8")

    def broken(_doc: object) -> None:
        raise ValueError("no lexicon")

    err = io.StringIO()
    assert run_documents([str(tmp_path / "a.txt")], Options(), broken, err=err) == 1
    assert "failed: ValueError: no lexicon" in err.getvalue()
