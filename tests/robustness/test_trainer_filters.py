"""The trainer's tile GeoPackage input (issue #23): ``--where`` is a simple filter of the layer's own fields,
checked before GDAL hands it to SQLite (unknown fields, sub-queries, function calls, a second statement,
comments are one line and exit 2, like every trainer error), and a raster the tiles do not lie on is
named as such, not as 'not on whole pixels'."""
from __future__ import annotations

import subprocess
import sys

import pytest

from ..conftest import ROOT, VISUAL_RGBA, edit_tiles
from .conftest import assert_refused

TRAIN = [sys.executable, "-m", "trainer.train"]
TINY = ["--arch", "baseline", "--pretrained", "none", "--input-size", "32", "--batch-size", "2", "--workers", "0",
        "--no-progress", "--no-export", "--epochs", "1"]


@pytest.fixture(scope="module")
def tiles(tmp_path_factory):
    """VISUAL_RGBA classified (3x2 tiles), every tile tagged by an 'analyst'."""
    from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, classify

    gpkg = tmp_path_factory.mktemp("tiles") / "tiles.gpkg"
    classify(VISUAL_RGBA, gpkg, options=ClassifyOptions(backend="onnx", device="cpu"))
    edit_tiles(gpkg, {(r, c): {"tags": "clear primary"} for r in range(2) for c in range(3)})
    return gpkg


HOSTILE = [
    ("nosuchfield = 1", "has no field 'nosuchfield'"),
    ("tags LIKE '%primary%'; DROP TABLE tiles", "is not a simple filter: '; DROP TABLE tiles'"),
    ("1=1) OR (1=1", "is not a simple filter (expected name, found '1')"),
    ("row IN (SELECT fid FROM tiles)", "expected a number or 'text', found 'SELECT'"),
    ("load_extension('/tmp/x.so')", "has no field 'load_extension'"),
    ("row = 0 -- comment", "is not a simple filter: '-- comment'"),
    ("row = 0 /* c */", "is not a simple filter: '/* c */'"),
    ("row = col", "expected a number or 'text', found 'col'"),
    ("row = abs(-1)", "expected a number or 'text', found 'abs'"),
    ("tags LIKE row", "expected text"),
    ("row", "row is not followed by a comparison"),
    ("(" * 30 + "row = 0" + ")" * 30, "nested more than 20 deep"),
    ("row = 0 " + "OR row = 0 " * 200, "characters long"),
    ("row = 0 AND", "found the end"),
    ("\"tags\" = 'x' UNION SELECT 1", "unexpected 'UNION'"),
]


@pytest.mark.parametrize("where, message", HOSTILE, ids=[w[:24] for w, _ in HOSTILE])
def test_a_filter_that_is_not_simple_is_refused_with_exit_2(where, message, tiles, tmp_path, capsys):
    from trainer.train import main

    assert main(["--data", str(tiles), "--raster", str(VISUAL_RGBA), "--where", where,
                 "--out", str(tmp_path / "run"), *TINY]) == 2
    err = capsys.readouterr().err
    lines = [l for l in err.splitlines() if l.startswith("error: ")]
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in err, err
    assert not (tmp_path / "run").exists()


def test_an_unknown_field_in_a_real_process_is_one_line_and_exit_2(tiles, tmp_path):
    """The process the user runs (it raised ValueError: __len__() should return >= 0 there)."""
    proc = subprocess.run([*TRAIN, "--data", str(tiles), "--raster", str(VISUAL_RGBA), "--where", "nosuchfield = 1",
                           "--out", str(tmp_path / "run"), *TINY], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert_refused(proc, "has no field 'nosuchfield'", code=2)


@pytest.mark.parametrize("where, expected", [
    ("row = 0", 3), ("\"row\" IN (0, 1) AND NOT (col >= 2)", 4), ("tags LIKE '%primary%'", 6),
    ("row BETWEEN 0 AND 0 OR col = 2", 4), ("tags IS NOT NULL AND ROW <> 1", 3), ("coverage > 0.5e0", None),
])
def test_simple_filters_keep_the_tiles_they_name(where, expected, tiles):
    from trainer.tables import load_table

    table = load_table(tiles, raster=VISUAL_RGBA, where=where, skip_bad=True)
    if expected is not None:
        assert len(table) == expected


@pytest.mark.parametrize("shift, message", [
    (10_000, "none of the 6 tiles of tiles.gpkg overlaps moved.tif"),
    (256, "does not overlap the raster"),
])
def test_a_raster_the_tiles_do_not_lie_on_is_named_as_such(shift, message, tiles, tmp_path):
    """The same pixels moved east by ``shift`` pixels: all tiles, or the first column, fall off it."""
    import rasterio
    from rasterio.transform import Affine

    from trainer.data import DataError
    from trainer.tables import load_table

    moved = tmp_path / "moved.tif"
    with rasterio.open(VISUAL_RGBA) as src:
        profile = src.profile
        profile["transform"] = src.transform * Affine.translation(shift, 0)
        with rasterio.open(moved, "w", **profile) as dst:
            dst.write(src.read())
    with pytest.raises(DataError, match=message) as caught:
        load_table(tiles, raster=moved)
    assert "not on whole pixels" not in str(caught.value)
