"""Outputs (existing, read-only, missing folder), cancel at 10/50/99 %, CUDA fallback, AOIs and model bundles."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

import pytest
from osgeo import ogr, osr

from planet_qgis_plugin.core.errors import Cancelled
from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, classify

from ..conftest import BORNEO, CAPE_TOWN_SR, ROOT, edit_manifest
from .conftest import CLI, OtherUser, as_from_a_terminal, assert_refused, run_cli, snapshot

NOBODY = 65534


# -- outputs ------------------------------------------------------------------------------------------
def test_existing_output_is_kept_by_the_cli(untrained_bundle, outdir):
    before = snapshot(outdir)
    assert_refused(run_cli(CAPE_TOWN_SR, "-o", outdir / "previous.gpkg", "--bundle", untrained_bundle.path),
                   "already exists; pass --overwrite", before, outdir)


@pytest.fixture
def world(untrained_bundle):
    """A folder tree 'nobody' can read (pytest's own tmp folders are 0700): scene, bundle, a read-only
    output folder holding an earlier result, and a read-only file in a writable folder."""
    world = Path(tempfile.mkdtemp(prefix="robustness-"))
    shutil.copytree(untrained_bundle.path, world / "bundle")
    shutil.copy(CAPE_TOWN_SR, world / "scene.tif")
    (world / "ro").mkdir()
    (world / "ro" / "previous.gpkg").write_bytes(b"an analyst's earlier result")
    (world / "rw").mkdir()
    (world / "rw" / "locked.gpkg").write_bytes(b"read-only result")
    for p in [world, *world.rglob("*")]:
        p.chmod(0o755 if p.is_dir() else 0o644)
    (world / "ro").chmod(0o555)
    (world / "rw").chmod(0o777)
    (world / "rw" / "locked.gpkg").chmod(0o444)
    yield world
    (world / "ro").chmod(0o755)
    shutil.rmtree(world)


@pytest.mark.parametrize("target, flags, message", [
    ("ro/new.gpkg", [], "is not writable (check permissions)"),
    ("ro/previous.gpkg", ["--overwrite"], "is not writable (check permissions)"),
    ("rw/locked.gpkg", ["--overwrite"], "is not writable (check permissions)"),
    ("missing/folder/o.gpkg", [], "output folder"),
])
def test_unwritable_outputs(world, target, flags, message):
    """Permissions are real ones: as root (who may write anywhere) the CLI runs as 'nobody', with a copy
    of the code in the world-readable folder (the checkout may be under a 0700 folder nobody cannot enter)."""
    user = None
    if os.geteuid() == 0:
        (world / "home").mkdir(mode=0o755)
        user = OtherUser(NOBODY, world / "home")
    else:
        for target_dir in ("ro", "rw/locked.gpkg"):  # an ordinary user who can still write there
            if os.access(world / target_dir, os.W_OK):
                pytest.skip(f"{os.getuid()} can write to {target_dir} despite its mode")
    before = snapshot(world)
    proc = run_cli(world / "scene.tif", "-o", world / target, "--bundle", world / "bundle", *flags, as_user=user)
    assert_refused(proc, message, before, world)


# -- cancel ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("fraction", [0.10, 0.50, 0.99])
def test_cancel_at_a_fraction_leaves_the_previous_output(tiny_bundle, make_raster, outdir, fraction):
    scene = make_raster(320, 320, count=3, dtype="uint8")   # 100 tiles of 32 px
    before = snapshot(outdir)
    state = {"cancelled_at": None, "last": 0}

    def progress(done, total):
        state["last"] = done
        if state["cancelled_at"] is None and done >= fraction * total:
            state["cancelled_at"] = done

    with pytest.raises(Cancelled, match="no output was written"):
        classify(scene, outdir / "previous.gpkg", tiny_bundle, ClassifyOptions(batch_size=1, overwrite=True),
                 progress=progress, cancel=lambda: state["cancelled_at"] is not None)
    assert state["cancelled_at"] == round(fraction * 100)
    assert state["last"] == state["cancelled_at"]   # prompt: not one more batch after the cancel
    assert snapshot(outdir) == before               # not overwritten, no partial file


@pytest.mark.parametrize("signum, code", [(signal.SIGINT, 130), (signal.SIGTERM, 143), (signal.SIGHUP, 129)],
                         ids=["ctrl-c", "sigterm", "sighup"])
def test_ctrl_c_in_the_cli_writes_nothing(tiny_bundle, make_raster, outdir, signum, code):
    """Ctrl-C, ``kill`` and a closed terminal stop the run: exit 128 + signal, the previous output kept, no
    partial file. The signal is sent once the CLI shows a progress bar with a total (classify() runs)."""
    scene = make_raster(3200, 3200, count=3, dtype="uint8")   # 10000 tiles: runs long enough to interrupt
    before = snapshot(outdir)

    proc = subprocess.Popen([*CLI, str(scene), "-o", str(outdir / "previous.gpkg"), "--bundle", str(tiny_bundle.path),
                             "--overwrite", "--batch-size", "4"], cwd=ROOT, stderr=subprocess.PIPE, text=True,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)), preexec_fn=as_from_a_terminal)
    seen = ""
    while "%|" not in seen:                        # the progress bar has a total: classify() is running
        ch = proc.stderr.read(1)
        assert ch, f"CLI ended before the run started: {seen}"
        seen += ch
    proc.send_signal(signum)
    err = seen + proc.stderr.read()
    assert proc.wait(timeout=60) == code, err
    assert err.splitlines()[-1] == "error: interrupted; no output was written" and "Traceback" not in err
    assert snapshot(outdir) == before


# -- devices --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("forced_cpu", [True, False], ids=["no-gpu-visible", "this-machine"])
@pytest.mark.parametrize("backend", ["onnx", "torch"])
def test_cuda_requested_but_unavailable_says_which_device_ran(untrained_bundle, tmp_path, backend, forced_cpu):
    """With CUDA_VISIBLE_DEVICES="" the CPU fallback is exercised on every machine, GPU or not."""
    import onnxruntime

    if forced_cpu and backend == "onnx" and "CUDAExecutionProvider" in onnxruntime.get_available_providers():
        pytest.skip("onnxruntime-gpu lists CUDA whatever CUDA_VISIBLE_DEVICES says; the torch case covers it")
    env = {"CUDA_VISIBLE_DEVICES": ""} if forced_cpu else {}
    proc = run_cli(CAPE_TOWN_SR, "-o", tmp_path / "o.gpkg", "--bundle", untrained_bundle.path,
                   "--device", "cuda", "--backend", backend, env=env)
    assert proc.returncode == 0, proc.stderr
    if forced_cpu:
        has_cuda = False
    elif backend == "torch":
        import torch

        has_cuda = torch.cuda.is_available()
    else:
        has_cuda = "CUDAExecutionProvider" in onnxruntime.get_available_providers()
    if has_cuda:
        assert f"on cuda ({backend})" in proc.stdout
    else:
        assert proc.stderr.strip() == f"warning: CUDA requested but not available to {backend}: using CPU"
        assert f"on cpu ({backend})" in proc.stdout


# -- areas of interest ------------------------------------------------------------------------------------
def test_aoi_that_misses_the_raster(untrained_bundle, outdir):
    before = snapshot(outdir)
    assert_refused(run_cli(BORNEO, "-o", outdir / "previous.gpkg", "--bundle", untrained_bundle.path, "--overwrite",
                           "--aoi", "10,10,11,11"), "the area of interest does not intersect the raster", before, outdir)


def test_aoi_file_in_another_crs(untrained_bundle, tmp_path):
    """A GeoJSON in Web Mercator around the centre of BORNEO's lower-right chip (raster: UTM 49N)."""
    import rasterio
    from rasterio.warp import transform as warp

    with rasterio.open(BORNEO) as src:
        x, y = src.transform * (400, 400)
        (mx,), (my,) = warp(src.crs, "EPSG:3857", [x], [y])
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3857)
    path = tmp_path / "aoi.geojson"
    ds = ogr.GetDriverByName("GeoJSON").CreateDataSource(str(path))
    layer = ds.CreateLayer("aoi", srs, ogr.wkbPolygon)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt(
        f"POLYGON(({mx-20} {my-20},{mx+20} {my-20},{mx+20} {my+20},{mx-20} {my+20},{mx-20} {my-20}))"))
    layer.CreateFeature(feature)
    ds = layer = feature = None
    out = tmp_path / "o.gpkg"
    proc = run_cli(BORNEO, "-o", out, "--bundle", untrained_bundle.path, "--aoi", path)
    assert proc.returncode == 0, proc.stderr
    ds = ogr.Open(str(out))
    # pixel (400, 400) lies in tile (2, 2) of the CRS-anchored grid (BORNEO's corner is 136 x 161 px off it)
    assert [(f.GetField("row"), f.GetField("col")) for f in ds.GetLayerByName("tiles")] == [(2, 2)]


