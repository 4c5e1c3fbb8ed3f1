"""The dependency installer finds QGIS's own Python on each platform's layout, holds pip to what QGIS
already imports, keeps no second copy of it, and hides pip's noise unless the install fails."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from planet_qgis_plugin import deps

VERSION = sys.version_info[:2]


def fake_python(path: Path, version=VERSION) -> Path:
    """An executable that answers the version check like a Python of ``version`` would."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"#!/bin/sh\necho {version[0]}.{version[1]}\n")
    path.chmod(0o755)
    return path


def test_windows_osgeo4w_python_in_apps(tmp_path):
    root = tmp_path / "OSGeo4W"
    qgis = root / "bin" / "qgis-bin.exe"
    qgis.parent.mkdir(parents=True)
    qgis.write_text("")
    fake_python(root / "bin" / "python3.exe", (3, 7))       # an older Python left in bin: wrong version
    python = fake_python(root / "apps" / f"Python{VERSION[0]}{VERSION[1]}" / "python.exe")
    found = deps.python_executable(executable=qgis, prefixes=[tmp_path / "elsewhere"], platform="win32")
    assert found == str(python)


def test_windows_standalone_uses_exec_prefix(tmp_path):
    root = tmp_path / "QGIS 3.22"
    qgis = root / "bin" / "qgis-bin.exe"
    prefix = root / "apps" / "Python39"
    python = fake_python(prefix / "python.exe", (3, 9))
    found = deps.python_executable(executable=qgis, prefixes=[prefix], platform="win32", version=(3, 9))
    assert found == str(python)


def test_macos_app_bundle(tmp_path):
    macos = tmp_path / "QGIS.app" / "Contents" / "MacOS"
    python = fake_python(macos / "bin" / "python3")
    found = deps.python_executable(executable=macos / "QGIS", prefixes=[tmp_path / "Frameworks"], platform="darwin")
    assert found == str(python)


def test_linux_prefix_before_path_shims(tmp_path, monkeypatch):
    shim = fake_python(tmp_path / "shims" / "python3", (2, 7))
    monkeypatch.setenv("PATH", f"{shim.parent}:/usr/bin")
    python = fake_python(tmp_path / "usr" / "bin" / f"python{VERSION[0]}.{VERSION[1]}")
    found = deps.python_executable(executable="/usr/bin/qgis", prefixes=[tmp_path / "usr"], platform="linux")
    assert found == str(python)
    assert deps.interpreter_candidates(executable=sys.executable, prefixes=[Path(sys.exec_prefix)], platform="linux")[0] \
        == Path(sys.executable)                         # QGIS run from a Python: that Python first


def test_a_python_outside_qgis_prefix_is_looked_at_last(tmp_path):
    """Embedded in qgis_process, Python takes the first python3 on PATH for sys.executable (a pyenv shim here):
    the pip command named it. QGIS's own prefix comes first; the shim stays a last resort."""
    shim = fake_python(tmp_path / "shims" / "python3")
    python = fake_python(tmp_path / "usr" / "bin" / f"python{VERSION[0]}.{VERSION[1]}")
    found = deps.interpreter_candidates(executable=shim, prefixes=[tmp_path / "usr"], platform="linux")
    assert found[0] == python and found[-1] == shim
    assert deps.python_executable(executable=shim, prefixes=[tmp_path / "usr"], platform="linux") == str(python)


def test_each_candidate_is_started_once_a_session(tmp_path):
    """Showing the pip command, then running it, looks for QGIS's Python once (it may be on QGIS's GUI thread)."""
    macos = tmp_path / "QGIS.app" / "Contents" / "MacOS"
    python = fake_python(macos / "bin" / "python3")
    started = tmp_path / "started"
    python.write_text(f"#!/bin/sh\necho >> '{started}'\n" + python.read_text().split("\n", 1)[1])
    for _ in range(3):
        found = deps.python_executable(executable=macos / "QGIS", prefixes=[tmp_path / "Frameworks"], platform="darwin")
        assert found == str(python)
    assert started.read_text().count("\n") == 1


def test_no_python_of_the_right_version_is_an_error(tmp_path):
    fake_python(tmp_path / "apps" / "Python37" / "python.exe", (3, 7))
    with pytest.raises(deps.DependencyError, match="cannot find the Python"):
        deps.python_executable(executable=tmp_path / "bin" / "qgis-bin.exe", prefixes=[tmp_path / "apps" / "Python37"],
                               platform="win32")


