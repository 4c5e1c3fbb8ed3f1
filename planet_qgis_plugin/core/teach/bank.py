"""The background bank: tiles of varied Planet imagery shipped with a bundle, negatives beyond the scene.

A concept taught on one scene learns what that scene's tiles are not; on the next scene it meets
clouds, haze, towns, farmland, sandbars it never saw, and flags some. The bank holds the features of a
few hundred tiles of public Planet imagery (forest, rivers, sandbars, clouds, haze, towns, farmland:
scripts/teach_background.py) as float16 ``background.npy`` in the bundle folder
(``manifest.files["background"]``), shape (2, rows, embedding size): [0] each tile alone, [1] with
its neighbours (core/model/concepts.features, context ``none`` / ``neighbours``), both with the
transform ``manifest.metrics.background.transform`` records (``sqrt_l2`` in the shipped bank). A concept
of another transform reads the rows alone converted to its own (core/model/concepts.converted: exact up to
the float16 they are kept in); the rows with neighbours cannot be converted (the neighbours' mean is taken
after the transform), so teach gives a concept with neighbour context the bank's transform
(core/teach/fit.DEFAULT_TRANSFORMS), and one of another transform with neighbours is taught without the bank
(its ``bank`` count, in the CLI's JSON too, is 0).
Read with ``allow_pickle=False``. teach adds them as negatives weighing, all
together, ``BANK_WEIGHT`` times the positives; a bank row that is (nearly) a tile of the scene being
taught is dropped first, since it may be one of the tiles the analyst marked, and so is a source that is the scene's
own ground seen again (turned, mirrored, another pass: :data:`SAME_GROUND`). That weight is shared between
the bank's sources (``manifest.metrics.background.sources``, the rows in order: the training chips, each strip,
each scene) by the rule ``BANK_SHARE`` names (:func:`row_shares`); a bank whose sources do not account for
its rows is shared by row.
"""
from __future__ import annotations

import re

import numpy as np

from ..model.bundle import Bundle, BundleError, read_array
from ..model.concepts import CONTEXTS, TRANSFORMS, converted
from ..wording import tr

KIND = "background"  # key in manifest.files
FILE = "background.npy"
METRICS = "background"  # key in manifest.metrics: {"rows", "transform", "sources", "group_rows", ...}
#: key in manifest.metrics[METRICS]: {concept group: rows of imagery that shows that group's activity}
GROUP_ROWS = "group_rows"
#: core/model/concepts.py transform scripts/teach_background.py writes the bank in (power normalisation ranked
#: better than plain e/|e| on most labelled sets, docs/teach_eval.md), and so that of a concept taught with
#: neighbour context (core/teach/fit.DEFAULT_TRANSFORMS: the bank's neighbour rows cannot be converted).
TRANSFORM = "sqrt_l2"
#: The bank's total weight as a multiple of the positives' (measured: docs/teach_eval.md).
BANK_WEIGHT = 5.0
#: Cosine similarity above which a bank row counts as a tile of the scene itself.
SAME_TILE = 0.995
#: A bank source is the scene's own ground seen again (turned, mirrored, another pass: pixels that differ, so its rows
#: miss SAME_TILE) when half its rows or more have a tile of the scene at least this alike, and all its rows are left
#: out as the scene's own tiles are (:func:`not_in_scene`). Kept, they are the concept's own tiles taught as negatives
#: and take their source's share of the bank's weight from the imagery elsewhere: taught on culltivation2 turned 180
#: degrees or mirrored, where the bank's 200 tiles of culltivation2 stayed, a clearing concept raised the p of every
#: tile of the other strips (blowdown's forest 0.10 -> 0.54, mine1's cloudy forest 0.15 -> 0.86) and flagged 2 and 3
#: of their 5 tiles without clearings. The median row's best cosine (teach's feature rows, the fourth root): the
#: turned and mirrored copies 0.94, their 3-tile strips turned or mirrored 0.87-0.93, the copy 1.3 x brighter 0.88 and
#: 0.7 x + 60 hazier 0.81 (kept); every pairing of two different images of ../shared/data at most 0.84 (the strips of
#: 4-200 tiles against the shipped bank's sources 0.78, the benches' fold banks against culltivation2 and the chip
#: mosaic 0.70-0.84: docs/teach_cli_loop.md, "Why the turned copies flagged elsewhere"). The median row's best cosine
#: grows with the scene's tiles (more to come near); measured on scenes of up to 200 tiles.
SAME_GROUND = 0.9
#: key in manifest.metrics[METRICS]: ["N what", ...], one entry per source in the order of the bank's rows, N rows
#: each (:func:`source_entry`)
SOURCES = "sources"
#: How the bank's weight is shared between its sources (:func:`row_shares`): ``rows``, each row alike (a source's
#: share is its rows' share); ``sqrt``, a source's share in proportion to the square root of its rows; ``cap``, no
#: source above :data:`SHARE_CAP` of the weight, the rest by rows; ``sources``, each source alike.
SHARE_RULES = ("rows", "sqrt", "cap", "sources")
#: A source's share in proportion to the square root of its rows (since 2026-12-07; by row before). The shipped bank
#: holds 200 tiles of one strip (culltivation2) beside 83 of other imagery: by row, on any strip but that one (the
#: strips an analyst teaches on) those 200 carry 71 % of the bank's weight, under the square root 42 %. Measured
#: against by row (docs/teach_flags.md, "The bank's weight by source: the middle ways"): on culltivation2 (10 draws)
#: clearing's false flags elsewhere 2.3 % -> 0 (its cloudy look-alikes 5 of 80 -> 0), the other cells met as before;
#: on the chip mosaic agriculture's and road's false flags -> 0; on the strip's copies false flags elsewhere 16 -> 10
#: of 50 (clearing), 10 -> 1 of 140 (water); the price, road's reviews to 90 % on the mosaic 1.23 -> 1.31 x the best
#: (over #18's 1.25). A cap per source or equal shares lifted the small sources more and lost more.
BANK_SHARE = "sqrt"
#: The most of the bank's weight one source may carry under the ``cap`` rule.
SHARE_CAP = 1 / 3


