"""The teach loop on a tile layer in QGIS (no widgets): marks, scoring, fields written in place.

The embeddings are read once per layer (core/teach/fields.py); each mark refits the concept through the
core's teach session (core/teach/session.py: the bank of negatives, the calibrated threshold, review as
search, "found N of about M"; numpy, no network), writes ``p_<name>`` / ``flag_<name>`` and the refolded
group flags and scores in one transaction, then reloads the layer's data
provider and repaints. Marks, answers (skips too) and a threshold the analyst chose are kept in the
layer's custom properties, so the loop goes on after the project is saved and reopened.
"""
from __future__ import annotations

import os
import time

import numpy as np
from qgis.core import QgsVectorLayer

from .core.model.concepts import ConceptError, check_concept_name
from .core.teach.fields import TeachError
from .i18n import tr
from .style import CONCEPT_GROUP_PROPERTY, TEACH_PROPERTY, edit_mode_refusal, refresh_concepts, tile_gpkg

PROPERTY = TEACH_PROPERTY
#: Tiles the core suggests for review after each fit.
REVIEW_COUNT = 20


def reload_layer(layer: QgsVectorLayer) -> None:
    """Make QGIS see fields and values written into the GeoPackage behind its back: QgsVectorLayer.reload reopens
    the data provider and updates the fields (it was done twice, the provider reloaded then the layer, each a reopen
    of the file per refit)."""
    layer.reload()
    layer.triggerRepaint()


def _fid_list(text) -> list[int]:
    return [int(v) for v in str(text or "").split()]


def check_not_edited(layer: QgsVectorLayer) -> None:
    """TeachError (one line) when ``layer``, or another layer of the project reading its GeoPackage (the file added
    twice), is in edit mode: saving those edits would write over the fields teach writes now."""
    editing = edit_mode_refusal(layer.source().split("|", 1)[0], layer)
    if editing is not None:
        raise TeachError(editing)


class RefitJob:
    """One refit of a concept, taken from its marks and answers at one moment (TeachSession.refit_job): the core's fit
    and the fields written, with no layer or widget touched, so it may run on a worker thread (the teach panel runs
    it in a QgsTask: a refit of a large layer froze QGIS)."""

    def __init__(self, core, threshold: float | None, positive_rows: list[int], negative_rows: list[int],
                 before_commit, start: float):
        self.core, self.threshold, self.before_commit, self.start = core, threshold, before_commit, start
        self._rows = positive_rows, negative_rows
        self.state = self.result = None
        self.fitted_threshold = 0.5

    def run(self) -> None:
        from .core.teach.fit import flags_at
        state = self.core.refit()
        result = state.result
        self.fitted_threshold = result.concept.threshold
        if self.threshold is not None:        # the analyst's choice outlives refits
            result.concept.threshold = self.threshold
            result.flags = flags_at(result.probabilities, self.threshold, *self._rows)
        before_commit = self.before_commit
        self.core.write(before_commit=(lambda: before_commit(result.concept)) if before_commit else None)
        self.state, self.result = state, result


