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
tiles of the scene being taught (bank.not_in_scene). bench/teach_flags.py measures the same through the core,
with more draws and every choice; this checks that the CLI, as a program sees it, gives the same.

    python -m bench.teach_cli_loop --variants strip,rot180,mirror,bright,hazy [--draws 2] [--no-bank]

The same loop on transformed copies of the strip (VARIANTS: turned 180 degrees, mirrored, brighter, hazier by a gain
and an offset of its 8-bit values), each cropped to its full tiles first so that a tile of the strip is a whole tile
of every copy, with the labels carried along (the tile at ROW:COL of the strip is at VARIANTS' place in the copy).
The 3 marks are the same tiles of the strip in every copy (drawn as above on the cropped strip, then carried), so a
row differs from the strip's only by what the copy changed. A concept that meets #18's goals on the strip and not on
its copy is fragile: the acceptance check's strips differ from ours in just such ways (sun, haze, the direction of
flight). Its table replaces its own section of the page (variant_heading) and leaves the rest as it was.
The shipped bank holds the strip's own 200 full tiles (scripts/teach_background.py), which teach leaves out on the strip
(a bank row nearly one of the scene's tiles) and, since 2026-12-08, on the turned and mirrored copies (a source that is
the scene's own ground seen again, bank.SAME_GROUND), but not on the brighter or hazier copy, whose tiles the network sees
further apart: there they stay, the tiles showing the concept among them, as negatives. ``--no-bank`` (teach --no-bank for every copy, the strip
included) separates what the copy changes from what the bank's own rows do.
"""
from __future__ import annotations

import argparse
import datetime
import json
import math
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

import numpy as np

from planet_qgis_plugin.cli.common import EXIT_RETRY
from scripts.example_tiles import parse_tile_id, read_tile_labels

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
TAUGHT = "culltivation2.jpg"
CONCEPTS = ("clearing", "water", "sandbar")
MARKS, ANSWERS, CAP = 3, 20, 120
TILE = 256  # the grid classify cuts at stride 256 (the by-eye labels' tiles)
VARIANT_HEADING = "## The strip turned, mirrored, brighter and hazier"


def _gain(a: np.ndarray, gain: float, offset: float) -> np.ndarray:
    return np.clip(a.astype(np.float32) * gain + offset, 0, 255).round().astype(np.uint8)


def _same(row: int, col: int, rows: int, cols: int) -> tuple[int, int]:
    return row, col


#: name: (what the copy is, its pixels from the cropped strip's (H, W, bands), where the strip's tile ROW:COL lands
#: in a grid of rows x cols tiles). The strip is dark (mean 8-bit value 50, 99th percentile 127-168) and the bundle
#: scales 8-bit rasters as they are (its uint8 rule: /255), so a gain and an offset reach the network unchanged.
VARIANTS = {
    "strip": ("the strip cropped to its full tiles (this table's baseline)", lambda a: a, _same),
    "rot180": ("turned 180 degrees", lambda a: a[::-1, ::-1], lambda r, c, n, m: (n - 1 - r, m - 1 - c)),
    "mirror": ("mirrored left to right", lambda a: a[:, ::-1], lambda r, c, n, m: (r, m - 1 - c)),
    "bright": ("brighter: 1.3 x value + 15", lambda a: _gain(a, 1.3, 15), _same),
    "hazy": ("hazier: 0.7 x value + 60 (less contrast under a grey veil)", lambda a: _gain(a, 0.7, 60), _same),
}
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


#: teach's and classify's --bundle (main's --bundle): the bundled model where empty
BUNDLE: list[str] = []


def classify(image: Path, out: Path, *more: str) -> Path:
    out.unlink(missing_ok=True)  # classify keeps a layer carrying another concept taught on it (its answers)
    run(["planet_qgis_plugin", str(image), "-o", str(out), "--overwrite", "-q", *BUNDLE, *more])
    return out


def flags(gpkg: Path, name: str) -> dict:
    with sqlite3.connect(gpkg) as db:
        return {(r, c): bool(f) for r, c, f in db.execute(f"SELECT row, col, flag_{name} FROM tiles")}


def field_name(concept: str) -> str:
    """The concept's name in the layer: 'water' is also a Kaggle tag, whose fields a concept may not take."""
    return f"eye_{concept}"


def draw_marks(truth: dict, concept: str, draw: int) -> list[tuple[int, int]]:
    """The 3 true tiles a draw marks (seeded by the draw and the concept)."""
    true = sorted(k for k, v in truth.items() if v)
    rng = np.random.default_rng([draw, sum(map(ord, concept))])
    return [true[i] for i in rng.choice(len(true), MARKS, replace=False)]


def one_analyst(base: Path, truth: dict, concept: str, draw: int, work: Path,
                marks: list[tuple[int, int]] | None = None, more: tuple[str, ...] = ()) -> dict:
    """3 marks (``marks``, else draw_marks), answers through the CLI's review list (each teach call given ``more``
    too); the measures at 20 answers and the looks to 90 %."""
    name = field_name(concept)
    gpkg = work / f"{concept}_{draw}.gpkg"
    gpkg.write_bytes(base.read_bytes())
    true = sorted(k for k, v in truth.items() if v)
    need = math.ceil(0.9 * len(true))
    marks = marks or draw_marks(truth, concept, draw)
    said = {"--positive": list(marks), "--negative": [], "--skip": []}
    saved = work / f"{concept}_{draw}.concept.json"
    looks, reached, at20 = 0, None, None
    while True:
        extra = ["--save-concept", str(saved)] if looks == ANSWERS else []
        call = ["planet_qgis_plugin.teach", str(gpkg), "--name", name, "--json", "--review", "1", *BUNDLE, *more, *extra]
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


def variant(kind: str, out: Path, source: Path = SHARED / "planet_examples" / TAUGHT
            ) -> tuple[Path, Callable[[int, int], tuple[int, int]], int, int]:
    """(the ``kind`` copy of the strip (``source``) written to ``out``, where the strip's tile ROW:COL lands in it,
    rows, cols): the strip cropped to its full tiles, then transformed (VARIANTS)."""
    from PIL import Image

    with Image.open(source) as image:
        pixels = np.asarray(image.convert("RGB"))
    rows, cols = pixels.shape[0] // TILE, pixels.shape[1] // TILE
    _, transform, place = VARIANTS[kind]
    Image.fromarray(np.ascontiguousarray(transform(pixels[:rows * TILE, :cols * TILE]))).save(out)
    return out, lambda r, c: place(r, c, rows, cols), rows, cols


#: What each analyst's run measures, as the tables head them (measured)
MEASURES = ("flag precision", "flag recall", "expected precision (threshold)", "found / about",
            "reviews to 90 % (best, ratio)", "false flags elsewhere")


def table_head(columns: list[str]) -> list[str]:
    return [table_row(columns), table_row(["---"] * len(columns))]


def table_row(cells: list) -> str:
    return "| " + " | ".join(map(str, cells)) + " |"


def measured(m: dict, wrong: int, total: int, which: list[str]) -> list[str]:
    """MEASURES' cells of one analyst's run (one_analyst) and its concept applied elsewhere (elsewhere)."""
    return [f"{m['precision']:.2f}", f"{m['recall']:.2f}", f"{m['expected']:.2f} ({m['threshold']:.2f})",
            f"{m['found']} / {m['about']}", f"{m['reviews']} ({m['best']}, {m['reviews'] / max(m['best'], 1):.2f})",
            f"{wrong}/{total} ({wrong / max(total, 1):.1%})" + (f": {', '.join(which)}" if which else "")]


def goals(m: dict, wrong: int, total: int) -> str:
    """Which of #18's four goals a row misses (P precision, R recall, F false flags elsewhere, V reviews), or 'all met'."""
    missed = [letter for letter, met in (("P", m["precision"] >= 0.8), ("R", m["recall"] >= 0.7),
                                         ("F", wrong <= 0.02 * total), ("V", m["reviews"] <= 1.25 * m["best"]))
              if not met]
    return "all met" if not missed else "misses " + " ".join(missed)


def variant_heading(bank: bool, bundle: Path | None = None) -> str:
    """The heading of the copies' section: with or without the bank, with the bundled model or ``bundle`` (one
    section each)."""
    return VARIANT_HEADING + ("" if bank else ", without the background bank") + (
        f", with the bundle {bundle.name}" if bundle else "")


def with_section(old: str, heading: str, section: str) -> str:
    """Page ``old`` with its part from ``heading`` (a whole line) to the next heading of that level (or the end)
    replaced by ``section``, which is appended where it has none."""
    found = re.search(f"^{re.escape(heading)}$", old, flags=re.MULTILINE)
    start = found.start() if found else -1
    if start < 0:
        return old.rstrip("\n") + "\n\n" + section
    end = old.find("\n## ", start + len(heading))
    return old[:start] + section + ("" if end < 0 else "\n" + old[end + 1:])


def variants_section(args, all_labels: dict) -> str:
    """The loop on each of ``args.variants``' copies of the strip (the module docstring): VARIANT_HEADING's section."""
    rows = table_head(["copy", "concept (true tiles)", "draw", *MEASURES, "#18's goals"])
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for kind in args.variants.split(","):
            image, place, n_rows, n_cols = variant(kind, work / f"{Path(TAUGHT).stem}_{kind}.tif")
            base = classify(image, work / f"taught_{kind}.gpkg")
            for concept in args.concepts.split(","):
                strip = {k: v for k, v in all_labels[TAUGHT][concept].items() if k[0] < n_rows and k[1] < n_cols}
                truth = {place(*k): v for k, v in strip.items()}
                for draw in range(args.draws):
                    marks = [place(*k) for k in draw_marks(strip, concept, draw)]
                    m = one_analyst(base, truth, concept, draw, work, marks, () if args.bank else ("--no-bank",))
                    if m["concept_file"] is None:
                        rows.append(f"| {kind} | {concept} | {draw} | fewer than {ANSWERS} tiles to review |||||||")
                        continue
                    wrong, total, which = elsewhere(m["concept_file"], concept, all_labels, work)
                    rows.append(table_row([kind, f"{concept} ({sum(truth.values())})", draw,
                                           *measured(m, wrong, total, which), goals(m, wrong, total)]))
                    print(rows[-1], flush=True)
    said = "; ".join(f"`{k}` {VARIANTS[k][0]}" for k in args.variants.split(","))
    options = f"--variants {args.variants} --concepts {args.concepts} --draws {args.draws}" + (
        "" if args.bank else " --no-bank") + (f" --bundle {args.bundle}" if args.bundle else "")
    return "\n".join([
        variant_heading(args.bank, args.bundle), "",
        f"Generated by `python -m bench.teach_cli_loop {options}` on "
        f"{datetime.date.today().isoformat()} (the module docstring: the same loop on copies of the strip cropped to "
        f"its full tiles, the labels and the 3 marks carried to where each tile lands). Copies: {said}. The concept "
        "saved after 20 answers is applied to the same other images as above, unchanged.", "", *rows, ""])
def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--draws", type=int, default=2)
    p.add_argument("--concepts", default=",".join(CONCEPTS))
    p.add_argument("--out", type=Path, default=ROOT / "docs" / "teach_cli_loop.md")
    p.add_argument("--variants", default="", help=f"comma-separated copies of the strip: {', '.join(VARIANTS)}")
    p.add_argument("--no-bank", dest="bank", action="store_false",
                   help="teach the copies without the bundle's background bank (teach --no-bank)")
    p.add_argument("--bundle", type=Path, default=None, help="the model bundle classify and teach use (--bundle)")
    args = p.parse_args()
    BUNDLE[:] = ["--bundle", str(args.bundle)] if args.bundle else []
    if not (SHARED / "planet_examples" / TAUGHT).is_file():
        print(f"error: {SHARED / 'planet_examples' / TAUGHT} is missing (../shared/data beside the checkout)",
              file=sys.stderr)
        return 1
    all_labels = labels()
    old = args.out.read_text() if args.out.is_file() else ""
    if args.variants:
        unknown = sorted(set(args.variants.split(",")) - set(VARIANTS))
        if unknown:
            print(f"error: --variants {unknown[0]!r} is not one of {', '.join(VARIANTS)}", file=sys.stderr)
            return 1
        args.out.write_text(with_section(old, variant_heading(args.bank, args.bundle), variants_section(args, all_labels)))
        print(f"wrote {args.out}")
        return 0
    rows = table_head(["concept (true tiles)", "draw", *MEASURES])
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
                rows.append(table_row([f"{concept} ({sum(truth.values())})", draw, *measured(m, wrong, total, which)]))
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
    kept = old.find(VARIANT_HEADING)  # the copies' section (--variants) stays as it was
    args.out.write_text(text + ("\n" + old[kept:] if kept >= 0 else ""))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
