"""Hostile inputs of 2026-12-07 (round 10): round 9's leftovers and the code that changed since (docs/robustness.md,
"Hostile inputs of 2026-12-07 (round 10)"). Each test failed before its fix."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pytest

from ..conftest import RAPIDEYE, ROOT
from .conftest import assert_refused, run_cli, snapshot


def _teach(*args) -> subprocess.CompletedProcess:
    """teach as a user runs it (it has no -q, which run_cli adds)."""
    return subprocess.run([sys.executable, "-m", "planet_qgis_plugin.teach", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=180)


def _taught(classified: Path, folder: Path) -> Path:
    """A copy of the classified RapidEye layer in ``folder`` with the concept 'pits' taught on it (not saved)."""
    layer = folder / "tiles.gpkg"
    shutil.copyfile(classified, layer)
    proc = _teach(layer, "--name", "pits", "--positive", "1,2", "--top", "0", "--review", "0")
    assert proc.returncode == 0, proc.stderr
    return layer


def test_classify_overwrite_of_a_layer_carrying_a_taught_concept_keeps_it(classified, tmp_path):
    """classify -o tiles.gpkg --overwrite, where tiles.gpkg carries a concept taught on it (teach, the Teach panel):
    the layer was replaced by one without p_pits/flag_pits, the analyst's teaching lost without a word (a concept not
    saved with --save-concept has no other copy). Refused, naming the fields and the ways on, the layer kept."""
    layer = _taught(classified, tmp_path)
    before = snapshot(tmp_path)
    line = assert_refused(run_cli(RAPIDEYE, "-o", layer, "--overwrite"), "carries 1 concept (p_pits/flag_pits) "
                          "that this run would not write again", before, tmp_path)
    assert "give another output" in line and "--concept FILE" in line, line


def test_classify_overwrite_applying_the_taught_concept_again_replaces_the_layer(classified, tmp_path):
    """The concept saved and applied in the run that writes over the layer: nothing is lost, the layer is replaced."""
    layer = tmp_path / "tiles.gpkg"
    shutil.copyfile(classified, layer)
    concept = tmp_path / "pits.concept.json"
    proc = _teach(layer, "--name", "pits", "--positive", "1,2", "--save-concept", concept)
    assert proc.returncode == 0, proc.stderr
    proc = run_cli(RAPIDEYE, "-o", layer, "--overwrite", "--concept", concept)
    assert proc.returncode == 0, proc.stderr


def test_batch_redoing_a_scene_whose_layer_carries_a_taught_concept_keeps_it(classified, tmp_path):
    """batch --force (or a scene touched since) redoes a scene's layer: one taught on since the last run lost its
    p_pits/flag_pits in silence. That scene fails, naming them; the layer is kept."""
    archive, out = _batched(tmp_path)
    _taught(out / "scene.gpkg", tmp_path)
    shutil.copyfile(tmp_path / "tiles.gpkg", out / "scene.gpkg")
    kept = (out / "scene.gpkg").read_bytes()
    proc = run_cli("batch", archive, "-o", out, "--workers", "1", "--force")
    assert proc.returncode == 1 and "carries 1 concept (p_pits/flag_pits)" in proc.stderr, proc.stderr
    assert (out / "scene.gpkg").read_bytes() == kept


def test_every_success_line_naming_a_file_with_a_line_break_stays_one_line(classified, tmp_path):
    """An output named with a line break (`-o $'new\\nline.gpkg'`): classify's, change's, teach's and batch's last
    lines were split in two at it (their errors escape it: cli/common.one_line), a second line that a script reading
    the output takes for another; a terminal escape in a name reached the terminal. Each line is one line now, the
    break written as its escape."""
    odd = "new\nline\x1b[2J"
    shown = "new\\nline\\x1b[2J"
    out = tmp_path / f"{odd}.gpkg"
    proc = run_cli(RAPIDEYE, "-o", out)
    assert proc.returncode == 0 and proc.stdout.count("\n") == 1 and f"{shown}.gpkg" in proc.stdout, proc.stdout
    proc = run_cli("change", classified, out, "-o", tmp_path / f"change {odd}.gpkg")
    assert proc.returncode == 0 and f"change {shown}.gpkg" in proc.stdout, proc.stdout
    assert all(line.startswith(("changes", "next:", "0 alerts")) or "alert" in line
               for line in proc.stdout.splitlines()), proc.stdout
    assert "\x1b" not in proc.stdout, proc.stdout
    concept = tmp_path / f"{odd}.concept.json"
    proc = _teach(out, "--name", "pits", "--positive", "1,2", "--save-concept", concept, "--top", "0",
                  "--review", "0")
    assert proc.returncode == 0 and "\x1b" not in proc.stdout, proc.stdout
    assert [line for line in proc.stdout.splitlines() if line.startswith(("wrote ", "saved "))] == [
        f"wrote p_pits, flag_pits (and refolded flag_/score_ of the groups, flagged) into {tmp_path}/{shown}.gpkg",
        f"saved concept 'pits' to {tmp_path}/{shown}.concept.json (classify --concept {tmp_path}/{shown}.concept.json "
        "applies it)"], proc.stdout
    archive = tmp_path / "archive"
    archive.mkdir()
    shutil.copyfile(RAPIDEYE, archive / "scene.tif")
    proc = run_cli("batch", archive, "-o", tmp_path / f"batch {odd}", "--workers", "1")
    assert proc.returncode == 0 and "\x1b" not in proc.stdout and f"batch {shown}" in proc.stdout, proc.stdout
    assert proc.stdout.count("\n") == 1, proc.stdout


@pytest.mark.parametrize("name, odd, said", [
    ("model.onnx", "fifo", "model.onnx is a named pipe (FIFO), not a file"),
    ("manifest.json", "fifo", "manifest.json is a named pipe (FIFO), not a file"),
    ("model.onnx", "folder", "model.onnx is a folder, not a file"),
    ("model.pt", "link to a fifo", "model.pt is a named pipe (FIFO), not a file"),
])
def test_a_bundle_file_that_is_no_file_is_said_to_be_what_it_is(bundle, tmp_path, name, odd, said):
    """A bundle whose model.onnx or manifest.json is a named pipe (a download tool's, a half-set-up share) or a folder:
    'onnx file model.onnx is missing' / 'has no manifest.json', of a name ls lists, and the analyst looked for a lost
    file. It says what is there (never opened: a pipe would wait for a writer)."""
    target = bundle / name
    if not target.exists():
        pytest.skip(f"the test bundle has no {name}")
    target.unlink()
    if odd == "folder":
        target.mkdir()
    elif odd == "fifo":
        os.mkfifo(target)
    else:
        os.mkfifo(bundle / "pipe")
        target.symlink_to("pipe")
    out = tmp_path / "out"
    out.mkdir()
    line = assert_refused(run_cli(RAPIDEYE, "-o", out / "tiles.gpkg", "--bundle", bundle), said, {}, out)
    assert "re-export the bundle" in line, line


@pytest.mark.parametrize("option, where, said", [
    ("--save-concept", "afile/x.concept.json", "--save-concept {tmp}/afile/x.concept.json cannot be written: "
                                               "{tmp}/afile is a file, not a folder; choose another place"),
    ("--save-concept", "afile/sub/x.concept.json", "{tmp}/afile is a file, not a folder"),
    ("--save-to", "afile/bundle", "--save-to {tmp}/afile/bundle cannot be written: {tmp}/afile is a file, not a "
                                  "folder"),
    ("--save-concept", "none/x.concept.json", "--save-concept folder {tmp}/none does not exist; create it first"),
    ("--save-to", "none/bundle", "--save-to folder {tmp}/none does not exist; create it first"),
])
def test_teach_saving_under_a_file_says_it_is_a_file(classified, tmp_path, option, where, said):
    """teach --save-concept afile/x.json (or --save-to afile/b), `afile` a file: 'folder afile does not exist;
    create it first', of a file that is there (the analyst's `ls` shows it; creating the folder fails). Said as
    every output's check says it (publish.check_folder, the one wording of cli/teach, core/teach/save and
    concept_file), nothing written, the layer as it was."""
    layer = tmp_path / "tiles.gpkg"
    shutil.copyfile(classified, layer)
    (tmp_path / "afile").write_text("notes")
    before = snapshot(tmp_path)
    assert_refused(_teach(layer, "--name", "pits", "--positive", "1", option, tmp_path / where),
                   said.format(tmp=tmp_path), before, tmp_path)


def test_a_concept_file_written_under_a_file_says_it_is_a_file(tmp_path):
    """The Teach panel's Save concept… and a program's write_concept_file, given a path under a file."""
    from planet_qgis_plugin.core.model.concepts import ConceptError
    from planet_qgis_plugin.core.teach.concept_file import ConceptFile, write_concept_file
    from planet_qgis_plugin.core.teach.fit import teach

    from ..core.teach_data import BACKBONE, SIZE, planted

    concept = teach(planted()[0], [0, 1], name="pits", backbone_id=BACKBONE).concept
    rows = np.full((2, SIZE), 0.1, dtype=np.float32)
    (tmp_path / "afile").write_text("notes")
    with pytest.raises(ConceptError, match="afile is a file, not a folder"):
        write_concept_file(ConceptFile(concept, rows, rows[:1]), tmp_path / "afile" / "x.concept.json")


def _probabilities_by_ground(layer: Path) -> dict[tuple, dict[str, float]]:
    """Each tile's p_ and score_ fields, by the ground its footprint covers (its bounds, to the metre)."""
    from osgeo import ogr

    ds = ogr.Open(str(layer))
    tiles = ds.GetLayer("tiles")
    defn = tiles.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    out = {tuple(round(v) for v in f.GetGeometryRef().GetEnvelope()):
           {n: f[n] for n in names if n.startswith(("p_", "score_"))} for f in tiles}
    tiles = ds = None
    return out


