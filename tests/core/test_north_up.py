"""A picture of a raster is turned north up (raster.north_up); the outlines drawn on it (the preview's tiles, the change
report's and the Alerts dock's thumbnails) are turned by one function, north_up_points, that must put each point on
the pixel north_up moved."""
from __future__ import annotations

import numpy as np
import pytest
from affine import Affine

from planet_qgis_plugin.core.pipeline.raster import north_up, north_up_points

STORAGES = {"north-up": Affine(3, 0, 500000, 0, -3, 9000000), "south-up": Affine(3, 0, 500000, 0, 3, 8000000),
            "east to west": Affine(-3, 0, 600000, 0, -3, 9000000), "both": Affine(-3, 0, 600000, 0, 3, 8000000),
            "no georeference": Affine.identity(), "rotated": Affine(3, 1, 500000, 1, -3, 9000000)}


@pytest.mark.parametrize("storage", STORAGES)
def test_a_point_lands_on_the_pixel_north_up_moved(storage):
    transform, (width, height) = STORAGES[storage], (7, 5)
    for c, r in ((0, 0), (6, 0), (2, 4), (3, 1)):
        picture = np.zeros((1, 1, height, width))
        picture[0, 0, r, c] = 1
        turned = north_up(picture, transform)[0, 0]
        [(x, y)] = north_up_points([(c + 0.5, r + 0.5)], transform, width, height)
        assert turned[int(y), int(x)] == 1, (storage, c, r, x, y)
