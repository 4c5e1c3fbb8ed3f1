"""The tile layer, stated once: its name, its fields in the order an analyst reads them, the names a
concept may not take, which fields are taught concepts, and its metadata items. Classify writes it
(gpkg.py), batch / change / reports read it (tiletable.py), teach adds concept fields in place
(core/teach/fields.py), QGIS styles it (style.py) and the trainer learns from it (trainer/tiles.py).
The embedding BLOB and its metadata items are embeddings.py's.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from ..labels import CONCEPT_GROUPS, FLAG_GROUPS, LABELS
from ..schema import is_number, loads
from ..wording import tr
from .embeddings import EMBEDDING_FIELD

LAYER = "tiles"
CHANGES = "changes"   # the change layer's (core/monitor/change): a reader of either kind tells them apart
#: The change layer's fields that hold an analyst's answer and its history (the review's audit trail): a file whose
#: tiles hold either is never written over (gpkg.check_answers_kept)
ANSWER_FIELDS = ("review", "review_history")
#: Field names (besides the tags' and the flag groups') that a concept's p_<name> / flag_<name> must not take.
RESERVED_NAMES = frozenset(LABELS) | frozenset(FLAG_GROUPS) | {"flagged", "tags", "model", "row", "col",
                                                                "coverage", "fid", "geom"}
#: JSON object {concept name: flag group} of the concept fields p_<name>/flag_<name> in the layer
#: (written by teach; classify writes it for the bundle's concepts). Teach reads it to refold
#: flag_<group>/score_<group>/flagged over every concept the layer carries; the style colours by it.
META_CONCEPTS = "PLANET_CONCEPTS"
#: JSON object {concept name: how its flag_<name> was set on this layer}: ``threshold`` (the p at or above which it
#: is set here), ``expected_precision`` and ``answers`` (the share of its flags expected to show the concept where it
#: was taught, and the labelled tiles of that scene the figure rests on), ``source`` (SOURCES) and ``taught_on`` (the
#: scenes it was taught on, by file name). Written with the concept's fields, in their transaction: by teach
#: (core/teach/fields.write_concept), by classify / batch --concept (core/teach/apply.py) and by classify for the
#: bundle's own concepts (core/pipeline/acquired.run_facts). Read by :func:`concept_flags`; layers written before it
#: have none (every fact unknown).
META_CONCEPT_FLAGS = "PLANET_CONCEPT_FLAGS"
#: Layer metadata item {concept: what it would have flagged here}: its flags on this layer are held back
#: (core/teach/apply.py, unconfirmed).
META_UNCONFIRMED = "PLANET_UNCONFIRMED"
#: Where a concept's flag on a layer comes from: taught on this layer (teach, the panel), applied from a concept
#: file or a bundle copy's taught concept (classify / batch --concept), or a concept the bundle ships.
SOURCES = ("taught", "applied", "bundle")
#: OGR layer metadata items of a run: classify records scene, acquired (+ source), bundle and grid (and, for a
#: raster without a CRS, its content: source);
#: batch adds the bytes of the scene, concept files and bundle it was run on (inputs: core/monitor/inputs_record.py), skipped
#: tiles, device, backend and speed.
RUN_META = {"scene": "PLANET_SCENE", "acquired": "PLANET_ACQUIRED", "acquired_source": "PLANET_ACQUIRED_SOURCE",
            "bundle": "PLANET_BUNDLE", "grid": "PLANET_GRID", "source": "PLANET_SOURCE", "bands": "PLANET_BANDS",
            "inputs": "PLANET_INPUTS", "skipped": "PLANET_SKIPPED", "device": "PLANET_DEVICE",
            "backend": "PLANET_BACKEND", "chips_per_s": "PLANET_CHIPS_PER_S", "seconds": "PLANET_SECONDS"}


def recorded_grid(item: str | None) -> dict:
    """A run's PLANET_GRID item (core/pipeline/tiling.TileGrid.describe wrote it) read as the untrusted text of a
    file a user was given: {} where it is missing or not a JSON object; its values are the reader's to check."""
    try:
        grid = loads(item or "null")
    except (ValueError, RecursionError):
        return {}
    return grid if isinstance(grid, dict) else {}


def field_names(labels: Sequence[str], concepts: Sequence[str] = (), embedding: bool = True) -> list[str]:
    """Attribute names of the tile layer, in the order an analyst reads them."""
    return (["tags", "flagged"] + [f"flag_{f}" for f in FLAG_GROUPS] + [f"score_{f}" for f in FLAG_GROUPS]
            + [name for c in concepts for name in (f"p_{c}", f"flag_{c}")]
            + ["row", "col", "coverage"] + [f"p_{l}" for l in labels] + list(labels) + ["model"]
            + ([EMBEDDING_FIELD] if embedding else []))


def field_kinds(labels: Sequence[str], concepts: Sequence[str] = (), embedding: bool = True) -> list[tuple[str, str]]:
    """(name, kind) of field_names() in that order; kind: str, bool, int, real or binary."""
    booleans = {"flagged", *(f"flag_{f}" for f in FLAG_GROUPS), *(f"flag_{c}" for c in concepts), *labels}
    special = {"row": "int", "col": "int", "tags": "str", "model": "str", EMBEDDING_FIELD: "binary"}
    return [(name, "bool" if name in booleans else special.get(name, "real"))
            for name in field_names(labels, concepts, embedding)]


def concept_names(names: Sequence[str]) -> list[str]:
    """Taught concepts among a layer's field ``names``, in field order: ``p_<name>`` and ``flag_<name>``
    both present, ``name`` neither a tag nor a flag group."""
    present = set(names)
    return [n[2:] for n in names if n.startswith("p_") and f"flag_{n[2:]}" in present
            and n[2:] not in LABELS and n[2:] not in FLAG_GROUPS]


