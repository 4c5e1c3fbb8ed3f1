"""Labelled chips: the labels CSV, chip files (JPG via PIL, 4-band TIF via rasterio), a torch Dataset
producing exactly what the plugin feeds the model, and seeded multi-label stratified splits.

Layouts found automatically under ``--data DIR``: the Kaggle one (``train_v2.csv`` + ``train-jpg/``
and/or ``train-tif-v2/``) or any folder with one labels CSV (``image_name,tags``) and the chips next
to it or in ``images/`` (JPG) / ``images_tif/`` (TIF). A tile GeoPackage labelled in QGIS, with the
raster it was classified from, is read by trainer/tiles.py into the same ``ChipTable``.
"""
from __future__ import annotations

import csv
import logging
import os
import stat
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np
import torch
from torch.utils.data import Dataset

from planet_qgis_plugin.core.errors import PlanetClassifierError, RasterError
from planet_qgis_plugin.core.labels import LABELS, UnknownTagError, parse_tags
from planet_qgis_plugin.core.model.bundle import Scaling
from planet_qgis_plugin.core.pipeline.preprocess import Scaler, band_percentiles, normalize, resize_bilinear
from planet_qgis_plugin.core.pipeline.raster import open_raster
from planet_qgis_plugin.core.publish import not_a_file

log = logging.getLogger("trainer")

CSV_NAMES = ("train_v2.csv", "train.csv", "labels.csv", "train_classes.csv")
IMAGE_DIRS = {"jpg": ("train-jpg", "train_jpg", "images", "jpg", "."),
              "tif": ("train-tif-v2", "train-tif", "train_tif", "images_tif", "tif", ".")}
#: Bands of each kind of chip: JPG and TIF chip files, and chips cut from a raster (trainer/tiles.py).
BANDS = {"jpg": ["red", "green", "blue"], "tif": ["blue", "green", "red", "nir"], "raster": ["red", "green", "blue"]}
#: ImageNet statistics per band name (NIR gets the mean of the RGB values).
IMAGENET = {"red": (0.485, 0.229), "green": (0.456, 0.224), "blue": (0.406, 0.225), "nir": (0.449, 0.226)}
STRETCH = (2.0, 98.0)  # percentiles for 16-bit chips, as in the bundle's uint16 scaling rule


class DataError(PlanetClassifierError, ValueError):
    """Unusable training data; the message says what and where, on one line."""


