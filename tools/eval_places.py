"""Measure the place recogniser against the evaluation kit's gold locations.

Usage: python tools/eval_places.py /work/shared/eval [--split dev] [--show-mentions]

For every non-optional gold event: is one of its location names found in the
report, and is the mention there resolved close enough to the gold point?
"Close enough" is reported two ways:

* strict: within 15 km, or (gold precision 3) the same admin1;
* scorer: the kit's tolerances, 15 km at precision 1, 60 km at precision 2/3,
  or the same admin1 at precision 3.

Only reads the kit; prints figures and misses (nothing is written).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from marsad.document import Document, PlaceMention  # noqa: E402
from marsad.normalize import fold, has_arabic, normalize  # noqa: E402
from marsad.options import Options  # noqa: E402
from marsad.places import PlaceRecognizer  # noqa: E402


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 6371 * 2 * math.asin(math.sqrt(a))


def _occurrences(norm_text: str, name: str) -> list[tuple[int, int]]:
    words = fold(name).replace("ـ", " ").split()
    if not words:
        return []
    pattern = r"[\s\W]+".join(re.escape(w) for w in words)
    return [m.span() for m in re.finditer(pattern, norm_text)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("kit", type=Path, help="the evaluation kit folder")
    ap.add_argument("--split", default="dev")
    ap.add_argument(
        "--show-mentions", action="store_true", help="print every mention (to eyeball false positives)"
    )
    args = ap.parse_args(argv)
    split = args.kit / args.split
    reports = {}
    for line in (split / "corpus.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            reports[r["id"]] = r
    t0 = time.perf_counter()
    recognizer = PlaceRecognizer()
    load_s = time.perf_counter() - t0

    total = strict_ok = scorer_ok = 0
    misses: list[str] = []
    n_mentions: list[int] = []
    elapsed = 0.0
    n_bytes = 0
    for gold_path in sorted((split / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        r = reports[gold["id"]]
        pub = date.fromisoformat(r["published"]) if r.get("published") else None
        doc = Document(id=r["id"], source=str(gold_path), text=r["text"], published=pub)
        norm = normalize(doc.text)
        t = time.perf_counter()
        mentions = recognizer.recognize(doc, norm, Options(published=pub))
        elapsed += time.perf_counter() - t
        n_bytes += len(doc.text.encode("utf-8"))
        n_mentions.append(len(mentions))
        if args.show_mentions:
            print(f"--- {doc.id} ({len(mentions)} mentions)")
            for m in mentions:
                p = m.place
                if isinstance(m, PlaceMention) and p is not None:
                    print(f"    {m.text} -> {p.name} [{p.kind}, {p.admin1}] p{m.geo_precision}")
        for ev in gold["events"]:
            if ev.get("optional"):
                continue
            total += 1
            loc = ev["location"]
            spans = []
            for name in loc["names"]:
                if has_arabic(name):
                    spans += [norm.to_original(a, b) for a, b in _occurrences(norm.text, name)]
            hits = [m for m in mentions if any(m.start < b and a < m.end for a, b in spans)]
            best = None
            ok_strict = ok_scorer = False
            for m in hits:
                p = m.place
                if p is None:
                    continue
                d = km(p.lat, p.lon, loc["lat"], loc["lon"])
                same_a1 = p.admin1 == loc["admin1"]
                s = d <= 15 or (loc["precision"] == 3 and same_a1)
                c = d <= (15 if loc["precision"] == 1 else 60) or (loc["precision"] == 3 and same_a1)
                ok_strict |= s
                ok_scorer |= c
                if best is None or d < best[0]:
                    best = (d, m)
            strict_ok += ok_strict
            scorer_ok += ok_scorer
            if not ok_strict:
                if best is None:
                    why = "not recognised" if spans else "gold name not in text"
                else:
                    d, m = best
                    p = m.place
                    why = f"'{m.text}' -> {p.name if p else '?'} ({p.admin1 if p else '?'}) {d:.0f} km"
                misses.append(f"{doc.id}: {loc['names'][:3]} p{loc['precision']}: {why}")
    n = max(total, 1)
    print(f"gold locations (non-optional): {total}")
    print(f"found & resolved (strict: 15 km / admin1 at p3): {strict_ok}/{total} = {strict_ok / n:.1%}")
    print(f"found & resolved (scorer tolerances 15/60 km): {scorer_ok}/{total} = {scorer_ok / n:.1%}")
    mean = sum(n_mentions) / max(len(n_mentions), 1)
    print(f"place mentions per report: mean {mean:.1f}, max {max(n_mentions)}")
    per_kb = elapsed / max(n_bytes, 1) * 2048 * 1000
    per_report = elapsed / max(len(n_mentions), 1) * 1000
    print(
        f"recognise: {per_kb:.3f} ms per 2 KB (UTF-8), {per_report:.3f} ms per report "
        f"(mean {n_bytes / max(len(n_mentions), 1) / 1024:.1f} KB); load {load_s:.2f} s"
    )
    for line in misses:
        print("  miss", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
