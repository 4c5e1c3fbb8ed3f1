"""Teach the shipped bundle a starter mining concept from public imagery only; write it into its manifest.

    python -m scripts.build_starter_concepts [--bundle DIR] [--dry-run]

Positives: the tiles of artmine1.jpg, artmine2.jpg and mine1.jpg labelled ``mining`` by eye
(bench/data/tile_labels.csv), with the same window shifted SHIFT px left and right where it stays in
the image (three quarters of it is the labelled tile), and the planet_sample chips tagged
artisinal_mine or conventional_mine; each window in its 8 rotations/reflections. Negatives: every other
labelled tile of the public strips (culltivation2.jpg: forest, rivers, sandbars, village clearings;
farmland, a city, a blow-down) and the other sample chips. The concept is the teach module's L2
logistic regression (``core.teach.fit.teach``, its default penalty, every tile marked) over the bundle's
embeddings: what an analyst would teach.

Measured only on imagery it was not taught from: every image (each sample chip counts as one; the
non-mine chips in FOLDS groups) is held out in turn, the concept refitted on the rest and the held-out
tiles scored. The threshold is chosen so that **no negative tile is flagged**, neither held out nor by the
shipped concept on the tiles it was taught (just above the highest of either); the held-out recall
paid for that is recorded. The concept
named NAME (group mining) replaces any concept of that name in the manifest; provenance says all of it.
Only the mining group has a starter: public imagery has no selective-logging example and one
slash-and-burn chip, so logging and slash_burn must be taught by the analyst.
"""
from __future__ import annotations

import argparse
import datetime
import math
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from planet_qgis_plugin.core.labels import FLAG_GROUPS
from planet_qgis_plugin.core.model.bundle import BundleError, resolve_bundle, write_manifest
from planet_qgis_plugin.core.model.concepts import Concept, concept_probability, features
from planet_qgis_plugin.core.pipeline.flags import flag_eligible_tags, min_flag_support
from planet_qgis_plugin.core.teach.fit import teach
from scripts import example_tiles as ex
from scripts.ranking import auc

ROOT = Path(__file__).resolve().parent.parent

NAME, GROUP = "mine", "mining"
MINE_TAGS = ("artisinal_mine", "conventional_mine")
#: Groups the non-mine sample chips are split into for held-out scoring (seeded).
FOLDS = 4
#: The starter's transform (core/model/concepts.TRANSFORMS), as it was built and its held-out numbers recorded: teach's
#: default for new concepts became the fourth root on 2026-12-06, and a shipped concept keeps its own.
TRANSFORM = "sqrt_l2"
#: Horizontal shift (px) of the extra windows over a labelled mine tile of a strip.
SHIFT = 64
CARD_HEADING = "## Starter concepts"
#: Model cards that get the starter-concept section (the docs copy and the one inside the bundle).
CARDS = (ROOT / "docs" / "model_card.md", "MODEL_CARD.md")
#: Images that show one place (cultivation2.jpg is a 1:1 crop of culltivation2.jpg): held out together.
SAME_PLACE = {"cultivation2.jpg": "culltivation2.jpg"}


@dataclass
class Examples:
    """The training tiles: one row per tile (original view), its source group and label."""

    ids: list[str]
    groups: list[str]
    labels: np.ndarray          # (N,) 0/1
    embeddings: np.ndarray      # (N, D) original views
    views: dict[int, np.ndarray]  # row -> (8 x windows, D): D4 views of each positive's windows


