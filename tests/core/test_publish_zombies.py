"""publish.sweep / sweep_staged: a writer killed but not yet reaped (a zombie, as workers killed with their parent are
until init reaps them) is gone, so the next run removes its temporary files at once, as the batch's sweep does."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from planet_qgis_plugin.core import publish

pytestmark = pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="zombies are told by Linux's /proc")


@pytest.fixture
def zombie():
    """The pid of a forked child that has exited and is not yet reaped."""
    pid = os.fork()
    if pid == 0:
        os._exit(0)  # the child: nothing else (a forked copy of pytest must not run on)
    deadline = time.monotonic() + 30
    while _state(pid) != "Z":
        assert time.monotonic() < deadline
        time.sleep(0.01)
    yield pid
    os.waitpid(pid, 0)


def _state(pid: int) -> str:
    with open(f"/proc/{pid}/stat") as handle:
        return handle.read().rpartition(")")[2].split()[0]


def test_a_zombies_partial_gpkg_is_swept(tmp_path, zombie):
    target = tmp_path / "o.gpkg"
    left = [tmp_path / f".{publish._key(target)}.{zombie}.0123abcd{publish.SUFFIX}{side}" for side in ("", "-journal")]
    for path in left:
        path.write_text("left by a worker killed with its parent")
    assert sorted(publish.sweep(target)) == sorted(left)
    assert list(tmp_path.iterdir()) == []


def test_a_zombies_staged_file_is_swept_and_what_it_put_aside_comes_back(tmp_path: Path, zombie):
    target = tmp_path / "summary.csv"
    (tmp_path / f".summary.csv.{zombie}.abcd1234.partial").write_text("half")
    aside = tmp_path / f".summary.csv.{zombie}.efgh5678.old"
    aside.mkdir()
    (aside / target.name).write_text("the earlier summary")
    publish.sweep_staged(target)
    assert target.read_text() == "the earlier summary" and sorted(tmp_path.iterdir()) == [target]
