"""`marsad annotate`: the contract of its JSON lines and its text view."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from marsad.cli import main

# Our own report: an actor, a place with a proclitic, a number word, a relative date,
# an attributed source.
REPORT = (
    "اشتباكات في ريف حلب\n\n"
    "قُتل خمسة عناصر من قوات النظام أمس في هجوم لتنظيم داعش على حاجز قرب مدينة تدمر، "
    "وفقاً للمرصد السوري لحقوق الإنسان.\n"
)


def _run(tmp_path: Path, *args: str) -> tuple[int, str, str]:
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    result = CliRunner().invoke(main, ["annotate", str(path), "--published", "2024-05-02", *args])
    return result.exit_code, result.stdout, result.stderr


def test_json_is_one_object_per_report_with_typed_mentions(tmp_path: Path) -> None:
    code, out, _ = _run(tmp_path, "--format", "json")
    assert code == 0
    lines = out.strip().splitlines()
    assert len(lines) == 1
    obj = json.loads(lines[0])
    assert obj["id"] == "report.txt"
    by_type: dict[str, list[dict]] = {}
    for m in obj["mentions"]:
        # Offsets point into the original text: the span reads back exactly.
        assert REPORT[m["start"] : m["end"]] == m["text"]
        by_type.setdefault(m["type"], []).append(m)

    actors = {m["id"] for m in by_type["actor"]}
    assert {"syria-regime", "isis"} <= actors
    for m in by_type["actor"]:
        assert m["name"] and m["inter"] and isinstance(m["parents"], list)

    palmyra = [m for m in by_type["place"] if m["text"].endswith("تدمر")]
    assert palmyra, by_type["place"]
    assert abs(palmyra[0]["lat"] - 34.56) < 0.1 and abs(palmyra[0]["lon"] - 38.27) < 0.1
    assert palmyra[0]["admin1"] == "Homs"
    assert palmyra[0]["geo_precision"] in (1, 2)
    for m in by_type["place"]:
        assert {"name", "name_ar", "lat", "lon", "admin1", "admin2", "geo_precision"} <= set(m)

    assert any(m["value"] == 5 and m["qualifier"] == "exact" for m in by_type["number"])
    assert any(m["date"] == "2024-05-01" and m["time_precision"] == 1 for m in by_type["date"])
    assert by_type["source"]


def test_text_view_prints_report_and_resolutions(tmp_path: Path) -> None:
    code, out, _ = _run(tmp_path, "--format", "text")
    assert code == 0
    assert "هجوم لتنظيم داعش" in out  # the report itself
    assert "isis" in out and "syria-regime" in out  # the resolutions listed under it
    assert "2024-05-01" in out


def test_bad_input_is_reported_and_skipped(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(REPORT, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = CliRunner().invoke(main, ["annotate", str(empty), str(good)])
    assert result.exit_code == 0
    assert "empty.txt" in result.stderr
    assert len(result.stdout.strip().splitlines()) == 1
