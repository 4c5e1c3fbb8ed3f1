"""Which threshold raised a concept's flag on a layer, and what it is worth: the layer metadata item
PLANET_CONCEPT_FLAGS (core/layer/schema.py), written by teach, by classify --concept and by classify for the bundle's
own concepts, read by schema.concept_flags (what batch, change and exports call). Layers written before it say
"unknown", never crash."""
import json
import sqlite3
from types import SimpleNamespace

import numpy as np
import pytest

from planet_qgis_plugin.core.layer.schema import (
    META_CONCEPT_FLAGS,
    META_CONCEPTS,
    META_UNCONFIRMED,
    ConceptFlag,
    concept_flags,
)
from planet_qgis_plugin.core.model.bundle import default_bundle_path, load_bundle
from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, classify
from planet_qgis_plugin.core.teach.apply import applied_threshold, apply_concepts
from planet_qgis_plugin.core.teach.concept_file import read_concept_file
from planet_qgis_plugin.core.teach.fields import read_embeddings
from planet_qgis_plugin.core.teach.session import TeachOptions, TeachSession

from ..conftest import VISUAL_RGBA
from .teach_data import SIZE, planted, write_tile_gpkg
from .test_teach_concepts import planted_concept


@pytest.fixture(scope="module")
def taught(tmp_path_factory):
    """A planted layer with 'pits' taught on it and written (10 labelled tiles: test_teach_concepts.planted_concept),
    its --json summary, the bundle, the saved concept file and the fids labelled."""
    folder = tmp_path_factory.mktemp("flag_record")
    session, bundle = planted_concept(folder)
    session.write()
    gpkg = session.tiles.path
    return SimpleNamespace(gpkg=gpkg, summary=session.summary(), bundle=bundle,
                           concept_file=session.save_concept(folder / "pits.concept.json"),
                           labelled=set(session.positives + session.negatives))


def _items(gpkg) -> dict[str, str]:
    return read_embeddings(gpkg).metadata


def _set_item(gpkg, key: str, value: str | None) -> None:
    """Set (or, None, remove) one default-domain item of the layer's metadata, as a hand edit or an older writer."""
    from osgeo import ogr

    ds = ogr.Open(str(gpkg), 1)
    layer = ds.GetLayer("tiles")
    items = layer.GetMetadata()
    if value is None:
        items.pop(key, None)
    else:
        items[key] = value
    layer.SetMetadata(items)
    ds = None


def test_teach_records_the_threshold_precision_and_answers_its_json_says(taught):
    gpkg, summary = taught.gpkg, taught.summary
    flag = concept_flags(_items(gpkg))["pits"]
    assert flag == ConceptFlag("pits", "mining", summary["threshold"], summary["expected_precision"],
                               summary["answers"], "taught", ("tiles.gpkg",), False)
    assert summary["answers"] == 10
    said = flag.describe()
    assert f"p >= {summary['threshold']:.2f}" in said and "10 labelled tiles" in said and "taught on this" in said
    # the flags the layer holds are the ones that threshold raised (a labelled tile's flag is its label)
    with sqlite3.connect(gpkg) as db:
        rows = db.execute("SELECT fid, p_pits, flag_pits FROM tiles").fetchall()
    assert sum(f for *_, f in rows) == summary["flagged"]
    unlabelled = [(p, f) for fid, p, f in rows if fid not in taught.labelled and abs(p - flag.threshold) > 1e-4]
    assert len(unlabelled) > 100 and all(bool(f) == (p >= flag.threshold) for p, f in unlabelled)


def test_a_concept_applied_elsewhere_records_the_threshold_used_there_and_where_it_was_taught(taught, tmp_path):
    summary, concept_file, bundle = taught.summary, taught.concept_file, taught.bundle
    other = write_tile_gpkg(tmp_path / "other.gpkg", planted(seed=5)[0])
    concept = read_concept_file(concept_file, SIZE).concept
    applied = apply_concepts(other, [concept], bundle.manifest)[0]
    flag = concept_flags(_items(other))["pits"]
    assert flag.source == "applied" and flag.taught_on == ("tiles.gpkg",)
    assert flag.threshold == round(applied_threshold(concept), 4) == round(applied.threshold, 4)
    assert (flag.expected_precision, flag.answers) == (summary["expected_precision"], summary["answers"])
    assert flag.held is applied.unconfirmed
    assert "applied from a concept taught on tiles.gpkg" in flag.describe()


