"""#18's acceptance loop (3 marks, then the first review tile answered and taught again; 12 times here) on strips unlike
culltivation2, as a program drives `teach --json`: a fresh session per call given every mark and answer so far.
Whatever the strip (a concept on 4 tiles or on 40 % of them, 3 tiles in all, marks on edge slivers, answers that
contradict one another, all No), every call prints strict JSON (no NaN), the review never offers a tile looked at
nor one twice, and it runs dry only when every tile has been looked at."""
import json
import math
from pathlib import Path

import numpy as np
import pytest

from planet_qgis_plugin.core.model.bundle import load_bundle
from planet_qgis_plugin.core.teach.fields import TileEmbeddings
from planet_qgis_plugin.core.teach.session import TeachOptions, TeachSession

from .teach_data import BACKBONE, GRID, bundle_with_embedding, planted
from .test_teach_gpkg import cli, gpkg, scene  # noqa: F401 - the fixtures: a planted layer

ANSWERS = 12  # fewer than the protocol's 20: each call refits, and what is checked shows by then


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    return load_bundle(bundle_with_embedding(tmp_path_factory.mktemp("odd_strips") / "bundle"))


def strip(embeddings: np.ndarray, cols: int = GRID, coverage: np.ndarray | None = None) -> TileEmbeddings:
    n = len(embeddings)
    rows, col = np.divmod(np.arange(n), cols)
    return TileEmbeddings(Path("odd.gpkg"), np.arange(1, n + 1), rows, col, embeddings, BACKBONE,
                          coverage=coverage)


def drive(bundle, tiles: TileEmbeddings, answer_of, marks: list[int]) -> list[dict]:
    """The driver: each call a new session given the marks and every answer so far (Yes / No / skip from
    ``answer_of(index)``), the first review tile answered; the summaries (as `teach --json` prints them)."""
    answered: dict[int, str] = {}
    out = []
    for _ in range(ANSWERS + 1):
        session = TeachSession(tiles.path, bundle, TeachOptions(name="odd"), tiles=tiles)
        for i, answer in answered.items():
            session.answer(str(tiles.fids[i]), answer)
        session.mark([str(tiles.fids[i]) for i in marks])
        session.refit()
        summary = json.loads(json.dumps(session.summary(), allow_nan=False))  # strict JSON: NaN would raise here
        out.append(summary)
        looked = set(marks) | set(answered)
        offered = [item["fid"] - 1 for item in summary["review"]]
        assert not set(offered) & looked, "the review offered a tile already looked at"
        assert len(set(offered)) == len(offered)
        assert bool(offered) == (len(looked) < len(tiles.fids)), "the review ran dry with tiles left, or did not"
        assert summary["reviewed"] == len(looked) and 0 <= summary["flagged"] <= summary["tiles"]
        assert 0.0 <= summary["threshold"] <= 1.0 and 0.0 <= summary["expected_precision"] <= 1.0
        assert summary["found"] <= summary["about"]
        if not offered:
            break
        answered[offered[0]] = answer_of(offered[0])
    return out


def by_truth(truth: np.ndarray):
    return lambda i: "yes" if truth[i] else "no"


