"""Hostile inputs of 2026-12-08 (round 13): what an attacker and a careless user try that rounds 1-12 did not
(docs/robustness.md, "Hostile inputs of 2026-12-08 (round 13)"). Each test failed before its fix."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import RAPIDEYE, ROOT
from .conftest import CLI, assert_refused, run_cli, snapshot


def test_a_run_leaves_nothing_in_home_or_the_temporary_folder(tmp_path):
    """ONNX Runtime (1.29 and later, Linux and macOS) collects telemetry unless told not to before it starts: a device
    id and an event store under ~/.cache/Microsoft, a session file .ses in TMPDIR, sent to Microsoft while the machine
    is online. A classify leaves both folders as it found them (empty here)."""
    home, temporary = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    temporary.mkdir()
    proc = run_cli(RAPIDEYE, "-o", tmp_path / "tiles.gpkg", env={"HOME": str(home), "TMPDIR": str(temporary)})
    assert proc.returncode == 0, proc.stderr
    assert sorted(home.rglob("*")) == [] and sorted(temporary.rglob("*")) == []



def test_the_trainers_onnx_runtime_leaves_nothing_in_home_or_the_temporary_folder(tiny_bundle, tmp_path):
    """The trainer runs the exported network through ONNX Runtime (trainer.evaluate's OnnxModule, export's check):
    imported there with its telemetry off as classify imports it, so the same folders stay empty."""
    home, temporary = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    temporary.mkdir()
    onnx = next(Path(tiny_bundle.path).glob("*.onnx"))
    env = {k: v for k, v in os.environ.items() if k != "ORT_DISABLE_TELEMETRY"} | {"HOME": str(home),
                                                                                   "TMPDIR": str(temporary)}
    proc = subprocess.run([sys.executable, "-c", "import sys; from trainer.evaluate import OnnxModule; "
                           "OnnxModule(sys.argv[1])", str(onnx)], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert sorted(home.rglob("*")) == [] and sorted(temporary.rglob("*")) == []

def test_a_full_disk_is_said_as_sqlite_says_it_and_keeps_the_earlier_output(outdir):
    """A disk that fills as the GeoPackage is made (SQLite's page limit stands in for it: the same SQLITE_FULL): GDAL
    3.6 raised a RuntimeError without text, 'could not write o.gpkg: RuntimeError' (a real full tmpfs said the same),
    or the first 200 characters of a CREATE TABLE that cut SQLite's reason off."""
    before = snapshot(outdir)
    proc = run_cli(RAPIDEYE, "-o", outdir / "previous.gpkg", "--overwrite",
                   env={"OGR_SQLITE_PRAGMA": "max_page_count=2"})
    line = assert_refused(proc, "could not write", before, outdir)
    assert line.endswith(": database or disk is full") and "sqlite3_" not in line and "CREATE" not in line, line


def test_a_disk_that_fills_at_any_page_leaves_nothing_or_a_whole_layer(tiny_bundle, make_raster, tmp_path,
                                                                        monkeypatch):
    """The disk full after each page in turn, from the first to the finished file's last: either one OutputError
    naming SQLite's reason and nothing left in the folder, or the whole layer with its spatial index. GDAL builds the
    index as the file closes: a failure there was a destructor's 'Exception ignored' traceback, and the layer was
    published without its index, the run said done."""
    from osgeo import gdal

    from planet_qgis_plugin.core.errors import OutputError
    from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, classify

    scene = make_raster(64, 64, count=3, dtype="uint8")
    whole = tmp_path / "whole" / "o.gpkg"
    whole.parent.mkdir()
    classify(scene, whole, tiny_bundle.path, ClassifyOptions())
    pages = -(-whole.stat().st_size // 4096)
    unraisable = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    failed = 0
    for limit in range(1, pages + 2):
        folder = tmp_path / f"limit{limit}"
        folder.mkdir()
        gdal.SetConfigOption("OGR_SQLITE_PRAGMA", f"max_page_count={limit}")
        try:
            classify(scene, folder / "o.gpkg", tiny_bundle.path, ClassifyOptions())
        except OutputError as exc:
            failed += 1
            assert str(exc).endswith(": database or disk is full") and "sqlite3_" not in str(exc), (limit, exc)
            assert list(folder.iterdir()) == [], limit
        else:
            _assert_whole(folder / "o.gpkg", limit)
        finally:
            gdal.SetConfigOption("OGR_SQLITE_PRAGMA", None)
        assert unraisable == [], (limit, [str(u.exc_value) for u in unraisable])
    assert 0 < failed < pages + 1


def _assert_whole(path: Path, limit: int) -> None:
    import sqlite3

    with sqlite3.connect(path) as db:
        names = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
        assert "rtree_tiles_geom" in names, (limit, sorted(names))
        assert db.execute("SELECT count(*) FROM tiles").fetchone()[0] == 4, limit


def test_a_preview_the_disk_has_no_room_for_names_itself_and_the_layer_written(tmp_path):
    """The GeoPackage fits, its PNG quick-look does not (a file-size limit stands in for the full disk: a write's
    error, ENOSPC or EFBIG, names no file): it was 'error: [Errno 28] No space left on device' (27, File too large),
    with tiles.gpkg in place and not a word of it."""
    import resource

    def small_disk():
        resource.setrlimit(resource.RLIMIT_FSIZE, (300_000, 300_000))  # the layer 140 kB, the PNG 500 kB

    out = tmp_path / "out"
    out.mkdir()
    proc = subprocess.run([*CLI, str(RAPIDEYE), "-o", str(out / "tiles.gpkg"), "--preview", str(out / "look.png"),
                           "-q"], cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)), preexec_fn=small_disk)
    line = assert_refused(proc, f"could not write preview {out / 'look.png'}: File too large; ")
    assert line.endswith(f"{out / 'tiles.gpkg'} was written, the preview was not"), line
    assert sorted(p.name for p in out.iterdir()) == ["tiles.gpkg"]


