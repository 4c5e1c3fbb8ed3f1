"""Save a taught concept: a copy of a bundle whose manifest carries it, in a folder the user chooses.

The copy is built in a temporary folder next to the target, validated by loading it, and renamed into
place; a concept of the same name is replaced. Never inside the installed plugin (an upgrade would
delete it) and never over the bundle it copies.

What is copied: the manifest (rewritten), the regular files it names and the model card; nothing is
followed out of the bundle (a named file that is a symbolic link is refused, other entries are left
out). What may be replaced: only a folder this module made, proven by the MARKER file it writes there
(the names of the files it wrote), and only while it holds nothing else; never a folder because it
holds a manifest.
"""
from __future__ import annotations

import json
import shutil
import stat
from pathlib import Path

from ..errors import OutputError
from ..model.bundle import (
    FORMAT_VERSION,
    MANIFEST,
    MAX_MANIFEST_BYTES,
    Bundle,
    BundleError,
    Manifest,
    default_bundle_path,
    load_bundle,
    write_manifest,
)
from ..model.concepts import Concept, ConceptError
from ..publish import NotRegularFile, Staged, check_folder, discarded_on_error, open_regular, resolved_target
from ..wording import tr
from .concept_file import recent_scenes

#: Written into every saved bundle: the files the save wrote. Only a folder holding it may be replaced.
MARKER = ".planet_saved_bundle.json"
#: Copied with the files the manifest names when the source has it (the plugin's dialog shows it).
MODEL_CARD = "MODEL_CARD.md"


def inside(path: Path, folder: Path) -> bool:
    """Whether ``path`` is ``folder`` or lies in it (both resolved)."""
    return path == folder or folder in path.parents


def _made_here(target: Path) -> list[str] | None:
    """The files a save wrote into ``target`` according to its MARKER (a regular file), else None."""
    marker = target / MARKER
    try:
        if not stat.S_ISREG(marker.lstat().st_mode) or marker.lstat().st_size > 100_000:
            return None
        files = json.loads(marker.read_text(encoding="utf-8")).get("files")
    except (OSError, ValueError, AttributeError, RecursionError):
        return None
    return files if isinstance(files, list) and all(isinstance(f, str) for f in files) else None


def check_replaceable(target: Path) -> None:
    """OutputError unless ``target`` is missing, empty, or a bundle a save made that holds only what it wrote."""
    if not target.exists() and not target.is_symlink():
        return
    if target.is_symlink() or not target.is_dir():
        raise OutputError(tr("--save-to {target} is a file, not a folder").format(target=target))
    entries = sorted(p.name for p in target.iterdir())
    if not entries:
        return
    written = _made_here(target)
    if written is None:
        raise OutputError(tr("--save-to {target} is a folder this plugin did not make (no {MARKER}): it is never "
                             "replaced; choose a new or empty folder").format(target=target, MARKER=MARKER))
    extra = [name for name in entries if name not in {MARKER, *{f.split('/')[0] for f in written}}]
    if extra:
        raise OutputError(tr("--save-to {target} also holds {extra}, which the earlier save did not "
                             "write; move them out or choose another folder").format(
            target=target, extra=', '.join(extra[:5])))


def check_save_target(target: str | Path, source: Bundle) -> Path:
    """The resolved target folder, or OutputError with one line (checked before anything is written)."""
    from ..resources import PLUGIN_DIR

    target = resolved_target(Path(target).expanduser(), "--save-to", "folder")
    source_dir = Path(source.path).resolve()
    if inside(target, PLUGIN_DIR.resolve()):
        raise OutputError(tr("--save-to {target} is inside the installed plugin ({PLUGIN_DIR}), which an update "
                             "replaces; choose a folder of your own").format(target=target, PLUGIN_DIR=PLUGIN_DIR))
    try:
        shipped = default_bundle_path().resolve().parent
    except BundleError:
        shipped = None
    if shipped is not None and inside(target, shipped):
        raise OutputError(tr("--save-to {target} is inside the plugin's own model folder ({shipped}); "
                             "choose a folder of your own").format(target=target, shipped=shipped))
    if inside(target, source_dir) or inside(source_dir, target):
        raise OutputError(tr("--save-to {target} would write over the bundle it copies ({source_dir}); "
                             "choose another folder").format(target=target, source_dir=source_dir))
    check_folder(target, "--save-to")
    check_replaceable(target)
    return target