def load_bank(bundle: Bundle | None, context: str, group: str = "other",
              transform: str = TRANSFORM) -> np.ndarray | None:
    """(rows, D) float32 bank features for ``context`` and ``transform``, or None when the bundle ships no bank
    (or holds it in another transform, for ``context`` ``neighbours``: :func:`usable`). Rows of imagery chosen
    for showing ``group``'s activity (``metrics.background.group_rows``: the mining strips for ``mining``) are
    left out: a mining concept must not learn that mines are not mines."""
    return read_bank(bundle, context, group, transform)[0]


def read_bank(bundle: Bundle | None, context: str, group: str = "other",
              transform: str = TRANSFORM) -> tuple[np.ndarray | None, np.ndarray | None]:
    """:func:`load_bank`'s rows and each row's source (an index into ``metrics.background.sources``; None where
    they do not account for the bank's rows: :func:`source_of_rows`)."""
    path = bundle.file(KIND) if bundle is not None else None
    spec = bundle.manifest.embedding if bundle is not None else None
    if path is None or spec is None or not usable(bundle, context, transform):
        return None, None
    bank = read_array(path)
    if bank.ndim != 3 or bank.shape[0] != len(CONTEXTS) or bank.shape[2] != spec.size or bank.dtype.kind != "f":
        raise BundleError(tr("{path}: expected ({n}, rows, {size}) floats, got {shape} {dtype}").format(
            path=path, n=len(CONTEXTS), size=spec.size, shape=bank.shape, dtype=bank.dtype))
    rows = bank[CONTEXTS.index(context)].astype(np.float32)
    if not np.isfinite(rows).all():
        raise BundleError(tr("{path}: holds values that are not finite numbers; re-export the bundle").format(
            path=path))
    left_out = _group_rows(bundle, len(rows)).get(group, [])
    sources = source_of_rows((bundle.manifest.metrics.get(METRICS) or {}).get(SOURCES), len(rows))
    return (converted(np.delete(rows, left_out, axis=0), held_transform(bundle), transform),
            None if sources is None else np.delete(sources, left_out))


def source_entry(count: int, what: str) -> str:
    """One source's entry in ``metrics.background.sources``: its rows' count first (:func:`source_of_rows` reads it)."""
    return f"{count} {what}"


def source_of_rows(sources, count: int) -> np.ndarray | None:
    """Each of the bank's ``count`` rows' source, an index into ``sources`` (``metrics.background.sources``: entries
    "N what", N rows each, in the rows' order); None where the entries are missing, are not of that form or do not
    add up to ``count`` rows (the weight is then shared by row)."""
    if not isinstance(sources, list):
        return None
    found = [re.match(r"(\d+) ", entry) if isinstance(entry, str) else None for entry in sources]
    if not all(found):
        return None
    sizes = [int(m.group(1)) for m in found]
    if sum(sizes) != count:
        return None
    return np.repeat(np.arange(len(sizes)), sizes)