def test_a_batch_summary_the_disk_has_no_room_for_names_the_file(tiny_bundle, make_raster, tmp_path, monkeypatch,
                                                                  capsys):
    """summary.csv written on a full disk (each text output's write fails as the disk's would): it was 'error:
    [Errno 28] No space left on device', naming no file."""
    import errno

    from planet_qgis_plugin.cli.batch import main
    from planet_qgis_plugin.core import publish

    def full_disk(path, text):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    scenes = tmp_path / "scenes"
    scenes.mkdir()
    make_raster(64, 64, count=3, dtype="uint8", name="scenes/a.tif")
    monkeypatch.setattr(publish, "write_text", full_disk)
    code = main([str(scenes), "-o", str(tmp_path / "out"), "--bundle", str(tiny_bundle.path), "-q"])
    proc = subprocess.CompletedProcess([], code, *capsys.readouterr())
    assert_refused(proc, f"could not write {tmp_path / 'out' / 'summary.csv'}: No space left on device")


def _bundle_with_graph(folder: Path, nodes: list, initializers: dict[str, list[int]]) -> Path:
    """The shipped bundle with its model.onnx replaced by a graph of ``nodes`` on the image (an edited or badly
    exported network): outputs logits (batch, 17) and embedding (batch, 1280) as declared, whatever they give."""
    import shutil

    import onnx
    from onnx import TensorProto, helper

    from planet_qgis_plugin.core.model.bundle import default_bundle_path

    graph = helper.make_graph(
        nodes, "edited", [helper.make_tensor_value_info("image", TensorProto.FLOAT, ["batch", 3, 256, 256])],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", 17]),
         helper.make_tensor_value_info("embedding", TensorProto.FLOAT, ["batch", 1280])],
        [helper.make_tensor(name, TensorProto.INT64, [len(v)], v) for name, v in initializers.items()])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    bundle = folder / "bundle"
    shutil.copytree(default_bundle_path(), bundle)
    onnx.save(model, bundle / "model.onnx")
    return bundle


