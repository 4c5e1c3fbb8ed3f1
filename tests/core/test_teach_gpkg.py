"""Teach on a tile GeoPackage: reading embeddings, writing concept fields in place, the CLI, --save-to."""
import json
import sqlite3
import subprocess
import sys

import numpy as np
import pytest

from planet_qgis_plugin.core.model.bundle import MANIFEST, load_bundle
from planet_qgis_plugin.core.model.concepts import concept_probability
from planet_qgis_plugin.core.resources import PLUGIN_DIR
from planet_qgis_plugin.core.teach.fields import TeachError, read_embeddings, write_concept
from planet_qgis_plugin.core.teach.fit import teach
from planet_qgis_plugin.core.teach.save import MARKER, bundle_files

from ..conftest import ROOT
from .teach_data import BACKBONE, GRID, bundle_with_embedding, planted, write_tile_gpkg


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    return load_bundle(bundle_with_embedding(tmp_path_factory.mktemp("teach") / "bundle"))


@pytest.fixture
def scene():
    return planted()


@pytest.fixture
def gpkg(tmp_path, scene):
    return write_tile_gpkg(tmp_path / "tiles.gpkg", scene[0])


def table(path, exclude=()):
    """Every column of every tile (geometry included) except ``exclude``, in fid order."""
    conn = sqlite3.connect(path)
    try:
        columns = [r[1] for r in conn.execute('PRAGMA table_info("tiles")') if r[1] not in exclude]
        rows = conn.execute(f'SELECT {", ".join(chr(34) + c + chr(34) for c in columns)} FROM tiles ORDER BY fid').fetchall()
        return columns, rows
    finally:
        conn.close()


def column(path, name):
    conn = sqlite3.connect(path)
    try:
        return np.array([r[0] for r in conn.execute(f'SELECT "{name}" FROM tiles ORDER BY fid')], dtype=float)
    finally:
        conn.close()