def not_there(what: str, path: Path, folder: bool = False) -> str:
    """Why ``what`` ``path`` cannot be read as a regular file (``folder``: as a folder): it does not exist, or is
    the other kind, a named pipe, a socket or a device. A FIFO given as --data was "not found" (it was there)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return f"{what} {path} not found"
    if stat.S_ISDIR(mode):
        return f"{what} {path} is a folder, not a file"
    if folder:
        return f"{what} {path} is a file, not a folder" if stat.S_ISREG(mode) else \
            f"{what} {path} is {not_a_file(mode)}, not a folder"
    return f"{what} {path} is {not_a_file(mode)}, not a file"


def names_text(items: Sequence[str], limit: int = 5) -> str:
    shown = ", ".join(items[:limit])
    return shown + (f", ... ({len(items) - limit} more)" if len(items) > limit else "")


@dataclass
class ChipTable:
    """Labelled chips of one kind: ``jpg`` or ``tif`` files, or ``raster`` (chips cut from one raster at
    tile windows, see trainer/tiles.py): names, files, (N, 17) 0/1 targets and where the labels came from."""

    names: list[str]
    paths: list[Path]
    targets: np.ndarray
    kind: str
    csv: Path
    raster: Any = None                    # kind "raster": the tiles.RasterChips the chips are cut from
    windows: list | None = None           # kind "raster": each chip's window in that raster
    chip_size: int | None = None          # the chips' side in pixels (the ground window the bundle's tiles cut)

    def __len__(self) -> int:
        return len(self.names)

    @property
    def bands(self) -> list[str]:
        return list(BANDS[self.kind])

    def subset(self, idx: Sequence[int]) -> "ChipTable":
        idx = list(idx)
        windows = [self.windows[i] for i in idx] if self.windows is not None else None
        return ChipTable([self.names[i] for i in idx], [self.paths[i] for i in idx], self.targets[idx], self.kind,
                         self.csv, self.raster, windows, self.chip_size)

    def chip(self, i: int, positions: list[int], rule: Scaling | None = None) -> np.ndarray:
        """(C, H, W) float32 0..1 of chip ``i``'s bands at ``positions`` (of ``bands``), scaled as the
        plugin scales them: 16-bit chip files by ``rule`` on the chip itself, raster chips per scene."""
        if self.raster is not None:
            return self.raster.chip(self.windows[i], rule)[positions]
        try:
            raw = read_raw(self.paths[i], self.kind)
        except Exception as exc:  # changed on disk since load_table checked it
            raise DataError(f"chip {self.paths[i]} cannot be read ({' '.join(str(exc).split())[:80]})") from None
        if positions != list(range(raw.shape[0])):
            raw = raw[positions]  # the model's bands first, then scaling: as the plugin does
        return scale_chip(raw, rule)


def unknown_tags_error(source: Path, unknown: dict[str, list[str]], place: str) -> DataError:
    """One error naming every unknown tag and where it was found (``place``: 'line', 'tile')."""
    text = "; ".join(f"{t!r} ({place} {names_text(where, 3)})" for t, where in sorted(unknown.items()))
    return DataError(f"{source}: unknown tag(s) {text}; expected some of: {' '.join(LABELS)}")


def chip_name(image_name: str) -> str:
    """A chip's name as the labels CSV gives it: Kaggle's ``image_name`` has no extension (``train_1``; its file is
    train_1.jpg or .tif), so only a chip file extension is dropped (``train_1.jpg``), never what follows another
    dot (``train_1.2``, ``scene.v2`` are names); a folder before it is dropped."""
    name = Path(image_name.strip()).name
    stem, dot, extension = name.rpartition(".")
    return stem if dot and stem and extension.lower() in IMAGE_DIRS else name


def read_labels(path: Path) -> list[tuple[str, list[str]]]:
    """Rows of (image name without extension, canonical tags); unknown tags are reported all at once."""
    try:
        with open(path, newline="", encoding="utf-8-sig") as f:
            reader = csv.DictReader(f)
            fields = [c.strip() for c in reader.fieldnames or []]
            if "image_name" not in fields or "tags" not in fields:
                raise DataError(f"{path}: needs columns image_name and tags (found: {', '.join(fields) or 'none'})")
            rows = [{(k or "").strip(): (v or "") for k, v in r.items()} for r in reader]
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise DataError(f"{path}: cannot read labels CSV ({exc})") from None
    out, unknown = [], {}
    for line, row in enumerate(rows, start=2):
        name = chip_name(row["image_name"])
        try:
            tags = parse_tags(row["tags"])
        except UnknownTagError as exc:
            for t in exc.tags:
                unknown.setdefault(t, []).append(str(line))
            continue
        if name:
            out.append((name, tags))
    if unknown:
        raise unknown_tags_error(path, unknown, "line")
    lines: dict[str, list[str]] = {}
    for line, row in enumerate(rows, start=2):
        lines.setdefault(chip_name(row["image_name"]), []).append(str(line))
    twice = [f"{name} (lines {', '.join(at)})" for name, at in lines.items() if name and len(at) > 1]
    if twice:
        raise DataError(f"{path}: {len(twice)} chips are listed more than once: {names_text(twice, 3)}; keep one row "
                        "per chip (a chip listed twice can land in both training and validation)")
    if not out:
        raise DataError(f"{path}: no labelled chips (the CSV has no data rows)")
    if not any(tags for _, tags in out):
        raise DataError(f"{path}: every chip's tags are empty; nothing can be learned or scored "
                        "(each chip needs its tags, e.g. 'clear primary')")
    return out


def find_csv(data: Path, csv_path: Path | None = None) -> Path:
    if csv_path is not None:
        if not Path(csv_path).is_file():
            raise DataError(not_there("labels CSV", Path(csv_path)))
        return Path(csv_path)
    if not data.is_dir():
        raise DataError(not_there("data folder", data, folder=True))
    for name in CSV_NAMES:
        if (data / name).is_file():
            return data / name
    found = sorted(data.glob("*.csv"))
    if len(found) == 1:
        return found[0]
    raise DataError(f"{data}: no labels CSV found ({', '.join(CSV_NAMES)}); pass --csv FILE" if not found
                    else f"{data}: several CSV files ({names_text([p.name for p in found])}); pass --csv FILE")


def find_images(data: Path, names: Sequence[str], kind: str, images: Path | None = None) -> tuple[Path, str]:
    """(folder, kind) holding the chips; ``kind`` 'auto' prefers JPG, then TIF."""
    kinds = ("jpg", "tif") if kind == "auto" else (kind,)
    if kind not in ("auto", "jpg", "tif"):
        raise DataError(f"unknown chip format {kind!r}; choose auto, jpg or tif")
    probe = names[: min(len(names), 20)]
    best: tuple[int, Path, str] | None = None
    for k in kinds:
        folders = [Path(images)] if images is not None else [data / d for d in IMAGE_DIRS[k]]
        for folder in folders:
            hits = sum((folder / f"{n}.{k}").is_file() for n in probe)
            if hits and (best is None or hits > best[0]):
                best = (hits, folder, k)
        if best is not None:
            break
    if best is None:
        where = images if images is not None else data
        raise DataError(f"no {'/'.join(kinds)} chips named like {probe[0]}.{kinds[0]} found under {where}; "
                        f"pass --images DIR and --format jpg|tif")
    return best[1], best[2]


def read_raw(path: Path, kind: str) -> np.ndarray:
    """A chip's raw values (C, H, W): JPG as 8-bit RGB (Kaggle's 4-component JPGs are RGB + alpha, which
    PIL calls CMYK; converting gives RGB), TIF as stored. A truncated file raises (PIL, rasterio)."""
    if kind == "jpg":
        from PIL import Image

        with Image.open(path) as im:
            return np.ascontiguousarray(np.asarray(im.convert("RGB")).transpose(2, 0, 1))
    import rasterio

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", rasterio.errors.NotGeoreferencedWarning)
        with open_raster(path) as ds:  # the core's checks: no code run, nothing fetched, no FIFO
            return ds.read()


def inspect_chip(path: Path, kind: str) -> tuple[int, int, int]:
    """(bands, height, width) of a chip, having checked that its pixels are all there: a JPG is
    decoded, a TIF's last row is read (cheap; a cut file lacks it). Raises on an unreadable file."""
    if kind == "jpg":
        from PIL import Image

        with Image.open(path) as im:
            if im.format == "TIFF":  # PIL reads a 16-bit B,G,R,NIR chip as 8-bit RGBA: garbage, not an error
                raise ValueError("a TIFF named .jpg: rename it .tif")
            bands = 3 if im.mode in ("RGB", "RGBA", "CMYK") else len(im.getbands())
            im.load()
            return bands, im.height, im.width
    import rasterio
    from rasterio.windows import Window

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", rasterio.errors.NotGeoreferencedWarning)
        with open_raster(path) as ds:
            ds.read(window=Window(0, ds.height - 1, ds.width, 1))
            return ds.count, ds.height, ds.width