def row_shares(sources: np.ndarray | None, rule: str = BANK_SHARE, cap: float = SHARE_CAP) -> np.ndarray | None:
    """Each bank row's weight against a row's under the ``rows`` rule (their mean 1, so the bank weighs what it
    did), the rows' ``sources`` (one label each) sharing the weight by ``rule`` (:data:`SHARE_RULES`); None
    (each row alike) without sources or under ``rows``. Computed from the rows given: a source whose rows were
    dropped (tiles of the scene being taught) has no share, and the others share the whole weight."""
    if rule not in SHARE_RULES:
        raise ValueError(f"bank share rule {rule!r} is not one of {', '.join(SHARE_RULES)}")
    if sources is None or rule == "rows" or not len(sources):
        return None
    _, which, sizes = np.unique(np.asarray(sources), return_inverse=True, return_counts=True)
    if rule == "sqrt":
        share = np.sqrt(sizes)
    elif rule == "sources":
        share = np.ones(len(sizes))
    else:
        share = capped(sizes / sizes.sum(), cap)
    share = share / share.sum()
    return (share / sizes)[which] * len(which)


def capped(share: np.ndarray, cap: float) -> np.ndarray:
    """``share`` (summing to 1) with none above ``cap`` (at least an equal share): each one over it is held at
    ``cap`` and the rest is shared among the others in proportion to their own share, until none is over."""
    cap = max(cap, 1.0 / len(share))
    out, held = share.astype(np.float64), np.zeros(len(share), bool)
    while (over := (out > cap * (1 + 1e-9)) & ~held).any():
        held |= over
        free = ~held
        out = np.where(held, cap, share * (1.0 - cap * held.sum()) / share[free].sum())
    return out


def held_transform(bundle: Bundle) -> str:
    """The transform the bundle's bank rows were written with (``metrics.background.transform``; a bank
    written before the field existed holds ``sqrt_l2``, the only one then)."""
    held = (bundle.manifest.metrics.get(METRICS) or {}).get("transform", "sqrt_l2")
    if held not in TRANSFORMS:
        raise BundleError(tr("{path}: manifest metrics.{METRICS}.transform {held!r} is not one of "
                             "{TRANSFORMS}; re-run python -m scripts.teach_background").format(
            path=bundle.path, METRICS=METRICS, held=held, TRANSFORMS=', '.join(TRANSFORMS)))
    return held


def usable(bundle: Bundle, context: str, transform: str) -> bool:
    """Whether the bank can give rows of ``transform`` for ``context``: always for tiles alone; with neighbours only
    in the transform it was written with."""
    return context == "none" or held_transform(bundle) == transform


def _group_rows(bundle: Bundle, count: int) -> dict[str, list[int]]:
    """``metrics.background.group_rows``, checked: {group: [row, ...]} with rows inside the bank."""
    found = (bundle.manifest.metrics.get(METRICS) or {}).get(GROUP_ROWS, {})
    if not isinstance(found, dict) or not all(
            isinstance(rows, list) and all(type(r) is int and 0 <= r < count for r in rows) for rows in found.values()):
        raise BundleError(tr("{path}: manifest metrics.{METRICS}.{GROUP_ROWS} must map a group to rows of the "
                             "bank; re-run python -m scripts.teach_background").format(
            path=bundle.path, METRICS=METRICS, GROUP_ROWS=GROUP_ROWS))
    return found


def not_in_scene(bank: np.ndarray, scene: np.ndarray, sources: np.ndarray | None = None,
                 same_ground: float | None = SAME_GROUND) -> np.ndarray:
    """Which ``bank`` rows are not (nearly) one of the scene's tiles (both as unit feature rows: :data:`SAME_TILE`)
    nor of a source that is the scene's own ground (``sources``: each row's source, :func:`read_bank`; None: not
    judged by source; half its rows or more within cosine ``same_ground`` of a tile, :data:`SAME_GROUND`; None: off)."""
    if not len(bank) or not len(scene):
        return np.ones(len(bank), bool)
    best = np.max(bank @ scene.T, axis=1)
    kept = best < SAME_TILE
    if sources is not None and same_ground is not None:
        sources = np.asarray(sources)
        for source in np.unique(sources):
            rows = sources == source
            if np.median(best[rows]) >= same_ground:
                kept[rows] = False
    return kept
