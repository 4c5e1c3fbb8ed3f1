"""A concept's neighbour context on a layer cut with --stride below the tile size: a tile's neighbours are the tiles
around it that do not overlap it (core/layer/neighbours.py), in teach and where a saved concept is applied."""
import json
import shutil

import numpy as np
import pytest

from planet_qgis_plugin.core.layer.schema import RUN_META
from planet_qgis_plugin.core.model.bundle import load_bundle
from planet_qgis_plugin.core.teach.apply import apply_concepts
from planet_qgis_plugin.core.teach.concept_file import read_concept_file
from planet_qgis_plugin.core.teach.fields import read_embeddings
from planet_qgis_plugin.core.teach.session import TeachOptions, TeachSession

from .teach_data import GRID, bundle_with_embedding, planted, write_tile_gpkg

#: The grid of a run cut at half a tile (core/pipeline/tiling.TileGrid.describe): 256 px tiles 128 px apart.
HALF_TILE = json.dumps({"anchor": "corner", "tile_px": 256, "stride_px": 128})


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    return load_bundle(bundle_with_embedding(tmp_path_factory.mktemp("stride") / "bundle"))


#: Tiles far enough apart that the tiles around one (two strides out) are none of the others' or their neighbours'.
TARGETS = [(2, 2), (2, 8), (8, 2), (8, 8)]


@pytest.fixture(scope="module")
def layers(tmp_path_factory):
    """{name: layer}: ``full``, 12 x 12 tiles (a planted concept) on a grid cut at half a tile as the layer records;
    ``overlapping`` without the 8 tiles one stride from each target (they share its ground), ``abutting`` without
    the 16 two strides from each (they abut it: its neighbours)."""
    from osgeo import ogr

    folder = tmp_path_factory.mktemp("stride")
    full = write_tile_gpkg(folder / "full.gpkg", planted()[0])
    out = {}
    for name, away in (("full", None), ("overlapping", 1), ("abutting", 2)):
        out[name] = folder / f"{name}.gpkg"
        if name != "full":
            shutil.copyfile(full, out[name])
        ds = ogr.Open(str(out[name]), 1)
        layer = ds.GetLayer("tiles")
        layer.SetMetadataItem(RUN_META["grid"], HALF_TILE)
        gone = [f.GetFID() for f in layer
                if any(max(abs(f.GetField("row") - r), abs(f.GetField("col") - c)) == away for r, c in TARGETS)]
        for fid in gone:
            layer.DeleteFeature(fid)
        del layer, ds
    assert [len(read_embeddings(out[n]).fids) for n in out] == [GRID * GRID, GRID * GRID - 8 * 4, GRID * GRID - 16 * 4]
    return out


@pytest.fixture(scope="module")
def taught(bundle, layers, tmp_path_factory):
    """A concept with neighbour context taught on the whole layer: (its session, the saved concept)."""
    full = tmp_path_factory.mktemp("taught") / "full.gpkg"
    shutil.copyfile(layers["full"], full)
    truth = planted()[1]
    session = TeachSession(full, bundle, TeachOptions(name="pits", context="neighbours"))
    session.mark([str(int(f) + 1) for f in np.flatnonzero(truth)[:3]])
    session.refit()
    saved = session.save_concept(full.parent / "pits.concept.json")
    spec = bundle.manifest.embedding
    concept = read_concept_file(saved, spec.size, spec.backbone_id).concept
    assert np.ptp(session.state.probabilities) > 0.1  # a concept that tells tiles apart
    return session, concept


def applied(bundle, path, concept, tmp_path) -> dict:
    """{(row, col): p_<concept>} of the targets, on a copy of the layer at ``path`` with ``concept`` applied
    (classify --concept, batch)."""
    copy = tmp_path / f"applied_{path.name}"
    shutil.copyfile(path, copy)
    return at_targets(read_embeddings(copy), apply_concepts(copy, [concept], bundle.manifest)[0].probabilities)


def at_targets(tiles, values) -> dict:
    return {(int(r), int(c)): float(v) for r, c, v in zip(tiles.rows, tiles.cols, values) if (r, c) in TARGETS}


def test_a_saved_concept_applied_scores_a_tile_with_the_tiles_that_abut_it_not_those_that_overlap_it(
        bundle, layers, taught, tmp_path):
    """The tiles one stride along share half a tile's ground: taking them away leaves its score as it was (they
    counted as its neighbours, the 8 around on the grid, and moved it). Taking away the tiles that abut it moves it."""
    concept = taught[1]
    whole, overlapping, abutting = (applied(bundle, layers[n], concept, tmp_path)
                                    for n in ("full", "overlapping", "abutting"))
    assert whole.keys() == overlapping.keys() == abutting.keys() == set(TARGETS)
    np.testing.assert_allclose([overlapping[k] for k in TARGETS], [whole[k] for k in TARGETS], atol=1e-6)
    assert max(abs(abutting[k] - whole[k]) for k in TARGETS) > 1e-3


def test_teach_scores_a_tile_with_the_neighbours_the_applied_concept_uses(bundle, layers, taught, tmp_path):
    """What teach showed on the taught layer is what the saved concept gives where it is applied, also on a layer
    without the tiles that overlap the targets."""
    session, concept = taught
    shown = at_targets(session.tiles, session.state.probabilities)
    overlapping = applied(bundle, layers["overlapping"], concept, tmp_path)
    np.testing.assert_allclose([shown[k] for k in TARGETS], [overlapping[k] for k in TARGETS], atol=1e-5)