def test_a_network_that_fails_as_it_runs_is_one_line(tmp_path, outdir):
    """A graph that loads and fits the manifest but cannot run on the chips (a Reshape of the image into rows of 17:
    its sizes do not divide). It was onnxruntime's 'Fail: [ONNXRuntimeError] ... Non-zero status code returned while
    running Reshape node' at the end of a 60-line traceback out of the reading thread; an earlier output kept."""
    from onnx import helper

    bundle = _bundle_with_graph(tmp_path, [helper.make_node("Reshape", ["image", "rows17"], ["logits"]),
                                           helper.make_node("Reshape", ["image", "rows1280"], ["embedding"])],
                                {"rows17": [-1, 17], "rows1280": [-1, 1280]})
    before = snapshot(outdir)
    line = assert_refused(run_cli(RAPIDEYE, "-o", outdir / "previous.gpkg", "--bundle", bundle, "--overwrite"),
                          "model.onnx: the network failed on a batch of", before, outdir)
    assert "cannot be reshaped" in line and "onnxruntime_src" not in line and "re-export the bundle" in line, line


def test_a_network_that_gives_other_rows_than_chips_is_one_line(tmp_path):
    """A graph whose output has one row whatever the batch (its shapes free: 'batch' declared, another given). It
    was 'ValueError: operands could not be broadcast together with shapes (5,) (2,) (5,)' and its traceback, out of
    the flag folding."""
    from onnx import helper

    bundle = _bundle_with_graph(tmp_path, [helper.make_node("ReduceMean", ["image"], ["mean"], keepdims=0),
                                           helper.make_node("Expand", ["mean", "one17"], ["logits"]),
                                           helper.make_node("Expand", ["mean", "one1280"], ["embedding"])],
                                {"one17": [1, 17], "one1280": [1, 1280]})
    line = assert_refused(run_cli(RAPIDEYE, "-o", tmp_path / "tiles.gpkg", "--bundle", bundle),
                          "model.onnx: the network's logits output is (1, 17) for a batch of 4 chips, not (4, 17)")
    assert not (tmp_path / "tiles.gpkg").exists() and "re-export the bundle" in line, line


@pytest.fixture
def fixed_folder(tiny_bundle, make_raster):
    """A folder that takes no new file (0555; as root the commands run as 'nobody', see OtherUser) holding GeoPackages
    in WAL journal mode, as QGIS leaves one after an edit session: a tile layer, the same with writes not yet merged
    (its -wal beside it), and an area whose layer is an SQL view that never ends (round 4); and a scene beside it."""
    import shutil
    import sqlite3
    import tempfile

    from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, classify

    from .test_hostile_round4 import _endless_layer

    world = Path(tempfile.mkdtemp(prefix="robustness-"))
    fixed, unmerged = world / "fixed", world / "unmerged"
    fixed.mkdir()
    unmerged.mkdir()
    shutil.copy(make_raster(64, 64, count=3, dtype="uint8"), world / "scene.tif")
    shutil.copytree(tiny_bundle.path, world / "bundle")
    classify(world / "scene.tif", fixed / "tiles.gpkg", tiny_bundle.path, ClassifyOptions())
    _endless_layer(fixed / "area.gpkg")
    for name in ("tiles.gpkg", "area.gpkg"):
        with sqlite3.connect(fixed / name) as db:
            db.execute("PRAGMA journal_mode=WAL")
    shutil.copy(fixed / "tiles.gpkg", unmerged / "tiles.gpkg")
    writer = sqlite3.connect(unmerged / "tiles.gpkg")   # an edit QGIS has not merged yet, copied with its -wal
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("UPDATE gpkg_contents SET description = 'edited in QGIS'")
    writer.commit()
    shutil.copy(unmerged / "tiles.gpkg-wal", world / "kept-wal")
    writer.close()   # merges and removes the -wal: put back as it was copied
    shutil.copy(world / "kept-wal", unmerged / "tiles.gpkg-wal")
    for p in [world, *world.rglob("*")]:
        p.chmod(0o755 if p.is_dir() else 0o644)
    fixed.chmod(0o555)
    unmerged.chmod(0o555)
    yield world
    fixed.chmod(0o755)
    unmerged.chmod(0o755)
    shutil.rmtree(world)