def _stored_copies(folder: Path, storage: str) -> list[str]:
    """north.tif and other.tif in ``folder``: the RapidEye scene's pixels on one ground, north-up and stored
    ``storage`` (south-up: rows south to north; east-left: columns east to west; both)."""
    from osgeo import gdal

    src = gdal.Open(str(RAPIDEYE))
    data, size, step, srs, kind = src.ReadAsArray(), src.RasterXSize, 5.0, src.GetProjection(), src.GetRasterBand(1).DataType
    src = None   # GDAL's handles let go of before any assertion (a failed test's frames are kept to the end)
    x0, y0 = 1280.0 * 203, 1280.0 * 94   # on the 256 px lattice: both copies' grids start at their corner
    rows, cols = storage in ("south-up", "both"), storage in ("east-left", "both")
    copies = {"north.tif": (data, (x0, step, 0, y0, 0, -step)),
              "other.tif": (data[:, ::-1 if rows else 1, ::-1 if cols else 1],
                            (x0 + size * step if cols else x0, -step if cols else step, 0,
                             y0 - size * step if rows else y0, 0, step if rows else -step))}
    for name, (pixels, transform) in copies.items():
        ds = gdal.GetDriverByName("GTiff").Create(str(folder / name), size, size, len(pixels), kind)
        ds.SetGeoTransform(transform)
        ds.SetProjection(srs)
        for band, values in enumerate(pixels, 1):
            ds.GetRasterBand(band).WriteArray(values)
        ds = None
    return list(copies)


