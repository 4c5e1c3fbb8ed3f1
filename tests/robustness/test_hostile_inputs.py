"""Hostile inputs tried on 2026-12-05 that broke a promise (the teach side is in test_teach_hostile.py): a
manifest with integers too long for Python, a VRT whose Python pixel function ran when the user's environment
allowed it, a --concept file that classify wrote its output over. Each runs the CLI as a real process."""
from __future__ import annotations

import re

import numpy as np
import pytest

from .conftest import assert_refused, edited_pair, run_cli, snapshot

SOURCE = "src.tif"


@pytest.mark.parametrize("pattern, value, message", [
    (r'"input_size": \d+', '"input_size": ' + "9" * 5000, "input_size must be an integer, got inf"),
    (r'"input_size": \d+', '"input_size": 1' + "0" * 400, "input_size must be an integer, got inf"),
], ids=["5000-digits", "above-float-range"])
def test_manifest_integers_too_long_for_python_are_one_line(bundle, outdir, make_raster, pattern, value, message):
    """Were a traceback: "ValueError: Exceeds the limit (4300 digits) for integer string conversion" from
    json.loads, or "OverflowError: int too large to convert to float" from the checks."""
    manifest = bundle / "manifest.json"
    text = manifest.read_text()
    assert re.search(pattern, text)
    manifest.write_text(re.sub(pattern, lambda _: value, text, count=1))  # raw: json.dumps cannot write it
    before = snapshot(outdir)
    assert_refused(run_cli(make_raster(64, 64), "-o", outdir / "previous.gpkg", "--bundle", bundle, "--overwrite"),
                   message, before, outdir)


def _vrt(path, source: str, python: bool) -> None:
    """A 3-band VRT over ``source``; with ``python`` each band is a Python pixel function that leaves a mark."""
    marker = path.parent / "PYTHON_RAN"
    bands = []
    for b in (1, 2, 3):
        function = (f"""<PixelFunctionType>mark</PixelFunctionType><PixelFunctionLanguage>Python</PixelFunctionLanguage>
<PixelFunctionCode><![CDATA[
def mark(in_ar, out_ar, *args, **kwargs):
    open({str(marker)!r}, "w").write("ran")
    out_ar[:] = in_ar[0]
]]></PixelFunctionCode>""" if python else "")
        sub = ' subClass="VRTDerivedRasterBand"' if python else ""
        bands.append(f'<VRTRasterBand dataType="Byte" band="{b}"{sub}>{function}<SimpleSource><SourceFilename '
                     f'relativeToVRT="1">{source}</SourceFilename><SourceBand>{b}</SourceBand></SimpleSource>'
                     "</VRTRasterBand>")
    path.write_text(f'<VRTDataset rasterXSize="64" rasterYSize="64">{"".join(bands)}</VRTDataset>')


def _python_vrt(make_raster, tmp_path, nested: bool):
    """A VRT with a Python pixel function over a 64 px raster, or (``nested``) a plain VRT reading it."""
    make_raster(64, 64, count=3, dtype="uint8", name=SOURCE)
    _vrt(tmp_path / "code.vrt", SOURCE, python=True)
    if not nested:
        return tmp_path / "code.vrt"
    _vrt(tmp_path / "outer.vrt", "code.vrt", python=False)
    return tmp_path / "outer.vrt"


@pytest.mark.parametrize("nested", [False, True], ids=["python-vrt", "vrt-reading-a-python-vrt"])
def test_a_python_pixel_function_never_runs(untrained_bundle, outdir, make_raster, tmp_path, nested):
    """With GDAL_VRT_ENABLE_PYTHON=YES in the user's environment, classify ran the VRT's Python (exit 0). Every
    CLI now sets it to NO (cli/common.run_no_code_from_files); a VRT with a Python pixel function is named as
    such, one that reads one is refused by GDAL (one line)."""
    scene = _python_vrt(make_raster, tmp_path, nested)
    before = snapshot(outdir)
    proc = run_cli(scene, "-o", outdir / "previous.gpkg", "--bundle", untrained_bundle.path, "--overwrite",
                   env={"GDAL_VRT_ENABLE_PYTHON": "YES"})
    assert_refused(proc, "Python" if nested else "is a VRT with a Python pixel function", before, outdir)
    assert not (tmp_path / "PYTHON_RAN").exists()



def _hidden_python_vrt(make_raster, tmp_path, how: str):
    """A Python VRT where only a whole read finds it: after an XML declaration (GDAL finds <VRTDataset> in the first
    1024 bytes), after 5 MB of metadata (only 4 MB were read), or as the overviews beside a GeoTIFF (s.tif.ovr)."""
    code = _python_vrt(make_raster, tmp_path, nested=False)
    text = code.read_text()
    if how == "xml-declaration":
        code.write_text('<?xml version="1.0" encoding="UTF-8"?>\n' + text)
    elif how == "past-4-mb":
        code.write_text(text.replace('">', '"><Metadata><MDI key="note">' + "x" * (5 * 1024 * 1024)
                                     + "</MDI></Metadata>", 1))
    else:
        code.rename(tmp_path / f"{SOURCE}.ovr")
        return tmp_path / SOURCE
    return code


