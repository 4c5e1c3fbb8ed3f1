"""PLANET_INPUTS read once (read_inputs) answers both of batch's questions: the scene's and concepts' bytes
(inputs_match) and the bundle's (bundle_match)."""
import os
from pathlib import Path

from planet_qgis_plugin.core.monitor.inputs_record import (
    UNREADABLE,
    bundle_match,
    inputs_match,
    inputs_record,
    read_inputs,
)
from planet_qgis_plugin.core.pipeline.acquired import source_identity


def test_no_record_leaves_both_answers_to_the_older_rule(tmp_path):
    scene = tmp_path / "s.tif"
    scene.write_bytes(b"pixels")
    assert read_inputs("") is None
    assert inputs_match(read_inputs(""), scene, ()) is None
    assert bundle_match(read_inputs(""), bundle=None) is None


def test_a_record_edited_into_no_record_matches_nothing(tmp_path):
    scene = tmp_path / "s.tif"
    scene.write_bytes(b"pixels")
    for text in ("{not json", "null", "[1, 2]", '{"scene": 3}'):
        entry = read_inputs(text)
        assert inputs_match(entry, scene, ()) is False, text
    assert read_inputs("{not json") is UNREADABLE and bundle_match(UNREADABLE, bundle=None) is False


def test_the_record_batch_writes_matches_its_scene_and_concepts_and_not_others(tmp_path, monkeypatch):
    from planet_qgis_plugin.core.monitor import inputs_record as module

    monkeypatch.setattr(module, "bundle_identity", lambda bundle: "sha256:bundle")
    scene, concept, other = (tmp_path / n for n in ("s.tif", "c.json", "d.json"))
    scene.write_bytes(b"pixels")
    concept.write_text("{}")
    other.write_text('{"w": 1}')
    entry = read_inputs(inputs_record(scene, [concept], bundle=object(), stat=scene.stat()))
    assert entry["concepts"] == [source_identity(concept)]
    assert inputs_match(entry, scene, [concept]) is True
    assert inputs_match(entry, scene, [other]) is False
    assert bundle_match(entry, bundle=object()) is True
    monkeypatch.setattr(module, "bundle_identity", lambda bundle: "sha256:another")
    assert bundle_match(entry, bundle=object()) is False
    before = scene.stat()
    scene.write_bytes(b"other!")   # the same size, other bytes, another time (set: a coarse clock may give the same)
    os.utime(scene, ns=(before.st_atime_ns, before.st_mtime_ns + 10**9))
    assert inputs_match(entry, Path(scene), [concept]) is False