@pytest.mark.parametrize("storage", ["south-up", "east-left", "both"])
def test_a_raster_stored_south_up_is_classified_as_its_north_up_copy(tmp_path, storage):
    """The same ground written north-up and south-up (y pixel size positive, row 0 the southern edge; GDAL writes
    such files, as do some netCDF and radar tools), or with its columns east to west: the tiles lay on the right
    ground (their footprints follow the transform), but the chips went to the network upside down (mirrored), and
    each tile's p_ differed from the north-up copy's by up to 0.8; the --preview quick-look was drawn upside down.
    The chips are turned north-up first (raster.north_up), the quick-look drawn north-up: the same numbers on the
    same ground, the same picture."""
    copies = _stored_copies(tmp_path, storage)
    for name in copies:
        assert run_cli(tmp_path / name, "-o", tmp_path / f"{name}.gpkg", "--preview", tmp_path / f"{name}.png"
                       ).returncode == 0
    north, other = (_probabilities_by_ground(tmp_path / f"{name}.gpkg") for name in copies)
    assert sorted(north) == sorted(other) and len(north) == 4
    worst = max(abs(north[ground][field] - other[ground][field]) for ground in north for field in north[ground])
    assert worst < 1e-4, worst
    from PIL import Image  # the quick-look drawn north-up too, as the map shows the ground (it was upside down)

    north, other = (np.asarray(Image.open(tmp_path / f"{name}.png").convert("RGB"), dtype=int) for name in copies)
    assert north.shape == other.shape and np.abs(north - other).max() <= 1