def collect(embedder: ex.Embedder, seed: int = 0) -> Examples:
    strips = ex.example_tiles(embedder)
    labelled = strips.labels["mining"]
    index = strips.index()
    ids = sorted(labelled, key=index.get)
    rows = [index[t] for t in ids]
    groups = [SAME_PLACE.get(strips.images[i], strips.images[i]) for i in rows]
    labels = [labelled[t] for t in ids]
    embeddings = [strips.embeddings[rows]]
    windows = {t: shifted_windows(*ex.parse_tile_id(t)) for t in ids if labelled[t]}

    sample = ex.sample_tiles(embedder)
    mine = [any(sample.labels[tag][name] for tag in MINE_TAGS) for name in sample.ids]
    fold = np.random.default_rng(seed).permutation(len(sample.ids)) % FOLDS
    ids += sample.ids
    groups += [name if is_mine else f"planet_sample fold {f + 1}" for name, is_mine, f in zip(sample.ids, mine, fold)]
    labels += [int(m) for m in mine]
    embeddings.append(sample.embeddings)
    for name, is_mine in zip(sample.ids, mine):
        if is_mine:
            windows[name] = [ex.sample_chip(name)]

    labels = np.array(labels)
    views = {i: embedder([v for w in windows[ids[i]] for v in ex.d4(w)])[0] for i in np.flatnonzero(labels == 1)}
    return Examples(ids, groups, labels, np.concatenate(embeddings), views)


def shifted_windows(image: str, row: int, col: int) -> list[np.ndarray]:
    """The tile at (row, col) of a strip and the same window moved SHIFT px left/right, where it fits."""
    array = np.asarray(Image.open(ex.EXAMPLES / image).convert("RGB"))
    y, x0 = row * ex.TILE, col * ex.TILE
    return [array[y:y + ex.TILE, x:x + ex.TILE] for x in (x0 - SHIFT, x0, x0 + SHIFT)
            if x >= 0 and (x == x0 or x + ex.TILE <= array.shape[1])]


def fit(data: Examples, rows: np.ndarray, backbone_id: str) -> Concept:
    """The teach module's logistic concept on ``rows``: positives in all their views, negatives as they are."""
    pos = [i for i in rows if data.labels[i] == 1]
    neg = [i for i in rows if data.labels[i] == 0]
    positive_views = np.concatenate([data.views[i] for i in pos])
    embeddings = np.concatenate([positive_views, data.embeddings[neg]])
    n_pos = len(positive_views)
    result = teach(embeddings, list(range(n_pos)), list(range(n_pos, len(embeddings))), name=NAME,
                   backbone_id=backbone_id, group=GROUP, method="logistic", background=0, bank=None,
                   transform=TRANSFORM)
    return midway(result.concept, embeddings, n_pos)


def midway(concept: Concept, embeddings: np.ndarray, n_pos: int) -> Concept:
    """The concept rescaled so its positives' mean log-odds map to 0.95 and its negatives' median to 0.05:
    the starter's scale (its threshold is set on held-out scores pooled over folds, which needs every
    fold on the same footing; teach's own calibration is fitted per scene)."""
    z = features(embeddings, concept.transform).astype(np.float64) @ np.asarray(concept.weights) + concept.bias
    high, low = float(z[:n_pos].mean()), float(np.median(z[n_pos:]))
    centre = 0.5 * (high + low)
    slope = math.log(19.0) / (high - centre)
    concept.weights = [slope * w for w in concept.weights]
    concept.bias = slope * (concept.bias - centre)
    concept.threshold = 0.5
    return concept


def held_out_scores(data: Examples, backbone_id: str) -> np.ndarray:
    """Each tile's probability under a concept fitted without its image (leave one image out)."""
    groups = np.array(data.groups)
    scores = np.zeros(len(data.ids), dtype=np.float64)
    for group in sorted(set(data.groups)):
        out = groups == group
        concept = fit(data, np.flatnonzero(~out), backbone_id)
        scores[out] = concept_probability(data.embeddings[out], concept)
    return scores


def conservative_threshold(scores: np.ndarray, labels: np.ndarray) -> float:
    """Just above the highest held-out negative: halfway to the next held-out positive above it, else
    that negative's score plus a hundredth (clipped below 1)."""
    top_negative = float(scores[labels == 0].max())
    above = scores[(labels == 1) & (scores > top_negative)]
    if above.size:
        return round(0.5 * (top_negative + float(above.min())), 6)
    return min(round(top_negative + 0.01, 6), 0.999999)


