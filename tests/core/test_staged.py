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


def _dead_pid() -> int:
    import subprocess

    proc = subprocess.Popen(["true"])
    proc.wait()
    return proc.pid  # reaped: no process has this id now


def _no_hard_links(*args, **kwargs):
    raise NotImplementedError("link: follow_symlinks unavailable on this platform")  # what Windows says


@pytest.mark.parametrize("hard_links", [True, False], ids=["hard-links", "no-hard-links"])
@pytest.mark.parametrize("kind", ["file", "folder", "link"])
def test_discard_after_publish_puts_the_replaced_version_back(tmp_path, kind, hard_links, monkeypatch):
    """teach publishes a concept file or a bundle just before its GeoPackage commits and takes it back if that
    fails: what was there before returns as it was (a link as the link, its target untouched), also where the
    system makes no hard link (Windows, FAT, some shares) and the replaced version is kept as a copy."""
    from planet_qgis_plugin.core.publish import Staged

    if not hard_links:
        monkeypatch.setattr(os, "link", _no_hard_links)

    target, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    elsewhere.write_text("the link's target")
    if kind == "folder":
        target.mkdir()
        (target / "a.txt").write_text("old")
    elif kind == "link":
        target.symlink_to(elsewhere)
    else:
        target.write_text("old")
    before = sorted((p.name, p.is_symlink(), p.read_text() if p.is_file() else None) for p in tmp_path.rglob("*"))
    stage = Staged.create(target, folder=kind == "folder")
    (stage.temp / "a.txt" if kind == "folder" else stage.temp).write_text("new")
    stage.publish()
    assert (target / "a.txt" if kind == "folder" else target).read_text() == "new" and not target.is_symlink()
    assert elsewhere.read_text() == "the link's target"
    stage.discard()
    assert sorted((p.name, p.is_symlink(), p.read_text() if p.is_file() else None)
                  for p in tmp_path.rglob("*")) == before


def test_a_staged_folder_killed_between_the_renames_comes_back(tmp_path):
    """kill -9 after the old folder went aside and before the new one came in: the next staging of that
    path puts the old folder back (its process is gone) and removes the half-made temporary."""
    from planet_qgis_plugin.core.publish import Staged

    target, dead = tmp_path / "bundle", _dead_pid()
    aside = tmp_path / f".bundle.{dead}.abcd1234.old"
    (aside / "bundle").mkdir(parents=True)
    (aside / "bundle" / "manifest.json").write_text("the earlier save")
    (tmp_path / f".bundle.{dead}.efgh5678.partial").mkdir()
    running = tmp_path / f".bundle.{os.getppid()}.ijkl9012.partial"  # a save still going: left alone
    running.mkdir()
    stage = Staged.create(target, folder=True)
    assert (target / "manifest.json").read_text() == "the earlier save"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["bundle", running.name, stage.temp.name])
    stage.discard()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["bundle", running.name])


def test_a_kept_version_is_dropped_when_the_new_one_took_its_place(tmp_path):
    from planet_qgis_plugin.core.publish import sweep_staged

    target, dead = tmp_path / "c.concept.json", _dead_pid()
    target.write_text("the new one, published")
    aside = tmp_path / f".c.concept.json.{dead}.abcd1234.old"
    aside.mkdir()
    (aside / target.name).write_text("the replaced one")
    sweep_staged(target)
    assert target.read_text() == "the new one, published" and sorted(tmp_path.iterdir()) == [target]