class TeachSession:
    """One concept taught on one tile layer: marks (by fid), the latest fit, the review queue."""

    def __init__(self, layer: QgsVectorLayer, bundle):
        self.layer = layer
        self.bundle = bundle
        if bundle.manifest.embedding is None:
            raise TeachError(tr("model bundle {path} has no embedding output, so it cannot teach; "
                                "choose a bundle exported by this version").format(path=bundle.path))
        check_not_edited(layer)
        self._read()
        #: called with the fitted concept just before the fields commit (Processing puts the saved bundle in
        #: place there, so both are written or neither); ``committed``: the last result whose fields committed
        self.before_commit = None
        self.committed = None
        self.name = ""
        self.group = "other"
        self.positives: list[int] = []
        self.negatives: list[int] = []
        self.skipped: list[int] = []
        self.history: list[tuple[int, str]] = []   # (fid, "yes" / "no" / "skip"), oldest first
        self.answered: list[int] = []              # tiles marked by answering the review (not chosen)
        self.threshold: float | None = None       # the analyst's own, else the fitted one
        self.result = None          # core.teach.fit.TeachResult of the latest fit
        self.state = None           # core.teach.session.TeachState of the latest fit
        self.core = None            # core.teach.session.TeachSession of the latest fit (refit)
        self.earlier = None         # the concept file this concept continues (Load concept...)
        self.fitted_threshold = 0.5  # the threshold the latest fit chose
        self.seconds = 0.0          # time of the latest fit + write

    def _read(self) -> None:
        """Read the tiles' embeddings (again), noting the file's state so a change by anyone else is seen."""
        from .core.teach.fields import read_embeddings
        self.data = read_embeddings(tile_gpkg(self.layer), embedding=self.bundle.manifest.embedding)
        self.row_of = {int(fid): i for i, fid in enumerate(self.data.fids)}
        self._stamp = self._file_state()

    def _file_state(self) -> tuple[int, int]:
        try:
            info = os.stat(self.data.path)
        except OSError as exc:   # renamed or deleted in the file manager while the panel is open
            raise TeachError(tr("{path} is no longer there ({why}): was it moved or deleted? "
                                "Add the tile layer again from where it is now").format(
                path=self.data.path, why=exc.strerror)) from None
        return info.st_mtime_ns, info.st_size

    def _forget_gone(self) -> None:
        """Drop the marks, answers and skips of tiles no longer in the file (deleted in an edit session)."""
        known = self.row_of
        self.positives = [f for f in self.positives if f in known]
        self.negatives = [f for f in self.negatives if f in known]
        self.skipped = [f for f in self.skipped if f in known]
        self.answered = [f for f in self.answered if f in known]
        self.history = [h for h in self.history if h[0] in known]

    def sync(self) -> bool:
        """Read the tiles again when the file was written by anyone else (an edit session saved in QGIS, the
        teach command, Processing). When its tiles are no longer the ones the fit's rows stand for (tiles
        deleted), the marks of deleted tiles are dropped and the concept refitted (or forgotten until the next
        mark). True when the tiles had changed."""
        if self._file_state() == self._stamp:
            return False
        fids = self.data.fids
        self._read()
        if np.array_equal(fids, self.data.fids):   # touched (QGIS opened it for editing), the same tiles
            return False
        self._forget_gone()
        if self.name:
            self._store()
        self.result = self.state = None
        if self.name and self.positives:
            self.refit()
        return True

    def check_can_write(self) -> None:
        """TeachError (one line) when the fields cannot be written now: checked before the marks change, so
        a refused mark or undo leaves the marks list as the fields were written from it."""
        from .core.teach.fields import check_writable
        check_not_edited(self.layer)
        self._file_state()    # a file gone is said as such, not as read-only
        check_writable(self.data.path)

    # -- concept and marks (kept in the layer's custom properties) ----------------------------
    def concepts_on_layer(self) -> list[str]:
        return [n for n in str(self.layer.customProperty(PROPERTY + "concepts", "") or "").split() if n]

    def set_concept(self, name: str, group: str) -> None:
        """Switch to concept ``name`` (marks made earlier for it on this layer come back)."""
        from .core.model.concepts import CONCEPT_GROUPS
        check_concept_name(name)
        if group not in CONCEPT_GROUPS:
            raise ConceptError(tr("group {group} is not one of {groups}").format(group=repr(group),
                                                                             groups=", ".join(CONCEPT_GROUPS)))
        self.name, self.group = name, group

        def stored_fids(key: str) -> list[int]:
            return [f for f in _fid_list(self.layer.customProperty(f"{PROPERTY}{name}/{key}")) if f in self.row_of]

        self.positives, self.negatives = stored_fids("positive"), stored_fids("negative")
        self.skipped, self.answered = stored_fids("skipped"), stored_fids("answered")
        history = str(self.layer.customProperty(f"{PROPERTY}{name}/history", "") or "").split()
        self.history = [(int(f), a) for f, _, a in (h.partition(":") for h in history)
                        if f.lstrip("-").isdigit() and int(f) in self.row_of and a in ("yes", "no", "skip")]
        known = {f for f, _ in self.history}
        self.history = ([(f, "yes") for f in self.positives if f not in known]
                        + [(f, "no") for f in self.negatives if f not in known] + self.history)
        stored = self.layer.customProperty(f"{PROPERTY}{name}/threshold", None)
        self.threshold = float(stored) if stored not in (None, "") else None
        self.layer.setCustomProperty(PROPERTY + "current", name)
        self.result = self.state = self.earlier = None

    def _store(self) -> None:
        layer, name = self.layer, self.name
        layer.setCustomProperty(f"{PROPERTY}{name}/positive", " ".join(map(str, self.positives)))
        layer.setCustomProperty(f"{PROPERTY}{name}/negative", " ".join(map(str, self.negatives)))
        layer.setCustomProperty(f"{PROPERTY}{name}/skipped", " ".join(map(str, self.skipped)))
        layer.setCustomProperty(f"{PROPERTY}{name}/history", " ".join(f"{f}:{a}" for f, a in self.history))
        layer.setCustomProperty(f"{PROPERTY}{name}/answered", " ".join(map(str, self.answered)))
        layer.setCustomProperty(f"{PROPERTY}{name}/threshold", "" if self.threshold is None else self.threshold)
        layer.setCustomProperty(PROPERTY + "current", name)
        layer.setCustomProperty(CONCEPT_GROUP_PROPERTY + name, self.group)
        names = self.concepts_on_layer()
        if name not in names:
            layer.setCustomProperty(PROPERTY + "concepts", " ".join(names + [name]))

    def mark(self, fids, positive: bool):
        """Mark tiles as showing the concept (or not), refit and rewrite the fields. Returns the fit,
        or None while there is no positive yet."""
        return self.refit() if self.keep_marks(fids, positive) else None

    def keep_marks(self, fids, positive: bool) -> bool:
        """Mark tiles as showing the concept (or not), without a refit (the teach panel refits in the background).
        True where the concept needs one (a positive is there)."""
        self._set_marks(fids, positive)
        return bool(self.positives)

    def _set_marks(self, fids, positive: bool) -> None:
        """The marks of ``fids`` (kept in the layer's properties), checked first; no refit."""
        if not self.name:
            raise TeachError(tr("name the concept first"))
        fids = [int(f) for f in fids]
        unknown = [f for f in fids if f not in self.row_of]
        if unknown:
            raise TeachError(tr("tile {fid} is not in {layer}").format(fid=unknown[0], layer=self.layer.name()))
        if not fids:
            raise TeachError(tr("select some tiles first (any QGIS selection tool)"))
        self.check_can_write()
        target, other = (self.positives, self.negatives) if positive else (self.negatives, self.positives)
        other[:] = [f for f in other if f not in fids]
        target.extend(f for f in fids if f not in target)
        self.skipped = [f for f in self.skipped if f not in fids]
        self.history = [h for h in self.history if h[0] not in fids] + [(f, "yes" if positive else "no")
                                                                         for f in fids]
        self._store()

    def unmark(self, fids) -> bool:
        """Forget marks, answers and skips of the selected ``fids`` (Unmark), without a refit: as ``forget``, the
        selection checked first. True where the concept needs a refit (a tile of them was marked, a positive is
        left): unmarking tiles never marked refitted the same marks again."""
        fids = [int(f) for f in fids]
        if not fids:
            raise TeachError(tr("select some tiles first (any QGIS selection tool)"))
        looked = set(self.positives) | set(self.negatives) | set(self.skipped)
        return self.forget(fids) and not looked.isdisjoint(fids)

    def forget(self, fids) -> bool:
        """Forget marks, answers and skips of ``fids`` (undo), without a refit. True where the concept needs one (a
        positive is left); else the fit is forgotten until the next mark."""
        drop = {int(f) for f in fids}
        self.check_can_write()
        self.positives = [f for f in self.positives if f not in drop]
        self.negatives = [f for f in self.negatives if f not in drop]
        self.skipped = [f for f in self.skipped if f not in drop]
        self.history = [h for h in self.history if h[0] not in drop]
        self.answered = [f for f in self.answered if f not in drop]
        self._store()
        if not self.positives:
            self.result = None
        return bool(self.positives)

    def refit(self):
        """The core's teach session on the marks and answers; writes the fields and repaints. Returns the
        TeachResult (self.state: the core's TeachState)."""
        job = self.refit_job()
        job.run()
        return self.refitted(job)

    def refit_job(self) -> RefitJob:
        """A refit of the marks and answers as they are now, to run on any thread (RefitJob.run: the fit and the
        fields written); ``refitted`` then takes it in on QGIS's thread. Marks and answers made meanwhile are not
        in it: the teach panel runs another."""
        self.check_can_write()
        start = time.perf_counter()
        if self._file_state() != self._stamp:   # written meanwhile (teach CLI, Processing, an edit session)
            self._read()
            self._forget_gone()
        core = self.core_session()
        return RefitJob(core, self.threshold, [self.row_of[f] for f in core.positives],
                        [self.row_of[f] for f in core.negatives], self.before_commit, start)

    def refitted(self, job: RefitJob):
        """Take in a refit run (QGIS's thread): the layer reloaded and restyled, the fit kept. Returns the
        TeachResult."""
        result = job.result
        self.fitted_threshold = job.fitted_threshold
        self.committed = result
        self._stamp = self._file_state()
        reload_layer(self.layer)
        refresh_concepts(self.layer)
        # the last positive undone while this refit ran: forgotten, as forget leaves it (the fields stay written)
        self.result, self.state, self.core = result if self.positives else None, job.state, job.core
        self.seconds = time.perf_counter() - job.start
        return result

    def _labelled_rows(self) -> tuple[list[int], list[int]]:
        """The rows (in the layer's tile data) of the tiles marked or answered Yes, and No."""
        return [self.row_of[f] for f in self.positives], [self.row_of[f] for f in self.negatives]

    def _flags_at(self, probabilities, threshold: float):
        """The flags at ``threshold``, the marked and answered tiles keeping their label (as teach writes them)."""
        from .core.teach.fit import flags_at
        return flags_at(probabilities, threshold, *self._labelled_rows())

    def core_session(self):
        """The core's teach session on this layer's tiles, holding this concept's marks and answers."""
        from .core.teach.session import TeachOptions
        from .core.teach.session import TeachSession as CoreSession
        core = CoreSession(self.data.path, self.bundle, TeachOptions(name=self.name, group=self.group,
                                                                     review_count=REVIEW_COUNT), tiles=self.data)
        core.positives, core.negatives = list(self.positives), list(self.negatives)
        core.answered = {**{f: "yes" if f in self.positives else "no" for f in self.answered
                            if f in self.positives or f in self.negatives},
                         **{f: "skip" for f in self.skipped}}
        if self.earlier is not None:
            core.continue_from(self.earlier)
        return core

    def save_concept_file(self, path) -> str:
        """The concept as a small file (weights, threshold, provenance, its labelled examples)."""
        if self.state is None:
            raise TeachError(tr("nothing taught yet: mark a tile first"))
        self.check_concept_file_name()
        return str(self.core.save_concept(path))

    def check_concept_file_name(self) -> None:
        """TeachError when the concept is named as one the bundle applies itself (its starter ``mine``): classify
        --concept refuses such a file beside the bundle (core/teach/apply), as the teach command line says."""
        own = {c.name: c for c in self.bundle.manifest.concepts}
        if self.name in own:
            raise TeachError(tr(
                "bundle {bundle} applies its own concept '{name}' (p_{name}, flag_{name}, group {group}): classify "
                "would refuse a concept file of that name beside it; name this one otherwise ({other}), or use Save "
                "concept… (a copy of the bundle that carries it)").format(
                bundle=self.bundle.manifest.display_name, name=self.name, group=own[self.name].group,
                other=f"{self.name[:38]}_2"))

    def provenance(self) -> dict:
        return {"layer": self.layer.name(), **self.data.provenance(*self._labelled_rows())}

    # -- review --------------------------------------------------------------------------------
    def set_threshold(self, threshold: float | None) -> None:
        """Flag p_<name> >= ``threshold`` (None: the fitted one again) and rewrite flag_<name> in place."""
        from dataclasses import replace

        from .core.teach.apply import flag_entry
        from .core.teach.fields import write_concept
        if self.result is None:
            return
        if threshold is not None and not 0.0 <= threshold <= 1.0:
            raise TeachError(tr("the threshold must lie in 0..1"))
        self.check_can_write()
        if self.sync() and self.result is None:   # tiles deleted meanwhile: the flags follow the next fit
            return
        self.threshold = threshold
        value = self.fitted_threshold if threshold is None else float(threshold)
        start = time.perf_counter()
        self.result.concept = replace(self.result.concept, threshold=value)
        self.result.flags = self._flags_at(self.result.probabilities, value)
        # the layer records the threshold its flags now follow (schema.META_CONCEPT_FLAGS): without it, the slider
        # left that concept's record unknown; the expected precision was measured at the fitted threshold only
        entry = flag_entry(self.result.concept, value, "applied" if self.result.method == "loaded" else "taught")
        if abs(value - self.fitted_threshold) > 1e-9:
            entry.pop("expected_precision", None)
        write_concept(self.data, self.result.concept, self.result.probabilities, self.result.flags,
                      self.bundle.manifest, flag_entry=entry)
        self._stamp = self._file_state()
        self._store()
        reload_layer(self.layer)
        self.seconds = time.perf_counter() - start

    def answer(self, fid: int, reply: str):
        """The review's answer for tile ``fid``: "yes" / "no" marks it (and refits), "skip" passes it."""
        if self.record_answer(fid, reply) and self.positives:
            return self.refit()
        return self.result

    def record_answer(self, fid: int, reply: str) -> bool:
        """The review's answer for tile ``fid`` kept with the marks, without a refit: "yes" / "no" marks it, "skip"
        passes it. True where the concept needs a refit (a Yes or a No)."""
        fid = int(fid)
        if reply == "skip":
            self.skip(fid)
            return False
        self._set_marks([fid], reply == "yes")
        if fid not in self.answered:
            self.answered.append(fid)
            self._store()
        return True

    def expected_precision(self, threshold: float | None = None) -> tuple[float | None, int]:
        """(share of the review's answers at or above ``threshold`` that were Yes, how many answers that
        rests on); (None, 0) before any answer there. The marks the analyst chose are left out: they are
        what the concept was fitted to, so they would vouch for it."""
        if self.result is None:
            return None, 0
        t = self.result.concept.threshold if threshold is None else threshold
        if self.state is not None and abs(t - self.fitted_threshold) < 1e-9:
            return self.state.expected_precision, self.state.answers   # the core's, with its prior
        p = self.result.probabilities
        above = [f for f in self.answered if p[self.row_of[f]] >= t]
        yes = sum(1 for f in above if f in self.positives)
        return (yes / len(above) if above else None), len(above)

    def sliver_warning(self) -> str:
        """Where the latest fit rests mostly on slivers at the raster's edge, the core's words for it (what teach's
        command line warns) in the analyst's language; '' where it does not."""
        from .core.wording import words

        if self.core is None:
            return ""
        with words(tr):
            return self.core.sliver_warning()

    def progress(self) -> tuple[int, int, int]:
        """(found, about how many there are, reviewed): tiles confirmed to show the concept; those plus
        the expected number among the tiles not yet looked at (the sum of their probabilities); tiles
        looked at (marked, answered or skipped)."""
        looked = set(self.positives) | set(self.negatives) | set(self.skipped)
        found = len(self.positives)
        if self.state is not None:
            return self.state.found, self.state.about, self.state.reviewed
        if self.result is None:
            return found, found, len(looked)
        rest = np.ones(len(self.data.fids), dtype=bool)
        rest[[self.row_of[f] for f in looked]] = False
        about = found + int(round(float(self.result.probabilities[rest].sum())))
        return found, about, len(looked)

    def candidates(self, count: int = 12) -> list[int]:
        """fids to review next, most likely first (search: find them all), tiles looked at left out."""
        if self.result is None:
            return []
        looked = {self.row_of[f] for f in set(self.positives) | set(self.negatives) | set(self.skipped)}
        if self.state is not None:     # the core's order (core/teach/review.py), from the latest fit
            return [t.fid for t in self.state.review if self.row_of[t.fid] not in looked][:count]
        from .core.teach.review import review_order, search_priority  # a loaded concept, not yet refitted
        p = self.result.probabilities
        order = review_order(p, self.result.concept.threshold, looked, count,
                             priority=search_priority(p, self.data.area()))
        return [int(self.data.fids[r]) for r in order]

    def next_review(self) -> int | None:
        """fid of the most likely tile not yet looked at (None if none)."""
        nxt = self.candidates(1)
        return nxt[0] if nxt else None

    def skip(self, fid: int) -> None:
        fid = int(fid)
        if fid not in self.skipped:
            self.skipped.append(fid)
        self.history = [h for h in self.history if h[0] != fid] + [(fid, "skip")]
        self._store()

    def load(self, path) -> None:
        """Apply a saved concept file to the layer (core/teach/apply: its p_<name> / flag_<name> written in
        place, held unconfirmed where it flags far more than where it was taught); marks made here teach it
        on, with its earlier scenes' labelled tiles."""
        from dataclasses import replace
        from types import SimpleNamespace

        from .core.teach.apply import apply_concepts, check_bundle_names
        from .core.teach.concept_file import read_concept_file
        self.check_can_write()    # apply_concepts writes the file behind QGIS's edit buffer otherwise
        start = time.perf_counter()
        earlier = read_concept_file(path, self.data.embeddings.shape[1], self.data.backbone_id)
        check_bundle_names([path], [earlier.concept], self.bundle)  # never over the bundle's own p_/flag_ fields
        applied = apply_concepts(self.data.path, [earlier.concept], self.bundle.manifest)[0]
        self._read()
        self.set_concept(earlier.concept.name, earlier.concept.group)
        self.earlier = earlier
        concept = replace(earlier.concept, threshold=applied.threshold)  # what flags here until refitted
        self.result = SimpleNamespace(concept=concept, probabilities=applied.probabilities, flags=applied.flags,
                                      method="loaded")  # the flags as the core wrote them, not worked out again
        self.applied = applied
        self.fitted_threshold, self.threshold = applied.threshold, None
        self._store()
        reload_layer(self.layer)
        refresh_concepts(self.layer)
        self.seconds = time.perf_counter() - start

    def flagged_count(self) -> int:
        return int(self.result.flags.sum()) if self.result is not None else 0


def fit_name(method: str) -> str:
    """How the concept was fitted (core.teach.fit's method), in the analyst's language; an unknown one as it is."""
    return {"similarity": tr("similarity"), "logistic": tr("logistic regression"),
            "loaded": tr("loaded")}.get(method, method)
