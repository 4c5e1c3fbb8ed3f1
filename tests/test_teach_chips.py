"""bench/teach_chips.py's mosaic: chip k of the seeded order lies, pixel for pixel, in the tile of classify's
stride-256 grid that the module says (tile_of), and every tile of that grid is one whole chip."""
import numpy as np
import pytest
from affine import Affine

from bench import teach_chips as tc
from planet_qgis_plugin.core.pipeline.tiling import TileGrid


@pytest.mark.needs_shared
def test_chip_k_is_the_tile_the_module_says(tmp_path):
    if not (tc.SAMPLE / "labels.csv").exists():
        pytest.skip(f"{tc.SAMPLE} is absent (the shared data folder ../shared/data is needed)")
    from PIL import Image

    names = tc.chip_names()
    order = tc.mosaic_order(names)
    assert sorted(order) == sorted(names) and len(order) == tc.GRID ** 2
    assert order == tc.mosaic_order(names) and order != names  # seeded: the same order every run, not the file's
    path = tmp_path / "mosaic.png"
    tc.build_mosaic(path, order)
    mosaic = np.asarray(Image.open(path))
    grid = TileGrid(mosaic.shape[1], mosaic.shape[0], Affine.identity())
    assert (grid.rows, grid.cols) == (tc.GRID, tc.GRID)
    tiles = {(t.row, t.col): t.window for t in grid}
    for k, name in enumerate(order):
        window = tiles[tc.tile_of(k)]
        assert (window.width, window.height) == (tc.TILE, tc.TILE)
        cut = mosaic[int(window.row_off):int(window.row_off) + tc.TILE, int(window.col_off):int(window.col_off) + tc.TILE]
        chip = np.asarray(Image.open(tc.SAMPLE / "images" / f"{name}.jpg").convert("RGB"))
        assert np.array_equal(cut, chip), f"chip {k} ({name}) is not at tile {tc.tile_of(k)}"
