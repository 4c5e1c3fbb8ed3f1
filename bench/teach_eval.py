"""How well does teach-by-example find a concept from k marked tiles? -> docs/teach_eval.md

    python -m bench.teach_eval [--bundle DIR] [--draws 20] [--seed 0] [--out docs/teach_eval.md]

For each labelled concept with at least k + 2 positives and k in 1, 3, 5, 10: draw k positive tiles at
random (seeded, ``--draws`` times), hand them to three scorers as the analyst's only marks, and score
every *other* labelled tile (marked tiles are never evaluated):

* cosine similarity: ``core.teach.fit.teach(method="similarity")`` (similarity to the marked tiles' mean);
* logistic regression: ``core.teach.fit.teach(method="logistic")`` (class-weighted, L2; unmarked tiles
  of the same scene drawn as background negatives, as the teach CLI does);
* the bundle's own head: the network's p_<tag> (for the by-eye concepts, the tags named in
  HEAD_PROXY); it ignores the marks, so it is the same number for every k.

AUC (ties count half) and precision@10 (share of true tiles among the 10 best-scored unmarked ones)
are reported as mean and standard deviation over the draws. Data: (a) the 64 labelled chips of
../shared/data/planet_sample, each chip a tile, every tag with enough positives; (b) the 200 full
tiles of planet_examples/culltivation2.jpg labelled by eye (bench/data/tile_labels.csv and its README).
The bundle's head was trained on (a): its numbers there are in-sample and flatter it.
Then, unless ``--no-choices``: the candidate scorers of bench/teach_choices.py ("Choices": why the
logistic regression's defaults are what they are), on the same draws.
"""
from __future__ import annotations

import argparse
import datetime
import sys
import time
from pathlib import Path

import numpy as np

from bench.teach_choices import choices_section
from planet_qgis_plugin.core.model.bundle import default_bundle_path, load_bundle
from planet_qgis_plugin.core.model.concepts import ConceptError
from planet_qgis_plugin.core.teach.fit import teach
from scripts import example_tiles as ex
from scripts.ranking import auc, precision_at

ROOT = Path(__file__).resolve().parent.parent

KS = (1, 3, 5, 10)
SCORERS = ("cosine", "logistic", "head")
#: By-eye concept -> the bundle tags whose highest probability stands for it (the head's best guess).
HEAD_PROXY = {"water": ("water",), "clearing": ("agriculture", "cultivation", "bare_ground", "slash_burn", "habitation"),
              "sandbar": ("bare_ground",), "mining": ("artisinal_mine", "conventional_mine")}
TOP = 10


def evaluate(tiles: ex.TileSet, concept: str, head: np.ndarray, k: int, draws: int, seed: int,
             backbone_id: str) -> dict[str, dict[str, tuple[float, float]]]:
    """{scorer: {"auc": (mean, sd), "p10": (mean, sd), "refused": count}} over ``draws`` random picks of
    k positives. A draw that teach refuses (ConceptError: the marks do not stand out) is counted, not scored."""
    index = tiles.index()
    labelled = {index[t]: v for t, v in tiles.labels[concept].items()}
    positives = np.array(sorted(i for i, v in labelled.items() if v == 1))
    rng = np.random.default_rng([seed, k, sum(map(ord, concept))])
    results: dict[str, dict[str, list[float]]] = {s: {"auc": [], "p10": []} for s in SCORERS}
    refused = {s: 0 for s in SCORERS}
    for draw in range(draws):
        marked = rng.choice(positives, size=k, replace=False)
        rows = np.array(sorted(set(labelled) - set(marked.tolist())))
        truth = np.array([labelled[i] for i in rows])
        scores = {"head": head[rows]}
        for scorer, method in (("cosine", "similarity"), ("logistic", "logistic")):
            try:
                taught = teach(tiles.embeddings, marked.tolist(), name="probe", backbone_id=backbone_id,
                               method=method, seed=draw)
            except ConceptError:
                refused[scorer] += 1
                continue
            scores[scorer] = taught.probabilities[rows].astype(np.float64)
        for scorer in scores:
            results[scorer]["auc"].append(auc(scores[scorer], truth))
            results[scorer]["p10"].append(precision_at(scores[scorer], truth, TOP))
    return {s: {**{m: (float(np.mean(v)), float(np.std(v))) if v else (float("nan"), float("nan"))
                   for m, v in per.items()}, "refused": refused[s]} for s, per in results.items()}


