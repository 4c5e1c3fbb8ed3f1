"""A bank source that is the scene's own ground seen again (turned, mirrored, another pass) is left out as the scene's
own tiles are (core/teach/bank.not_in_scene, SAME_GROUND): kept, it teaches the concept's own tiles as negatives and
takes its share of the bank's weight from the imagery elsewhere."""
import numpy as np
import pytest

from planet_qgis_plugin.core.model.concepts import features
from planet_qgis_plugin.core.teach.bank import SAME_GROUND, SAME_TILE, not_in_scene
from planet_qgis_plugin.core.teach.fit import teach

from .teach_data import BACKBONE, planted


def _at(cosine: float, rows: np.ndarray, seed: int) -> np.ndarray:
    """Unit rows each at ``cosine`` to its row of ``rows`` (unit): the same tile seen a little differently."""
    rng = np.random.default_rng(seed)
    noise = rng.normal(size=rows.shape)
    noise -= (noise * rows).sum(axis=1, keepdims=True) * rows  # orthogonal to each row
    noise /= np.linalg.norm(noise, axis=1, keepdims=True)
    return (cosine * rows + np.sqrt(1 - cosine ** 2) * noise).astype(np.float32)


def _unit(n: int, size: int, seed: int) -> np.ndarray:
    x = np.random.default_rng(seed).normal(size=(n, size))
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


def test_a_source_mostly_within_the_same_ground_cosine_of_the_scene_is_left_out_whole():
    scene = _unit(40, 256, 0)  # 256 dimensions: unrelated rows are nearly orthogonal
    close, apart = (SAME_GROUND + SAME_TILE) / 2, SAME_GROUND - 0.05
    seen_again = _at(close, scene[:10], 1)                                         # every row: the scene turned
    half = np.vstack([_at(close, scene[10:13], 2), _at(apart, scene[13:15], 3)])   # 3 of 5 rows close: a median close
    few = np.vstack([_at(close, scene[15:16], 4), _at(apart, scene[16:19], 5)])    # 1 of 4 close
    elsewhere = _unit(6, 256, 6)
    identical = scene[19:20]
    bank = np.vstack([seen_again, half, few, elsewhere, identical])
    sources = np.repeat([0, 1, 2, 3, 4], [10, 5, 4, 6, 1])
    kept = not_in_scene(bank, scene, sources)
    np.testing.assert_array_equal(kept, np.repeat([False, False, True, True, False], [10, 5, 4, 6, 1]))
    # by row alone (no sources, or the rule off) only the tile the scene holds itself goes
    for by_row in (not_in_scene(bank, scene), not_in_scene(bank, scene, sources, same_ground=None)):
        np.testing.assert_array_equal(by_row, np.arange(len(bank)) < len(bank) - 1)


@pytest.mark.parametrize("cosine", [0.93, 0.97])
def test_the_scene_s_ground_in_the_bank_weighs_as_if_the_bank_did_not_hold_it(cosine):
    """A concept taught with the bank holding the scene's own tiles seen again (at ``cosine``, below SAME_TILE) is the
    concept taught with the bank without them: the same p on every tile, the same rows used; with the rule off they
    weigh as negatives and the concept differs."""
    embeddings, truth, _ = planted(n=300, n_concept=20)
    unit = features(embeddings, "sqrt_l2")
    other = features(planted(n=60, n_concept=6, seed=7)[0], "sqrt_l2")  # another planted scene: imagery elsewhere
    assert np.median((other @ unit.T).max(axis=1)) < SAME_GROUND <= cosine < SAME_TILE
    again = _at(cosine, unit, 8)  # every tile of the scene, the concept's among them
    kwargs = dict(name="pits", backbone_id=BACKBONE, transform="sqrt_l2")
    marks = np.flatnonzero(truth)[:3]
    without = teach(embeddings, marks, bank=other, bank_sources=np.zeros(len(other), int), **kwargs)
    holding = teach(embeddings, marks, bank=np.vstack([other, again]),
                    bank_sources=np.repeat([0, 1], [len(other), len(again)]), **kwargs)
    assert holding.bank == without.bank == len(other)
    np.testing.assert_allclose(holding.probabilities, without.probabilities, atol=1e-6)
    kept = teach(embeddings, marks, bank=np.vstack([other, again]),
                 bank_sources=np.repeat([0, 1], [len(other), len(again)]), same_ground=None, **kwargs)
    assert kept.bank == len(other) + len(again)
    assert np.abs(kept.probabilities - without.probabilities).max() > 0.01
