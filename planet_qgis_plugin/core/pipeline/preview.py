"""A quick-look PNG: the scene (as the model sees it) with tile outlines, flagged tiles in colour."""
from __future__ import annotations

from pathlib import Path

import numpy as np

from ..labels import FLAG_GROUPS, weak_tags
from ..model.bundle import Bundle
from ..palette import FLAG_COLOURS as GROUP_COLOURS
from ..palette import FLAG_TITLES, IMAGE_CREDIT, draw_credit
from ..wording import count
from .bands import is_paletted, map_bands
from .preprocess import finite_valid, scaling_rule, scene_scaler

#: Fill colours (RGB) by flag field, as the QGIS style draws them; tiles with no flag get a thin white outline.
FLAG_COLOURS = {f"flag_{group}": GROUP_COLOURS[group] for group in FLAG_GROUPS}
MAX_SIDE = 1024


def _label(draw, pts: list[tuple[float, float]], tags: str, size: tuple[int, int], min_side: float = 96) -> None:
    """Write a tile's tags inside the top-left corner of the part of it on the image (``size``: width, height; tiles
    of the CRS-anchored grid start above or left of the raster), one per line, where that part is large enough."""
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    left, top = max(min(xs), 0.0), max(min(ys), 0.0)
    if min(min(max(xs), size[0]) - left, min(max(ys), size[1]) - top) < min_side:
        return
    x, y = left + 4, top + 3
    for tag in tags.split()[:8]:
        draw.text((x + 1, y + 1), tag, fill=(0, 0, 0, 255))
        draw.text((x, y), tag, fill=(255, 255, 255, 255))
        y += 11


def display_bands(src, manifest, bands: str | dict | None = None) -> list[int]:
    """The band indexes of rasterio dataset ``src`` shown as red, green, blue: the bundle's band mapping
    (``bands`` as the user gave it, else found by core.pipeline.bands); one band as grey when the bundle has no RGB."""
    mapping = map_bands(src.count, src.dtypes[0] == "uint8", src.descriptions, manifest.bands, bands,
                        paletted=is_paletted(src))
    return [mapping.indexes[manifest.bands.index(b)] for b in ("red", "green", "blue")
            if b in manifest.bands] or list(mapping.indexes[:1]) * 3


def _flag_looks(layer, manifest) -> tuple[dict[str, tuple[int, int, int]], dict[str, str]]:
    """({flag field: fill colour}, {flag field: legend title}): the flag groups, then each concept of group
    ``other`` the layer has fields of (taught or applied with --concept; the layer's PLANET_CONCEPTS metadata, else
    the bundle's concepts): such a concept raises no group flag, and the QGIS style draws it in its own colour."""
    from ..layer.schema import META_CONCEPTS, concept_names, parse_concepts_item
    from ..layer.tiletable import field_names

    groups = {c.name: c.group for c in getattr(manifest, "concepts", [])}
    groups.update(parse_concepts_item(layer.GetMetadataItem(META_CONCEPTS)))
    present = concept_names(field_names(layer))
    others = [name for name in present if groups.get(name) == "other"]
    colours = dict(FLAG_COLOURS) | {f"flag_{name}": GROUP_COLOURS["other"] for name in others}
    titles = {name: FLAG_TITLES[name[5:]] for name in FLAG_COLOURS} | {
        f"flag_{name}": f"{FLAG_TITLES['other']} {name}" for name in others}
    return colours, titles


