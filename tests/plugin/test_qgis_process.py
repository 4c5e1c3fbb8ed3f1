"""The packaged plugin runs from the command line: `qgis_process run planet_classifier:classify_raster`."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from osgeo import ogr

from tests.conftest import CAPE_TOWN_SR as SCENE
from tests.qgis_process import install_plugin, needs_qgis_process, run_qgis_process

pytestmark = needs_qgis_process


@pytest.fixture(scope="module")
def profile_home(tmp_path_factory) -> Path:
    """A fresh HOME whose default QGIS profile has the packaged plugin installed and enabled."""
    return install_plugin(tmp_path_factory.mktemp("home"))


def test_algorithm_is_listed(profile_home):
    proc = run_qgis_process(profile_home, "list")
    assert "planet_classifier:classify_raster" in proc.stdout


def test_run_writes_the_tile_layer(profile_home, tmp_path):
    # QGIS's Python gets the packages the plugin's installer would add (here: this venv's site-packages)
    site = os.pathsep.join(p for p in sys.path if p.endswith("site-packages") and ".venv" in p)
    out = tmp_path / "tiles.gpkg"
    proc = run_qgis_process(profile_home, "run", "planet_classifier:classify_raster", "--",
                            f"INPUT={SCENE}", f"OUTPUT={out}", python_path=site)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "TILES:\t4" in proc.stdout and "DEVICE:\tcpu" in proc.stdout
    assert ogr.Open(str(out)).GetLayerByName("tiles").GetFeatureCount() == 4
    # and a concept taught on it from the command line (no selection there: a positive expression)
    proc = run_qgis_process(profile_home, "run", "planet_classifier:teach_concept", "--",
                            f"INPUT={out}|layername=tiles", "NAME=first_tile", 'POSITIVE="row" = 0 AND "col" = 0',
                            python_path=site)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "FLAGGED:" in proc.stdout
    ds = ogr.Open(str(out))   # keep the dataset alive while its layer is read
    layer = ds.GetLayerByName("tiles")
    assert {f.GetField("flag_first_tile") for f in layer if f.GetField("row") == 0 and f.GetField("col") == 0} == {1}
    ds = None


def test_missing_backend_is_one_clear_error(profile_home, tmp_path):
    out = tmp_path / "tiles.gpkg"
    proc = run_qgis_process(profile_home, "run", "planet_classifier:classify_raster", "--",
                            f"INPUT={SCENE}", f"OUTPUT={out}")
    if "onnxruntime" not in proc.stdout + proc.stderr and proc.returncode == 0:
        pytest.skip("QGIS's own Python already has onnxruntime or torch here")
    assert proc.returncode != 0
    assert "install onnxruntime" in proc.stdout + proc.stderr and "Traceback" not in proc.stdout + proc.stderr
    # the fix that works without the QGIS window: pip with the Python qgis_process runs (the window's menu only
    # as the other way, once QGIS is opened)
    said = next(line for line in (proc.stdout + proc.stderr).splitlines() if "install onnxruntime" in line)
    assert " -m pip install " in said and "open QGIS" in said, said
    # one message, the plugin's (qgis_process 3.22 itself echoes an algorithm's error on several channels)
    assert len({line.split("\t")[-1] for line in (proc.stdout + proc.stderr).splitlines()
                if "install onnxruntime" in line}) == 1
    assert not out.exists()


def test_outputs_that_would_lose_data_are_one_line_from_the_command_line(profile_home, tmp_path):
    """From qgis_process no file dialog asks before an output is replaced: a GeoPackage of the analyst's own
    layers, or an output under a file, is refused in one line (exit 1), the file intact, no traceback."""
    site = os.pathsep.join(p for p in sys.path if p.endswith("site-packages") and ".venv" in p)
    mine = tmp_path / "project.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(mine))
    ds.CreateLayer("roads", geom_type=ogr.wkbLineString)
    ds = None
    kept = mine.read_bytes()
    (tmp_path / "afile").write_text("x")
    for output, said in ((mine, "holds roads, which replacing it would lose"),
                         (tmp_path / "afile" / "sub" / "t.gpkg", "afile is a file, not a folder")):
        proc = run_qgis_process(profile_home, "run", "planet_classifier:classify_raster", "--", f"INPUT={SCENE}",
                                f"OUTPUT={output}", python_path=site)
        text = proc.stdout + proc.stderr
        assert proc.returncode != 0 and said in text and "Traceback" not in text, text
    assert mine.read_bytes() == kept and sorted(p.name for p in tmp_path.iterdir()) == ["afile", "project.gpkg"]


def test_the_algorithms_are_named_in_the_language_qgis_runs_in(profile_home):
    """qgis_process in a pt_BR or es QGIS (the profile's locale/userLocale, which QGIS writes and reads): the
    algorithms' names in that language, as in the desktop's toolbox. qgis_process calls only the plugin's
    initProcessing, which loaded no translator: they stayed English."""
    ini = profile_home / ".local" / "share" / "QGIS" / "QGIS3" / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    kept = ini.read_text()
    try:
        for locale, classify, teach in (("pt_BR", "Classificar raster", "Ensinar conceito pelas feições selecionadas"),
                                        ("es", "Clasificar ráster", "Enseñar concepto con las entidades seleccionadas")):
            ini.write_text(f"{kept}\n[locale]\noverrideFlag=true\nuserLocale={locale}\n")
            proc = run_qgis_process(profile_home, "list")
            assert proc.returncode == 0, proc.stdout + proc.stderr
            lines = {line.split("\t")[1]: line.split("\t")[-1] for line in proc.stdout.splitlines()
                     if line.startswith("\tplanet_classifier:")}
            assert lines["planet_classifier:classify_raster"] == classify, proc.stdout
            assert lines["planet_classifier:teach_concept"] == teach, proc.stdout
    finally:
        ini.write_text(kept)
    proc = run_qgis_process(profile_home, "list")  # and English where QGIS runs in English
    assert "\tplanet_classifier:teach_concept\tTeach concept from selected features" in proc.stdout
