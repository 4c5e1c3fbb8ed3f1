"""Python dependencies inside QGIS: check what is missing and install it into a folder of our own.

QGIS ships its own Python with numpy and GDAL, but usually without onnxruntime or rasterio.
Like the Deepness plugin, we install what is missing with pip into a private folder
(``<QGIS profile>/python/dependencies/planet_classifier/python3.X``) that is appended to
``sys.path``; QGIS's own packages (numpy above all) keep priority. pip runs with QGIS's own interpreter
(found per platform, never on PATH), is held to the versions of the packages QGIS has already imported
(a constraints file), and the second copies it places in the folder anyway are removed. Nothing here
imports qgis at module level.
"""
from __future__ import annotations

import importlib
import importlib.util
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

#: import name -> pip requirement
REQUIRED = {"rasterio": "rasterio>=1.3", "onnxruntime": "onnxruntime>=1.16"}


@dataclass
class DependencyReport:
    missing: list[str] = field(default_factory=list)       # import names
    found: dict[str, str] = field(default_factory=dict)    # import name -> where / version
    cuda: bool = False

    @property
    def ok(self) -> bool:
        return not self.missing

    def requirements(self) -> list[str]:
        reqs = []
        for name in self.missing:
            req = REQUIRED.get(name, name)
            if name == "onnxruntime" and self.cuda:
                req = req.replace("onnxruntime", "onnxruntime-gpu", 1)
            reqs.append(req)
        return reqs

    def message(self) -> str:
        if self.ok:
            return "all dependencies found: " + ", ".join(f"{k} ({v})" for k, v in self.found.items())
        return (f"missing Python package(s) {', '.join(self.missing)} in the Python that QGIS runs "
                f"({sys.version.split()[0]}); the plugin can install {' '.join(self.requirements())} "
                f"with pip into {packages_folder()}")


def packages_folder() -> Path:
    """The plugin's private site folder, per Python minor version."""
    base = os.environ.get("PLANET_CLASSIFIER_DEPS")
    if base:
        root = Path(base)
    else:
        try:
            from qgis.core import QgsApplication
            settings = QgsApplication.qgisSettingsDirPath()
        except Exception:  # outside QGIS
            settings = ""
        root = (Path(settings) if settings else Path.home() / ".planet_classifier") / "python" / "dependencies" / "planet_classifier"
    return root / f"python{sys.version_info.major}.{sys.version_info.minor}"


def add_packages_folder_to_path() -> Path:
    """Append the private folder to sys.path (after QGIS's own packages)."""
    folder = packages_folder()
    if folder.is_dir() and str(folder) not in sys.path:
        sys.path.append(str(folder))
        importlib.invalidate_caches()
    return folder


def cuda_present() -> bool:
    """An NVIDIA driver is installed (so onnxruntime-gpu is worth installing)."""
    if shutil.which("nvidia-smi"):
        return True
    return Path("/proc/driver/nvidia/version").exists()


def _version(name: str) -> str:
    try:
        from importlib.metadata import version
        return version(name)
    except Exception:
        return "found"


def check() -> DependencyReport:
    """What is importable now. onnxruntime is not needed when torch is there, but preferred."""
    report = DependencyReport(cuda=cuda_present())
    have_torch = importlib.util.find_spec("torch") is not None
    for name in REQUIRED:
        spec = importlib.util.find_spec(name)
        if spec is not None:
            report.found[name] = _version(name if name != "onnxruntime" else _ort_dist())
        elif name == "onnxruntime" and have_torch:
            report.found["torch"] = _version("torch")
        else:
            report.missing.append(name)
    if have_torch:
        report.found.setdefault("torch", _version("torch"))
    return report


def _ort_dist() -> str:
    try:
        from importlib.metadata import version
        version("onnxruntime-gpu")
        return "onnxruntime-gpu"
    except Exception:
        return "onnxruntime"


