"""Scene familiarity: does a tile look like anything the model was trained on? (numpy only)

A bundle may ship the embeddings of its training chips (``files["reference"]``, a float16 ``.npy`` read
with ``allow_pickle=False``, one row per chip) and ``metrics["familiarity"]["distance"]``: the 95th
percentile, over the training chips, of each chip's cosine distance to its nearest *other* training chip. A tile
whose nearest training chip is farther than that is *unfamiliar*. When most tiles of a scene are, the
model is guessing there (a city, a desert, another sensor): classify says so next to the flag count.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from ..model.bundle import Bundle, BundleError, read_array
from ..model.concepts import normalize_rows
from ..schema import is_number
from ..wording import count, tr

REFERENCE = "reference"            # key in manifest.files
REFERENCE_FILE = "reference.npy"
METRICS = "familiarity"            # key in manifest.metrics: {"distance", "percentile", "chips", "data"}
PERCENTILE = 95.0
#: Share of unfamiliar tiles above which classify warns that the flags are unreliable.
WARN_SHARE = 0.5
#: Multiply-adds up to which the tiles are compared with the reference in einsum's own loop rather than through
#: BLAS: BLAS's worker thread spins on a core after each product (46-74 ms of CPU a product measured alone; in a run,
#: on the cores the reader threads need), while einsum takes 4.4 ms of one core for 256 tiles against the shipped
#: bundle's 64 rows of 1280 (BLAS 1.1-1.5 ms besides the spinning); at einsum's ~5 GFLOP/s a far larger reference
#: (thousands of training chips) would cost more than the spinning (docs/speed.md, "The switch-interval round").
SMALL_PRODUCT = 1 << 28


def nearest_distance(embeddings: np.ndarray, reference: np.ndarray) -> np.ndarray:
    """(N,) cosine distance (0..2) of each embedding to its nearest reference row."""
    return _nearest(embeddings, normalize_rows(reference))


def _nearest(embeddings: np.ndarray, unit_reference: np.ndarray) -> np.ndarray:
    """nearest_distance() against reference rows already of unit length."""
    if len(embeddings) == 0:
        return np.zeros(0, np.float32)
    unit = normalize_rows(embeddings)
    if unit.shape[0] * unit_reference.shape[0] * unit_reference.shape[1] <= SMALL_PRODUCT:
        similarity = np.einsum("ij,kj->ik", unit, unit_reference)  # one core, no BLAS threads woken
    else:
        similarity = unit @ unit_reference.T
    return (1.0 - similarity.max(axis=1)).astype(np.float32)


def familiar_distance(reference: np.ndarray, percentile: float = PERCENTILE) -> float:
    """``percentile`` of the leave-one-out nearest-neighbour cosine distances among the reference rows."""
    if len(reference) < 2:
        raise ValueError("a familiarity reference needs at least 2 training chips")
    r = normalize_rows(reference)
    similarity = r @ r.T
    np.fill_diagonal(similarity, -np.inf)
    return float(np.percentile(1.0 - similarity.max(axis=1), percentile))


def add_reference(bundle: Bundle, embeddings: np.ndarray, data: str) -> None:
    """Save the training chips' embeddings (from ``data``) into the bundle folder and record the file and
    the familiar distance in ``bundle.manifest`` (the caller writes the manifest)."""
    embeddings = np.asarray(embeddings, np.float32)
    np.save(Path(bundle.path) / REFERENCE_FILE, embeddings.astype("<f2"), allow_pickle=False)
    stored = embeddings.astype(np.float16).astype(np.float32)  # classify compares against these values
    bundle.manifest.files[REFERENCE] = REFERENCE_FILE
    bundle.manifest.metrics[METRICS] = {
        "distance": round(familiar_distance(stored), 5), "percentile": PERCENTILE, "chips": len(embeddings),
        "data": data, "rule": "a tile is unfamiliar when its nearest training chip (cosine distance of embeddings) "
                              "is farther than this distance"}


def load_reference(bundle: Bundle) -> np.ndarray | None:
    """(M, F) float32 training-chip embeddings of the bundle, or None when it ships none."""
    path = bundle.file(REFERENCE)
    spec = bundle.manifest.embedding
    if path is None or spec is None:
        return None
    reference = read_array(path)
    if reference.ndim != 2 or reference.shape[1] != spec.size or len(reference) < 2 or reference.dtype.kind != "f":
        raise BundleError(tr("{path}: expected (chips >= 2, {size}) floats, got {shape} {dtype}").format(
            path=path, size=spec.size, shape=reference.shape, dtype=reference.dtype))
    if not np.isfinite(reference).all():  # NaN turned the warning off in silence, inf printed numpy's warnings
        raise BundleError(tr("{path}: holds values that are not finite numbers; re-export the bundle").format(
            path=path))
    return reference.astype(np.float32)


def reference_distance(bundle: Bundle) -> float | None:
    """The bundle's familiar distance, or None when it records none."""
    value = bundle.manifest.metrics.get(METRICS, {})
    value = value.get("distance") if isinstance(value, dict) else None
    if not is_number(value):
        return None
    if not 0.0 <= value <= 2.0:  # NaN too: it turned the warning off (a negative one on for every tile) in silence
        raise BundleError(tr("{path}: manifest metrics.{METRICS}.distance {value!r} is not a cosine distance "
                             "(0..2); re-export the bundle").format(path=bundle.path, METRICS=METRICS, value=value))
    return float(value)


