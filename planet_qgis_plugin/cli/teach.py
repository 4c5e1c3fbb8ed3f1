"""Command line: ``python -m planet_qgis_plugin.teach TILES.gpkg --name NAME --positive ID[,ID...]``.

Teaches a concept from marked and answered tiles of a GeoPackage written by classify (using the
embeddings stored with its tiles: the network does not run again), writes ``p_<NAME>``/``flag_<NAME>``
into its layer ``tiles`` and prints the flag's threshold and expected precision, the top candidates and
the tiles to review next (``--json``: one JSON object a program can drive the review loop with).
``--save-concept FILE`` keeps the concept as a small file (``classify --concept FILE`` applies it);
``--concept FILE`` teaches a saved concept on: its earlier scenes' labelled tiles join. All the
teaching is core/teach/session.py; see docs/teach.md.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from .common import EXIT_ERROR, EXIT_RETRY, Parser, SignalHold, Unprinted, command, loading, run_cli, say, warn

with loading():  # a stop while the libraries load: one line, exit 130 / 143 / 129
    import numpy as np

    from ..core.model.bundle import resolve_bundle
    from ..core.model.concepts import CONCEPT_GROUPS, CONTEXTS, ConceptError
    from ..core.publish import check_folder, check_not_an_input, same_file
    from ..core.teach.apply import check_bundle_names
    from ..core.teach.calibrate import TARGET_PRECISION
    from ..core.teach.concept_file import SUFFIX as CONCEPT_SUFFIX
    from ..core.teach.concept_file import read_concept_file, stage_concept_file
    from ..core.teach.fields import TeachError, check_concept_fields, check_writable, unknown_concepts
    from ..core.teach.fit import DEFAULT_BACKGROUND, METHODS
    from ..core.teach.locate import LocateOptions, Locator
    from ..core.teach.save import check_save_target, inside, stage_concept
    from ..core.teach.session import TeachOptions, TeachSession
    from ..core.wording import count


def build_parser() -> argparse.ArgumentParser:
    p = Parser(
        prog="python -m planet_qgis_plugin.teach",
        description="Teach a concept from a few marked tiles of a tile GeoPackage written by classify; writes "
                    "p_<NAME> (0..1) and flag_<NAME> into its layer 'tiles' (replacing them if present).",
        epilog=f"Exit status: 0 done; {EXIT_ERROR} bad input (one 'error:' line, nothing written); {EXIT_RETRY} the "
               "layer changed between the read and the write (another teach, QGIS or a script wrote into it), or "
               "another program held it locked (nothing written): run the same call again; 130, 143, 129 interrupted by Ctrl-C, SIGTERM, SIGHUP.")
    p.add_argument("gpkg", type=Path, help="tile GeoPackage written by classify (with embeddings)")
    p.add_argument("--name", default=None,
                   help="concept name: a-z, 0-9, _ (fields p_<NAME>, flag_<NAME>); default: the --concept file's")
    p.add_argument("--positive", action="append", default=[], metavar="ID[,ID...]",
                   help="tiles that show the concept (marks, and reviews answered yes): fid (12) or ROW:COL (3:4); "
                        "repeatable")
    p.add_argument("--negative", action="append", default=[], metavar="ID[,ID...]",
                   help="tiles that do not show it (reviews answered no); repeatable")
    p.add_argument("--skip", action="append", default=[], metavar="ID[,ID...]",
                   help="tiles reviewed and left unanswered (not sure): never offered again; repeatable")
    p.add_argument("--group", choices=CONCEPT_GROUPS, default=None,
                   help="flag group the concept raises (default: the --concept file's, else other = only its own "
                        "flag_<NAME>)")
    p.add_argument("--bundle", type=Path, default=None,
                   help="model bundle the tiles were classified with (default: the bundled model)")
    p.add_argument("--concept", type=Path, default=None, metavar="FILE",
                   help="teach on a concept saved with --save-concept (its earlier scenes' tiles join the marks)")
    p.add_argument("--save-concept", type=Path, default=None, metavar="FILE",
                   help="also save the concept as a small file (classify --concept FILE applies it)")
    p.add_argument("--save-to", type=Path, default=None, metavar="BUNDLE_DIR",
                   help="also write a copy of the bundle that carries the concept (not inside the plugin)")
    p.add_argument("--context", choices=CONTEXTS, default=None,
                   help="neighbours: a tile's score also uses the mean of the tiles around it that do not overlap it "
                        "(its 8 neighbours at classify's default stride; default: the --concept file's, else none)")
    p.add_argument("--no-bank", dest="bank", action="store_false",
                   help="do not use the bundle's background bank of varied imagery as extra negatives")
    p.add_argument("--target-precision", type=float, default=TARGET_PRECISION,
                   help=f"share of flagged tiles that should show the concept (default {TARGET_PRECISION})")
    p.add_argument("--method", choices=METHODS, default="auto",
                   help="auto: similarity for one positive, logistic regression for more (default)")
    p.add_argument("--background", type=int, default=DEFAULT_BACKGROUND,
                   help=f"unmarked tiles drawn as background negatives (default {DEFAULT_BACKGROUND})")
    p.add_argument("--seed", type=int, default=0, help="seed of the background draw (default 0; 0 or more)")
    p.add_argument("--top", type=int, default=10, help="top candidates to print (default 10)")
    p.add_argument("--review", type=int, default=10, help="tiles to review next to print (default 10)")
    p.add_argument("--json", action="store_true",
                   help="print one JSON object (threshold, expected precision, answers, flagged, review: "
                        "[{fid, row, col, p}, ...] in the order to look at them) instead of text")
    p.add_argument("--locate", action="store_true",
                   help="also say where in each top and review tile the concept is: the best of its 4 half-tile "
                        "cells (\"cell\": {row, col, p, box} in --json). Reruns the network on 9 windows around each "
                        "listed tile, read from the raster the layer was classified from (which must still be "
                        "there, or give --raster): about 9 chips per tile, a second or two for 20 tiles on a CPU")
    p.add_argument("--raster", type=Path, default=None,
                   help="with --locate: the raster the layer was classified from, where it is now (moved or "
                        "copied; it must be the same raster: same tile grid, and same content for one without a CRS)")
    p.add_argument("--dry-run", action="store_true",
                   help="print the results, write nothing (so not with --save-concept or --save-to)")
    # a tile whose fid was edited in QGIS to a negative one (-5) is listed in the review as any other: "-5,3" after
    # --negative is a value, not an option (common.NEGATIVE_NUMBER)
    return p


def _ids(values: list[str]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


_NEGATIVE_FID = re.compile(r"-\d+")


def _by_place(ids: list[str], tiles) -> list[str]:
    """``ids`` with each negative fid of the layer (a fid edited in QGIS: the review lists it as any other) given as
    its tile's ROW:COL, the way the core's session names a tile other than by a fid of digits. One the layer lacks
    is left to the core's line (ids are digits or ROW:COL), as the review never lists it."""
    out = []
    for text in ids:
        at = np.flatnonzero(tiles.fids == int(text)) if _NEGATIVE_FID.fullmatch(text) else []
        if not len(at):
            out.append(text)
            continue
        place = f"{tiles.rows[at[0]]}:{tiles.cols[at[0]]}"
        if tiles.rows[at[0]] < 0 or tiles.cols[at[0]] < 0:   # row or col NULL (-1): no ROW:COL to name it by
            raise TeachError(f"tile {text} has a negative fid and no ROW:COL (row or col is NULL), so teach cannot "
                             f"name it: give it a fid of 0 or more in QGIS (Attribute table, fid)")
        if np.count_nonzero((tiles.rows == tiles.rows[at[0]]) & (tiles.cols == tiles.cols[at[0]])) > 1:
            raise TeachError(f"tile {text} has a negative fid and shares its ROW:COL {place} with another tile, so "
                             f"teach cannot name it: give it a fid of 0 or more in QGIS (Attribute table, fid)")
        out.append(place)
    return out


