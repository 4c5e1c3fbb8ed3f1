"""``python -m planet_qgis_plugin [classify|teach|batch|change]`` and the old module names reach the same command lines."""
import subprocess
import sys

import pytest

from planet_qgis_plugin.__main__ import main

from .conftest import ROOT


@pytest.mark.parametrize("command, option", [("teach", "--positive"), ("batch", "--workers"), ("change", "--before-scene"),
                                             ("classify", "--preview")])
def test_a_command_name_picks_its_command_line(command, option, capsys):
    """Each command's help shows an option only that command has."""
    with pytest.raises(SystemExit) as stop:
        main([command, "--help"])
    text = capsys.readouterr().out
    assert stop.value.code == 0 and option in text
    assert not [other for other in ("--positive", "--workers", "--before-scene", "--preview") if other != option and other in text]


def test_without_a_command_name_the_arguments_go_to_classify(tmp_path, capsys):
    assert main([str(tmp_path / "no_such_scene.tif"), "-o", str(tmp_path / "out.gpkg")]) == 1
    assert "no_such_scene.tif does not exist" in capsys.readouterr().err and not list(tmp_path.iterdir())


@pytest.mark.parametrize("module", ["planet_qgis_plugin.teach", "planet_qgis_plugin.classify"])
def test_the_old_module_names_still_run(module):
    run = subprocess.run([sys.executable, "-m", module, "--help"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and "usage: python -m planet_qgis_plugin" in run.stdout


@pytest.mark.parametrize("command, usage", [("change", "python -m planet_qgis_plugin.change"),
                                            ("teach", "python -m planet_qgis_plugin.teach"),
                                            ("batch", "python -m planet_qgis_plugin.batch"),
                                            ("classify", "python -m planet_qgis_plugin")])
def test_each_usage_line_names_the_command_as_the_docs_do(command, usage, capsys):
    """`change --help` said 'usage: python -m planet_qgis_plugin change' where the README and docs/monitoring.md
    (and the other commands' usage lines) say 'python -m planet_qgis_plugin.change'."""
    with pytest.raises(SystemExit):
        main([command, "--help"])
    assert capsys.readouterr().out.startswith(f"usage: {usage} "), command