@pytest.mark.parametrize("n_concept", [4, 58])
def test_a_rare_or_a_common_concept(bundle, n_concept):
    """4 true tiles of 144 (3 of them marked: one left to find) or 58 (40 %)."""
    embeddings, truth, _ = planted(n_concept=n_concept, seed=3)
    calls = drive(bundle, strip(embeddings), by_truth(truth), list(np.flatnonzero(truth)[:3]))
    assert len(calls) == ANSWERS + 1
    last = calls[-1]
    # the loop finds true tiles: a rare concept's last one, most of a common one's first answers
    assert last["positives"] >= min(n_concept, 3 + ANSWERS // 2)


@pytest.mark.parametrize("marked", [1, 2])
def test_a_strip_of_three_tiles_runs_dry_and_says_so_by_an_empty_review(bundle, marked):
    embeddings, truth, _ = planted(seed=4)
    pick = np.r_[np.flatnonzero(truth)[:2], np.flatnonzero(~truth)[:1]]
    calls = drive(bundle, strip(embeddings[pick], cols=3), by_truth(truth[pick]), list(range(marked)))
    assert len(calls) == 3 - marked + 1 and calls[-1]["review"] == [] and calls[-1]["reviewed"] == 3


def test_marks_on_slivers_at_the_edge_are_counted(bundle):
    """Slivers (less than half a tile, padded with nodata) as marks: the loop runs, and the JSON counts the
    positives that are slivers (on culltivation2 a concept taught mostly on them learnt the edge: session.py)."""
    embeddings, truth, _ = planted(seed=5)
    coverage = np.where(np.arange(len(truth)) >= len(truth) - 2 * GRID, 0.3, 1.0)  # the last two rows: 77 px of 256
    truth[-2 * GRID:-2 * GRID + 3] = True
    marks = list(range(len(truth) - 2 * GRID, len(truth) - 2 * GRID + 3))
    tiles = strip(embeddings, coverage=coverage)
    calls = drive(bundle, tiles, by_truth(truth), marks)
    assert calls[0]["slivers"] == 3 and all(0 <= c["slivers"] <= c["positives"] for c in calls)
    session = TeachSession(tiles.path, bundle, TeachOptions(name="odd"), tiles=tiles)
    session.mark([str(tiles.fids[i]) for i in marks])
    assert session.taught_on_slivers()
    session.mark([str(tiles.fids[i]) for i in np.flatnonzero(truth & (coverage == 1))[:3]])  # 3 of 6: still half
    assert session.taught_on_slivers()
    session.mark([str(tiles.fids[i]) for i in np.flatnonzero(truth & (coverage == 1))[3:4]])
    assert not session.taught_on_slivers() and len(session.slivers()) == 3


def test_answers_that_contradict_one_another(bundle):
    """Tiles of one look answered Yes and No in turn (two analysts, or one who changed their mind), and a look
    answered No throughout after 3 marks of it."""
    embeddings, truth, _ = planted(seed=6)
    twins = np.flatnonzero(truth)
    embeddings[twins] = embeddings[twins[0]]  # every true tile the same embedding
    turn = iter(range(10_000))
    drive(bundle, strip(embeddings), lambda i: "yes" if next(turn) % 2 else "no", list(twins[:3]))
    calls = drive(bundle, strip(embeddings), lambda i: "no", list(twins[:3]))
    assert calls[-1]["negatives"] == ANSWERS and math.isfinite(calls[-1]["threshold"])


def test_the_command_line_warns_on_stderr_when_the_positives_are_mostly_slivers(bundle, gpkg):  # noqa: F811
    from osgeo import ogr

    ds = ogr.Open(str(gpkg), 1)  # through GDAL: the GeoPackage's triggers call its spatial functions
    ds.ExecuteSQL(f"UPDATE tiles SET coverage = 0.3 WHERE row = {GRID - 1}")
    ds = None
    edge = [f"{GRID - 1}:{c}" for c in range(3)]
    proc = cli(gpkg, "--bundle", bundle.path, "--name", "pits", "--positive", ",".join(edge), "--json", "--dry-run")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["slivers"] == 3  # stdout: the one JSON object, as before
    assert proc.stderr.count("\n") == 1 and "3 of the 3 tiles marked or answered Yes are slivers" in proc.stderr
    proc = cli(gpkg, "--bundle", bundle.path, "--name", "pits", "--positive", ",".join(edge + ["0:0", "0:1", "0:2"]),
               "--negative", "0:3", "--json", "--dry-run")
    assert proc.returncode == 0 and "slivers" in proc.stderr  # half of them
    proc = cli(gpkg, "--bundle", bundle.path, "--name", "pits", "--positive", ",".join(edge + ["0:0", "0:1", "0:2", "1:0"]),
               "--json", "--dry-run")
    assert proc.returncode == 0 and proc.stderr == "" and json.loads(proc.stdout)["slivers"] == 3
