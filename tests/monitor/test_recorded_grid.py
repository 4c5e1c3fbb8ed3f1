"""A run's recorded grid (PLANET_GRID) is text of a file a user was given: read it without tripping over it."""
from types import SimpleNamespace

from planet_qgis_plugin.core.layer.schema import RUN_META, recorded_grid
from planet_qgis_plugin.core.monitor.change import _one_tile_size

HUGE = "9" * 1000  # under Python's int digit limit, which json.loads would refuse itself


def _table(grid: str):
    return SimpleNamespace(metadata={RUN_META["grid"]: grid}, crs_wkt=None)


def test_a_grid_that_is_not_a_json_object_reads_as_none_recorded():
    for text in (None, "", "null", "[1, 2]", "{", "[" * 100000, '"grid"'):
        assert recorded_grid(text) == {}
    assert recorded_grid('{"tile_px": 256}') == {"tile_px": 256}


def test_a_grid_of_a_thousands_digit_pixel_size_is_taken_as_not_recorded():
    good = '{"anchor": "crs", "pixel": [3.0, -3.0], "tile_px": 256}'
    hostile = '{"anchor": "crs", "pixel": [' + HUGE + ', -3.0], "tile_px": 256}'
    assert _one_tile_size(_table(good), _table(good))
    assert _one_tile_size(_table(hostile), _table(good))  # the footprints decide, as for older runs