def interpreter_candidates(executable: str | Path | None = None, prefixes=None, platform: str | None = None,
                           version: tuple[int, int] | None = None) -> list[Path]:
    """Where the Python that QGIS runs lies, most likely first, per platform; PATH is never searched.

    Inside QGIS ``sys.executable`` is usually QGIS itself (``qgis-bin.exe``, ``QGIS.app/Contents/MacOS/QGIS``,
    ``/usr/bin/qgis``), so the interpreter is looked for where each installer puts it:

    - Windows, OSGeo4W and the standalone installer: ``<root>/bin/qgis-bin.exe`` with the Python in
      ``<root>/apps/Python3X/python.exe`` (= ``sys.exec_prefix``), sometimes a ``python.exe`` beside it in bin;
    - macOS app bundle: ``QGIS.app/Contents/MacOS/bin/python3`` (or the bundled Python.framework);
    - Linux: ``<prefix>/bin/python3.X`` (``sys.executable`` itself when QGIS runs from a Python), else /usr/bin.
    """
    exe = Path(executable if executable is not None else sys.executable)
    prefixes = [Path(p) for p in (prefixes if prefixes is not None else (sys.exec_prefix, sys.base_exec_prefix))]
    platform = platform or sys.platform
    major, minor = version or sys.version_info[:2]
    versioned = f"python{major}.{minor}"
    # a Python outside QGIS's prefixes is one an embedding interpreter found on PATH (qgis_process: a pyenv shim,
    # another installation): looked at last, never first
    python = exe.name.lower().startswith("python")
    ours = python and any(_under(path, p) for path in (exe, exe.resolve()) for p in prefixes)
    found: list[Path] = [exe] if ours else []
    if platform.startswith("win"):
        names = ("python.exe", "python3.exe")
        root = exe.parent.parent                     # <root>/bin/qgis-bin.exe -> <root>
        for prefix in prefixes:
            found += [prefix / n for n in names]
        found += [exe.parent / n for n in names]
        found += [root / "apps" / f"Python{major}{minor}" / n for n in names]
        found += sorted((root / "apps").glob("Python3*/python.exe"), reverse=True)
    elif platform == "darwin":
        macos = exe.parent                           # QGIS.app/Contents/MacOS
        framework = macos.parent / "Frameworks" / "Python.framework" / "Versions" / f"{major}.{minor}" / "bin"
        for folder in (macos / "bin", framework, *(p / "bin" for p in prefixes)):
            found += [folder / versioned, folder / "python3"]
    else:
        for folder in (*(p / "bin" for p in prefixes), Path("/usr/bin")):
            found += [folder / versioned, folder / "python3"]
    if python and not ours:
        found.append(exe)
    unique: list[Path] = []
    for path in found:
        if path not in unique:
            unique.append(path)
    return unique


def _under(path: Path, folder: Path) -> bool:
    """Whether ``path`` lies in ``folder`` (as given or resolved); relative_to, as QGIS's Python may be 3.8."""
    for base in (folder, folder.resolve()):
        try:
            path.relative_to(base)
            return True
        except ValueError:
            continue
    return False


#: python_executable's answers by the candidates it looked at: each candidate is started to check its version,
#: once a session rather than each time the pip command is shown (on QGIS's GUI thread) or run.
_FOUND: dict[tuple, str | None] = {}


def python_executable(**where) -> str:
    """The Python interpreter QGIS runs: the first of interpreter_candidates(**where) that exists and runs
    the same major.minor version as QGIS's Python (a ``python3`` found on PATH may be a pyenv shim or
    another installation whose packages QGIS would never see)."""
    candidates = interpreter_candidates(**where)
    key = (tuple(candidates), where.get("version"))
    if key not in _FOUND:
        _FOUND[key] = next((str(c) for c in candidates if c.is_file() and _same_version(c, where.get("version"))),
                           None)
    if _FOUND[key] is None:
        raise DependencyError(f"cannot find the Python {sys.version.split()[0]} that QGIS runs (looked next to "
                              f"{where.get('executable', sys.executable)} and in {sys.exec_prefix}); install "
                              f"{', '.join(REQUIRED.values())} into it by hand")
    return _FOUND[key]


