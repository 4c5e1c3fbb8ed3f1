"""batch --concept into an OUTDIR whose scenes were classified without that concept: a scene whose layer lacks a
concept asked for (p_<name> and flag_<name>) is not up to date; it is classified again with it, and summary.csv
gets its column. (It was left 'up to date': the concept applied nowhere, then a warning that --force applies it.)"""
from __future__ import annotations

import csv
import shutil

from planet_qgis_plugin.cli.batch import main as batch
from planet_qgis_plugin.cli.teach import main as teach
from planet_qgis_plugin.core.layer.tiletable import read_tiles
from tests.conftest import CAPE_TOWN_SR, RAPIDEYE


def _rows(outdir) -> dict[str, dict[str, str]]:
    with open(outdir / "summary.csv", newline="") as handle:
        return {r["scene"]: r for r in csv.DictReader(handle)}


def batch_and_concept(tmp_path, taught_on):
    """(scenes folder, OUTDIR, concept file): the Cape Town and RapidEye scenes batched into OUTDIR, and 'pits' taught
    from tile 0:0 of ``taught_on``'s layer (a copy) and saved as a concept file."""
    scenes = tmp_path / "scenes"
    scenes.mkdir()
    for scene in (CAPE_TOWN_SR, RAPIDEYE):
        shutil.copyfile(scene, scenes / scene.name)
    out = tmp_path / "out"
    assert batch([str(scenes), "-o", str(out), "--workers", "1", "-q"]) == 0
    taught = tmp_path / "taught.gpkg"
    shutil.copy(out / f"{taught_on.stem}.gpkg", taught)
    concept = tmp_path / "pits.concept.json"
    assert teach([str(taught), "--name", "pits", "--positive", "0:0", "--save-concept", str(concept)]) == 0
    return scenes, out, concept


def test_a_concept_asked_for_redoes_the_scenes_whose_layers_lack_it(tmp_path, capsys):
    scenes, out, concept = batch_and_concept(tmp_path, CAPE_TOWN_SR)
    capsys.readouterr()

    assert batch([str(scenes), "-o", str(out), "--workers", "1", "-q", "--concept", str(concept)]) == 0
    captured = capsys.readouterr()
    assert captured.err == "" and "2 classified, 0 up to date" in captured.out
    rows = _rows(out)
    assert {r["status"] for r in rows.values()} == {"done"}
    for scene in (CAPE_TOWN_SR, RAPIDEYE):
        assert "pits" in read_tiles(out / f"{scene.stem}.gpkg", with_embeddings=False).concepts
        assert rows[str(scenes / scene.name)]["flag_pits"].isdigit()

    assert batch([str(scenes), "-o", str(out), "--workers", "1", "-q", "--concept", str(concept)]) == 0
    assert "0 classified, 2 up to date" in capsys.readouterr().out  # with the concept this time
    assert batch([str(scenes), "-o", str(out), "--workers", "1", "-q"]) == 0
    assert "0 classified, 2 up to date" in capsys.readouterr().out  # a concept not asked for is no reason to redo