def _table(title: str, tiles, cells: dict | None = None) -> list[str]:
    lines = [f"{title}:", f"  {'fid':>7}  {'row:col':>9}  {'p':>5}" + ("  cell (row:col p, box)" if cells else "")]
    for t in tiles:
        lines.append(f"  {t.fid:>7}  {f'{t.row}:{t.col}':>9}  {t.p:5.3f}" + (_cell_text(cells[t.fid]) if cells else ""))
    if not tiles:
        lines.append("  (none)")
    return lines


def _cell_text(cell) -> str:
    if cell is None:
        return "  (no cell with data)"
    return f"  {cell.row}:{cell.col} {cell.p:.3f} [{', '.join(f'{v:.6g}' for v in cell.box)}]"


def _locate(session, bundle, fitted, summary: dict, raster: Path | None) -> dict:
    """{fid: its best Cell or None} for the top and review tiles, and ``summary``'s items given their "cell"."""
    fids = list(dict.fromkeys(t.fid for t in fitted.top + fitted.review))
    found = Locator(session.tiles, bundle, LocateOptions(raster=raster)).locate(fitted.result.concept, fids)
    cells = {f.fid: f.best for f in found}
    for key in ("review", "top"):
        for item in summary[key]:
            best = cells[item["fid"]]
            item["cell"] = best.to_dict() if best is not None else None
    return cells


