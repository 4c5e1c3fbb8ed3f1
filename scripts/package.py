"""Build the installable plugin zip: dist/planet_qgis_plugin.zip (make package).

Zip layout (what QGIS's "Install from ZIP" expects):
    planet_qgis_plugin/               plugin code (core included; no tests, no caches)
    planet_qgis_plugin/metadata.txt
    planet_qgis_plugin/resources/     icon, styles/tiles.qml, models/<bundled model>/
    planet_qgis_plugin/i18n/*.qm      translations compiled from the .ts files (scripts/translations.py)
    planet_qgis_plugin/help/          the manual, per language
    planet_qgis_plugin/LICENSE, README.md, CHANGELOG.md
The zip must stay within plugins.qgis.org's upload limit (LIMIT): when the bundle's PyTorch weights
would break it they are left out (the plugin runs on ONNX Runtime alone) and the manifest in the zip
is rewritten to match. Entries are plain files readable by everyone (an unzip into a shared plugins
folder must not leave files only the installer can read).
"""
from __future__ import annotations

import argparse
import json
import stat
import sys
import zipfile
from pathlib import Path

from planet_qgis_plugin.core.publish import staged

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "planet_qgis_plugin"
# plugins.qgis.org refuses an upload over 25,000,000 bytes (its validator's PLUGIN_MAX_UPLOAD_SIZE): decimal
# megabytes, not 25 MiB (26,214,400), which let a zip of 25.0-26.2 MB pass here and fail there
LIMIT = 25_000_000
SKIP_DIRS = {"__pycache__", "tests", ".pytest_cache", ".mypy_cache", "samples"}
# .ts: the translations' sources (scripts/translations.py compiles them; the plugin reads only the .qm)
SKIP_SUFFIXES = {".pyc", ".pyo", ".orig", ".rej", ".swp", ".ts"}
EXTRAS = ("LICENSE", "README.md", "CHANGELOG.md")  # beside metadata.txt in the plugin folder
FILE_MODE = stat.S_IFREG | 0o644  # a regular rw-r--r-- file, those written from bytes too (zipfile gives those 0o600)
RESOURCES = ("icon.svg", "icon.png", "styles", "models")


def files_under(folder: Path):
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part in SKIP_DIRS or part.startswith(".") for part in rel.parts):
            continue
        if path.is_file() and path.suffix not in SKIP_SUFFIXES:
            yield path


def compiled_translations() -> dict[str, bytes]:
    """{planet_classifier_<lang>.qm: bytes} compiled now from the .ts files (the .qm are not kept in git)."""
    import tempfile

    from scripts.translations import compile_all

    with tempfile.TemporaryDirectory() as tmp:
        return {qm.name: qm.read_bytes() for qm in compile_all(Path(tmp))}


def collect(weights: str) -> tuple[dict[str, Path | bytes], list[str]]:
    """archive name -> source file (or bytes); plus notes for the user."""
    entries: dict[str, Path | bytes] = {}
    notes: list[str] = []
    for path in files_under(ROOT / PACKAGE):
        entries[f"{PACKAGE}/{path.relative_to(ROOT / PACKAGE).as_posix()}"] = path
    entries[f"{PACKAGE}/metadata.txt"] = ROOT / "metadata.txt"
    for name, data in compiled_translations().items():
        entries[f"{PACKAGE}/i18n/{name}"] = data
    for extra in EXTRAS:
        if (ROOT / extra).is_file():
            entries[f"{PACKAGE}/{extra}"] = ROOT / extra
    resources = ROOT / "resources"
    for name in RESOURCES:
        src = resources / name
        if src.is_file():
            entries[f"{PACKAGE}/resources/{name}"] = src
        elif src.is_dir():
            for path in files_under(src):
                entries[f"{PACKAGE}/resources/{path.relative_to(resources).as_posix()}"] = path
    # model bundles: drop torch weights if needed to fit (ONNX Runtime alone runs the plugin)
    models = resources / "models"
    manifests = sorted(models.glob("*/manifest.json")) if models.is_dir() else []
    if not manifests:
        notes.append("WARNING: no bundled model under resources/models; users must choose a bundle folder")

    def total() -> int:
        return sum(len(v) if isinstance(v, bytes) else v.stat().st_size for v in entries.values())

    for manifest_path in manifests:
        data = json.loads(manifest_path.read_text(encoding="utf-8"))
        files = data.get("files", {})
        name = files.get("weights")
        if not name or "onnx" not in files:
            continue
        arc = f"{PACKAGE}/resources/models/{manifest_path.parent.name}/{name}"
        if weights == "never" or (weights == "auto" and total() > LIMIT * 0.95):
            entries.pop(arc, None)
            data["files"] = {k: v for k, v in files.items() if k != "weights"}
            entries[arc.rsplit("/", 1)[0] + "/manifest.json"] = (json.dumps(data, indent=2) + "\n").encode()
            notes.append(f"left out {manifest_path.parent.name}/{name} (PyTorch weights) to stay under {LIMIT / 1e6:.0f} MB; "
                         "the plugin uses model.onnx with ONNX Runtime")
    return entries, notes


def build(out: Path | None = None, weights: str = "auto") -> Path:
    entries, notes = collect(weights)
    out = out or ROOT / "dist" / f"{PACKAGE}.zip"
    out.parent.mkdir(parents=True, exist_ok=True)
    with staged(out) as tmp:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
            for arc, src in sorted(entries.items()):
                info = zipfile.ZipInfo.from_file(src, arc) if isinstance(src, Path) else zipfile.ZipInfo(arc)
                info.external_attr = FILE_MODE << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, src.read_bytes() if isinstance(src, Path) else src, compresslevel=9)
        size = tmp.stat().st_size
        for note in notes:
            print(note)
        print(f"{out} ({size / 1e6:.1f} MB, {len(entries)} files)")
        if size > LIMIT:  # checked before it takes the place of the earlier zip, which stays
            raise SystemExit(f"plugin zip is {size / 1e6:.1f} MB, over plugins.qgis.org's {LIMIT / 1e6:.0f} MB limit")
    return out


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("-o", "--output", type=Path, default=None, help="zip path (default dist/planet_qgis_plugin.zip)")
    p.add_argument("--weights", choices=("auto", "always", "never"), default="auto",
                   help=f"ship the bundle's PyTorch weights: auto = only if the zip stays under {LIMIT / 1e6:.0f} MB")
    args = p.parse_args(argv)
    build(args.output, args.weights)
    return 0


if __name__ == "__main__":
    sys.exit(main())
