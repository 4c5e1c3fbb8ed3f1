"""Save a taught concept: a copy of a bundle whose manifest carries it, in a folder the user chooses.

The copy is built in a temporary folder next to the target, validated by loading it, and renamed into
place; a concept of the same name is replaced. Never inside the installed plugin (an upgrade would
delete it) and never over the bundle it copies.
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from ..errors import OutputError
from ..model.bundle import (
    FORMAT_VERSION,
    MANIFEST,
    Bundle,
    BundleError,
    Manifest,
    default_bundle_path,
    load_bundle,
    write_manifest,
)
from ..model.concepts import Concept, ConceptError


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def check_save_target(target: str | Path, source: Bundle) -> Path:
    """The resolved target folder, or OutputError with one line (checked before anything is written)."""
    from ..resources import PLUGIN_DIR

    target = Path(target).expanduser().resolve()
    source_dir = Path(source.path).resolve()
    if _inside(target, PLUGIN_DIR.resolve()):
        raise OutputError(f"--save-to {target} is inside the installed plugin ({PLUGIN_DIR}), which an update "
                          "replaces; choose a folder of your own")
    try:
        shipped = default_bundle_path().resolve().parent
    except BundleError:
        shipped = None
    if shipped is not None and _inside(target, shipped):
        raise OutputError(f"--save-to {target} is inside the plugin's own model folder ({shipped}); "
                          "choose a folder of your own")
    if _inside(target, source_dir) or _inside(source_dir, target):
        raise OutputError(f"--save-to {target} would write over the bundle it copies ({source_dir}); "
                          "choose another folder")
    if not target.parent.is_dir():
        raise OutputError(f"folder {target.parent} does not exist; create it first")
    if target.exists():
        if not target.is_dir():
            raise OutputError(f"--save-to {target} is a file, not a folder")
        if any(target.iterdir()) and not (target / MANIFEST).is_file():
            raise OutputError(f"--save-to {target} is a folder with other files in it and no bundle; "
                              "choose an empty or new folder")
    return target


def save_concept(concept: Concept, source: Bundle, target: str | Path) -> Bundle:
    """Copy ``source`` to ``target`` with ``concept`` added to (or replacing one in) its manifest."""
    target = check_save_target(target, source)
    spec = source.manifest.embedding
    if spec is None:
        raise OutputError(f"bundle {source.path} has no embedding output, so it cannot carry a concept; "
                          "use a bundle exported by this version")
    try:
        concept.validate(spec.size, spec.backbone_id)
    except ConceptError as exc:
        raise OutputError(str(exc)) from None
    manifest = Manifest.from_dict(source.manifest.to_dict(), str(source.path / MANIFEST))
    manifest.format = FORMAT_VERSION
    manifest.concepts = [c for c in manifest.concepts if c.name != concept.name] + [concept]
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent))
    old = None
    try:
        shutil.copytree(source.path, tmp, dirs_exist_ok=True)
        write_manifest(manifest, tmp)
        load_bundle(tmp)  # the copy must load before it takes the target's place
        if target.exists():
            old = target.with_name(f".{target.name}.replaced")
            shutil.rmtree(old, ignore_errors=True)
            target.rename(old)
        tmp.rename(target)
    except BaseException as exc:
        if old is not None and old.exists() and not target.exists():
            old.rename(target)
        shutil.rmtree(tmp, ignore_errors=True)
        if isinstance(exc, (OSError, BundleError)):
            raise OutputError(f"could not save the bundle to {target} (nothing changed there): {exc}") from None
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    return load_bundle(target)