def _as_someone_who_cannot_write(world: Path):
    from .conftest import OtherUser

    if os.geteuid() == 0:
        (world / "home").mkdir(mode=0o755)
        return OtherUser(65534, world / "home")
    if os.access(world / "fixed", os.W_OK):
        pytest.skip(f"{os.getuid()} can write into a 0555 folder")
    return None


def test_a_wal_geopackage_where_no_file_can_be_made_is_read_and_its_views_still_refused(fixed_folder):
    """A GeoPackage in WAL mode in a folder that takes no new file (a read-only share, a mounted archive): SQLite
    cannot make the -shm it reads through. A tile layer was 'not a GeoPackage (unable to open database file)'; an
    area whose layer is a view that never ends passed the views check (it read nothing) and GDAL, which reads such a
    file as it stands, ran the view: classify hung for good, deaf to Ctrl-C and SIGTERM. A -wal holding writes not
    merged is said, not passed over."""
    world = fixed_folder
    user = _as_someone_who_cannot_write(world)
    (world / "out").mkdir()
    (world / "out").chmod(0o777)
    proc = run_cli(world / "scene.tif", "-o", world / "out" / "o.gpkg", "--aoi", world / "fixed" / "area.gpkg",
                   "--bundle", world / "bundle", as_user=user, timeout=120)
    assert_refused(proc, "area.gpkg holds SQL views (area), which reading it runs")
    proc = run_cli("change", world / "fixed" / "tiles.gpkg", world / "fixed" / "tiles.gpkg", "-o",
                   world / "out" / "c.gpkg", as_user=user, timeout=120)
    assert proc.returncode == 0 and "4 tiles compared" in proc.stdout, proc.stderr
    proc = run_cli("change", world / "fixed" / "tiles.gpkg", world / "unmerged" / "tiles.gpkg", "-o",
                   world / "out" / "c2.gpkg", as_user=user, timeout=120)
    assert_refused(proc, "tiles.gpkg holds writes not yet merged into it (tiles.gpkg-wal), which SQLite cannot read")
    assert sorted(p.name for p in (world / "fixed").iterdir()) == ["area.gpkg", "tiles.gpkg"]


def _external(tensor, location: str) -> None:
    """``tensor`` (an onnx TensorProto) kept as external data in the file ``location``."""
    import onnx

    size = len(tensor.raw_data)
    tensor.ClearField("raw_data")
    tensor.data_location = onnx.TensorProto.EXTERNAL
    for key, value in (("location", location), ("offset", "0"), ("length", str(size))):
        entry = tensor.external_data.add()
        entry.key, entry.value = key, value


@pytest.mark.parametrize("location, said", [
    ("/etc/passwd", "external data file '/etc/passwd' lies outside the bundle folder"),
    ("../secret.bin", "external data file '../secret.bin' lies outside the bundle folder"),
    ("zero.bin", "external data file 'zero.bin' lies outside the bundle folder"),   # a link to /dev/zero
    ("weights.pipe", "weights.pipe is a named pipe (FIFO), not a file"),
], ids=["absolute", "parent-folder", "link-to-dev-zero", "fifo"])
def test_a_networks_external_data_outside_its_bundle_is_refused_before_onnxruntime_reads_it(tmp_path, outdir,
                                                                                              location, said):
    """A bundle whose model.onnx keeps its largest tensor as external data in a file outside the bundle (or in a
    pipe): an onnxruntime older than 1.24 (the plugin takes 1.16 and later) read /etc/passwd, a file beside the
    bundle or /dev/zero as weights, or waited on the pipe for ever; 1.32 refuses in its own words. Refused here, as
    the bundle's other files are, before onnxruntime opens it; an earlier output kept."""
    import shutil

    import onnx

    from planet_qgis_plugin.core.model.bundle import default_bundle_path

    bundle = tmp_path / "bundle"
    shutil.copytree(default_bundle_path(), bundle)
    model = onnx.load(bundle / "model.onnx")
    _external(max(model.graph.initializer, key=lambda t: len(t.raw_data)), location)
    onnx.save(model, bundle / "model.onnx")
    (tmp_path / "secret.bin").write_bytes(b"\x01" * 4_000_000)
    (bundle / "zero.bin").symlink_to("/dev/zero")
    os.mkfifo(bundle / "weights.pipe")
    before = snapshot(outdir)
    line = assert_refused(run_cli(RAPIDEYE, "-o", outdir / "previous.gpkg", "--bundle", bundle, "--overwrite",
                                  timeout=60), said, before, outdir)
    assert "ONNXRuntimeError" not in line, line