def chip_rule(is_uint8: bool, rule: Scaling | None = None) -> Scaling:
    """How a chip is scaled: 8-bit as it is, other types by ``rule`` (default: the bundle's uint16 rule,
    per band between its 2nd and 98th percentiles)."""
    return Scaling("as_is") if is_uint8 else (rule or Scaling("percentile_stretch", *STRETCH))


def scale_chip(raw: np.ndarray, rule: Scaling | None = None) -> np.ndarray:
    """(C, H, W) float32 in 0..1, scaled exactly as the plugin scales a raster of this dtype with
    ``rule`` (core.pipeline.preprocess.Scaler; one chip is the scene): 8-bit as it is, other types by ``rule``
    (default: per band between its 2nd and 98th percentiles, the bundle's uint16 rule)."""
    rule = chip_rule(raw.dtype == np.uint8, rule)
    if rule.method != "percentile_stretch":
        return Scaler(rule)(raw)
    return Scaler(rule, *band_percentiles(raw, rule.low, rule.high))(raw)


def load_chip_table(data: str | Path, csv_path: str | Path | None = None, images: str | Path | None = None,
                    kind: str = "auto", skip_bad: bool = False, limit: int | None = None) -> ChipTable:
    """Read labels, locate chips and check them: missing, truncated or unreadable files, wrong size or
    band count (a labels CSV and its chips; trainer/tables.load_table also takes a tile GeoPackage).

    Problems raise one DataError naming how many and which chips, unless ``skip_bad``, which logs a
    warning and leaves them out. ``limit`` keeps the first N rows (quick experiments).
    """
    data = Path(data)
    csv_file = find_csv(data, Path(csv_path) if csv_path else None)
    rows = read_labels(csv_file)
    if limit:
        rows = rows[:limit]
    root = data if data.is_dir() else csv_file.parent
    folder, kind = find_images(root, [r[0] for r in rows], kind, Path(images) if images else None)
    paths = [folder / f"{name}.{kind}" for name, _ in rows]
    missing = [name for (name, _), p in zip(rows, paths) if not p.is_file()]
    unreadable: list[tuple[str, str]] = []  # (chip name, why)
    misshapen: list[tuple[str, str]] = []
    expect_bands = len(BANDS[kind])
    expected: tuple[int, int] | None = None
    for (name, _), p in zip(rows, paths):
        if name in missing:
            continue
        try:
            bands, h, w = inspect_chip(p, kind)
        except RasterError as exc:  # the core's refusal (a VRT fetching or running code), said in full
            unreadable.append((name, str(exc).replace(str(p), p.name)))
            continue
        except Exception as exc:  # unreadable or truncated file: PIL/rasterio raise many types
            unreadable.append((name, " ".join(str(exc).split())[:60] or type(exc).__name__))
            continue
        expected = expected or (h, w)
        if bands != expect_bands:
            misshapen.append((name, f"{bands} bands, expected {expect_bands}"))
        elif (h, w) != expected or h != w:
            misshapen.append((name, f"{w}x{h}, expected {expected[1]}x{expected[0]} square"))
    skip = set(missing) | {name for name, _ in unreadable + misshapen}
    problems = []
    if missing:
        problems.append(f"{len(missing)} of {len(rows)} chips are missing in {folder}: {names_text(missing)}")
    for bad, what in ((unreadable, "are unreadable or truncated"), (misshapen, "have the wrong size or band count")):
        if bad:
            problems.append(f"{len(bad)} chips {what}: {names_text([f'{name} ({why})' for name, why in bad], 3)}")
    if problems:
        if not skip_bad:
            raise DataError("; ".join(problems) + " (pass --skip-bad to train without them)")
        log.warning("skipping %d chips: %s", len(skip), "; ".join(problems))
    keep = [i for i, (name, _) in enumerate(rows) if name not in skip]
    if not keep:
        raise DataError(f"{csv_file}: no usable chips left (all {len(rows)} missing or bad)")
    targets = np.zeros((len(keep), len(LABELS)), dtype=np.float32)
    for j, i in enumerate(keep):
        for tag in rows[i][1]:
            targets[j, LABELS.index(tag)] = 1.0
    return ChipTable([rows[i][0] for i in keep], [paths[i] for i in keep], targets, kind, csv_file,
                     chip_size=expected[0] if expected else None)