# -- model bundles --------------------------------------------------------------------------------------
def _bundle(untrained_bundle, tmp_path, drop=None, **edit):
    folder = tmp_path / "bundle"
    shutil.copytree(untrained_bundle.path, folder)
    if drop:
        (folder / drop).unlink()
    edit_manifest(folder, **edit)
    return folder


SIXTEEN = ["clear", "partly_cloudy", "haze", "cloudy", "primary", "agriculture", "road", "water", "cultivation",
           "habitation", "bare_ground", "artisinal_mine", "selective_logging", "blooming", "slash_burn", "blow_down"]


@pytest.mark.parametrize("drop, edit, backend, message", [
    ("manifest.json", {}, "auto", "has no manifest.json"),
    ("model.onnx", {}, "auto", "onnx file model.onnx is missing"),
    ("model.pt", {}, "auto", "weights file model.pt is missing"),
    (None, {"format": 3}, "auto", "manifest format 3 is not supported (this plugin reads format 1, 2); re-export"),
    (None, {"labels": SIXTEEN, "thresholds": {l: 0.2 for l in SIXTEEN}}, "onnx", "17 outputs but the manifest lists 16"),
    (None, {"labels": SIXTEEN, "thresholds": {l: 0.2 for l in SIXTEEN}}, "torch", "do not fit architecture"),
    (None, {"architecture": "baseline"}, "torch", "weights do not fit architecture 'baseline'"),
    (None, {"architecture": "resnet9000"}, "torch", "cannot build architecture 'resnet9000'"),
], ids=["no-manifest", "no-onnx", "no-weights", "manifest-v3", "labels-vs-onnx", "labels-vs-weights",
        "other-architecture", "unknown-architecture"])