def run(args: argparse.Namespace, state: dict | None = None) -> list[str]:
    """Do the work; returns the lines to print. Every check comes before the first write. ``state["written"]``
    says what was written once the GeoPackage has committed (for the message of an interrupted run)."""
    state = {} if state is None else state
    positives, negatives, skipped = _ids(args.positive), _ids(args.negative), _ids(args.skip)
    if not positives:
        raise TeachError("no positive tile: give --positive with at least one fid or ROW:COL")
    if args.raster is not None and not args.locate:
        raise TeachError("--raster is read only by --locate: add --locate, or drop --raster")
    saves = [flag for flag, value in (("--save-concept", args.save_concept), ("--save-to", args.save_to)) if value]
    if args.dry_run and saves:  # a driver dry-running its last call would find no file where it asked for one
        raise TeachError(f"--dry-run writes nothing, so {' and '.join(saves)} would not be written: drop --dry-run "
                         f"to save, or drop {' and '.join(saves)}")
    bundle = resolve_bundle(args.bundle)
    if bundle.manifest.embedding is None:
        raise TeachError(f"bundle {bundle.path} has no embedding output, so its tiles cannot be taught on; "
                         "use a bundle exported by this version (--bundle)")
    spec = bundle.manifest.embedding
    earlier = read_concept_file(args.concept, spec.size, spec.backbone_id) if args.concept else None
    if args.name is None and earlier is None:
        raise TeachError("name the concept: --name NAME (or teach a saved one on: --concept FILE)")
    base = earlier.concept if earlier else None
    options = TeachOptions(name=args.name if args.name is not None else base.name, group=args.group or (base.group if base else "other"),
                           context=args.context or (base.context if base else "none"), bank=args.bank,
                           target_precision=args.target_precision, method=args.method, background=args.background,
                           seed=args.seed, review_count=args.review, top_count=args.top)
    options.check()
    if base is not None and options.name == base.name and args.save_to is None:
        # taught on, the file's concept is written over the bundle's own p_<name>/flag_<name> on the layer: refused
        # as classify --concept, batch and Load concept refuse that file (its message names --name and --save-to,
        # the two ways on: beside the bundle's, or replacing it in a copy of the bundle)
        check_bundle_names([args.concept], [base], bundle)
    _check_bundle_concept_name(options.name, bundle, args.save_concept, args.save_to)
    if args.save_to is not None:
        if options.context != "none":
            raise TeachError("--save-to writes a bundle, which carries per-tile concepts only; save a concept with "
                             "neighbour context with --save-concept FILE (classify --concept FILE applies it)")
        check_save_target(args.save_to, bundle)
    if args.save_concept is not None:
        _check_concept_target(args.save_concept, [args.gpkg, *([args.raster] if args.raster else [])],
                              {"the model bundle": bundle.path, "--save-to": args.save_to}, options.name, args.concept)
    session = TeachSession(args.gpkg, bundle, options)
    if not args.dry_run:
        check_writable(session.tiles.path)
        check_concept_fields(session.tiles, options.name)
    positives, negatives, skipped = (_by_place(ids, session.tiles) for ids in (positives, negatives, skipped))
    # one label a tile (fid in one option, ROW:COL in another alike): the later call would take it in silence
    labels = {"positive": positives, "negative": negatives, "skipped": skipped}
    fids = {label: set(session.fids_of(ids)) for label, ids in labels.items()}
    for first, second in (("positive", "negative"), ("positive", "skipped"), ("negative", "skipped")):
        both = fids[first] & fids[second]
        if both:
            fid = min(both)
            place = session.tiles.cells(session.tiles.rows_of([fid]))[0]
            raise TeachError(f"tile {fid} ({place}) is marked both {first} and {second}")
    for tile in skipped:
        session.answer(tile, "skip")
    session.mark(positives)
    session.mark(negatives, positive=False)
    if earlier is not None:
        session.continue_from(earlier)
    fitted = session.refit()
    summary = session.summary()
    name, r = options.name, fitted.result
    joined = session.earlier_examples()  # the concept file's labelled tiles, less those labelled here now
    how = ("cosine similarity to the positive" if r.method == "similarity"
           else f"logistic regression against {count(r.background, 'background tile')}"
           + (f" and {count(r.bank, 'tile of other imagery', 'tiles of other imagery')}" if r.bank else ""))
    cut = "nothing reaches it" if fitted.threshold >= 1.0 else f"p >= {fitted.threshold:.2f}"
    lines = [f"taught '{name}' (group {options.group}) from {len(session.positives)} positive and "
             f"{len(session.negatives)} negative tile(s) by {how}"
             + (f", with {len(joined[0])} + {len(joined[1])} tiles labelled earlier (the concept file's)" if joined is not None else ""),
             f"flag_{name} ({cut}) is set on {fitted.flagged} of {len(session.tiles.fids)} tiles; expected precision "
             f"{fitted.expected_precision:.2f} (aim {options.target_precision:.2f}), "
             f"from {count(fitted.answers, 'labelled tile')}",
             f"found {fitted.found} of about {fitted.about}, reviewed {fitted.reviewed}"]
    if fitted.rough:
        lines.append(f"a rough concept: {count(fitted.rests_on, 'labelled tile')} "
                     f"{'is' if fitted.rests_on == 1 else 'are'} too few to trust flag_{name} or its expected "
                     f"precision (as a concept file it flags nothing elsewhere); answer the review "
                     f"(--positive / --negative) and teach again")
    if session.taught_on_slivers():  # on stderr: --json's one object stays as it is
        warn(f"{session.sliver_warning()} (docs/teach.md, \"Slivers at the edge\")")
    cells = _locate(session, bundle, fitted, summary, args.raster) if args.locate else None
    if args.top:
        lines += _table("top candidates (not marked)", fitted.top, cells)
    if args.review:
        lines += _table("review next (likeliest first)", fitted.review, cells)
    summary.update({"wrote": None, "saved_concept": None, "saved_bundle": None})
    if args.dry_run:
        lines.append("dry run: nothing written")
        return _output(args, lines, summary)
    unknown = [n for n in unknown_concepts(session.tiles, bundle.manifest) if n != name]
    if unknown:
        warn(f"{session.tiles.path.name} carries concept field(s) {', '.join(unknown)} that bundle "
             f"{bundle.manifest.display_name} does not know: flag_<group> is refolded without them (pass the "
             "bundle the layer was classified with: --bundle)")
    # all or nothing: the concept file and the bundle copy are built and checked first, put in place just
    # before the GeoPackage commits (signals held from there on), and taken back if the commit fails
    staged = stage_concept(r.concept, bundle, args.save_to) if args.save_to is not None else None
    try:
        concept_file = (stage_concept_file(session.concept_file(), args.save_concept)
                        if args.save_concept is not None else None)
    except BaseException:
        if staged is not None:
            staged.discard()
        raise
    hold = SignalHold()

    def publish() -> None:
        hold.start()
        for output in (concept_file, staged):
            if output is not None:
                output.publish()

    try:
        session.write(before_commit=publish)
        state["written"] = f"p_{name}/flag_{name} were written into {session.tiles.path}" + (
            f", the concept saved to {args.save_concept}" if concept_file is not None else "") + (
            f" and the bundle saved to {staged.path}" if staged is not None else "")
        saved = staged.finish() if staged is not None else None
        if concept_file is not None:
            concept_file.finish()
    except BaseException:
        if "written" not in state:
            for output in (staged, concept_file):
                if output is not None:
                    output.discard()
        raise
    finally:
        hold.release()
    summary["wrote"] = str(session.tiles.path)
    lines.append(f"wrote p_{name}, flag_{name} (and refolded flag_/score_ of the groups, flagged) into "
                 f"{session.tiles.path}")
    if concept_file is not None:
        summary["saved_concept"] = str(args.save_concept)
        lines.append(f"saved concept '{name}' to {args.save_concept} (classify --concept {args.save_concept} "
                     "applies it)")
    if saved is not None:
        summary["saved_bundle"] = str(saved.path)
        lines.append(f"saved bundle with concept '{name}' to {saved.path} "
                     f"(classify --bundle {saved.path} applies it as it applies a concept file)")
    return _output(args, lines, summary)


