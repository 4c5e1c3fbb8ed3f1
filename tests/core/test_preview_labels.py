"""The preview writes a tile's tags inside the part of the tile on the image: tiles of the CRS-anchored grid start
above or left of the raster, and their labels were drawn off the image (none showed on the Cape Town preview)."""
from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from planet_qgis_plugin.core.pipeline.preview import _label


def _drawn(box, size=(300, 300)) -> np.ndarray:
    image = Image.new("RGBA", size, (0, 0, 0, 0))
    (x0, y0), (x1, y1) = box
    _label(ImageDraw.Draw(image), [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)], "clear primary", size)
    return np.asarray(image)[..., 3] > 0


def test_a_tile_starting_above_and_left_of_the_image_is_labelled_where_it_shows():
    drawn = _drawn(((-100, -100), (156, 156)))  # 156 x 156 px of it on the image
    assert drawn[:30, :60].any()


def test_a_sliver_of_a_tile_on_the_image_gets_no_label():
    assert not _drawn(((-200, -200), (56, 56))).any()  # 56 px on the image: too small to write in


def test_the_legend_is_below_the_picture_not_over_the_top_tiles(tmp_path):
    """On a small scene (a strip of a few tiles) the legend in the top-left corner, on its black backing, hid the first
    tile's tags (and the credit the bottom tiles'): both go in a strip below the image, which keeps every pixel of
    the scene and its tiles."""
    from planet_qgis_plugin.core.model.bundle import resolve_bundle
    from planet_qgis_plugin.core.palette import FLAG_COLOURS
    from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, classify
    from planet_qgis_plugin.core.pipeline.preview import render_preview

    strip = tmp_path / "strip.png"
    Image.fromarray(np.full((300, 600, 3), (40, 60, 40), np.uint8)).save(strip)  # 2 x 3 tiles, none flagged
    bundle = resolve_bundle(None)
    classify(strip, tmp_path / "tiles.gpkg", bundle, ClassifyOptions())
    look = np.asarray(Image.open(render_preview(strip, tmp_path / "tiles.gpkg", tmp_path / "look.png", bundle)))
    assert look.shape[0] > 300 and look.shape[1] >= 600
    corner = look[:50, :160]
    assert (corner.max(axis=2) == 0).mean() < 0.3, "the top-left tile is under a black legend"
    assert (corner.min(axis=2) > 200).any(), "the top-left tile's tags are not written"
    mining = (look == FLAG_COLOURS["mining"]).all(axis=2)
    assert mining.any() and not mining[:300].any(), "the legend's swatch is not below the picture"


def test_tags_weak_for_the_model_are_left_out_of_the_labels_and_named_below(tmp_path):
    """As on the QGIS map: a tag the model card scores poorly (core.labels.weak_tags) is not written on the tiles
    (it read as a finding on every tile of a scene), and the note below the picture names it."""
    from osgeo import ogr

    from planet_qgis_plugin.core.labels import weak_tags
    from planet_qgis_plugin.core.model.bundle import resolve_bundle
    from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, classify
    from planet_qgis_plugin.core.pipeline.preview import render_preview

    bundle = resolve_bundle(None)
    weak = sorted(weak_tags(bundle.manifest))
    strong = [tag for tag in bundle.manifest.labels if tag not in weak]
    assert weak and strong, "the bundle's metrics should score some tags well and some poorly"
    strip = tmp_path / "strip.png"
    Image.fromarray(np.full((300, 600, 3), (40, 60, 40), np.uint8)).save(strip)
    classify(strip, tmp_path / "tiles.gpkg", bundle, ClassifyOptions())

    def look(tag: str) -> np.ndarray:
        ds = ogr.Open(str(tmp_path / "tiles.gpkg"), 1)
        ds.ExecuteSQL(f"UPDATE tiles SET tags = '{tag}'")
        ds = None
        return np.asarray(Image.open(render_preview(strip, tmp_path / "tiles.gpkg", tmp_path / f"{tag}.png", bundle)))

    with_weak, with_strong = look(weak[0]), look(strong[0])
    written = lambda picture: (picture[:40, :120].min(axis=2) > 200).any()  # noqa: E731 (white text in a tile)
    assert written(with_strong) and not written(with_weak)
    assert with_weak.shape[0] > with_strong.shape[0], "no note below the picture names the tag left out"