def test_external_data_is_found_in_every_tensor_onnxruntime_reads(tmp_path):
    """Initializers, a Constant node's tensor inside an If branch (a graph in an attribute), a sparse initializer's
    values: each tensor a graph holds, however deep (onnx_files.external_files walks onnx.proto's messages)."""
    import numpy as np
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    from planet_qgis_plugin.core.model.onnx_files import external_files

    def tensor(name: str, location: str):
        made = numpy_helper.from_array(np.ones(4, np.float32), name)
        _external(made, location)
        return made

    branch = helper.make_graph([helper.make_node("Constant", [], ["c"], value=tensor("c", "in-a-branch.bin"))],
                               "then", [], [helper.make_tensor_value_info("c", TensorProto.FLOAT, [4])])
    sparse = helper.make_sparse_tensor(tensor("v", "sparse-values.bin"),
                                       numpy_helper.from_array(np.array([0, 1, 2, 3], np.int64), "i"), [4])
    graph = helper.make_graph([helper.make_node("If", ["cond"], ["out"], then_branch=branch, else_branch=branch)],
                              "g", [helper.make_tensor_value_info("cond", TensorProto.BOOL, [])],
                              [helper.make_tensor_value_info("out", TensorProto.FLOAT, [4])],
                              [tensor("w", "initializer.bin")], sparse_initializer=[sparse])
    onnx.save(helper.make_model(graph), tmp_path / "model.onnx")
    assert external_files(tmp_path / "model.onnx") == ["in-a-branch.bin", "initializer.bin", "sparse-values.bin"]


def test_an_old_output_whose_views_never_end_is_replaced_not_run(tiny_bundle, make_raster, tmp_path):
    """`classify -o old.gpkg --overwrite` (also change's -o) where old.gpkg holds a view that never ends in place of
    its CRS table (round 4's hostile file, now at the output's name: a file received, a shared folder). The check of
    what writing over it would lose opened it with GDAL, which runs that view as it opens a file: the run hung for
    good before it began, deaf to Ctrl-C and SIGTERM. Such a file holds nothing this project wrote: replaced."""
    import shutil

    from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, classify

    from .test_hostile_round4 import _endless_srs_table

    scene = make_raster(64, 64, count=3, dtype="uint8")
    layer = tmp_path / "tiles.gpkg"
    classify(scene, layer, tiny_bundle.path, ClassifyOptions())
    for old in ("old.gpkg", "old_change.gpkg"):
        shutil.copyfile(layer, tmp_path / old)
        _endless_srs_table(tmp_path / old)
    proc = run_cli(scene, "-o", tmp_path / "old.gpkg", "--bundle", tiny_bundle.path, "--overwrite", timeout=60)
    assert proc.returncode == 0 and "4 tiles classified" in proc.stdout, proc.stderr
    proc = run_cli("change", layer, layer, "-o", tmp_path / "old_change.gpkg", "--overwrite", timeout=60)
    assert proc.returncode == 0 and "4 tiles compared" in proc.stdout, proc.stderr