def _check_bundle_concept_name(name: str, bundle, save_concept: Path | None, save_to: Path | None) -> None:
    """A concept named as one the bundle applies itself (its starter ``mine``): teaching it would replace the
    bundle's p_<name>/flag_<name> on this layer, and a concept file of that name is refused by classify --concept
    beside the bundle (core/teach/apply.check_bundle_names, as teach --concept and the panel's Load concept refuse
    it): refused before any work, whether a file is saved or not. With --save-to alone it is the documented way to
    replace the concept in a bundle copy: nothing to say."""
    own = {c.name: c for c in bundle.manifest.concepts}
    if name not in own or (save_concept is None and save_to is not None):
        return
    other = f"{name[:38]}_2"  # a valid name (at most 40 characters)
    what = (f"bundle {bundle.manifest.display_name} applies its own concept '{name}' (p_{name}, flag_{name}, group "
            f"{own[name].group})")
    if save_concept is not None:
        raise TeachError(f"{what}: classify --concept would refuse a concept file of that name beside it; name this "
                         f"one otherwise (--name {other}), or save it into a copy of the bundle with --save-to")
    raise TeachError(f"{what}: teaching '{name}' would replace them on this layer, where classify --concept would "
                     f"refuse a concept file of that name; name this one otherwise (--name {other}), or replace the "
                     "bundle's in a copy of it with --save-to DIR")


