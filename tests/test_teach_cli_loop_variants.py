"""bench/teach_cli_loop.py's copies of the strip (--variants): the strip's tile ROW:COL is, pixel for pixel, the copy's
tile where the module says it lands (its labels and marks are carried there), once transformed as the copy is; and
the page keeps each section of copies apart when one is written again."""
import numpy as np
import pytest

from bench import teach_cli_loop as loop


@pytest.mark.parametrize("kind", sorted(loop.VARIANTS))
def test_each_tile_of_the_strip_lands_where_its_labels_go(tmp_path, kind):
    from PIL import Image

    rows, cols, tile = 3, 4, loop.TILE
    strip = np.random.default_rng(0).integers(0, 256, (rows * tile + 40, cols * tile + 90, 3), dtype=np.uint8)
    Image.fromarray(strip).save(tmp_path / "strip.png")  # partial last row and column: cropped off
    path, place, n_rows, n_cols = loop.variant(kind, tmp_path / f"{kind}.png", tmp_path / "strip.png")
    copy = np.asarray(Image.open(path))
    assert (n_rows, n_cols) == (rows, cols) and copy.shape == (rows * tile, cols * tile, 3)
    _, transform, _ = loop.VARIANTS[kind]
    landed = set()
    for r in range(rows):
        for c in range(cols):
            to = place(r, c)
            landed.add(to)
            cut = copy[to[0] * tile:(to[0] + 1) * tile, to[1] * tile:(to[1] + 1) * tile]
            np.testing.assert_array_equal(cut, transform(strip[r * tile:(r + 1) * tile, c * tile:(c + 1) * tile]))
    assert len(landed) == rows * cols


def test_a_section_of_copies_written_again_replaces_only_itself():
    page = "# CLI loop\n\ntable\n"
    for bank in (True, False):
        page = loop.with_section(page, loop.variant_heading(bank), f"{loop.variant_heading(bank)}\n\nfirst {bank}\n")
    page += "\n## Reading the copies\n\nby hand\n"
    again = loop.with_section(page, loop.variant_heading(True), f"{loop.variant_heading(True)}\n\nsecond\n")
    assert again.replace("second", "first True") == page
    assert loop.with_section(again, loop.variant_heading(False), f"{loop.variant_heading(False)}\n\nthird\n") == (
        page.replace("first True", "second").replace("first False", "third"))