def _same_version(python: Path, version: tuple[int, int] | None = None) -> bool:
    """``python`` runs the same major.minor version as this interpreter (or ``version``)."""
    major, minor = version or sys.version_info[:2]
    try:
        out = subprocess.run([str(python), "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                             capture_output=True, text=True, timeout=30, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.SubprocessError):
        return False
    return out.stdout.strip() == f"{major}.{minor}"


def loaded_distributions(skip: Path | None = None) -> dict[str, str]:
    """{distribution: version} of the packages QGIS's Python has already imported (numpy, ...), from
    outside ``skip`` (the plugin's own folder). A second copy of one of them could never be imported, so
    pip is held to these versions and the copy it places in the folder is removed."""
    from importlib.metadata import distributions
    loaded = {name.split(".")[0] for name in list(sys.modules)}
    skip = skip.resolve() if skip is not None else None
    out: dict[str, str] = {}
    for dist in distributions():
        name = dist.metadata.get("Name")
        if not name:
            continue
        try:
            where = Path(str(dist.locate_file(""))).resolve()
        except OSError:
            continue
        if skip is not None and (where == skip or skip in where.parents):
            continue
        tops = (dist.read_text("top_level.txt") or "").split() or [name.replace("-", "_")]
        if any(top in loaded for top in tops):
            out[_canonical(name)] = dist.version
    return out


def _canonical(name: str) -> str:
    import re
    return re.sub(r"[-_.]+", "-", name).lower()


def prune_duplicates(folder: Path, keep_outside: dict[str, str], log=print) -> list[str]:
    """Remove from ``folder`` the distributions QGIS's Python already has (``keep_outside``): pip --target
    installs every dependency again, even those it was held to the same version of. Returns their names."""
    removed = []
    for info in sorted(folder.glob("*.dist-info")):
        name = _canonical(info.name[:-len(".dist-info")].rsplit("-", 1)[0])
        if name not in keep_outside:
            continue
        record = info / "RECORD"
        paths = [line.split(",")[0] for line in record.read_text(encoding="utf-8").splitlines()] \
            if record.is_file() else []
        for rel in paths:
            target = (folder / rel).resolve()
            if folder.resolve() in target.parents and target.is_file():
                target.unlink()
        for top in sorted({Path(rel).parts[0] for rel in paths if rel}, reverse=True):
            path = folder / top
            if path.is_dir() and not any(p.is_file() for p in path.rglob("*")):
                shutil.rmtree(path, ignore_errors=True)
        shutil.rmtree(info, ignore_errors=True)
        removed.append(name)
        log(f"kept QGIS's own {name} {keep_outside[name]} (removed the second copy pip placed in {folder})")
    return removed


class DependencyError(RuntimeError):
    """The installer cannot run (one line)."""


def constraints_file(folder: Path, pins: dict[str, str] | None = None) -> Path:
    """``<folder>/../constraints.txt``: the versions of the packages QGIS's Python already imports (``pins``,
    found if not given)."""
    pins = loaded_distributions(skip=folder) if pins is None else pins
    path = _constraints_path(folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(f"{name}=={version}\n" for name, version in sorted(pins.items())), encoding="utf-8")
    return path


def _constraints_path(folder: Path) -> Path:
    return folder.parent / "constraints.txt"


def pip_command(requirements: list[str], folder: Path | None = None, python: str | None = None) -> list[str]:
    """The pip command line install runs with QGIS's Python (shown to the analyst in full before it runs),
    held to the constraints file install writes first; DependencyError if QGIS's Python is not found
    (``python``: the interpreter to name instead of looking for it)."""
    folder = folder or packages_folder()
    return [python or python_executable(), "-m", "pip", "install", "--upgrade", "--no-warn-script-location",
            "--disable-pip-version-check", "--target", str(folder), "--constraint", str(_constraints_path(folder)),
            *requirements]


def command_line(command: list[str]) -> str:
    """``command`` as the analyst would type it in this system's shell (paths with spaces quoted)."""
    import shlex

    return subprocess.list2cmdline(command) if sys.platform == "win32" else shlex.join(command)


def install(requirements: list[str], folder: Path | None = None, log=print, cancel=None) -> tuple[bool, str]:
    """Run pip (blocking; call from a worker thread). Returns (ok, one-line summary)."""
    folder = folder or packages_folder()
    try:
        cmd = pip_command(requirements, folder)
    except DependencyError as exc:
        return False, str(exc)
    folder.mkdir(parents=True, exist_ok=True)
    keep = loaded_distributions(skip=folder)
    constraints_file(folder, keep)
    log("running: " + " ".join(cmd))
    env = dict(os.environ, PYTHONNOUSERSITE="1")
    env.pop("PYTHONHOME", None) if os.name != "nt" else None
    try:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                text=True, env=env)
    except OSError as exc:
        return False, f"could not start pip ({exc}); install {' '.join(requirements)} into {folder} by hand"
    lines: list[str] = []
    with proc:   # closes pip's pipe and waits for it, however this block is left
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line.rstrip())
            if cancel and cancel():
                proc.kill()
                return False, "installation cancelled"
        code = proc.wait()
    if code != 0:       # pip's own words matter now: all of them
        for line in lines:
            log(line)
        return False, (f"pip failed (exit code {code}) installing {' '.join(requirements)} into {folder}; "
                       f"see the 'Planet classifier' log tab")
    # success: pip's resolver notes about packages QGIS has outside the folder are noise here
    for line in lines:
        if line.startswith("Successfully installed"):
            log(line)
    log(f"({len(lines)} lines of pip output not shown: they are shown when an install fails)")
    prune_duplicates(folder, keep, log)
    add_packages_folder_to_path()
    return True, (f"installed {' '.join(requirements)} into {folder} with pip "
                  f"({cmd[0]}); the folder is added to QGIS's Python path when the plugin loads")
