"""The teach command line as a program drives it (#18's acceptance check writes its own driver): the ways such
a driver may differ from ours (bench/teach_cli_loop.py), each run as a real process on layers of real scenes."""
import json
import shutil
import subprocess
import sys

import numpy as np
import pytest

from planet_qgis_plugin.core.model.bundle import default_bundle_path, load_bundle
from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, classify

from ..conftest import RAPIDEYE, ROOT, VISUAL_RGBA, edit_manifest
from .teach_data import shipped_bundle_with_embedding


@pytest.fixture(scope="module")
def scenes(tmp_path_factory):
    """Two real scenes classified by the shipped bundle, each into its own folder as tiles.gpkg (stride 64)."""
    bundle = shipped_bundle_with_embedding()
    folder = tmp_path_factory.mktemp("cli_teach_loop")
    out = []
    for scene in (VISUAL_RGBA, RAPIDEYE):
        path = folder / scene.stem / "tiles.gpkg"
        path.parent.mkdir()
        classify(scene, path, bundle, ClassifyOptions(stride=64))
        out.append(path)
    return out


def teach(*args, cwd=ROOT):
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin.teach", *map(str, args), "--json"], cwd=cwd,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_a_second_scene_whose_layer_has_the_first_ones_file_name_is_a_second_scene(scenes, tmp_path):
    """A driver that classifies each strip into STRIP/tiles.gpkg and teaches the saved concept on on the second
    one: the concept's record of the first scene (its marks, answers) was dropped, as the scenes were told apart
    by the GeoPackage's file name only ("scenes": 1 after two scenes)."""
    first, second = scenes
    concept = tmp_path / "pits.concept.json"
    out = teach(first, "--name", "pits", "--positive", "0:2,0:5", "--negative", "2:0", "--save-concept", concept)
    assert out["scenes"] == 1
    out = teach(second, "--concept", concept, "--positive", "1:1", "--save-concept", concept)
    assert out["scenes"] == 2
    saved = json.loads(concept.read_text())["concept"]["provenance"]["scenes"]
    assert [s["scene"] for s in saved] == [str(VISUAL_RGBA), str(RAPIDEYE)]
    assert saved[0]["positive_tiles"] == ["0:2", "0:5"] and saved[1]["positive_tiles"] == ["1:1"]
    # taught on again on the first scene through a copy of its layer under another name: still two scenes
    copy = tmp_path / "copy.gpkg"
    copy.write_bytes(first.read_bytes())
    out = teach(copy, "--concept", concept, "--positive", "0:2,0:5,0:6", "--dry-run")
    assert out["scenes"] == 2


@pytest.mark.parametrize("save", [["--save-concept", "pits.concept.json"], ["--save-to", "saved_bundle"]])
def test_a_dry_run_that_is_asked_to_save_says_it_would_not(scenes, tmp_path, save):
    """`teach ... --dry-run --save-concept FILE` (a driver that dry-runs every call of the loop, the last one with
    --save-concept) printed "saved_concept": null, exit 0, and wrote no file: the next `classify --concept FILE`
    failed far from the cause. An option the run would ignore is refused, as --raster without --locate is."""
    layer = tmp_path / "tiles.gpkg"
    layer.write_bytes(scenes[0].read_bytes())
    before = layer.read_bytes()
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin.teach", layer, "--name", "pits", "--positive",
                           "0:2,0:5", "--dry-run", "--json", *save], cwd=tmp_path, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 1 and proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: --dry-run writes nothing") and save[0] in lines[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tiles.gpkg"] and layer.read_bytes() == before


