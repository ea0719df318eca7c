"""`marsad extract` and `marsad eval` end to end: readers, recognisers, rules, rendering."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import shutil
from importlib import resources
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli import main

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src" / "marsad" / "data" / "sample.txt"  # written by the project
SEED = ROOT.parent / "shared" / "seed" / "000_4d188b93d66f94e0.txt"  # third-party: read, never copied
needs_seed = pytest.mark.skipif(not SEED.is_file(), reason="the seed report is not in ../shared/seed")
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
CONTRACT = {
    "doc_id", "kind", "event_type", "sub_event_type", "date", "date_precision", "location", "actor1",
    "actor2", "assoc_actors", "fatalities", "injured", "casualties", "missing", "defectors", "arrested",
    "evidence", "evidence_start", "evidence_end", "source", "persons", "claim", "denial", "note",
}


def run(*args: str, stdin: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), input=stdin)
    return result.exit_code, result.stdout


def seed_events() -> list[dict]:
    code, out = run("extract", str(SEED), "--published", "2021-03-15")
    assert code == 0
    return [json.loads(line) for line in out.splitlines()]


def sample_events() -> list[dict]:
    code, out = run("extract", str(SAMPLE), "--published", "2022-06-10")
    assert code == 0
    return [json.loads(line) for line in out.splitlines()]


def test_bundled_sample_gives_its_four_incidents_and_nothing_else() -> None:
    # Not coded: the subheading, the plan (تستعد لإطلاق حملة), the year's tally, the comment.
    events = sample_events()
    got = {(e["kind"], e["location"]["name_ar"], e["actor1"]["id"], (e["actor2"] or {}).get("id"), e["date"])
           for e in events}
    assert got == {
        ("armed_clash", "السخنة", "isis", "ndf", "2022-06-09"),
        ("missing_personnel", "القريتين", "liwa-al-quds", None, "2022-06-10"),
        ("deployment", "تدمر", "russia", None, "2022-06-08"),
        ("defection", "الشميطية", "ndf", "sdf", "2022-06-07"),
    }
    counts = {e["kind"]: (e["fatalities"], e["injured"], e["missing"], e["defectors"]) for e in events}
    assert counts["armed_clash"] == (4, 6, None, None)
    assert counts["missing_personnel"][2] == 3 and counts["defection"][3] == 5


@needs_seed
def test_seed_report_gives_its_five_incidents() -> None:
    events = {e["kind"]: e for e in seed_events()}
    kinds = {"armed_clash", "military_operation", "missing_personnel", "deployment", "defection"}
    assert set(events) == kinds
    clash = events["armed_clash"]
    assert (clash["actor1"]["id"], clash["actor2"]["id"]) == ("isis", "syria-regime")
    assert (clash["casualties"], clash["fatalities"]) == (30, None)
    assert clash["date"] in ("2021-03-14", "2021-03-15")
    sweep = events["military_operation"]
    assert (sweep["actor1"]["id"], sweep["date"]) == ("russia", "2021-03-13")
    missing = events["missing_personnel"]
    assert (missing["actor1"]["id"], missing["missing"]) == ("syria-4th-division", 5)
    assert missing["location"]["name"] == "Jebel Bishri"
    deployment = events["deployment"]
    assert (deployment["actor1"]["id"], deployment["date"]) == ("russia", "2021-03-13")
    assert deployment["location"]["admin1"] == "Deir ez-Zor"
    defection = events["defection"]
    assert (defection["actor1"]["id"], defection["actor2"]["id"]) == ("jaysh-al-ashair", "sdf")
    assert (defection["defectors"], defection["date"]) == (7, "2021-03-13")
    assert defection["location"]["name_ar"] == "التبني"
    assert defection["note"] == (
        "7 members of Jaysh al-Asha'ir defected in Tabni (Deir ez-Zor) and went over to "
        "Syrian Democratic Forces on 2021-03-13."
    )


def test_events_follow_the_contract_and_quote_the_source() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    for ev in sample_events():
        assert set(ev) == CONTRACT
        assert text[ev["evidence_start"] : ev["evidence_end"]] == ev["evidence"]
        assert ev["note"].endswith(".")
        assert set(ev["location"]) == {"name", "name_ar", "admin1", "admin2", "lat", "lon", "geo_precision"}


def test_jsonl_corpus_ids_and_reference_dates(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    rows = [
        {"id": "a1", "published": "2023-02-01", "text": "قُتل عنصر من قسد أمس بهجوم لداعش في بلدة الشحيل."},
        {"id": "b2", "published": "2022-07-10", "text": "شنت الطائرات الروسية غارات على بلدة كفرنبل."},
    ]
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    code, out = run("extract", str(corpus))
    assert code == 0
    events = [json.loads(line) for line in out.splitlines()]
    assert [(e["doc_id"], e["kind"], e["date"]) for e in events] == [
        ("a1", "armed_clash", "2023-01-31"),
        ("b2", "airstrike", "2022-07-10"),
    ]


def test_table_and_csv_formats() -> None:
    code, out = run("extract", str(SAMPLE), "--published", "2022-06-10", "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 4 and rows[0]["kind"] and rows[0]["evidence"]
    code, out = run("extract", str(SAMPLE), "--published", "2022-06-10", "--format", "table")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["doc_id", "kind", "date", "place", "actor1", "actor2", "toll", "note"]
    assert len(lines) == 5
    # aligned: every row's kind, date and note start where the header's do
    for column in ("kind", "date", "note"):
        at = lines[0].index(column)
        assert all(line[at - 2 : at] == "  " and line[at] != " " for line in lines[1:])


def test_stdin_and_unreadable_input(tmp_path: Path) -> None:
    code, out = run("extract", "-", stdin="اعتقلت قوات النظام خمسة شبان في مدينة التل.")
    assert code == 0 and json.loads(out)["arrested"] == 5
    code, _ = run("extract", str(tmp_path / "missing.txt"))
    assert code == 1


@pytest.mark.skipif(not SCORER.is_file(), reason="the evaluation kit is not beside the repository")
def test_eval_runs_the_kits_scorer(tmp_path: Path) -> None:
    kit = tmp_path / "kit"
    (kit / "dev" / "gold").mkdir(parents=True)
    shutil.copy(SCORER, kit / "score.py")
    kinds = resources.files("marsad.lexicon").joinpath("kinds.tsv").read_text(encoding="utf-8")
    (kit / "kinds.tsv").write_text(kinds, encoding="utf-8")
    text = "قُتل عنصران من قسد بهجوم لتنظيم داعش في بلدة الشحيل."
    corpus = kit / "dev" / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "x", "published": "2024-05-10", "text": text}, ensure_ascii=False))
    gold = {"id": "x", "published": "2024-05-10", "events": [{
        "kind": "armed_clash", "date": "2024-05-10", "date_tolerance_days": 0,
        "location": {"names": ["الشحيل"], "lat": 35.0, "lon": 40.4, "admin1": "Deir ez-Zor", "precision": 1},
        "actor1": ["isis"], "actor2": ["sdf"], "counts": {"fatalities": 2}, "optional": False}]}
    (kit / "dev" / "gold" / "x.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    code, out = run("eval", str(kit / "dev" / "gold"), str(corpus), "--json")
    assert code == 0
    result = json.loads(out)
    assert result["strict"]["f1"] == 1.0
    assert result["attributes"]["counts"]["accuracy"] == 1.0


def _floor_tool():  # tools/ is not a package: load the script as CI runs it
    spec = importlib.util.spec_from_file_location("check_eval_floor", ROOT / "tools" / "check_eval_floor.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_floor_tool_reads_the_recorded_figure_and_skips_without_the_kit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tool = _floor_tool()
    doc = "## Dev set\n\n```\nstrict   P 0.900  R 0.850  F1 0.874  (tp 1 fp 0 fn 0)\n```\n"
    assert tool.recorded_f1(doc) == pytest.approx(0.874)
    assert tool.recorded_f1((ROOT / "docs" / "evaluation.md").read_text(encoding="utf-8")) >= 0.8
    tool.EVAL = tmp_path / "nowhere"
    assert tool.main() == 0
    assert "skipped" in capsys.readouterr().out
