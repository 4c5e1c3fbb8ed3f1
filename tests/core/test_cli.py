import subprocess
import sys

import pytest

from ..conftest import BORNEO, ROOT


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "planet_qgis_plugin", *map(str, args), "-q"],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_cli_classifies_and_writes_a_preview(untrained_bundle, tmp_path):
    out, png = tmp_path / "o.gpkg", tmp_path / "o.png"
    proc = run_cli(BORNEO, "-o", out, "--bundle", untrained_bundle.path, "--preview", png)
    assert proc.returncode == 0, proc.stderr
    assert "tiles classified" in proc.stdout and "chips/s on cpu" in proc.stdout
    assert out.stat().st_size > 0 and png.read_bytes()[:4] == b"\x89PNG"


def _file(name, content):
    def make(folder):
        (folder / name).write_bytes(content)
        return folder / name
    return make


@pytest.mark.parametrize("make_input, message", [
    (lambda p: p / "missing.tif", "does not exist"),
    (lambda p: p, "is a folder"),
    (_file("empty.tif", b""), "not a readable raster"),
    (_file("text.tif", b"hello"), "not a readable raster"),
])
def test_cli_bad_input_is_one_line_and_writes_nothing(untrained_bundle, tmp_path, make_input, message):
    scene = make_input(tmp_path)
    out = tmp_path / "out" / "o.gpkg"
    out.parent.mkdir()
    proc = run_cli(scene, "-o", out, "--bundle", untrained_bundle.path)
    assert proc.returncode == 1
    assert message in proc.stderr and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert not out.exists()


def test_cli_wrong_bands_and_tiny_raster(untrained_bundle, tmp_path, make_raster):
    two_band = make_raster(300, 300, count=2, name="two.tif")
    proc = run_cli(two_band, "-o", tmp_path / "a.gpkg", "--bundle", untrained_bundle.path)
    assert proc.returncode == 1 and "cannot tell which of the raster's 2 band(s)" in proc.stderr
    assert not (tmp_path / "a.gpkg").exists()
    tiny = make_raster(100, 80, count=4, name="tiny.tif")   # smaller than a chip: one padded tile, said so
    proc = run_cli(tiny, "-o", tmp_path / "b.gpkg", "--bundle", untrained_bundle.path)
    assert proc.returncode == 0 and "smaller than one 256x256 chip: classified as one tile" in proc.stderr
    assert "1 tile classified" in proc.stdout  # one tile, said in the singular


def test_cli_unwritable_output(untrained_bundle, tmp_path):
    proc = run_cli(BORNEO, "-o", tmp_path / "no" / "such" / "o.gpkg", "--bundle", untrained_bundle.path)
    assert proc.returncode == 1 and "does not exist" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.parametrize("module", ["planet_qgis_plugin", "planet_qgis_plugin.classify"])  # the older name too
def test_cli_help(module):
    proc = subprocess.run([sys.executable, "-m", module, "--help"], cwd=ROOT,
                          capture_output=True, text=True)
    assert proc.returncode == 0 and "--backend" in proc.stdout and "--aoi" in proc.stdout


@pytest.mark.parametrize("module, args, option", [
    # a program driving teach that names the concept twice would write p_<the last name>, not the one it reads back
    ("planet_qgis_plugin.teach", ["t.gpkg", "--name", "clearing", "--name", "other1", "--positive", "1"], "--name"),
    ("planet_qgis_plugin.teach", ["t.gpkg", "--name", "a", "--positive", "1", "--save-concept", "a.json",
                                  "--save-concept", "b.json"], "--save-concept"),
    ("planet_qgis_plugin.teach", ["t.gpkg", "--name", "a", "--positive", "1", "--group", "mining",
                                  "--group", "other"], "--group"),
    ("planet_qgis_plugin", ["scene.tif", "-o", "a.gpkg", "--output", "b.gpkg"], "-o/--output"),
])
def test_an_option_given_twice_with_two_values_is_refused(tmp_path, module, args, option):
    """argparse keeps the last of a repeated option and drops the first without a word; two values of an option
    that takes one are contradictory input: one error line naming both, exit 1, nothing read or written."""
    proc = subprocess.run([sys.executable, "-m", module, *args], cwd=tmp_path, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "given twice" in lines[0], proc.stderr
    assert option in lines[0] and proc.stdout == "" and list(tmp_path.iterdir()) == []


def test_an_option_given_twice_with_one_value_is_taken():
    """The same value twice (a program that always passes --name and appends the user's own) is no contradiction."""
    from planet_qgis_plugin.cli.teach import build_parser

    args = build_parser().parse_args(["t.gpkg", "--name", "pits", "--name", "pits", "--positive", "1",
                                      "--positive", "2", "--json", "--json"])
    assert args.name == "pits" and args.positive == ["1", "2"] and args.json
