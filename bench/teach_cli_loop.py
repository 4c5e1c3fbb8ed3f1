"""#18's acceptance protocol, run through the command line only -> docs/teach_cli_loop.md

    python -m bench.teach_cli_loop [--draws 2] [--concepts clearing,water,sandbar] [--out docs/teach_cli_loop.md]

What a program driving the CLI does (issue #18, item 6), on the strip labelled by eye (bench/data/tile_labels.csv):
classify culltivation2.jpg (``python -m planet_qgis_plugin``); mark 3 random true tiles; then, one call of
``python -m planet_qgis_plugin.teach --json`` per answer, answer the first tile of its ``review`` list from the
labels (Yes: --positive, No: --negative, a tile left out by eye: --skip; each counts as a look), passing every
mark and answer so far as the CLI expects; after 20 answers read ``flag_<name>`` from the GeoPackage (precision and
recall over the labelled tiles) and save the concept (``--save-concept``); go on answering until 90 % of the true
tiles are found (reviews against the best possible: every look a hit). Then ``classify --concept`` applies the
saved concept to every other strip and scene, and its flags are counted on their tiles labelled by eye as not
showing the concept ("false flags elsewhere": a few tens of tiles; bench/teach_flags.py adds the Kaggle chips
whose tags rule the concept out). The bundle's background bank is the shipped one; teach leaves out its rows that are
tiles of the scene being taught (fit.without_scene). bench/teach_flags.py measures the same through the core,
with more draws and every choice; this checks that the CLI, as a program sees it, gives the same.
"""
from __future__ import annotations

import argparse
import datetime
import json
import math
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from planet_qgis_plugin.cli.common import EXIT_RETRY
from scripts.example_tiles import parse_tile_id, read_tile_labels

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
TAUGHT = "culltivation2.jpg"
CONCEPTS = ("clearing", "water", "sandbar")
MARKS, ANSWERS, CAP = 3, 20, 120
RETRIES = 5  # calls of one teach command that exits EXIT_RETRY before the loop gives up


def labels() -> dict:
    """{image: {concept: {(row, col): 0/1}}}: the by-eye labels (example_tiles.read_tile_labels), by image."""
    out: dict = {}
    for concept, tiles in read_tile_labels().items():
        for tile, label in tiles.items():
            image, row, col = parse_tile_id(tile)
            out.setdefault(image, {}).setdefault(concept, {})[(row, col)] = label
    return out


def run(args: list[str]) -> str:
    for _ in range(RETRIES):  # exit 75: the layer was locked or changed by another program, run the same call again
        done = subprocess.run([sys.executable, "-m", *args], capture_output=True, text=True, cwd=ROOT)
        if done.returncode != EXIT_RETRY:
            break
        time.sleep(1)
    if done.returncode:
        raise SystemExit(f"error: {' '.join(args[:2])} failed: {done.stderr.strip().splitlines()[-1:]}")
    return done.stdout


def classify(image: Path, out: Path, *more: str) -> Path:
    run(["planet_qgis_plugin", str(image), "-o", str(out), "--overwrite", "-q", *more])
    return out


def flags(gpkg: Path, name: str) -> dict:
    with sqlite3.connect(gpkg) as db:
        return {(r, c): bool(f) for r, c, f in db.execute(f"SELECT row, col, flag_{name} FROM tiles")}


def field_name(concept: str) -> str:
    """The concept's name in the layer: 'water' is also a Kaggle tag, whose fields a concept may not take."""
    return f"eye_{concept}"


def one_analyst(base: Path, truth: dict, concept: str, draw: int, work: Path) -> dict:
    """3 marks, answers through the CLI's review list; the measures at 20 answers and the looks to 90 %."""
    name = field_name(concept)
    gpkg = work / f"{concept}_{draw}.gpkg"
    gpkg.write_bytes(base.read_bytes())
    true = sorted(k for k, v in truth.items() if v)
    need = math.ceil(0.9 * len(true))
    rng = np.random.default_rng([draw, sum(map(ord, concept))])
    marks = [true[i] for i in rng.choice(len(true), MARKS, replace=False)]
    said = {"--positive": list(marks), "--negative": [], "--skip": []}
    saved = work / f"{concept}_{draw}.concept.json"
    looks, reached, at20 = 0, None, None
    while True:
        extra = ["--save-concept", str(saved)] if looks == ANSWERS else []
        call = ["planet_qgis_plugin.teach", str(gpkg), "--name", name, "--json", "--review", "1", *extra]
        for flag, tiles in said.items():
            call += [item for t in tiles for item in (flag, f"{t[0]}:{t[1]}")]
        out = json.loads(run(call))
        if reached is None and len(said["--positive"]) >= need:
            reached = looks
        if looks == ANSWERS:
            got = flags(gpkg, name)
            hits = sum(got[k] and v == 1 for k, v in truth.items() if k in got)
            flagged = sum(got[k] for k in truth if k in got)
            at20 = {"precision": hits / flagged if flagged else float("nan"), "recall": hits / len(true),
                    "expected": out["expected_precision"], "threshold": out["threshold"],
                    "found": out["found"], "about": out["about"]}
        if (looks >= ANSWERS and reached is not None) or looks >= CAP or not out["review"]:
            break
        tile = (out["review"][0]["row"], out["review"][0]["col"])
        said[{1: "--positive", 0: "--negative"}.get(truth.get(tile), "--skip")].append(tile)
        looks += 1
    return {**(at20 or {}), "reviews": reached if reached is not None else CAP, "best": need - MARKS,
            "concept_file": saved if saved.is_file() else None}