def card_section(concept: Concept, manifest) -> str:
    """The model card's starter-concept section, from the concept's provenance (numbers in one place)."""
    prov, held = concept.provenance, concept.provenance["held_out"]
    min_support = min_flag_support(manifest.decoding)
    eligible = flag_eligible_tags(manifest.labels, manifest.decoding, manifest.metrics)
    silent = [tag for tags in FLAG_GROUPS.values() for tag in tags if tag not in eligible]
    per_mine = "; ".join(f"{tile} {score:.2f} (outranked by {held['negatives_above_each_positive'][tile]})"
                         for tile, score in held["positive_scores"].items())
    return f"""{CARD_HEADING}
Concepts the bundle applies to every tile (fields `p_<name>`, `flag_<name>`, folded into their group's flag
and `score_<group>`). Taught from public imagery only by `{prov['taught_by']}` on {prov['date']}.

- **`{concept.name}`** (group {concept.group}). Positives: {', '.join(prov['positive_tiles'])}
  ({held['positives']} tiles, {prov['positive_views']}). Negatives: {held['negatives']} tiles of
  {', '.join(prov['negative_images'])}. Labels: {prov['labels']}.
- **Measured only on imagery it was not taught from** ({held['protocol']}): AUC **{held['auc']:.2f}**.
  Held-out score of each mine (and how many of the {held['negatives']} non-mine tiles outrank it): {per_mine}.
- **Threshold {concept.threshold:.3f}**, {prov['threshold']} (highest held out: {held['highest_negative']:.3f},
  {held['highest_negative_tile']}; as taught: {held['highest_negative_as_taught']:.3f}, {held['highest_negative_as_taught_tile']}). The price: held-out recall **{held['recall_at_threshold']:.2f}**
  ({held['flagged_correct']} of {held['positives']} held-out mines flagged). So `flag_{concept.name}` is rare and
  conservative: a flag is worth a look, no flag means nothing; sort by `p_{concept.name}` / `score_mining` to
  find candidates, and teach the concept again on your own scene (marked mines and non-mines) to sharpen it.
- Tags with fewer than {min_support} training positives raise no flag by themselves (their `p_` fields stay):
  {', '.join(silent) or 'none'}.
- **No starter concept for logging or slash_burn**: public example imagery has no selective-logging tile and one
  slash-and-burn chip. These groups must be taught by the analyst (`python -m planet_qgis_plugin.teach`).
"""


def write_card_section(card: Path, section: str) -> None:
    """Replace the card's starter-concept section (or put it before "## Speed", else at the end)."""
    if not card.is_file():
        return
    text = card.read_text(encoding="utf-8")
    start = text.find(CARD_HEADING)
    if start >= 0:
        end = text.find("\n## ", start + len(CARD_HEADING))
        text = text[:start] + section + ("\n" + text[end + 1:] if end >= 0 else "")
    else:
        at = text.find("## Speed")
        text = text[:at] + section + "\n" + text[at:] if at >= 0 else text.rstrip("\n") + "\n\n" + section
    card.write_text(text, encoding="utf-8")