@pytest.mark.parametrize("how", ["python-vrt", "vrt-reading-a-python-vrt", "xml-declaration", "past-4-mb",
                                 "overview-sidecar"])
def test_a_python_pixel_function_never_runs_where_gdal_would_allow_it(untrained_bundle, make_raster, tmp_path, how):
    """Inside QGIS (the dialog, Processing, batch) GDAL keeps QGIS's own setting, which a user may have set to
    YES: the core service refuses such a VRT before GDAL opens it, nested or not, whatever the setting; an XML
    declaration before <VRTDataset>, a pixel function after 4 MB, or such a VRT as a GeoTIFF's .ovr were not
    looked for."""
    from osgeo import gdal

    from planet_qgis_plugin.core.errors import RasterError
    from planet_qgis_plugin.core.pipeline.classify import classify
    scene = (_python_vrt(make_raster, tmp_path, how == "vrt-reading-a-python-vrt")
             if how in ("python-vrt", "vrt-reading-a-python-vrt") else _hidden_python_vrt(make_raster, tmp_path, how))
    previous = gdal.GetConfigOption("GDAL_VRT_ENABLE_PYTHON")
    gdal.SetConfigOption("GDAL_VRT_ENABLE_PYTHON", "YES")
    try:
        with pytest.raises(RasterError, match="a VRT with a Python pixel function: this tool never runs code"):
            classify(scene, tmp_path / "o.gpkg", untrained_bundle)
    finally:
        gdal.SetConfigOption("GDAL_VRT_ENABLE_PYTHON", previous)
    assert not (tmp_path / "PYTHON_RAN").exists() and not (tmp_path / "o.gpkg").exists()

def test_a_plain_vrt_is_still_classified(untrained_bundle, outdir, make_raster, tmp_path):
    make_raster(64, 64, count=3, dtype="uint8", name=SOURCE)
    _vrt(tmp_path / "plain.vrt", SOURCE, python=False)
    proc = run_cli(tmp_path / "plain.vrt", "-o", outdir / "new.gpkg", "--bundle", untrained_bundle.path)
    assert proc.returncode == 0, proc.stderr
    assert (outdir / "new.gpkg").is_file()


def test_the_output_is_never_a_concept_file_it_applies(untrained_bundle, outdir, make_raster):
    """`-o pits.gpkg --concept pits.gpkg --overwrite` (a concept file under a .gpkg name) replaced the concept."""
    concept = outdir / "pits.gpkg"
    concept.write_text('{"format": "planet-concept"}')
    before = snapshot(outdir)
    assert_refused(run_cli(make_raster(64, 64), "-o", concept, "--concept", concept, "--bundle",
                           untrained_bundle.path, "--overwrite"), "is the input", before, outdir)


def test_change_between_runs_on_an_image_without_georeference_prints_only_its_own_lines(untrained_bundle, tmp_path):
    """change's co-registration opened the rasters itself and rasterio printed its NotGeoreferencedWarning with a
    source line ("dataset = DatasetReader(path, ...)"); every CLI now silences it (it says so in its own words)."""
    import rasterio

    image = tmp_path / "photo.png"
    with rasterio.open(image, "w", driver="PNG", width=64, height=64, count=3, dtype="uint8") as ds:
        ds.write(np.random.default_rng(0).integers(0, 255, (3, 64, 64), dtype=np.uint8))
    for name in ("a.gpkg", "b.gpkg"):
        proc = run_cli(image, "-o", tmp_path / name, "--bundle", untrained_bundle.path)
        assert proc.returncode == 0, proc.stderr
    proc = run_cli("change", tmp_path / "a.gpkg", tmp_path / "b.gpkg", "-o", tmp_path / "c.gpkg", "--bundle",
                   untrained_bundle.path)
    assert proc.returncode == 0, proc.stderr
    assert [line for line in proc.stderr.splitlines() if line.strip() and not line.startswith("warning: ")] == []


def test_a_batch_size_no_memory_holds_is_one_line(untrained_bundle, outdir, make_raster):
    """`--batch-size 100000000` was a 53-line traceback ending in numpy's _ArrayMemoryError (71.5 TiB); the
    run's memory is now estimated before any work (core/pipeline/run_size.check_run_memory), so a batch size that
    numpy could allocate but the machine could not hold is refused too. The memory named is the physical memory,
    or the limit of the process's cgroup where that is less (a container's), and the line says which."""
    from planet_qgis_plugin.core.pipeline.run_size import _gb, machine_memory

    memory = machine_memory()  # this process's cgroup is the CLI's
    before = snapshot(outdir)
    assert_refused(run_cli(make_raster(64, 64), "-o", outdir / "previous.gpkg", "--bundle", untrained_bundle.path,
                           "--overwrite", "--batch-size", "100000000"),
                   f"GB at once (100000000 chips a batch), more than this machine's {_gb(memory.size)} "
                   f"({memory.source}); lower --batch-size", before, outdir)