@pytest.mark.parametrize("fid", [2**70, -2**70, float("nan"), float("inf"), 2.5, True, None, "x", "2.5", [2]],
                         ids=["2^70", "-2^70", "nan", "inf", "2.5", "True", "None", "x", "'2.5'", "[2]"])
def test_an_answer_given_an_alert_id_that_is_no_whole_number_is_one_line(change_layer, fid):
    """record_review (docs/monitoring.md, 'From a program': a triage script, a web form) given an alert id that is
    no whole number: 2^70 was SystemError out of GDAL, NaN and 'x' ValueError, None TypeError, and 2.5 or True
    answered alert 2 or 1, one the script never named. 'A bad answer is one ChangeError line, nothing written.'"""
    from planet_qgis_plugin.core.monitor.alerts import record_review
    from planet_qgis_plugin.core.monitor.change import ChangeError

    before = change_layer.read_bytes()
    with pytest.raises(ChangeError, match="alert (with )?id"):
        record_review(change_layer, fid, "rejected", reason="cloud shadow", reviewer="ana")
    assert change_layer.read_bytes() == before


def test_an_answer_given_the_id_as_text_or_a_whole_float_answers_that_alert(change_layer):
    """The id as a CSV or a web form gives it ('2', ' 2', 2.0): that alert, as an int would."""
    from planet_qgis_plugin.core.monitor.alerts import read_alerts, record_review

    fid = read_alerts(change_layer).rows[0].fid
    for given in (str(fid), f" {fid} ", float(fid)):
        record_review(change_layer, given, "rejected", reason="cloud shadow", reviewer="ana")
    assert read_alerts(change_layer).rows[0].status == "rejected"


def test_an_answer_timed_in_another_zone_is_stored_in_utc(change_layer):
    """record_review(..., when=) given a time of another zone (a web form's, 12:00 at UTC-3): stored as 12:00:00Z,
    three hours off in the audit trail (reviewed_at, review_history). Stored as 15:00:00Z."""
    import datetime as dt

    from planet_qgis_plugin.core.monitor.alerts import read_alerts, record_review

    fid = read_alerts(change_layer).rows[0].fid
    when = dt.datetime(2026, 12, 7, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=-3)))
    stamp, _, history = record_review(change_layer, fid, "rejected", reason="cloud shadow", when=when, reviewer="ana")
    assert stamp == "2026-12-07T15:00:00Z" and '"at": "2026-12-07T15:00:00Z"' in history, (stamp, history)


def test_change_written_over_a_tile_layer_carrying_a_taught_concept_keeps_it(classified, tmp_path):
    """change BEFORE AFTER -o tiles.gpkg --overwrite, tiles.gpkg a tile layer with a concept taught on it (a slip of
    the output's name): replaced by the change layer, the teaching lost, as classify --overwrite lost it before
    round 10. A change layer writes no concept: refused, the layer kept."""
    layer = _taught(classified, tmp_path)
    after = tmp_path / "after.gpkg"
    shutil.copyfile(classified, after)
    before = snapshot(tmp_path)
    assert_refused(run_cli("change", classified, after, "-o", layer, "--overwrite"),
                   "is a tile layer carrying 1 concept (p_pits/flag_pits): writing over it would lose them", before,
                   tmp_path)   # the bundle's own concept (mine) is classify's to write again: not the analyst's work


