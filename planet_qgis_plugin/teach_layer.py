"""The teach loop on a tile layer in QGIS (no widgets): marks, scoring, fields written in place.

The embeddings are read once per layer (core/teach/fields.py); each mark refits the concept with
core/teach/fit.py (numpy, no network), writes ``p_<name>`` / ``flag_<name>`` and the refolded group
flags and scores in one transaction (core/teach/fields.write_concept), then reloads the layer's data
provider and repaints. Marks are kept in the layer's custom properties, so the loop goes on after the
project is saved and reopened.
"""
from __future__ import annotations

import os
import time

from qgis.core import QgsVectorLayer

from .core.model.concepts import ConceptError, check_concept_name
from .core.teach.fields import TeachError
from .style import CONCEPT_GROUP_PROPERTY, refresh_concepts, tile_gpkg

PROPERTY = "planet_classifier/teach/"
#: Tiles the core suggests for review after each fit.
REVIEW_COUNT = 20


def reload_layer(layer: QgsVectorLayer) -> None:
    """Make QGIS see fields and values written into the GeoPackage behind its back."""
    layer.dataProvider().reloadData()
    layer.updateFields()
    layer.reload()
    layer.triggerRepaint()


def _fid_list(text) -> list[int]:
    return [int(v) for v in str(text or "").split()]


class TeachSession:
    """One concept taught on one tile layer: marks (by fid), the latest fit, the review queue."""

    def __init__(self, layer: QgsVectorLayer, bundle):
        self.layer = layer
        self.bundle = bundle
        if bundle.manifest.embedding is None:
            raise TeachError(f"model bundle {bundle.path} has no embedding output, so it cannot teach; "
                             "choose a bundle exported by this version")
        if layer.isEditable():
            raise TeachError(f"{layer.name()} is in edit mode: save or discard the edits first")
        self._read()
        self.name = ""
        self.group = "other"
        self.positives: list[int] = []
        self.negatives: list[int] = []
        self.skipped: set[int] = set()
        self.result = None          # core.teach.fit.TeachResult of the latest fit
        self.seconds = 0.0          # time of the latest fit + write

    def _read(self) -> None:
        """Read the tiles' embeddings (again), noting the file's state so a change by anyone else is seen."""
        from .core.teach.fields import read_tiles
        self.data = read_tiles(tile_gpkg(self.layer), self.bundle.manifest.embedding.backbone_id)
        self.row_of = {int(fid): i for i, fid in enumerate(self.data.fids)}
        self._stamp = self._file_state()

    def _file_state(self) -> tuple[int, int]:
        info = os.stat(self.data.path)
        return info.st_mtime_ns, info.st_size

    # -- concept and marks (kept in the layer's custom properties) ----------------------------
    def concepts_on_layer(self) -> list[str]:
        return [n for n in str(self.layer.customProperty(PROPERTY + "concepts", "") or "").split() if n]

    def set_concept(self, name: str, group: str) -> None:
        """Switch to concept ``name`` (marks made earlier for it on this layer come back)."""
        from .core.model.concepts import CONCEPT_GROUPS
        check_concept_name(name)
        if group not in CONCEPT_GROUPS:
            raise ConceptError(f"group {group!r} is not one of {', '.join(CONCEPT_GROUPS)}")
        self.name, self.group = name, group
        self.positives = [f for f in _fid_list(self.layer.customProperty(f"{PROPERTY}{name}/positive"))
                          if f in self.row_of]
        self.negatives = [f for f in _fid_list(self.layer.customProperty(f"{PROPERTY}{name}/negative"))
                          if f in self.row_of]
        self.skipped = set()
        self.result = None

    def _store(self) -> None:
        layer, name = self.layer, self.name
        layer.setCustomProperty(f"{PROPERTY}{name}/positive", " ".join(map(str, self.positives)))
        layer.setCustomProperty(f"{PROPERTY}{name}/negative", " ".join(map(str, self.negatives)))
        layer.setCustomProperty(CONCEPT_GROUP_PROPERTY + name, self.group)
        names = self.concepts_on_layer()
        if name not in names:
            layer.setCustomProperty(PROPERTY + "concepts", " ".join(names + [name]))

    def mark(self, fids, positive: bool):
        """Mark tiles as showing the concept (or not), refit and rewrite the fields. Returns the fit,
        or None while there is no positive yet."""
        if not self.name:
            raise TeachError("name the concept first")
        fids = [int(f) for f in fids]
        unknown = [f for f in fids if f not in self.row_of]
        if unknown:
            raise TeachError(f"tile {unknown[0]} is not in {self.layer.name()}")
        if not fids:
            raise TeachError("select some tiles first (any QGIS selection tool)")
        target, other = (self.positives, self.negatives) if positive else (self.negatives, self.positives)
        other[:] = [f for f in other if f not in fids]
        target.extend(f for f in fids if f not in target)
        self._store()
        return self.refit() if self.positives else None

    def unmark(self, fids) -> None:
        drop = {int(f) for f in fids}
        self.positives = [f for f in self.positives if f not in drop]
        self.negatives = [f for f in self.negatives if f not in drop]
        self._store()
        if self.positives:
            self.refit()

    def refit(self):
        """core.teach.fit on the marks; writes the fields and repaints. Returns the TeachResult."""
        from .core.teach.fields import check_writable, write_concept
        from .core.teach.fit import teach
        if self.layer.isEditable():
            raise TeachError(f"{self.layer.name()} is in edit mode: save or discard the edits first")
        check_writable(self.data.path)
        start = time.perf_counter()
        if self._file_state() != self._stamp:   # written meanwhile (teach CLI, Processing, an edit session)
            self._read()
            self.positives = [f for f in self.positives if f in self.row_of]
            self.negatives = [f for f in self.negatives if f in self.row_of]
        result = teach(self.data.embeddings, [self.row_of[f] for f in self.positives],
                       [self.row_of[f] for f in self.negatives], name=self.name, group=self.group,
                       backbone_id=self.data.backbone_id, n_review=REVIEW_COUNT,
                       provenance=self.provenance())
        write_concept(self.data, result.concept, result.probabilities, result.flags, self.bundle.manifest)
        self._stamp = self._file_state()
        reload_layer(self.layer)
        refresh_concepts(self.layer)
        self.result = result
        self.seconds = time.perf_counter() - start
        return result

    def provenance(self) -> dict:
        return {"layer": self.layer.name(), **self.data.provenance([self.row_of[f] for f in self.positives],
                                                                   [self.row_of[f] for f in self.negatives])}

    # -- review --------------------------------------------------------------------------------
    def next_review(self) -> int | None:
        """fid of the first tile of the active-learning list not yet marked or skipped (None if none)."""
        if self.result is None:
            return None
        marked = set(self.positives) | set(self.negatives) | self.skipped
        for row in self.result.review:
            fid = int(self.data.fids[row])
            if fid not in marked:
                return fid
        return None

    def skip(self, fid: int) -> None:
        self.skipped.add(int(fid))

    def flagged_count(self) -> int:
        return int(self.result.flags.sum()) if self.result is not None else 0
