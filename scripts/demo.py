"""``make demo``: what the tool is for, on real Planet imagery kept in demo/data, in three steps.

1. classify a full-resolution strip with the bundled model;
2. teach a concept from three marked tiles, answer the tiles the concept asks to review (as an analyst
   would: the answers are the strip's by-eye labels, bench/data/tile_labels.csv), save the concept;
3. apply the saved concept to other scenes.

Every step is the command a user would type, printed before it runs (the demo doubles as a tutorial),
and leaves a picture in the output folder; the end says what was found, where the files are, and what
to try next. The answers make it deterministic; the labels also say how many flags are right.
"""
from __future__ import annotations

import argparse
import csv
import json
import shlex
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from planet_qgis_plugin.core.model.bundle import default_bundle_path
from planet_qgis_plugin.core.palette import FLAG_COLOURS, IMAGE_CREDIT

ROOT = Path(__file__).resolve().parents[1]

TILE = 256
WIDTH = 1400                       # every picture's width in px
DOCS_WIDTH = 1000                  # the README's copy
YES, NO, UNJUDGED = (40, 220, 80), (255, 60, 60), (170, 170, 170)
HELD = (150, 150, 255)
FLAG = FLAG_COLOURS["other"]
AGRICULTURE = (255, 212, 0)


def font(size: int):
    try:
        return ImageFont.truetype("DejaVuSans.ttf", size)
    except OSError:
        return ImageFont.load_default()


# ---------------------------------------------------------------- running the CLI as a user would

def shown(path) -> str:
    """A path as the user would type it (relative to the repository root when inside it)."""
    p = Path(path).resolve()
    try:
        return str(p.relative_to(ROOT))
    except ValueError:
        return str(path)


def python_shown() -> str:
    """The interpreter as the user would type it: ``.venv/bin/python`` when the demo runs on the checkout's own
    (as make demo does), since a plain ``python`` in a fresh shell is the system's, without the packages."""
    here = Path(sys.executable).absolute()  # not resolved: .venv/bin/python may link outside the checkout
    return str(here.relative_to(ROOT)) if here.is_relative_to(ROOT) else "python"


def cli(module: str, *args, capture: bool = False) -> str:
    """Print ``$ PYTHON -m MODULE ARGS`` and run it; stop the demo with its message if it fails."""
    words = [shown(a) if isinstance(a, Path) else str(a) for a in args]
    print(f"\n$ {python_shown()} -m {module} " + " ".join(shlex.quote(w) for w in words), flush=True)
    run = subprocess.run([sys.executable, "-m", module, *words], check=False, cwd=ROOT, text=True,
                         stdout=subprocess.PIPE if capture else None)
    if run.returncode:
        sys.exit(f"error: the step above failed (exit {run.returncode})")
    return run.stdout or ""


def review_tiles(out: str) -> list[tuple[int, int, float]]:
    """(row, col, p) of the tiles teach --json offers for review, in the order to look at them."""
    return [(int(t["row"]), int(t["col"]), float(t["p"])) for t in json.loads(out)["review"]]


# ---------------------------------------------------------------- reading what the CLI wrote

def tiles(gpkg: Path, fields: str) -> list[dict]:
    with sqlite3.connect(gpkg) as db:
        db.row_factory = sqlite3.Row
        return [dict(r) for r in db.execute(f"SELECT row, col, coverage, {fields} FROM tiles ORDER BY row, col")]


def by_eye(labels: Path, image: str, concept: str) -> dict[tuple[int, int], int]:
    """(row, col) -> 1/0 for one image and concept of the by-eye labels; tiles not judged are absent."""
    with open(labels, newline="") as f:
        return {(int(r["row"]), int(r["col"])): int(r["label"]) for r in csv.DictReader(f)
                if r["image"] == image and r["concept"] == concept}


# ---------------------------------------------------------------- pictures

def scaled(image: Path, width: int) -> tuple[Image.Image, float]:
    im = Image.open(image).convert("RGB")
    s = width / im.width
    return im.resize((width, round(im.height * s)), Image.LANCZOS), s