def normalization(bands: Sequence[str]) -> dict[str, list[float]]:
    """ImageNet mean/std per band (the pretrained backbones expect them)."""
    return {"mean": [IMAGENET[b][0] for b in bands], "std": [IMAGENET[b][1] for b in bands]}


class ChipDataset(Dataset):
    """(normalised (C, S, S) float tensor, (17,) target) pairs; ``augment`` acts on 0..1 values.

    By default the chips' own bands with ImageNet statistics; for a bundle pass its ``bands`` (picked
    by name from the chips' bands), ``norm`` and 16-bit scaling ``rule``.
    """

    def __init__(self, table: ChipTable, input_size: int, augment: Callable | None = None,
                 bands: Sequence[str] | None = None, norm: dict | None = None, rule: Scaling | None = None):
        self.table, self.input_size, self.augment, self.rule = table, input_size, augment, rule
        bands = list(bands or table.bands)
        missing = [b for b in bands if b not in table.bands]
        if missing:
            raise DataError(f"the model needs band(s) {', '.join(missing)} but {table.kind} chips have "
                            f"{', '.join(table.bands)}")
        self.index = [table.bands.index(b) for b in bands]
        self.norm = norm or normalization(bands)

    def __len__(self) -> int:
        return len(self.table)

    def __getitem__(self, i: int) -> tuple[torch.Tensor, torch.Tensor]:
        chip = self.table.chip(i, self.index, self.rule)
        x = torch.from_numpy(resize_bilinear(chip, self.input_size))
        if self.augment is not None:
            x = self.augment(x)
        x = torch.from_numpy(normalize(x.numpy(), self.norm["mean"], self.norm["std"]))
        return x, torch.from_numpy(self.table.targets[i])


