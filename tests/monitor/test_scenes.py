"""Which rasters a batch takes, where outputs go, and when a scene was acquired."""
from __future__ import annotations

import csv
import os
import shutil
from pathlib import Path

import pytest

from planet_qgis_plugin.core.monitor.scenes import ScenesError, check_output_folder, find_scenes
from planet_qgis_plugin.core.pipeline.acquired import acquisition_date, date_from_name, raster_date
from tests.conftest import BORNEO, RAPIDEYE, SCENES, VISUAL_RGBA


def test_folder_is_searched_for_raster_endings_only():
    found = find_scenes([SCENES])
    assert {p.name for p in found} == {p.name for p in SCENES.iterdir() if p.suffix == ".tif"}
    assert all(p.is_absolute() for p in found)


def test_a_jpeg_spelt_jpeg_is_a_scene_as_one_spelt_jpg(tmp_path):
    """A folder of JPEGs named .jpeg (as many tools write them) was 'has no rasters', its .jpg twin taken."""
    for name in ("a.jpg", "b.jpeg", "C.JPEG", "notes.txt"):
        (tmp_path / name).write_bytes(b"")
    assert sorted(p.name for p in find_scenes([tmp_path])) == ["C.JPEG", "a.jpg", "b.jpeg"]


def test_folder_without_rasters_is_one_line_error(tmp_path):
    (tmp_path / "notes.txt").write_text("no rasters here")
    with pytest.raises(ScenesError, match="has no rasters") as info:
        find_scenes([tmp_path])
    assert "\n" not in str(info.value)


def test_a_folder_whose_rasters_lie_behind_a_link_says_the_link_is_not_searched(tmp_path):
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "scene.tif").write_bytes(b"")
    (tmp_path / "todo").mkdir()
    (tmp_path / "todo" / "june").symlink_to(tmp_path / "archive")
    with pytest.raises(ScenesError, match=r"linked folder\(s\) .*june are not searched: give them as inputs"):
        find_scenes([tmp_path / "todo"])
    assert find_scenes([tmp_path / "todo" / "june"]) == [(tmp_path / "archive" / "scene.tif").resolve()]


def test_missing_input_and_name_clash(tmp_path):
    with pytest.raises(ScenesError, match="does not exist"):
        find_scenes([tmp_path / "nope.tif"])
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.tif").write_bytes(b"")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "x.tif").write_bytes(b"")
    with pytest.raises(ScenesError, match="would both be written to x.gpkg"):
        find_scenes([tmp_path / "a", tmp_path / "b"])


def test_output_folder_that_is_a_file(tmp_path):
    target = tmp_path / "out"
    target.write_text("a file")
    with pytest.raises(ScenesError, match="is a file"):
        check_output_folder(target)
    assert target.read_text() == "a file"
    assert check_output_folder(tmp_path / "new" / "deeper").is_dir()


@pytest.mark.parametrize("name,date", [
    ("20170915_020728_103d_3B_AnalyticMS.tif", "2017-09-15"),
    ("1056417_2017-03-08_RE3_3A_Visual_clip.tif", "2017-03-08"),
    ("20221221_084022_18_2414_3B_AnalyticMS_SR.gpkg", "2022-12-21"),
    ("scene_20171399_120000.tif", None),      # no 13th month
    ("tiles.gpkg", None),
    ("20161216_152319_1932520_RapidEye-5_subarea.tif", "2016-12-16"),   # RapidEye scene
    ("633841_1932520_2017-07-19_1004_subarea.tif", "2017-07-19"),       # PlanetScope ortho tile
    ("PSScene_20230105T101010_x.tif", "2023-01-05"),
])
def test_date_from_planet_file_names(name, date):
    assert date_from_name(name) == date