def test_a_concept_named_as_one_the_bundle_applies_is_said_before_the_loop_not_after_it(scenes, tmp_path):
    """A driver hunting mines names its concept `mine`, the shipped bundle's own concept: teach took it (replacing
    the layer's p_mine/flag_mine), --save-concept wrote mine.concept.json after the 20 answers, and only then did
    `classify --concept mine.concept.json` on the next strip refuse it (one would replace the other). Now every
    teach call under that name (without --save-to) is refused before any work, --save-concept or not, as teach
    --concept and Load concept refuse the clash (it only warned, and wrote over the bundle's p_mine/flag_mine)."""
    bundle = load_bundle(default_bundle_path())
    own = [c.name for c in bundle.manifest.concepts]
    if not own:
        pytest.skip("the shipped bundle carries no concept")
    name = own[0]
    layer = tmp_path / "tiles.gpkg"
    layer.write_bytes(scenes[0].read_bytes())
    args = [sys.executable, "-m", "planet_qgis_plugin.teach", layer, "--name", name, "--positive", "0:2,0:5", "--json"]
    before = layer.read_bytes()
    proc = subprocess.run(args, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1 and proc.stdout == ""
    refused = proc.stderr.strip().splitlines()
    assert len(refused) == 1 and refused[0].startswith("error: ") and f"--name {name}_2" in refused[0], proc.stderr
    assert layer.read_bytes() == before
    proc = subprocess.run([*args, "--save-concept", f"{name}.concept.json"], cwd=tmp_path, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 1 and proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "classify --concept" in lines[0], proc.stderr
    assert layer.read_bytes() == before and not (tmp_path / f"{name}.concept.json").exists()


def test_a_concept_file_named_as_one_the_bundle_applies_is_not_taught_on_over_it(scenes, tmp_path):
    """mine.concept.json, saved with a copy of the bundle that carries no concept `mine`, taught on with the shipped
    bundle, which applies its own: teach warned and wrote the file's p_mine/flag_mine over the bundle's on the layer,
    where classify --concept, batch and the panel's Load concept refuse that file. Refused in their one line, the
    layer untouched; --name mine_2 teaches it on beside the bundle's, --save-to replaces it in a bundle copy."""
    own = [c.name for c in load_bundle(default_bundle_path()).manifest.concepts]
    if not own:
        pytest.skip("the shipped bundle carries no concept")
    name = own[0]
    bare = tmp_path / "bare_bundle"
    shutil.copytree(default_bundle_path(), bare)
    edit_manifest(bare, concepts=[])
    layer = tmp_path / "tiles.gpkg"
    layer.write_bytes(scenes[0].read_bytes())
    concept = tmp_path / f"{name}.concept.json"
    teach(layer, "--bundle", bare, "--name", name, "--positive", "0:2,0:5", "--negative", "2:0", "--save-concept",
          concept)
    layer.write_bytes(scenes[0].read_bytes())  # the layer as classified with the shipped bundle again
    before = layer.read_bytes()
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin.teach", layer, "--concept", concept, "--positive",
                           "0:6", "--json"], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1 and proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: concept file {concept} names the concept '{name}'"), lines
    assert f"--name {name}_2" in lines[0] and "--save-to" in lines[0]
    assert layer.read_bytes() == before
    assert teach(layer, "--concept", concept, "--name", f"{name}_2", "--positive", "0:6")["concept"] == f"{name}_2"
    assert teach(layer, "--concept", concept, "--positive", "0:6", "--save-to", tmp_path / "copy")["concept"] == name


def test_one_concept_file_given_twice_to_classify_is_applied_once(scenes, tmp_path):
    """A driver that passes every concept it has saved, and the one it just saved again (or spells one path two
    ways): classify said "two concept files name the concept 'pits'" and classified nothing, of one file. The same
    file twice is applied once; two files of one name are still refused."""
    concept = tmp_path / "pits.concept.json"
    teach(scenes[0], "--name", "pits", "--positive", "0:2,0:5", "--negative", "2:0", "--save-concept", concept)
    out = tmp_path / "other.gpkg"
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin", RAPIDEYE, "-o", out, "-q", "--concept", concept,
                           "--concept", f"{tmp_path}/./{concept.name}"], cwd=tmp_path, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.count("concept pits:") + proc.stderr.count("concept pits ") == 1
    copy = tmp_path / "copy.concept.json"
    copy.write_bytes(concept.read_bytes())
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin", RAPIDEYE, "-o", tmp_path / "again.gpkg", "-q",
                           "--concept", concept, "--concept", copy], cwd=tmp_path, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 1 and "two concept files name the concept 'pits'" in proc.stderr


