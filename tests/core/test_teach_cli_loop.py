"""The review loop a program drives through the teach CLI, on a real strip labelled by eye: classify, 3 marks,
20 reviews answered from the labels by reading `review` from --json, save the concept, apply it with
classify --concept to two other strips (what the acceptance check of issue #18 does)."""
import json
import sqlite3
import subprocess
import sys

import pytest

from planet_qgis_plugin.core.teach.calibrate import ROUGH_BELOW

from ..conftest import ROOT, SHARED

STRIP = SHARED / "planet_examples" / "culltivation2.jpg"
OTHERS = [SHARED / "planet_examples" / name for name in ("blowdown.jpg", "agg1.jpg")]
MARKS = ["5:21", "5:22", "6:20"]  # three tiles of the village's clearings


def run(*args):
    proc = subprocess.run([sys.executable, "-m", *map(str, args)], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr
    return proc


def by_eye(image: str, concept: str) -> dict[str, int]:
    """{"row:col": 0/1} of one image's tiles labelled by eye for ``concept``."""
    from scripts.example_tiles import parse_tile_id, read_tile_labels

    return {f"{r}:{c}": v for tile, v in read_tile_labels().get(concept, {}).items()
            for name, r, c in [parse_tile_id(tile)] if name == image}


@pytest.mark.slow
@pytest.mark.needs_shared
def test_three_marks_twenty_answers_through_the_json_then_the_saved_concept_elsewhere(tmp_path):
    if not STRIP.exists():
        pytest.skip(f"{STRIP} is absent (the shared data folder ../shared/data is needed)")
    gpkg = tmp_path / "strip.gpkg"
    run("planet_qgis_plugin", STRIP, "-o", gpkg, "-q")
    truth = by_eye(STRIP.name, "clearing")
    positives, negatives, skipped, offered = list(MARKS), [], [], []
    answered = 0
    while True:
        args = ["planet_qgis_plugin.teach", gpkg, "--name", "clearing", "--positive", ",".join(positives), "--json"]
        args += ["--negative", ",".join(negatives)] if negatives else []
        args += ["--skip", ",".join(skipped)] if skipped else []
        args += ["--save-concept", tmp_path / "clearing.concept.json"] if answered == 20 else []
        out = json.loads(run(*args).stdout)  # one JSON object, nothing else on stdout
        assert out["concept"] == "clearing" and out["answers"] == len(positives) + len(negatives)
        assert 0 < out["threshold"] <= 1 and 0 <= out["expected_precision"] <= 1
        assert out["rough"] is (out["answers"] < ROUGH_BELOW)  # true for the 3 marks alone, false from 10 on
        assert out["reviewed"] == answered + len(MARKS) and out["found"] == len(positives) <= out["about"]
        if answered == 20:
            break
        for tile in out["review"][:5]:  # five answers per call, in the order offered
            key = f"{tile['row']}:{tile['col']}"
            assert key not in offered  # nothing answered is offered again
            offered.append(key)
            answered += 1
            {1: positives, 0: negatives}.get(truth.get(key), skipped).append(key)
    with sqlite3.connect(gpkg) as db:
        flags = dict(db.execute("SELECT row || ':' || col, flag_clearing FROM tiles").fetchall())
    assert sum(flags.values()) == out["flagged"]
    flagged = [k for k, v in flags.items() if v and k in truth]
    true = [k for k, v in truth.items() if v]
    precision = sum(truth[k] for k in flagged) / max(len(flagged), 1)
    recall = sum(flags[k] for k in true) / len(true)
    assert precision >= 0.8 and recall >= 0.7, (precision, recall)
    # the saved concept travels: applied to two other strips by classify --concept
    for other in OTHERS:
        out_gpkg = tmp_path / f"{other.stem}.gpkg"
        proc = run("planet_qgis_plugin", other, "-o", out_gpkg, "-q", "--concept", tmp_path / "clearing.concept.json")
        assert "clearing" in proc.stdout + proc.stderr
        with sqlite3.connect(out_gpkg) as db:
            rows = db.execute("SELECT p_clearing, flag_clearing FROM tiles").fetchall()
        assert rows and all(0 <= p <= 1 and f in (0, 1) for p, f in rows)
