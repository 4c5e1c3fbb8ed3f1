"""Python dependencies inside QGIS: check what is missing and install it into a folder of our own.

QGIS ships its own Python with numpy and GDAL, but usually without onnxruntime or rasterio.
Like the Deepness plugin, we install what is missing with pip into a private folder
(``<QGIS profile>/python/dependencies/planet_classifier/python3.X``) that is appended to
``sys.path``; QGIS's own packages (numpy above all) keep priority, and pip is told to keep the
numpy version QGIS already has. Nothing here imports qgis at module level.
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


def python_executable() -> str:
    """The Python interpreter QGIS runs, found next to it and checked to be the same version.

    sys.executable is often the qgis binary itself; a ``python3`` found on PATH may be a pyenv shim or
    another installation whose packages QGIS would never see, so PATH is not searched.
    """
    exe = Path(sys.executable)
    candidates = [exe] if exe.name.lower().startswith("python") else []
    names = ["python.exe", "python3.exe"] if os.name == "nt" else [
        f"python{sys.version_info.major}.{sys.version_info.minor}", "python3", "python"]
    for prefix in (Path(sys.exec_prefix), Path(sys.base_exec_prefix)):
        for sub in ("", "bin", "Scripts"):
            candidates += [prefix / sub / name for name in names]
    for candidate in candidates:
        if candidate.is_file() and _same_version(candidate):
            return str(candidate)
    raise DependencyError(f"cannot find the Python {sys.version.split()[0]} that QGIS runs (looked next to "
                          f"{sys.executable} and in {sys.exec_prefix}); install {', '.join(REQUIRED.values())} "
                          "into it by hand")


def _same_version(python: Path) -> bool:
    """``python`` runs the same major.minor version as this interpreter."""
    try:
        out = subprocess.run([str(python), "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                             capture_output=True, text=True, timeout=30, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.SubprocessError):
        return False
    return out.stdout.strip() == f"{sys.version_info.major}.{sys.version_info.minor}"


class DependencyError(RuntimeError):
    """The installer cannot run (one line)."""


def pip_command(requirements: list[str], folder: Path | None = None) -> list[str]:
    folder = folder or packages_folder()
    pins = []
    try:
        import numpy
        pins.append(f"numpy=={numpy.__version__}")   # keep the numpy QGIS was built with
    except ImportError:
        pass
    return [python_executable(), "-m", "pip", "install", "--upgrade", "--no-warn-script-location",
            "--disable-pip-version-check", "--target", str(folder), *requirements, *pins]


def install(requirements: list[str], folder: Path | None = None, log=print, cancel=None) -> tuple[bool, str]:
    """Run pip (blocking; call from a worker thread). Returns (ok, one-line summary)."""
    folder = folder or packages_folder()
    try:
        cmd = pip_command(requirements, folder)
    except DependencyError as exc:
        return False, str(exc)
    folder.mkdir(parents=True, exist_ok=True)
    log("running: " + " ".join(cmd))
    env = dict(os.environ, PYTHONNOUSERSITE="1")
    env.pop("PYTHONHOME", None) if os.name != "nt" else None
    try:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                text=True, env=env)
    except OSError as exc:
        return False, f"could not start pip ({exc}); install {' '.join(requirements)} into {folder} by hand"
    with proc:   # closes pip's pipe and waits for it, however this block is left
        assert proc.stdout is not None
        for line in proc.stdout:
            log(line.rstrip())
            if cancel and cancel():
                proc.kill()
                return False, "installation cancelled"
        code = proc.wait()
    if code != 0:
        return False, (f"pip failed (exit code {code}) installing {' '.join(requirements)} into {folder}; "
                       f"see the 'Planet classifier' log tab")
    add_packages_folder_to_path()
    return True, (f"installed {' '.join(requirements)} into {folder} with pip "
                  f"({cmd[0]}); the folder is added to QGIS's Python path when the plugin loads")