def test_acquisition_date_order_metadata_name_never_file_time(tmp_path):
    assert raster_date(BORNEO).source == "metadata"            # TIFFTAG_DATETIME 2017:09:15 02:07:28
    assert raster_date(BORNEO).date == "2017-09-15"
    assert raster_date(VISUAL_RGBA).describe() == "2017-03-08 (file name)"
    plain = tmp_path / "scene.tif"
    plain.write_bytes(RAPIDEYE.read_bytes()[:10])
    os.utime(plain, (0, 86400 * 365))
    got = acquisition_date(plain, {})
    assert (got.date, got.source, got.known) == ("unknown", "", False)   # a file time is not an acquisition date
    assert acquisition_date(plain, {"ACQUIRED": "2020-05-04T10:00:00Z"}).date == "2020-05-04"


def test_every_classify_run_records_scene_date_bundle_and_grid(tmp_path):
    """The CLI, the dialog, Processing and batch all go through core classify: it records the run's facts."""
    import json
    import shutil

    from planet_qgis_plugin.core.layer.tiletable import read_tiles, run_metadata
    from planet_qgis_plugin.core.monitor.change import layer_date
    from planet_qgis_plugin.core.pipeline.classify import classify

    named = tmp_path / "633841_1932520_2017-07-19_1004_subarea.tif"
    shutil.copyfile(VISUAL_RGBA, named)
    classify(named, tmp_path / "tiles.gpkg")
    table = read_tiles(tmp_path / "tiles.gpkg", with_embeddings=False)
    facts = run_metadata(table)
    assert facts["scene"] == str(named.resolve())
    assert (facts["acquired"], facts["acquired_source"]) == ("2017-07-19", "file name")
    assert "planet" in facts["bundle"] and json.loads(facts["grid"])["anchor"] == "crs"
    assert layer_date(table).describe() == "2017-07-19 (file name)"
    classify(BORNEO, tmp_path / "b.gpkg")
    assert layer_date(read_tiles(tmp_path / "b.gpkg", with_embeddings=False)).describe() == "2017-09-15 (metadata)"


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_link_in_a_folder_that_leads_nowhere_is_a_failed_scene_not_a_silent_gap(tmp_path, workers):
    """A scene linked from an archive that is gone (or a link that loops) was skipped without a word: the batch
    said '1 scene(s): 1 classified' and the summary had no row for it. Now it is a scene; it fails in its row
    (on a LocalCluster too, where ordering the scenes by size stopped the batch with 'No such file')."""
    from planet_qgis_plugin.cli.batch import main

    folder = tmp_path / "scenes"
    folder.mkdir()
    shutil.copyfile(RAPIDEYE, folder / RAPIDEYE.name)
    (folder / "20230612_gone.tif").symlink_to(tmp_path / "unmounted" / "20230612_gone.tif")
    (folder / "loop.tif").symlink_to("loop.tif")
    (folder / "notes.txt").symlink_to("nowhere.txt")  # not a raster's ending: not a scene
    assert sorted(p.name for p in find_scenes([folder])) == sorted([RAPIDEYE.name, "20230612_gone.tif", "loop.tif"])
    out = tmp_path / "out"
    assert main([str(folder), "-o", str(out), "--workers", workers, "-q"]) == 1
    rows = {Path(r["scene"]).name: r for r in csv.DictReader(open(out / "summary.csv", encoding="utf-8"))}
    assert rows[RAPIDEYE.name]["status"] == "done"
    assert rows["20230612_gone.tif"]["status"] == rows["loop.tif"]["status"] == "failed"
    assert "does not exist" in rows["20230612_gone.tif"]["error"]
    assert sorted(p.name for p in out.iterdir()) == sorted([f"{RAPIDEYE.stem}.gpkg", "summary.csv"])


def test_the_help_names_every_ending_a_folder_is_searched_for():
    """batch --help said '.tif/.tiff/.jp2/.vrt/.jpg' after .jpeg files were taken too."""
    from planet_qgis_plugin.cli.batch import build_parser
    from planet_qgis_plugin.core.monitor.scenes import RASTER_SUFFIXES

    said = " ".join(build_parser().format_help().split())
    assert "/".join(RASTER_SUFFIXES) in said