def test_constraints_hold_pip_to_what_qgis_imports(tmp_path):
    import numpy
    folder = tmp_path / "python3.x"
    path = deps.constraints_file(folder)
    pins = dict(line.split("==") for line in path.read_text().split())
    assert pins["numpy"] == numpy.__version__
    cmd = deps.pip_command(["onnxruntime>=1.16"], folder)     # the command shown is held to the file install writes
    assert cmd[cmd.index("--constraint") + 1] == str(path) and cmd[-1] == "onnxruntime>=1.16"
    assert cmd[:3] == [deps.python_executable(), "-m", "pip"]


def test_second_copies_are_removed_and_the_rest_kept(tmp_path):
    folder = tmp_path / "site"
    for name, files in (("numpy", ["numpy/__init__.py", "numpy/core/x.so"]), ("onnxruntime", ["onnxruntime/__init__.py"])):
        info = folder / f"{name}-1.0.dist-info"
        info.mkdir(parents=True)
        for rel in files:
            (folder / rel).parent.mkdir(parents=True, exist_ok=True)
            (folder / rel).write_text("x")
        (info / "RECORD").write_text("".join(f"{rel},,\n" for rel in files + [f"{info.name}/RECORD"]))
    removed = deps.prune_duplicates(folder, {"numpy": "1.0"}, log=lambda line: None)
    assert removed == ["numpy"]
    assert not (folder / "numpy").exists() and not (folder / "numpy-1.0.dist-info").exists()
    assert (folder / "onnxruntime" / "__init__.py").is_file() and (folder / "onnxruntime-1.0.dist-info").is_dir()


def test_pip_noise_hidden_on_success_shown_on_failure(tmp_path, monkeypatch):
    lines = ["Collecting onnxruntime", "ERROR: pip's dependency resolver does not currently take into account all "
             "the packages that are installed.", "Successfully installed onnxruntime-1.17.0"]
    script = fake_python(tmp_path / "bin" / "python3")
    monkeypatch.setattr(deps, "python_executable", lambda **_: str(script))

    def run(code):
        script.write_text("#!/bin/sh\n" + "".join(f"echo \"{line}\"\n" for line in lines) + f"exit {code}\n")
        logged = []
        ok, summary = deps.install(["onnxruntime"], folder=tmp_path / f"deps{code}", log=logged.append)
        return ok, summary, logged

    ok, summary, logged = run(0)
    assert ok and "running: " + " ".join(deps.pip_command(["onnxruntime"], tmp_path / "deps0")) in logged  # as shown
    assert any(line.startswith("running: ") and "--constraint" in line for line in logged)
    assert "Successfully installed onnxruntime-1.17.0" in logged
    assert not any("dependency resolver" in line for line in logged)
    ok, summary, logged = run(1)
    assert not ok and "exit code 1" in summary
    assert any("dependency resolver" in line for line in logged)     # a failure shows pip's own words


def test_an_install_says_its_outcome_not_under_qgis_notice(plugin, qgis_iface, monkeypatch, qgis_notices):
    """pip runs for minutes: QGIS 3.22 pushed 'Task complete: Planet classifier: installing rasterio' over the
    plugin's own line, which says what is still missing and to restart QGIS. QGIS's notice is taken off."""
    from planet_qgis_plugin.task import COMPLETE
    from tests.plugin.conftest import notices_shown, wait_for_task

    missing = deps.DependencyReport(missing=["rasterio"])
    monkeypatch.setattr(deps, "check", lambda: missing)
    monkeypatch.setattr(deps, "install", lambda requirements, **_: (True, "installed rasterio"))
    task = plugin.install_dependencies()
    wait_for_task(plugin, task)
    shown, installing = notices_shown(qgis_iface), f"Planet classifier: installing {missing.requirements()[0]}"
    assert qgis_notices == [installing]       # QGIS's, as it pushes it
    assert (COMPLETE, installing) not in shown
    from qgis.core import Qgis
    said = qgis_iface.messageBar().get_messages(Qgis.Warning)     # the plugin's own line (pytest-qgis keeps it)
    assert any("installed rasterio; still missing: rasterio (restart QGIS)" in text for text in said), said
