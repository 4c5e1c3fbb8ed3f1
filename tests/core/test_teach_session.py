"""The core teach session (core/teach/session.py) and concept files on real embeddings of a real scene."""
import json
import shutil

import numpy as np
import pytest

from planet_qgis_plugin.core.model.concepts import ConceptError, concept_probability
from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, classify
from planet_qgis_plugin.core.teach.bank import SAME_GROUND
from planet_qgis_plugin.core.teach.concept_file import list_concept_files, read_concept_file
from planet_qgis_plugin.core.teach.fields import TeachError, read_embeddings
from planet_qgis_plugin.core.teach.fit import default_transform
from planet_qgis_plugin.core.teach.session import TeachOptions, TeachSession

from ..conftest import RAPIDEYE, VISUAL_RGBA
from .teach_data import shipped_bundle_with_embedding


@pytest.fixture(scope="module")
def bundle():
    return shipped_bundle_with_embedding()


@pytest.fixture(scope="module")
def layers(bundle, tmp_path_factory):
    """Two real scenes classified by the shipped bundle (stride 64: enough tiles to teach on)."""
    folder = tmp_path_factory.mktemp("teach_session")
    out = []
    for scene in (VISUAL_RGBA, RAPIDEYE):
        path = folder / f"{scene.stem}.gpkg"
        classify(scene, path, bundle, ClassifyOptions(stride=64))
        out.append(path)
    return out


@pytest.fixture
def layer(layers, tmp_path):
    path = tmp_path / "tiles.gpkg"
    shutil.copy(layers[0], path)
    return path


def test_marks_answers_refit_write_and_the_summary(bundle, layer):
    session = TeachSession(layer, bundle, TeachOptions(name="pits", group="mining", review_count=6))
    session.mark(["0:2", "0:5"])
    session.mark(["2:0"], positive=False)
    state = session.refit()
    assert 0.0 < state.threshold <= 1.0 and 0.0 <= state.expected_precision <= 1.0
    assert state.answers == 3 and state.reviewed == 3
    review = [t.fid for t in state.review]
    assert len(review) == 6 and not set(review) & set(session.positives + session.negatives)
    session.answer(review[0], "yes")
    session.answer(review[1], "no")
    session.answer(review[2], "skip")
    state = session.refit()
    summary = session.summary()
    assert summary["answers"] == 5 and summary["reviewed"] == 6 and summary["positives"] == 3
    assert review[2] not in [t["fid"] for t in summary["review"]]  # a skipped tile is not offered again
    assert set(summary["review"][0]) == {"fid", "row", "col", "p"}
    assert summary["found"] == 3 and summary["about"] >= 3
    assert summary["flagged"] == int(state.flags.sum())
    json.dumps(summary)  # JSON-ready, no NaN
    session.write()
    tiles = read_embeddings(layer)
    assert "p_pits" in tiles.columns and tiles.concept_groups["pits"] == "mining"


def test_a_saved_concept_file_reproduces_the_scores_with_neighbour_context(bundle, layer, tmp_path):
    session = TeachSession(layer, bundle, TeachOptions(name="pits", context="neighbours"))
    session.mark(["0:2", "0:5", "1:3"])
    state = session.refit()
    saved = session.save_concept(tmp_path / "pits.concept.json")
    read = read_concept_file(saved, bundle.manifest.embedding.size, bundle.manifest.embedding.backbone_id)
    assert read.concept.context == "neighbours" and read.positives.shape == (3, bundle.manifest.embedding.size)
    tiles = read_embeddings(layer)
    p = concept_probability(tiles.embeddings, read.concept, tiles.rows, tiles.cols, tiles.step)  # stride 64: 4
    np.testing.assert_allclose(p, state.probabilities, atol=1e-5)
    assert [c.concept.name for _, c in list_concept_files(tmp_path)] == ["pits"]
    assert saved.stat().st_size < 200_000  # a small file, not a bundle copy


