"""publish.sweep / sweep_staged judge a temporary file by its writer, named in it (writer_gone): a writer killed but
not yet reaped (a zombie, as workers killed with their parent are until init reaps them) is gone, so the next run
removes its files at once, as the batch's sweep does; another machine's writer (a Dask worker elsewhere writing into
a shared folder) cannot be told from here, so its files stay."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from planet_qgis_plugin.core import publish

ZOMBIES = pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="zombies are told by Linux's /proc")
OTHER_HOST = "eeeeee" if publish.HOST != "eeeeee" else "ffffff"


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


@ZOMBIES
def test_a_zombies_partial_gpkg_is_swept(tmp_path, zombie):
    target = tmp_path / "o.gpkg"
    left = [tmp_path / f".{publish._key(target)}.{zombie}.0123abcd{publish.SUFFIX}{side}" for side in ("", "-journal")]
    for path in left:
        path.write_text("left by a worker killed with its parent")
    assert sorted(publish.sweep(target)) == sorted(left)
    assert list(tmp_path.iterdir()) == []


@ZOMBIES
def test_a_zombies_staged_file_is_swept_and_what_it_put_aside_comes_back(tmp_path: Path, zombie):
    target = tmp_path / "summary.csv"
    (tmp_path / f".summary.csv.{zombie}.abcd1234.partial").write_text("half")
    aside = tmp_path / f".summary.csv.{zombie}.efgh5678.old"
    aside.mkdir()
    (aside / target.name).write_text("the earlier summary")
    publish.sweep_staged(target)
    assert target.read_text() == "the earlier summary" and sorted(tmp_path.iterdir()) == [target]


def _dead_pid() -> int:
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)
    return pid  # reaped: no process has this id here now


def test_another_machines_files_stay_whatever_their_pid(tmp_path):
    dead = _dead_pid()
    target = tmp_path / "o.gpkg"
    here = tmp_path / f".{publish._key(target)}.{dead}-{publish.HOST}.0123abcd{publish.SUFFIX}"
    elsewhere = [tmp_path / f".{publish._key(target)}.{dead}-{OTHER_HOST}.0123abcd{publish.SUFFIX}",
                 tmp_path / f".o.gpkg.{dead}-{OTHER_HOST}.abcd1234.partial"]
    aside = tmp_path / f".o.gpkg.{dead}-{OTHER_HOST}.efgh5678.old"
    aside.mkdir()
    (aside / target.name).write_text("another machine's earlier version, being replaced there")
    for path in [here, *elsewhere]:
        path.write_text("x")
    assert publish.sweep(target) == [here]
    publish.sweep_staged(target)
    assert sorted(tmp_path.iterdir()) == sorted([*elsewhere, aside]) and not target.exists()


def test_a_run_names_its_files_with_this_machine(tmp_path):
    stage = publish.Staged.create(tmp_path / "summary.csv")
    try:
        match = publish.staged_name(r"\.summary\.csv\.", ".partial").fullmatch(stage.temp.name)
        assert match is not None and match.groups() == (str(os.getpid()), publish.HOST)
    finally:
        stage.discard()
    match = publish.PARTIAL_NAME.fullmatch(publish.begin(tmp_path / "o.gpkg").temp.name)
    assert match is not None and match.groups() == (str(os.getpid()), publish.HOST)