class FamiliarityCounter:
    """Counts, batch by batch, the tiles farther from every training chip than the bundle's distance.

    Batches are measured FLUSH_ROWS tiles at a time: fewer, larger products cost less Python and numpy set-up
    per tile (with BLAS, which _nearest no longer uses, each product also woke its worker threads: 16 tiles
    cost ~80 ms of waiting on a loaded 2-core machine); 256 tiles' embeddings and their copies are a few MB
    (1024 held ~12 MB more at a run's peak, a run of fewer tiles none)."""

    FLUSH_ROWS = 256

    def __init__(self, reference: np.ndarray, distance: float):
        self.unit_reference, self.distance = normalize_rows(reference), float(distance)  # normalised once per run
        self.tiles = self.unfamiliar = 0
        self._pending: list[np.ndarray] = []
        self._rows = 0

    def update(self, embeddings: np.ndarray) -> None:
        """Add a batch of (N, F) embeddings."""
        self._pending.append(np.array(embeddings, np.float32))
        self._rows += len(embeddings)
        if self._rows >= self.FLUSH_ROWS:
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            d = _nearest(np.concatenate(self._pending), self.unit_reference)
            self.tiles += len(d)
            self.unfamiliar += int((d > self.distance).sum())
            self._pending, self._rows = [], 0

    @property
    def share(self) -> float | None:
        self._flush()
        return self.unfamiliar / self.tiles if self.tiles else None


def warning(share: float | None, flagged: int) -> str | None:
    """The message classify adds when most of the scene looks unlike the training data."""
    if share is None or share <= WARN_SHARE:
        return None
    # whole sentences for the translators (the Classify dialog shows them in the analyst's language)
    if flagged:
        said = tr("this scene looks unlike the training data: {share:.0f} % of its tiles are farther from every training "
                  "chip than {percentile:.0f} % of the training chips are from each other; its tags and its {flags} are "
                  "unreliable here (teach concepts on this scene, or retrain with similar imagery)")
    else:
        said = tr("this scene looks unlike the training data: {share:.0f} % of its tiles are farther from every training "
                  "chip than {percentile:.0f} % of the training chips are from each other; its tags are unreliable here "
                  "(teach concepts on this scene, or retrain with similar imagery)")
    return said.format(share=100 * share, percentile=PERCENTILE, flags=count(flagged, tr("flag"), tr("flags")))


def counter_for(bundle: Bundle) -> FamiliarityCounter | None:
    """A counter for a classify run with ``bundle``, or None when the bundle ships no reference."""
    distance = reference_distance(bundle)
    reference = load_reference(bundle) if distance is not None else None
    return FamiliarityCounter(reference, distance) if reference is not None else None
