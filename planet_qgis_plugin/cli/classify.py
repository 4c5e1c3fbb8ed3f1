"""Command line: ``python -m planet_qgis_plugin SCENE -o OUT.gpkg`` (no QGIS needed; the older
``python -m planet_qgis_plugin.classify`` runs the same main())."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .common import (
    Parser,
    add_max_tiles_option,
    add_model_options,
    bar_progress,
    command,
    distinct_files,
    loading,
    progress_bar,
    run_cli,
    say,
    warn,
)

with loading():  # a stop while the libraries load: one line, exit 130 / 143 / 129
    from ..core.errors import OutputError
    from ..core.model.bundle import resolve_bundle
    from ..core.pipeline.aoi import AOI
    from ..core.pipeline.classify import ClassifyOptions
    from ..core.pipeline.sources import check_not_read_by
    from ..core.publish import check_new_file, check_not_an_input, resolved_path, staged
    from ..core.teach.apply import classify_applying, read_concepts


def build_parser() -> argparse.ArgumentParser:
    p = Parser(
        prog="python -m planet_qgis_plugin",
        description="Label every 256x256 tile of a Planet scene with the 17 Planet-Amazon tags (each tag's "
                    "probability kept) and flag mining, selective logging and slash-and-burn where the bundle's "
                    "concepts or a --concept FILE find them (a tag the model saw too few examples of raises no "
                    "flag by itself; the run names those tags). Writes a GeoPackage layer 'tiles'.",
        epilog="Exit status: 0 done; 1 bad input (one 'error:' line, nothing written); 75 OUTPUT or the --aoi file is a "
               "GeoPackage another program is writing (nothing written: run again once it is done); 130, 143, 129 interrupted by "
               "Ctrl-C, SIGTERM, SIGHUP (nothing written). The other commands: python -m planet_qgis_plugin "
               "teach|batch|change --help (this one is also python -m planet_qgis_plugin.classify).")
    p.add_argument("scene", type=Path, help="raster to classify (any GDAL format: GeoTIFF, VRT, ...)")
    p.add_argument("-o", "--output", type=Path, required=True, help="output GeoPackage (.gpkg)")
    add_model_options(p)
    p.add_argument("--bands", default=None,
                   help="band mapping, e.g. red=3,green=2,blue=1 (default: from band descriptions / known layouts)")
    p.add_argument("--aoi", default=None,
                   help="area of interest: only the tiles it overlaps are classified (a tile it only borders is "
                        "not); a vector file, or minx,miny,maxx,maxy[,CRS] (CRS default EPSG:4326)")
    p.add_argument("--stride", type=int, default=None, help="tile step in pixels (default: chip size, no overlap)")
    add_max_tiles_option(p)
    p.add_argument("--preview", type=Path, default=None, help="also write a PNG quick-look with flagged tiles coloured")
    p.add_argument("--no-embeddings", dest="embeddings", action="store_false",
                   help="do not store each tile's embedding (a smaller file: README, Output; the layer cannot "
                        "be used to teach concepts)")
    p.add_argument("--concept", action="append", type=Path, default=[], metavar="FILE",
                   help="also apply a concept saved by teach --save-concept (p_<name>; flag_<name> at p >= 0.5, "
                        "or its taught threshold if higher); repeatable")
    p.add_argument("--overwrite", action="store_true", help="replace OUTPUT if it exists")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    return p


PREVIEW_SUFFIXES = (".png", ".jpg", ".jpeg")


def check_preview(preview: Path, overwrite: bool, inputs: list[Path], output: Path) -> None:
    """Before any work: the quick-look can be written, and writing it replaces neither an input nor the output."""
    check_not_an_input(preview, inputs, "preview")
    if preview.suffix.lower() not in PREVIEW_SUFFIXES:
        raise OutputError(f"preview {preview} must end in {', '.join(PREVIEW_SUFFIXES)}")
    if resolved_path(preview) == resolved_path(output):
        raise OutputError(f"preview {preview} is the same file as the output; give it another name")
    check_new_file(preview, "preview", overwrite, folder_must_exist=False)  # its folder is made if missing


def _attach_values(argv: list[str]) -> list[str]:
    """``--aoi -60.1,-3.2,...``: argparse would take the negative bbox for an option; attach it."""
    out = list(argv)
    for i, arg in enumerate(out[:-1]):
        if arg == "--aoi" and out[i + 1][:1] == "-" and out[i + 1][1:2].isdigit():
            out[i:i + 2] = [f"--aoi={out[i + 1]}", ""]
    return [a for a in out if a != ""]


@command
def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(_attach_values(sys.argv[1:] if argv is None else argv))
    written: list[Path] = []  # the GeoPackage, once published (an interrupted preview must not deny it)

    def interrupted() -> str:
        if len(written) > 1:   # stopped while the lines that say them were printed
            return f"{written[0]} and the preview {written[1]} were written"
        return f"{written[0]} was written, the preview was not" if written else "no output was written"

    return run_cli(lambda: _run(args, written), interrupted)


def _run(args: argparse.Namespace, written: list[Path]) -> int:
    args.concept = distinct_files(args.concept)  # one file given twice is applied once
    inputs = [args.scene, *([Path(args.aoi)] if args.aoi and Path(args.aoi).is_file() else []), *args.concept]
    check_not_an_input(args.output, inputs)   # e.g. -o area.gpkg --aoi area.gpkg --overwrite, or a --concept file
    if args.preview:
        check_preview(args.preview, args.overwrite, inputs, args.output)
        check_not_read_by(args.preview, args.scene, "preview")   # a VRT's PNG source, say
    bundle = resolve_bundle(args.bundle)
    concepts = read_concepts(args.concept, bundle, args.embeddings)
    aoi = AOI.from_text(args.aoi) if args.aoi else None
    options = ClassifyOptions(args.backend, args.device, args.batch_size, args.bands, aoi, args.stride,
                              args.overwrite, embeddings=args.embeddings, max_tiles=args.max_tiles)
    with progress_bar(args.quiet, "tile", "classifying") as bar:
        result, applied_concepts = classify_applying(args.scene, args.output, bundle, options, concepts,
                                                     bar_progress(bar))
    written.append(result.output)
    for message in result.messages:
        warn(message)
    if args.preview:   # before the lines that say the run's outputs: they are said once all are written
        _write_preview(args, result.output, bundle)
        written.append(args.preview)
    for applied in applied_concepts:
        if applied.unconfirmed:
            warn(applied.message())
        else:
            say(applied.message())
    say(result.summary() + (f"; preview {args.preview}" if args.preview else ""))
    return 0


def _write_preview(args: argparse.Namespace, output: Path, bundle) -> None:
    """The quick-look under a temporary name, then renamed: an interrupted run never leaves half an image."""
    from ..core.pipeline.preview import render_preview

    try:
        args.preview.parent.mkdir(parents=True, exist_ok=True)  # its check let a folder still to make through
        with staged(args.preview, suffix=f".partial{args.preview.suffix}") as temp:
            render_preview(args.scene, output, temp, bundle, args.bands)
    except OSError as exc:  # a full disk: '[Errno 28] No space left on device' named no file, nor the GeoPackage
        raise OutputError(f"could not write preview {args.preview}: {exc.strerror or exc}; {output} was written, "
                          "the preview was not") from None


if __name__ == "__main__":
    sys.exit(main())