def _check_concept_target(path: Path, inputs: list[Path], folders: dict[str, Path | None], name: str,
                          continued: Path | None) -> None:
    """Before any work: --save-concept writes over none of the run's inputs (the GeoPackage itself, the raster)
    and into neither the model bundle nor the --save-to folder (its files are the bundle's; a save there would be
    lost when the new bundle takes the folder's place). Saving over the --concept file is how a concept is kept,
    and so is saving over an earlier file of the same concept; any other file there is kept (teach has no
    --overwrite: a scene, notes or another concept's file is never replaced). A symbolic link is replaced, not
    the file it points to."""
    check_not_an_input(path, inputs, "--save-concept")
    check_folder(path, "--save-concept", error=TeachError)
    where = path.parent.resolve()
    for what, folder in folders.items():
        if folder is not None and Path(folder).is_dir() and inside(where, Path(folder).resolve()):
            raise TeachError(f"--save-concept {path} lies in {what} folder {folder}; save the concept file elsewhere")
    if path.is_symlink() or not path.is_file() or (continued is not None and same_file(path, continued)):
        return
    try:
        held = read_concept_file(path).concept.name
    except ConceptError:
        raise TeachError(f"--save-concept {path} already exists and is not a concept file, so it is not replaced; "
                         f"choose another name (e.g. {name}{CONCEPT_SUFFIX})") from None
    if held != name:
        raise TeachError(f"--save-concept {path} holds the concept '{held}', not '{name}', so it is not replaced; "
                         f"choose another name (e.g. {name}{CONCEPT_SUFFIX}), or remove that file first")


def _output(args: argparse.Namespace, lines: list[str], summary: dict) -> list[str]:
    return [json.dumps(summary)] if args.json else lines


@command
def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    state: dict = {}
    return run_cli(lambda: _print(run(args, state), state),
                   lambda: state.get("written", "the GeoPackage is as it was") + ("" if "written" not in state
                                                                                 else " (the rest was not printed)"))


def _print(lines: list[str], state: dict) -> int:
    try:
        for line in lines:
            say(line)
    except Unprinted as exc:  # whoever read the output (a program driving --json) went away, or a full disk: say
        raise TeachError(f"the output could not be printed ({exc.reason}); "
                         + state.get("written", "nothing was written")) from None
    return 0


if __name__ == "__main__":
    sys.exit(main())