def test_the_faces_asking_before_they_replace_an_output_run_none_of_its_views(tmp_path):
    """The dialog and Processing ask what an existing output holds before replacing it (gpkg.not_ours, listing its
    tables): a GeoPackage whose gpkg_contents is a view that never ends hung that question, QGIS with it. Its views
    are named as what it holds besides the layer, so it is not replaced without asking."""
    import sqlite3

    from osgeo import ogr

    from .test_hostile_round4 import ENDLESS

    old = tmp_path / "old.gpkg"
    ogr.GetDriverByName("GPKG").CreateDataSource(str(old)).CreateLayer("tiles")
    with sqlite3.connect(old) as db:
        db.execute("ALTER TABLE gpkg_contents RENAME TO contents_kept")
        db.execute(f"CREATE VIEW gpkg_contents AS {ENDLESS} SELECT c.* FROM contents_kept c, n WHERE n.v < 0 "
                   "UNION ALL SELECT * FROM contents_kept")
    proc = subprocess.run([sys.executable, "-c", "import sys; from planet_qgis_plugin.core.layer.gpkg import not_ours; "
                           "print(not_ours(__import__('pathlib').Path(sys.argv[1])))", str(old)],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and proc.stdout.strip() == "a GeoPackage that holds gpkg_contents", proc


def _wmts_description(path: Path, listener, monkeypatch) -> None:
    """Writes at ``path`` a WMTS description whose capabilities come from ``listener``, under the user's GDAL
    settings (the network allowed): what a recorded scene edited to fetch from a server looks like."""
    from .test_network_sources import USERS_GDAL

    for key, value in USERS_GDAL.items():
        monkeypatch.setenv(key, value)
    path.write_text(f"<GDAL_WMTS><GetCapabilitiesUrl>http://127.0.0.1:{listener.port}/wmts?SERVICE=WMTS&amp;REQUEST="
                    "GetCapabilities</GetCapabilitiesUrl><Layer>scene</Layer></GDAL_WMTS>")


def test_change_fetches_nothing_for_a_recorded_scene_it_asks_about(listener, tiny_bundle, make_raster, tmp_path,
                                                                   monkeypatch):
    """change of a layer without a CRS against one with a CRS asks whether the scene the first records is a Basic
    product (RPCs, ground control points) to name the gdalwarp: the scene a layer records, edited to a WMTS
    description, was opened with rasterio alone, which fetched its capabilities from the server (the core as QGIS's
    faces run it: no wall against the network there). Now opened as every reader opens a raster: nothing fetched."""
    from planet_qgis_plugin.core.layer.tiletable import write_run_metadata
    from planet_qgis_plugin.core.monitor.change import ChangeError, compare
    from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, classify

    _wmts_description(tmp_path / "wmts.xml", listener, monkeypatch)
    placed, unplaced = tmp_path / "placed.gpkg", tmp_path / "unplaced.gpkg"
    classify(make_raster(64, 64, count=3, dtype="uint8"), placed, tiny_bundle.path, ClassifyOptions())
    classify(make_raster(64, 64, count=3, dtype="uint8", crs=None, name="plain.tif"), unplaced, tiny_bundle.path,
             ClassifyOptions())
    write_run_metadata(unplaced, {"scene": str(tmp_path / "wmts.xml")})
    before = listener.connections()
    with pytest.raises(ChangeError, match="has no CRS and the other has one"):
        compare(unplaced, placed, tmp_path / "c.gpkg")
    assert listener.connections() == before


def test_change_fetches_nothing_for_recorded_scenes_it_compares_the_products_of(listener, tiny_bundle, make_raster,
                                                                                 tmp_path, monkeypatch):
    """change of two layers whose recorded scenes are both there reads each scene's pixel type (an 8-bit visual
    against a 16-bit analytic product): the recorded scene of one, edited to a WMTS description, was opened with
    rasterio alone, which fetched its capabilities (the core as QGIS's faces run it). Nothing fetched now."""
    import shutil

    from planet_qgis_plugin.core.layer.tiletable import write_run_metadata
    from planet_qgis_plugin.core.monitor.change import compare
    from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, classify

    _wmts_description(tmp_path / "wmts.xml", listener, monkeypatch)
    classify(make_raster(64, 64, count=3, dtype="uint8"), tmp_path / "a.gpkg", tiny_bundle.path, ClassifyOptions())
    shutil.copyfile(tmp_path / "a.gpkg", tmp_path / "b.gpkg")
    write_run_metadata(tmp_path / "b.gpkg", {"scene": str(tmp_path / "wmts.xml")})
    before = listener.connections()
    compare(tmp_path / "a.gpkg", tmp_path / "b.gpkg", tmp_path / "c.gpkg")
    assert listener.connections() == before


@pytest.fixture
def read_only_mount(tmp_path):
    """A folder on a file system mounted read-only (a tmpfs: mounting needs root and CAP_SYS_ADMIN, else skipped)."""
    folder = tmp_path / "mounted"
    folder.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(folder)],
                                           capture_output=True).returncode != 0:
        pytest.skip("no read-only file system can be mounted here (needs root and CAP_SYS_ADMIN)")
    yield folder
    subprocess.run(["umount", str(folder)], check=True)