def elsewhere(concept_file: Path, concept: str, all_labels: dict, work: Path) -> tuple[int, int, list[str]]:
    """(false flags, tiles labelled not the concept, each false flag as "image row:col p") over every other
    labelled image."""
    wrong = total = 0
    which = []
    for image, by_concept in sorted(all_labels.items()):
        truth = by_concept.get(concept)
        if image == TAUGHT or not truth:
            continue
        path = next((p for p in (SHARED / "planet_examples" / image, SHARED / "scenes" / image) if p.is_file()), None)
        if path is None:
            continue
        out = classify(path, work / f"apply_{Path(image).stem}.gpkg", "--concept", str(concept_file))
        got = flags(out, field_name(concept))
        no = [k for k, v in truth.items() if v == 0 and k in got]
        wrong += sum(got[k] for k in no)
        total += len(no)
        with sqlite3.connect(out) as db:
            p = {(r, c): v for r, c, v in db.execute(f"SELECT row, col, p_{field_name(concept)} FROM tiles")}
        which += [f"{image} {k[0]}:{k[1]} (p {p[k]:.2f})" for k in sorted(no) if got[k]]
    return wrong, total, which


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--draws", type=int, default=2)
    p.add_argument("--concepts", default=",".join(CONCEPTS))
    p.add_argument("--out", type=Path, default=ROOT / "docs" / "teach_cli_loop.md")
    args = p.parse_args()
    if not (SHARED / "planet_examples" / TAUGHT).is_file():
        print(f"error: {SHARED / 'planet_examples' / TAUGHT} is missing (../shared/data beside the checkout)",
              file=sys.stderr)
        return 1
    all_labels = labels()
    rows = ["| concept (true tiles) | draw | flag precision | flag recall | expected precision (threshold) | "
            "found / about | reviews to 90 % (best, ratio) | false flags elsewhere |",
            "|---|---|---|---|---|---|---|---|"]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        base = classify(SHARED / "planet_examples" / TAUGHT, work / "taught.gpkg")
        for concept in args.concepts.split(","):
            truth = all_labels[TAUGHT][concept]
            for draw in range(args.draws):
                m = one_analyst(base, truth, concept, draw, work)
                if m["concept_file"] is None:   # the review ran dry before 20 answers
                    rows.append(f"| {concept} | {draw} | fewer than {ANSWERS} tiles to review | | | | | |")
                    continue
                wrong, total, which = elsewhere(m["concept_file"], concept, all_labels, work)
                rows.append(f"| {concept} ({sum(truth.values())}) | {draw} | {m['precision']:.2f} | {m['recall']:.2f} | "
                            f"{m['expected']:.2f} ({m['threshold']:.2f}) | {m['found']} / {m['about']} | "
                            f"{m['reviews']} ({m['best']}, {m['reviews'] / max(m['best'], 1):.2f}) | "
                            f"{wrong}/{total} ({wrong / max(total, 1):.1%})" + (f": {', '.join(which)}" if which else "")
                            + " |")
                print(rows[-1], flush=True)
    today = datetime.date.today().isoformat()
    text = "\n".join([
        "# #18's acceptance protocol through the command line", "",
        f"Generated by `python -m bench.teach_cli_loop --draws {args.draws}` on {today}; do not edit by hand. "
        "Protocol: the module docstring of bench/teach_cli_loop.py (3 marks, then one `teach --json` call per "
        "answer, the first review tile answered from the by-eye labels; measures after 20 answers; the saved "
        "concept applied by `classify --concept` to every other labelled image, its flags counted on their tiles "
        "labelled as not showing it).", "",
        "Goal (issue #18): precision >= 0.8, recall >= 0.7, false flags on scenes without the activity <= 2 %, "
        "reviews to 90 % <= 1.25 x the best possible.", "", *rows, "",
        f"One strip, a few true tiles per concept and {args.draws} draw(s): read these as a check that the CLI loop "
        "behaves as the core bench (docs/teach_flags.md) says, not as a second estimate. Imagery (c) Planet Labs PBC.",
        ""])
    args.out.write_text(text)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
