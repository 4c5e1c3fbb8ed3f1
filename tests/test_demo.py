"""make demo's pieces: the steps run as a user would type them, on the imagery kept in demo/data, and
the pictures mark the tiles they say they mark."""
import sqlite3
import subprocess
import sys

import numpy as np
from PIL import Image

from scripts import demo

from .conftest import ROOT

DATA = ROOT / "demo" / "data"


def test_demo_imagery_is_kept_with_its_provenance():
    source = (DATA / "SOURCE.md").read_text()
    for image in ("culltivation2.jpg", "cultivation.jpg", "blowdown.jpg"):
        assert (DATA / image).is_file() and image in source
    assert "Imagery (c) Planet Labs PBC" in source
    makefile = (ROOT / "Makefile").read_text()
    assert "-m scripts.demo" in makefile and "DEMO_MARKS" in makefile


def test_strip_picture_shades_only_the_flagged_tile():
    image = DATA / "cultivation.jpg"
    width = 600
    plain = np.asarray(demo.scaled(image, width)[0]).astype(int)
    pic = np.asarray(demo.strip_picture(image, width, "t", [], fills={(0, 1): demo.FLAG})).astype(int)
    top = 36                                    # the title bar above the image
    step = demo.TILE * width / Image.open(image).width
    (y1, x1), (y0, x0) = [(top + int(step / 2), int(step * (c + 0.5))) for c in (1, 0)]
    moved = np.abs(pic[y1 - 10:y1 + 10, x1 - 10:x1 + 10] - plain[y1 - top - 10:y1 - top + 10, x1 - 10:x1 + 10]).mean()
    still = np.abs(pic[y0 - 10:y0 + 10, x0 - 10:x0 + 10] - plain[y0 - top - 10:y0 - top + 10, x0 - 10:x0 + 10]).mean()
    assert moved > 10 and still < 2
    # the shade pulls the flagged tile toward the flag colour
    shaded = pic[y1 - 10:y1 + 10, x1 - 10:x1 + 10].reshape(-1, 3).mean(0)
    original = plain[y1 - top - 10:y1 - top + 10, x1 - 10:x1 + 10].reshape(-1, 3).mean(0)
    assert np.linalg.norm(shaded - demo.FLAG) < np.linalg.norm(original - demo.FLAG)


def test_review_tiles_keeps_teach_order():
    out = '{"review": [{"fid": 7, "row": 1, "col": 2, "p": 0.5}, {"fid": 3, "row": 0, "col": 4, "p": 0.9}]}'
    assert demo.review_tiles(out) == [(1, 2, 0.5), (0, 4, 0.9)]


def test_demo_runs_end_to_end_on_small_scenes(tmp_path):
    """The whole sequence (classify, teach + answered reviews + save, apply) on two small strips."""
    out = tmp_path / "demo"
    run = subprocess.run([sys.executable, "-m", "scripts.demo", "--strip", str(DATA / "cultivation.jpg"),
                          "--name", "clearing", "--marks", "0:0", "--rounds", "1", "--per-round", "2",
                          "--others", str(DATA / "blowdown.jpg"), "--out", str(out)],
                         check=False, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert f"$ {demo.python_shown()} -m planet_qgis_plugin demo/data/cultivation.jpg" in run.stdout
    assert run.stdout.count("  review ") == 2
    for name in ("1_classify.png", "2_teach.png", "3_apply.png", "demo.png"):
        assert Image.open(out / name).width == demo.WIDTH
    with sqlite3.connect(out / "blowdown.gpkg") as db:
        flagged = db.execute("SELECT count(*) FROM tiles WHERE flag_clearing").fetchone()[0]
    assert f"blowdown.jpg: flag_clearing on {flagged} of " in run.stdout
    assert "Three things to try next" in run.stdout
    assert (out / "clearing.concept.json").is_file()