def concepts_item(groups: Mapping[str, str]) -> str:
    """The META_CONCEPTS value for {concept: group}."""
    return json.dumps(dict(groups), sort_keys=True)


def parse_concepts_item(text: str | None) -> dict[str, str]:
    """{concept: group} of a META_CONCEPTS value; {} when absent or not a JSON object. An entry whose group is not
    one of CONCEPT_GROUPS (hand-edited metadata) is left out, so the bundle's group for it holds: taken as it
    stood, it would have taken the concept out of every flag group without a word."""
    return {str(k): v for k, v in json_item(text).items() if isinstance(v, str) and v in CONCEPT_GROUPS}


@dataclass(frozen=True)
class ConceptFlag:
    """How a concept's ``flag_<name>`` was set on one layer (META_CONCEPT_FLAGS); None where the layer does not say
    (written before the item existed, or the entry is damaged): unknown, never a guess."""

    name: str
    group: str | None = None
    threshold: float | None = None  # p_<name> >= this raised flag_<name> here
    expected_precision: float | None = None  # where it was taught: the share of its flags expected right
    answers: int | None = None  # labelled tiles of that scene the expected precision rests on
    source: str | None = None  # one of SOURCES
    taught_on: tuple[str, ...] = ()  # scenes it was taught on (file names), earliest first
    held: bool = False  # its flags are held back on this layer as unconfirmed (META_UNCONFIRMED): none is set

    def describe(self) -> str:
        """One line for a report or an export cell (in the run's language): which threshold raised the flag, what
        it is worth, where it came from; 'unknown' for what the layer does not record."""
        at = tr("p >= {t}").format(t=f"{self.threshold:.2f}") if self.threshold is not None else tr(
            "threshold unknown")
        worth = (tr("expected precision {precision} from {answers} labelled tiles where taught").format(
            precision=f"{self.expected_precision:.2f}", answers=self.answers)
            if self.expected_precision is not None and self.answers is not None else tr("expected precision unknown"))
        where = {"taught": tr("taught on this layer"), "applied": tr("applied from a concept taught on {scenes}"),
                 "bundle": tr("the bundle's own concept")}.get(self.source or "", tr("source unknown")).format(
            scenes=", ".join(self.taught_on) or tr("unknown scenes"))
        held = tr("; held unconfirmed here, nothing flagged") if self.held else ""
        return f"{at}; {worth}; {where}{held}"


def concept_flag_entry(threshold: float, source: str, expected_precision: Any = None, answers: Any = None,
                       taught_on: Sequence[str] = ()) -> dict:
    """One concept's META_CONCEPT_FLAGS entry (rounded as teach --json says them). ``expected_precision`` and
    ``answers`` as a concept's provenance gives them (a concept file's: anything): left out unless a share in 0..1
    and a whole number of at least 0, as :func:`concept_flags` reads them."""
    entry: dict[str, Any] = {"threshold": round(float(threshold), 4), "source": source}
    if _share(expected_precision) is not None:
        entry["expected_precision"] = round(_share(expected_precision), 4)
    if _count(answers) is not None:
        entry["answers"] = _count(answers)
    if taught_on:
        entry["taught_on"] = [str(name)[:200] for name in taught_on[:100]]
    return entry


def with_concept_flag(text: str | None, name: str, entry: Mapping | None) -> str:
    """The META_CONCEPT_FLAGS value ``text`` with ``name``'s entry replaced by ``entry`` (None: removed); other
    concepts' entries are kept as they were (a damaged item: dropped, as the reader would not read it)."""
    entries = json_item(text)
    entries.pop(name, None)
    if entry is not None:
        entries[name] = dict(entry)
    return json.dumps(entries, sort_keys=True)


def concept_flags(metadata: Mapping[str, str]) -> dict[str, ConceptFlag]:
    """{concept: ConceptFlag} for every concept a layer's metadata items name (META_CONCEPTS, META_CONCEPT_FLAGS),
    read as the untrusted text of a file a user was given: a value missing or not of its kind is None (unknown),
    never an error. What batch, change and exports call to say which threshold raised a concept's flag."""
    groups = parse_concepts_item(metadata.get(META_CONCEPTS))
    entries = json_item(metadata.get(META_CONCEPT_FLAGS))
    held = json_item(metadata.get(META_UNCONFIRMED))
    out = {}
    for name in sorted(set(groups) | {str(k) for k in entries}):
        entry = entries.get(name)
        entry = entry if isinstance(entry, dict) else {}
        scenes = entry.get("taught_on")
        out[name] = ConceptFlag(
            name, groups.get(name), _share(entry.get("threshold")), _share(entry.get("expected_precision")),
            _count(entry.get("answers")), entry.get("source") if entry.get("source") in SOURCES else None,
            tuple(str(s)[:200] for s in scenes[:100] if isinstance(s, str)) if isinstance(scenes, list) else (),
            name in held)
    return out


def json_item(text: str | None) -> dict:
    """A metadata item holding a JSON object, read as the untrusted text of a file a user was given: {} where it is
    absent, not JSON or not an object."""
    try:
        value = loads(text) if text else {}
    except (ValueError, RecursionError):  # text a user's file holds: anything, nested 100000 deep
        return {}
    return value if isinstance(value, dict) else {}


def _share(value) -> float | None:
    return float(value) if is_number(value) and math.isfinite(value) and 0.0 <= value <= 1.0 else None


def _count(value) -> int | None:
    return int(value) if is_number(value) and math.isfinite(value) and value >= 0 and value == int(value) else None