def shipped_threshold(data: Examples, held_out: np.ndarray, concept: Concept) -> float:
    """The conservative threshold of the held-out scores or of the shipped concept's own scores on the
    tiles it was taught, whichever is higher: no negative tile is flagged either way."""
    taught = concept_probability(data.embeddings, concept)
    return max(conservative_threshold(held_out, data.labels), conservative_threshold(taught, data.labels))


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--bundle", type=Path, default=None, help="bundle whose manifest gets the concept (default: shipped)")
    p.add_argument("--dry-run", action="store_true", help="measure and print, write nothing")
    args = p.parse_args()
    missing = ex.shared_data_missing()
    if missing:
        print(f"error: {missing}", file=sys.stderr)
        return 1
    try:
        bundle = resolve_bundle(args.bundle)
    except BundleError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    spec = bundle.manifest.embedding
    if spec is None:
        print(f"error: bundle {bundle.path} declares no embedding output; re-export it first "
              "(python -m scripts.reexport_bundle)", file=sys.stderr)
        return 1
    data = collect(ex.Embedder(bundle))
    scores = held_out_scores(data, spec.backbone_id)
    concept = fit(data, np.arange(len(data.ids)), spec.backbone_id)
    concept.weights = [float(f"{w:.7g}") for w in concept.weights]  # float32 precision keeps the manifest short
    taught = concept_probability(data.embeddings, concept)
    threshold = shipped_threshold(data, scores, concept)
    flagged = scores >= threshold
    positives = data.labels == 1
    held_out = {
        "protocol": "leave one image out: each image (planet_sample chips: each mine chip alone, the others in "
                    f"{FOLDS} seeded groups; cultivation2.jpg with culltivation2.jpg) held out in turn, concept "
                    "refitted on the rest, held-out tiles scored",
        "auc": round(auc(scores, data.labels), 4),
        "positives": int(positives.sum()),
        "negatives": int((~positives).sum()),
        "recall_at_threshold": round(float(flagged[positives].mean()), 4),
        "flagged": int(flagged.sum()),
        "flagged_correct": int((flagged & positives).sum()),
        "highest_negative": round(float(scores[~positives].max()), 4),
        "highest_negative_tile": data.ids[int(np.argmax(np.where(positives, -1, scores)))],
        "highest_negative_as_taught": round(float(taught[~positives].max()), 4),
        "highest_negative_as_taught_tile": data.ids[int(np.argmax(np.where(positives, -1, taught)))],
        "positive_scores": {data.ids[i]: round(float(scores[i]), 4) for i in np.flatnonzero(positives)},
        "negatives_above_each_positive": {data.ids[i]: int((scores[~positives] >= scores[i]).sum())
                                          for i in np.flatnonzero(positives)},
    }
    concept.threshold = threshold
    concept.provenance = {
        "taught_by": "python -m scripts.build_starter_concepts",
        "date": datetime.date.today().isoformat(),
        "imagery": "public Planet imagery only: ../shared/data/planet_examples (planetlabs/planet-amazon-deforestation "
                   "img/, Apache-2.0) and ../shared/data/planet_sample (Kaggle Planet Amazon chips). "
                   "Imagery (c) Planet Labs PBC",
        "labels": "bench/data/tile_labels.csv (strip tiles, by eye, see bench/data/README.md); labels.csv tags "
                  f"{' / '.join(MINE_TAGS)} for the chips",
        "positive_tiles": [data.ids[i] for i in np.flatnonzero(positives)],
        "positive_views": f"strip tiles also shifted {SHIFT} px left and right where the window fits; "
                          "every window in its 8 rotations/reflections",
        "negative_tiles": int((~positives).sum()),
        "negative_images": sorted({g for g, l in zip(data.groups, data.labels) if l == 0}),
        "method": "core.teach.teach(method='logistic') with its default L2 penalty: every tile (view) marked, "
                  "each weighing 1; no background draw",
        "threshold": "just above the highest negative score (halfway to the next positive above it), held out "
                     "and as taught, whichever is higher: no negative tile is flagged, held out or not",
        "held_out": held_out,
        "not_covered": "logging and slash_burn have no starter concept (no public example imagery); teach them",
    }
    print(f"{NAME}: {held_out['positives']} positive / {held_out['negatives']} negative tiles; held-out AUC "
          f"{held_out['auc']:.3f}; threshold {threshold:.4f} (highest negative held out {held_out['highest_negative']:.4f}, "
          f"{held_out['highest_negative_tile']}; as taught {held_out['highest_negative_as_taught']:.4f}, "
          f"{held_out['highest_negative_as_taught_tile']}); held-out recall {held_out['recall_at_threshold']:.2f} "
          f"({held_out['flagged_correct']} of {held_out['flagged']} flagged are mines)")
    for tile, value in held_out["positive_scores"].items():
        print(f"  held-out score {value:.4f}  {tile} (below {held_out['negatives_above_each_positive'][tile]} negatives)")
    if args.dry_run:
        return 0
    manifest = bundle.manifest
    manifest.concepts = [c for c in manifest.concepts if c.name != NAME] + [concept]
    write_manifest(manifest, bundle.path)
    section = card_section(concept, manifest)
    for card in CARDS:
        write_card_section(bundle.path / card, section)
    print(f"wrote concept {NAME!r} into {bundle.path / 'manifest.json'} and its model cards")
    return 0


if __name__ == "__main__":
    sys.exit(main())
