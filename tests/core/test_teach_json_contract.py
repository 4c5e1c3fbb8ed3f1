"""`teach --json` held to issue #18's words, as the acceptance check's driver reads it: one JSON object with the
concept name, the threshold, the expected precision and the answers behind it, the counts flagged and `review`, the
next tiles as {fid, row, col, p} in the order the panel offers them; and bad input (answers for tiles that do not
exist, a concept file of another backbone or with NaN weights, a name that clashes with a field) one line on stderr,
nothing on stdout, nothing changed."""
import json
import math
import sqlite3

import numpy as np
import pytest

from planet_qgis_plugin.core.layer.schema import concept_flags
from planet_qgis_plugin.core.teach.fields import read_embeddings
from planet_qgis_plugin.core.teach.session import TeachOptions, TeachSession

from .teach_data import planted
from .test_teach_gpkg import bundle, cli, gpkg, scene  # noqa: F401 - the fixtures: a planted layer and its bundle

REVIEW = 8


def marks() -> tuple[list[str], list[str]]:
    """(3 positives, 2 negatives) of the planted layer, as fids (fid = index + 1)."""
    truth = planted()[1]
    return [str(i + 1) for i in np.flatnonzero(truth)[:3]], [str(i + 1) for i in np.flatnonzero(~truth)[:2]]


def test_the_json_says_what_the_issue_asks_as_the_layer_and_the_panel_hold_it(gpkg, bundle):  # noqa: F811
    positives, negatives = marks()
    proc = cli(gpkg, "--bundle", bundle.path, "--name", "pits", "--positive", ",".join(positives),
               "--negative", ",".join(negatives), "--review", REVIEW, "--json")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.count("\n") == 1  # one object on one line: a driver may read it with readline
    out = json.loads(proc.stdout)
    assert out["concept"] == "pits"
    for key in ("threshold", "expected_precision"):
        assert type(out[key]) is float and 0.0 <= out[key] <= 1.0 and math.isfinite(out[key])
    assert type(out["answers"]) is int and out["answers"] == len(positives) + len(negatives)
    with sqlite3.connect(gpkg) as db:
        layer = {fid: (row, col, p, flag) for fid, row, col, p, flag in
                 db.execute("SELECT fid, row, col, p_pits, flag_pits FROM tiles")}
    assert type(out["flagged"]) is int and out["flagged"] == sum(f for *_, f in layer.values())
    assert len(out["review"]) == REVIEW
    labelled = {int(f) for f in positives + negatives}
    for item in out["review"]:
        assert list(item) == ["fid", "row", "col", "p"] and all(type(item[k]) is int for k in ("fid", "row", "col"))
        row, col, p, _ = layer[item["fid"]]
        assert (item["row"], item["col"]) == (row, col) and item["p"] == round(p, 4)
        assert item["fid"] not in labelled
    # the threshold it prints is the one the layer records as having raised flag_pits
    assert concept_flags(read_embeddings(gpkg).metadata)["pits"].threshold == out["threshold"]
    # the panel's order: the same marks in the core session the teach panel runs
    session = TeachSession(gpkg, bundle, TeachOptions(name="pits", review_count=REVIEW))
    session.mark(positives)
    session.mark(negatives, positive=False)
    state = session.refit()
    assert [t.fid for t in state.review] == [item["fid"] for item in out["review"]]
    assert round(state.threshold, 4) == out["threshold"]


def _concept_file(work, model, layer, change) -> str:
    """A concept file taught on a copy of ``layer`` with bundle ``model``, changed by ``change`` (its parsed JSON)."""
    copy = work / "taught.gpkg"
    copy.write_bytes(layer.read_bytes())
    path = work / "pits.concept.json"
    positives, negatives = marks()
    taught = cli(copy, "--bundle", model.path, "--name", "pits", "--positive", ",".join(positives), "--negative",
                 ",".join(negatives), "--save-concept", path, "--json")
    assert taught.returncode == 0, taught.stderr
    data = json.loads(path.read_text())
    change(data["concept"])
    path.write_text(json.dumps(data))  # NaN as JSON's NaN literal, as a hostile writer would
    return str(path)


def _own_field(layer) -> None:
    with sqlite3.connect(layer) as db:  # an analyst's own field, named as teach would name the concept's
        db.execute('ALTER TABLE tiles ADD COLUMN "p_pits" REAL')


BAD = {  # the args after the layer (besides --bundle, --json, --save-concept), what they do first, the refusal
    "a-negative-answer-for-no-tile": (["--name", "pits", "--positive", "1", "--negative", "999"], None,
                                      "no tile with fid 999"),
    "a-skip-for-no-tile": (["--name", "pits", "--positive", "1", "--skip", "3:99"], None, "no tile at ROW:COL 3:99"),
    "a-positive-past-the-grid": (["--name", "pits", "--positive", "1,12:0"], None, "no tile at ROW:COL 12:0"),
    "a-concept-file-of-another-backbone": (["--concept", "{file}", "--positive", "1"],
                                           lambda c: c.update(backbone_id="sha256:another"), "backbone"),
    "a-concept-file-with-nan-weights": (["--concept", "{file}", "--positive", "1"],
                                        lambda c: c["weights"].__setitem__(3, float("nan")), "finite"),
    "a-concept-file-named-as-a-tag": (["--concept", "{file}", "--positive", "1"], lambda c: c.update(name="water"),
                                      "clashes"),
    "a-name-that-clashes-with-a-tag": (["--name", "water", "--positive", "1"], None, "clashes"),
    "a-name-that-clashes-with-the-analysts-field": (["--name", "pits", "--positive", "1"], _own_field,
                                                    "which no taught concept wrote"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_input_under_json_is_one_line_on_stderr_nothing_on_stdout_and_nothing_changed(gpkg, bundle, tmp_path,  # noqa: F811
                                                                                          case):
    args, change, message = BAD[case]
    concept = None
    if change is _own_field:
        _own_field(gpkg)
    elif change is not None:
        concept = _concept_file(tmp_path, bundle, gpkg, change)
    before = gpkg.read_bytes()
    kept = (tmp_path / "pits.concept.json").read_bytes() if concept else None
    saved = tmp_path / "out.concept.json"
    proc = cli(gpkg, "--bundle", bundle.path, *[a.format(file=concept) for a in args], "--json",
               "--save-concept", saved)
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.startswith("error: ") and proc.stderr.count("\n") == 1 and message in proc.stderr, proc.stderr
    assert gpkg.read_bytes() == before and not saved.exists()
    if concept:
        assert (tmp_path / "pits.concept.json").read_bytes() == kept
