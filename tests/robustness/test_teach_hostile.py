"""Issue #23, the teach / bundle / concept side: hostile inputs built here, so no later change brings them back.

Each refusal is checked the robustness way: one ``error:`` line, exit 1, the GeoPackage byte for byte as it
was, and nothing new beside the --save-to target.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from planet_qgis_plugin.core.model.bundle import MANIFEST, BundleError, load_bundle
from planet_qgis_plugin.core.model.concepts import ConceptError, check_concept_name
from planet_qgis_plugin.core.teach.fit import teach
from planet_qgis_plugin.core.teach.save import MARKER, save_concept

from ..conftest import ROOT
from ..core.teach_data import BACKBONE, SIZE, planted
from .conftest import as_from_a_terminal

ST_FUNCTIONS = ("ST_IsEmpty", "ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY")



def teach_cli(work: Path, *args, name: str = "pits", positive: str = "1,2", **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "planet_qgis_plugin.teach", str(work / "tiles.gpkg"), "--name", name,
                           "--positive", positive, "--bundle", str(work / "bundle"), *map(str, args)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120, **kwargs)


def snapshot(folder: Path) -> dict:
    """Every entry under ``folder`` (links not followed): its kind and bytes or link text."""
    out = {}
    for path in sorted(folder.rglob("*")):
        if path.is_symlink():
            out[str(path.relative_to(folder))] = ("link", os.readlink(path))
        elif path.is_file():
            out[str(path.relative_to(folder))] = ("file", path.read_bytes())
        else:
            out[str(path.relative_to(folder))] = ("dir" if path.is_dir() else "other", None)
    return out


def assert_refused(proc: subprocess.CompletedProcess, message: str, code: int = 1) -> None:
    assert proc.returncode == code, (proc.stdout, proc.stderr)
    assert proc.stderr.startswith("error: ") and proc.stderr.count("\n") == 1, proc.stderr
    assert message in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr


def sql(path: Path, *statements, params=()) -> None:
    """Run statements on a GeoPackage as a hostile user would (GDAL's R-tree triggers need ST_* stand-ins)."""
    conn = sqlite3.connect(path)
    for f in ST_FUNCTIONS:
        conn.create_function(f, 1, lambda *_: 0)
    for statement in statements:
        conn.execute(statement, params)
    conn.commit()
    conn.close()


def set_layer_metadata(path: Path, key: str, value: str) -> None:
    from osgeo import ogr

    ds = ogr.Open(str(path), 1)
    ds.GetLayerByName("tiles").SetMetadataItem(key, value)
    ds = None


# -- S1: nothing is followed out of a bundle ---------------------------------------------------------------

def _secret(work: Path) -> Path:
    secret = work / "secret"
    secret.mkdir(exist_ok=True)
    (secret / "shadow").write_text("root:$6$very-secret")
    return secret


# (what to plant in the source bundle, whether the manifest names it (then refused), message)
LINKS = {
    "named-file-link-inside": lambda w: _relink(w / "bundle" / "model.onnx", w / "bundle" / "real.onnx"),
    "named-reference-link-inside": lambda w: _relink(w / "bundle" / "reference.npy", w / "bundle" / "ref.npy"),
    "model-card-link-out": lambda w: _replace_with_link(w / "bundle" / "MODEL_CARD.md", _secret(w) / "shadow"),
    "unnamed-file-link-out": lambda w: (w / "bundle" / "notes.txt").symlink_to(_secret(w) / "shadow"),
    "unnamed-folder-link-out": lambda w: (w / "bundle" / "home").symlink_to(_secret(w)),
    "dangling-link": lambda w: (w / "bundle" / "dangling").symlink_to(w / "nowhere"),
    "looping-link": lambda w: (w / "bundle" / "loop").symlink_to(w / "bundle" / "loop"),
    "fifo": lambda w: os.mkfifo(w / "bundle" / "pipe"),
    "unnamed-subfolder-with-link": lambda w: ((w / "bundle" / "extra").mkdir(),
                                              (w / "bundle" / "extra" / "s").symlink_to(_secret(w) / "shadow")),
}
REFUSED = {"named-file-link-inside": "model.onnx is a symbolic link",
           "named-reference-link-inside": "reference.npy is a symbolic link",
           "model-card-link-out": "MODEL_CARD.md is a symbolic link"}


def _relink(path: Path, real: Path) -> None:
    path.rename(real)
    path.symlink_to(real.name)


def _replace_with_link(path: Path, target: Path) -> None:
    path.unlink()
    path.symlink_to(target)


@pytest.mark.parametrize("case", sorted(LINKS))
def test_saving_a_concept_never_follows_links_out_of_the_bundle(work, case):
    LINKS[case](work)
    before = (work / "tiles.gpkg").read_bytes()
    proc = teach_cli(work, "--save-to", work / "saved")
    if case in REFUSED:
        assert_refused(proc, REFUSED[case])
        assert (work / "tiles.gpkg").read_bytes() == before
        assert not (work / "saved").exists()
    else:
        assert proc.returncode == 0, proc.stderr
        saved = snapshot(work / "saved")
        assert all(kind == "file" for kind, _ in saved.values()), saved  # no link, no folder, no FIFO
        assert set(saved) == {MANIFEST, MARKER, "MODEL_CARD.md", *load_bundle(work / "bundle").manifest.files.values()}
        assert not any(b"very-secret" in data for _, data in saved.values())
    assert not [p.name for p in work.iterdir() if p.name.startswith(".")]  # no temporary folder left


# -- D1: only a folder the tool made is ever replaced ------------------------------------------------------

def _made_by_save(work: Path) -> Path:
    result = teach(planted()[0], [0, 1], name="pits", backbone_id=BACKBONE)
    save_concept(result.concept, load_bundle(work / "bundle"), work / "target")
    return work / "target"


TARGETS = {
    "holds-a-manifest-and-a-thesis": lambda w: _folder(w, {MANIFEST: "{}", "thesis.docx": "precious"}),
    "holds-only-a-manifest": lambda w: _folder(w, {MANIFEST: "{}"}),
    "a-real-bundle-made-by-hand": lambda w: shutil.copytree(w / "bundle", w / "target"),
    "saved-then-a-file-added": lambda w: (_made_by_save(w) / "notes.txt").write_text("mine"),
    "saved-then-a-folder-added": lambda w: (_made_by_save(w) / "maps").mkdir(),
    "marker-is-a-link": lambda w: _link_marker(_made_by_save(w)),
    "marker-is-not-json": lambda w: (_made_by_save(w) / MARKER).write_text("I made this"),
    "a-file": lambda w: (w / "target").write_text("not a folder"),
    "a-link-to-a-user-folder": lambda w: (_folder(w, {"a.txt": "x"}, "real"), (w / "target").symlink_to(w / "real")),
}
ALLOWED = {"missing": lambda w: None, "empty": lambda w: (w / "target").mkdir(), "made-by-an-earlier-save": _made_by_save}


def _folder(work: Path, files: dict, name: str = "target") -> Path:
    (work / name).mkdir()
    for file, text in files.items():
        (work / name / file).write_text(text)
    return work / name


def _link_marker(target: Path) -> None:
    (target.parent / "elsewhere.json").write_text((target / MARKER).read_text())
    (target / MARKER).unlink()
    (target / MARKER).symlink_to(target.parent / "elsewhere.json")


@pytest.mark.parametrize("case", sorted(TARGETS))
def test_save_to_never_replaces_a_folder_the_tool_did_not_make(work, case):
    TARGETS[case](work)
    before, gpkg = snapshot(work), (work / "tiles.gpkg").read_bytes()
    proc = teach_cli(work, "--save-to", work / "target")
    assert_refused(proc, "--save-to")
    assert snapshot(work) == before and (work / "tiles.gpkg").read_bytes() == gpkg


@pytest.mark.parametrize("case", sorted(ALLOWED))
def test_save_to_a_new_empty_or_earlier_saved_folder(work, case):
    ALLOWED[case](work)
    proc = teach_cli(work, "--save-to", work / "target", name="tailings")
    assert proc.returncode == 0, proc.stderr
    assert "tailings" in [c.name for c in load_bundle(work / "target").manifest.concepts]
    assert json.loads((work / "target" / MARKER).read_text())["files"]


# -- D2: teach writes both the GeoPackage and the bundle, or neither ---------------------------------------

def _fail_publish_after_moving(staged_cls):
    real = staged_cls.publish

    def publish(self):
        real(self)
        raise OSError(28, "No space left on device")
    return publish


def test_a_failing_bundle_save_leaves_the_geopackage_and_the_old_bundle(work, monkeypatch, capsys):
    """The bundle is put in place just before the GeoPackage commits; a failure there (here: after the copy
    took the target's place) rolls back the GeoPackage and puts the earlier bundle back."""
    from planet_qgis_plugin.cli.teach import main
    from planet_qgis_plugin.core.teach import save as teach_bundle

    target = _made_by_save(work)
    before, gpkg = snapshot(target), (work / "tiles.gpkg").read_bytes()
    monkeypatch.setattr(teach_bundle.StagedBundle, "publish", _fail_publish_after_moving(teach_bundle.StagedBundle))
    code = main([str(work / "tiles.gpkg"), "--name", "tailings", "--positive", "1,2", "--bundle", str(work / "bundle"),
                 "--save-to", str(target)])
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("error: ") and "No space left" in err
    assert (work / "tiles.gpkg").read_bytes() == gpkg
    assert snapshot(target) == before
    assert not [p.name for p in work.iterdir() if p.name.startswith(".")]


def test_a_failing_save_from_the_panel_is_one_line_and_leaves_the_earlier_bundle(work, monkeypatch):
    """save_concept (the panel's Save concept...): the copy fails after taking the target's place; the earlier
    saved bundle is put back and the error is one line."""
    from planet_qgis_plugin.core.errors import OutputError
    from planet_qgis_plugin.core.teach import save as teach_bundle

    target = _made_by_save(work)
    before = snapshot(target)
    monkeypatch.setattr(teach_bundle.StagedBundle, "publish", _fail_publish_after_moving(teach_bundle.StagedBundle))
    concept = teach(planted()[0], [0, 1], name="tailings", backbone_id=BACKBONE).concept
    with pytest.raises(OutputError) as err:
        save_concept(concept, load_bundle(work / "bundle"), target)
    assert str(err.value).startswith(f"could not save the bundle to {target} (nothing changed there)")
    assert "No space left" in str(err.value) and "\n" not in str(err.value)
    assert snapshot(target) == before and not [p.name for p in work.iterdir() if p.name.startswith(".")]


def test_a_concept_file_that_cannot_be_written_is_one_line_and_leaves_nothing(work, monkeypatch):
    from planet_qgis_plugin.core.teach import concept_file

    path = _concept_file(work)
    data, before = concept_file.read_concept_file(path), path.read_bytes()

    def disk_full(_data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(concept_file, "concept_file_text", disk_full)
    with pytest.raises(ConceptError, match=r"could not write concept file .* \(nothing changed there\): .*No space"):
        concept_file.stage_concept_file(data, path)
    assert path.read_bytes() == before and not [p.name for p in work.iterdir() if p.name.startswith(".")]


def test_a_failing_geopackage_write_leaves_no_bundle(work):
    sql(work / "tiles.gpkg", "CREATE TRIGGER fail BEFORE UPDATE ON tiles WHEN NEW.fid = 100 "
                             "BEGIN SELECT RAISE(ABORT, 'disk says no'); END")
    gpkg = (work / "tiles.gpkg").read_bytes()
    proc = teach_cli(work, "--save-to", work / "saved")
    assert_refused(proc, "disk says no")
    assert (work / "tiles.gpkg").read_bytes() == gpkg
    assert not (work / "saved").exists() and not [p.name for p in work.iterdir() if p.name.startswith(".")]


def test_a_bad_embedding_metadata_is_refused_before_anything_is_written(work):
    """The issue's third D2 trigger: metadata that the save would only find wrong after the commit."""
    set_layer_metadata(work / "tiles.gpkg", "PLANET_EMBEDDING_SIZE", str(SIZE // 2))
    set_layer_metadata(work / "tiles.gpkg", "PLANET_EMBEDDING_DTYPE", "float32")
    gpkg = (work / "tiles.gpkg").read_bytes()
    assert_refused(teach_cli(work, "--save-to", work / "saved"), f"bundle's are {SIZE} float16 values")
    assert (work / "tiles.gpkg").read_bytes() == gpkg and not (work / "saved").exists()


# -- D3: an analyst's own p_<name> / flag_<name> field is never overwritten --------------------------------

@pytest.mark.parametrize("field, kind", [("flag_notes", "TEXT"), ("p_notes", "REAL"), ("FLAG_NOTES", "TEXT"),
                                         ("P_Notes", "INTEGER")])
def test_a_users_own_field_named_like_a_concept_is_not_overwritten(work, field, kind):
    sql(work / "tiles.gpkg", f'ALTER TABLE tiles ADD COLUMN "{field}" {kind}',
        f"UPDATE tiles SET \"{field}\" = 'check with Ana'")
    gpkg = (work / "tiles.gpkg").read_bytes()
    assert_refused(teach_cli(work, name="notes"), "which no taught concept wrote")
    assert (work / "tiles.gpkg").read_bytes() == gpkg


def test_a_concept_the_layer_metadata_lists_is_replaced(work):
    assert teach_cli(work, name="notes").returncode == 0
    proc = teach_cli(work, name="notes", positive="3,4")
    assert proc.returncode == 0, proc.stderr


# -- W1: names are whole-string matches --------------------------------------------------------------------

BAD_NAMES = ["primary\n", "mine\n", "a\n", "pits\r", " pits", "pits ", "Pits", "pïts", "1abc", "_a", "", "a" * 41,
             "p\x00", "p-1", "p.1", "p;drop", "water", "flagged", "tags", "geom", "ｐｉｔｓ"]


@pytest.mark.parametrize("name", BAD_NAMES, ids=repr)
def test_bad_concept_names_are_refused_everywhere(work, source, name, tmp_path):
    with pytest.raises(ConceptError):
        check_concept_name(name)
    gpkg = (work / "tiles.gpkg").read_bytes()
    if "\x00" not in name:  # the command line cannot carry a NUL
        assert_refused(teach_cli(work, name=name), "concept name")
        assert (work / "tiles.gpkg").read_bytes() == gpkg
    # a bundle whose manifest carries the name is refused on load
    manifest = json.loads((source / MANIFEST).read_text())
    manifest["concepts"] = [dict(_concept_dict(), name=name)]
    with pytest.raises(BundleError):
        load_bundle(_bundle_with_manifest(source, tmp_path / "b", manifest))


def test_a_bundle_cannot_hold_a_name_and_the_same_name_with_a_newline(source, tmp_path):
    manifest = json.loads((source / MANIFEST).read_text())
    manifest["concepts"] = [_concept_dict(), dict(_concept_dict(), name="mine\n")]
    with pytest.raises(BundleError, match="concept name"):
        load_bundle(_bundle_with_manifest(source, tmp_path / "b", manifest))


def _concept_dict() -> dict:
    return {"name": "mine", "group": "mining", "weights": [0.1] * SIZE, "bias": -1.0, "threshold": 0.5,
            "backbone_id": BACKBONE, "provenance": {}, "transform": "sqrt_l2"}


def _bundle_with_manifest(source: Path, folder: Path, manifest: dict) -> Path:
    folder.mkdir()
    for p in source.iterdir():  # hard links: quick, and not links that load_bundle would refuse
        os.link(p, folder / p.name) if p.name != MANIFEST else None
    (folder / MANIFEST).write_text(json.dumps(manifest))
    return folder


# -- W5: concept numbers must be JSON numbers, finite and bounded ------------------------------------------

BAD_CONCEPTS = {
    "weights-numeric-strings": {"weights": ["0.1"] * SIZE},
    "weights-booleans": {"weights": [True] * SIZE},
    "weights-one-string": {"weights": [0.1] * (SIZE - 1) + ["0.1"]},
    "weights-nested": {"weights": [[0.1]] * SIZE},
    "weights-null": {"weights": [None] * SIZE},
    "weights-nan": {"weights": [float("nan")] * SIZE},
    "weights-huge": {"weights": [1e300] * SIZE},
    "weights-too-few": {"weights": [0.1] * (SIZE - 1)},
    "weights-empty": {"weights": []},
    "weights-a-string": {"weights": "0.1"},
    "bias-string": {"bias": "-1"},
    "bias-boolean": {"bias": False},
    "bias-infinite": {"bias": float("inf")},
    "threshold-boolean": {"threshold": True},
    "threshold-above-one": {"threshold": 1.5},
    "backbone-a-number": {"backbone_id": 5},
    "group-unknown": {"group": "gold"},
    "transform-unknown": {"transform": "sqrt"},
}


@pytest.mark.parametrize("case", sorted(BAD_CONCEPTS))
def test_concepts_with_bad_numbers_are_refused_on_load(source, tmp_path, case):
    manifest = json.loads((source / MANIFEST).read_text())
    manifest["concepts"] = [dict(_concept_dict(), **BAD_CONCEPTS[case])]
    with pytest.raises(BundleError) as info:
        load_bundle(_bundle_with_manifest(source, tmp_path / "b", manifest))
    assert "\n" not in str(info.value)


BAD_IDS = ["1_0", "\uff11", "\u0663", "+3", "-1", "3:4:5", "0x1", "1e1", "1.0", "3:", ":4", "1\u00a0:2", "٣:٤", "1 2"]


@pytest.mark.parametrize("tile", BAD_IDS, ids=repr)
def test_tile_ids_are_ascii_digits_only(work, tile):
    gpkg = (work / "tiles.gpkg").read_bytes()
    assert_refused(teach_cli(work, positive=tile), "neither a fid")
    assert (work / "tiles.gpkg").read_bytes() == gpkg


def test_a_positive_with_an_empty_embedding_is_refused(work):
    sql(work / "tiles.gpkg", "UPDATE tiles SET embedding = ? WHERE fid IN (1, 2)", params=(bytes(2 * SIZE),))
    gpkg = (work / "tiles.gpkg").read_bytes()
    assert_refused(teach_cli(work), "empty embedding")
    assert (work / "tiles.gpkg").read_bytes() == gpkg


# -- W4 and the embedding column: the layer is checked against the bundle ---------------------------------

LIES = {  # layer metadata or column content -> message
    "metadata-says-float32-half-size": ({"PLANET_EMBEDDING_SIZE": str(SIZE // 2), "PLANET_EMBEDDING_DTYPE": "float32"},
                                        None, "bundle's are"),
    "metadata-says-double-size": ({"PLANET_EMBEDDING_SIZE": str(SIZE * 2)}, None, "bundle's are"),
    "metadata-says-float32": ({"PLANET_EMBEDDING_DTYPE": "float32"}, None, "bundle's are"),
    "metadata-size-with-underscore": ({"PLANET_EMBEDDING_SIZE": "6_4"}, None, "missing or invalid"),
    "metadata-size-full-width": ({"PLANET_EMBEDDING_SIZE": "\uff16\uff14"}, None, "missing or invalid"),
    "text-embedding": ({}, "UPDATE tiles SET embedding = 'hello' WHERE fid = 3", "not a BLOB"),
    "number-embedding": ({}, "UPDATE tiles SET embedding = 42 WHERE fid = 3", "not a BLOB"),
    # the tile named by its fid (the message named the blob's place in fid order: 'embedding 2' for fid 3)
    "short-blob": ({}, "UPDATE tiles SET embedding = x'0000' WHERE fid = 3", "fid 3 has 2 bytes, expected"),
    "null-embedding": ({}, "UPDATE tiles SET embedding = NULL WHERE fid = 3", "fid 3 has 0 bytes, expected"),
    "nan-embedding": ({}, f"UPDATE tiles SET embedding = x'{'007e' * SIZE}' WHERE fid = 3", "fid 3 holds values that"),
    "text-row": ({}, "UPDATE tiles SET row = 'three' WHERE fid = 3", "not a whole number"),
}


@pytest.mark.parametrize("case", sorted(LIES))
def test_embeddings_that_do_not_fit_the_bundle_are_refused(work, case):
    metadata, statement, message = LIES[case]
    for key, value in metadata.items():
        set_layer_metadata(work / "tiles.gpkg", key, value)
    if statement:
        sql(work / "tiles.gpkg", statement)
    gpkg = (work / "tiles.gpkg").read_bytes()
    assert_refused(teach_cli(work, "--save-to", work / "saved"), message)
    assert (work / "tiles.gpkg").read_bytes() == gpkg and not (work / "saved").exists()


@pytest.mark.parametrize("args, message", [(["--seed", "-1", "--background", "10"], "--seed"),
                                           (["--background", "-1"], "--background")])
def test_negative_numbers_are_one_line(work, args, message):
    assert_refused(teach_cli(work, *args), message)


# -- R2: the work per mark is bounded ---------------------------------------------------------------------

def test_thousands_of_marks_and_a_huge_review_stay_small():
    """9,000 marks, --review and --top 100000 on 12,000 tiles: the fit takes at most a bounded sample of
    the marks and background, the review list a bounded pool (measured as the peak of numpy's memory:
    unbounded, the fit's Gram matrix alone is 260 MB and the review's distance matrix 340 MB)."""
    import tracemalloc

    rng = np.random.default_rng(0)
    embeddings = np.abs(rng.normal(size=(12000, 32))).astype(np.float32)
    order = rng.permutation(12000)
    tracemalloc.start()
    try:
        result = teach(embeddings, order[:3000], order[3000:5500], name="many", backbone_id=BACKBONE,
                       n_review=100000, n_top=100000)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 120e6, f"{peak / 1e6:.0f} MB"
    assert len(result.top) == 12000 - 5500 and 0 < len(result.review) <= 12000 - 5500
    assert not set(result.review) & set(order[:5500].tolist())


# -- R3 and locks: a stopped write is rolled back; a locked or half-written file is named as such ---------

CHILD = r"""
import os, signal, sys
from planet_qgis_plugin.core.teach import fields as teach_gpkg, save as teach_bundle
step, sig = sys.argv[1], getattr(signal, sys.argv[2])
def signalling(real):
    def wrapper(*args, **kwargs):
        os.kill(os.getpid(), sig)
        return real(*args, **kwargs)
    return wrapper
if step == "update":  # inside the transaction, after the rows were updated
    teach_gpkg._record_concept_group = signalling(teach_gpkg._record_concept_group)
else:  # the bundle is being put in place, just before the commit
    teach_bundle.StagedBundle.publish = signalling(teach_bundle.StagedBundle.publish)
from planet_qgis_plugin.teach import main
sys.exit(main(sys.argv[3:]))
"""


@pytest.mark.parametrize("sig", ["SIGTERM", "SIGHUP", "SIGINT"])
@pytest.mark.parametrize("step", ["update", "publish"])
def test_a_signal_during_the_write_rolls_back_or_completes_everything(work, step, sig):
    gpkg = (work / "tiles.gpkg").read_bytes()
    proc = subprocess.run([sys.executable, "-c", CHILD, step, sig, str(work / "tiles.gpkg"), "--name", "pits",
                           "--positive", "1,2", "--bundle", str(work / "bundle"), "--save-to", str(work / "saved")],
                          cwd=ROOT, capture_output=True, text=True, timeout=120, preexec_fn=as_from_a_terminal)
    assert proc.returncode == 128 + getattr(signal, sig) and "Traceback" not in proc.stderr, proc.stderr
    assert not (work / "tiles.gpkg-journal").exists()
    assert not [p.name for p in work.iterdir() if p.name.startswith(".")]
    if step == "update":  # stopped before anything was final: nothing changed
        assert "the GeoPackage is as it was" in proc.stderr
        assert (work / "tiles.gpkg").read_bytes() == gpkg and not (work / "saved").exists()
    else:  # held until both writes were done: both are there, and the message says so
        assert "were written" in proc.stderr and "bundle saved" in proc.stderr
        assert [c.name for c in load_bundle(work / "saved").manifest.concepts] == ["pits"]
        conn = sqlite3.connect(work / "tiles.gpkg")
        assert conn.execute('SELECT count("p_pits") FROM tiles').fetchone()[0] == 144
        conn.close()


KILLED = r"""
import os, signal, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
for f in ("ST_IsEmpty", "ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"):
    conn.create_function(f, 1, lambda *_: 0)
conn.execute("PRAGMA cache_size = 1")  # spill every changed page to the file: the journal is needed to undo
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE tiles SET coverage = 0.5, tags = 'half written'")
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_file_left_mid_write_by_kill_9_is_named_then_recovered(work):
    gpkg = work / "tiles.gpkg"
    committed = snapshot_rows(gpkg)
    subprocess.run([sys.executable, "-c", KILLED, str(gpkg)], timeout=60)
    assert (work / "tiles.gpkg-journal").stat().st_size > 0  # a hot journal, as kill -9 leaves it
    gpkg.chmod(0o444)
    proc = teach_cli(work, "--dry-run")
    assert_refused(proc, "holds an unfinished write")
    assert "not a GeoPackage" not in proc.stderr
    gpkg.chmod(0o644)
    proc = teach_cli(work)  # writable again: SQLite undoes the stopped write, teach goes on
    assert proc.returncode == 0, proc.stderr
    assert snapshot_rows(gpkg, exclude=("p_pits", "flag_pits")) == committed


def snapshot_rows(path: Path, exclude=()) -> list:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        columns = [r[1] for r in conn.execute('PRAGMA table_info("tiles")') if r[1] not in exclude]
        quoted = ", ".join(f'"{c}"' for c in columns if not c.startswith(("flag_", "score_")) and c != "flagged")
        return conn.execute(f"SELECT {quoted} FROM tiles ORDER BY fid").fetchall()
    finally:
        conn.close()


def test_a_locked_geopackage_is_reported_as_locked(work):
    conn = sqlite3.connect(work / "tiles.gpkg", isolation_level=None)
    conn.execute("BEGIN EXCLUSIVE")
    try:
        proc = teach_cli(work, "--dry-run")
    finally:
        conn.execute("ROLLBACK")
        conn.close()
    assert_refused(proc, "in use by another program", code=75)  # EX_TEMPFAIL: the same call may succeed later
    assert "not a GeoPackage" not in proc.stderr


# -- the trainer reads an analyst's tags through OGR, which stops at a NUL byte ---------------------------

def test_a_nul_byte_in_tags_is_refused(work):
    import rasterio

    from trainer.data import DataError
    from trainer.tiles import load_tile_table

    raster = work / "scene.tif"
    with rasterio.open(raster, "w", driver="GTiff", width=64, height=64, count=3, dtype="uint8") as ds:
        ds.write(np.full((3, 64, 64), 90, dtype=np.uint8))
    sql(work / "tiles.gpkg", "UPDATE tiles SET tags = 'water' || char(0) || 'artisinal_mine' WHERE fid IN (2, 14)")
    from osgeo import gdal, ogr

    modes = gdal.GetUseExceptions(), ogr.GetUseExceptions()
    try:  # the trainer turns GDAL's process-wide exception mode on; later tests in this process expect it as it was
        with pytest.raises(DataError, match=r"tags of 0:1, 1:1 hold a NUL byte"):
            load_tile_table(work / "tiles.gpkg", raster)
    finally:
        gdal.UseExceptions() if modes[0] else gdal.DontUseExceptions()
        ogr.UseExceptions() if modes[1] else ogr.DontUseExceptions()


# -- concept files (teach --save-concept / --concept, classify --concept): the same rules as bundles -------

def _concept_file(work: Path) -> Path:
    from planet_qgis_plugin.core.teach.concept_file import ConceptFile, write_concept_file

    concept = teach(planted()[0], [0, 1], name="pits", backbone_id=BACKBONE).concept
    rows = np.full((2, SIZE), 0.1, dtype=np.float32)
    return write_concept_file(ConceptFile(concept, rows, rows[:1]), work / "pits.concept.json")


def _edit_concept(path: Path, **changes) -> None:
    data = json.loads(path.read_text())
    data["concept"].update(changes)
    path.write_text(json.dumps(data))


def _link_to_concept(work: Path, path: Path) -> None:
    real = work / "elsewhere" / path.name
    real.parent.mkdir()
    path.rename(real)
    path.symlink_to(real)


CONCEPT_FILES = {  # how to spoil a good concept file -> the refusal
    "a-link-to-a-concept-file": (_link_to_concept, "symbolic link"),
    "a-fifo": (lambda w, p: (p.unlink(), os.mkfifo(p)), "not a file"),
    "name-with-a-newline": (lambda w, p: _edit_concept(p, name="pits\n"), "concept name"),
    "weights-numeric-strings": (lambda w, p: _edit_concept(p, weights=["0.1"] * SIZE), "weights"),
    "weights-booleans": (lambda w, p: _edit_concept(p, weights=[True] * SIZE), "weights"),
    "weights-huge": (lambda w, p: _edit_concept(p, weights=[1e300] * SIZE), "weights"),
    "bias-string": (lambda w, p: _edit_concept(p, bias="0"), "bias"),
}


@pytest.mark.parametrize("case", sorted(CONCEPT_FILES))
def test_concept_files_follow_the_bundle_rules(work, case):
    from planet_qgis_plugin.core.teach.concept_file import read_concept_file

    path = _concept_file(work)
    spoil, message = CONCEPT_FILES[case]
    spoil(work, path)
    with pytest.raises(ConceptError, match=message) as info:
        read_concept_file(path, SIZE, BACKBONE)
    assert "\n" not in str(info.value).replace("'pits\\n'", "")
    gpkg = (work / "tiles.gpkg").read_bytes()
    assert_refused(teach_cli(work, "--concept", path), message)
    assert (work / "tiles.gpkg").read_bytes() == gpkg


@pytest.mark.parametrize("size, rows", [(SIZE, 6000), (1280, 3000)], ids=["more-rows-than-a-file-holds", "over-8-mb"])
def test_a_concept_file_with_thousands_of_marks_is_read_back(tmp_path, size, rows):
    """A concept marked on thousands of tiles (the panel's Mark selected on a selection of 3000) was saved whole,
    and then refused by every reader (Load concept..., classify --concept, teach --concept): "holds 6000 rows;
    at most 5000" / "more than 8,388,608 bytes is too large for a concept file". The file keeps the most
    recent labelled tiles that fit (the fit uses at most 500 of each kind)."""
    from planet_qgis_plugin.core.teach.concept_file import ConceptFile, read_concept_file, write_concept_file

    embeddings = planted(size=size)[0]
    concept = teach(embeddings, [0, 1], name="pits", backbone_id=BACKBONE).concept
    marks = np.random.default_rng(0).uniform(0.0, 0.1, (rows, size)).astype(np.float32)
    marks[-1] = 0.05  # the last marked tile, which the file must keep
    path = write_concept_file(ConceptFile(concept, marks, marks[:2]), tmp_path / "pits.concept.json")
    back = read_concept_file(path, size, BACKBONE)
    assert 500 <= len(back.positives) < rows and len(back.negatives) == 2
    np.testing.assert_allclose(back.positives[-1], 0.05, atol=1e-3)


def test_a_failing_save_leaves_the_earlier_concept_file_and_the_geopackage(work, monkeypatch, capsys):
    """--save-concept and --save-to: each is put in place just before the GeoPackage commits; when the
    second fails, the first is taken back (the earlier concept file returns) and the GeoPackage rolls back."""
    from planet_qgis_plugin.cli.teach import main
    from planet_qgis_plugin.core.teach import save as teach_bundle

    path = _concept_file(work)
    before, gpkg = path.read_bytes(), (work / "tiles.gpkg").read_bytes()
    monkeypatch.setattr(teach_bundle.StagedBundle, "publish", _fail_publish_after_moving(teach_bundle.StagedBundle))
    code = main([str(work / "tiles.gpkg"), "--name", "pits", "--positive", "1,2", "--bundle", str(work / "bundle"),
                 "--save-concept", str(path), "--save-to", str(work / "saved")])
    err = capsys.readouterr().err
    assert code == 1 and "No space left" in err, err
    assert path.read_bytes() == before and (work / "tiles.gpkg").read_bytes() == gpkg
    assert not (work / "saved").exists() and not [p.name for p in work.iterdir() if p.name.startswith(".")]


def test_saving_a_concept_file_over_a_link_replaces_the_link_not_its_target(work):
    path = _concept_file(work)
    _link_to_concept(work, path)
    target_bytes = (work / "elsewhere" / path.name).read_bytes()
    proc = teach_cli(work, "--save-concept", path)
    assert proc.returncode == 0, proc.stderr
    assert not path.is_symlink() and (work / "elsewhere" / path.name).read_bytes() == target_bytes


def test_a_concept_file_saved_again_with_a_byte_order_mark_is_read(work):
    """Windows Notepad writes a UTF-8 byte-order mark when it saves: such a file was 'not readable JSON'."""
    from planet_qgis_plugin.core.teach.concept_file import read_concept_file

    path = _concept_file(work)
    plain = read_concept_file(path)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    again = read_concept_file(path)
    assert again.concept == plain.concept and np.array_equal(again.positives, plain.positives)


# -- hostile inputs of 2026-12-05: numbers JSON can hold, SQL a file can hold, outputs that are inputs -------

HUGE_NUMBERS = {  # integers JSON allows and Python reads only as int: 5000 digits, or above float's range
    "bias-of-5000-digits": (r'"bias": [^,]+', '"bias": ' + "9" * 5000, "bias must be a finite number"),
    "weight-of-400-digits": (r'"weights": \[\s*[^,]+', '"weights": [1' + "0" * 400, "weights must be finite"),
    "version-of-4400-digits": (r'"version": 1', '"version": ' + "1" * 4400, "version inf is not one"),
}


@pytest.mark.parametrize("case", sorted(HUGE_NUMBERS))
def test_integers_too_long_for_python_are_one_line(work, case):
    """They were a ValueError ("Exceeds the limit (4300 digits)") or OverflowError traceback (concept files
    and manifests: core/schema.loads reads such an integer as a float, infinite beyond float's range)."""
    import re

    from planet_qgis_plugin.core.teach.concept_file import read_concept_file

    path = _concept_file(work)
    pattern, value, message = HUGE_NUMBERS[case]
    path.write_text(re.sub(pattern, lambda _: value, path.read_text(), count=1))  # raw: json.dumps cannot
    with pytest.raises(ConceptError, match=message) as info:
        read_concept_file(path, SIZE, BACKBONE)
    assert "\n" not in str(info.value)
    gpkg = (work / "tiles.gpkg").read_bytes()
    assert_refused(teach_cli(work, "--concept", path), message)
    assert (work / "tiles.gpkg").read_bytes() == gpkg


def _rows(path: Path, query: str) -> list:
    """The rows ``query`` selects from the GeoPackage (read only)."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(query).fetchall()
    finally:
        conn.close()


TRIGGER_NAMES = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
TRIGGERS = {  # SQL a GeoPackage a user was given may hold; it must never run
    "after-update-of-tiles": "CREATE TRIGGER evil AFTER UPDATE ON tiles BEGIN DELETE FROM notes; END",
    "before-update-of-tiles": "CREATE TRIGGER evil BEFORE UPDATE ON tiles BEGIN UPDATE notes SET note = 'gone'; END",
    "rewrites-the-tags": "CREATE TRIGGER evil AFTER UPDATE ON tiles BEGIN UPDATE tiles SET tags = 'x' "
                         "WHERE fid = NEW.fid AND tags != 'x'; END",
    "on-the-metadata": "CREATE TRIGGER evil AFTER UPDATE ON gpkg_metadata BEGIN DELETE FROM notes; END",
    "on-gpkg-contents": "CREATE TRIGGER evil BEFORE UPDATE ON gpkg_contents BEGIN INSERT INTO notes VALUES ('x'); END",
    "named-like-gdals-index": "CREATE TRIGGER rtree_tiles_geom_update9 AFTER UPDATE ON tiles BEGIN DELETE FROM notes; END",
}


@pytest.mark.parametrize("case", sorted(TRIGGERS))
def test_triggers_in_the_geopackage_never_run(work, case):
    """Teach wrote into a GeoPackage with an AFTER UPDATE trigger that deleted the analyst's notes table (and
    exited 0). Now SQLite's authorizer denies every write a stored trigger would make; one line names it."""
    gpkg = work / "tiles.gpkg"
    sql(gpkg, "CREATE TABLE notes (note TEXT)", "INSERT INTO notes VALUES ('field visit 3 March')", TRIGGERS[case])
    before = gpkg.read_bytes()
    trigger = "rtree_tiles_geom_update9" if case == "named-like-gdals-index" else "evil"
    assert_refused(teach_cli(work, "--save-concept", work / "pits.concept.json", "--save-to", work / "saved"),
                   f"holds a trigger '{trigger}'")
    assert gpkg.read_bytes() == before and _rows(gpkg, "SELECT note FROM notes") == [("field visit 3 March",)]
    assert not (work / "pits.concept.json").exists() and not (work / "saved").exists()


def test_gdals_own_index_triggers_and_the_specs_checks_still_let_teach_write(work):
    """The layer from write_tile_gpkg carries GDAL's R-tree triggers; a check that only reads passes too."""
    sql(work / "tiles.gpkg", "CREATE TRIGGER checks BEFORE UPDATE ON tiles WHEN NEW.row < 0 "
                             "BEGIN SELECT RAISE(ABORT, 'row must not be negative'); END")
    assert "rtree_tiles_geom_update3" in {r[0] for r in _rows(work / "tiles.gpkg", TRIGGER_NAMES)}
    proc = teach_cli(work)
    assert proc.returncode == 0, proc.stderr


def _without_primary_key(path: Path, change: str) -> None:
    """The layer rebuilt as a plain table (no INTEGER PRIMARY KEY), then ``change`` applied to it."""
    triggers = [r[0] for r in _rows(path, TRIGGER_NAMES)]
    sql(path, *[f'DROP TRIGGER "{t}"' for t in triggers], "CREATE TABLE t2 AS SELECT * FROM tiles",
        "DROP TABLE tiles", "ALTER TABLE t2 RENAME TO tiles", change)


@pytest.mark.parametrize("change", ["UPDATE tiles SET fid = NULL WHERE fid = 3", "UPDATE tiles SET fid = 'x' WHERE fid = 3",
                                    "UPDATE tiles SET fid = 3.5 WHERE fid = 3", "UPDATE tiles SET fid = 1 WHERE fid = 2"],
                         ids=["null", "text", "real", "repeated"])
def test_fids_that_are_not_unique_whole_numbers_are_refused(work, change):
    """A NULL or text fid was a TypeError / ValueError traceback; a repeated one taught on one tile and wrote two."""
    _without_primary_key(work / "tiles.gpkg", change)
    before = (work / "tiles.gpkg").read_bytes()
    assert_refused(teach_cli(work, positive="4,5"), "are not unique whole numbers")
    assert (work / "tiles.gpkg").read_bytes() == before


def test_a_row_col_that_names_two_tiles_is_refused_as_a_mark(work):
    """A tile moved onto another's ROW:COL (an edit in QGIS): `--positive 0:0` marked whichever of the two came
    last in fid order, silently; a fid still names one tile."""
    sql(work / "tiles.gpkg", "UPDATE tiles SET row = 0, col = 0 WHERE fid = 7")
    before = (work / "tiles.gpkg").read_bytes()
    assert_refused(teach_cli(work, positive="0:0,2"), "ROW:COL 0:0 names 2 tiles of tiles.gpkg (fids 1, 7)")
    assert (work / "tiles.gpkg").read_bytes() == before
    assert teach_cli(work, positive="1,2").returncode == 0


def test_a_reader_that_goes_away_before_the_output_is_told_what_was_written(work):
    """A program driving `teach --json` that closed its end of the pipe early: the fields were written, then
    `error: [Errno 32] Broken pipe`, exit 1, as if nothing had been."""
    proc = subprocess.Popen([sys.executable, "-m", "planet_qgis_plugin.teach", str(work / "tiles.gpkg"), "--name",
                             "pits", "--positive", "1,2", "--bundle", str(work / "bundle"), "--json"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    proc.stdout.close()  # before teach prints: it prints once everything is written
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 1
    assert err.startswith("error: ") and err.count("\n") == 1 and "Traceback" not in err, err
    assert "its reader closed the pipe" in err and "p_pits/flag_pits were written into" in err, err


def test_layer_metadata_nested_too_deeply_is_read_as_absent(work):
    """PLANET_CONCEPTS / PLANET_UNCONFIRMED of 100000 brackets were a RecursionError traceback."""
    set_layer_metadata(work / "tiles.gpkg", "PLANET_CONCEPTS", "[" * 100_000)
    set_layer_metadata(work / "tiles.gpkg", "PLANET_UNCONFIRMED", "{\"a\": " * 50_000)
    proc = teach_cli(work)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr


def test_a_concept_group_edited_into_nonsense_is_not_taken(work):
    """PLANET_CONCEPTS {"pits": "evil"} (hand-edited metadata) took pits out of flag_mining / score_mining without
    a word when the next concept was taught; an unknown group now reads as no group at all, which teach says."""
    assert teach_cli(work, "--group", "mining").returncode == 0
    set_layer_metadata(work / "tiles.gpkg", "PLANET_CONCEPTS", json.dumps({"pits": "evil"}))
    proc = teach_cli(work, "--group", "mining", name="tailings")
    assert proc.returncode == 0, proc.stderr
    assert "carries concept field(s) pits that bundle" in proc.stderr and "refolded without them" in proc.stderr


SAVE_OVER = {  # --save-concept target -> the refusal
    "the-geopackage": (lambda w: w / "tiles.gpkg", "is the input"),
    "the-geopackage-spelled-otherwise": (lambda w: w / "bundle" / ".." / "tiles.gpkg", "is the input"),
    "a-link-to-the-geopackage": (lambda w: (w / "link.gpkg").symlink_to(w / "tiles.gpkg") or w / "link.gpkg",
                                 "is the input"),
    "the-bundle-manifest": (lambda w: w / "bundle" / MANIFEST, "lies in the model bundle folder"),
    "a-new-file-in-the-bundle": (lambda w: w / "bundle" / "pits.concept.json", "lies in the model bundle folder"),
    "inside-save-to": (lambda w: (w / "saved").mkdir() or w / "saved" / "pits.concept.json", "lies in --save-to"),
    "a-fifo": (lambda w: os.mkfifo(w / "pipe.concept.json") or w / "pipe.concept.json",
               "is a named pipe (FIFO), not a file"),
    "a-socket": (lambda w: _socket(w / "sock.concept.json"), "is a socket, not a file"),
    "a-scene-image": (lambda w: _file(w / "scene.jpg", b"\xff\xd8\xff\xe0 a JPEG"), "is not a concept file"),
    "notes": (lambda w: _file(w / "notes.txt", b"my notes\n"), "is not a concept file"),
    "another-tile-geopackage": (lambda w: _file(w / "other.gpkg", (w / "tiles.gpkg").read_bytes()),
                                "is not a concept file"),
    "a-concept-file-of-another-concept": (lambda w: _concept_file(w).rename(w / "tailings.concept.json"),
                                          "holds the concept 'pits', not 'tailings'"),
}


def _file(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _socket(path: Path) -> Path:
    import socket

    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(path))  # the name stays after the socket is closed
    return path


@pytest.mark.parametrize("case", sorted(SAVE_OVER))
def test_save_concept_never_writes_over_an_input(work, case):
    """`teach tiles.gpkg --save-concept tiles.gpkg` replaced the GeoPackage with a concept file (exit 0), and
    `--save-concept BUNDLE/manifest.json` the bundle's manifest. A FIFO, a socket (or, for root, a device:
    `--save-concept /dev/null`), any other file (the scene's JPEG, notes, another GeoPackage) and another
    concept's file were replaced by the concept file, exit 0."""
    target, message = SAVE_OVER[case]
    path = target(work)
    before = snapshot(work)
    args = ["--save-concept", path] + (["--save-to", work / "saved"] if case == "inside-save-to" else [])
    name = "tailings" if case == "a-concept-file-of-another-concept" else "pits"
    assert_refused(teach_cli(work, *args, name=name), message)
    assert snapshot(work) == before


def test_save_concept_over_the_concept_it_continues_still_works(work):
    path = _concept_file(work)
    proc = teach_cli(work, "--concept", path, "--save-concept", path)
    assert proc.returncode == 0, proc.stderr


def test_save_concept_over_an_earlier_file_of_the_same_concept_still_works(work):
    """Teach again with the review's answers and save again: the earlier file of that concept is replaced."""
    path = _concept_file(work)
    before = path.read_bytes()
    proc = teach_cli(work, "--negative", "5", "--save-concept", path)
    assert proc.returncode == 0, proc.stderr
    assert path.read_bytes() != before


def test_save_to_a_symbolic_link_that_points_to_itself_is_one_line(work):
    """Path.resolve() raised RuntimeError ('Symlink loop from ...'): a traceback. The message is -o's
    (core/publish.resolved_target), with "folder" for "name"."""
    (work / "loop").symlink_to("loop")
    before = snapshot(work)
    assert_refused(teach_cli(work, "--save-to", work / "loop"),
                   "loop is a symbolic link that loops (it points to itself); remove it or choose another folder")
    assert snapshot(work) == before


def test_a_missing_or_folder_concept_file_says_so(work):
    """Not 'not readable JSON (concept file X does not exist)' nor '([Errno 21] Is a directory: 4)'."""
    (work / "folder.concept.json").mkdir()
    for path, message in ((work / "none.concept.json", "does not exist"), (work / "folder.concept.json", "is a folder")):
        proc = teach_cli(work, "--concept", path)
        assert_refused(proc, message)
        assert "JSON" not in proc.stderr


@pytest.mark.parametrize("value", ["'abc'", "x'00'", "9e999", "NULL"], ids=["text", "blob", "infinite", "null"])
def test_a_concept_field_that_is_not_a_number_is_refused(work, value):
    """Teaching a second concept refolds flag_/score_ over the layer's concepts: text in p_pits (SQLite lets it
    into a REAL column) was a ValueError traceback, an infinite one became score 1.0, a NULL (a save-as in QGIS
    drops NOT NULL) was folded as 0 without a word."""
    assert teach_cli(work, "--group", "mining").returncode == 0
    sql(work / "tiles.gpkg", f"UPDATE tiles SET p_pits = {value} WHERE fid = 7")
    gpkg = (work / "tiles.gpkg").read_bytes()
    assert_refused(teach_cli(work, "--group", "mining", name="tailings"), "p_pits of fid 7 is")
    assert (work / "tiles.gpkg").read_bytes() == gpkg


@pytest.mark.parametrize("name", ["scene.gpkg", "summary.csv"])
def test_batch_never_writes_over_a_concept_file_it_applies(work, name):
    """`batch scene.tif -o out --concept out/scene.gpkg --force` applied the concept, then wrote the scene's
    GeoPackage over it (exit 0)."""
    import rasterio

    with rasterio.open(work / "scene.tif", "w", driver="GTiff", width=32, height=32, count=3, dtype="uint8") as ds:
        ds.write(np.full((3, 32, 32), 90, dtype=np.uint8))
    (work / "out").mkdir()
    concept = _concept_file(work).rename(work / "out" / name)
    before = snapshot(work / "out")
    proc = subprocess.run([sys.executable, "-m", "planet_qgis_plugin", "batch", str(work / "scene.tif"), "-o",
                           str(work / "out"), "--concept", str(concept), "--bundle", str(work / "bundle"), "--force",
                           "--workers", "1", "-q"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert_refused(proc, "would be written over by the batch's")
    assert snapshot(work / "out") == before


@pytest.mark.parametrize("what", ["bundle", "concept file"])
def test_a_folder_that_takes_no_new_files_is_named_not_the_temporary_file(work, monkeypatch, what):
    """A folder the user cannot write in (as root, chmod does not stop the test, so the temporary file's
    creation is refused the way the kernel refuses it): one line naming the file asked for, nothing written;
    it named '.pits.concept.json.<pid>.<random>.partial', a file nobody asked for."""
    import errno
    import tempfile

    from planet_qgis_plugin.core.errors import OutputError

    def refused(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")
    before = snapshot(work)
    monkeypatch.setattr(tempfile, "mkstemp", refused)
    monkeypatch.setattr(tempfile, "mkdtemp", refused)
    with pytest.raises(OutputError) as caught:
        if what == "bundle":
            _made_by_save(work)
        else:
            _concept_file(work)
    message = str(caught.value)
    target = work / ("target" if what == "bundle" else "pits.concept.json")
    assert str(target) in message and "Permission denied" in message and ".partial" not in message, message
    assert "\n" not in message
    assert snapshot(work) == before


@pytest.mark.parametrize("extra", [[], ["--dry-run"]], ids=["teach", "dry-run"])
def test_teaching_under_the_name_of_a_concept_the_bundle_applies_is_refused(work, extra):
    """`teach LAYER --name mine` where the bundle applies its own `mine` (no --save-concept, no --save-to) only
    warned, and wrote its p_mine/flag_mine over the bundle's on the layer; `teach --concept` and the panel's Load
    concept refuse the same clash. Refused before any work in one line naming both ways on; the layer byte for byte
    as it was. (--save-to alone, replacing the bundle's concept in a copy of it, is the documented way.)"""
    manifest = json.loads((work / "bundle" / MANIFEST).read_text())
    manifest["concepts"] = [_concept_dict()]
    (work / "bundle" / MANIFEST).write_text(json.dumps(manifest))
    before = (work / "tiles.gpkg").read_bytes()
    proc = teach_cli(work, *extra, name="mine")
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == 1 and len(lines) == 1 and lines[0].startswith("error: "), proc.stderr
    assert "applies its own concept 'mine' (p_mine, flag_mine, group mining)" in lines[0], lines[0]
    assert "--name mine_2" in lines[0] and "--save-to" in lines[0], lines[0]
    assert (work / "tiles.gpkg").read_bytes() == before
    assert teach_cli(work, "--save-to", work / "copy", name="mine").returncode == 0  # replaced in a bundle copy
