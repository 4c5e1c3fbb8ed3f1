"""Command line: ``python -m planet_qgis_plugin.teach TILES.gpkg --name NAME --positive ID[,ID...]``.

Teaches a concept from a few marked tiles of a GeoPackage written by classify (using the embeddings
stored with its tiles: the network does not run again), writes ``p_<NAME>``/``flag_<NAME>`` into its
layer ``tiles`` and prints the top candidates and the tiles worth reviewing next. See docs/teach.md.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.model.bundle import resolve_bundle
from ..core.model.concepts import CONCEPT_GROUPS, check_concept_name
from ..core.teach.fields import (
    TeachError,
    check_concept_fields,
    check_writable,
    read_embeddings,
    unknown_concepts,
    write_concept,
)
from ..core.teach.fit import DEFAULT_BACKGROUND, METHODS, teach
from ..core.teach.save import check_save_target, stage_concept
from .common import SignalHold, run_cli


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m planet_qgis_plugin.teach",
        description="Teach a concept from a few marked tiles of a tile GeoPackage written by classify; writes "
                    "p_<NAME> (0..1) and flag_<NAME> into its layer 'tiles' (replacing them if present).")
    p.add_argument("gpkg", type=Path, help="tile GeoPackage written by classify (with embeddings)")
    p.add_argument("--name", required=True, help="concept name: a-z, 0-9, _ (fields p_<NAME>, flag_<NAME>)")
    p.add_argument("--positive", action="append", default=[], metavar="ID[,ID...]",
                   help="tiles that show the concept: fid (12) or ROW:COL (3:4); repeatable")
    p.add_argument("--negative", action="append", default=[], metavar="ID[,ID...]",
                   help="tiles that do not show it (optional); repeatable")
    p.add_argument("--group", choices=CONCEPT_GROUPS, default="other",
                   help="flag group the concept raises (default: other = only its own flag_<NAME>)")
    p.add_argument("--bundle", type=Path, default=None,
                   help="model bundle the tiles were classified with (default: the bundled model)")
    p.add_argument("--save-to", type=Path, default=None, metavar="BUNDLE_DIR",
                   help="also write a copy of the bundle that carries the concept (not inside the plugin)")
    p.add_argument("--method", choices=METHODS, default="auto",
                   help="auto: similarity for one positive, logistic regression for more (default)")
    p.add_argument("--background", type=int, default=DEFAULT_BACKGROUND,
                   help=f"unmarked tiles drawn as background negatives (default {DEFAULT_BACKGROUND})")
    p.add_argument("--seed", type=int, default=0, help="seed of the background draw (default 0; 0 or more)")
    p.add_argument("--top", type=int, default=10, help="top candidates to print (default 10)")
    p.add_argument("--review", type=int, default=10, help="tiles to review next to print (default 10)")
    p.add_argument("--dry-run", action="store_true", help="print the results, write nothing")
    return p


def _ids(values: list[str]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _table(title: str, tiles, indices, probabilities) -> list[str]:
    lines = [f"{title}:", f"  {'fid':>7}  {'row:col':>9}  {'p':>5}"]
    for i in indices:
        lines.append(f"  {tiles.fids[i]:>7}  {f'{tiles.rows[i]}:{tiles.cols[i]}':>9}  {probabilities[i]:5.3f}")
    if not indices:
        lines.append("  (none)")
    return lines


def run(args: argparse.Namespace, state: dict | None = None) -> list[str]:
    """Do the work; returns the lines to print. Every check comes before the first write. ``state["written"]``
    says what was written once the GeoPackage has committed (for the message of an interrupted run)."""
    state = {} if state is None else state
    name = check_concept_name(args.name)
    positives, negatives = _ids(args.positive), _ids(args.negative)
    if not positives:
        raise TeachError("no positive tile: give --positive with at least one fid or ROW:COL")
    if args.background < 0 or args.top < 0 or args.review < 0 or args.seed < 0:
        raise TeachError("--background, --top, --review and --seed must not be negative")
    bundle = resolve_bundle(args.bundle)
    if bundle.manifest.embedding is None:
        raise TeachError(f"bundle {bundle.path} has no embedding output, so its tiles cannot be taught on; "
                         "use a bundle exported by this version (--bundle)")
    tiles = read_embeddings(args.gpkg, embedding=bundle.manifest.embedding)
    if not args.dry_run:
        check_writable(tiles.path)
        check_concept_fields(tiles, name)
    if args.save_to is not None:
        check_save_target(args.save_to, bundle)
    pos, neg = tiles.rows_of(positives), tiles.rows_of(negatives)
    provenance = {
        **({"scene": tiles.metadata["PLANET_SCENE"]} if tiles.metadata.get("PLANET_SCENE") else {}),
        "models": tiles.models,
        **tiles.provenance(pos, neg),
    }
    result = teach(tiles.embeddings, pos, neg, name=name, group=args.group, backbone_id=tiles.backbone_id,
                   method=args.method, background=args.background, seed=args.seed, n_top=args.top,
                   n_review=args.review, provenance=provenance)
    how = ("cosine similarity to the positive" if result.method == "similarity"
           else f"logistic regression against {result.background} background tiles")
    lines = [f"taught '{name}' (group {args.group}) from {len(pos)} positive and {len(neg)} negative tile(s) by "
             f"{how}; flag_{name} (p >= {result.concept.threshold:.2f}) is set on "
             f"{int(result.flags.sum())} of {len(tiles.fids)} tiles"]
    if args.top:
        lines += _table("top candidates (not marked)", tiles, result.top, result.probabilities)
    if args.review:
        lines += _table("review next (uncertain and unlike each other)", tiles, result.review, result.probabilities)
    if args.dry_run:
        lines.append("dry run: nothing written")
        return lines
    unknown = [n for n in unknown_concepts(tiles, bundle.manifest) if n != name]
    if unknown:
        print(f"warning: {tiles.path.name} carries concept field(s) {', '.join(unknown)} that bundle "
              f"{bundle.manifest.display_name} does not know: flag_<group> is refolded without them (pass the "
              "bundle the layer was classified with: --bundle)", file=sys.stderr)
    # all or nothing: the bundle copy is built and checked first, put in place just before the GeoPackage
    # commits (signals held from there on), and taken back if the commit fails
    staged = stage_concept(result.concept, bundle, args.save_to) if args.save_to is not None else None
    hold = SignalHold()

    def publish() -> None:
        hold.start()
        if staged is not None:
            staged.publish()

    try:
        write_concept(tiles, result.concept, result.probabilities, result.flags, bundle.manifest, publish)
        state["written"] = f"p_{name}/flag_{name} were written into {tiles.path}" + (
            f" and the bundle saved to {staged.target}" if staged is not None else "")
        saved = staged.finish() if staged is not None else None
    except BaseException:
        if staged is not None and "written" not in state:
            staged.discard()
        raise
    finally:
        hold.release()
    lines.append(f"wrote p_{name}, flag_{name} (and refolded flag_/score_ of the groups, flagged) into {tiles.path}")
    if saved is not None:
        lines.append(f"saved bundle with concept '{name}' to {saved.path} "
                     f"(classify --bundle {saved.path} applies it to every tile)")
    return lines


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    state: dict = {}
    return run_cli(lambda: _print(run(args, state)),
                   lambda: state.get("written", "the GeoPackage is as it was") + ("" if "written" not in state
                                                                                 else " (the rest was not printed)"),
                   stop_signals=True)


def _print(lines: list[str]) -> int:
    for line in lines:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
