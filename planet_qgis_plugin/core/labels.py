"""The 17 Planet-Amazon tags, their groups and the flag groups the plugin colours."""
from __future__ import annotations

from typing import Iterable

from .errors import PlanetClassifierError

ATMOSPHERE: tuple[str, ...] = ("clear", "partly_cloudy", "haze", "cloudy")
GROUND: tuple[str, ...] = (
    "primary", "agriculture", "road", "water", "cultivation", "habitation",
    "bare_ground", "artisinal_mine", "selective_logging", "blooming",
    "slash_burn", "blow_down", "conventional_mine",
)
LABELS: tuple[str, ...] = ATMOSPHERE + GROUND
CLEAR, CLOUDY = "clear", "cloudy"

#: Spellings accepted on input and the dataset's spelling they stand for.
ALIASES: dict[str, str] = {"artisanal_mine": "artisinal_mine"}

#: Flag name -> tags that raise it. These are the deforestation signals analysts filter on.
FLAG_GROUPS: dict[str, tuple[str, ...]] = {
    "mining": ("artisinal_mine", "conventional_mine"),
    "logging": ("selective_logging",),
    "slash_burn": ("slash_burn",),
}
#: Flag groups a taught concept can fold into; ``other`` raises only its own ``flag_<name>``.
CONCEPT_GROUPS: tuple[str, ...] = tuple(FLAG_GROUPS) + ("other",)


#: A tag whose cross-validated score for the model is below this is weak for it: left out of the tile labels on the
#: QGIS map and in the preview PNG (its probability stays in the layer, and the map tip says why).
WEAK_TAG_SCORE = 0.7


def weak_tags(manifest) -> dict[str, tuple[str, float | None, int | None]]:
    """{tag: (measure, score or None where never measured, training examples or None)} for the tags of bundle
    ``manifest`` that are weak for its model (below WEAK_TAG_SCORE): read from the bundle's metrics, per-class
    precision where recorded, else per-class F2, never assumed."""
    metrics = getattr(manifest, "metrics", None) or {}
    scores, measure = metrics.get("per_class_precision"), "precision"
    if not scores:
        scores, measure = metrics.get("per_class_f2") or {}, "F2"
    support = metrics.get("support") or {}
    return {tag: (measure, scores.get(tag), support.get(tag)) for tag in manifest.labels
            if scores.get(tag) is None or scores[tag] < WEAK_TAG_SCORE}


class UnknownTagError(PlanetClassifierError, ValueError):
    """A tag that is neither one of the 17 labels nor a known alias."""

    def __init__(self, tags: Iterable[str]):
        self.tags = sorted(set(tags))
        super().__init__(
            f"unknown tag(s): {', '.join(self.tags)}; expected some of: {' '.join(LABELS)}"
        )


def canonical_tag(tag: str) -> str:
    """The dataset spelling of ``tag`` (aliases resolved); raises UnknownTagError."""
    name = tag.strip().lower()
    name = ALIASES.get(name, name)
    if name not in LABELS:
        raise UnknownTagError([tag])
    return name


def parse_tags(text: str) -> list[str]:
    """Split a space-separated tag string, resolve aliases and reject unknown tags (all named)."""
    tags, unknown = [], []
    for raw in text.split():
        try:
            tags.append(canonical_tag(raw))
        except UnknownTagError:
            unknown.append(raw)
    if unknown:
        raise UnknownTagError(unknown)
    return tags