def test_an_output_on_a_read_only_file_system_is_said_as_such(read_only_mount, tmp_path):
    """An output, preview or report on a file system mounted read-only (an archive, a share): it was 'is not
    writable (check permissions)', as root too, whose permissions no change would help."""
    proc = run_cli(RAPIDEYE, "-o", read_only_mount / "tiles.gpkg")
    assert_refused(proc, f"output {read_only_mount / 'tiles.gpkg'} cannot be written: {read_only_mount} is on a "
                         "read-only file system (a mounted archive or share); choose a folder elsewhere")
    proc = run_cli(RAPIDEYE, "-o", tmp_path / "tiles.gpkg", "--preview", read_only_mount / "look.png")
    assert_refused(proc, f"preview {read_only_mount / 'look.png'} cannot be written: {read_only_mount} is on a "
                         "read-only file system")
    assert not (tmp_path / "tiles.gpkg").exists()


def test_a_scenes_date_is_read_without_fetching_anything(listener, make_raster, tmp_path, monkeypatch):
    """acquired.raster_date (a batch scene's date where its layer records none; change of two rasters) opened the
    scene with GDAL alone: a WMTS description in a scene's place had its capabilities fetched from the server where no
    wall stands (QGIS's faces, the core). Opened as every reader opens a raster: nothing fetched, the date unknown;
    a plain raster's date still read from its metadata."""
    import rasterio

    from planet_qgis_plugin.core.pipeline.acquired import raster_date

    _wmts_description(tmp_path / "scene.tif", listener, monkeypatch)
    before = listener.connections()
    assert raster_date(tmp_path / "scene.tif").date == "unknown"
    assert listener.connections() == before
    plain = make_raster(64, 64, count=3, dtype="uint8", name="plain.tif")
    with rasterio.open(plain, "r+") as dst:
        dst.update_tags(TIFFTAG_DATETIME="2021:07:14 10:20:30")
    assert raster_date(plain).date == "2021-07-14"


def test_a_batchs_local_cluster_leaves_nothing_in_the_temporary_folder(tmp_path):
    """A batch with workers starts a Dask LocalCluster, whose scratch space (dask-scratch-space and its lock files)
    Dask keeps in the temporary folder after the cluster closes: it is made in a folder of the run's, removed with the
    cluster."""
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    proc = subprocess.run([sys.executable, "-c", "from planet_qgis_plugin.core.monitor.cluster import local_cluster\n"
                           "with local_cluster(1) as cluster:\n    assert len(cluster.workers) == 1"],
                          cwd=ROOT, env=os.environ | {"TMPDIR": str(temporary)}, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert sorted(temporary.rglob("*")) == []
