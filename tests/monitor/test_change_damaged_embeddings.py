"""A damaged tile embedding (edited by hand, a write cut short) takes the embedding evidence away from every alert:
the run says which tile of which date, not "no embeddings", and the alerts still come (none 'highest')."""
from __future__ import annotations

import pytest
from osgeo import ogr

from planet_qgis_plugin.core.monitor.change import compare


def _sql(path, statement: str) -> None:
    ds = ogr.Open(str(path), update=1)
    ds.ExecuteSQL(statement)
    del ds


@pytest.mark.parametrize("value, said", [("x'0102'", "the embedding of fid 3 has 2 bytes"),
                                         ("'abc'", "the embedding of fid 3 has 3 bytes")])
def test_a_damaged_embedding_is_named_and_the_alerts_still_come(rapideye, rapideye_copy, tmp_path, value, said):
    after = rapideye_copy({(0, 1): {"flag_mining": 1, "flagged": 1, "score_mining": 1.0}})
    _sql(after, f"UPDATE tiles SET embedding = {value} WHERE fid = 3")
    result = compare(rapideye, after, tmp_path / "change.gpkg")
    note = next(m for m in result.messages if "embedding evidence" in m)
    assert note.startswith("AFTER (after.gpkg): " + said) and "classify it again" in note and "BEFORE" not in note
    assert result.alerts and all(a.confidence != "highest" for a in result.alerts)


def test_a_layer_classified_without_embeddings_is_named_as_such(rapideye, rapideye_copy, tmp_path):
    after = rapideye_copy({(0, 1): {"flag_mining": 1, "flagged": 1, "score_mining": 1.0}})
    _sql(after, "ALTER TABLE tiles DROP COLUMN embedding")
    result = compare(rapideye, after, tmp_path / "change.gpkg")
    assert "AFTER (after.gpkg): no embeddings: the embedding evidence is missing, so no alert is 'highest'" in \
        result.messages
