"""Apply saved concepts to a classified layer (``classify --concept FILE``, batch): fields written in place.

Each concept is scored on the layer's stored embeddings (with its neighbour context, when it has one:
the whole layer is read at once), and ``p_<name>`` / ``flag_<name>`` are written and the group flags
refolded by core/teach/fields.write_concept, one transaction per concept.

**Unconfirmed flags.** A concept records the share of its taught scene it flagged. When it would flag
a much larger share of a new scene (more than ``FACTOR`` times that share plus ``SLACK``, and at least
``MIN_FLAGS`` tiles), both counted by area (a tile weighs its coverage, so the slivers at the edges of
a small strip count for the few pixels they show), it is probably meeting something it was never shown (floodplain, sandbars,
farmland for a clearing concept): the run says so, ``flag_<name>`` stays off on every tile of that
layer (``p_<name>`` is written: sort by it and review), and the layer metadata item
PLANET_UNCONFIRMED records what it would have flagged. Teaching the concept on that layer confirms it.
A *rough* concept (fitted to fewer than ``calibrate.ROUGH_BELOW`` labelled tiles, marks and answers of every
scene: three marks saved without answering the review) is held unconfirmed the same way on every scene it is
applied to: such concepts flagged 18-57 % of the held-out tiles without the concept (docs/teach_chips.md).

**The threshold on a new scene.** Where a concept was taught, its threshold may sit low because the
analyst's answers vouch for the tiles above it (the flagged set is >= 80 % true counting each answer as
given). On a scene it is applied to, nobody has answered anything, so a tile is flagged only where the
concept finds it more likely than not: p >= ``NEW_SCENE_FLOOR``, or the taught threshold where that is
higher (``applied_threshold``). ``p_<name>`` is written as before: sort by it to look further.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..layer.schema import concept_flag_entry
from ..model.concepts import Concept, ConceptError, concept_probability
from ..schema import is_number
from ..wording import count, tr
from .calibrate import ROUGH_BELOW
from .concept_file import read_concept_file
from .fields import read_embeddings, write_concept

#: A concept is unconfirmed on a scene where it flags more than FACTOR x its taught share + SLACK ...
FACTOR = 2.0
SLACK = 0.02
#: ... and at least this many full tiles' area.
MIN_FLAGS = 3
#: The lowest p a concept flags on a scene with no answers of its own: more likely than not.
NEW_SCENE_FLOOR = 0.5


@dataclass
class Applied:
    """What one concept did to one layer."""

    name: str
    tiles: int
    flagged: int  # tiles whose flag_<name> is set (0 when unconfirmed)
    would_flag: int  # tiles at or above the threshold applied here
    threshold: float  # the threshold applied here (applied_threshold)
    taught_share: float | None  # the share it flagged where taught (None: the concept does not say)
    unconfirmed: bool
    probabilities: np.ndarray  # (N,) p_<name> as written, in fid order
    rests_on: int | None = None  # labelled tiles the concept was fitted to (None: it does not say)
    area_share: float | None = None  # the share of the scene's area it would flag: what the unconfirmed rule weighs
    flags: np.ndarray | None = None  # (N,) flag_<name> as written, in fid order (all off when unconfirmed)

    @property
    def rough(self) -> bool:
        """Too few of them (is_rough): held unconfirmed on every scene."""
        return is_rough(self.rests_on)

    def message(self) -> str:
        """What the run says of this concept on this scene (in the analyst's language under wording.words)."""
        share = self.would_flag / self.tiles if self.tiles else 0.0
        weighed = share if self.area_share is None else self.area_share  # the rule counts tiles by their area
        name, t = self.name, f"{self.threshold:.2f}"
        if not self.unconfirmed:
            return tr("concept {name}: flag_{name} on {flagged} of {tiles} tiles ({share}; p >= {t})").format(
                name=name, flagged=self.flagged, tiles=self.tiles, share=f"{share:.1%}", t=t)
        if self.rough:
            held = (tr("no tile here reaches p >= {t}, so it flags nothing; from so few tiles that is no "
                       "all-clear").format(t=t) if not self.would_flag else
                    tr("its 1 flag here is unconfirmed and flag_{name} is left off").format(name=name)
                    if self.would_flag == 1 else
                    tr("its {n} flags here are unconfirmed and flag_{name} is left off").format(n=self.would_flag,
                                                                                                 name=name))
            return tr("concept {name} was fitted to {labelled} only (a rough concept): {held} (sort by p_{name} and "
                      "review, or answer its review where it was taught and save it again)").format(
                name=name, labelled=count(self.rests_on, tr("labelled tile"), tr("labelled tiles")), held=held)
        return tr("concept {name} would flag {would} of {tiles} tiles ({weighed} of the scene by area, edge slivers "
                  "weighing their coverage), far more than the {taught} of the scene it was taught on: its flags here "
                  "are unconfirmed and flag_{name} is left off (sort by p_{name} and review, or teach it on this "
                  "scene)").format(name=name, would=self.would_flag, tiles=self.tiles, weighed=f"{weighed:.0%}",
                                   taught=f"{self.taught_share:.0%}")


def applied_threshold(concept: Concept) -> float:
    """The threshold a concept flags with on a scene without answers of its own (see the module docstring)."""
    return max(float(concept.threshold), NEW_SCENE_FLOOR)


def taught_share(concept: Concept) -> float | None:
    value = concept.provenance.get("flagged_share")
    if not is_number(value) or not 0.0 <= value <= 1.0:
        return None
    return float(value)


def rests_on(concept: Concept) -> int | None:
    """The labelled tiles (marks and answers, every scene) ``concept`` was fitted to, as it records them."""
    counts = [concept.provenance.get(key) for key in ("positives", "negatives")]
    if not all(is_number(v) and v >= 0 for v in counts):
        return None
    return int(sum(counts))


def flag_entry(concept: Concept, threshold: float, source: str) -> dict:
    """How ``concept``'s flags were set on a layer (layer/schema.META_CONCEPT_FLAGS): at ``threshold``, from
    ``source`` ("taught" on this layer, "applied" elsewhere), with the expected precision, the answers behind it
    and the scenes it was taught on as the concept records them (left out where it does not say)."""
    record = concept.provenance
    scenes = record.get("scenes") if isinstance(record.get("scenes"), list) else []
    names = [Path(str(s.get("scene") or s.get("gpkg"))).name for s in scenes
             if isinstance(s, dict) and (s.get("scene") or s.get("gpkg"))]
    return concept_flag_entry(threshold, source, record.get("expected_precision"), record.get("answers"), names)


def is_rough(labelled: int | None) -> bool:
    """A concept fitted to ``labelled`` tiles (rests_on) is too rough for its flags to be trusted yet, here or
    elsewhere: fewer than ROUGH_BELOW (None: it does not say, and is taken as it is)."""
    return labelled is not None and labelled < ROUGH_BELOW


def is_unconfirmed(would_flag: float, tiles: float, share: float | None) -> bool:
    """``would_flag``, ``tiles``: the flagged and the whole area of the scene, in full tiles."""
    if share is None or tiles <= 0:
        return False
    return would_flag >= MIN_FLAGS and would_flag / tiles > FACTOR * share + SLACK


def read_concepts(paths: list[Path], bundle, embeddings: bool = True) -> list[Concept]:
    """The concepts of ``paths`` checked against ``bundle`` before a run (ConceptError with one line)."""
    if not paths:
        return []
    spec = bundle.manifest.embedding
    if spec is None:
        raise ConceptError(tr("bundle {path} has no embedding output, so it cannot apply concepts").format(
            path=bundle.path))
    if not embeddings:
        raise ConceptError(tr("a concept is applied to the stored tile embeddings: drop --no-embeddings"))
    concepts = [read_concept_file(p, spec.size, spec.backbone_id).concept for p in paths]
    names = [c.name for c in concepts]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise ConceptError(tr("two concept files name the concept {twice!r}; give each name once").format(
            twice=twice[0]))
    check_bundle_names(paths, concepts, bundle)
    return concepts


def check_bundle_names(paths: list[Path], concepts: list[Concept], bundle) -> None:
    """ConceptError when a concept file names a concept the bundle carries: classify writes the bundle's
    p_<name>/flag_<name> and the file's would silently replace them (its weights, threshold and group). The one
    check of classify --concept, batch, Processing (read_concepts) and the teach panel's Load concept."""
    own = {c.name: c for c in bundle.manifest.concepts}
    for path, concept in zip(paths, concepts):
        if concept.name in own:
            name, other = concept.name, f"{concept.name[:38]}_2"  # a valid name (at most 40 characters)
            raise ConceptError(
                tr("concept file {path} names the concept {name!r}, which bundle {display_name} "
                   "already applies (p_{name}, flag_{name}, group {group}): one would replace the other; "
                   "save it under another name (teach LAYER --concept {path} --name {other} --positive ID "
                   "--save-concept {other}.concept.json), or into a copy of the bundle with --save-to").format(
                path=path, name=name, display_name=bundle.manifest.display_name, group=own[name].group, other=other))


def apply_concepts(gpkg: str | Path, concepts: list[Concept], manifest) -> list[Applied]:
    """Score and write each concept on layer ``tiles`` of ``gpkg`` (see the module docstring)."""
    out, tiles = [], None
    for concept in concepts:
        if tiles is None or tiles.backbone_id != concept.backbone_id:  # write_concept keeps ``tiles`` current
            tiles = read_embeddings(gpkg, concept.backbone_id)
        p = concept_probability(tiles.embeddings, concept, tiles.rows, tiles.cols, tiles.step)
        threshold = applied_threshold(concept)
        flags = p >= threshold
        would_flag = int(flags.sum())
        share = taught_share(concept)
        area = tiles.area()
        labelled = rests_on(concept)
        held = is_rough(labelled) or is_unconfirmed(float(area[flags].sum()), float(area.sum()), share)
        area_share = float(area[flags].sum() / area.sum()) if area.sum() > 0 else 0.0
        record = None
        if held:
            record = {"would_flag": would_flag, "tiles": len(flags), "taught_share": share, "threshold": threshold,
                      "rests_on": labelled}
            flags = np.zeros_like(flags)
        write_concept(tiles, concept, p, flags, manifest, unconfirmed=record,
                      flag_entry=flag_entry(concept, threshold, "applied"))
        out.append(Applied(concept.name, len(flags), int(flags.sum()), would_flag, threshold, share, held, p,
                           labelled, area_share, flags))
    return out


def classify_applying(raster, output, bundle, options, concepts: list[Concept], progress=None,
                      cancel=None, predictor=None) -> tuple:
    """(ClassifyResult, [Applied]): classify ``raster`` into ``output`` with ``concepts`` applied to the new
    layer before it is published, so that it appears whole, with every concept's fields, or not at all
    (what was at ``output`` stays). The one service behind classify --concept, Processing and batch
    (``predictor``: classify's)."""
    from ..model.bundle import resolve_bundle
    from ..pipeline.classify import classify

    bundle = resolve_bundle(bundle)
    taught, own = taught_concepts(bundle.manifest) if options.embeddings else ([], bundle.manifest.concepts)
    streamed = bundle
    if taught:  # applied after the run with the files' concepts, not per batch as the bundle's own
        streamed = dataclasses.replace(bundle, manifest=dataclasses.replace(bundle.manifest, concepts=own))
    everything = taught + list(concepts)
    applied: list[Applied] = []

    counted: dict = {}

    def apply(temporary: Path) -> None:
        applied.extend(apply_concepts(temporary, everything, bundle.manifest))
        counted.update(_flag_counts(temporary))

    result = classify(raster, output, streamed, options, progress, cancel, predictor,
                      completed=apply if everything else None, concepts_after=[c.name for c in everything])
    # classify counted its flags before the concepts were applied: the summary counts the layer as published
    return (_recounted(result, counted) if counted else result), applied


def _recounted(result, counted: dict):
    """``result`` with the flag counts of the published layer, and its unfamiliar-scene caution saying them."""
    from ..pipeline.familiarity import warning

    caution = warning(result.unfamiliar_share, counted["flagged"]) if result.caution else None
    messages = [caution if m == result.caution else m for m in result.messages]
    return dataclasses.replace(result, **counted, caution=caution, messages=messages)


def _flag_counts(gpkg: Path) -> dict:
    """ClassifyResult's flag counts (flagged, per group, per concept) read back from the layer."""
    from ..labels import FLAG_GROUPS
    from ..layer.tiletable import read_tiles

    table = read_tiles(gpkg, with_embeddings=False)
    return {"flagged": int(table.flagged.sum()),
            "group_counts": {g: int(table.flags[f"flag_{g}"].sum()) for g in FLAG_GROUPS if f"flag_{g}" in table.flags},
            "concept_counts": {c: int(table.flags[f"flag_{c}"].sum()) for c in table.concepts
                               if f"flag_{c}" in table.flags}}


def taught_concepts(manifest) -> tuple[list[Concept], list[Concept]]:
    """(taught, own): the concepts of a bundle that an analyst taught (saved into a copy of a bundle with teach
    --save-to: their provenance records the labelled tiles they rest on), and the rest. A run applies the taught
    ones as it applies a concept file, after the run on the stored embeddings, so the same rules hold whichever way
    a concept was saved: the floor on a new scene, a rough concept held, a much larger share than where it was
    taught held unconfirmed. The bundle's own concepts (fitted to a labelled set, the provenance does not say how many
    tiles) are applied per batch at their threshold."""
    taught, own = [], []
    for concept in manifest.concepts:
        (own if rests_on(concept) is None else taught).append(concept)
    return taught, own