@pytest.mark.parametrize("args, message", [
    (["scene.tif", "-o", "out.gpkg", "--stride", "nan"], "argument --stride: invalid int value: 'nan'"),
    (["scene.tif"], "the following arguments are required: -o/--output"),
    (["scene.tif", "-o", "out.gpkg", "--backend", "evil"], "argument --backend: invalid choice: 'evil'"),
    (["scene.tif", "-o", "out.gpkg", "--bogus"], "unrecognized arguments: --bogus"),
    (["teach", "tiles.gpkg", "--positive", "1", "--seed", "x"], "argument --seed: invalid int value: 'x'"),
    (["batch", "-o", "out"], "the following arguments are required: SCENE_OR_FOLDER"),
    (["change", "a.gpkg"], "the following arguments are required: after, -o/--output"),
], ids=["stride-nan", "no-output", "bad-choice", "unknown-option", "teach-seed", "batch-no-scene", "change-one-file"])
def test_a_wrong_or_missing_argument_is_one_line_and_exit_1(tmp_path, args, message):
    """argparse printed its usage block and exited 2; now the same one line and exit 1 as every bad input."""
    proc = run_cli(*args)
    line = assert_refused(proc, message)
    assert "--help" in line and proc.stdout == ""


#: the one message for a link that loops where something is to be written (core/publish.resolved_target)
LOOP = "is a symbolic link that loops (it points to itself); remove it or choose another"
LOOPS = {  # where a symbolic link that points to itself is given -> the message
    "classify-scene": (lambda t, b, r: [t / "loop.tif", "-o", t / "out" / "new.gpkg"], "does not exist"),
    "classify-output": (lambda t, b, r: [r, "-o", t / "loop.gpkg", "--overwrite"], f"loop.gpkg {LOOP} name"),
    "classify-preview": (lambda t, b, r: [r, "-o", t / "out" / "new.gpkg", "--preview", t / "loop.png"],
                         f"loop.png {LOOP} name"),
    "classify-concept": (lambda t, b, r: [r, "-o", t / "out" / "new.gpkg", "--concept", t / "loop.concept.json"],
                         "is a symbolic link"),
    "change-before": (lambda t, b, r: ["change", t / "loop.gpkg", t / "out" / "previous.gpkg", "-o",
                                       t / "out" / "new.gpkg"], "loop.gpkg"),
    "batch-outdir": (lambda t, b, r: ["batch", r, "-o", t / "loop.tif"], "loop.tif"),
}


@pytest.mark.parametrize("case", sorted(LOOPS))
def test_a_symbolic_link_that_points_to_itself_is_one_line(untrained_bundle, make_raster, tmp_path, case):
    """Path.resolve() raises RuntimeError ('Symlink loop from ...') on such a link: checking that an output is not
    an input was a traceback in classify (scene, output, preview, concept), change and batch."""
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "previous.gpkg").write_bytes(b"an analyst's earlier result")
    raster = make_raster(64, 64)
    for name in ("loop.tif", "loop.gpkg", "loop.png", "loop.concept.json"):
        (tmp_path / name).symlink_to(name)
    args, message = LOOPS[case]
    before = snapshot(tmp_path / "out")
    assert_refused(run_cli(*args(tmp_path, untrained_bundle, raster), "--bundle", untrained_bundle.path), message,
                   before, tmp_path / "out")


@pytest.mark.parametrize("command", ["classify", "batch"])
def test_a_line_break_in_a_file_name_stays_on_the_error_line(tmp_path, command):
    """`raster /x/no<newline>such.tif does not exist` was two lines; the break is written as \\n."""
    scene = tmp_path / "no\nsuch.tif"
    args = [scene, "-o", tmp_path / "out.gpkg"] if command == "classify" else ["batch", scene, "-o", tmp_path / "out"]
    assert_refused(run_cli(*args), "no\\nsuch.tif")
    assert not (tmp_path / "out.gpkg").exists() and not (tmp_path / "out").exists()


@pytest.mark.parametrize("value, shown", [("1e999", "inf"), ("-5", "-5"), ("1.5", "1.5")],
                         ids=["infinite", "negative", "above-one"])
def test_a_probability_edited_out_of_range_is_refused_by_change(untrained_bundle, make_raster, tmp_path, value,
                                                                shown):
    """An AFTER layer whose score_mining of one tile was edited to inf (or -5, 1.5) in QGIS's attribute table:
    change wrote d_score_mining and score_mining inf (or the rise from -5) into the change layer, exit 0. The tile
    reader now refuses a probability outside 0..1, naming the field and the tile."""
    edited_pair(make_raster, untrained_bundle, tmp_path, f"UPDATE tiles SET score_mining = {value} WHERE fid = 2")
    before = snapshot(tmp_path)
    line = assert_refused(run_cli("change", tmp_path / "a.gpkg", tmp_path / "b.gpkg", "-o", tmp_path / "c.gpkg",
                                  "--bundle", untrained_bundle.path), "score_mining of fid 2", before, tmp_path)
    assert f"is {shown}, not a probability" in line, line