# -- splits --------------------------------------------------------------------------------------
def iterative_stratification(targets: np.ndarray, folds: int, seed: int = 0) -> np.ndarray:
    """Fold index (N,) for multi-label data (Sechidis et al. 2011): labels are handled rarest first;
    each chip carrying the current label goes to the fold that most lacks that label (ties: the fold
    most lacking chips, then random). Chips without labels fill the emptiest folds."""
    y = np.asarray(targets).astype(bool)
    n = len(y)
    if folds < 2 or folds > n:
        raise DataError(f"cannot make {folds} folds from {n} chips")
    rng = np.random.default_rng(seed)
    want_total = np.full(folds, n / folds)
    want_label = np.tile(y.sum(0) / folds, (folds, 1))  # (folds, K)
    fold = np.full(n, -1)
    remaining = np.ones(n, dtype=bool)
    while remaining.any():
        counts = y[remaining].sum(0)
        if not counts.any():
            break
        label = int(np.where(counts > 0, counts, np.inf).argmin())
        for i in rng.permutation(np.flatnonzero(remaining & y[:, label])):
            need = want_label[:, label]
            cand = np.flatnonzero(need == need.max())
            if len(cand) > 1:
                cand = cand[want_total[cand] == want_total[cand].max()]
            f = int(rng.choice(cand))
            fold[i] = f
            remaining[i] = False
            want_label[f] -= y[i]
            want_total[f] -= 1
    for i in rng.permutation(np.flatnonzero(remaining)):
        f = int(np.argmax(want_total + rng.random(folds) * 1e-6))
        fold[i] = f
        want_total[f] -= 1
    return fold


def train_val_split(targets: np.ndarray, val_fraction: float, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Stratified (train, validation) indexes: fold 0 of round(1 / val_fraction) stratified folds."""
    if not 0 < val_fraction < 1:
        raise DataError(f"validation fraction must be between 0 and 1, got {val_fraction}")
    n = len(targets)
    folds = min(n, max(2, int(round(1 / val_fraction))))
    fold = iterative_stratification(targets, folds, seed)
    return np.flatnonzero(fold != 0), np.flatnonzero(fold == 0)