def cli(*args):
    return subprocess.run([sys.executable, "-m", "planet_qgis_plugin.teach", *map(str, args)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_read_embeddings_returns_what_classify_stored(gpkg, scene):
    tiles = read_embeddings(gpkg, BACKBONE)
    assert tiles.fids.tolist() == list(range(1, GRID * GRID + 1))
    assert (tiles.rows * GRID + tiles.cols).tolist() == list(range(GRID * GRID))
    np.testing.assert_array_equal(tiles.embeddings, scene[0].astype(np.float16).astype(np.float32))
    assert tiles.rows_of(["5", "0:3", 7]).tolist() == [4, 3, 6]


def test_write_adds_fields_and_leaves_everything_else_alone(gpkg, scene, bundle):
    before = table(gpkg)
    tiles = read_embeddings(gpkg, BACKBONE)
    result = teach(tiles.embeddings, np.flatnonzero(scene[1])[:3], name="pits", group="other",
                   backbone_id=BACKBONE)
    write_concept(tiles, result.concept, result.probabilities, result.flags, bundle.manifest)
    after = table(gpkg, exclude=("p_pits", "flag_pits"))
    assert after == before  # group "other": no other field changes, not even flagged or the scores
    np.testing.assert_allclose(column(gpkg, "p_pits"), result.probabilities, atol=1e-6)
    assert column(gpkg, "flag_pits").tolist() == result.flags.astype(float).tolist()


def test_the_layer_opens_in_gdal_with_typed_fields(gpkg, scene, bundle):
    from osgeo import ogr

    tiles = read_embeddings(gpkg, BACKBONE)
    result = teach(tiles.embeddings, np.flatnonzero(scene[1])[:3], name="pits", backbone_id=BACKBONE)
    write_concept(tiles, result.concept, result.probabilities, result.flags, bundle.manifest)
    ds = ogr.Open(str(gpkg))
    defn = ds.GetLayerByName("tiles").GetLayerDefn()
    p = defn.GetFieldDefn(defn.GetFieldIndex("p_pits"))
    flag = defn.GetFieldDefn(defn.GetFieldIndex("flag_pits"))
    assert p.GetType() == ogr.OFTReal
    assert flag.GetType() == ogr.OFTInteger and flag.GetSubType() == ogr.OFSTBoolean
    assert ds.GetLayerByName("tiles").GetFeatureCount() == GRID * GRID
    assert json.loads(ds.GetLayerByName("tiles").GetMetadataItem("PLANET_CONCEPTS")) == {"pits": "other"}
    ds = None


def test_group_concepts_fold_into_the_group_flag_and_score_and_rerunning_replaces(gpkg, scene, bundle):
    truth = scene[1]
    tiles = read_embeddings(gpkg, BACKBONE)
    first = teach(tiles.embeddings, np.flatnonzero(truth)[:3], name="pits", group="mining", backbone_id=BACKBONE)
    write_concept(tiles, first.concept, first.probabilities, first.flags, bundle.manifest)
    other = teach(tiles.embeddings, [0], name="tailings", group="mining", backbone_id=BACKBONE)
    write_concept(read_embeddings(gpkg, BACKBONE), other.concept, other.probabilities, other.flags, bundle.manifest)
    # the shipped bundle's mining tags had too few training examples to flag alone: only concepts count
    assert column(gpkg, "flag_mining").astype(bool).tolist() == (first.flags | other.flags).tolist()
    np.testing.assert_allclose(column(gpkg, "score_mining"),
                               np.maximum(first.probabilities, other.probabilities), atol=1e-6)
    assert column(gpkg, "flagged").astype(bool).tolist() == (first.flags | other.flags).tolist()
    width = len(table(gpkg)[0])
    again = teach(tiles.embeddings, np.flatnonzero(truth)[3:5], name="pits", group="mining", backbone_id=BACKBONE)
    write_concept(read_embeddings(gpkg, BACKBONE), again.concept, again.probabilities, again.flags, bundle.manifest)
    assert len(table(gpkg)[0]) == width  # replaced, not added
    np.testing.assert_allclose(column(gpkg, "p_pits"), again.probabilities, atol=1e-6)
    assert column(gpkg, "flag_mining").astype(bool).tolist() == (again.flags | other.flags).tolist()


def test_a_failure_inside_the_transaction_leaves_the_file_byte_identical(gpkg, scene, bundle):
    conn = sqlite3.connect(gpkg)
    conn.execute("CREATE TRIGGER fail BEFORE UPDATE ON tiles WHEN NEW.fid = 100 "
                 "BEGIN SELECT RAISE(ABORT, 'disk says no'); END")
    conn.commit()
    conn.close()
    before = gpkg.read_bytes()
    tiles = read_embeddings(gpkg, BACKBONE)
    result = teach(tiles.embeddings, np.flatnonzero(scene[1])[:3], name="pits", group="mining", backbone_id=BACKBONE)
    with pytest.raises(TeachError, match="left as it was.*disk says no"):
        write_concept(tiles, result.concept, result.probabilities, result.flags, bundle.manifest)
    assert gpkg.read_bytes() == before


def test_cli_teaches_prints_candidates_and_saves_a_bundle_classify_can_load(gpkg, scene, bundle, tmp_path):
    marked = np.flatnonzero(scene[1])[:3] + 1  # fids
    saved = tmp_path / "my_bundle"
    proc = cli(gpkg, "--name", "pits", "--positive", ",".join(map(str, marked[:2])), "--positive",
               f"{(marked[2] - 1) // GRID}:{(marked[2] - 1) % GRID}", "--negative", "1", "--group", "mining",
               "--bundle", bundle.path, "--save-to", saved)
    assert proc.returncode == 0, proc.stderr
    assert "top candidates" in proc.stdout and "review next" in proc.stdout
    loaded = load_bundle(saved)
    (concept,) = loaded.manifest.concepts
    assert concept.name == "pits" and concept.group == "mining" and concept.backbone_id == BACKBONE
    (taught_on,) = concept.provenance["scenes"]
    assert taught_on["gpkg"] == "tiles.gpkg" and concept.provenance["positives"] == 3
    assert len(taught_on["positive_tiles"]) == 3 and taught_on["negative_tiles"] == ["0:0"]
    tiles = read_embeddings(gpkg, BACKBONE)
    applied, written = concept_probability(tiles.embeddings, concept), np.asarray(column(gpkg, "p_pits"))
    voted = ~np.isclose(applied, written, rtol=0, atol=1e-6)  # the tiles most like the No, lowered on this scene
    assert voted.sum() <= 5 and (written[voted] < applied[voted]).all()
    assert {p.name for p in saved.iterdir()} == {MANIFEST, MARKER, *bundle_files(bundle)}  # what the manifest names
    # saving again under the same name replaces the concept; the saved bundle can be the source of another
    proc = cli(gpkg, "--name", "pits", "--positive", str(marked[0]), "--bundle", bundle.path, "--save-to", saved)
    assert proc.returncode == 0, proc.stderr
    assert [c.provenance["positives"] for c in load_bundle(saved).manifest.concepts] == [1]
    proc = cli(gpkg, "--name", "tailings", "--positive", "1", "--bundle", saved, "--save-to", tmp_path / "second")
    assert proc.returncode == 0, proc.stderr
    assert [c.name for c in load_bundle(tmp_path / "second").manifest.concepts] == ["pits", "tailings"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary folders left


def _readonly(path):
    path.chmod(0o444)


BAD = [
    (["--positive", "999"], None, "no tile with fid 999"),
    (["--positive", "3:99"], None, "no tile at ROW:COL 3:99"),
    (["--positive", "x1"], None, "neither a fid"),
    ([], None, "no positive tile"),
    (["--positive", "1", "--negative", "1"], None, "both positive and negative"),
    # a tile given to --skip and to --positive or --negative (fid in one, ROW:COL in the other): the label was taken
    (["--positive", "1", "--skip", "1"], None, "tile 1 (0:0) is marked both positive and skipped"),
    (["--positive", "0:0", "--skip", "1"], None, "tile 1 (0:0) is marked both positive and skipped"),
    (["--positive", "1", "--negative", "2", "--skip", "0:1"], None, "tile 2 (0:1) is marked both negative and skipped"),
    (["--positive", "1", "--name", "water"], None, "clashes"),
    (["--positive", "1", "--name", "drop table"], None, "must be 1-40 characters"),
    (["--positive", "1"], _readonly, "read-only"),
    (["--positive", "1", "--save-to", PLUGIN_DIR / "concepts"], None, "inside the installed plugin"),
    (["--positive", "1", "--save-to", "{bundle}"], None, "write over the bundle it copies"),
    (["--positive", "1", "--save-to", "{missing}/b"], None, "does not exist"),
]


@pytest.mark.parametrize("args, damage, message", BAD)
def test_cli_bad_input_is_one_line_and_leaves_the_gpkg_byte_identical(gpkg, bundle, tmp_path, args, damage,
                                                                     message):
    if damage:
        damage(gpkg)
    args = [str(a).format(bundle=bundle.path, missing=tmp_path / "missing") for a in args]
    if "--name" not in args:
        args += ["--name", "pits"]
    before = gpkg.read_bytes()
    proc = cli(gpkg, "--bundle", bundle.path, *args)
    assert proc.returncode == 1, proc.stdout
    assert proc.stderr.startswith("error: ") and proc.stderr.count("\n") == 1 and message in proc.stderr
    assert gpkg.read_bytes() == before
    assert not (PLUGIN_DIR / "concepts").exists()


def test_cli_refuses_a_layer_without_embeddings_or_from_another_backbone(tmp_path, scene, bundle):
    plain = write_tile_gpkg(tmp_path / "plain.gpkg", None)
    foreign = write_tile_gpkg(tmp_path / "foreign.gpkg", scene[0], backbone="sha256:someotherbackbone")
    for path, message in ((plain, "rerun classify without --no-embeddings"), (foreign, "sha256:someotherbackbone")):
        before = path.read_bytes()
        proc = cli(path, "--name", "pits", "--positive", "1", "--bundle", bundle.path)
        assert proc.returncode == 1 and message in proc.stderr and proc.stderr.count("\n") == 1
        assert path.read_bytes() == before


def test_cli_refuses_files_that_are_not_tile_geopackages(tmp_path, bundle):
    text = tmp_path / "notes.gpkg"
    text.write_text("hello")
    for path, message in ((tmp_path / "missing.gpkg", "does not exist"), (text, "not a GeoPackage")):
        proc = cli(path, "--name", "pits", "--positive", "1", "--bundle", bundle.path)
        assert proc.returncode == 1 and message in proc.stderr and proc.stderr.count("\n") == 1
    assert text.read_text() == "hello"


def test_a_teach_that_loses_a_race_with_another_teach_exits_75_to_be_run_again(gpkg, bundle, monkeypatch, capsys):
    """Two teach processes on one layer: the one that writes second finds the layer changed since it read it
    ("so nothing was written; teach again"). It exited 1, as bad input does, so a driving program could not tell a
    call to run again from one to correct; now 75 (EX_TEMPFAIL), said in teach --help, and the run again succeeds."""
    from planet_qgis_plugin.cli import teach as teach_cli
    from planet_qgis_plugin.core.teach.session import TeachSession

    refit = TeachSession.refit

    def refit_while_another_teach_writes(self):
        state = refit(self)
        other = cli(gpkg, "--name", "tailings", "--positive", "2", "--bundle", bundle.path)
        assert other.returncode == 0, other.stderr
        return state

    monkeypatch.setattr(TeachSession, "refit", refit_while_another_teach_writes)
    args = [str(gpkg), "--name", "pits", "--positive", "1", "--bundle", str(bundle.path), "--json"]
    assert teach_cli.main(args) == 75
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "changed since it was read" in err
    columns = [r[1] for r in sqlite3.connect(gpkg).execute('PRAGMA table_info("tiles")')]
    assert "p_tailings" in columns and "p_pits" not in columns  # the other's write kept, nothing of this one
    monkeypatch.setattr(TeachSession, "refit", refit)
    assert teach_cli.main(args) == 0  # run again as it was, it reads the layer afresh
    assert json.loads(capsys.readouterr().out)["wrote"] == str(gpkg)
    assert "75" in " ".join(teach_cli.build_parser().format_help().split())


@pytest.mark.parametrize("when", ["read", "write"])
def test_a_teach_blocked_by_a_lock_on_the_layer_exits_75_to_be_run_again(gpkg, bundle, monkeypatch, capsys, when):
    """A program holding the GeoPackage's write lock (QGIS saving an edit session, a script) when teach reads it or
    when it writes: nothing was written and the same call succeeds once the lock is gone, so it exits 75
    (EX_TEMPFAIL) as the race above does, not 1 as bad input does (it did: a driving program could not tell)."""
    from planet_qgis_plugin.cli import teach as teach_cli
    from planet_qgis_plugin.core.layer import sqlite_read
    from planet_qgis_plugin.core.teach import fields
    from planet_qgis_plugin.core.teach.session import TeachSession

    monkeypatch.setattr(sqlite_read, "WAIT_S", 0.05)  # SQLite's wait for the lock before it gives up
    monkeypatch.setattr(fields, "WAIT_S", 0.05)
    holder = sqlite3.connect(gpkg, isolation_level=None)
    refit = TeachSession.refit

    def refit_then_lock(self):
        state = refit(self)
        holder.execute("BEGIN EXCLUSIVE")
        return state

    if when == "read":
        holder.execute("BEGIN EXCLUSIVE")
    else:
        monkeypatch.setattr(TeachSession, "refit", refit_then_lock)
    before = gpkg.read_bytes()
    args = [str(gpkg), "--name", "pits", "--positive", "1", "--bundle", str(bundle.path), "--json"]
    try:
        assert teach_cli.main(args) == 75
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "locked" in err and "try again" in err, err
    assert gpkg.read_bytes() == before
    monkeypatch.setattr(TeachSession, "refit", refit)
    assert teach_cli.main(args) == 0  # the lock gone, the same call succeeds
    assert json.loads(capsys.readouterr().out)["wrote"] == str(gpkg)


def test_dry_run_prints_and_writes_nothing(gpkg, bundle):
    before = gpkg.read_bytes()
    proc = cli(gpkg, "--name", "pits", "--positive", "1,2", "--bundle", bundle.path, "--dry-run")
    assert proc.returncode == 0, proc.stderr
    assert "dry run: nothing written" in proc.stdout and "review next" in proc.stdout
    assert gpkg.read_bytes() == before


def test_concepts_the_bundle_does_not_know_are_named_in_a_warning(gpkg, scene, bundle):
    conn = sqlite3.connect(gpkg)  # as if classified with a bundle carrying concept 'tailings'
    conn.execute('ALTER TABLE tiles ADD COLUMN "p_tailings" REAL')
    conn.execute('ALTER TABLE tiles ADD COLUMN "flag_tailings" BOOLEAN')
    conn.commit()
    conn.close()
    proc = cli(gpkg, "--name", "pits", "--positive", "1,2", "--bundle", bundle.path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.startswith("warning: ") and "tailings" in proc.stderr and "--bundle" in proc.stderr


def test_a_count_of_one_reads_in_the_singular(gpkg, bundle, capsys):
    """`teach --positive 1`: its summary said "from 1 labelled tiles" and "1 labelled tiles are too few"."""
    from planet_qgis_plugin.cli import teach as teach_cli

    assert teach_cli.main([str(gpkg), "--name", "pits", "--positive", "1", "--bundle", str(bundle.path)]) == 0
    out = capsys.readouterr().out
    assert "from 1 labelled tile\n" in out and "a rough concept: 1 labelled tile is too few" in out, out


def test_the_json_is_the_same_shape_whether_the_review_weighs_the_tiles_around_or_not(tmp_path, bundle, monkeypatch,
                                                                                       capsys):
    """teach --json on a layer whose neighbours are related (the review's context on, by default) and with the gate
    shut (context off): the same keys and value types, and the same concept (threshold, expected precision, flags);
    only the order of the review may differ."""
    from planet_qgis_plugin.cli import teach as teach_cli
    from planet_qgis_plugin.core.teach import fit

    from .test_teach_review import _scene_told_by_its_neighbours

    emb, rows, cols, beside, alike = _scene_told_by_its_neighbours()
    place = [f"{rows[i]}:{cols[i]}" for i in range(len(rows))]
    args = ["--name", "beside", "--positive", ",".join(place[i] for i in beside[:3]), "--negative",
            ",".join(place[i] for i in [*alike[:3], 0, 2, 140, 142]), "--bundle", str(bundle.path), "--json"]
    outs = []
    for gate in (fit.RELATED_NEIGHBOURS, float("inf")):
        monkeypatch.setattr(fit, "RELATED_NEIGHBOURS", gate)
        gpkg = write_tile_gpkg(tmp_path / f"tiles{len(outs)}.gpkg", emb)
        assert teach_cli.main([str(gpkg), *args]) == 0
        outs.append(json.loads(capsys.readouterr().out))
    on, off = outs
    assert on["review"] != off["review"]  # the context did move the review

    def shape(value):
        if isinstance(value, dict):
            return {k: shape(v) for k, v in value.items()}
        if isinstance(value, list):
            return [shape(v) for v in value[:1]]
        return type(value).__name__

    assert shape(on) == shape(off)
    same = {k for k in on if k not in ("review", "wrote")}
    assert {k: on[k] for k in same} == {k: off[k] for k in same}