def box(r: int, c: int, s: float, size: tuple[int, int]) -> tuple[float, float, float, float]:
    return (c * TILE * s, r * TILE * s, min(size[0], (c + 1) * TILE * s) - 1, min(size[1], (r + 1) * TILE * s) - 1)


def strip_picture(image: Path, width: int, title: str, legend: list[tuple[str, tuple]],
                  fills: dict | None = None, frames: dict | None = None, notes: dict | None = None) -> Image.Image:
    """The image at ``width`` px with a faint tile grid; ``fills`` {(r, c): colour} shaded and framed,
    ``frames`` {(r, c): colour} framed only, ``notes`` {(r, c): [(text, colour), ...]} written in the tile;
    a title above and a legend [(text, colour or None)] below."""
    fills, frames, notes = fills or {}, frames or {}, notes or {}
    im, s = scaled(image, width)
    over = Image.new("RGBA", im.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(over)
    step = TILE * s
    for r in range(int(im.height // step) + 1):
        d.line([(0, r * step), (im.width, r * step)], fill=(255, 255, 255, 70))
    for c in range(int(im.width // step) + 1):
        d.line([(c * step, 0), (c * step, im.height)], fill=(255, 255, 255, 70))
    thick, shade = (3, 70) if step < 120 else (5, 30)     # large tiles: a frame is enough to see them
    for (r, c), colour in fills.items():
        d.rectangle(box(r, c, s, im.size), fill=colour + (shade,))
    for (r, c), colour in {**fills, **frames}.items():
        d.rectangle(box(r, c, s, im.size), outline=colour + (255,), width=thick)
    f = font(15)
    for (r, c), texts in notes.items():
        x0, y0 = box(r, c, s, im.size)[:2]
        for i, (text, colour) in enumerate(texts):
            w = d.textlength(text, font=f)
            d.rectangle([x0 + 8, y0 + 8 + 22 * i, x0 + 14 + w, y0 + 28 + 22 * i], fill=(0, 0, 0, 170))
            d.text((x0 + 11, y0 + 9 + 22 * i), text, fill=colour + (255,), font=f)
    im = Image.alpha_composite(im.convert("RGBA"), over).convert("RGB")
    ImageDraw.Draw(im).text((6, im.height - 18), IMAGE_CREDIT, fill=(255, 255, 255), font=font(13))
    return titled(im, title, legend)


def titled(im: Image.Image, title: str, lines: list[tuple[str, tuple]]) -> Image.Image:
    """``im`` under a title line and above a legend: one row of coloured keys with their text."""
    f, fb = font(16), font(20)
    out = Image.new("RGB", (im.width, im.height + 40 + 30 * bool(lines)), (24, 24, 24))
    d = ImageDraw.Draw(out)
    d.text((8, 8), title, fill=(255, 255, 255), font=fb)
    out.paste(im, (0, 36))
    x, y = 8, im.height + 42
    for text, colour in lines:
        if colour is not None:
            d.rectangle([x, y + 3, x + 14, y + 17], fill=colour)
            x += 20
        d.text((x, y), text, fill=(230, 230, 230), font=f)
        x += d.textlength(text, font=f) + 24
    return out


def chip_row(image: Path, chips: list[tuple[int, int, float, int | None]], width: int, title: str) -> Image.Image:
    """The tiles ``chips`` [(row, col, p, answer: 1 yes / 0 no / None skip)] side by side at full
    resolution, each framed in its answer's colour, with its p and the answer below."""
    src = Image.open(image).convert("RGB")
    n = max(1, len(chips))
    side = min(200, (width - 8 * (n + 1)) // n)
    out = Image.new("RGB", (width, side + 70), (24, 24, 24))
    d, f = ImageDraw.Draw(out), font(15)
    d.text((8, 6), title, fill=(255, 255, 255), font=font(18))
    for i, (r, c, p, answer) in enumerate(chips):
        x, y = 8 + i * (side + 8), 32
        window = src.crop((c * TILE, r * TILE, min(src.width, (c + 1) * TILE), min(src.height, (r + 1) * TILE)))
        k = side / TILE
        out.paste(window.resize((max(1, round(window.width * k)), max(1, round(window.height * k))), Image.LANCZOS), (x, y))
        colour = {1: YES, 0: NO}.get(answer, UNJUDGED)
        d.rectangle([x - 3, y - 3, x + side + 2, y + side + 2], outline=colour, width=3)
        d.text((x, y + side + 6), f"{r}:{c}  p {p:.2f}  " + {1: "yes", 0: "no"}.get(answer, "skip"), fill=colour, font=f)
    return out


def stack(parts: list[Image.Image], path: Path) -> Path:
    out = Image.new("RGB", (max(p.width for p in parts), sum(p.height for p in parts) + 6 * (len(parts) - 1)),
                    (60, 60, 60))
    y = 0
    for p in parts:
        out.paste(p, (0, y))
        y += p.height + 6
    out.save(path)
    print(f"  picture: {shown(path)}")
    return path


# ---------------------------------------------------------------- the three steps

def step_classify(args, gpkg: Path) -> tuple[Image.Image, list[dict]]:
    print("\n== 1. Classify a full-resolution Planet strip with the bundled model ==")
    cli("planet_qgis_plugin", args.strip, "-o", gpkg, "--overwrite", "-q")
    rows = tiles(gpkg, "tags, flagged, p_agriculture")
    agri = {(t["row"], t["col"]): AGRICULTURE for t in rows if "agriculture" in (t["tags"] or "").split()}
    flagged = {(t["row"], t["col"]): FLAG_COLOURS["mining"] for t in rows if t["flagged"]}
    pic = strip_picture(args.strip, WIDTH,
                        f"1. classify {args.strip.name}: {len(rows)} tiles, 17 tag probabilities each; no flag raised",
                        [(f"tagged agriculture: {len(agri)} tiles", AGRICULTURE),
                         (f"flagged mining / logging / slash-and-burn: {len(flagged)} tiles", FLAG_COLOURS["mining"])],
                        frames={**agri, **flagged})
    stack([pic], args.out / "1_classify.png")
    return pic, rows


def step_teach(args, gpkg: Path, answers: dict) -> tuple[list[Image.Image], dict]:
    print(f"\n== 2. Teach '{args.name}' from {len(args.marks)} marked tiles, answer its reviews, save it ==")
    saved = args.out / f"{args.name}.concept.json"   # a small file: classify --concept applies it
    precision = ["--target-precision", args.target_precision] if args.target_precision else []
    pos, neg, skip, asked, log = list(args.marks), [], [], set(args.marks), []
    for round_ in range(args.rounds + 1):
        last = round_ == args.rounds
        out = cli("planet_qgis_plugin.teach", gpkg, "--name", args.name, "--positive", ",".join(pos),
                  *(["--negative", ",".join(neg)] if neg else []), *(["--skip", ",".join(skip)] if skip else []),
                  "--json", *precision, *(["--save-concept", saved] if last else []), capture=True)
        print("  " + said(out, args.name))
        if last:
            break
        answered = 0
        for r, c, p in review_tiles(out):
            key = f"{r}:{c}"
            if key in asked or answered == args.per_round:
                continue
            asked.add(key)
            answered += 1
            a = answers.get((r, c))
            log.append((r, c, p, a))
            print(f"  review {key:>6} (p {p:.2f}): " + {1: "yes", 0: "no"}.get(a, "skip (not sure)"))
            {1: pos, 0: neg}.get(a, skip).append(key)
    rows = tiles(gpkg, f"p_{args.name} AS p, flag_{args.name} AS flag")
    flagged = {(t["row"], t["col"]) for t in rows if t["flag"]}
    truth = {k for k, v in answers.items() if v == 1}
    right, wrong = len(flagged & truth), len([k for k in flagged if answers.get(k) == 0])
    outlines = {**{tuple(map(int, k.split(":"))): NO for k in neg}, **{tuple(map(int, k.split(":"))): YES for k in pos}}
    pic = strip_picture(args.strip, WIDTH,
                        f"2. teach '{args.name}' from {len(args.marks)} marks + {len(log)} answered reviews",
                        [((f"flag_{args.name}: {len(flagged)} tiles ({right} right, {wrong} wrong, "
                           f"{len(flagged) - right - wrong} not judged by eye)"), FLAG),
                         (f"marked / answered yes: {len(pos)}", YES), (f"answered no: {len(neg)}", NO)],
                        fills={k: FLAG for k in flagged}, frames=outlines)
    chips = chip_row(args.strip, log[:args.chips], WIDTH,
                     "the first tiles review offered, in its order, with p when offered and the analyst's answer")
    stack([pic, chips], args.out / "2_teach.png")
    return [pic, chips], {"flagged": len(flagged), "right": right, "wrong": wrong, "truth": len(truth),
                          "covered": len(flagged & truth), "marks": len(args.marks), "answers": len(log), "saved": saved}


def said(out: str, name: str) -> str:
    """One line from teach --json's object: what the concept flags now and how far to trust it."""
    j = json.loads(out)
    return (f"flag_{name} on {j['flagged']} of {j['tiles']} tiles: p >= {j['threshold']:.2f}, expected precision "
            f"{j['expected_precision']:.0%} from {j['answers']} answers; found {j['found']} of about {j['about']}")


def step_apply(args, saved: dict) -> tuple[list[Image.Image], list[str]]:
    print(f"\n== 3. Apply the saved concept '{args.name}' to other scenes ==")
    pics, found = [], []
    # held back = at or above the concept's threshold with the flag left off (unconfirmed on that scene)
    threshold = json.loads(saved["saved"].read_text())["concept"]["threshold"]
    for scene in args.others:
        gpkg = args.out / f"{scene.stem}.gpkg"
        cli("planet_qgis_plugin", scene, "-o", gpkg, "--concept", saved["saved"], "--overwrite", "-q")
        rows, bank = tiles(gpkg, f"p_{args.name} AS p, flag_{args.name} AS flag"), in_bank(scene)
        eye = by_eye(args.labels, scene.name, args.name)
        flagged = {(t["row"], t["col"]) for t in rows if t["flag"]}
        held = {(t["row"], t["col"]) for t in rows if t["p"] >= threshold} - flagged
        full = [t for t in rows if t["coverage"] > 0.5]
        right = len([k for k in flagged if eye.get(k) == 1])
        wrong = len([k for k in flagged if eye.get(k) == 0])
        shows = sum(eye.values())
        line = (f"{scene.name}: flag_{args.name} on {len(flagged)} of {len(rows)} tiles "
                f"({right} right, {wrong} wrong by eye; {shows} of its {len(full)} full tiles show {args.name}s)"
                + (f"; {len(held)} more held back as unconfirmed" if held else ""))
        if bank:
            line += f"\n    (not held out: the bundle's background bank holds {bank}, negatives of every taught concept)"
        print("  " + line)
        found.append(line)
        notes = {}
        for t in full:
            k = (t["row"], t["col"])
            state = " flagged" if k in flagged else " held back" if k in held else ""
            notes[k] = [(f"p {t['p']:.2f}{state}", FLAG if k in flagged else HELD if k in held else (255, 255, 255)),
                        ({1: (f"by eye: {args.name}", YES), 0: (f"by eye: no {args.name}", NO)}.get(eye.get(k), ("by eye: unsure", UNJUDGED)))]
        pics.append(strip_picture(scene, (WIDTH - 6) // len(args.others),
                                  f"3. {scene.name}: {len(flagged)} flagged, {right} right, {wrong} wrong"
                                  + (f"; {len(held)} held back" if held else "") + (" (in the bank)" if bank else ""),
                                  [(f"flag_{args.name}: {len(flagged)}", FLAG),
                                   *([(f"held back: {len(held)}", HELD)] if held else []),
                                   (f"by eye {args.name}: {shows} of {len(full)}", None)],
                                  fills={k: FLAG for k in flagged}, frames={k: HELD for k in held}, notes=notes))
    row = Image.new("RGB", (WIDTH, max(p.height for p in pics)), (60, 60, 60))
    for i, pic in enumerate(pics):
        row.paste(pic, (i * (pic.width + 6), 0))
    pics = [row]
    stack(pics, args.out / "3_apply.png")
    return pics, found


def in_bank(scene: Path) -> str | None:
    """The bundled model's background-bank source line naming ``scene`` (its tiles are negatives of
    every concept taught with the bank, so the scene is not held out), or None."""
    manifest = json.loads((default_bundle_path() / "manifest.json").read_text())
    sources = (manifest.get("metrics") or {}).get("background", {}).get("sources", [])
    return next((line for line in sources if line.endswith(f" of {scene.name}")), None)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--strip", type=Path, required=True, help="full-resolution scene to classify and teach on")
    p.add_argument("--name", default="clearing", help="concept to teach")
    p.add_argument("--marks", required=True, help="ROW:COL,... tiles that show the concept (the first marks)")
    p.add_argument("--labels", type=Path, default=ROOT / "bench" / "data" / "tile_labels.csv",
                   help="by-eye labels: the analyst's answers to reviews, and the check of every flag")
    p.add_argument("--target-precision", default=None,
                   help="teach's --target-precision: the share of flags that should be right (a concept that travels: ask more)")
    p.add_argument("--rounds", type=int, default=3, help="review rounds")
    p.add_argument("--per-round", type=int, default=5, help="reviews answered per round")
    p.add_argument("--chips", type=int, default=7, help="reviews shown as chips")
    p.add_argument("--others", type=Path, nargs="+", required=True, help="scenes to apply the saved concept to")
    p.add_argument("--out", type=Path, default=ROOT / "out" / "demo")
    p.add_argument("--docs", type=Path, default=None, metavar="PNG",
                   help="also write a smaller copy of demo.png there (the README's picture: docs/demo.png)")
    args = p.parse_args(argv)
    args.marks = [m.strip() for m in args.marks.split(",") if m.strip()]
    started = time.perf_counter()
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / f"{args.name}.concept.json").unlink(missing_ok=True)   # the previous run's concept
    gpkg = args.out / f"{args.strip.stem}.gpkg"
    answers = by_eye(args.labels, args.strip.name, args.name)
    one, _ = step_classify(args, gpkg)
    two, taught = step_teach(args, gpkg, answers)
    three, found = step_apply(args, taught)
    whole = Image.open(stack([one, *two, *three], args.out / "demo.png"))
    if args.docs:
        small = whole.resize((DOCS_WIDTH, round(whole.height * DOCS_WIDTH / whole.width)), Image.LANCZOS)
        small.quantize(256, method=Image.FASTOCTREE, dither=Image.NONE).save(args.docs, optimize=True)
        print(f"  picture: {shown(args.docs)}")
    print(f"""
== What was found ({time.perf_counter() - started:.0f} s) ==
  {args.strip.name}: flag_{args.name} on {taught['flagged']} tiles after {taught['marks']} marks and {taught['answers']} reviews:
    by eye {taught['right']} right, {taught['wrong']} wrong, {taught['flagged'] - taught['right'] - taught['wrong']} not judged; \
it covers {taught['covered']} of the {taught['truth']} tiles that show {args.name}s""")
    for line in found:
        print("  " + line)
    print(f"""
== Where the files are ==
  {shown(gpkg)}   the strip's tile layer: tags, p_/flag_ fields, embeddings
  {shown(taught['saved'])}   the saved concept (classify / batch --concept FILE applies it)
  {shown(args.out)}/1_classify.png, 2_teach.png, 3_apply.png, demo.png   the pictures

== Three things to try next ==
  1. Open the layer in QGIS: install the plugin (make package; Plugins > Install from ZIP), add
     {shown(args.strip)} and {shown(gpkg)}; the tiles are styled by flag, and Teach a concept continues from here.
  2. Teach your own concept: {python_shown()} -m planet_qgis_plugin.teach {shown(gpkg)} --name pits --positive ROW:COL,...
  3. Run batch over a folder: {python_shown()} -m planet_qgis_plugin.batch {shown(args.strip.parent)} -o out/batch --concept {shown(taught['saved'])} --report
     (one layer per scene, summary.csv counts each scene's tags and flags, report.html shows them)
""")
    return 0


if __name__ == "__main__":
    sys.exit(main())
