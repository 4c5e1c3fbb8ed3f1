"""One teach session: a concept taught on one tile GeoPackage, mark by mark and answer by answer.

The one core service behind the teach CLI and the QGIS panel (QGIS-free: numpy + sqlite3)::

    from planet_qgis_plugin.core.teach.session import TeachOptions, TeachSession

    session = TeachSession(gpkg_path, bundle, TeachOptions(name="pits", group="mining"))
    session.mark(["112", "7:14"])                  # fids or "ROW:COL"; positive=False for a negative mark
    session.answer("40", "yes")                    # a review answer: "yes" | "no" | "skip"
    session.unmark(["7:14"])                       # undo a mark or an answer
    session.continue_from(concept_file)            # a ConceptFile: its labelled tiles of earlier scenes join
    state = session.refit()                        # TeachState; writes nothing (docs/teach.md, "Speed")
    state.threshold, state.expected_precision, state.answers   # the flag cut (p), its expected precision,
                                                   #   and how many labelled tiles it rests on
    state.rough                                    # too few of them to trust the flag yet
    state.flagged, state.found, state.about, state.reviewed    # "found N of about M, reviewed K"
    state.review                                   # [ReviewTile(fid, row, col, p)]: next tiles, in order
    state.probabilities, state.flags               # per tile, in session.tiles order (tiles.fids[i])
    session.write()                                # p_<name>/flag_<name> + group flags, one transaction
    session.save_concept("pits.concept.json")      # the concept as a small file (core/teach/concept_file.py)
    session.summary()                              # the dict `teach --json` prints

Marks and answers are kept by fid. A Yes answer is a positive, a No a negative: the fit treats them
alike (a program driving the CLI passes both as --positive / --negative); ``reviewed`` counts every
tile looked at (marked, answered or skipped). Skipped tiles are never offered again. Every check happens before anything is written;
errors are one-line TeachError / ConceptError.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import numpy as np

from ..model.concepts import CONCEPT_GROUPS, CONTEXTS, ConceptError, check_concept_name, transform_roots
from ..wording import tr
from .apply import flag_entry, is_rough, rests_on
from .bank import BANK_WEIGHT, read_bank
from .calibrate import TARGET_PRECISION
from .concept_file import ConceptFile, write_concept_file
from .fields import TeachError, TileEmbeddings, read_embeddings, write_concept
from .fit import DEFAULT_BACKGROUND, METHODS, TeachResult, default_transform, derived, scene_features, teach

ANSWERS = ("yes", "no", "skip")
#: A tile covering less than this share of a full tile is a sliver at the raster's edge, padded with nodata to a full
#: chip, whose embedding shows the padding as much as what the tile shows: a concept taught mostly on slivers learns
#: the edge (water marked on 3 of culltivation2's bottom slivers, 88 px of 256: after 20 answers 12 of its 16
#: positives were slivers and it flagged 25 % of the water tiles, 12 of its 18 flags slivers; docs/teach.md).
SLIVER_BELOW = 0.5


@dataclass
class TeachOptions:
    """How a concept is taught (the CLI's options and the panel's settings fill it in)."""

    name: str
    group: str = "other"
    context: str = "none"  # "none" | "neighbours" (core/model/concepts.py)
    transform: str | None = None  # core/model/concepts.TRANSFORMS; None: teach's for the context
    #                               (fit.default_transform); a continued concept keeps its own (continue_from)
    bank: bool = True  # use the bundle's background bank as extra negatives (when it ships one)
    bank_weight: float = BANK_WEIGHT
    target_precision: float = TARGET_PRECISION
    method: str = "auto"
    background: int = DEFAULT_BACKGROUND
    seed: int = 0
    review_count: int = 10
    top_count: int = 10

    def check(self) -> None:
        check_concept_name(self.name)
        if self.group not in CONCEPT_GROUPS:
            raise ConceptError(tr("group {group!r} is not one of {CONCEPT_GROUPS}").format(
                group=self.group, CONCEPT_GROUPS=', '.join(CONCEPT_GROUPS)))
        if self.context not in CONTEXTS:
            raise ConceptError(tr("context {context!r} is not one of {CONTEXTS}").format(
                context=self.context, CONTEXTS=', '.join(CONTEXTS)))
        if self.transform is not None:
            transform_roots(self.transform)
        if self.method not in METHODS:
            raise ConceptError(tr("method {method!r} is not one of {METHODS}").format(
                method=self.method, METHODS=', '.join(METHODS)))
        if not 0.0 < self.target_precision < 1.0:
            raise ConceptError(tr("the target precision must lie above 0 and below 1 (e.g. 0.8), not {value}").format(
                value=self.target_precision))
        if min(self.background, self.review_count, self.top_count, self.seed) < 0 or not self.bank_weight >= 0:
            raise ConceptError(tr("--background, --top, --review, --seed and the bank weight must not be negative"))


@dataclass
class ReviewTile:
    fid: int
    row: int
    col: int
    p: float

    def to_dict(self) -> dict:
        return {"fid": self.fid, "row": self.row, "col": self.col, "p": round(self.p, 4)}


@dataclass
class TeachState:
    """What the latest fit says (see the module docstring)."""

    result: TeachResult
    review: list[ReviewTile]
    top: list[ReviewTile]
    reviewed: int  # tiles of this scene looked at: marked, answered or skipped
    seconds: float

    @property
    def threshold(self) -> float:
        return self.result.concept.threshold

    @property
    def expected_precision(self) -> float:
        return self.result.expected_precision

    @property
    def answers(self) -> int:
        return self.result.answers

    @property
    def rests_on(self) -> int:
        """Labelled tiles the concept was fitted to: marks and answers, of earlier scenes too."""
        return rests_on(self.result.concept) or 0

    @property
    def rough(self) -> bool:
        """Too few of them for the flag to be as precise as stated (apply.is_rough; held elsewhere too)."""
        return is_rough(rests_on(self.result.concept))

    @property
    def flagged(self) -> int:
        return int(self.result.flags.sum())

    @property
    def found(self) -> int:
        return self.result.found

    @property
    def about(self) -> int:
        return self.result.about

    @property
    def probabilities(self) -> np.ndarray:
        return self.result.probabilities

    @property
    def flags(self) -> np.ndarray:
        return self.result.flags


class TeachSession:
    """A concept taught on one tile GeoPackage (see the module docstring)."""

    def __init__(self, gpkg: str | Path, bundle, options: TeachOptions, tiles: TileEmbeddings | None = None):
        options.check()
        if bundle.manifest.embedding is None:
            raise TeachError(tr("bundle {path} has no embedding output, so its tiles cannot be taught on; "
                                "use a bundle exported by this version").format(path=bundle.path))
        self.bundle, self.options = bundle, options
        self.tiles = tiles if tiles is not None else read_embeddings(gpkg, embedding=bundle.manifest.embedding)
        self._row = {int(f): i for i, f in enumerate(self.tiles.fids)}
        self.positives: list[int] = []  # fids, in the order marked
        self.negatives: list[int] = []
        self.answered: dict[int, str] = {}  # fid -> "yes" | "no" | "skip"
        self.earlier: ConceptFile | None = None  # the concept this session continues
        self._earlier_keys: tuple[list[bytes], list[bytes]] = ([], [])  # its rows as float16 bytes (positive, negative)
        self._key_of: dict[int, bytes] = {}  # fid -> the tile's feature row as the file stores it
        self.state: TeachState | None = None

    # -- marks and answers ----------------------------------------------------------------------
    def fids_of(self, ids: Iterable[str | int]) -> list[int]:
        """fids of tiles named by fid or ROW:COL (TeachError names the first that is not in the layer)."""
        return [int(self.tiles.fids[i]) for i in self.tiles.rows_of(ids)]

    def mark(self, ids: Iterable[str | int], positive: bool = True) -> None:
        """Mark tiles as showing the concept (or, ``positive=False``, as not showing it)."""
        fids = self.fids_of(ids)
        target, other = (self.positives, self.negatives) if positive else (self.negatives, self.positives)
        other[:] = [f for f in other if f not in fids]
        target.extend(f for f in fids if f not in target)
        for f in fids:
            if f in self.answered:
                self.answered[f] = "yes" if positive else "no"

    def answer(self, tile: str | int, answer: str) -> None:
        """A review answer for one tile: yes (a positive), no (a negative) or skip (not sure)."""
        if answer not in ANSWERS:
            raise TeachError(tr("answer {answer!r} is not one of {ANSWERS}").format(
                answer=answer, ANSWERS=', '.join(ANSWERS)))
        fid = self.fids_of([tile])[0]
        self.positives = [f for f in self.positives if f != fid]
        self.negatives = [f for f in self.negatives if f != fid]
        if answer != "skip":
            (self.positives if answer == "yes" else self.negatives).append(fid)
        self.answered[fid] = answer

    def unmark(self, ids: Iterable[str | int]) -> None:
        """Forget marks and answers of these tiles."""
        drop = set(self.fids_of(ids))
        self.positives = [f for f in self.positives if f not in drop]
        self.negatives = [f for f in self.negatives if f not in drop]
        for f in drop:
            self.answered.pop(f, None)

    def continue_from(self, earlier: ConceptFile) -> None:
        """Teach on from a saved concept: its labelled tiles of earlier scenes join this scene's marks
        (same backbone, same context; its name and group carry on unless the options name others). Its
        transform carries on too: its examples are feature rows of that transform (a concept file written
        before teach's default changed teaches on as it was taught)."""
        concept = earlier.concept
        concept.validate(self.tiles.embeddings.shape[1], self.tiles.backbone_id, "the concept to continue")
        if concept.context != self.options.context:
            raise ConceptError(tr("the concept to continue uses context {context!r}, not "
                                  "{context2!r}; teach it on with the same context").format(
                context=concept.context, context2=self.options.context))
        self.options.transform = concept.transform
        self.earlier = earlier
        t = self.tiles  # the layer's feature rows as the file stores them (float16), computed once for both kinds
        self._key_of = {int(fid): row.tobytes() for fid, row in zip(t.fids, self._unit().astype("<f2"))}
        self._earlier_keys = tuple([np.asarray(r, dtype="<f2").tobytes() for r in rows]
                                   for rows in (earlier.positives, earlier.negatives))

    def earlier_examples(self) -> tuple[np.ndarray, np.ndarray] | None:
        """The continued concept file's labelled rows, less those of tiles labelled in this session: teaching on
        again on a layer the file was saved from counts each tile once, with the label it has now."""
        if self.earlier is None:
            return None
        # by the feature row, not by a tile it was traced to: tiles of one embedding cannot be told apart (traced to
        # another tile of its look, a No came back on every re-save), so a tile labelled now takes out its look's rows
        now = {self._key_of[f] for f in set(self.positives) | set(self.negatives)}
        return tuple(rows[np.asarray([key not in now for key in keys], dtype=bool)] for rows, keys in zip(
            (self.earlier.positives, self.earlier.negatives), self._earlier_keys))

    # -- fitting ----------------------------------------------------------------------------------
    def refit(self) -> TeachState:
        """Fit on every mark and answer so far (and the earlier scenes'); writes nothing."""
        start = time.perf_counter()
        if not self.positives and (self.earlier is None or not len(self.earlier.positives)):
            raise TeachError(tr("mark at least one positive tile (a tile that shows the concept)"))
        if not self.positives:
            raise TeachError(tr("mark at least one positive tile of this scene (the concept's earlier scenes "
                                "are not enough to set its threshold here)"))
        o = self.options
        rows = [self._row[f] for f in self.positives], [self._row[f] for f in self.negatives]
        skipped = [self._row[f] for f, a in self.answered.items() if a == "skip"]
        bank, sources = self._bank(o.context, o.group, self.transform) if o.bank else (None, None)
        examples = self.earlier_examples()
        result = teach(self.tiles.embeddings, rows[0], rows[1], name=o.name, group=o.group,
                       backbone_id=self.tiles.backbone_id, method=o.method, background=o.background, seed=o.seed,
                       n_top=o.top_count, n_review=o.review_count, provenance=self.provenance(*rows),
                       rows=self.tiles.rows, cols=self.tiles.cols, step=self.tiles.step, context=o.context, bank=bank,
                       bank_sources=sources, bank_weight=o.bank_weight, examples=examples, skipped=skipped, target=o.target_precision,
                       area=self.tiles.area(), transform=self.transform, cache=self.tiles.derived)
        looked_at = set(self.positives) | set(self.negatives) | set(self.answered)
        self.state = TeachState(result, self._tiles(result.review, result), self._tiles(result.top, result),
                                len(looked_at), time.perf_counter() - start)
        return self.state

    def _bank(self, context: str, group: str, transform: str) -> tuple[np.ndarray | None, np.ndarray | None]:
        """The bundle's background bank for ``context``, ``group`` and ``transform`` and its rows' sources
        (:func:`.bank.read_bank`), read from disk once per read of the tiles (kept with them: the panel makes a
        session per refit)."""
        def read():
            found = read_bank(self.bundle, context, group, transform)
            for part in found:  # read-only, as derived keeps a single array
                if part is not None:
                    part.flags.writeable = False
            return found

        return derived(self.tiles.derived, ("bank", str(self.bundle.path), transform, context, group), read)

    def _unit(self) -> np.ndarray:
        """The tiles' feature rows for this context (fit.scene_features), computed once per read of the tiles."""
        t = self.tiles
        return scene_features(t.embeddings, self.options.context, t.rows, t.cols, t.derived, t.step, self.transform)

    @property
    def transform(self) -> str:
        """The transform this session teaches in: the options' (a continued concept's), else teach's default."""
        return self.options.transform or default_transform(self.options.context)

    def _tiles(self, indices: list[int], result: TeachResult) -> list[ReviewTile]:
        t = self.tiles
        return [ReviewTile(int(t.fids[i]), int(t.rows[i]), int(t.cols[i]), float(result.probabilities[i]))
                for i in indices]

    def provenance(self, positives: list[int], negatives: list[int]) -> dict:
        """The concept's record of its scenes: the earlier ones (continued from) and this one."""
        scene = self.tiles.provenance(positives, negatives)
        if self.tiles.metadata.get("PLANET_SCENE"):
            scene["scene"] = self.tiles.metadata["PLANET_SCENE"]
        scene["answers"] = len(self.answered)
        earlier = [s for s in (self.earlier.scenes if self.earlier else [])
                   if isinstance(s, dict) and not _same_scene(s, scene)]
        return {"scenes": earlier + [scene], "models": self.tiles.models}

    def slivers(self) -> list[int]:
        """fids of the positives (marks and Yes answers) that are slivers at the raster's edge (``SLIVER_BELOW``)."""
        area = self.tiles.area()
        return [f for f in self.positives if area[self._row[f]] < SLIVER_BELOW]

    def taught_on_slivers(self) -> bool:
        """Whether half the positives or more are slivers: the concept learns the raster's edge (``SLIVER_BELOW``)."""
        return bool(self.positives) and 2 * len(self.slivers()) >= len(self.positives)

    def sliver_warning(self) -> str:
        """Where the concept is taught mostly on slivers (taught_on_slivers), what teach's command line and the Teach
        panel say of it, worded once here (in the analyst's language under wording.words); '' where it is not."""
        if not self.taught_on_slivers():
            return ""
        return tr("{slivers} of the {positives} tiles marked or answered Yes are slivers at the raster's edge (less than "
                  "half a tile, padded with nodata): a concept taught mostly on them learns the edge as much as "
                  "'{name}'. Mark full tiles that show it too.").format(
            slivers=len(self.slivers()), positives=len(self.positives), name=self.options.name)

    def _fitted(self) -> TeachState:
        if self.state is None:
            raise TeachError(tr("nothing taught yet: refit first"))
        return self.state

    # -- writing ----------------------------------------------------------------------------------
    def write(self, before_commit=None) -> None:
        """p_<name> / flag_<name> and the refolded group fields into the GeoPackage (one transaction;
        ``before_commit``: called just before it commits, see core/teach/fields.write_concept)."""
        state = self._fitted()
        write_concept(self.tiles, state.result.concept, state.probabilities, state.flags, self.bundle.manifest,
                      before_commit=before_commit, flag_entry=flag_entry(state.result.concept, state.threshold, "taught"))

    def concept_file(self) -> ConceptFile:
        """The concept with the feature rows of every tile labelled so far (earlier scenes' included)."""
        state = self._fitted()
        x = self._unit()
        pos = x[[self._row[f] for f in self.positives]]
        neg = x[[self._row[f] for f in self.negatives]]
        if self.earlier is not None:
            earlier = self.earlier_examples()
            pos = np.vstack([earlier[0], pos])
            neg = np.vstack([earlier[1], neg])
        return ConceptFile(state.result.concept, pos, neg)

    def save_concept(self, path: str | Path) -> Path:
        return write_concept_file(self.concept_file(), path)

    def summary(self) -> dict:
        """One JSON-ready object: what `teach --json` prints (keys documented in docs/teach.md)."""
        state = self._fitted()
        r = state.result
        return {"concept": r.concept.name, "group": r.concept.group, "method": r.method,
                "context": r.concept.context, "threshold": round(state.threshold, 4),
                "expected_precision": round(state.expected_precision, 4), "answers": state.answers,
                "rough": state.rough,
                "flagged": state.flagged, "tiles": len(self.tiles.fids), "found": state.found, "about": state.about,
                "reviewed": state.reviewed, "positives": len(self.positives), "negatives": len(self.negatives),
                "slivers": len(self.slivers()),
                "bank": r.bank, "scenes": len(r.concept.provenance.get("scenes", [])),
                "review": [t.to_dict() for t in state.review], "top": [t.to_dict() for t in state.top]}


def _same_scene(a: dict, b: dict) -> bool:
    """Whether two scene records of a concept's provenance are one scene: by the raster the layers were classified
    from (``scene``, its resolved path) where both record it, else by the GeoPackage's file name (files written
    before scenes were recorded). By the file name alone, every driver that classifies each strip into its own
    STRIP/tiles.gpkg dropped the first scene's record when teaching on on the second, and a copy of one layer under
    another name counted as a second scene."""
    if a.get("scene") and b.get("scene"):
        return a["scene"] == b["scene"]
    return a.get("gpkg") == b.get("gpkg")