def test_broken_bundles(untrained_bundle, tmp_path, outdir, drop, edit, backend, message):
    if drop == "manifest.json":
        folder = tmp_path / "bundle"
        shutil.copytree(untrained_bundle.path, folder)
        (folder / drop).unlink()
    else:
        folder = _bundle(untrained_bundle, tmp_path, drop, **edit)
    before = snapshot(outdir)
    assert_refused(run_cli(CAPE_TOWN_SR, "-o", outdir / "previous.gpkg", "--bundle", folder, "--overwrite",
                           "--backend", backend), message, before, outdir)


@pytest.mark.parametrize("name, backend, message", [("model.onnx", "onnx", "ONNX model cannot be loaded"),
                                                    ("model.pt", "torch", "not a readable PyTorch state_dict")])
def test_damaged_model_files(untrained_bundle, tmp_path, outdir, name, backend, message):
    folder = _bundle(untrained_bundle, tmp_path)
    data = (folder / name).read_bytes()
    (folder / name).write_bytes(data[: len(data) // 3])
    before = snapshot(outdir)
    assert_refused(run_cli(CAPE_TOWN_SR, "-o", outdir / "previous.gpkg", "--bundle", folder, "--overwrite",
                           "--backend", backend), message, before, outdir)


def test_torch_load_failure_message_is_short(untrained_bundle, tmp_path):
    """The damaged-weights line stays readable (the torch message is cut, not pasted whole)."""
    folder = _bundle(untrained_bundle, tmp_path)
    (folder / "model.pt").write_bytes(b"not a zip")
    proc = run_cli(CAPE_TOWN_SR, "-o", tmp_path / "o.gpkg", "--bundle", folder, "--backend", "torch")
    line = assert_refused(proc, "re-export the bundle")
    assert len(line) < 400


def test_a_model_whose_external_weights_are_cut_short_is_one_line(untrained_bundle, tmp_path, outdir):
    """model.onnx keeping its weights in a file beside it (ONNX external data) that was cut short: ONNX Runtime
    printed its own coloured '[E:onnxruntime...]' line before ours; stderr is our one line."""
    import onnx

    folder = _bundle(untrained_bundle, tmp_path)
    model = onnx.load(str(folder / "model.onnx"))
    onnx.save_model(model, str(folder / "model.onnx"), save_as_external_data=True, all_tensors_to_one_file=True,
                    location="weights.bin", size_threshold=0)
    weights = folder / "weights.bin"
    weights.write_bytes(weights.read_bytes()[:weights.stat().st_size // 2])
    before = snapshot(outdir)
    proc = run_cli(CAPE_TOWN_SR, "-o", outdir / "previous.gpkg", "--bundle", folder, "--overwrite",
                   "--backend", "onnx")
    assert_refused(proc, "ONNX model cannot be loaded", before, outdir)
    assert "[E:onnxruntime" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
