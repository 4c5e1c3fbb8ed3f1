"""classify -> teach --save-to -> classify --bundle saved: the taught concept is applied to every tile."""
import sqlite3
import subprocess
import sys

import numpy as np

from planet_qgis_plugin.core.labels import FLAG_GROUPS
from planet_qgis_plugin.core.model.bundle import load_bundle
from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, classify
from planet_qgis_plugin.core.pipeline.flags import flag_eligible_tags
from planet_qgis_plugin.core.teach.fields import read_embeddings

from ..conftest import ROOT, VISUAL_RGBA
from .teach_data import shipped_bundle_with_embedding


def columns(path, *names):
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(f'SELECT {", ".join(names)} FROM tiles ORDER BY "row", "col"').fetchall()
        return np.array(rows, dtype=float).T
    finally:
        conn.close()


def test_a_concept_taught_on_one_run_is_applied_by_the_next(tmp_path):
    bundle = shipped_bundle_with_embedding()
    first = tmp_path / "first.gpkg"
    classify(VISUAL_RGBA, first, bundle, ClassifyOptions(stride=64))  # 24 overlapping tiles of a real scene
    saved = tmp_path / "with_pits"
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin.teach", str(first), "--name", "pits",
                           "--positive", "0:2,0:5", "--negative", "2:0", "--group", "mining", "--save-to", str(saved)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "a rough concept: 3 labelled tiles are too few to trust flag_pits" in proc.stdout  # 2 marks + 1 answer
    second = tmp_path / "second.gpkg"
    classify(VISUAL_RGBA, second, load_bundle(saved), ClassifyOptions(stride=64))
    taught = columns(first, "p_pits", "flag_pits")
    applied = columns(second, "p_pits", "flag_pits")
    np.testing.assert_allclose(applied[0], taught[0], atol=2e-3)  # same network, same embeddings
    assert (applied[1] == taught[1]).mean() >= 0.95  # a flag may flip only for p right at the threshold
    assert applied[1].any()
    # every mining concept of the saved bundle (the taught one and any starter) folds into the group
    manifest = load_bundle(saved).manifest
    assert read_embeddings(second).concept_groups == {c.name: c.group for c in manifest.concepts}  # for teach, style
    mining = [c.name for c in manifest.concepts if c.group == "mining"]
    assert "pits" in mining
    tags = sorted(flag_eligible_tags(manifest.labels, manifest.decoding, manifest.metrics) & set(FLAG_GROUPS["mining"]))
    for path in (first, second):  # teach refolded the first layer the way classify folds the second
        p = columns(path, *[f"p_{name}" for name in mining + tags])
        on = columns(path, *[f"flag_{name}" for name in mining] + tags)
        flag_mining, score_mining = columns(path, "flag_mining", "score_mining")
        assert (flag_mining == on.max(axis=0)).all()
        np.testing.assert_allclose(score_mining, p.max(axis=0), atol=1e-6)