@contextmanager
def _immutable(path: Path):
    """``path`` made immutable for the block (chattr +i: root only, on a file system that has the flag; the test is
    skipped where it cannot be), and mutable again after it (pytest could not remove it)."""
    if os.geteuid() != 0 or shutil.which("chattr") is None or \
            subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("no chattr +i here (root on a file system with the flag)")
    try:
        yield path
    finally:
        subprocess.run(["chattr", "-i", str(path)], capture_output=True)


def _batched(folder: Path) -> tuple[Path, Path]:
    """(archive, out): the RapidEye scene in ``folder``/archive, batched once into ``folder``/out."""
    archive, out = folder / "archive", folder / "out"
    archive.mkdir()
    shutil.copyfile(RAPIDEYE, archive / "scene.tif")
    assert run_cli("batch", archive, "-o", out, "--workers", "1").returncode == 0
    return archive, out


def test_a_batch_whose_summary_cannot_be_replaced_is_refused_before_any_scene(tmp_path):
    """batch into an OUTDIR whose summary.csv cannot be replaced (immutable, as a file another user owns in a sticky
    folder or a share's rules make it): every scene classified, then `error: [Errno 1] Operation not permitted:
    '.../.summary.1234-host.x.csv.partial' -> 'out/summary.csv'`, of a temporary name. Refused before any scene, as
    classify refuses an output it cannot write."""
    archive, out = _batched(tmp_path)
    with _immutable(out / "summary.csv"):
        before = snapshot(out)
        assert_refused(run_cli("batch", archive, "-o", out, "--workers", "1", "--force"),
                       f"{out / 'summary.csv'} cannot be replaced (it is read-only or immutable)", before, out)


def test_an_output_that_cannot_be_replaced_is_named_not_its_temporary_name(tmp_path):
    """batch --force where a scene's output cannot be replaced: its row and 'failed:' line said `[Errno 1] Operation
    not permitted: '.../.s.1234-host.x.batch.gpkg' -> '.../s.gpkg'`. They name the output, the old one kept."""
    archive, out = _batched(tmp_path)
    with _immutable(out / "scene.gpkg"):
        kept = (out / "scene.gpkg").read_bytes()
        proc = run_cli("batch", archive, "-o", out, "--workers", "1", "--force")
        assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
        assert (f"failed: {archive / 'scene.tif'}: could not put {out / 'scene.gpkg'} in place (Operation not "
                "permitted); what was there is left as it was") in proc.stderr.splitlines(), proc.stderr
        assert (out / "scene.gpkg").read_bytes() == kept


def test_a_concept_file_that_cannot_be_replaced_leaves_nothing_behind(classified, tmp_path):
    """teach --concept pits.json --save-concept pits.json (a concept taught on, as it is kept), the file made
    immutable (or another user's in a sticky folder): `error: [Errno 1] Operation not permitted:
    '.pits.json.1234-host.x.old/pits.json' -> 'pits.json'`, and the run's temporary file and the folder holding the
    version kept aside were left beside it. One line naming the file; the layer and the folder as they were."""
    layer = tmp_path / "tiles.gpkg"
    shutil.copyfile(classified, layer)
    concept = tmp_path / "pits.concept.json"
    assert _teach(layer, "--name", "pits", "--positive", "1,2", "--save-concept", concept).returncode == 0
    with _immutable(concept):
        before = snapshot(tmp_path)
        assert_refused(_teach(layer, "--concept", concept, "--save-concept", concept, "--positive", "3"),
                       f"could not put {concept} in place (Operation not permitted)", before, tmp_path)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["pits.concept.json", "tiles.gpkg"]