def render_preview(raster: str | Path, tiles_gpkg: str | Path, png: str | Path, bundle: Bundle,
                   bands: str | dict | None = None) -> Path:
    """Write ``png``: the raster scaled as the bundle scales it, tiles outlined, flags coloured; the legend below."""
    from PIL import Image, ImageDraw

    from ..layer.tiletable import open_tile_layer

    # open_raster: one-line errors, no blocking opens, no NotGeoreferencedWarning
    from .raster import footprint_transform, north_up, north_up_points, open_raster

    with open_raster(raster) as src:
        rgb_idx = display_bands(src, bundle.manifest, bands)
        scale = min(1.0, MAX_SIDE / max(src.width, src.height))
        shape = (max(1, round(src.height * scale)), max(1, round(src.width * scale)))
        raw = src.read(rgb_idx, out_shape=(len(rgb_idx),) + shape)
        valid = finite_valid(raw, src.dataset_mask(out_shape=shape) > 0)  # NaN/inf: nodata, as the tiles take them
        scaler = scene_scaler(src, rgb_idx, scaling_rule(bundle.manifest, src.dtypes[0]))
        transform = footprint_transform(src)  # the footprints': pixel coordinates, y = -row, without a georeference
        raw, valid = north_up(raw, transform), north_up(valid, transform)   # drawn north-up, as the map shows it
        height, width = src.height, src.width
    inverse = ~transform
    # np.where, not * valid: NaN * 0 is NaN, which has no 8-bit value
    image = (np.where(valid[None], scaler(raw), 0) * 255).astype(np.uint8).transpose(1, 2, 0)
    canvas = Image.fromarray(np.ascontiguousarray(image), "RGB").convert("RGBA")
    overlay = Image.new("RGBA", canvas.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    ds, layer = open_tile_layer(tiles_gpkg)
    colours, titles = _flag_looks(layer, bundle.manifest)
    counts = {name: 0 for name in colours}
    weak, left_out = set(weak_tags(bundle.manifest)), set()   # as the QGIS map's labels leave them out
    for feature in layer:
        ring = feature.GetGeometryRef().GetGeometryRef(0)
        pts = north_up_points([inverse * (ring.GetX(i), ring.GetY(i)) for i in range(ring.GetPointCount())],
                              transform, width, height)
        pts = [(c * scale, r * scale) for c, r in pts]
        colour = next((c for name, c in colours.items() if feature.GetField(name)), None)
        if colour:
            for name in colours:
                counts[name] += bool(feature.GetField(name))
            draw.polygon(pts, fill=colour + (70,), outline=colour + (255,))
            draw.line(pts, fill=colour + (255,), width=3)
        else:
            draw.line(pts, fill=(255, 255, 255, 160), width=1)
        tags = (feature.GetField("tags") or "").split()
        left_out.update(weak.intersection(tags))
        _label(draw, pts, " ".join(tag for tag in tags if tag not in weak), canvas.size)
    del layer, ds  # the layer first: it keeps the data source open
    canvas = Image.alpha_composite(canvas, overlay).convert("RGB")
    entries = [(colour, f"{titles[name]}: {count(counts[name], 'tile')}") for name, colour in colours.items()]
    if left_out:
        entries.append((None, f"not written, weak for this model (model card): {', '.join(sorted(left_out))}"))
    picture = _with_legend(canvas, entries)
    png = Path(png)
    png.parent.mkdir(parents=True, exist_ok=True)
    picture.save(png)
    return png


def _with_legend(canvas, entries: list[tuple[tuple[int, int, int] | None, str]]):
    """``canvas`` above a black strip holding the legend (a swatch and a line per entry, side by side as far as the
    width allows) and the imagery credit: over the picture they hid the top tiles' tags of a small scene (a strip
    of a few tiles), and the credit the bottom ones'. The strip widens the picture where a line would not fit. An
    entry without a colour is a note: grey, no swatch."""
    from PIL import Image, ImageDraw

    measure = ImageDraw.Draw(canvas)
    widths = [int(measure.textlength(text)) + 32 for _, text in entries]  # swatch 12, gap 4, text, gap 16
    width = max(canvas.width, max(widths, default=0) + 4, int(measure.textlength(IMAGE_CREDIT)) + 8)
    places, x, y = [], 4, 4
    for entry_width in widths:
        if x > 4 and x + entry_width > width:
            x, y = 4, y + 16
        places.append((x, y))
        x += entry_width
    picture = Image.new("RGB", (width, canvas.height + y + 16 + 18), (0, 0, 0))  # legend rows, then the credit
    picture.paste(canvas, (0, 0))
    draw = ImageDraw.Draw(picture)
    draw.line([(0, canvas.height), (width, canvas.height)], fill=(96, 96, 96))  # where a black nodata edge ends
    for (colour, text), (x, y) in zip(entries, places):
        top = canvas.height + y
        if colour is None:
            draw.text((x, top), text, fill=(176, 176, 176))
        else:
            draw.rectangle([x, top, x + 12, top + 12], fill=colour)
            draw.text((x + 16, top), text, fill=(255, 255, 255))
    draw_credit(draw, picture.size)
    return picture
