"""publish.staged: a file or folder takes its place whole, or the old one stays; nothing left beside it."""
import os

import pytest

from planet_qgis_plugin.core.publish import staged


def test_a_file_is_replaced_only_when_the_block_ends_without_error(tmp_path):
    target = tmp_path / "summary.csv"
    target.write_text("old")
    with pytest.raises(RuntimeError):
        with staged(target) as temp:
            temp.write_text("half")
            raise RuntimeError("interrupted")
    assert target.read_text() == "old" and sorted(tmp_path.iterdir()) == [target]
    with staged(target) as temp:
        temp.write_text("new")
        assert target.read_text() == "old"  # readers see the old file until the end
    assert target.read_text() == "new" and sorted(tmp_path.iterdir()) == [target]


def test_a_folder_is_swapped_whole_and_a_failed_one_leaves_the_old(tmp_path):
    target = tmp_path / "bundle"
    target.mkdir()
    (target / "manifest.json").write_text("old")
    with pytest.raises(OSError):
        with staged(target, folder=True) as temp:
            (temp / "manifest.json").write_text("half")
            raise OSError("disk full")
    assert (target / "manifest.json").read_text() == "old" and sorted(tmp_path.iterdir()) == [target]
    with staged(target, folder=True) as temp:
        (temp / "manifest.json").write_text("new")
    assert (target / "manifest.json").read_text() == "new" and sorted(tmp_path.iterdir()) == [target]
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o777 & ~umask  # as a new folder gets, not mkdtemp's private 0700
