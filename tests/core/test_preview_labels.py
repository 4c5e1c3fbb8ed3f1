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
