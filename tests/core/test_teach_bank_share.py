"""How the background bank's weight is shared between its sources (core/teach/bank.py: source_of_rows, row_shares)."""
import numpy as np
import pytest

from planet_qgis_plugin.core.model.bundle import default_bundle_path, load_bundle
from planet_qgis_plugin.core.model.concepts import features
from planet_qgis_plugin.core.teach.bank import (
    METRICS,
    SHARE_RULES,
    SOURCES,
    read_bank,
    row_shares,
    source_entry,
    source_of_rows,
)
from planet_qgis_plugin.core.teach.fit import teach

from .teach_data import BACKBONE, look_alikes, planted


def _source_totals(sources: np.ndarray, rule: str, cap: float = 1 / 3) -> np.ndarray:
    """Each source's share of the bank's weight under ``rule``."""
    shares = row_shares(sources, rule, cap)
    shares = np.ones(len(sources)) if shares is None else shares
    return np.bincount(sources, shares) / shares.sum()


def test_the_sources_are_read_from_the_manifest_s_entries_in_the_rows_order():
    entries = [source_entry(4, "training chips"), source_entry(2, "tiles of a.jpg"), source_entry(1, "tiles of b.tif")]
    np.testing.assert_array_equal(source_of_rows(entries, 7), [0, 0, 0, 0, 1, 1, 2])


@pytest.mark.parametrize("entries", [
    None, "64 training chips", {"64": "chips"}, ["64 training chips", 3], ["some chips", "3 tiles of a.jpg"],
    ["-4 training chips", "11 tiles"], ["4 training chips", "2 tiles of a.jpg"],  # 6 rows, not 7
])
def test_sources_that_do_not_account_for_the_rows_share_by_row(entries):
    assert source_of_rows(entries, 7) is None
    assert row_shares(source_of_rows(entries, 7), "sqrt") is None  # each row alike, as before the rule


def test_the_shipped_bank_s_sources_account_for_its_rows():
    bundle = load_bundle(default_bundle_path())
    if bundle.file("background") is None:
        pytest.skip("the shipped bundle carries no background bank")
    rows, sources = read_bank(bundle, "none")
    assert sources is not None and len(sources) == len(rows)
    assert len(np.unique(sources)) == len(bundle.manifest.metrics[METRICS][SOURCES])


@pytest.mark.parametrize("rule", SHARE_RULES)
def test_each_rule_keeps_the_bank_s_whole_weight(rule):
    sources = np.repeat([0, 1, 2, 3], [64, 3, 200, 1])
    shares = row_shares(sources, rule)
    assert shares is None if rule == "rows" else shares.mean() == pytest.approx(1.0)


def test_the_square_root_rule_gives_each_source_a_share_in_proportion_to_the_root_of_its_rows():
    sizes = np.array([64, 3, 200, 1])
    totals = _source_totals(np.repeat(np.arange(4), sizes), "sqrt")
    np.testing.assert_allclose(totals, np.sqrt(sizes) / np.sqrt(sizes).sum())


def test_the_cap_holds_every_source_at_most_at_its_share_and_the_rest_by_rows():
    sizes = np.array([64, 3, 200, 1, 3])
    totals = _source_totals(np.repeat(np.arange(5), sizes), "cap", cap=0.5)
    assert totals.max() == pytest.approx(0.5)
    np.testing.assert_allclose(totals[2], 0.5)  # the large source, held
    rest = totals[[0, 1, 3, 4]]
    np.testing.assert_allclose(rest / rest.sum(), sizes[[0, 1, 3, 4]] / sizes[[0, 1, 3, 4]].sum())
    # a cap no sharing can meet (two sources, a third each) gives each an equal share
    np.testing.assert_allclose(_source_totals(np.repeat([0, 1], [10, 1]), "cap"), [0.5, 0.5])


def test_an_unknown_rule_is_refused():
    with pytest.raises(ValueError, match="not one of"):
        row_shares(np.zeros(3, int), "everything")


@pytest.mark.parametrize("rule", SHARE_RULES)
def test_a_bank_of_one_source_is_shared_as_before_the_rule(rule):
    embeddings, truth, _ = planted(n=300, n_concept=20)
    decoys = look_alikes(embeddings, truth)
    # same_ground off: planted tiles are all as alike as one scene's, so the look-alikes (the scene's own tiles, each
    # value scaled) would be taken for its ground seen again (bank.SAME_GROUND: tests/core/test_teach_same_ground.py)
    kwargs = dict(name="pits", backbone_id=BACKBONE, bank=decoys, transform="sqrt_l2", same_ground=None)
    before = teach(embeddings, np.flatnonzero(truth)[:3], **kwargs)
    one = teach(embeddings, np.flatnonzero(truth)[:3], bank_sources=np.zeros(len(decoys), int), bank_share=rule,
                **kwargs)
    np.testing.assert_allclose(one.probabilities, before.probabilities, atol=1e-6)
    assert one.review == before.review


def test_a_source_of_the_scene_s_own_tiles_takes_no_share_of_the_weight():
    """Rows that are tiles of the scene being taught are dropped before the weight is shared: the bank weighs as the
    bank without that source would."""
    embeddings, truth, _ = planted(n=300, n_concept=20)
    decoys = look_alikes(embeddings, truth)[:10]
    own = features(embeddings[~truth][:40], "sqrt_l2")
    kwargs = dict(name="pits", backbone_id=BACKBONE, transform="sqrt_l2", bank_share="sqrt", same_ground=None)
    split = np.repeat([0, 1, 2], [3, 7, 40])
    with_own = teach(embeddings, np.flatnonzero(truth)[:3], bank=np.vstack([decoys, own]), bank_sources=split,
                     **kwargs)
    without = teach(embeddings, np.flatnonzero(truth)[:3], bank=decoys, bank_sources=split[:10], **kwargs)
    assert with_own.bank == without.bank == 10
    np.testing.assert_allclose(with_own.probabilities, without.probabilities, atol=1e-6)
