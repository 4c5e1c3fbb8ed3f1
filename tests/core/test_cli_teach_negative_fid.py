"""teach takes every fid its own --json review lists: a tile whose fid was edited in QGIS to a negative one (-5) is
listed there as any other, and `--negative -5` (argparse: an option), `--negative -5,3` or `--negative=-5` (the
core's ids: digits only) were refused, so a program driving the loop through the review stopped at it."""
import json

import numpy as np
import pytest

from planet_qgis_plugin.cli import teach as teach_cli

from .teach_data import GRID, bundle_with_embedding, planted, write_tile_gpkg


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    return bundle_with_embedding(tmp_path_factory.mktemp("teach_negative_fid") / "bundle")


@pytest.fixture
def layer(tmp_path):
    """The planted scene with the fids of its concept's tiles and of every third other tile made negative, as
    QGIS's attribute table writes them (fid = -fid); (path, truth by fid)."""
    from osgeo import ogr

    embeddings, truth, _ = planted()
    path = write_tile_gpkg(tmp_path / "tiles.gpkg", embeddings)
    negated = truth | (np.arange(GRID * GRID) % 3 == 0)
    ds = ogr.Open(str(path), 1)
    ds.ExecuteSQL(f"UPDATE tiles SET fid = -fid WHERE fid IN ({','.join(str(i + 1) for i in np.flatnonzero(negated))})")
    ds = None
    fids = np.where(negated, -1, 1) * (np.arange(GRID * GRID) + 1)
    return path, dict(zip(fids.tolist(), truth.tolist()))


def teach(capsys, *args) -> dict:
    assert teach_cli.main([str(a) for a in args] + ["--json"]) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


def test_a_driver_answers_the_review_by_the_fids_it_lists_negative_ones_too(layer, bundle, capsys):
    path, truth = layer
    first = [f for f, shows in truth.items() if shows][:2]
    assert all(f < 0 for f in first)
    yes, no = list(first), []
    answered_negative = 0
    for _ in range(3):
        args = [path, "--bundle", bundle, "--name", "pits", "--positive", ",".join(map(str, yes))]
        out = teach(capsys, *args, *(["--negative", ",".join(map(str, no))] if no else []))
        assert out["positives"] == len(yes) and out["negatives"] == len(no)
        review = [item["fid"] for item in out["review"]]
        assert review and not set(review) & set(yes + no)
        answered_negative += sum(f < 0 for f in review)
        yes += [f for f in review if truth[f]]
        no += [f for f in review if not truth[f]]
    assert answered_negative  # and every --positive list above led with a negative fid
    # the other spellings of one negative fid: --option=-F, and a list it leads given as the next argument
    out = teach(capsys, path, "--bundle", bundle, "--name", "pits", f"--positive={yes[0]}", "--positive",
                ",".join(map(str, yes[1:])), "--skip", f"{no[0]},{no[-1]}", "--negative", ",".join(map(str, no[1:-1])))
    assert out["wrote"] == str(path) and out["positives"] == len(yes) and out["negatives"] == len(no) - 2


@pytest.mark.parametrize("given, said", [
    (["--negative", "-500"], "error: tile id '-500' is neither a fid"),  # the core's (test_teach_hostile's BAD_IDS)
    (["--negative", "-5:3"], "error: tile id '-5:3' is neither a fid"),
])
def test_a_negative_fid_not_in_the_layer_is_one_line(layer, bundle, capsys, given, said):
    path, truth = layer
    before = path.read_bytes()
    positive = str(next(f for f, shows in truth.items() if shows))
    assert teach_cli.main([str(path), "--bundle", str(bundle), "--name", "pits", "--positive", positive, *given]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(said), err
    assert path.read_bytes() == before


def test_a_negative_fid_whose_row_col_another_tile_has_too_names_the_fix(layer, bundle, capsys):
    """The review names it by fid; ROW:COL names two tiles: the one way on is a fid of 0 or more."""
    from osgeo import ogr

    path, truth = layer
    negative, other = sorted(truth)[0], max(truth)
    ds = ogr.Open(str(path), 1)
    tiles = ds.GetLayer("tiles")
    row, col = (tiles.GetFeature(negative).GetField(k) for k in ("row", "col"))
    ds.ExecuteSQL(f"UPDATE tiles SET row = {row}, col = {col} WHERE fid = {other}")
    ds = None
    assert teach_cli.main([str(path), "--bundle", str(bundle), "--name", "pits", "--positive", str(negative)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and f"tile {negative} has a negative fid and shares its ROW:COL {row}:{col}" in err[0]
    assert "give it a fid of 0 or more in QGIS" in err[0]


def test_a_negative_number_given_to_another_option_is_still_its_value(layer, bundle, capsys):
    """argparse's own rule took "-.5" as a number; the rule that takes "-5,3" as a value keeps that."""
    path, truth = layer
    positive = str(next(f for f, shows in truth.items() if shows))
    assert teach_cli.main([str(path), "--bundle", str(bundle), "--name", "pits", "--positive", positive,
                           "--target-precision", "-.5"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: the target precision must lie above 0"), err