def bundle_files(source: Bundle) -> list[str]:
    """The files a saved copy takes from ``source``: those its manifest names, and the model card if any."""
    names = list(dict.fromkeys(source.manifest.files.values()))
    card = Path(source.path) / MODEL_CARD
    if MODEL_CARD not in names and (card.is_file() or card.is_symlink()):
        names.append(MODEL_CARD)
    return names


def _copy_regular(source_dir: Path, name: str, target_dir: Path) -> None:
    """Copy ``source_dir/name`` to ``target_dir/name``; OutputError if it or a folder on the way is a symbolic
    link or not a regular file (publish.open_regular: a link swapped in after the check is not followed either)."""
    where = source_dir
    for part in Path(name).parts[:-1]:
        where = where / part
        if where.is_symlink() or not where.is_dir():
            raise OutputError(tr("bundle {source_dir}: folder {part!r} of {name} is a symbolic link or not a folder; "
                                 "saving copies only regular files inside the bundle").format(
                source_dir=source_dir, part=part, name=name))
    try:
        src = open_regular(source_dir / name)
    except NotRegularFile as exc:
        why = ("is a symbolic link; saving copies only regular files (replace the link with the file itself)"
               if exc.link else "is not a regular file; saving copies only regular files")
        raise OutputError(tr("bundle {source_dir}: {name} {why}").format(
            source_dir=source_dir, name=name, why=why)) from None
    with src:
        out = target_dir / name
        out.parent.mkdir(parents=True, exist_ok=True)
        with open(out, "wb") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)


class StagedBundle(Staged):
    """A bundle copy built and loaded in a temporary folder beside the target (publish.Staged); ``publish()``
    checks again that the target may be replaced, ``finish()`` returns the saved bundle."""

    def publish(self) -> None:
        check_replaceable(self.path)  # again: it may have changed since the first check
        super().publish()

    def finish(self) -> Bundle:
        return load_bundle(super().finish())


def stage_concept(concept: Concept, source: Bundle, target: str | Path) -> StagedBundle:
    """Build and check the copy of ``source`` with ``concept`` for ``target``; writes only a temporary folder."""
    target = check_save_target(target, source)
    spec = source.manifest.embedding
    if spec is None:
        raise OutputError(tr("bundle {path} has no embedding output, so it cannot carry a concept; "
                             "use a bundle exported by this version").format(path=source.path))
    try:
        concept.validate(spec.size, spec.backbone_id)
    except ConceptError as exc:
        raise OutputError(str(exc)) from None
    manifest = Manifest.from_dict(source.manifest.to_dict(), str(source.path / MANIFEST))
    manifest.format = FORMAT_VERSION
    others = [c for c in manifest.concepts if c.name != concept.name]

    def fits(candidate: Concept) -> bool:   # as write_manifest writes it, within what load_bundle reads
        manifest.concepts = others + [candidate]
        return len(json.dumps(manifest.to_dict(), indent=2)) + 1 <= MAX_MANIFEST_BYTES
    kept = recent_scenes(concept, fits)
    if kept is None:
        raise OutputError(tr("concept {name!r} records more about its scenes and models than a bundle's manifest "
                             "holds ({MAX_MANIFEST_BYTES:,} bytes); save it as a concept file instead"
                             ).format(name=concept.name, MAX_MANIFEST_BYTES=MAX_MANIFEST_BYTES))
    manifest.concepts = others + [kept]
    staged = StagedBundle.create(target, folder=True)  # sweeps what a save killed with kill -9 left beside it
    tmp = staged.temp
    with discarded_on_error(staged, (OSError, BundleError), _not_saved(target)):
        check_replaceable(target)  # again: the sweep may have put a replaced copy back
        names = bundle_files(source)
        for name in names:
            _copy_regular(Path(source.path), name, tmp)
        write_manifest(manifest, tmp)
        (tmp / MARKER).write_text(json.dumps({"made_by": "planet_qgis_plugin teach (a saved concept)",
                                              "files": [MANIFEST, *names]}, indent=1) + "\n", encoding="utf-8")
        load_bundle(tmp)  # the copy must load before it takes the target's place
    return staged


def _not_saved(target: Path):
    return lambda exc: OutputError(tr("could not save the bundle to {target} (nothing changed there): {exc}").format(
        target=target, exc=exc))


def save_concept(concept: Concept, source: Bundle, target: str | Path) -> Bundle:
    """Copy ``source`` to ``target`` with ``concept`` added to (or replacing one in) its manifest."""
    staged = stage_concept(concept, source, target)
    with discarded_on_error(staged, (OSError,), _not_saved(staged.path)):
        staged.publish()
    return staged.finish()