@pytest.mark.parametrize("storage", ["south-up", "both"])
def test_the_pictures_of_an_alert_on_a_raster_stored_south_up_are_its_north_up_copys(tmp_path, storage):
    """change of two tile layers classified from a raster stored south-up, with --export and --report: `rasterio.
    errors.WindowError: Bounds and transform are inconsistent`, a traceback, nothing written (the thumbnails cut each
    alert's window by its bounds, as a north-up raster has them; the Alerts dock cuts its chips the same way). The
    report's and the export's pictures are those of the north-up copy of the raster: the same ground, north up."""
    from PIL import Image

    from ..conftest import edit_tiles

    pictures = {}
    for name in _stored_copies(tmp_path, storage):
        before, after = tmp_path / f"{name}.before.gpkg", tmp_path / f"{name}.after.gpkg"
        assert run_cli(tmp_path / name, "-o", before).returncode == 0
        shutil.copyfile(before, after)
        flip = name != "north.tif"   # the ground's north-west and south-east tiles, where each copy stores them
        rows, cols = flip and storage in ("south-up", "both"), flip and storage == "both"
        edit_tiles(after, {(1 - r if rows else r, 1 - c if cols else c): {"flag_mining": 1, "flagged": 1,
                                                                          "score_mining": score}
                           for (r, c), score in (((0, 0), 1.0), ((1, 1), 0.9))})
        proc = run_cli("change", before, after, "-o", tmp_path / f"{name}.change.gpkg", "--export",
                       tmp_path / f"{name}.export", "--report", tmp_path / f"{name}.html")
        assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
        thumbs = sorted((tmp_path / f"{name}.export" / "thumbs").iterdir())
        pictures[name] = {p.name: np.asarray(Image.open(p).convert("RGB"), dtype=int) for p in thumbs}
    north, other = pictures["north.tif"], pictures["other.tif"]
    assert len(north) == 4, north   # two alerts, before and after each (the same ground: the same alert numbers)
    for name in north:   # resampled from mirrored pixel positions: alike, not equal; upside down, far apart
        alike, mirrored = np.abs(north[name] - other[name]).mean(), np.abs(north[name] - other[name][::-1]).mean()
        assert alike < 8 and alike < mirrored / 3, (name, alike, mirrored)


def _with_stdout(path: str, *args) -> subprocess.CompletedProcess:
    """A command line (``args`` as run_cli takes them, -q added but to teach) whose standard output is ``path``
    (/dev/full: a log on a full disk), its errors read."""
    with open(path, "w") as out:
        return subprocess.run([sys.executable, "-m", "planet_qgis_plugin", *map(str, args),
                               *(["-q"] if args[0] != "teach" else [])], cwd=ROOT,
                              stdout=out, stderr=subprocess.PIPE, text=True, timeout=180)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full (a file that is always full)")
@pytest.mark.parametrize("command", ["classify", "change", "teach", "batch"])
def test_results_that_cannot_be_printed_say_the_outputs_were_written(classified, tmp_path, command):
    """A command whose output goes to a log on a full disk (here /dev/full): `error: [Errno 28] No space left on
    device` and exit 1, which says 'nothing written', once the tile layer (the change layer, the concept, the
    batch) was written and left there; and Python's own 'Exception ignored' lines after it. One line saying the
    outputs were written and what could not be printed."""
    out = tmp_path / "out.gpkg"
    args = {"classify": [RAPIDEYE, "-o", out, "--preview", tmp_path / "look.png"],
            "change": ["change", classified, classified, "-o", out],
            "teach": ["teach", out, "--name", "pits", "--positive", "1", "--top", "0"],
            "batch": ["batch", RAPIDEYE, "-o", tmp_path / "batch", "--workers", "1"]}[command]
    if command == "teach":
        shutil.copyfile(classified, out)
    proc = _with_stdout("/dev/full", *args)
    lines = [line for line in proc.stderr.splitlines() if not line.startswith("warning: ")]
    assert proc.returncode == 1 and len(lines) == 1, proc.stderr
    assert lines[0].startswith("error: the output could not be printed (No space left on device); "), lines
    assert "written" in lines[0] and "nothing was written" not in lines[0], lines
    assert out.exists() or (tmp_path / "batch" / "summary.csv").exists()
    if command == "classify":
        assert (tmp_path / "look.png").exists()