def test_teaching_continues_on_a_second_scene(bundle, layers, tmp_path):
    first, second = (shutil.copy(p, tmp_path / p.name) for p in layers)
    one = TeachSession(first, bundle, TeachOptions(name="pits"))
    one.mark(["0:2", "0:5"])
    one.mark(["2:0"], positive=False)
    one.refit()
    saved = read_concept_file(one.save_concept(tmp_path / "pits.concept.json"))
    two = TeachSession(second, bundle, TeachOptions(name="pits"))
    two.continue_from(saved)
    two.mark(["1:1"])
    two.refit()
    again = two.concept_file()
    assert len(again.positives) == 3 and len(again.negatives) == 1  # marks accumulate
    assert [s["gpkg"] for s in again.scenes] == [first.name, second.name]
    assert again.concept.provenance["positives"] == 3


def test_teaching_on_again_where_the_file_was_saved_counts_each_tile_once(bundle, layer, tmp_path):
    """`teach tiles.gpkg --concept pits.concept.json --positive 0:2,0:5 --save-concept pits.concept.json`,
    run again on the layer the file was saved from: its tiles were added again each time (the file said 2, 4,
    6... positives for the same 2 marks), so after four re-saves a concept of 2 marks was no longer rough and
    classify --concept applied its flags. A tile labelled again takes its label from now: one changed from yes
    to no is a negative, not both."""
    path = tmp_path / "pits.concept.json"
    first = TeachSession(layer, bundle, TeachOptions(name="pits"))
    first.mark(["0:2", "0:5"])
    first.mark(["2:0"], positive=False)
    first.refit()
    first.save_concept(path)
    for _ in range(5):
        again = TeachSession(layer, bundle, TeachOptions(name="pits"))
        again.continue_from(read_concept_file(path))
        again.mark(["0:2", "0:5"])
        again.mark(["2:0"], positive=False)
        state = again.refit()
        assert state.rests_on == 3 and state.rough
        again.save_concept(path)
    saved = read_concept_file(path)
    assert (len(saved.positives), len(saved.negatives)) == (2, 1)
    assert saved.concept.provenance["positives"] == 2 and saved.concept.provenance["negatives"] == 1
    changed = TeachSession(layer, bundle, TeachOptions(name="pits"))
    changed.continue_from(saved)
    changed.mark(["0:2"])
    changed.mark(["0:5", "2:0"], positive=False)
    changed.refit()
    assert (len(changed.concept_file().positives), len(changed.concept_file().negatives)) == (1, 2)


def test_bad_marks_and_answers_are_one_line_errors(bundle, layer):
    session = TeachSession(layer, bundle, TeachOptions(name="pits"))
    with pytest.raises(TeachError, match="no tile"):
        session.mark(["99:99"])
    with pytest.raises(TeachError, match="not one of"):
        session.answer("0:2", "maybe")
    with pytest.raises(TeachError, match="positive"):
        session.refit()
    with pytest.raises(ConceptError):
        TeachSession(layer, bundle, TeachOptions(name="water"))  # clashes with a tag's field


@pytest.mark.parametrize("sources", [None, ["many chips", 3], ["1 tile of somewhere"]])
def test_a_bank_whose_sources_do_not_account_for_its_rows_is_shared_by_row(bundle, layer, tmp_path, sources):
    """A manifest without metrics.background.sources, or with entries that are not "N what" or do not add up to the
    bank's rows, teaches as the bank of one source does (each row alike), whatever the sharing rule: no error."""
    from planet_qgis_plugin.core.model.bundle import load_bundle, write_manifest
    from planet_qgis_plugin.core.teach.bank import METRICS, SOURCES, source_entry

    if bundle.file("background") is None:
        pytest.skip("the shipped bundle carries no background bank")

    def taught(change):
        copy = tmp_path / f"bundle{len(list(tmp_path.iterdir()))}"
        shutil.copytree(bundle.path, copy)
        edited = load_bundle(copy)
        change(edited.manifest.metrics[METRICS])
        write_manifest(edited.manifest, copy)
        session = TeachSession(layer, load_bundle(copy), TeachOptions(name="pits"))
        session.mark(["0:2", "0:5"])
        session.mark(["2:0"], positive=False)
        return session.refit().probabilities

    rows = bundle.manifest.metrics[METRICS]["rows"]
    one = taught(lambda m: m.__setitem__(SOURCES, [source_entry(rows, "rows of one source")]))
    bad = taught(lambda m: m.pop(SOURCES) if sources is None else m.__setitem__(SOURCES, sources))
    np.testing.assert_array_equal(bad, one)


