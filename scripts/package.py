"""Build the installable plugin zip: dist/planet_qgis_plugin.zip (make package).

Zip layout (what QGIS's "Install from ZIP" expects):
    planet_qgis_plugin/               plugin code (core included; no tests, no caches)
    planet_qgis_plugin/metadata.txt
    planet_qgis_plugin/resources/     icon, styles/tiles.qml, models/<bundled model>/
    planet_qgis_plugin/i18n/*.qm      translations compiled from the .ts files (scripts/translations.py)
    planet_qgis_plugin/help/          the manual, per language
The zip must stay under 25 MB: when the bundle's PyTorch weights would break that limit they are
left out (the plugin runs on ONNX Runtime alone) and the manifest in the zip is rewritten to match.
"""
from __future__ import annotations

import argparse
import json
import sys
import zipfile
from pathlib import Path

from planet_qgis_plugin.core.publish import staged

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "planet_qgis_plugin"
LIMIT = 25 * 1024 * 1024
SKIP_DIRS = {"__pycache__", "tests", ".pytest_cache", ".mypy_cache", "samples"}
SKIP_SUFFIXES = {".pyc", ".pyo", ".orig", ".rej", ".swp"}
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
    for extra in ("LICENSE", "README.md"):
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
            notes.append(f"left out {manifest_path.parent.name}/{name} (PyTorch weights) to stay under 25 MB; "
                         "the plugin uses model.onnx with ONNX Runtime")
    return entries, notes


def build(out: Path | None = None, weights: str = "auto") -> Path:
    entries, notes = collect(weights)
    out = out or ROOT / "dist" / f"{PACKAGE}.zip"
    out.parent.mkdir(parents=True, exist_ok=True)
    with staged(out) as tmp:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
            for arc, src in sorted(entries.items()):
                if isinstance(src, bytes):
                    zf.writestr(arc, src)
                else:
                    zf.write(src, arc)
        size = tmp.stat().st_size
        for note in notes:
            print(note)
        print(f"{out} ({size / 1e6:.1f} MB, {len(entries)} files)")
        if size > LIMIT:  # checked before it takes the place of the earlier zip, which stays
            raise SystemExit(f"plugin zip is {size / 1e6:.1f} MB, over the 25 MB limit")
    return out


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("-o", "--output", type=Path, default=None, help="zip path (default dist/planet_qgis_plugin.zip)")
    p.add_argument("--weights", choices=("auto", "always", "never"), default="auto",
                   help="ship the bundle's PyTorch weights: auto = only if the zip stays under 25 MB")
    args = p.parse_args(argv)
    build(args.output, args.weights)
    return 0


if __name__ == "__main__":
    sys.exit(main())
