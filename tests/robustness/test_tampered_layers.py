"""Hostile inputs of 2026-12-06: tile GeoPackages edited outside the plugin (a value typed into the wrong field, a
layer metadata item rewritten). SQLite keeps text in a REAL column and OGR reads it as 0; a number read back from a
metadata item may be nan. Neither may pass for a number."""
from __future__ import annotations

import csv

import pytest

from .conftest import run_cli


def _batch(scene, out, bundle):
    return run_cli("batch", scene, "-o", out, "--workers", "1", "--bundle", bundle.path, timeout=300)


@pytest.mark.parametrize("value", ["nan", "inf", "-3", "1e999", "fast"])
def test_a_tampered_run_fact_is_blank_in_the_summary_never_nan(value, untrained_bundle, make_raster, tmp_path):
    """PLANET_CHIPS_PER_S / PLANET_SECONDS / PLANET_SKIPPED of an up-to-date scene's layer rewritten by hand: the
    summary's column is blank (as for a value that is not a number at all), never `nan` or `inf`."""
    from planet_qgis_plugin.core.layer.tiletable import write_run_metadata

    scenes = tmp_path / "scenes"
    scenes.mkdir()
    scene = make_raster(300, 300, name="scenes/scene.tif")
    out = tmp_path / "out"
    assert _batch(scene, out, untrained_bundle).returncode == 0
    write_run_metadata(out / "scene.gpkg", {"chips_per_s": value, "seconds": value, "skipped": value})
    proc = _batch(scene, out, untrained_bundle)
    assert proc.returncode == 0, proc.stderr
    with open(out / "summary.csv", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["status"] == "up to date"
    for column in ("chips_per_s", "seconds", "skipped"):
        assert row[column] == "", (column, row[column])


@pytest.mark.parametrize("field, value, shown", [
    ("p_clear", "'abc'", "'abc'"), ("score_mining", "'high'", "'high'"), ("flag_mining", "'true'", "'true'"),
    ("clear", "'yes'", "'yes'"), ("coverage", "x'00ff'", "a BLOB"), ("row", "'0'", None)],
    ids=["tag-probability", "group-score", "flag", "tag", "coverage-blob", "text-that-is-a-number"])
def test_text_in_a_number_field_of_a_tile_is_refused_not_read_as_zero(field, value, shown, untrained_bundle,
                                                                       make_raster, tmp_path):
    """A value typed as text into a REAL or BOOLEAN field of the tiles (SQLite keeps text a REAL column cannot take
    as a number, and OGR reads it as 0): change took p_clear 'abc' as 0 and compared on. Refused in one line naming
    the field and the tile; text that reads as a number is stored as one (SQLite's affinity) and is read."""
    from .conftest import assert_refused, edited_pair, snapshot

    edited_pair(make_raster, untrained_bundle, tmp_path, f"UPDATE tiles SET {field} = {value} WHERE fid = 2")
    args = ["change", tmp_path / "a.gpkg", tmp_path / "b.gpkg", "-o", tmp_path / "c.gpkg", "--bundle",
            untrained_bundle.path]
    if shown is None:
        assert run_cli(*args).returncode == 0
        return
    before = snapshot(tmp_path)
    line = assert_refused(run_cli(*args), f"{field} of fid 2 is {shown}, not a number", before, tmp_path)
    assert "b.gpkg" in line, line