def test_the_unconfirmed_message_gives_the_share_the_rule_weighed(scenes, tmp_path):
    """The rule holding a concept back counts tiles by their area (the slivers at a strip's edges weigh their
    coverage), but the message gave the share by count: on blowdown.jpg (3 full tiles, 5 slivers) a water concept
    taught on culltivation2 said it "would flag 3 of 8 tiles (38%), far more than the 30% of the scene it was taught
    on", which a driver reading it cannot square with "more than twice that share plus 2 points" (3 of 3.2 tiles'
    area: 94%). The message now gives the share by area, the one the rule compared."""
    from osgeo import ogr

    from planet_qgis_plugin.core.model.concepts import concept_probability
    from planet_qgis_plugin.core.teach.apply import apply_concepts
    from planet_qgis_plugin.core.teach.concept_file import read_concept_file
    from planet_qgis_plugin.core.teach.fields import read_embeddings

    bundle = load_bundle(default_bundle_path())
    concept_path = tmp_path / "pits.concept.json"
    teach(scenes[0], "--name", "pits", "--positive", "0:2,0:5,1:2,1:5,2:2", "--negative", "0:0,1:0,2:0,0:8,2:8",
          "--save-concept", concept_path)  # not rough: 10 labelled tiles
    concept = read_concept_file(concept_path).concept
    tiles = read_embeddings(scenes[0])
    p = concept_probability(tiles.embeddings, concept)
    full = np.flatnonzero(tiles.area() >= 1.0)
    top = full[np.argsort(-p[full])[:3]]  # the 3 likeliest whole tiles
    concept.threshold = float(p[top].min())  # it flags 3 tiles here
    concept.provenance["flagged_share"] = 0.2  # held back above 2 x 20 % + 2 % = 42 %
    copy = tmp_path / "slivers.gpkg"
    copy.write_bytes(scenes[0].read_bytes())
    rest = [int(f) for i, f in enumerate(tiles.fids) if i not in set(top.tolist())]
    ds = ogr.Open(str(copy), 1)  # every other tile a sliver of 1 % of a tile: the 3 flagged ones are most of the area
    layer = ds.GetLayerByName("tiles")
    for fid in rest:
        feature = layer.GetFeature(fid)
        feature.SetField("coverage", 0.01)
        layer.SetFeature(feature)
    ds = layer = None
    (applied,) = apply_concepts(copy, [concept], bundle.manifest)
    k = int((p >= concept.threshold).sum())  # the 3 and any sliver at least as likely
    area = (3 + 0.01 * (k - 3)) / (3 + 0.01 * len(rest))
    assert k / len(tiles.fids) < 2 * 0.2 + 0.02 < area  # by count it would not be held back; by area it is
    assert applied.unconfirmed and applied.would_flag == k
    assert f"{area:.0%}" in applied.message() and "far more than the 20%" in applied.message(), applied.message()


def test_classify_s_summary_counts_the_flags_its_concept_files_raised(scenes, tmp_path):
    """`classify --concept pits.concept.json` (group mining) printed "0 flagged" while the layer it wrote had tiles
    with `flagged` and `flag_mining` set by the concept: the summary was counted before the concepts were applied.
    It now counts the layer as published."""
    import sqlite3

    concept = tmp_path / "pits.concept.json"
    teach(scenes[0], "--name", "pits", "--group", "mining", "--positive", "0:2,0:5,1:2,1:5,2:2", "--negative",
          "0:0,1:0,2:0,0:8,2:8", "--save-concept", concept)  # not rough: 10 labelled tiles
    out = tmp_path / "again.gpkg"
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin", VISUAL_RGBA, "-o", out, "-q", "--stride", "64",
                           "--concept", concept], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    with sqlite3.connect(out) as db:
        flagged, mining, pits = db.execute("SELECT sum(flagged), sum(flag_mining), sum(flag_pits) FROM tiles").fetchone()
    assert pits > 0, "the concept flags nothing on the scene it was taught on: nothing to count"
    summary = proc.stdout.strip().splitlines()[-1]
    assert f"{flagged} flagged (" in summary and f"mining {mining}" in summary and f"pits {pits}" in summary, summary


def test_the_unfamiliar_scene_caution_counts_the_flags_the_concepts_raised(scenes, tmp_path):
    """The caution on a scene unlike the training data says how many flags are unreliable there; with concept files
    applied it said "its tags and 0 flag(s)" beside a summary of several flags (counted before the concepts)."""
    import copy

    from planet_qgis_plugin.core.teach.apply import classify_applying, read_concepts

    concept = tmp_path / "pits.concept.json"
    teach(scenes[0], "--name", "pits", "--group", "mining", "--positive", "0:2,0:5,1:2,1:5,2:2", "--negative",
          "0:0,1:0,2:0,0:8,2:8", "--save-concept", concept)
    bundle = copy.deepcopy(shipped_bundle_with_embedding())
    if "familiarity" not in bundle.manifest.metrics:
        pytest.skip("the shipped bundle has no familiarity reference")
    bundle.manifest.metrics["familiarity"]["distance"] = 0.0  # every tile unfamiliar: the caution is given
    result, _ = classify_applying(VISUAL_RGBA, tmp_path / "t.gpkg", bundle, ClassifyOptions(stride=64),
                                  read_concepts([concept], bundle))
    assert result.flagged > 0, "the concept flags nothing on the scene it was taught on: nothing to count"
    assert result.caution and f"its tags and its {result.flagged} flags are unreliable" in result.caution, \
        result.caution
    assert result.caution in result.messages and sum("looks unlike" in m for m in result.messages) == 1