def test_a_concept_held_unconfirmed_says_so(taught, tmp_path):
    """A layer where the concept's flags are held back (PLANET_UNCONFIRMED): nothing was flagged, whatever p."""
    gpkg = taught.gpkg
    copy = tmp_path / "held.gpkg"
    copy.write_bytes(gpkg.read_bytes())
    _set_item(copy, META_UNCONFIRMED, json.dumps({"pits": {"would_flag": 9, "tiles": 144, "threshold": 0.5}}))
    flag = concept_flags(_items(copy))["pits"]
    assert flag.held and flag.describe().endswith("held unconfirmed here, nothing flagged")


def test_a_layer_written_before_the_item_reads_as_unknown_and_teaching_on_it_adds_it(taught, tmp_path):
    gpkg, bundle = taught.gpkg, taught.bundle
    old = tmp_path / "old.gpkg"
    old.write_bytes(gpkg.read_bytes())
    _set_item(old, META_CONCEPT_FLAGS, None)
    items = _items(old)
    assert META_CONCEPT_FLAGS not in items and json.loads(items[META_CONCEPTS]) == {"pits": "mining"}
    flag = concept_flags(items)["pits"]
    assert flag == ConceptFlag("pits", "mining")  # every fact unknown, none guessed
    assert flag.describe() == "threshold unknown; expected precision unknown; source unknown"
    assert concept_flags({}) == {}
    # a second concept taught on it: recorded; the first stays unknown, not given the second's numbers
    embeddings, truth, _ = planted()
    session = TeachSession(old, bundle, TeachOptions(name="roads", group="logging"))
    session.mark([str(f) for f in np.flatnonzero(truth)[:3] + 1])
    session.refit()
    session.write()
    flags = concept_flags(_items(old))
    assert flags["pits"] == ConceptFlag("pits", "mining") and flags["roads"].source == "taught"


@pytest.mark.parametrize("item", [
    "not json", "[1, 2]", '{"pits": 3}', '{"pits": {"threshold": "0.5", "answers": -2, "source": "magic"}}',
    '{"pits": {"threshold": 1e999, "expected_precision": 2, "answers": 1.5, "taught_on": "x.tif"}}',
    '{"pits": {"threshold": NaN, "expected_precision": true, "answers": 1e400, "taught_on": [1, null]}}',
    '{"pits": {"threshold": 0.5, "threshold": 0.9}}',  # a key twice: which did the writer mean?
    "[" * 100000,
])
def test_a_damaged_or_hand_edited_item_is_unknown_never_an_error_or_a_bad_number(taught, tmp_path, item):
    gpkg, bundle = taught.gpkg, taught.bundle
    items = {**_items(gpkg), META_CONCEPT_FLAGS: item}
    flag = concept_flags(items)["pits"]
    assert (flag.threshold, flag.expected_precision, flag.answers, flag.source, flag.taught_on) == (
        None, None, None, None, ())
    assert "unknown" in flag.describe()
    # teach writes over it: the concept's own entry in place, the damaged rest dropped
    copy = tmp_path / "damaged.gpkg"
    copy.write_bytes(gpkg.read_bytes())
    _set_item(copy, META_CONCEPT_FLAGS, item)
    session = TeachSession(copy, bundle, TeachOptions(name="pits", group="mining"))
    session.mark([str(f) for f in np.flatnonzero(planted()[1])[:3] + 1])
    session.refit()
    session.write()
    assert concept_flags(_items(copy))["pits"].threshold == round(session.state.threshold, 4)


def test_classify_records_the_bundles_own_concepts_at_their_threshold(tmp_path):
    bundle = load_bundle(default_bundle_path())
    if not bundle.manifest.concepts:
        pytest.skip("the shipped bundle carries no concept")
    out = tmp_path / "tiles.gpkg"
    classify(VISUAL_RGBA, out, bundle, ClassifyOptions())
    flags = concept_flags(_items(out))
    for concept in bundle.manifest.concepts:
        assert flags[concept.name].source == "bundle"
        assert flags[concept.name].threshold == round(concept.threshold, 4)
        assert flags[concept.name].group == concept.group
