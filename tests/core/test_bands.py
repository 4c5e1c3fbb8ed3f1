import pytest

from planet_qgis_plugin.core.pipeline.bands import BandMappingError, map_bands, parse_user_mapping

RGB = ["red", "green", "blue"]


@pytest.mark.parametrize("count, eight_bit, expected", [
    (3, True, (1, 2, 3)),        # visual RGB
    (4, True, (1, 2, 3)),        # visual RGBA
    (4, False, (3, 2, 1)),       # analytic BGRN
    (5, False, (3, 2, 1)),       # RapidEye B,G,R,RE,NIR
    (8, False, (6, 4, 2)),       # SuperDove
])
def test_known_layouts(count, eight_bit, expected):
    assert map_bands(count, eight_bit, [None] * count, RGB).indexes == expected


def test_descriptions_win_over_layout_and_colour_interpretation():
    m = map_bands(4, False, ["NIR", "Red", "Green", "Blue"], RGB)
    assert m.indexes == (2, 3, 4) and m.source == "band descriptions"


def test_user_mapping_in_both_spellings():
    assert map_bands(4, False, [None] * 4, RGB, "red=1,green=2,blue=3").indexes == (1, 2, 3)
    assert map_bands(4, False, [None] * 4, RGB, "4,3,2").indexes == (4, 3, 2)


@pytest.mark.parametrize("count, eight_bit", [(1, False), (2, True), (6, False)])
def test_unmappable_rasters_are_refused_with_advice(count, eight_bit):
    with pytest.raises(BandMappingError, match="--bands red=1,green=2,blue=3"):
        map_bands(count, eight_bit, [None] * count, RGB)


def test_user_mapping_outside_the_raster():
    with pytest.raises(BandMappingError, match="outside the raster's bands 1..3"):
        map_bands(3, True, [None] * 3, RGB, "red=4,green=2,blue=1")


@pytest.mark.parametrize("text", [",,,", " , ", ","])
def test_a_band_mapping_of_commas_only_is_refused_not_taken_as_none(text):
    """--bands ,,, (a value cut off in a script) was read as no mapping: the raster's layout guessed the bands in
    silence, where the user meant to say them. An empty value stays 'no mapping' (the dialog's empty field)."""
    with pytest.raises(BandMappingError, match="names no band: give one like red=1,green=2,blue=3"):
        parse_user_mapping(text, ["red", "green", "blue"])
    assert parse_user_mapping("", ["red", "green", "blue"]) == {}
