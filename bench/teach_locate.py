"""Where in the tile (core/teach/locate.py) on real imagery: teach a concept from 3 marks on a strip, locate its
top unmarked tiles, and draw each with its four half-tile cells (p in each, the best outlined) as a contact
sheet to judge by eye whether the cell lands on the thing (docs/teach.md, "Where in the tile").

    python -m bench.teach_locate --concept clearing --marks 5:21,5:22,6:21 --out docs/img/locate_clearing.png
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from planet_qgis_plugin.core.model.bundle import resolve_bundle
from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, classify
from planet_qgis_plugin.core.teach.locate import Locator
from planet_qgis_plugin.core.teach.session import TeachOptions, TeachSession
from scripts.example_tiles import parse_tile_id, read_tile_labels

ROOT = Path(__file__).resolve().parent.parent
STRIP = ROOT.parent / "shared" / "data" / "planet_examples" / "culltivation2.jpg"


def by_eye(image: str, concept: str) -> dict[tuple[int, int], int]:
    """{(row, col): 0/1} of ``image`` for ``concept`` (example_tiles.read_tile_labels)."""
    out = {}
    for tile, label in read_tile_labels().get(concept, {}).items():
        name, row, col = parse_tile_id(tile)
        if name == image:
            out[(row, col)] = label
    return out


def sheet(strip: Path, located, tiles, labels, out: Path, per_row: int = 5) -> None:
    """Each located tile at full resolution, its cells' p, the best cell outlined (yellow)."""
    from PIL import Image, ImageDraw

    image = Image.open(strip).convert("RGB")
    pad, size = 22, 256
    rows = -(-len(located) // per_row)
    canvas = Image.new("RGB", (per_row * (size + 8), rows * (size + pad + 8)), (255, 255, 255))
    draw = ImageDraw.Draw(canvas)
    for k, (where, tile) in enumerate(zip(located, tiles)):
        x0, y0 = (k % per_row) * (size + 8), (k // per_row) * (size + pad + 8)
        chip = image.crop((where.col * size, where.row * size, where.col * size + size, where.row * size + size))
        canvas.paste(chip, (x0, y0 + pad))
        label = {1: "yes", 0: "no"}.get(labels.get((where.row, where.col)), "?")
        draw.text((x0 + 2, y0 + 2), f"{where.row}:{where.col} p {tile.p:.2f} by eye: {label}", fill=(0, 0, 0))
        half = size // 2
        for r in (0, 1):
            for c in (0, 1):
                box = (x0 + c * half, y0 + pad + r * half, x0 + (c + 1) * half - 1, y0 + pad + (r + 1) * half - 1)
                draw.rectangle(box, outline=(255, 255, 255))
                p = where.cells[r][c]
                draw.text((box[0] + 4, box[1] + 4), "-" if p is None else f"{p:.2f}", fill=(255, 255, 255))
        if where.best is not None:
            r, c = where.best.row, where.best.col
            box = (x0 + c * half, y0 + pad + r * half, x0 + (c + 1) * half - 1, y0 + pad + (r + 1) * half - 1)
            for w in range(3):
                draw.rectangle((box[0] + w, box[1] + w, box[2] - w, box[3] - w), outline=(255, 230, 0))
    canvas.save(out)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--strip", type=Path, default=STRIP)
    p.add_argument("--concept", default="clearing", help="a concept labelled in bench/data/tile_labels.csv")
    p.add_argument("--marks", required=True, help="ROW:COL,... of 3 tiles that show it")
    p.add_argument("--top", type=int, default=10, help="unmarked tiles to locate, likeliest first")
    p.add_argument("--out", type=Path, required=True, help="contact sheet (PNG)")
    args = p.parse_args(argv)
    bundle = resolve_bundle(None)
    with tempfile.TemporaryDirectory() as folder:
        gpkg = Path(folder) / "strip.gpkg"
        classify(args.strip, gpkg, bundle, ClassifyOptions())
        session = TeachSession(gpkg, bundle, TeachOptions(name=args.concept, top_count=args.top))
        session.mark(args.marks.split(","))
        state = session.refit()
        started = time.perf_counter()
        located = Locator(session.tiles, bundle).locate(state.result.concept, [t.fid for t in state.top])
        seconds = time.perf_counter() - started
    labels = by_eye(args.strip.name, args.concept)
    print(f"{args.concept}, marks {args.marks}: {len(located)} tiles located in {seconds:.1f} s")
    for where, tile in zip(located, state.top):
        cells = " ".join("-" if v is None else f"{v:.2f}" for row in where.cells for v in row)
        print(f"  {where.row}:{where.col}  p {tile.p:.2f}  by eye {labels.get((where.row, where.col), '?')}  "
              f"cells [{cells}]  best {where.best.row}:{where.best.col}  windows {where.windows}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    sheet(args.strip, located, state.top, labels, args.out)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