def head_scores(tiles: ex.TileSet, labels: list[str], tags: tuple[str, ...]) -> np.ndarray:
    return tiles.probabilities[:, [labels.index(t) for t in tags]].max(axis=1).astype(np.float64)


def table(tiles: ex.TileSet, concepts: list[str], proxies: dict[str, tuple[str, ...]], labels: list[str],
          draws: int, seed: int, backbone_id: str) -> list[str]:
    lines = ["| concept | pos / neg | k | " + " | ".join(f"{m} {s}" for m in ("AUC", "P@10") for s in SCORERS) + " | note |",
             "|---|---|---|" + "---|" * (2 * len(SCORERS)) + "---|"]
    for concept in concepts:
        values = list(tiles.labels[concept].values())
        n_pos, n_neg = sum(values), len(values) - sum(values)
        head = head_scores(tiles, labels, proxies[concept])
        for k in KS:
            if n_pos < k + 2 or n_neg == 0:
                continue
            r = evaluate(tiles, concept, head, k, draws, seed, backbone_id)
            cells = [f"{r[s]['auc'][0]:.2f} ± {r[s]['auc'][1]:.2f}" for s in SCORERS]
            cells += [f"{r[s]['p10'][0]:.2f} ± {r[s]['p10'][1]:.2f}" for s in SCORERS]
            best_p10 = min(TOP, n_pos - k) / TOP
            notes = ([] if best_p10 == 1 else [f"best possible P@10 {best_p10:.1f}"]) + [
                f"{s} refused {r[s]['refused']} of {draws} draws" for s in SCORERS if r[s]["refused"]]
            note = "; ".join(notes)
            lines.append(f"| {concept} | {n_pos} / {n_neg} | {k} | " + " | ".join(cells) + f" | {note} |")
            print(lines[-1], flush=True)
    return lines


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--bundle", type=Path, default=None, help="model bundle (default: the shipped one)")
    p.add_argument("--draws", type=int, default=20, help="random picks of the k marked tiles per row")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--out", type=Path, default=ROOT / "docs" / "teach_eval.md")
    p.add_argument("--no-choices", action="store_true",
                   help="leave out the table of candidate scorers (bench/teach_choices.py, about a minute)")
    args = p.parse_args()
    missing = ex.shared_data_missing()
    if missing:
        print(f"skipped: {missing}")
        return 0
    bundle = load_bundle(args.bundle or default_bundle_path())
    if bundle.manifest.embedding is None:
        print(f"error: bundle {bundle.path} declares no embedding output; re-export it", file=sys.stderr)
        return 1
    started = time.perf_counter()
    embedder = ex.Embedder(bundle)
    labels, backbone = list(bundle.manifest.labels), bundle.manifest.embedding.backbone_id
    sample = ex.sample_tiles(embedder)
    tags = [t for t in labels if sum(sample.labels[t].values()) >= min(KS) + 2
            and sum(sample.labels[t].values()) < len(sample.ids)]
    strip = ex.example_tiles(embedder, ["culltivation2.jpg"])
    by_eye = [c for c in ("water", "clearing", "sandbar") if c in strip.labels]
    print(f"embeddings: {len(sample.ids) + len(strip.ids)} tiles with {embedder.backend} "
          f"({time.perf_counter() - started:.0f} s)", flush=True)
    part_a = table(sample, tags, {t: (t,) for t in tags}, labels, args.draws, args.seed, backbone)
    part_b = table(strip, by_eye, HEAD_PROXY, labels, args.draws, args.seed, backbone)
    choices = [] if args.no_choices else choices_section(
        [("a", sample, tags), ("b", strip, by_eye)], args.draws, args.seed, backbone)
    write_report(args, bundle, part_a, part_b, embedder.backend, choices)
    print(f"wrote {args.out} ({time.perf_counter() - started:.0f} s)")
    return 0


