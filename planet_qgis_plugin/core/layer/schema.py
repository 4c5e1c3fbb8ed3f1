"""The tile layer, stated once: its name, its fields in the order an analyst reads them, the names a
concept may not take, which fields are taught concepts, and its metadata items. Classify writes it
(gpkg.py), batch / change / reports read it (tiletable.py), teach adds concept fields in place
(core/teach/fields.py), QGIS styles it (style.py) and the trainer learns from it (trainer/tiles.py).
The embedding BLOB and its metadata items are embeddings.py's.
"""
from __future__ import annotations

import json
from typing import Mapping, Sequence

from ..labels import CONCEPT_GROUPS, FLAG_GROUPS, LABELS
from ..schema import loads
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
#: OGR layer metadata items of a run: classify records scene, acquired (+ source), bundle and grid (and, for a
#: raster without a CRS, its content: source);
#: batch adds skipped tiles, device, backend and speed.
RUN_META = {"scene": "PLANET_SCENE", "acquired": "PLANET_ACQUIRED", "acquired_source": "PLANET_ACQUIRED_SOURCE",
            "bundle": "PLANET_BUNDLE", "grid": "PLANET_GRID", "source": "PLANET_SOURCE", "bands": "PLANET_BANDS",
            "skipped": "PLANET_SKIPPED", "device": "PLANET_DEVICE",
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
    try:
        groups = loads(text) if text else {}
    except (ValueError, RecursionError):  # text a user's file holds: anything, nested 100000 deep
        return {}
    if not isinstance(groups, dict):
        return {}
    return {str(k): v for k, v in groups.items() if isinstance(v, str) and v in CONCEPT_GROUPS}