def test_a_bundle_copy_that_cannot_be_replaced_is_one_line_and_the_layer_kept(classified, tmp_path):
    """teach --save-to DIR again, DIR the bundle copy an earlier teach saved, made immutable (or on a share that
    refuses the rename): `error: [Errno 1] Operation not permitted: '.../b' -> '.../.b.1234-host.x.old/b'`, of a
    temporary name. One line naming the folder; the layer, the copy and the folder as they were."""
    layer = tmp_path / "tiles.gpkg"
    shutil.copyfile(classified, layer)
    saved = tmp_path / "saved"
    saved.mkdir()
    assert _teach(layer, "--name", "pits", "--positive", "1,2", "--save-to", saved / "b").returncode == 0
    with _immutable(saved / "b"):
        before = snapshot(tmp_path)
        assert_refused(_teach(layer, "--name", "pits", "--positive", "1,2,3", "--save-to", saved / "b"),
                       f"could not put {saved / 'b'} in place (Operation not permitted)", before, tmp_path)
        assert sorted(p.name for p in saved.iterdir()) == ["b"]


def test_an_answer_into_a_change_layer_that_cannot_be_written_says_it_is_read_only(change_layer):
    """record_review (the Alerts dock's Y / N) on a change layer made immutable or read-only (a colleague's file):
    '... is not a readable GeoPackage (or it cannot be written)', of a file the dock had just read. Said as it is."""
    from planet_qgis_plugin.core.monitor.alerts import read_alerts, record_review
    from planet_qgis_plugin.core.monitor.change import ChangeError

    fid = read_alerts(change_layer).rows[0].fid
    with _immutable(change_layer):
        before = change_layer.read_bytes()
        with pytest.raises(ChangeError, match="is read-only .* make it writable, or work on a copy"):
            record_review(change_layer, fid, "rejected", reason="cloud shadow", reviewer="ana")
        assert change_layer.read_bytes() == before


def test_classify_overwrite_of_a_layer_carrying_an_applied_concept_replaces_it(classified, tmp_path):
    """A layer whose concept was applied from a concept file (classify --concept) holds nothing the file cannot write
    again: an acceptance driver (or an analyst) applying another concept to the same output with --overwrite was
    refused as if the applied concept were taught there. Replaced; one taught on the layer is still kept
    (test_classify_overwrite_of_a_layer_carrying_a_taught_concept_keeps_it)."""
    layer, concept = tmp_path / "tiles.gpkg", tmp_path / "pits.concept.json"
    shutil.copyfile(classified, layer)
    proc = _teach(layer, "--name", "pits", "--positive", "1,2", "--save-concept", concept)
    assert proc.returncode == 0, proc.stderr
    applied = tmp_path / "applied.gpkg"
    proc = run_cli(RAPIDEYE, "-o", applied, "--concept", concept)
    assert proc.returncode == 0, proc.stderr
    proc = run_cli(RAPIDEYE, "-o", applied, "--overwrite")
    assert proc.returncode == 0, proc.stderr


@pytest.mark.parametrize("case", ["not a raster", "bands outside it"])
def test_a_run_refused_before_any_work_prints_its_error_line_alone_with_the_progress_bar_on(tmp_path, case):
    """Without -q (as a user runs it), classify refused a raster it cannot read, or a band mapping outside it, with
    an empty progress bar ('classifying: 0tile [00:00, ?tile/s]') above its one error line: the bar is now made when
    the work first moves it."""
    raster = tmp_path / "bad.tif"
    raster.write_text("not a raster")
    args = [raster] if case == "not a raster" else [RAPIDEYE, "--bands", "9,9,9"]
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin.classify", *map(str, args), "-o",
                           str(tmp_path / "out.gpkg")], cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 1 and proc.stderr.startswith("error: ") and proc.stderr.count("\n") == 1, proc.stderr
    assert "\r" not in proc.stderr and not (tmp_path / "out.gpkg").exists()