def write_report(args, bundle, part_a: list[str], part_b: list[str], backend: str, choices: list[str]) -> None:
    m = bundle.manifest
    proxies = "; ".join(f"{c}: max of p_{', p_'.join(t)}" for c, t in HEAD_PROXY.items() if c != "mining")
    text = f"""# Teach by example: how well k marked tiles find the rest

Generated by `python -m bench.teach_eval` (part of `make bench`) on {datetime.date.today().isoformat()}
with bundle `{m.name}` (backbone `{m.embedding.backbone_id}`, embeddings from {backend}),
{args.draws} random draws of the k marked tiles per row (seed {args.seed}). Do not edit by hand.
This page measures the *ranking*; what the flag, the background bank, neighbour context and the review
order are worth after 3 marks and 0, 10, 20 answered reviews: [teach_flags.md](teach_flags.md) (`python -m bench.teach_flags`).

**Protocol.** For every concept with at least k + 2 positive tiles, k positives are drawn at random
and given to the scorer as the analyst's only marks (no negatives marked); every *other* labelled tile
is scored. AUC: probability that a true tile outranks a false one (ties half). P@10: share of true
tiles among the 10 best-scored unmarked tiles (lower than 1 by necessity where fewer than 10 true
tiles remain; the row says so). Mean ± standard deviation over the draws.

* **cosine**: `core.teach.fit.teach(method="similarity")`: similarity to the marked tiles' mean embedding
  (what one mark gets in the teach CLI; how exactly: `planet_qgis_plugin/core/teach/fit.py`);
* **logistic**: `core.teach.fit.teach(method="logistic")`: L2 logistic regression, the scene's unmarked
  tiles drawn as class-weighted background negatives (what the teach CLI does from two marks on);
* **head**: the bundle's own tag probability, which ignores the marks (same value for every k).

## (a) The 64 labelled chips of planet_sample (Kaggle labels)

Each chip is a tile; every tag with at least 3 positives and at least one negative. The head was
trained on these very chips, so its column is **in-sample** (optimistic); the teach scorers see only
the k marks. Tags with fewer than k + 2 positives have no row for that k.

{chr(10).join(part_a)}

## (b) culltivation2.jpg, 200 full tiles labelled by eye

The full-resolution Amazon strip (6600x2136 px) cut into 8 x 25 tiles of 256 px; concepts and how they
were judged: [bench/data/README.md](../bench/data/README.md). Ambiguous tiles are left out of the
evaluation (they still take part as unmarked scene tiles). The head has no tag for these concepts; it
stands in with {proxies}. It never saw this strip.

{chr(10).join(part_b)}

**Reading it.** A row with k = 1 uses one marked tile; k = 3 is what an analyst marks in a minute.
The numbers hold for this backbone and these images only (few positives per concept: the spread says
how much one draw can differ from another). Imagery (c) Planet Labs PBC.
{choices_text(choices)}"""
    args.out.write_text(text, encoding="utf-8")


def choices_text(choices: list[str]) -> str:
    if not choices:
        return ""
    return f"""
## Choices: why the logistic regression is set as it is

`bench/teach_choices.py`: candidate scorers under the protocol above, for k = 3, 5 and 10 marks (from
two marks on, teach fits the logistic regression); each cell is the mean over all rows of (a), of (b),
or of both. One default is chosen by the mean over every concept, never per concept. teach's default
is in bold. λ is the L2 penalty with each marked tile weighing 1. teach's features are `e^¼ / |e^¼|` (the
fourth root, since 2026-12-06); *square root*: `√e / |√e|`, teach's until then, which the standardised,
whitened, discriminant and query-expansion rows still start from; *standardised*: each feature minus
the scene's mean, over its standard deviation (floored at a tenth of the median one); *PCA-whitened*:
the scene's top 10 principal components at unit variance; *shrunk discriminant*: the positives' mean
difference times the inverse of the scene's covariance shrunk toward the identity; *query expansion*:
the 5 unmarked tiles most like the marks join the query at half weight.

{chr(10).join(choices)}
"""


if __name__ == "__main__":
    sys.exit(main())