def test_the_background_bank_is_read_once_per_session(bundle, layer, monkeypatch):
    from planet_qgis_plugin.core.teach import session as session_module
    reads = []

    def counting(*args):
        reads.append(args[1:])
        return real(*args)

    real = session_module.read_bank
    monkeypatch.setattr(session_module, "read_bank", counting)
    session = TeachSession(layer, bundle, TeachOptions(name="pits"))
    session.mark(["0:2", "0:5"])
    first = session.refit().probabilities.copy()
    session.refit()
    assert reads == [("none", "other", default_transform("none"))]
    session.options.group = "mining"  # another group leaves out other rows of the bank: read for it
    session.refit()
    session.options.group = "other"
    np.testing.assert_array_equal(session.refit().probabilities, first)
    assert reads == [("none", "other", default_transform("none")), ("none", "mining", default_transform("none"))]


def _outputs(session: TeachSession) -> tuple:
    state = session.refit()
    return (state.probabilities, state.flags, state.threshold, session.summary(),
            state.result.concept.weights, state.result.concept.bias)


def test_sessions_made_per_refit_on_tiles_read_once_give_what_fresh_ones_give(bundle, layer, monkeypatch):
    """The panel makes a core session per refit on the tiles it read once; what they derive from the tiles alone
    (feature rows per context, the bank less the scene's own tiles, the rows the stuck review compares) is kept
    with the tiles and computed once, and every output is bit for bit what a session on a fresh read gives."""
    from planet_qgis_plugin.core.teach import fit as fit_module
    compared = []

    def counting(bank, scene, *more):
        compared.append(len(scene))
        return real(bank, scene, *more)

    real = fit_module.not_in_scene
    monkeypatch.setattr(fit_module, "not_in_scene", counting)
    tiles = read_embeddings(layer, embedding=bundle.manifest.embedding)
    marks = (["0:2", "0:5"], ["2:0", "2:1", "1:6", "2:6", "1:8"])  # Nos > 2 x Yeses: the review's far tile too
    for context, group in (("none", "other"), ("neighbours", "other"), ("none", "mining"), ("none", "other")):
        outputs = []
        for kept in (tiles, None):  # the tiles read once (derived arrays kept), then a fresh read
            session = TeachSession(layer, bundle, TeachOptions(name="pits", group=group, context=context),
                                   tiles=kept)
            session.mark(marks[0])
            session.mark(marks[1], positive=False)
            session.answer("1:4", "skip")
            outputs.append(_outputs(session))
        kept, fresh = outputs
        np.testing.assert_array_equal(kept[0], fresh[0])
        np.testing.assert_array_equal(kept[1], fresh[1])
        assert kept[2:] == fresh[2:]
    banks = [("none", "other"), ("neighbours", "other"), ("none", "mining")]
    t = {c: default_transform(c) for c in ("none", "neighbours")}  # each context's transform
    assert sorted(k for k in tiles.derived if k[0] != "bank in scene") == sorted(
        [(kind, t[c], c) for kind in ("features", "mean", "centred") for c in t]
        + [("bank", str(bundle.path), t[b[0]], *b) for b in banks]
        + [("neighbours related", t["none"], tiles.step)])  # the review's context gate, once per layer
    # the bank less the scene's tiles, once per bank read (fit keys it on the bank and sources arrays it was given)
    assert sorted(k[1:] for k in tiles.derived if k[0] == "bank in scene") == sorted(
        (t[c], c, *map(id, tiles.derived[("bank", str(bundle.path), t[c], c, group)]), SAME_GROUND) for c, group in banks)
    assert len(compared) == 3 + 4  # the kept tiles: once per context and group; each fresh read: once


def test_a_new_concept_takes_the_fourth_root_alone_and_the_square_root_with_neighbours_each_with_the_bank(bundle, layer):
    """teach's default transform (fit.DEFAULT_TRANSFORMS), as the CLI, the panel and Processing get it through
    TeachOptions: the fourth root for tiles alone (the shipped bank's rows converted to it), the square root the
    bank's neighbour rows are kept in for neighbour context."""
    for context, transform in (("none", "root4_l2"), ("neighbours", "sqrt_l2")):
        session = TeachSession(layer, bundle, TeachOptions(name="pits", context=context))
        session.mark(["0:2", "0:5"])
        state = session.refit()
        assert state.result.concept.transform == transform
        assert state.result.bank > 0 or bundle.file("background") is None
